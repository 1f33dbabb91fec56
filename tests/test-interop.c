/* test-interop.c: journeys in and out as spreadsheets, CJML and Mermaid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Round trips keep what each format can hold, asserted field by field or as
 * the bytes of the journey file; files written by hand from the formats'
 * public descriptions, with the quirks real tools produce, are read or
 * refused with the line of the problem.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-core.h"
#include "polku-test.h"

static char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;

  g_ptr_array_add (parts, (gpointer) g_getenv ("POLKU_SOURCE_DIR"));
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static PolkuDocument *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuDocument *document = polku_reader_load_file (file, NULL, &error);

  if (document == NULL)
    fail_msg ("%s", error->message);
  return document;
}

/* The journey file of one journey, to compare journeys whole. */
static char *
journey_xml (PolkuJourney *journey)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(GBytes) bytes = NULL;

  polku_document_append_journey (document, journey);
  bytes = polku_writer_write (document);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static PolkuCsvReader *
csv_reader (const char *text,
            const char *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  PolkuCsvReader *reader = polku_csv_reader_new (bytes, name, &error);

  if (reader == NULL)
    fail_msg ("%s", error->message);
  return reader;
}

static PolkuDocument *
import_csv (const char  *text,
            GError     **error)
{
  g_autoptr(PolkuCsvReader) reader = csv_reader (text, "journey.csv");

  return polku_csv_journey_import (reader, NULL, error);
}

/* Spreadsheets */

/* Every journey of a file with every field, on a 0–10 scale and with
 * dates, hidden lanes and a step without touchpoints: exported and
 * imported again, the journey file is the same to the byte. */
static void
test_csv_round_trip_is_identical (void **state)
{
  static const char * const files[][2] = {
    { "tests/corpus", "valid-every-field.polku" },
    { "data/examples", "car-service.polku" },
    { "data/examples", "car-service.fi.polku" },
    { "tests/corpus", "valid-zero-to-ten.polku" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = source_path (files[f][0], files[f][1], NULL);
      g_autoptr(PolkuDocument) document = load_path (path);

      for (guint j = 0; j < polku_document_get_n_journeys (document); j++)
        {
          PolkuJourney *journey = polku_document_get_journey (document, j);
          g_autoptr(GBytes) csv = polku_csv_journey_export (journey);
          g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
          g_autoptr(GError) error = NULL;
          g_autoptr(PolkuDocument) imported = import_csv (text, &error);
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          if (imported == NULL)
            fail_msg ("%s: %s", files[f][1], error->message);
          assert_int_equal (polku_document_get_n_journeys (imported), 1);
          before = journey_xml (journey);
          after = journey_xml (polku_document_get_journey (imported, 0));
          if (!g_str_equal (before, after))
            fail_msg ("%s: the journey changed through CSV:\n%s\n---\n%s", files[f][1], before, after);
        }
    }
}


static PolkuTouchpoint *
touchpoint_at (PolkuJourney   *journey,
               PolkuPhaseKind  kind,
               guint           step,
               guint           touchpoint)
{
  PolkuPhase *phase = polku_journey_get_phase (journey, kind);

  assert_true (step < polku_phase_get_n_steps (phase));
  assert_true (touchpoint < polku_step_get_n_touchpoints (polku_phase_get_step (phase, step)));
  return polku_step_get_touchpoint (polku_phase_get_step (phase, step), touchpoint);
}

static const char *
step_name_at (PolkuJourney   *journey,
              PolkuPhaseKind  kind,
              guint           step)
{
  return polku_step_get_name (polku_phase_get_step (polku_journey_get_phase (journey, kind), step));
}

static GBytes *
read_interop_file (const char *name)
{
  g_autofree char *path = source_path ("tests", "interop", name, NULL);

  return polku_test_read_bytes (path);
}

/* A touchpoint list as Excel writes it in a Finnish locale: a byte order
 * mark, semicolons, CRLF, decimal commas, the phases by their Finnish
 * names, a semicolon and a line break inside quotes. */
static void
test_csv_finnish_excel (void **state)
{
  g_autoptr(GBytes) bytes = read_interop_file ("finnish-excel.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuCsvReader) reader = polku_csv_reader_new (bytes, "finnish-excel.csv", &error);
  g_autoptr(PolkuDocument) document = NULL;
  PolkuJourney *journey;
  PolkuTouchpoint *tp;

  assert_non_null (reader);
  assert_int_equal (polku_csv_reader_get_separator (reader), ';');
  document = polku_csv_journey_import (reader, NULL, &error);
  if (document == NULL)
    fail_msg ("%s", error->message);
  journey = polku_document_get_journey (document, 0);
  assert_string_equal (polku_journey_get_title (journey), "finnish-excel");

  assert_string_equal (step_name_at (journey, POLKU_PHASE_KIND_PRE_PURCHASE, 0), "Tarve herää");
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PRE_PURCHASE, 0, 0);
  assert_string_equal (polku_touchpoint_get_name (tp), "Huoltomuistutus");
  assert_int_equal (polku_touchpoint_get_channel (tp), POLKU_CHANNEL_MOBILE);
  assert_int_equal (polku_touchpoint_get_criticality (tp), POLKU_CRITICALITY_CRITICAL);
  assert_true (polku_touchpoint_get_score (tp) == 4.5);
  assert_true (polku_touchpoint_get_target (tp) == 5);
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PRE_PURCHASE, 0, 1);
  assert_string_equal (polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_NOTES), "Syttyy; joskus liian aikaisin");

  assert_string_equal (step_name_at (journey, POLKU_PHASE_KIND_PURCHASE, 0), "Ajanvaraus");
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 0, 0);
  assert_true (polku_touchpoint_get_score (tp) == 2.25);
  assert_string_equal (polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_NOTES), "Numero on\nsivun alareunassa");
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 0, 1);
  assert_string_equal (polku_touchpoint_get_name (tp), "Verkkovaraus \"Varaa heti\"");
  assert_int_equal (polku_touchpoint_get_role (tp), POLKU_ROLE_OPPORTUNITY);
  assert_false (polku_touchpoint_has_score (tp));

  tp = touchpoint_at (journey, POLKU_PHASE_KIND_POST_PURCHASE, 0, 0);
  assert_string_equal (polku_touchpoint_get_name (tp), "Lasku");
  assert_true (polku_touchpoint_get_score (tp) == 3.75);
}

