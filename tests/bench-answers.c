/* bench-answers.c: how fast survey answers are counted into a round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes 100,000 answers, one per row (touchpoint, survey, answer,
 * respondent, date), for a journey of 1,000 touchpoints, and measures in
 * the same run: Polku reading the file, checking and counting every answer
 * (respondents' repeats included) and making the round's command; and
 * Python's csv module only reading the same file into rows, the floor of
 * any CSV reader. Each is the median of five runs; Python's is timed inside
 * Python, without starting the interpreter.
 *
 * Target: Polku ≤ 1.0 × Python's csv.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "polku-bench.h"

#define REPEATS 5
#define N_TOUCHPOINTS 1000
#define N_ANSWERS 100000

static void
write_answers (const char *path)
{
  static const char * const surveys[] = { "satisfaction", "nps", "ces" };
  g_autoptr(GString) csv = g_string_new ("touchpoint,survey,answer,respondent,date\r\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_ANSWERS; i++)
    {
      guint survey = i % 3;
      guint answer = survey == 0 ? 1 + i % 5 : survey == 1 ? i % 11 : 1 + i % 5;

      g_string_append_printf (csv, "t%u,%s,%u,r%u,2026-05-%02u\r\n",
                              (i * 7) % N_TOUCHPOINTS, surveys[survey], answer, i / 3, 1 + i % 28);
    }
  if (!g_file_set_contents (path, csv->str, csv->len, &error))
    g_error ("%s", error->message);
}

static double
time_polku (PolkuJourney *journey,
            const char   *path)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  double samples[REPEATS];

  polku_document_append_journey (document, journey);
  for (guint r = 0; r < REPEATS; r++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PolkuCsvReader) reader = NULL;
      g_autoptr(PolkuSurveyImport) import = NULL;
      g_autoptr(PolkuCommand) command = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      reader = polku_csv_reader_new_for_file (file, NULL, NULL, &error);
      import = polku_survey_import_new (journey);
      if (reader == NULL || !polku_survey_import_read (import, reader, &error))
        g_error ("%s", error->message);
      command = polku_survey_import_make_command (import, document, NULL, "answers.csv", TRUE);
      samples[r] = polku_bench_ms_since (start);
      if (polku_survey_import_get_n_answers (import) != N_ANSWERS)
        g_error ("counted %u answers of %u", polku_survey_import_get_n_answers (import), N_ANSWERS);
    }
  return polku_bench_median (samples, REPEATS);
}

static double
time_python (const char *path)
{
  static const char script[] =
    "import csv, statistics, sys, time\n"
    "samples = []\n"
    "for _ in range(%d):\n"
    "    start = time.perf_counter()\n"
    "    with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "        rows = list(csv.reader(f))\n"
    "    samples.append((time.perf_counter() - start) * 1000)\n"
    "    assert len(rows) == %d\n"
    "print(statistics.median(samples))\n";
  g_autofree char *program = g_strdup_printf (script, REPEATS, N_ANSWERS + 1);
  const char *argv[] = { "python3", "-c", program, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("python3: %s", error != NULL ? error->message : "failed");
  return g_ascii_strtod (out, NULL);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("polku-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(PolkuJourney) journey = NULL;
  double polku, python;
  GStatBuf st;

  g_assert_no_error (error);
  path = g_build_filename (dir, "answers.csv", NULL);
  write_answers (path);
  g_stat (path, &st);
  journey = polku_bench_journey_new (N_TOUCHPOINTS);

  python = time_python (path);
  polku = time_polku (journey, path);

  printf ("%-10s %-12s %10s %14s %12s %8s\n", "answers", "touchpoints", "file MiB", "Python csv ms", "Polku ms", "ratio");
  printf ("%-10u %-12u %10.1f %14.1f %12.1f %8.2f\n", N_ANSWERS, N_TOUCHPOINTS, st.st_size / 1048576.0,
          python, polku, polku / python);
  printf ("target (Polku ≤ 1.0 × Python's csv): %s\n", polku <= python ? "met" : "NOT met");

  g_unlink (path);
  g_rmdir (dir);
  return EXIT_SUCCESS;
}
