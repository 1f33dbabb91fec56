/* polku-cli-export.c: polku-cli export FILE -o OUTPUT [OPTION…]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"
#include "polku-render.h"

typedef struct
{
  const char *mode;
  const char *paper;
  const char *orientation;
  double      scale;
  double      dpi;
} ExportArgs;

/* Turns the options into export options, refusing what does not apply to
 * the output's format; prints why and returns FALSE. */
static gboolean
parse_options (const ExportArgs    *args,
               PolkuExportFormat    format,
               PolkuExportOptions  *options)
{
  polku_export_options_init (options);

  if (format != POLKU_EXPORT_FORMAT_PDF &&
      (args->mode != NULL || args->paper != NULL || args->orientation != NULL || args->scale != 0))
    {
      polku_cli_fail ("%s", _("--mode, --paper, --orientation and --scale apply to PDF output only"));
      return FALSE;
    }
  if (format != POLKU_EXPORT_FORMAT_PNG && args->dpi != 0)
    {
      polku_cli_fail ("%s", _("--dpi applies to PNG output only"));
      return FALSE;
    }

  if (args->mode != NULL && !polku_print_mode_from_string (args->mode, &options->mode))
    {
      /* Translators: %s is what the user gave after --mode */
      polku_cli_fail (_("unknown mode “%s”: use fit, poster or handout"), args->mode);
      return FALSE;
    }
  if (args->paper != NULL && !polku_paper_from_string (args->paper, &options->paper))
    {
      /* Translators: %s is what the user gave after --paper */
      polku_cli_fail (_("unknown paper “%s”: use A4, A3, A2, A1, A0, Letter or Legal"), args->paper);
      return FALSE;
    }
  if (args->orientation != NULL &&
      !polku_orientation_from_string (args->orientation, &options->orientation))
    {
      /* Translators: %s is what the user gave after --orientation */
      polku_cli_fail (_("unknown orientation “%s”: use landscape or portrait"), args->orientation);
      return FALSE;
    }

  if (args->scale != 0)
    {
      if (options->mode != POLKU_PRINT_MODE_POSTER)
        {
          polku_cli_fail ("%s", _("--scale applies to posters: add --mode poster"));
          return FALSE;
        }
      if (args->scale < POLKU_POSTER_SCALE_MIN || args->scale > POLKU_POSTER_SCALE_MAX)
        {
          /* Translators: the poster scale's least and greatest values */
          polku_cli_fail (_("--scale must be from %g to %g"),
                          POLKU_POSTER_SCALE_MIN, POLKU_POSTER_SCALE_MAX);
          return FALSE;
        }
      options->poster_scale = args->scale;
    }

  if (args->dpi != 0)
    {
      if (args->dpi < POLKU_EXPORT_DPI_MIN || args->dpi > POLKU_EXPORT_DPI_MAX)
        {
          /* Translators: the least and greatest resolutions of a PNG image */
          polku_cli_fail (_("--dpi must be from %g to %g"), POLKU_EXPORT_DPI_MIN, POLKU_EXPORT_DPI_MAX);
          return FALSE;
        }
      options->dpi = args->dpi;
    }
  return TRUE;
}

int
polku_cli_export (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *journey_id = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *orientation = NULL;
  double scale = 0;
  double dpi = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map to OUTPUT (.pdf, .svg or .png), or the journey (.csv, .mmd or .cjml)"), N_("OUTPUT") },
    { "journey", 'j', 0, G_OPTION_ARG_STRING, &journey_id,
      N_("Export the journey with this id (default: the first)"), N_("ID") },
    { "mode", 'm', 0, G_OPTION_ARG_STRING, &mode,
      N_("PDF: fit (the whole map on one page, the default), poster (tiled over sheets) "
         "or handout (per step, for training)"), N_("MODE") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper,
      N_("PDF: A4 (the default), A3, A2, A1, A0, Letter or Legal"), N_("PAPER") },
    { "orientation", 0, 0, G_OPTION_ARG_STRING, &orientation,
      N_("PDF: landscape (the default) or portrait"), N_("ORIENTATION") },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Poster: how large the map prints, 1 being 100 % (the default)"), N_("N") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi,
      N_("PNG: pixels per inch (default: 144)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("export", entries);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  PolkuExportOptions options;
  PolkuExportFormat format;
  PolkuJourney *journey;
  gboolean is_exchange;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2 || output == NULL)
    {
      polku_cli_fail ("%s", _("export needs one journey file and -o OUTPUT"));
      return 2;
    }

  /* The format decides which options apply; an unknown format is reported
   * with the file's name by the export. Spreadsheets, Mermaid and CJML
   * take none. */
  polku_export_options_init (&options);
  is_exchange = polku_exchange_format_from_filename (output, NULL);
  if (is_exchange && (mode != NULL || paper != NULL || orientation != NULL || scale != 0 || dpi != 0))
    {
      polku_cli_fail ("%s", _("--mode, --paper, --orientation, --scale and --dpi apply to PDF, SVG and PNG output only"));
      return 2;
    }
  if (polku_export_format_from_filename (output, &format))
    {
      ExportArgs args = { mode, paper, orientation, scale, dpi };

      if (!parse_options (&args, format, &options))
        return 2;
    }

  journey = polku_cli_load_journey (argv[1], journey_id, &document);
  if (journey == NULL)
    return EXIT_FAILURE;

  if (is_exchange)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!polku_exchange_export_file (journey, file, &error))
        {
          polku_cli_fail ("%s", error->message);
          return EXIT_FAILURE;
        }
      return EXIT_SUCCESS;
    }

  /* A journey over the budget is named, as a file that cannot be read is. */
  if (!polku_export_journey_with_options (journey, output, &options, &error))
    {
      if (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET))
        polku_cli_print_error (argv[1], error);
      else
        polku_cli_fail ("%s", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
