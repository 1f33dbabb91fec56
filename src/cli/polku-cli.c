/* polku-cli.c: journey files from the command line, no display needed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"

typedef struct
{
  const char  *name;
  int        (*run) (int argc, char **argv);
  const char  *parameters;
  const char  *summary;
} Command;

static const Command commands[] = {
  { "validate", polku_cli_validate, N_("FILE…"),
    N_("Check journey files; print FILE:LINE:COLUMN: problem for each invalid one") },
  { "export", polku_cli_export, N_("FILE -o OUTPUT"),
    N_("Draw a journey map to PDF, SVG or PNG, or write it as CSV, Mermaid or CJML, by OUTPUT’s extension") },
  { "import", polku_cli_import, N_("FILE -o OUTPUT.polku"),
    N_("Make a journey file of a spreadsheet (.csv), Mermaid diagram (.mmd) or CJML file (.cjml)") },
  { "answers", polku_cli_answers, N_("JOURNEY ANSWERS.csv"),
    N_("Count survey answers into a new measurement round of a journey") },
  { "stats", polku_cli_stats, N_("FILE"),
    N_("Print satisfaction figures per journey, phase and measurement round, and the fix-first list") },
  { "normalize", polku_cli_normalize, N_("FILE [-o OUTPUT]"),
    N_("Rewrite a journey file in canonical form") },
  { "thumbnail", polku_cli_thumbnail, N_("FILE OUTPUT.png [--size N]"),
    N_("Draw a small picture of the map for file managers") },
};

PolkuDocument *
polku_cli_load (const char  *path,
                GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (mapped);
  return polku_reader_load_bytes (bytes, path, error);
}

void
polku_cli_print_error (const char   *path,
                       const GError *error)
{
  if (error->domain == POLKU_FILE_ERROR)
    g_printerr ("%s\n", error->message);
  else
    g_printerr ("%s: %s\n", path, error->message);
}

void
polku_cli_fail (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("polku-cli: %s\n", message);
}

GOptionContext *
polku_cli_context (const char         *name,
                   const GOptionEntry *entries)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      {
        g_autofree char *parameters = g_strdup_printf ("%s %s", name, _(commands[i].parameters));
        GOptionContext *context = g_option_context_new (parameters);

        g_option_context_set_summary (context, _(commands[i].summary));
        g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
        if (entries != NULL)
          g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
        return context;
      }
  g_return_val_if_reached (NULL);
}

gboolean
polku_cli_parse (GOptionContext  *context,
                 int             *argc,
                 char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      polku_cli_fail ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
print_usage (FILE *stream)
{
  glong width = 0;

  fprintf (stream, "%s\n  polku-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] [ARGUMENT…]"),
           _("Check, measure, import and export journey maps made with Polku."));
  fprintf (stream, "\n%s\n", _("Commands:"));

  /* The summaries line up after the longest parameters, counted in
   * characters: “…” and Finnish letters take more than one byte. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, g_utf8_strlen (_(commands[i].parameters), -1));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *parameters = _(commands[i].parameters);

      fprintf (stream, "  %-10s %s%*s  %s\n", commands[i].name, parameters,
               (int) (width - g_utf8_strlen (parameters, -1)), "", _(commands[i].summary));
    }
  fprintf (stream, "\n%s\n", _("Run “polku-cli COMMAND --help” for a command’s options."));
}

int
polku_cli_run (int    argc,
               char **argv)
{
  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_SUCCESS;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("polku-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  polku_cli_fail (_("unknown command “%s”"), argv[1]);
  print_usage (stderr);
  return 2;
}