/* What is wrong in a spreadsheet is named with its line. */
static void
test_csv_errors_name_the_line (void **state)
{
  static const struct { const char *csv; const char *message; } cases[] = {
    { "phase,step,touchpoint,colour\r\npurchase,S,T,red\r\n",
      "journey.csv:1: unknown column “colour”; a journey’s columns are: journey, title," },
    { "step,touchpoint\r\nS,T\r\n",
      "journey.csv:1: the file has no “phase” column" },
    { "phase,step,touchpoint,score\r\npurchase,S,T,4\r\npurchase,S,U,7\r\n",
      "journey.csv:3: column “score”: 7 is outside the journey’s scale 1–5" },
    { "phase,step,touchpoint,score\r\npurchase,S,T,four\r\n",
      "journey.csv:2: column “score”: “four” is not a number such as 4 or 3.5" },
    { "phase,step,touchpoint,channel\r\npurchase,S,T,fax\r\n",
      "journey.csv:2: column “channel”: “fax” is not a channel; use one of: service-premises, phone," },
    { "phase,step-id,step,touchpoint,doing\r\npurchase,s1,S,T,Calls\r\npurchase,s1,S,U,Waits\r\n",
      "journey.csv:3: column “doing”: “Waits” differs from line 2’s “Calls”" },
    { "phase,step,touchpoint-id,touchpoint\r\npurchase,S,t1,T\r\npurchase,S,t1,U\r\n",
      "journey.csv:3: the id “t1” is used on line 2 already" },
    { "phase,step,touchpoint\r\npurchase,S,\"Open quote\r\npurchase,S,T\r\n",
      "journey.csv:2: the field in quotes that starts on this line never ends" },
    { "phase,step,touchpoint\r\npurchase,S,\"Quoted\" then text\r\n",
      "journey.csv:2: text follows the closing quote of field 3" },
    { "phase,step,touchpoint\r\n,S,T\r\n",
      "journey.csv:2: the row has no phase" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PolkuDocument) document = import_csv (cases[i].csv, &error);

      assert_null (document);
      assert_true (error->domain == POLKU_FILE_ERROR);
      if (!g_str_has_prefix (error->message, cases[i].message))
        fail_msg ("expected “%s…”, got “%s”", cases[i].message, error->message);
    }
}

