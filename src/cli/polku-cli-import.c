/* polku-cli-import.c: polku-cli import FILE.csv|.mmd|.cjml -o OUTPUT.polku
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"

void
polku_cli_print_notes (GPtrArray *notes)
{
  for (guint i = 0; i < notes->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (notes, i));
}

PolkuPhaseRule *
polku_cli_phase_rule (char **assignments)
{
  g_autoptr(PolkuPhaseRule) rule = polku_phase_rule_new ();

  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!polku_phase_rule_parse_assignment (rule, assignments[i], &error))
        {
          polku_cli_fail ("%s", error->message);
          return NULL;
        }
    }
  return g_steal_pointer (&rule);
}

PolkuJourney *
polku_cli_find_journey (PolkuDocument *document,
                        const char    *path,
                        const char    *id)
{
  for (guint i = 0; i < polku_document_get_n_journeys (document); i++)
    {
      PolkuJourney *journey = polku_document_get_journey (document, i);

      if (id == NULL || g_strcmp0 (polku_journey_get_id (journey), id) == 0)
        return journey;
    }
  g_printerr ("%s: ", path);
  g_printerr (_("the file has no journey with the id “%s”"), id);
  g_printerr ("\n");
  return NULL;
}

PolkuJourney *
polku_cli_load_journey (const char     *path,
                        const char     *id,
                        PolkuDocument **document)
{
  g_autoptr(GError) error = NULL;

  *document = polku_cli_load (path, &error);
  if (*document == NULL)
    {
      polku_cli_print_error (path, error);
      return NULL;
    }
  return polku_cli_find_journey (*document, path, id);
}

gboolean
polku_cli_save (PolkuDocument *document,
                const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!polku_writer_save_file (document, file, NULL, &error))
    {
      polku_cli_fail ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* A journey file updated by the rows of a spreadsheet. */
static int
update (const char     *csv_path,
        const char     *journey_path,
        const char     *journey_id,
        const char     *output,
        PolkuPhaseRule *rule)
{
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(PolkuCsvReader) reader = NULL;
  g_autoptr(PolkuCommand) command = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PolkuExchangeFormat format;
  PolkuJourney *journey;

  if (!polku_exchange_format_from_filename (csv_path, &format) || format != POLKU_EXCHANGE_CSV)
    {
      polku_cli_fail ("%s", _("--update takes a spreadsheet (.csv)"));
      return 2;
    }
  journey = polku_cli_load_journey (journey_path, journey_id, &document);
  if (journey == NULL)
    return EXIT_FAILURE;

  file = g_file_new_for_commandline_arg (csv_path);
  reader = polku_csv_reader_new_for_file (file, csv_path, NULL, &error);
  if (reader != NULL)
    command = polku_csv_journey_update (journey, document, reader, rule, &error);
  if (command == NULL)
    {
      polku_cli_print_error (csv_path, error);
      return EXIT_FAILURE;
    }
  polku_command_apply (command);
  return polku_cli_save (document, output != NULL ? output : journey_path) ? EXIT_SUCCESS : EXIT_FAILURE;
}

int
polku_cli_import (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *journey_path = NULL;
  g_autofree char *journey_id = NULL;
  g_auto(GStrv) phases = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the journey file OUTPUT (.polku)"), N_("OUTPUT") },
    { "phase", 'p', 0, G_OPTION_ARG_STRING_ARRAY, &phases,
      N_("Put the file’s phase NAME in KIND: pre-purchase, purchase or post-purchase (repeatable)"),
      N_("NAME=KIND") },
    { "update", 'u', 0, G_OPTION_ARG_FILENAME, &journey_path,
      N_("Update the journey of JOURNEY.polku from a spreadsheet instead (in place without -o)"),
      N_("JOURNEY.polku") },
    { "journey", 'j', 0, G_OPTION_ARG_STRING, &journey_id,
      N_("With --update, the journey with this id (default: the first)"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("import", entries);
  g_autoptr(PolkuPhaseRule) rule = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2 || (output == NULL && journey_path == NULL))
    {
      polku_cli_fail ("%s", _("import needs one file (.csv, .mmd or .cjml) and -o OUTPUT.polku"));
      return 2;
    }
  rule = polku_cli_phase_rule (phases);
  if (rule == NULL)
    return 2;
  if (journey_path != NULL)
    return update (argv[1], journey_path, journey_id, output, rule);

  file = g_file_new_for_commandline_arg (argv[1]);
  document = polku_exchange_import_file (file, argv[1], rule, notes, NULL, &error);
  polku_cli_print_notes (notes);
  if (document == NULL)
    {
      polku_cli_print_error (argv[1], error);
      return EXIT_FAILURE;
    }
  return polku_cli_save (document, output) ? EXIT_SUCCESS : EXIT_FAILURE;
}
