/* test-cli.c: polku-cli as a user runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <cairo.h>

#include <glib/gstdio.h>

#include "polku-core.h"
#include "polku-test.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs polku-cli with the arguments, NULL-terminated, in environment envp
 * (NULL for the test's own). */
static void
run_cli_va (char    **envp,
            Run      *run,
            va_list   args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("POLKU_CLI");
  const char *arg;
  int wait_status;

  assert_non_null (cli);
  g_ptr_array_add (argv, (char *) cli);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                             NULL, NULL, &run->out, &run->err, &wait_status, &error));
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
run_cli_in (char **envp,
            Run   *run,
            ...)
{
  va_list args;

  va_start (args, run);
  run_cli_va (envp, run, args);
  va_end (args);
}

#define run_cli(run, ...) run_cli_in (NULL, run, __VA_ARGS__)

/* polku-cli, run with the arguments, refuses them: it exits with status 2,
 * and what it says has message in it. */
static void
assert_cli_refuses (const char *message,
                    ...)
{
  g_auto(Run) run = { 0 };
  va_list args;

  va_start (args, message);
  run_cli_va (NULL, &run, args);
  va_end (args);
  assert_int_equal (run.status, 2);
  assert_non_null (strstr (run.err, message));
}

static char *
example_path (void)
{
  return g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "examples", "car-service.polku", NULL);
}

static char *
make_tmp_dir (void)
{
  return polku_test_make_tmp_dir ("polku-cli-XXXXXX");
}

/* A journey file with an element the format does not have, on line 3. */
static const char colour_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
  "<colour/>\n"
  "</polku>\n";

/* In the list of commands of --help, each summary starts in the same
 * column, counted in characters as a terminal shows them. */
static void
assert_summaries_line_up (const char *help)
{
  static const char * const commands[] = {
    "validate ", "export ", "import ", "answers ", "stats ", "normalize ", "thumbnail "
  };
  g_auto(GStrv) lines = g_strsplit (help, "\n", -1);
  glong column = -1;
  guint n_commands = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *summary;
      gboolean is_command = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        is_command |= g_str_has_prefix (lines[i] + strspn (lines[i], " "), commands[c]);
      if (!is_command)
        continue;
      /* Two spaces end the parameters; summaries hold single ones. */
      summary = g_strrstr (lines[i], "  ");
      assert_true (summary > lines[i]);
      if (column < 0)
        column = g_utf8_pointer_to_offset (lines[i], summary);
      assert_int_equal (g_utf8_pointer_to_offset (lines[i], summary), column);
      n_commands++;
    }
  assert_int_equal (n_commands, G_N_ELEMENTS (commands));
}

static void
test_help_names_the_commands (void **state)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--help", NULL);
  assert_int_equal (run.status, 0);
  assert_non_null (strstr (run.out, "validate"));
  assert_non_null (strstr (run.out, "export"));
  assert_summaries_line_up (run.out);

  run_clear (&run);
  run_cli (&run, "export", "--help", NULL);
  assert_int_equal (run.status, 0);
  assert_non_null (strstr (run.out, "--output"));
}

static void
test_validate_accepts_the_example (void **state)
{
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };

  run_cli (&run, "validate", example, NULL);
  assert_int_equal (run.status, 0);
  assert_string_equal (run.err, "");
}

static void
test_validate_reports_file_line_column (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *bad = g_build_filename (dir, "bad.polku", NULL);
  g_autofree char *expected = g_strconcat (bad, ":3:1: unexpected element <colour> in <polku>; expected <journey>\n", NULL);
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };

  assert_true (g_file_set_contents (bad, colour_xml, -1, NULL));

  run_cli (&run, "validate", example, bad, NULL);
  assert_int_equal (run.status, 1);
  assert_string_equal (run.err, expected);

  polku_test_remove_tree (dir);
}

static void
test_validate_missing_file (void **state)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "validate", "no-such-file.polku", NULL);
  assert_int_equal (run.status, 1);
  assert_true (g_str_has_prefix (run.err, "no-such-file.polku: "));
}