/* A spreadsheet updates a journey: touchpoints found by id or by their
 * step's and their own name take its values, new ones are added, and undo
 * takes it all back. */
static void
test_csv_update (void **state)
{
  static const char csv[] =
    "phase,step,touchpoint-id,touchpoint,score,notes\r\n"
    "pre-purchase,Noticing service is due,t1,Dashboard service light,2.5,Seen at last\r\n"
    "purchase,Booking a time,,Finding the phone number,4,\r\n"
    "purchase,Booking a time,,Chat on the website,3,New\r\n"
    "post-purchase,Warranty claims,,Claim form,,\r\n";
  g_autofree char *path = source_path ("data", "examples", "car-service.polku", NULL);
  g_autoptr(PolkuDocument) document = load_path (path);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GBytes) before = polku_writer_write (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(PolkuCsvReader) reader = csv_reader (csv, "update.csv");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(GError) error = NULL;
  PolkuCommand *command;
  PolkuTouchpoint *tp;
  PolkuPhase *post;
  guint n_touchpoints = polku_journey_count_touchpoints (journey);
  guint n_post_steps;

  post = polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE);
  n_post_steps = polku_phase_get_n_steps (post);
  command = polku_csv_journey_update (journey, document, reader, NULL, &error);
  if (command == NULL)
    fail_msg ("%s", error->message);
  polku_undo_stack_push (stack, command);

  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PRE_PURCHASE, 0, 0);
  assert_string_equal (polku_touchpoint_get_id (tp), "t1");
  assert_true (polku_touchpoint_get_score (tp) == 2.5);
  assert_string_equal (polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_NOTES), "Seen at last");
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 0, 0);
  assert_string_equal (polku_touchpoint_get_name (tp), "Finding the phone number");
  assert_true (polku_touchpoint_get_score (tp) == 4);
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 0, 4);
  assert_string_equal (polku_touchpoint_get_name (tp), "Chat on the website");
  assert_int_equal (polku_journey_count_touchpoints (journey), n_touchpoints + 2);
  assert_int_equal (polku_phase_get_n_steps (post), n_post_steps + 1);
  assert_string_equal (step_name_at (journey, POLKU_PHASE_KIND_POST_PURCHASE, n_post_steps), "Warranty claims");

  assert_true (polku_undo_stack_undo (stack));
  after = polku_writer_write (document);
  assert_true (g_bytes_equal (before, after));
}

/* A spreadsheet in which nothing is wrong changes nothing when it says
 * what the journey holds: its update is empty. */
static void
test_csv_update_with_own_export_changes_nothing (void **state)
{
  g_autofree char *path = source_path ("tests", "corpus", "valid-every-field.polku", NULL);
  g_autoptr(PolkuDocument) document = load_path (path);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GBytes) csv = polku_csv_journey_export (journey);
  g_autoptr(GBytes) before = polku_writer_write (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuCsvReader) reader = polku_csv_reader_new (csv, "own.csv", &error);
  g_autoptr(PolkuCommand) command = polku_csv_journey_update (journey, document, reader, NULL, &error);

  if (command == NULL)
    fail_msg ("%s", error->message);
  polku_command_apply (command);
  after = polku_writer_write (document);
  assert_true (g_bytes_equal (before, after));
}

/* Mermaid */

static PolkuDocument *
import_mermaid (const char  *text,
                GPtrArray   *notes,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return polku_mermaid_import (bytes, "journey.mmd", NULL, notes, error);
}

/* Polku → Mermaid → Polku keeps the title, description and segment, each
 * scored touchpoint in its phase and step, its name and score. */
