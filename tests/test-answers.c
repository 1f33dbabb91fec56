/* test-answers.c: survey answers counted into measurement rounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures after an import are those counted by hand from the files of
 * tests/interop; a bad answer names its file and line and is skipped; a
 * file with no usable answer changes nothing; a second round keeps the
 * first, through saving and loading, and sets the change since it. Hostile
 * files are refused in bounded time and memory.
 */

#include "config.h"

#include <fcntl.h>
#include <math.h>
#include <sys/resource.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include <glib/gstdio.h>

#include "polku-core.h"
#include "polku-catalog.h"
#include "polku-test.h"

/* Three touchpoints on a 1–5 scale: t1 "Call centre", t2 "Web booking",
 * t3 "Invoice". */
static const char journey_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" format=\"1\"><journey id=\"j\">\n"
  "<title>Answers</title><segment><name>Drivers</name></segment><scale min=\"1\" max=\"5\"/>\n"
  "<phase kind=\"pre-purchase\"/>\n"
  "<phase kind=\"purchase\"><step id=\"s1\"><name>Booking</name>\n"
  "<touchpoint id=\"t1\" channel=\"phone\" criticality=\"critical\" role=\"prerequisite\" score=\"2\">"
  "<name>Call centre</name></touchpoint>\n"
  "<touchpoint id=\"t2\" channel=\"booking-system\" criticality=\"non-critical\" role=\"opportunity\">"
  "<name>Web booking</name></touchpoint>\n"
  "<touchpoint id=\"t3\" channel=\"documents\" criticality=\"critical\" role=\"prerequisite\">"
  "<name>Invoice</name></touchpoint>\n"
  "</step></phase>\n"
  "<phase kind=\"post-purchase\"/>\n"
  "</journey></polku>\n";

static PolkuDocument *
load_journey (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (journey_xml, strlen (journey_xml));
  g_autoptr(GError) error = NULL;
  PolkuDocument *document = polku_reader_load_bytes (bytes, "answers.polku", &error);

  if (document == NULL)
    fail_msg ("%s", error->message);
  return document;
}

static PolkuTouchpoint *
touchpoint (PolkuDocument *document,
            guint          index)
{
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0);

  return polku_step_get_touchpoint (step, index);
}

static PolkuCsvReader *
open_interop (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", "interop", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuCsvReader *reader = polku_csv_reader_new_for_file (file, name, NULL, &error);

  if (reader == NULL)
    fail_msg ("%s", error->message);
  return reader;
}

/* Imports answers (with a map when map is not NULL) as a round pushed on
 * the stack; the import, for its figures. */
static PolkuSurveyImport *
import_answers (PolkuDocument  *document,
                PolkuUndoStack *stack,
                const char     *answers,
                const char     *map)
{
  PolkuSurveyImport *import = polku_survey_import_new (polku_document_get_journey (document, 0));
  g_autoptr(PolkuCsvReader) reader = open_interop (answers);
  g_autoptr(GError) error = NULL;

  if (map != NULL)
    {
      g_autoptr(PolkuCsvReader) map_reader = open_interop (map);

      if (!polku_survey_import_read_map (import, map_reader, &error))
        fail_msg ("%s", error->message);
    }
  if (!polku_survey_import_read (import, reader, &error))
    fail_msg ("%s", error->message);
  polku_undo_stack_push (stack, polku_survey_import_make_command (import, document, NULL, answers, TRUE));
  return import;
}

static void
assert_counts (PolkuTouchpoint *tp,
               PolkuSurvey      survey,
               const guint32   *expected,
               gsize            n)
{
  gsize n_values;
  const guint32 *counts = polku_touchpoint_get_counts (tp, survey, &n_values);

  assert_non_null (counts);
  assert_int_equal (n_values, n);
  assert_memory_equal (counts, expected, n * sizeof (guint32));
}

static double
figure (PolkuDocument   *document,
        PolkuTouchpoint *tp,
        PolkuSurvey      survey)
{
  g_autoptr(GVariant) counts = polku_metrics_sum_counts (polku_document_get_journey (document, 0),
                                                         G_OBJECT (tp), survey);

  return polku_metrics_survey_figure (polku_document_get_journey (document, 0), survey, counts);
}