static void
add_name (PolkuStep       *step,
          PolkuTouchpoint *touchpoint,
          gpointer         names)
{
  g_ptr_array_add (names, g_strdup (polku_touchpoint_get_name (touchpoint)));
}

/* Every touchpoint's name, to look for in exported maps. */
static GPtrArray *
touchpoint_names (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PolkuDocument) document = polku_reader_load_file (file, NULL, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  polku_foreach_touchpoint (G_OBJECT (polku_document_get_journey (document, 0)), add_name, names);
  return names;
}

static void
test_export_pdf (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *example = example_path ();
  g_autoptr(GPtrArray) names = touchpoint_names (example);
  g_auto(Run) run = { 0 };
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  run_cli (&run, "export", example, "-o", pdf, NULL);
  assert_int_equal (run.status, 0);

  info = polku_test_run_tool ((const char *[]) { "pdfinfo", pdf, NULL });
  assert_int_equal (polku_test_pdf_info_pages (info), 1);

  text = polku_test_run_tool ((const char *[]) { "pdftotext", "-raw", pdf, "-", NULL });
  folded = polku_test_fold_space (text);
  for (guint i = 0; i < names->len; i++)
    if (strstr (folded, g_ptr_array_index (names, i)) == NULL)
      fail_msg ("“%s” is not in the PDF's text", (char *) g_ptr_array_index (names, i));

  polku_test_remove_tree (dir);
}

static void
test_export_svg_and_png (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "map.PNG", NULL);
  g_autofree char *example = example_path ();
  g_autoptr(GPtrArray) names = touchpoint_names (example);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", example, "-o", svg, NULL);
  assert_int_equal (run.status, 0);
  assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  assert_true (g_str_has_prefix (contents, "<?xml"));
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (names, i), -1);
      if (strstr (contents, escaped) == NULL)
        fail_msg ("“%s” is not in the SVG", escaped);
    }

  run_clear (&run);
  run_cli (&run, "export", example, "-o", png, NULL);
  assert_int_equal (run.status, 0);
  polku_test_assert_png (png);

  polku_test_remove_tree (dir);
}