static void
test_mermaid_round_trip (void **state)
{
  g_autofree char *path = source_path ("data", "examples", "car-service.polku", NULL);
  g_autoptr(PolkuDocument) document = load_path (path);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GBytes) mermaid = polku_mermaid_export (journey);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) imported = polku_mermaid_import (mermaid, "car.mmd", NULL, NULL, &error);
  PolkuJourney *back;

  if (imported == NULL)
    fail_msg ("%s", error->message);
  back = polku_document_get_journey (imported, 0);
  assert_string_equal (polku_journey_get_title (back), polku_journey_get_title (journey));
  assert_string_equal (polku_journey_get_segment (back), polku_journey_get_segment (journey));
  assert_string_equal (polku_journey_get_field (back, POLKU_JOURNEY_FIELD_DESCRIPTION),
                       polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION));
  assert_int_equal (polku_journey_get_scale_min (back), 1);
  assert_int_equal (polku_journey_get_scale_max (back), 5);

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);
      PolkuPhase *phase_back = polku_journey_get_phase (back, k);
      guint s_back = 0;

      assert_string_equal (polku_phase_get_label (phase_back), polku_phase_get_label (phase));
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);
          PolkuStep *step_back = NULL;
          guint t_back = 0;

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *tp = polku_step_get_touchpoint (step, t);
              PolkuTouchpoint *tp_back;

              if (!polku_touchpoint_has_score (tp))
                continue;
              if (step_back == NULL)
                step_back = polku_phase_get_step (phase_back, s_back++);
              assert_string_equal (polku_step_get_name (step_back), polku_step_get_name (step));
              tp_back = polku_step_get_touchpoint (step_back, t_back++);
              assert_string_equal (polku_touchpoint_get_name (tp_back), polku_touchpoint_get_name (tp));
              assert_true (polku_touchpoint_get_score (tp_back) == polku_touchpoint_get_score (tp));
            }
          if (step_back != NULL)
            assert_int_equal (polku_step_get_n_touchpoints (step_back), t_back);
        }
      assert_int_equal (polku_phase_get_n_steps (phase_back), s_back);
    }
}

/* Scores of other scales come back on 1–5, rescaled. */
static void
test_mermaid_rescales (void **state)
{
  g_autofree char *path = source_path ("tests", "corpus", "valid-every-field.polku", NULL);
  g_autoptr(PolkuDocument) document = load_path (path);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GBytes) mermaid = polku_mermaid_export (journey);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) imported = polku_mermaid_import (mermaid, "every.mmd", NULL, NULL, &error);
  PolkuTouchpoint *tp;

  if (imported == NULL)
    fail_msg ("%s", error->message);
  /* 7.25 on 0–10 is 1 + 7.25 × 4 / 10 = 3.9 on 1–5. */
  tp = touchpoint_at (polku_document_get_journey (imported, 0), POLKU_PHASE_KIND_PRE_PURCHASE, 0, 0);
  assert_string_equal (polku_touchpoint_get_name (tp), "Reminder \"text\" message");
  assert_true (polku_touchpoint_get_score (tp) == 3.9);
}

/* Names with what Mermaid cannot hold are written so that Mermaid reads
 * them: no "#" or ";" in a task, ":" only between its parts, a name that
 * starts with a keyword guarded; read back, they are the same but for the
 * characters replaced. */