/* One answer per row. By hand: Call centre's satisfaction 5, 4, 2 and 4
 * (31.5.2026) is a mean of 3.75, CSAT 75; its NPS answers 10, 9, 7 and 3
 * are two promoters and one detractor of four, NPS 25; Web booking's CES
 * answers 2 and 4, CES 3. Eleven answers; five rows are bad. */
static void
test_long_answers (void **state)
{
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(PolkuSurveyImport) import = import_answers (document, stack, "answers-long.csv", NULL);
  static const guint32 satisfaction[] = { 0, 1, 0, 2, 1 };
  static const guint32 nps[] = { 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1 };
  static const guint32 ces[] = { 0, 1, 0, 1, 0 };
  static const char * const problems[] = {
    "answers-long.csv:12: the answer 6 to satisfaction is outside 1–5",
    "answers-long.csv:13: the journey has no touchpoint “t9”",
    "answers-long.csv:14: unknown survey “happiness”; use satisfaction, nps or ces",
    "answers-long.csv:15: the answer “good” is not a whole number",
    "answers-long.csv:16: respondent “r1” answered satisfaction for “t1” on line 2 already",
    NULL
  };
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuRound *round;

  assert_true (polku_survey_import_is_long (import));
  assert_int_equal (polku_survey_import_get_n_answers (import), 11);
  assert_int_equal (polku_survey_import_get_n_skipped (import), 5);
  assert_true (g_strv_equal ((const char * const *) problems, polku_survey_import_get_problems (import)));

  assert_counts (touchpoint (document, 0), POLKU_SURVEY_SATISFACTION, satisfaction, 5);
  assert_counts (touchpoint (document, 0), POLKU_SURVEY_NPS, nps, 11);
  assert_counts (touchpoint (document, 1), POLKU_SURVEY_CES, ces, 5);
  assert_true (fabs (figure (document, touchpoint (document, 0), POLKU_SURVEY_SATISFACTION) - 75) < 1e-9);
  assert_true (fabs (figure (document, touchpoint (document, 0), POLKU_SURVEY_NPS) - 25) < 1e-9);
  assert_true (fabs (figure (document, touchpoint (document, 1), POLKU_SURVEY_CES) - 3) < 1e-9);
  /* The score is the mean of the satisfaction answers. */
  assert_true (polku_touchpoint_get_score (touchpoint (document, 0)) == 3.75);
  assert_true (polku_touchpoint_get_score (touchpoint (document, 1)) == 3);
  assert_false (polku_touchpoint_has_score (touchpoint (document, 2)));

  assert_int_equal (polku_journey_get_n_rounds (journey), 1);
  round = polku_journey_get_round (journey, 0);
  assert_string_equal (polku_round_get_date (round), "2026-05-31");
  assert_string_equal (polku_round_get_source (round), "answers-long.csv");
  assert_int_equal (polku_round_get_n_answers (round), 11);
}

/* A Qualtrics export: its second and third header rows are skipped, the
 * map names the columns. By hand: Q1 5, 3, 4 (7 is outside 1–5) is a mean
 * of 4; Q2 4, 5, 2, a mean of 11/3; Q3 9, 10, 6 (11 is outside 0–10), NPS
 * 100 × (2 − 1) / 3: nine answers. The last EndDate is the round's. */
static void
test_qualtrics_export (void **state)
{
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(PolkuSurveyImport) import = import_answers (document, stack, "answers-qualtrics.csv", "qualtrics-map.csv");
  static const guint32 q1[] = { 0, 0, 1, 1, 1 };
  static const guint32 q2[] = { 0, 1, 0, 1, 1 };
  static const char * const problems[] = {
    "answers-qualtrics.csv:7: column “Q1”: the answer 7 to satisfaction is outside 1–5",
    "answers-qualtrics.csv:7: column “Q3_NPS”: the answer 11 to nps is outside 0–10",
    NULL
  };

  assert_false (polku_survey_import_is_long (import));
  assert_int_equal (polku_survey_import_get_n_answers (import), 9);
  assert_int_equal (polku_survey_import_get_n_skipped (import), 2);
  assert_true (g_strv_equal ((const char * const *) problems, polku_survey_import_get_problems (import)));
  assert_counts (touchpoint (document, 0), POLKU_SURVEY_SATISFACTION, q1, 5);
  assert_counts (touchpoint (document, 1), POLKU_SURVEY_SATISFACTION, q2, 5);
  assert_true (polku_touchpoint_get_score (touchpoint (document, 0)) == 4);
  assert_true (polku_touchpoint_get_score (touchpoint (document, 1)) == 3.67);
  assert_true (fabs (figure (document, touchpoint (document, 0), POLKU_SURVEY_NPS) - 100.0 / 3) < 1e-9);
  assert_string_equal (polku_round_get_date (polku_journey_get_round (polku_document_get_journey (document, 0), 0)),
                       "2026-04-03");
}