/* The print modes, papers and resolutions, as a user asks for them. */
static void
test_export_modes_and_options (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *poster = g_build_filename (dir, "poster.pdf", NULL);
  g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *a3 = g_build_filename (dir, "a3.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *example = example_path ();
  g_autofree char *info = NULL;
  g_auto(Run) run = { 0 };
  guint32 width;

  run_cli (&run, "export", example, "-o", poster, "--mode", "poster", "--scale", "2", NULL);
  assert_int_equal (run.status, 0);
  info = polku_test_run_tool ((const char *[]) { "pdfinfo", poster, NULL });
  assert_true (polku_test_pdf_info_pages (info) >= 4);
  g_clear_pointer (&info, g_free);

  run_clear (&run);
  run_cli (&run, "export", example, "-o", handout, "--mode", "handout",
           "--paper", "a4", "--orientation", "portrait", NULL);
  assert_int_equal (run.status, 0);
  info = polku_test_run_tool ((const char *[]) { "pdfinfo", handout, NULL });
  assert_true (polku_test_pdf_info_pages (info) >= 3);
  assert_non_null (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_clear_pointer (&info, g_free);

  run_clear (&run);
  run_cli (&run, "export", example, "-o", a3, "--paper", "A3", NULL);
  assert_int_equal (run.status, 0);
  info = polku_test_run_tool ((const char *[]) { "pdfinfo", a3, NULL });
  assert_int_equal (polku_test_pdf_info_pages (info), 1);
  assert_non_null (strstr (info, "1190.55 x 841.89 pts (A3)"));

  /* 72 dpi: a pixel a point. */
  run_clear (&run);
  run_cli (&run, "export", example, "-o", png, "--dpi", "72", NULL);
  assert_int_equal (run.status, 0);
  width = polku_test_assert_png (png);
  assert_true (width > 1000 && width < 4000);

  polku_test_remove_tree (dir);
}

/* Options that do not fit the output are refused, naming what to do. */
static void
test_export_refuses_misplaced_options (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *example = example_path ();

  assert_cli_refuses ("--dpi applies to PNG output only", "export", example, "-o", pdf, "--dpi", "300", NULL);
  assert_cli_refuses ("PDF output only", "export", example, "-o", svg, "--mode", "poster", NULL);
  assert_cli_refuses ("fit, poster or handout", "export", example, "-o", pdf, "--mode", "booklet", NULL);
  assert_cli_refuses ("--mode poster", "export", example, "-o", pdf, "--scale", "2", NULL);
  assert_cli_refuses ("B5", "export", example, "-o", pdf, "--paper", "B5", NULL);

  assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  polku_test_remove_tree (dir);
}

static void
test_export_refuses_unknown_format (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "map.docx", NULL);
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", example, "-o", out, NULL);
  assert_int_equal (run.status, 1);
  assert_non_null (strstr (run.err, "map.docx"));
  assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  polku_test_remove_tree (dir);
}

static void
test_stats (void **state)
{
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };
  const char *fix;

  run_cli (&run, "stats", example, NULL);
  assert_int_equal (run.status, 0);
  assert_non_null (strstr (run.out, "Car maintenance visit — Private car owners\n"));
  assert_non_null (strstr (run.out, "  Whole journey: 25 touchpoints, 23 scored, mean "));
  assert_non_null (strstr (run.out, "  Pre-purchase: "));
  /* Critical prerequisites come first, the largest gap first: the invoice
   * (2.2 against 4.5) before the online booking (1.9 against 4). */
  fix = strstr (run.out, "  Fix first:\n    1. Invoice matches the estimate (Picking up and paying) — Critical, Prerequisite — score 2.20, target 4.50, gap 2.30\n"
                         "    2. Free slot in online booking");
  if (fix == NULL)
    fail_msg ("unexpected stats:\n%s", run.out);

  run_clear (&run);
  run_cli (&run, "stats", "--json", example, NULL);
  assert_int_equal (run.status, 0);
  assert_true (g_str_has_prefix (run.out, "{\n  \"journeys\": [\n    {\n      \"id\": \"car-service\""));
  assert_non_null (strstr (run.out, "\"touchpoints\": 25, \"scored\": 23"));
  assert_non_null (strstr (run.out, "\"fix_first\": [\n        { \"id\": \"t18\", \"name\": \"Invoice matches the estimate\""));
  assert_non_null (strstr (run.out, "\"gap\": 2.3 }"));
}

/* Survey figures where answers exist, and JSON that a JSON parser takes. */
static void
test_stats_with_survey_answers (void **state)
{
  g_autofree char *file = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", "corpus",
                                            "valid-every-field.polku", NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *json = g_build_filename (dir, "stats.json", NULL);
  g_auto(Run) run = { 0 };
  int status;

  run_cli (&run, "stats", file, NULL);
  assert_int_equal (run.status, 0);
  /* NPS of 1 0 0 2 0 0 3 4 8 20 12: (32 − 6) / 50 = 52 %. */
  assert_non_null (strstr (run.out, "  Whole journey: 3 touchpoints, 2 scored, mean 3.62, lowest 0.00, CSAT 74.6, NPS 52.0, CES 4.2\n"));
  /* Names with line breaks stay on one line. */
  assert_non_null (strstr (run.out, "(Paying the invoice)"));

  run_clear (&run);
  run_cli (&run, "stats", "--json", file, NULL);
  assert_int_equal (run.status, 0);
  assert_true (g_file_set_contents (json, run.out, -1, NULL));
  assert_true (g_spawn_sync (NULL, (char *[]) { "python3", "-m", "json.tool", json, NULL }, NULL,
                             G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                             NULL, NULL, NULL, NULL, &status, NULL));
  assert_true (g_spawn_check_wait_status (status, NULL));
  assert_non_null (strstr (run.out, "\"nps\": 52,"));

  polku_test_remove_tree (dir);
}

static char *
interop_path (const char *name)
{
  return g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", "interop", name, NULL);
}