static void
test_mermaid_replaces_what_it_cannot_hold (void **state)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j");
  g_autoptr(PolkuStep) step = polku_step_new ("s", "Call #2; then wait");
  g_autoptr(PolkuTouchpoint) a = polku_touchpoint_new ("a", "Queue: 10 minutes");
  g_autoptr(PolkuTouchpoint) b = polku_touchpoint_new ("b", "Line\nbreak");
  g_autoptr(PolkuStep) keyword = polku_step_new ("k", "Section of the form");
  g_autoptr(PolkuTouchpoint) c = polku_touchpoint_new ("c", "Journey planner");
  g_autoptr(GBytes) mermaid = NULL;
  g_autoptr(PolkuDocument) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  PolkuJourney *back;

  polku_journey_set_title (journey, "Title; with # marks");
  polku_journey_set_segment (journey, "Owners, drivers: all");
  polku_touchpoint_set_score (a, 2);
  polku_touchpoint_set_score (b, 4);
  polku_touchpoint_set_score (c, 3);
  polku_step_append_touchpoint (step, a);
  polku_step_append_touchpoint (step, b);
  polku_step_append_touchpoint (keyword, c);
  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), keyword);
  polku_document_append_journey (document, journey);

  mermaid = polku_mermaid_export (journey);
  lines = g_strsplit (g_bytes_get_data (mermaid, NULL), "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      assert_null (strchr (lines[i], '#'));
      assert_null (strchr (lines[i], ';'));
      if (g_str_has_prefix (lines[i], "    "))
        {
          g_auto(GStrv) parts = g_strsplit (lines[i], ":", -1);

          assert_int_equal (g_strv_length (parts), 3);
        }
    }

  imported = polku_mermaid_import (mermaid, "names.mmd", NULL, NULL, &error);
  if (imported == NULL)
    fail_msg ("%s", error->message);
  back = polku_document_get_journey (imported, 0);
  assert_string_equal (polku_journey_get_title (back), "Title, with No. marks");
  assert_string_equal (polku_journey_get_segment (back), "Owners  drivers - all");
  assert_string_equal (step_name_at (back, POLKU_PHASE_KIND_PURCHASE, 0), "Call No.2, then wait");
  assert_string_equal (polku_touchpoint_get_name (touchpoint_at (back, POLKU_PHASE_KIND_PURCHASE, 0, 0)),
                       "Queue - 10 minutes");
  assert_string_equal (polku_touchpoint_get_name (touchpoint_at (back, POLKU_PHASE_KIND_PURCHASE, 0, 1)),
                       "Line break");
  assert_string_equal (step_name_at (back, POLKU_PHASE_KIND_PURCHASE, 1), "Section of the form");
  assert_string_equal (polku_touchpoint_get_name (touchpoint_at (back, POLKU_PHASE_KIND_PURCHASE, 1, 0)),
                       "Journey planner");
}

/* A diagram with what Mermaid's own parser accepts: front matter, a
 * directive, comments, a description over lines, a task without people,
 * pieces after the people (dropped), scores outside 1–5 (brought in) and
 * not a number (none). */
static void
test_mermaid_quirks (void **state)
{
  g_autoptr(GBytes) bytes = read_interop_file ("mermaid-quirks.mmd");
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = polku_mermaid_import (bytes, "mermaid-quirks.mmd", NULL, notes, &error);
  PolkuJourney *journey;
  static const char * const expected_notes[] = {
    "mermaid-quirks.mmd:16: “Cat” after the people of “Go” is left out, as Mermaid leaves it out",
    "mermaid-quirks.mmd:19: the score 5.5 of “Do work / Review code” is outside 1–5; it is taken as 5",
    "mermaid-quirks.mmd:20: the score “x” of “Lunch” is not a number; the touchpoint has no score",
    "mermaid-quirks.mmd:24: the score 0 of “Sit down” is outside 1–5; it is taken as 1",
  };

  if (document == NULL)
    fail_msg ("%s", error->message);
  journey = polku_document_get_journey (document, 0);
  assert_string_equal (polku_journey_get_title (journey), "My working day");
  assert_string_equal (polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION),
                       "From the first coffee to going home");
  assert_string_equal (polku_journey_get_segment (journey), "Me");
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE)), "Go to work");
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE)), "Work");
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE)), "Go home");
  assert_int_equal (polku_phase_get_n_steps (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE)), 3);
  assert_string_equal (polku_touchpoint_get_field (touchpoint_at (journey, POLKU_PHASE_KIND_PRE_PURCHASE, 1, 0),
                                                   POLKU_TOUCHPOINT_FIELD_NOTES), "With: Cat");
  assert_string_equal (step_name_at (journey, POLKU_PHASE_KIND_PURCHASE, 0), "Do work");
  assert_int_equal (polku_step_get_n_touchpoints (polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0)), 2);
  assert_true (polku_touchpoint_get_score (touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 0, 1)) == 5);
  assert_false (polku_touchpoint_has_score (touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 1, 0)));
  assert_true (polku_touchpoint_get_score (touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 2, 0)) == 3);
  assert_true (polku_touchpoint_get_score (touchpoint_at (journey, POLKU_PHASE_KIND_POST_PURCHASE, 1, 0)) == 1);

  assert_int_equal (notes->len, G_N_ELEMENTS (expected_notes));
  for (guint i = 0; i < notes->len; i++)
    assert_string_equal (g_ptr_array_index (notes, i), expected_notes[i]);
}

