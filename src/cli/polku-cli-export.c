/* polku-cli-export.c: polku-cli export FILE -o OUTPUT [OPTION…]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"
#include "polku-render.h"

static gboolean
has_step (PolkuJourney *journey,
          const char   *id)
{
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        if (g_strcmp0 (polku_step_get_id (polku_phase_get_step (phase, i)), id) == 0)
          return TRUE;
    }
  return FALSE;
}

typedef struct
{
  const char *mode;
  const char *paper;
  const char *orientation;
  double      scale;
  double      dpi;
  const char *language;
  int         sheets_wide;
  int         sheets_high;
  const char *phases;
  const char *steps;
  const char *layout;
  const char *aspect;
  int         width;
} ExportArgs;

/* "16:9" as its two numbers. */
static gboolean
parse_aspect (const char         *aspect,
              PolkuExportOptions *options)
{
  g_auto(GStrv) parts = g_strsplit (aspect, ":", -1);
  guint64 width, height;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, POLKU_EXPORT_ASPECT_MAX, &width, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, POLKU_EXPORT_ASPECT_MAX, &height, NULL))
    {
      /* Translators: %s is what the user gave after --aspect */
      polku_cli_fail (_("unknown shape “%s”: give it as width:height, such as 16:9 or 4:3"), aspect);
      return FALSE;
    }
  options->aspect_width = width;
  options->aspect_height = height;
  return TRUE;
}

/* The language asked for, if Polku has a catalogue of it. */
static gboolean
parse_language (const char          *language,
                PolkuExportOptions  *options)
{
  g_auto(GStrv) languages = polku_catalog_list_languages ();
  g_autofree char *list = NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *primary = g_strndup (language, strcspn (language, "-_"));

      if (g_ascii_strcasecmp (languages[i], language) == 0 ||
          g_ascii_strcasecmp (languages[i], primary) == 0)
        {
          options->language = language;
          return TRUE;
        }
    }
  list = g_strjoinv (", ", languages);
  /* Translators: %s is what the user gave after --language, then the languages Polku has, such as "en, fi" */
  polku_cli_fail (_("no translation into “%s”: use one of %s"), language, list);
  return FALSE;
}