/* The example goes out as CSV, Mermaid and CJML and comes back as a valid
 * journey file; from CSV, as the same file. */
static void
test_export_and_import_exchange_formats (void **state)
{
  static const char * const extensions[] = { ".csv", ".mmd", ".cjml" };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *example = example_path ();
  g_autofree char *canonical = NULL;

  assert_true (g_file_get_contents (example, &canonical, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *name = g_strconcat ("car", extensions[i], NULL);
      g_autofree char *exported = g_build_filename (dir, name, NULL);
      g_autofree char *imported = g_build_filename (dir, "imported.polku", NULL);
      g_autofree char *contents = NULL;
      g_auto(Run) run = { 0 };

      run_cli (&run, "export", example, "-o", exported, NULL);
      assert_int_equal (run.status, 0);
      assert_true (g_file_get_contents (exported, &contents, NULL, NULL));
      assert_non_null (strstr (contents, "Finding the phone number"));

      run_clear (&run);
      run_cli (&run, "import", exported, "-o", imported, NULL);
      assert_int_equal (run.status, 0);
      run_clear (&run);
      run_cli (&run, "validate", imported, NULL);
      assert_int_equal (run.status, 0);
      if (i == 0)
        {
          g_autofree char *back = NULL;

          assert_true (g_file_get_contents (imported, &back, NULL, NULL));
          assert_string_equal (back, canonical);
        }
    }

  polku_test_remove_tree (dir);
}

/* Import names the file as typed, with the line of each problem; what
 * cannot be kept is told, and a broken file writes nothing. */
static void
test_import_reports_lines (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "out.polku", NULL);
  g_autofree char *cjml = interop_path ("cjml-quirks.cjml");
  g_autofree char *ampersand = interop_path ("cjml-ampersand.cjml");
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", cjml, "-o", out, "--phase", "Delivery=post-purchase", NULL);
  assert_int_equal (run.status, 0);
  expected = g_strconcat (cjml, ":30: the touchpoint T2 refers to the actor “Nobody”", NULL);
  assert_true (g_str_has_prefix (run.err, expected));
  assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GFile) file = g_file_new_for_path (out);
    g_autoptr(PolkuDocument) document = polku_reader_load_file (file, NULL, NULL);
    PolkuJourney *journey = polku_document_get_journey (document, 0);

    /* The rule as given puts the delivery after the purchase. */
    assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE)),
                         "Delivery / Reading");
  }
  g_unlink (out);

  run_clear (&run);
  run_cli (&run, "import", ampersand, "-o", out, NULL);
  assert_int_equal (run.status, 1);
  g_free (expected);
  expected = g_strconcat (ampersand, ":8:43: not well-formed XML: ", NULL);
  assert_true (g_str_has_prefix (run.err, expected));
  assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  assert_cli_refuses ("import needs one file", "import", cjml, NULL);
  assert_cli_refuses ("does not assign a phase", "import", cjml, "-o", out, "--phase", "Delivery", NULL);

  polku_test_remove_tree (dir);
}

/* Answers become a round in the file; bad rows are named and counted,
 * the round's figures printed by stats; a file of no usable answer
 * changes nothing. */