/* What Mermaid refuses is refused, with the line: "#" in a name starts a
 * comment, ";" cannot be read, "journey" starts a diagram. */
static void
test_mermaid_refuses_what_mermaid_refuses (void **state)
{
  static const struct { const char *file; const char *text; const char *message; } cases[] = {
    { "mermaid-hash.mmd", NULL,
      "mermaid-hash.mmd:4: the task “Call” has no score: “#” starts a comment in Mermaid" },
    { "mermaid-semicolon.mmd", NULL,
      "mermaid-semicolon.mmd:4: Mermaid cannot read “;” here" },
    { NULL, "journey\n  section S\n    journey planner: 2: Me\n",
      "journey.mmd:3: Mermaid reads “journey” at the start of a line as the word that starts a diagram" },
    { NULL, "graph TD\n  A --> B\n",
      "journey.mmd:1: this is not a Mermaid journey diagram" },
    { NULL, "journey\n  section A: B\n",
      "journey.mmd:2: Mermaid cannot read “:” in the name of a section" },
    { NULL, "journey\n  section S\n    Go 4 Me\n",
      "journey.mmd:3: the task “Go 4 Me” has no score" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PolkuDocument) document = NULL;

      if (cases[i].file != NULL)
        {
          g_autoptr(GBytes) bytes = read_interop_file (cases[i].file);

          document = polku_mermaid_import (bytes, cases[i].file, NULL, NULL, &error);
        }
      else
        document = import_mermaid (cases[i].text, NULL, &error);
      assert_null (document);
      if (!g_str_has_prefix (error->message, cases[i].message))
        fail_msg ("expected “%s…”, got “%s”", cases[i].message, error->message);
    }
}

/* CJML */

/* Polku → CJML → Polku keeps the title, description, notes and segment,
 * and each touchpoint in order, in its phase, with its name, description
 * and channel; every touchpoint is a step of its own. */
static void
test_cjml_round_trip (void **state)
{
  g_autofree char *path = source_path ("tests", "corpus", "valid-every-field.polku", NULL);
  g_autoptr(PolkuDocument) document = load_path (path);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GBytes) cjml = polku_cjml_export (journey);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) imported = polku_cjml_import (cjml, "every.cjml", NULL, notes, &error);
  PolkuJourney *back;

  if (imported == NULL)
    fail_msg ("%s", error->message);
  assert_int_equal (notes->len, 0);
  back = polku_document_get_journey (imported, 0);
  assert_string_equal (polku_journey_get_title (back), polku_journey_get_title (journey));
  assert_string_equal (polku_journey_get_segment (back), polku_journey_get_segment (journey));
  assert_string_equal (polku_journey_get_field (back, POLKU_JOURNEY_FIELD_DESCRIPTION),
                       polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION));
  assert_string_equal (polku_journey_get_field (back, POLKU_JOURNEY_FIELD_NOTES),
                       polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_NOTES));

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);
      PolkuPhase *phase_back = polku_journey_get_phase (back, k);
      guint n_back = 0;

      assert_string_equal (polku_phase_get_label (phase_back), polku_phase_get_label (phase));
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *tp = polku_step_get_touchpoint (step, t);
              PolkuStep *step_back = polku_phase_get_step (phase_back, n_back++);
              PolkuTouchpoint *tp_back = polku_step_get_touchpoint (step_back, 0);

              assert_string_equal (polku_step_get_name (step_back), polku_touchpoint_get_name (tp));
              assert_string_equal (polku_touchpoint_get_name (tp_back), polku_touchpoint_get_name (tp));
              assert_string_equal (polku_touchpoint_get_field (tp_back, POLKU_TOUCHPOINT_FIELD_DESCRIPTION),
                                   polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_DESCRIPTION));
              assert_int_equal (polku_touchpoint_get_channel (tp_back), polku_touchpoint_get_channel (tp));
              assert_string_equal (polku_touchpoint_get_field (tp_back, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER),
                                   polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER));
            }
        }
      assert_int_equal (polku_phase_get_n_steps (phase_back), n_back);
    }
}