/* A Google Forms sheet: the timestamp dates the round, columns named
 * after touchpoints answer them without a map, the free text is left. By
 * hand: Call centre 4 and 2, a mean of 3; Web booking's NPS 8, 10, 9,
 * NPS 100 × 2 / 3. */
static void
test_google_forms_export (void **state)
{
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(PolkuSurveyImport) import = import_answers (document, stack, "answers-google-forms.csv", NULL);

  assert_int_equal (polku_survey_import_get_n_answers (import), 5);
  assert_int_equal (polku_survey_import_get_n_skipped (import), 0);
  assert_true (polku_touchpoint_get_score (touchpoint (document, 0)) == 3);
  assert_true (fabs (figure (document, touchpoint (document, 1), POLKU_SURVEY_NPS) - 200.0 / 3) < 1e-9);
  assert_string_equal (polku_round_get_date (polku_journey_get_round (polku_document_get_journey (document, 0), 0)),
                       "2026-03-16");
}

/* A file whose every answer is bad changes nothing, and says why for
 * each. */
static void
test_nothing_usable_changes_nothing (void **state)
{
  static const char answers[] =
    "touchpoint,survey,answer\n"
    "t1,satisfaction,9\n"
    "Nobody,nps,3\n";
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(GBytes) before = polku_writer_write (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (answers, strlen (answers));
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuCsvReader) reader = polku_csv_reader_new (bytes, "bad.csv", &error);
  g_autoptr(PolkuSurveyImport) import = polku_survey_import_new (polku_document_get_journey (document, 0));
  static const char * const problems[] = {
    "bad.csv:2: the answer 9 to satisfaction is outside 1–5",
    "bad.csv:3: the journey has no touchpoint “Nobody”",
    NULL
  };

  assert_false (polku_survey_import_read (import, reader, &error));
  assert_string_equal (error->message, "bad.csv: no answer could be counted: 2 were skipped");
  assert_true (g_strv_equal ((const char * const *) problems, polku_survey_import_get_problems (import)));
  assert_int_equal (polku_survey_import_get_n_answers (import), 0);
  after = polku_writer_write (document);
  assert_true (g_bytes_equal (before, after));
}

/* A second round keeps the first: both are in the file, each with its
 * counts, and the touchpoint's change is the second's mean less the
 * first's; undo takes back the second round whole. */
