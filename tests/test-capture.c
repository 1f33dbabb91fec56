/* test-capture.c: capturing at the speed of talk: lists pasted onto the
 * map, channels named as people type them, and a change of scale that
 * converts scores or keeps them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gio/gio.h>

#include "polku-core.h"
#include "polku-test.h"

static PolkuDocument *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"),
                                            "data", "examples", "car-service.polku", NULL);
  g_autoptr(GBytes) bytes = polku_test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  PolkuDocument *document = polku_reader_load_bytes (bytes, path, &error);

  assert_null (error);
  return document;
}

/* Fails unless the document saves to the bytes expected. */
static void
assert_saves_as (PolkuDocument *document,
                 GBytes        *expected)
{
  g_autoptr(GBytes) saved = polku_writer_write (document);

  if (!g_bytes_equal (saved, expected))
    fail_msg ("the journey saves otherwise than expected:\n%.*s",
              (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL));
}

static void
test_channel_names (void **state)
{
  PolkuChannel channel;

  assert_true (polku_channel_find ("Website", &channel));
  assert_int_equal (channel, POLKU_CHANNEL_WEBSITE);
  assert_true (polku_channel_find ("  e-MAIL AND POST ", &channel));
  assert_int_equal (channel, POLKU_CHANNEL_EMAIL_AND_POST);
  assert_true (polku_channel_find ("field-staff", &channel));
  assert_int_equal (channel, POLKU_CHANNEL_FIELD_STAFF);
  assert_true (polku_channel_find ("Not set", &channel));
  assert_int_equal (channel, POLKU_CHANNEL_NONE);
  assert_false (polku_channel_find ("Carrier pigeon", &channel));
  assert_false (polku_channel_find ("", &channel));
}

/* Pasted onto a step: a touchpoint a line, in the order of the lines,
 * after the touchpoint selected; name, channel, score and target from the
 * columns; one undo step. */
static void
test_paste_touchpoints (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0);
  PolkuTouchpoint *first = polku_step_get_touchpoint (step, 0);
  guint n_before = polku_step_get_n_touchpoints (step);
  g_autoptr(GBytes) before = polku_writer_write (document);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  PolkuPasteKind kind;
  GObject *container;
  guint position;
  PolkuTouchpoint *touchpoint;
  static const char text[] =
    "- Price list on the door\r\n"
    "\n"
    "Call back\tPhone\t4,5\t5\n"
    "  Parking sign\tCarrier pigeon\t\t3  \n"
    "Receipt\twebsite\n";

  assert_true (polku_paste_find_target (journey, G_OBJECT (first), &kind, &container, &position));
  assert_int_equal (kind, POLKU_PASTE_TOUCHPOINTS);
  assert_ptr_equal (container, step);
  assert_int_equal (position, 1);

  items = polku_paste_read (document, journey, kind, text, &error);
  assert_null (error);
  assert_int_equal (items->len, 4);
  polku_undo_stack_push (stack, polku_paste_command_new (container, position, items));
  assert_string_equal (polku_undo_stack_get_undo_label (stack), "Paste Touchpoints");
  assert_int_equal (polku_step_get_n_touchpoints (step), n_before + 4);

  touchpoint = polku_step_get_touchpoint (step, 1);
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Price list on the door");
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_NONE);
  assert_false (polku_touchpoint_has_score (touchpoint));

  touchpoint = polku_step_get_touchpoint (step, 2);
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Call back");
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_PHONE);
  assert_true (polku_touchpoint_get_score (touchpoint) == 4.5);
  assert_true (polku_touchpoint_get_target (touchpoint) == 5);

  /* A channel not in the list is another one, named as written. */
  touchpoint = polku_step_get_touchpoint (step, 3);
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Parking sign");
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_OTHER);
  assert_string_equal (polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER),
                       "Carrier pigeon");
  assert_false (polku_touchpoint_has_score (touchpoint));
  assert_true (polku_touchpoint_get_target (touchpoint) == 3);

  touchpoint = polku_step_get_touchpoint (step, 4);
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_WEBSITE);
  assert_ptr_equal (polku_step_get_touchpoint (step, 0), first);

  /* Each has an id of its own, unused before. */
  for (guint i = 1; i <= 4; i++)
    for (guint j = i + 1; j <= 4; j++)
      assert_string_not_equal (polku_touchpoint_get_id (polku_step_get_touchpoint (step, i)),
                               polku_touchpoint_get_id (polku_step_get_touchpoint (step, j)));

  /* One undo takes all of them back. */
  assert_true (polku_undo_stack_undo (stack));
  assert_saves_as (document, before);
}