static guint
count_in (GBytes     *bytes,
          const char *word)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    n++;
  return n;
}

/* Every channel goes out under a name that comes back as it. */
static void
test_cjml_channels_come_back (void **state)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j");
  g_autoptr(PolkuStep) step = polku_step_new ("s", "Step");
  g_autoptr(GBytes) cjml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) imported = NULL;

  for (guint c = 0; c < POLKU_N_CHANNELS; c++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", c);
      g_autoptr(PolkuTouchpoint) tp = polku_touchpoint_new (id, polku_channel_to_string (c));

      polku_touchpoint_set_channel (tp, c);
      polku_step_append_touchpoint (step, tp);
    }
  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  polku_document_append_journey (document, journey);

  cjml = polku_cjml_export (journey);
  imported = polku_cjml_import (cjml, "channels.cjml", NULL, NULL, &error);
  if (imported == NULL)
    fail_msg ("%s", error->message);
  for (guint c = 0; c < POLKU_N_CHANNELS; c++)
    assert_int_equal (polku_touchpoint_get_channel (touchpoint_at (polku_document_get_journey (imported, 0),
                                                                   POLKU_PHASE_KIND_PURCHASE, c, 0)), c);
  /* A channel not set yet is no <channel> at all. */
  assert_int_equal (polku_touchpoint_get_channel (polku_step_get_touchpoint (step, 0)), POLKU_CHANNEL_NONE);
  assert_int_equal (count_in (cjml, "<channel>"), POLKU_N_CHANNELS - 1);

  /* A spreadsheet keeps every channel, and an empty cell is one not set. */
  {
    g_autoptr(GBytes) csv = polku_csv_journey_export (journey);
    g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
    g_autoptr(PolkuDocument) from_csv = import_csv (text, &error);
    g_autoptr(PolkuDocument) empty_cell = import_csv ("phase,step,touchpoint,channel\r\npurchase,Paying,Invoice,\r\n", &error);

    assert_non_null (from_csv);
    for (guint c = 0; c < POLKU_N_CHANNELS; c++)
      assert_int_equal (polku_touchpoint_get_channel (touchpoint_at (polku_document_get_journey (from_csv, 0),
                                                                     POLKU_PHASE_KIND_PURCHASE, 0, c)), c);
    assert_non_null (empty_cell);
    assert_int_equal (polku_touchpoint_get_channel (touchpoint_at (polku_document_get_journey (empty_cell, 0),
                                                                   POLKU_PHASE_KIND_PURCHASE, 0, 0)),
                      POLKU_CHANNEL_NONE);
  }
}

/* A file as CJMLExcel and the CJML editor write them: spaces before "="
 * and in values, comments, an empty phase reference, an actor referred to
 * by its name, and one that is not there; actual journeys whose ratings
 * become a round, but for a deviation's, one outside 1–5 and those of a
 * journey whose planned one is missing. */
