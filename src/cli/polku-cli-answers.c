/* polku-cli-answers.c: polku-cli answers JOURNEY.polku ANSWERS.csv [OPTION…]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"

static PolkuCsvReader *
open_csv (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  PolkuCsvReader *reader = polku_csv_reader_new_for_file (file, path, NULL, &error);

  if (reader == NULL)
    polku_cli_print_error (path, error);
  return reader;
}

int
polku_cli_answers (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *map_path = NULL;
  g_autofree char *round_date = NULL;
  g_autofree char *journey_id = NULL;
  gboolean keep_scores = FALSE;
  const GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_FILENAME, &map_path,
      N_("Which touchpoint and survey each column of a survey tool’s export answers: column,touchpoint,survey"),
      N_("MAP.csv") },
    { "round-date", 'd', 0, G_OPTION_ARG_STRING, &round_date,
      N_("The date of the round, such as 2026-05-31 (default: the answers’ latest, else today)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUTPUT instead of updating JOURNEY"), N_("OUTPUT") },
    { "journey", 'j', 0, G_OPTION_ARG_STRING, &journey_id,
      N_("The journey with this id (default: the first)"), N_("ID") },
    { "keep-scores", 0, 0, G_OPTION_ARG_NONE, &keep_scores,
      N_("Leave the scores as they are, instead of the mean of each touchpoint’s satisfaction answers"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("answers", entries);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(PolkuSurveyImport) import = NULL;
  g_autoptr(PolkuCsvReader) answers = NULL;
  g_autoptr(PolkuCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  const char * const *problems;
  PolkuJourney *journey;
  gboolean read;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 3)
    {
      polku_cli_fail ("%s", _("answers needs a journey file and a file of answers (.csv)"));
      return 2;
    }
  if (round_date != NULL && !polku_datatype_is_date (round_date))
    {
      /* Translators: %s is what the user gave after --round-date */
      polku_cli_fail (_("“%s” is not a date such as 2026-05-31"), round_date);
      return 2;
    }

  journey = polku_cli_load_journey (argv[1], journey_id, &document);
  if (journey == NULL)
    return EXIT_FAILURE;

  import = polku_survey_import_new (journey);
  if (map_path != NULL)
    {
      g_autoptr(PolkuCsvReader) map = open_csv (map_path);

      if (map == NULL)
        return EXIT_FAILURE;
      if (!polku_survey_import_read_map (import, map, &error))
        {
          polku_cli_print_error (map_path, error);
          return EXIT_FAILURE;
        }
    }

  answers = open_csv (argv[2]);
  if (answers == NULL)
    return EXIT_FAILURE;
  read = polku_survey_import_read (import, answers, &error);

  /* Every bad answer, by file and line, whether or not any was good. */
  problems = polku_survey_import_get_problems (import);
  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);
  if (polku_survey_import_get_n_skipped (import) > g_strv_length ((char **) problems))
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem", "… and %u more problems",
                               polku_survey_import_get_n_skipped (import) - g_strv_length ((char **) problems)),
                  polku_survey_import_get_n_skipped (import) - g_strv_length ((char **) problems));
      g_printerr ("\n");
    }
  if (!read)
    {
      polku_cli_print_error (argv[2], error);
      return EXIT_FAILURE;
    }

  source = g_path_get_basename (argv[2]);
  command = polku_survey_import_make_command (import, document, round_date, source, !keep_scores);
  polku_command_apply (command);
  if (!polku_cli_save (document, output != NULL ? output : argv[1]))
    return EXIT_FAILURE;

  /* Translators: how many answers were counted, then how many skipped */
  printf (g_dngettext (GETTEXT_PACKAGE, "Counted %u answer", "Counted %u answers",
                       polku_survey_import_get_n_answers (import)),
          polku_survey_import_get_n_answers (import));
  printf (g_dngettext (GETTEXT_PACKAGE, "; skipped %u.\n", "; skipped %u.\n",
                       polku_survey_import_get_n_skipped (import)),
          polku_survey_import_get_n_skipped (import));
  return EXIT_SUCCESS;
}