static void
test_answers (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *journey = g_build_filename (dir, "journey.polku", NULL);
  g_autofree char *answers = interop_path ("answers-long.csv");
  g_autofree char *qualtrics = interop_path ("answers-qualtrics.csv");
  g_autofree char *map = interop_path ("qualtrics-map.csv");
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  assert_true (g_file_set_contents (journey,
                                    "<?xml version=\"1.0\"?>\n<polku xmlns=\"urn:polku:journey\" format=\"1\">"
                                    "<journey id=\"j\"><title>T</title><segment><name>S</name></segment>"
                                    "<scale min=\"1\" max=\"5\"/><phase kind=\"pre-purchase\"/>"
                                    "<phase kind=\"purchase\"><step id=\"s\"><name>Booking</name>"
                                    "<touchpoint id=\"t1\" channel=\"phone\" criticality=\"critical\" role=\"prerequisite\"><name>Call centre</name></touchpoint>"
                                    "<touchpoint id=\"t2\" channel=\"website\" criticality=\"critical\" role=\"prerequisite\"><name>Web booking</name></touchpoint>"
                                    "<touchpoint id=\"t3\" channel=\"documents\" criticality=\"critical\" role=\"prerequisite\"><name>Invoice</name></touchpoint>"
                                    "</step></phase><phase kind=\"post-purchase\"/></journey></polku>\n", -1, NULL));

  run_cli (&run, "answers", journey, qualtrics, "--map", map, "--round-date", "2026-04-05", NULL);
  assert_int_equal (run.status, 0);
  assert_string_equal (run.out, "Counted 9 answers; skipped 2.\n");
  expected = g_strconcat (qualtrics, ":7: column “Q1”: the answer 7 to satisfaction is outside 1–5\n", NULL);
  assert_true (g_str_has_prefix (run.err, expected));

  run_clear (&run);
  run_cli (&run, "answers", journey, answers, NULL);
  assert_int_equal (run.status, 0);
  assert_string_equal (run.out, "Counted 11 answers; skipped 5.\n");

  run_clear (&run);
  run_cli (&run, "stats", journey, NULL);
  assert_int_equal (run.status, 0);
  assert_non_null (strstr (run.out, "  Measurement rounds:\n"
                                    "    2026-04-05 answers-qualtrics.csv: 9 answers, CSAT 76.7, NPS 33.3\n"
                                    "    2026-05-31 answers-long.csv: 11 answers, CSAT 72.0, NPS 25.0, CES 3.0\n"
                                    "  Change since the previous round:\n"
                                    "    Call centre (Booking): satisfaction 4.00 → 3.75 (−0.3)\n"
                                    "    Call centre (Booking): nps 33 → 25 (−8)\n"
                                    "    Web booking (Booking): satisfaction 3.67 → 3.00 (−0.7)\n"));

  /* Nothing usable: the file stays as it was. */
  assert_true (g_file_set_contents (bad, "touchpoint,survey,answer\nt1,nps,12\n", -1, NULL));
  assert_true (g_file_get_contents (journey, &before, NULL, NULL));
  run_clear (&run);
  run_cli (&run, "answers", journey, bad, NULL);
  assert_int_equal (run.status, 1);
  g_free (expected);
  expected = g_strconcat (bad, ":2: the answer 12 to nps is outside 0–10\n", bad,
                          ": no answer could be counted: 1 was skipped\n", NULL);
  assert_string_equal (run.err, expected);
  assert_true (g_file_get_contents (journey, &after, NULL, NULL));
  assert_string_equal (before, after);

  assert_cli_refuses ("is not a date such as 2026-05-31", "answers", journey, answers, "--round-date", "5.4.2026", NULL);

  polku_test_remove_tree (dir);
}