static void
test_cjml_quirks (void **state)
{
  g_autoptr(GBytes) bytes = read_interop_file ("cjml-quirks.cjml");
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = polku_cjml_import (bytes, "cjml-quirks.cjml", NULL, notes, &error);
  static const char * const expected_notes[] = {
    "cjml-quirks.cjml:30: the touchpoint T2 refers to the actor “Nobody”, which the journey does not declare by that id or name",
    "cjml-quirks.cjml:76: the rating of touchpoint D1 is not counted: the planned journey has no such touchpoint",
    "cjml-quirks.cjml:91: the rating “7” of touchpoint T2 is not a whole number from 1 to 5",
    "cjml-quirks.cjml:99: the actual journey refers to the planned journey “Another journey”, which the file does not have",
  };
  static const guint32 t1_counts[] = { 0, 0, 0, 1, 1 };
  PolkuJourney *journey;
  PolkuTouchpoint *tp;
  PolkuRound *round;
  const guint32 *counts;
  gsize n;

  if (document == NULL)
    fail_msg ("%s", error->message);
  journey = polku_document_get_journey (document, 0);
  assert_string_equal (polku_journey_get_title (journey), "Ordering a book");
  assert_string_equal (polku_journey_get_segment (journey), "Anna Reader");
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE)), "Awareness");
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE)),
                       "Ordering / Delivery");
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE)), "Reading");

  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PRE_PURCHASE, 0, 0);
  assert_string_equal (polku_touchpoint_get_name (tp), "Newsletter about the new book");
  assert_string_equal (polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_DESCRIPTION), "Reads the newsletter");
  assert_int_equal (polku_touchpoint_get_channel (tp), POLKU_CHANNEL_EMAIL_AND_POST);
  counts = polku_touchpoint_get_counts (tp, POLKU_SURVEY_SATISFACTION, &n);
  assert_int_equal (n, 5);
  assert_memory_equal (counts, t1_counts, sizeof t1_counts);
  assert_true (polku_touchpoint_get_score (tp) == 4.5);
  /* The action without a phase stays in the phase before it. */
  assert_string_equal (step_name_at (journey, POLKU_PHASE_KIND_PURCHASE, 1), "Packs the book");
  tp = touchpoint_at (journey, POLKU_PHASE_KIND_PURCHASE, 2, 0);
  assert_int_equal (polku_touchpoint_get_channel (tp), POLKU_CHANNEL_OTHER);
  assert_string_equal (polku_touchpoint_get_field (tp, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER), "Drone");

  assert_int_equal (polku_journey_get_n_rounds (journey), 1);
  round = polku_journey_get_round (journey, 0);
  assert_string_equal (polku_round_get_date (round), "2024-03-05");
  assert_string_equal (polku_round_get_source (round), "cjml-quirks.cjml");
  assert_int_equal (polku_round_get_n_answers (round), 4);

  assert_int_equal (notes->len, G_N_ELEMENTS (expected_notes));
  for (guint i = 0; i < notes->len; i++)
    if (!g_str_has_prefix (g_ptr_array_index (notes, i), expected_notes[i]))
      fail_msg ("expected “%s…”, got “%s”", expected_notes[i], (char *) g_ptr_array_index (notes, i));
}

/* The tools write "&" unescaped: the file is refused where the parser
 * stopped, line and column. */
static void
test_cjml_ampersand_is_located (void **state)
{
  g_autoptr(GBytes) bytes = read_interop_file ("cjml-ampersand.cjml");
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = polku_cjml_import (bytes, "cjml-ampersand.cjml", NULL, NULL, &error);

  assert_null (document);
  assert_true (g_error_matches (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_MALFORMED));
  assert_true (g_str_has_prefix (error->message, "cjml-ampersand.cjml:8:43: not well-formed XML: "));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_csv_round_trip_is_identical),
    cmocka_unit_test (test_csv_finnish_excel),
    cmocka_unit_test (test_csv_errors_name_the_line),
    cmocka_unit_test (test_csv_update),
    cmocka_unit_test (test_csv_update_with_own_export_changes_nothing),
    cmocka_unit_test (test_mermaid_round_trip),
    cmocka_unit_test (test_mermaid_rescales),
    cmocka_unit_test (test_mermaid_replaces_what_it_cannot_hold),
    cmocka_unit_test (test_mermaid_quirks),
    cmocka_unit_test (test_mermaid_refuses_what_mermaid_refuses),
    cmocka_unit_test (test_cjml_round_trip),
    cmocka_unit_test (test_cjml_channels_come_back),
    cmocka_unit_test (test_cjml_quirks),
    cmocka_unit_test (test_cjml_ampersand_is_located),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