static void
test_paste_steps (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuPhase *phase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE);
  guint n_steps = polku_phase_get_n_steps (phase);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(PolkuCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  PolkuPasteKind kind;
  GObject *container;
  guint position;

  /* Onto a phase: steps, at its end; onto the journey: nothing. */
  assert_true (polku_paste_find_target (journey, G_OBJECT (phase), &kind, &container, &position));
  assert_int_equal (kind, POLKU_PASTE_STEPS);
  assert_ptr_equal (container, phase);
  assert_int_equal (position, n_steps);
  assert_false (polku_paste_find_target (journey, G_OBJECT (journey), &kind, &container, &position));

  items = polku_paste_read (document, journey, kind, "Tells a friend\n* Comes back\n", &error);
  assert_null (error);
  assert_int_equal (items->len, 2);
  command = polku_paste_command_new (container, position, items);
  polku_command_apply (command);
  assert_int_equal (polku_phase_get_n_steps (phase), n_steps + 2);
  assert_string_equal (polku_step_get_name (polku_phase_get_step (phase, n_steps + 1)), "Comes back");
  assert_true (g_str_has_prefix (polku_step_get_id (polku_phase_get_step (phase, n_steps)), "s"));
}

typedef struct
{
  PolkuPasteKind  kind;
  const char     *text;
  const char     *message;
} BadPaste;

/* A line that cannot be read is named with what is wrong, and nothing is
 * made of the paste. */
static void
test_paste_refuses_bad_lines (void **state)
{
  static const BadPaste bad[] = {
    { POLKU_PASTE_TOUCHPOINTS, "Good line\nCall back\tPhone\thigh\n",
      "Line 2: “high” is not a score on the scale 1–5" },
    { POLKU_PASTE_TOUCHPOINTS, "Call back\tPhone\t9\n", "Line 1: “9” is not a score on the scale 1–5" },
    { POLKU_PASTE_TOUCHPOINTS, "\n\nCall back\tPhone\t3\t-1\n",
      "Line 3: “-1” is not a target score on the scale 1–5" },
    { POLKU_PASTE_TOUCHPOINTS, "A\tPhone\t3\t4\tnotes\n",
      "Line 1: it has 5 columns; a touchpoint has at most four" },
    { POLKU_PASTE_STEPS, "Arrives\nLeaves\tlate\n", "Line 2: a step has only a name" },
    { POLKU_PASTE_STEPS, "Bad \xff byte", "The pasted text is not UTF-8" },
  };
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) items = polku_paste_read (document, journey, bad[i].kind, bad[i].text, &error);

      assert_null (items);
      assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA));
      if (!g_str_has_prefix (error->message, bad[i].message))
        fail_msg ("“%s” does not start with “%s”", error->message, bad[i].message);
    }

  {
    g_autoptr(GString) many = g_string_new (NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) items = NULL;

    for (guint i = 0; i <= POLKU_PASTE_MAX_LINES; i++)
      g_string_append (many, "Line\n");
    items = polku_paste_read (document, journey, POLKU_PASTE_TOUCHPOINTS, many->str, &error);
    assert_null (items);
    assert_non_null (strstr (error->message, "paste it in parts"));
  }
}

/* The example, on 1–5, with a prerequisite scored above the midpoint of
 * 1–5 and below that of 1–10, without a target: on the list once a 4 of 5
 * is taken for 4 of 10. */
typedef struct
{
  PolkuDocument   *document;
  PolkuUndoStack  *stack;
  PolkuJourney    *journey;
  PolkuTouchpoint *prerequisite;
  GBytes          *before;
  GArray          *scores;    /* every score and target, in map order */
} ScaleFixture;

/* Every score and target of the journey, in map order. */
static GArray *
collect_scores (PolkuJourney *journey)
{
  GArray *scores = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, t);
              double values[] = { polku_touchpoint_get_score (touchpoint), polku_touchpoint_get_target (touchpoint) };

              g_array_append_vals (scores, values, 2);
            }
        }
    }
  return scores;
}

/* Whether the scores are those of the fixture, unscored where it was. */
static gboolean
scores_are (GArray *scores,
            GArray *expected)
{
  if (scores->len != expected->len)
    return FALSE;
  for (guint i = 0; i < scores->len; i++)
    {
      double score = g_array_index (scores, double, i);
      double wanted = g_array_index (expected, double, i);

      if (!(isnan (score) && isnan (wanted)) && score != wanted)
        return FALSE;
    }
  return TRUE;
}