static void
test_normalize (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "messy.polku", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *example = example_path ();
  g_autofree char *canonical = NULL;
  g_auto(Run) run = { 0 };

  /* Attributes out of order, no indentation, an optional element written
   * empty, a character reference: a valid file, just not in canonical form. */
  assert_true (g_file_set_contents (path,
                                    "<?xml version='1.0'?><polku format='1' xmlns='urn:polku:journey'>"
                                    "<journey id='j'><title>T&#228;m&#228;</title><segment><name>S</name></segment>"
                                    "<scale max='5' min='1'/><phase kind='pre-purchase'><step id='s'><name>A</name><notes></notes>"
                                    "<touchpoint role='opportunity' id='t' criticality='critical' channel='phone' score='4.50'><name>B</name></touchpoint>"
                                    "</step></phase><phase kind='purchase'></phase><phase kind='post-purchase'/></journey></polku>",
                                    -1, NULL));
  run_cli (&run, "normalize", path, NULL);
  assert_int_equal (run.status, 0);
  assert_true (g_file_get_contents (path, &first, NULL, NULL));
  assert_string_equal (first,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
                       "  <journey id=\"j\">\n"
                       "    <title>Tämä</title>\n"
                       "    <segment>\n"
                       "      <name>S</name>\n"
                       "    </segment>\n"
                       "    <scale min=\"1\" max=\"5\"/>\n"
                       "    <phase kind=\"pre-purchase\">\n"
                       "      <step id=\"s\">\n"
                       "        <name>A</name>\n"
                       "        <touchpoint id=\"t\" channel=\"phone\" criticality=\"critical\" role=\"opportunity\" score=\"4.5\">\n"
                       "          <name>B</name>\n"
                       "        </touchpoint>\n"
                       "      </step>\n"
                       "    </phase>\n"
                       "    <phase kind=\"purchase\"/>\n"
                       "    <phase kind=\"post-purchase\"/>\n"
                       "  </journey>\n"
                       "</polku>\n");

  /* Normalizing is idempotent. */
  run_clear (&run);
  run_cli (&run, "normalize", path, NULL);
  assert_int_equal (run.status, 0);
  assert_true (g_file_get_contents (path, &second, NULL, NULL));
  assert_string_equal (first, second);

  /* The bundled example is canonical already. */
  run_clear (&run);
  run_cli (&run, "normalize", example, "-o", "-", NULL);
  assert_int_equal (run.status, 0);
  assert_true (g_file_get_contents (example, &canonical, NULL, NULL));
  assert_string_equal (run.out, canonical);

  polku_test_remove_tree (dir);
}

static void
test_normalize_keeps_a_bad_file (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.polku", NULL);
  const char *bad = "<?xml version=\"1.0\"?>\n<polku xmlns=\"urn:polku:journey\" format=\"1\">\n<journey>\n";
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  assert_true (g_file_set_contents (path, bad, -1, NULL));
  run_cli (&run, "normalize", path, NULL);
  assert_int_equal (run.status, 1);
  assert_true (g_str_has_prefix (run.err, path));
  assert_true (g_file_get_contents (path, &after, NULL, NULL));
  assert_string_equal (after, bad);

  polku_test_remove_tree (dir);
}

static void
test_thumbnail (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *png = g_build_filename (dir, "thumb.png", NULL);
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };
  cairo_surface_t *surface;
  guint drawn = 0;

  run_cli (&run, "thumbnail", example, png, "--size", "128", NULL);
  assert_int_equal (run.status, 0);

  surface = cairo_image_surface_create_from_png (png);
  assert_int_equal (cairo_surface_status (surface), CAIRO_STATUS_SUCCESS);
  /* A landscape map: 128 pixels wide, less high. */
  assert_int_equal (cairo_image_surface_get_width (surface), 128);
  assert_true (cairo_image_surface_get_height (surface) < 128);
  assert_true (cairo_image_surface_get_height (surface) > 32);

  /* Something is drawn on the white. */
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      const guint32 *row = (const guint32 *) (gpointer) (cairo_image_surface_get_data (surface) +
                                                         y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        if ((row[x] & 0xffffff) != 0xffffff)
          drawn++;
    }
  cairo_surface_destroy (surface);
  assert_true (drawn > 128 * 32 / 10);

  run_clear (&run);
  run_cli (&run, "thumbnail", example, png, "--size", "5", NULL);
  assert_int_equal (run.status, 2);

  polku_test_remove_tree (dir);
}