static void
test_second_round_keeps_the_first (void **state)
{
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(PolkuSurveyImport) first = import_answers (document, stack, "answers-qualtrics.csv", "qualtrics-map.csv");
  g_autoptr(GBytes) after_first = polku_writer_write (document);
  g_autoptr(PolkuSurveyImport) second = import_answers (document, stack, "answers-long.csv", NULL);
  g_autoptr(GBytes) saved = polku_writer_write (document);
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) loaded = polku_reader_load_bytes (saved, "two-rounds.polku", &error);
  g_autoptr(GBytes) saved_again = NULL;
  static const guint32 first_counts[] = { 0, 0, 1, 1, 1 };
  PolkuJourney *journey;
  PolkuTrend trend;
  const guint32 *counts;
  gsize n;
  g_autofree char *change = NULL;

  if (loaded == NULL)
    fail_msg ("%s", error->message);
  saved_again = polku_writer_write (loaded);
  assert_true (g_bytes_equal (saved, saved_again));

  journey = polku_document_get_journey (loaded, 0);
  assert_int_equal (polku_journey_get_n_rounds (journey), 2);
  assert_string_equal (polku_round_get_id (polku_journey_get_round (journey, 0)), "r1");
  assert_string_equal (polku_round_get_id (polku_journey_get_round (journey, 1)), "r2");
  counts = polku_round_get_counts (polku_journey_get_round (journey, 0), "t1", POLKU_SURVEY_SATISFACTION, &n);
  assert_int_equal (n, 5);
  assert_memory_equal (counts, first_counts, sizeof first_counts);

  /* Call centre: a mean of 4 in the first round, 3.75 in the second. */
  assert_true (polku_rounds_get_trend (journey, touchpoint (loaded, 0), POLKU_SURVEY_SATISFACTION, &trend));
  assert_true (trend.current.round == polku_journey_get_round (journey, 1));
  assert_true (trend.previous.round == polku_journey_get_round (journey, 0));
  assert_true (trend.current.figure == 3.75 && trend.previous.figure == 4);
  assert_int_equal (trend.current.n_answers, 4);
  assert_int_equal (polku_trend_get_direction (&trend), POLKU_TREND_FALL);
  change = polku_trend_format_change (&trend, NULL);
  assert_string_equal (change, "−0.3");
  /* A printed map in Finnish writes the change with a decimal comma. */
  {
    g_autoptr(PolkuCatalog) finnish = polku_catalog_new_for_language ("fi");
    g_autofree char *change_fi = polku_trend_format_change (&trend, finnish);
    g_autofree char *figure_fi = polku_trend_format_figure (trend.survey, trend.current.figure, finnish);

    assert_string_equal (change_fi, "−0,3");
    assert_string_equal (figure_fi, "3,75");
  }
  /* Invoice was measured in neither. */
  assert_false (polku_rounds_get_trend (journey, touchpoint (loaded, 2), POLKU_SURVEY_SATISFACTION, &trend));

  assert_true (polku_undo_stack_undo (stack));
  undone = polku_writer_write (document);
  assert_true (g_bytes_equal (after_first, undone));
}

/* A round outlives neither a touchpoint deleted from the file nor, for
 * its satisfaction counts, a change of scale: the save leaves them out, and
 * undo brings them back. A copy of the journey has its rounds, of its own
 * touchpoints. */
static void
test_rounds_follow_edits_and_copies (void **state)
{
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(PolkuSurveyImport) import = import_answers (document, stack, "answers-long.csv", NULL);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0);
  g_autoptr(GBytes) before = polku_writer_write (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(PolkuJourney) copy = NULL;
  g_autofree char *text = NULL;
  PolkuRound *round;
  gsize n;

  /* The copy's round names the copies of the touchpoints. */
  copy = polku_duplicate_journey (journey, document);
  assert_int_equal (polku_journey_get_n_rounds (copy), 1);
  round = polku_journey_get_round (copy, 0);
  assert_string_not_equal (polku_round_get_id (round), "r1");
  assert_null (polku_round_get_counts (round, "t1", POLKU_SURVEY_SATISFACTION, &n));
  assert_non_null (polku_round_get_counts (round, polku_touchpoint_get_id (
    polku_step_get_touchpoint (polku_phase_get_step (polku_journey_get_phase (copy, POLKU_PHASE_KIND_PURCHASE), 0), 0)),
    POLKU_SURVEY_SATISFACTION, &n));

  polku_undo_stack_push (stack, polku_command_new_remove (G_OBJECT (step), 0));
  polku_undo_stack_push (stack, polku_command_new_set_scale (journey, 1, 7));
  after = polku_writer_write (document);
  text = g_strndup (g_bytes_get_data (after, NULL), g_bytes_get_size (after));
  assert_null (strstr (text, "<result touchpoint=\"t1\""));
  assert_non_null (strstr (text, "<result touchpoint=\"t2\" ces=\"0 1 0 1 0\"/>"));
  assert_null (strstr (text, "responses=\""));

  assert_true (polku_undo_stack_undo (stack));
  assert_true (polku_undo_stack_undo (stack));
  g_clear_pointer (&after, g_bytes_unref);
  after = polku_writer_write (document);
  assert_true (g_bytes_equal (before, after));
}