static int
setup_scale (void **state)
{
  ScaleFixture *f = g_new0 (ScaleFixture, 1);
  PolkuStep *step;

  f->document = load_example ();
  f->stack = polku_undo_stack_new ();
  f->journey = polku_document_get_journey (f->document, 0);
  step = polku_phase_get_step (polku_journey_get_phase (f->journey, POLKU_PHASE_KIND_PURCHASE), 0);
  f->prerequisite = polku_step_get_touchpoint (step, 0);
  polku_touchpoint_set_role (f->prerequisite, POLKU_ROLE_PREREQUISITE);
  polku_touchpoint_set_score (f->prerequisite, 4);
  polku_touchpoint_set_target (f->prerequisite, NAN);
  f->before = polku_writer_write (f->document);
  f->scores = collect_scores (f->journey);
  assert_int_equal (polku_journey_get_scale_max (f->journey), 5);

  *state = f;
  return 0;
}

static int
teardown_scale (void **state)
{
  ScaleFixture *f = *state;

  g_object_unref (f->stack);
  g_object_unref (f->document);
  g_bytes_unref (f->before);
  g_array_unref (f->scores);
  g_free (f);
  return 0;
}

static void
test_scale_conversion_round_trip (void **state)
{
  ScaleFixture *f = *state;
  g_autoptr(GArray) converted = NULL;
  g_autoptr(GArray) back = NULL;
  guint n_scored = 0;

  /* 4 of 5 is 7.75 of 10: the same place on the longer scale. */
  assert_true (polku_scale_convert (4, 1, 5, 1, 10) == 7.75);
  assert_true (polku_scale_convert (1, 1, 5, 0, 10) == 0);
  assert_true (isnan (polku_scale_convert (NAN, 1, 5, 1, 10)));

  /* Converted, no touchpoint comes onto the fix-first list or leaves it;
   * kept, a raw score on the longer scale falls below its midpoint. */
  assert_false (polku_metrics_needs_fixing (f->journey, f->prerequisite));
  assert_int_equal (polku_metrics_count_fix_first_changes (f->journey, 1, 10, TRUE), 0);
  assert_int_equal (polku_metrics_count_fix_first_changes (f->journey, 1, 10, FALSE), 1);

  polku_undo_stack_push (f->stack, polku_command_new_convert_scale (f->journey, 1, 10));
  assert_string_equal (polku_undo_stack_get_undo_label (f->stack), "Convert Scale");
  converted = collect_scores (f->journey);
  for (guint i = 0; i < f->scores->len; i++)
    {
      double score = g_array_index (f->scores, double, i);

      if (isnan (score))
        continue;
      n_scored++;
      assert_true (fabs (g_array_index (converted, double, i) - polku_scale_convert (score, 1, 5, 1, 10)) < 1e-9);
    }
  assert_true (n_scored > 10);

  /* Back to 1–5: every score and target as it was. */
  polku_undo_stack_push (f->stack, polku_command_new_convert_scale (f->journey, 1, 5));
  back = collect_scores (f->journey);
  assert_true (scores_are (back, f->scores));

  /* Two undo steps, which give back the file's bytes. */
  assert_true (polku_undo_stack_undo (f->stack));
  assert_true (polku_undo_stack_undo (f->stack));
  assert_false (polku_undo_stack_can_undo (f->stack));
  assert_saves_as (f->document, f->before);
}

/* Kept, scores stay as they are, brought within the new scale, in one
 * undo step too. */
static void
test_scale_change_keeps_scores (void **state)
{
  ScaleFixture *f = *state;
  g_autoptr(GArray) kept = NULL;

  polku_undo_stack_push (f->stack, polku_command_new_set_scale (f->journey, 1, 10));
  assert_true (polku_metrics_needs_fixing (f->journey, f->prerequisite));
  kept = collect_scores (f->journey);
  assert_true (scores_are (kept, f->scores));
  assert_true (polku_undo_stack_undo (f->stack));
  assert_saves_as (f->document, f->before);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_channel_names),
    cmocka_unit_test (test_paste_touchpoints),
    cmocka_unit_test (test_paste_steps),
    cmocka_unit_test (test_paste_refuses_bad_lines),
    cmocka_unit_test_setup_teardown (test_scale_conversion_round_trip, setup_scale, teardown_scale),
    cmocka_unit_test_setup_teardown (test_scale_change_keeps_scores, setup_scale, teardown_scale),
  };

  polku_i18n_init ();

  return cmocka_run_group_tests_name ("capture", tests, NULL, NULL);
}