/* "pre-purchase,purchase" as a bit per phase kind. */
static gboolean
parse_phases (const char *phases,
              guint      *mask)
{
  g_auto(GStrv) names = g_strsplit (phases, ",", -1);

  *mask = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      PolkuPhaseKind kind;

      if (!polku_phase_kind_from_string (g_strstrip (names[i]), &kind))
        {
          /* Translators: %s is a phase the user named after --phases; the phases' names follow */
          polku_cli_fail (_("unknown phase “%s”: use pre-purchase, purchase or post-purchase"), names[i]);
          return FALSE;
        }
      *mask |= 1u << kind;
    }
  return TRUE;
}

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
  if (format != POLKU_EXPORT_FORMAT_PDF &&
      (args->sheets_wide != 0 || args->sheets_high != 0 || args->phases != NULL || args->steps != NULL))
    {
      polku_cli_fail ("%s", _("--sheets-wide, --sheets-high, --phases and --steps apply to PDF output only"));
      return FALSE;
    }
  if (format == POLKU_EXPORT_FORMAT_PDF && (args->layout != NULL || args->aspect != NULL || args->width != 0))
    {
      polku_cli_fail ("%s", _("--layout, --aspect and --width apply to PNG and SVG output only"));
      return FALSE;
    }
  if (format != POLKU_EXPORT_FORMAT_PNG && args->dpi != 0)
    {
      polku_cli_fail ("%s", _("--dpi applies to PNG output only"));
      return FALSE;
    }
  if (args->layout != NULL && !polku_image_layout_from_string (args->layout, &options->image_layout))
    {
      /* Translators: %s is what the user gave after --layout */
      polku_cli_fail (_("unknown layout “%s”: use map, slide or phases"), args->layout);
      return FALSE;
    }
  if ((args->aspect != NULL || args->width != 0) && options->image_layout == POLKU_IMAGE_LAYOUT_MAP)
    {
      polku_cli_fail ("%s", _("--aspect and --width apply to slides: add --layout slide or --layout phases"));
      return FALSE;
    }
  if (args->dpi != 0 && options->image_layout != POLKU_IMAGE_LAYOUT_MAP)
    {
      polku_cli_fail ("%s", _("--dpi applies to the map in one row; a slide takes --width"));
      return FALSE;
    }
  if (args->aspect != NULL && !parse_aspect (args->aspect, options))
    return FALSE;
  if (args->width != 0)
    {
      if (args->width < POLKU_EXPORT_SLIDE_WIDTH_MIN || args->width > POLKU_EXPORT_SLIDE_WIDTH_MAX)
        {
          /* Translators: the least and greatest widths of a slide in pixels */
          polku_cli_fail (_("--width must be from %d to %d"), POLKU_EXPORT_SLIDE_WIDTH_MIN,
                          POLKU_EXPORT_SLIDE_WIDTH_MAX);
          return FALSE;
        }
      options->slide_width = args->width;
    }
  if (args->language != NULL && !parse_language (args->language, options))
    return FALSE;

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

  if (args->sheets_wide != 0 || args->sheets_high != 0)
    {
      if (options->mode != POLKU_PRINT_MODE_POSTER)
        {
          polku_cli_fail ("%s", _("--sheets-wide and --sheets-high apply to posters: add --mode poster"));
          return FALSE;
        }
      if (args->scale != 0)
        {
          polku_cli_fail ("%s", _("give a poster either --scale or --sheets-wide and --sheets-high"));
          return FALSE;
        }
      if (args->sheets_wide < 0 || args->sheets_wide > POLKU_POSTER_SHEETS_MAX ||
          args->sheets_high < 0 || args->sheets_high > POLKU_POSTER_SHEETS_MAX)
        {
          /* Translators: the greatest number of sheets a poster may be wide or high */
          polku_cli_fail (_("--sheets-wide and --sheets-high must be from 1 to %d"), POLKU_POSTER_SHEETS_MAX);
          return FALSE;
        }
      options->poster_columns = args->sheets_wide;
      options->poster_rows = args->sheets_high;
    }

  if (args->phases != NULL || args->steps != NULL)
    {
      if (options->mode != POLKU_PRINT_MODE_HANDOUT)
        {
          polku_cli_fail ("%s", _("--phases and --steps apply to handouts: add --mode handout"));
          return FALSE;
        }
      if (args->phases != NULL && !parse_phases (args->phases, &options->handout_phases))
        return FALSE;
    }
  /* A handout is portrait unless the user says otherwise. */
  if (args->orientation == NULL)
    options->orientation = polku_print_mode_get_default_orientation (options->mode);

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
  g_autofree char *language = NULL;
  g_autofree char *phases = NULL;
  g_autofree char *steps = NULL;
  g_auto(GStrv) step_ids = NULL;
  double scale = 0;
  double dpi = 0;
  int sheets_wide = 0;
  int sheets_high = 0;
  g_autofree char *layout = NULL;
  g_autofree char *aspect = NULL;
  int width = 0;
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
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the map's words, such as fi (default: the journey's)"), N_("LANGUAGE") },
    { "sheets-wide", 0, 0, G_OPTION_ARG_INT, &sheets_wide,
      N_("Poster: as large as fills N sheets across"), N_("N") },
    { "sheets-high", 0, 0, G_OPTION_ARG_INT, &sheets_high,
      N_("Poster: as large as fills N sheets down"), N_("N") },
    { "phases", 0, 0, G_OPTION_ARG_STRING, &phases,
      N_("Handout: the phases it covers, such as pre-purchase,purchase (default: all)"), N_("PHASES") },
    { "steps", 0, 0, G_OPTION_ARG_STRING, &steps,
      N_("Handout: the steps it covers, by id, separated by commas (default: all)"), N_("IDS") },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &layout,
      N_("PNG and SVG: map (in one row, the default), slide (wrapped into rows) or phases (a slide each)"),
      N_("LAYOUT") },
    { "aspect", 0, 0, G_OPTION_ARG_STRING, &aspect,
      N_("Slides: their shape as width:height (default: 16:9)"), N_("W:H") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("Slides: their width in pixels (default: 1920)"), N_("N") },
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
      ExportArgs args = {
        mode, paper, orientation, scale, dpi, language, sheets_wide, sheets_high, phases, steps,
        layout, aspect, width
      };

      if (!parse_options (&args, format, &options))
        return 2;
      if (steps != NULL)
        {
          step_ids = g_strsplit (steps, ",", -1);
          for (guint i = 0; step_ids[i] != NULL; i++)
            g_strstrip (step_ids[i]);
          options.handout_steps = (const char * const *) step_ids;
        }
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

  for (guint i = 0; step_ids != NULL && step_ids[i] != NULL; i++)
    if (!has_step (journey, step_ids[i]))
      {
        g_printerr ("%s: ", argv[1]);
        /* Translators: %s is an id the user gave after --steps */
        g_printerr (_("the journey has no step with the id “%s”"), step_ids[i]);
        g_printerr ("\n");
        return EXIT_FAILURE;
      }

  /* A journey over the budget is named, as a file that cannot be read is. */
  if (!polku_export_journey_with_options (journey, output, &options, &error))
    {
      guint fit_width, fit_height;
      PolkuImageLayout asked = options.image_layout;

      if (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET))
        polku_cli_print_error (argv[1], error);
      else
        polku_cli_fail ("%s", error->message);
      /* An image too large is offered the largest that may be. */
      if (format == POLKU_EXPORT_FORMAT_PNG &&
          polku_export_options_fit_image (journey, &options, &fit_width, &fit_height))
        {
          if (options.image_layout != asked)
            /* Translators: a hint after a map too long for an image at any resolution: a slide of the width that fits, then its size */
            g_printerr (_("Try --layout slide --width %u: %u × %u pixels.\n"), options.slide_width,
                        fit_width, fit_height);
          else if (options.image_layout == POLKU_IMAGE_LAYOUT_MAP)
            /* Translators: a hint after an image too large: the resolution that fits, then the image's size at it */
            g_printerr (_("Try --dpi %.0f: %u × %u pixels.\n"), options.dpi, fit_width, fit_height);
          else
            /* Translators: a hint after a slide too large: the width that fits, then the slide's size at it */
            g_printerr (_("Try --width %u: %u × %u pixels.\n"), options.slide_width, fit_width, fit_height);
        }
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