/* Hostile files */

static glong
peak_kilobytes (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

typedef struct
{
  const char *what;
  const char *message;
} Hostile;

/* Reads a hostile file as answers: refused with message, in under five
 * seconds (on a busy machine) and with at most the file's size and four
 * megabytes more memory at the peak (reading a file grows its buffer). */
static void
assert_refused_bounded (const char *path,
                        const char *message)
{
  g_autoptr(PolkuDocument) document = load_journey ();
  g_autoptr(PolkuSurveyImport) import = polku_survey_import_new (polku_document_get_journey (document, 0));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PolkuCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  glong before = peak_kilobytes ();
  gint64 start = g_get_monotonic_time ();
  gboolean read = FALSE;
  GStatBuf st;
  glong max_kilobytes;

  assert_int_equal (g_stat (path, &st), 0);
  /* What is not read costs nothing: a file refused by its size. */
  max_kilobytes = 4096 + (st.st_size <= POLKU_CSV_MAX_SIZE ? st.st_size / 1024 : 0);

  reader = polku_csv_reader_new_for_file (file, "hostile.csv", NULL, &error);
  if (reader != NULL)
    read = polku_survey_import_read (import, reader, &error);
  assert_false (read);
  if (strstr (error->message, message) == NULL)
    fail_msg ("expected “%s” in “%s”", message, error->message);
  assert_true (g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC);
#ifndef __SANITIZE_ADDRESS__
  if (peak_kilobytes () - before > max_kilobytes)
    fail_msg ("%s took %ld kB more at the peak", path, peak_kilobytes () - before);
#endif
}

static void
write_file (const char *path,
            GString    *contents)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents->str, contents->len, &error))
    fail_msg ("%s", error->message);
}

/* 100 MB is refused before it is read; a million columns at the first
 * record past the most; a quote that never closes at its line; a NUL byte
 * at its line; a field of 60 MB without copying it whole. */
static void
test_hostile_csv (void **state)
{
  g_autofree char *dir = polku_test_make_tmp_dir ("polku-hostile-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "hostile.csv", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  int fd;

  /* 100 MB of nothing, on disk. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  assert_true (fd >= 0);
  assert_int_equal (ftruncate (fd, 100 * 1000 * 1000), 0);
  close (fd);
  assert_refused_bounded (path, "hostile.csv:1: the file is 100.0\u00a0MB, more than the 67.1\u00a0MB a CSV file may be");

  g_string_assign (text, "touchpoint,survey,answer");
  for (guint i = 0; i < 1000 * 1000; i++)
    g_string_append (text, ",x");
  g_string_append (text, "\r\n");
  write_file (path, text);
  assert_refused_bounded (path, "hostile.csv:1: the record has more than 4096 fields");

  g_string_assign (text, "touchpoint,survey,answer\r\nt1,satisfaction,\"4\r\n");
  for (guint i = 0; i < 200000; i++)
    g_string_append (text, "t1,satisfaction,4\r\n");
  write_file (path, text);
  assert_refused_bounded (path, "hostile.csv:2: the field in quotes that starts on this line never ends");

  g_string_assign (text, "touchpoint,survey,answer\nt1,satisfaction,4\nt1,satisfaction,");
  g_string_append_c (text, '\0');
  g_string_append (text, "\n");
  write_file (path, text);
  assert_refused_bounded (path, "hostile.csv:3: the file holds a NUL byte");

  g_string_assign (text, "touchpoint,survey,answer\nt1,satisfaction,");
  for (guint i = 0; i < 60 * 1000 * 1000 / 10; i++)
    g_string_append (text, "4444444444");
  g_string_append (text, "\n");
  write_file (path, text);
  g_string_truncate (text, 0);
  assert_refused_bounded (path, "hostile.csv:2: field 3 is longer than 65536 characters");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_long_answers),
    cmocka_unit_test (test_qualtrics_export),
    cmocka_unit_test (test_google_forms_export),
    cmocka_unit_test (test_nothing_usable_changes_nothing),
    cmocka_unit_test (test_second_round_keeps_the_first),
    cmocka_unit_test (test_rounds_follow_edits_and_copies),
    cmocka_unit_test (test_hostile_csv),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