/* The CLI speaks the user's language: a journey file error in Finnish. */
static void
test_finnish_messages (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *bad = g_build_filename (dir, "virhe.polku", NULL);
  g_autofree char *expected = g_strconcat (bad, ":3:1: odottamaton elementti <colour> elementissä <polku>; odotettiin <journey>\n", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(Run) run = { 0 };

  assert_true (g_file_set_contents (bad, colour_xml, -1, NULL));
  envp = g_environ_setenv (envp, "LANGUAGE", "fi", TRUE);
  envp = g_environ_setenv (envp, "POLKU_LOCALEDIR", g_getenv ("POLKU_LOCALEDIR"), TRUE);

  run_cli_in (envp, &run, "validate", bad, NULL);
  assert_int_equal (run.status, 1);
  assert_string_equal (run.err, expected);

  run_clear (&run);
  run_cli_in (envp, &run, "--help", NULL);
  assert_non_null (strstr (run.out, "Komennot:"));
  assert_non_null (strstr (run.out, "export     TIEDOSTO -o KOHDE "));
  assert_summaries_line_up (run.out);

  polku_test_remove_tree (dir);
}

/* The words a map prints for itself, in English and in Finnish: phase
 * names, tags, legend, header, foot, lanes. */
static const char * const english_labels[] = {
  "Pre-purchase", "Post-purchase", "Critical", "Prerequisite", "Opportunity", "Fix first",
  "Customer segment", "Satisfaction scale", "Updated 20 November 2026", "Page 1 of", "Touchpoints",
  "Company’s answer", "Scale midpoint", "Gate",
};
static const char * const finnish_labels[] = {
  "Ennen hankintaa", "Hankinnan jälkeen", "Kriittinen", "Edellytys", "Mahdollisuus", "Korjaa ensin",
  "Asiakassegmentti", "Tyytyväisyysasteikko", "Päivitetty 20.11.2026", "Sivu 1/", "Kosketuspisteet",
  "Yrityksen vastine", "Asteikon keskikohta", "Portti",
};

/* The text of a PDF, its lines joined: pdftotext breaks wrapped labels. */
static char *
pdf_words (const char *path)
{
  g_autofree char *text = polku_test_run_tool ((const char *[]) { "pdftotext", path, "-", NULL });
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (joined, "%s ", words[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* Exports file in a mode as the user's language (LANGUAGE) says, the
 * options after: the words of the PDF. */
static char *
export_words (const char *language,
              const char *file,
              const char *output,
              const char *mode,
              const char *option,
              const char *value)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LANGUAGE", language, TRUE);
  g_auto(Run) run = { 0 };

  run_cli_in (envp, &run, "export", file, "-o", output, "--mode", mode, option, value, NULL);
  if (run.status != 0)
    fail_msg ("export failed: %s", run.err);
  return pdf_words (output);
}

static void
assert_language (const char         *text,
                 const char * const *present,
                 const char * const *absent,
                 guint               n,
                 const char         *what)
{
  for (guint i = 0; i < n; i++)
    {
      if (strstr (text, present[i]) == NULL)
        fail_msg ("%s: “%s” is not printed", what, present[i]);
      if (strstr (text, absent[i]) != NULL)
        fail_msg ("%s: “%s” is printed", what, absent[i]);
    }
}

/* A map prints its journey's language whatever the user's: the Finnish
 * example on an English desktop and the English one on a Finnish desktop,
 * in every mode; --language chooses another. Numbers and dates follow the
 * map's language. */
static void
test_export_in_the_journeys_language (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *english = example_path ();
  g_autofree char *finnish = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "examples",
                                               "car-service.fi.polku", NULL);
  static const char * const modes[] = { "fit", "handout", "poster" };

  G_STATIC_ASSERT (G_N_ELEMENTS (english_labels) == G_N_ELEMENTS (finnish_labels));

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *in_finnish = NULL;
      g_autofree char *in_english = NULL;
      g_autofree char *what = NULL;

      in_finnish = export_words ("en", finnish, pdf, modes[i], "--paper", "A3");
      what = g_strdup_printf ("the Finnish example under LANGUAGE=en, %s", modes[i]);
      assert_language (in_finnish, finnish_labels, english_labels, G_N_ELEMENTS (finnish_labels), what);
      g_free (what);

      in_english = export_words ("fi", english, pdf, modes[i], "--paper", "A3");
      what = g_strdup_printf ("the English example under LANGUAGE=fi, %s", modes[i]);
      assert_language (in_english, english_labels, finnish_labels, G_N_ELEMENTS (english_labels), what);

      /* The scores, with the language's decimal separator. */
      if (g_str_equal (modes[i], "handout"))
        {
          assert_non_null (strstr (in_finnish, "3,2"));
          assert_null (strstr (in_finnish, "3.2"));
          assert_non_null (strstr (in_english, "3.2"));
        }
    }

  /* Chosen for it. */
  {
    g_autofree char *chosen = export_words ("en", english, pdf, "fit", "--language", "fi");

    assert_language (chosen, finnish_labels, english_labels, G_N_ELEMENTS (finnish_labels),
                     "the English example with --language fi");
  }
  polku_test_remove_tree (dir);
}

/* A language Polku has no catalogue of is refused, naming those it has. */
static void
test_export_refuses_an_unknown_language (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", example, "-o", pdf, "--language", "xx", NULL);
  assert_int_equal (run.status, 2);
  assert_non_null (strstr (run.err, "“xx”"));
  assert_non_null (strstr (run.err, "en, fi"));
  assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  polku_test_remove_tree (dir);
}

/* Slides: PNG at 16:9 and 1920 pixels unless told, a file per phase; a
 * PNG too large is refused with the option that would do. */
static void
test_export_slides (void **state)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *png = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *square = g_build_filename (dir, "square.png", NULL);
  g_autofree char *phases = g_build_filename (dir, "phase.png", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.png", NULL);
  g_autofree char *example = example_path ();
  g_auto(Run) run = { 0 };
  cairo_surface_t *image;

  run_cli (&run, "export", example, "-o", png, "--layout", "slide", NULL);
  assert_int_equal (run.status, 0);
  image = cairo_image_surface_create_from_png (png);
  assert_int_equal (cairo_image_surface_get_width (image), 1920);
  assert_int_equal (cairo_image_surface_get_height (image), 1080);
  cairo_surface_destroy (image);

  run_clear (&run);
  run_cli (&run, "export", example, "-o", square, "--layout", "slide", "--aspect", "1:1", "--width", "800", NULL);
  assert_int_equal (run.status, 0);
  image = cairo_image_surface_create_from_png (square);
  assert_int_equal (cairo_image_surface_get_width (image), 800);
  assert_int_equal (cairo_image_surface_get_height (image), 800);
  cairo_surface_destroy (image);

  run_clear (&run);
  run_cli (&run, "export", example, "-o", phases, "--layout", "phases", NULL);
  assert_int_equal (run.status, 0);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("phase-%u.png", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      polku_test_assert_png (path);
    }

  run_clear (&run);
  run_cli (&run, "export", example, "-o", huge, "--layout", "slide", "--width", "30000", NULL);
  assert_int_equal (run.status, 1);
  assert_non_null (strstr (run.err, "is the largest of its shape"));
  assert_non_null (strstr (run.err, "Try --width 7542"));
  assert_false (g_file_test (huge, G_FILE_TEST_EXISTS));

  run_clear (&run);
  run_cli (&run, "export", example, "-o", huge, "--aspect", "4:3", NULL);
  assert_int_equal (run.status, 2);
  assert_non_null (strstr (run.err, "--layout slide"));
  polku_test_remove_tree (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_help_names_the_commands),
    cmocka_unit_test (test_validate_accepts_the_example),
    cmocka_unit_test (test_validate_reports_file_line_column),
    cmocka_unit_test (test_validate_missing_file),
    cmocka_unit_test (test_export_pdf),
    cmocka_unit_test (test_export_svg_and_png),
    cmocka_unit_test (test_export_refuses_unknown_format),
    cmocka_unit_test (test_export_modes_and_options),
    cmocka_unit_test (test_export_refuses_misplaced_options),
    cmocka_unit_test (test_export_in_the_journeys_language),
    cmocka_unit_test (test_export_refuses_an_unknown_language),
    cmocka_unit_test (test_export_slides),
    cmocka_unit_test (test_stats),
    cmocka_unit_test (test_stats_with_survey_answers),
    cmocka_unit_test (test_export_and_import_exchange_formats),
    cmocka_unit_test (test_import_reports_lines),
    cmocka_unit_test (test_answers),
    cmocka_unit_test (test_normalize),
    cmocka_unit_test (test_normalize_keeps_a_bad_file),
    cmocka_unit_test (test_thumbnail),
    cmocka_unit_test (test_finnish_messages),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
