/* test-navigation.c: selection, insertion and moves in a journey; copies;
 * the journey monitor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-core.h"

/* Pre-purchase: s1 (t1, t2), s2 (t3); purchase: nothing;
 * post-purchase: s3 (empty), s4 (t4). */
typedef struct
{
  PolkuDocument   *document;
  PolkuJourney    *journey;
  PolkuPhase      *pre, *purchase, *post;
  PolkuStep       *s1, *s2, *s3, *s4;
  PolkuTouchpoint *t1, *t2, *t3, *t4;
} Fixture;

static PolkuStep *
add_step (PolkuPhase *phase,
          const char *id)
{
  g_autoptr(PolkuStep) step = polku_step_new (id, id);

  polku_phase_append_step (phase, step);
  return step;
}

static PolkuTouchpoint *
add_touchpoint (PolkuStep  *step,
                const char *id)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, id);

  polku_step_append_touchpoint (step, touchpoint);
  return touchpoint;
}

static int
setup (void **state)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j");

  f->document = polku_document_new ();
  polku_document_append_journey (f->document, journey);
  f->journey = journey;
  f->pre = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE);
  f->purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  f->post = polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE);
  f->s1 = add_step (f->pre, "s1");
  f->s2 = add_step (f->pre, "s2");
  f->s3 = add_step (f->post, "s3");
  f->s4 = add_step (f->post, "s4");
  f->t1 = add_touchpoint (f->s1, "t1");
  f->t2 = add_touchpoint (f->s1, "t2");
  f->t3 = add_touchpoint (f->s2, "t3");
  f->t4 = add_touchpoint (f->s4, "t4");

  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  g_object_unref (f->document);
  g_free (f);
  return 0;
}

#define O(x) G_OBJECT (x)

static void
test_locate (void **state)
{
  Fixture *f = *state;
  PolkuLocation location;
  g_autoptr(PolkuTouchpoint) stranger = polku_touchpoint_new ("x", "x");

  assert_true (polku_navigation_locate (f->journey, O (f->journey), &location));
  assert_null (location.phase);

  assert_true (polku_navigation_locate (f->journey, O (f->post), &location));
  assert_ptr_equal (location.phase, f->post);
  assert_int_equal (location.phase_position, 2);
  assert_null (location.step);

  assert_true (polku_navigation_locate (f->journey, O (f->s4), &location));
  assert_ptr_equal (location.step, f->s4);
  assert_int_equal (location.step_position, 1);

  assert_true (polku_navigation_locate (f->journey, O (f->t2), &location));
  assert_ptr_equal (location.phase, f->pre);
  assert_ptr_equal (location.step, f->s1);
  assert_int_equal (location.touchpoint_position, 1);

  assert_false (polku_navigation_locate (f->journey, O (stranger), &location));
  assert_false (polku_navigation_locate (f->journey, NULL, &location));
}

static void
test_neighbours (void **state)
{
  Fixture *f = *state;

  /* Touchpoints in reading order, across steps and the empty phase. */
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t1), POLKU_DIRECTION_RIGHT, NULL), f->t2);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t2), POLKU_DIRECTION_RIGHT, NULL), f->t3);
  assert_null (polku_navigation_neighbour (f->journey, O (f->t4), POLKU_DIRECTION_RIGHT, NULL));
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t3), POLKU_DIRECTION_LEFT, NULL), f->t2);
  assert_null (polku_navigation_neighbour (f->journey, O (f->t1), POLKU_DIRECTION_LEFT, NULL));
}

/* The touchpoints' lane stops at an empty step, to fill it, and goes on
 * along the lane from there, where the same step among the steps goes on
 * to the next step. */
static void
test_lane_enters_empty_steps (void **state)
{
  Fixture *f = *state;
  gboolean in_lane = FALSE;

  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t3), POLKU_DIRECTION_RIGHT, &in_lane), f->s3);
  assert_true (in_lane);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_RIGHT, &in_lane), f->t4);
  assert_false (in_lane);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t4), POLKU_DIRECTION_LEFT, &in_lane), f->s3);
  assert_true (in_lane);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_LEFT, &in_lane), f->t3);
  assert_false (in_lane);

  /* Up from the empty step in the lane goes past the step, already
   * selected, to its phase. */
  in_lane = TRUE;
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_UP, &in_lane), f->post);
  assert_false (in_lane);

  /* Among the steps, the same step goes on to the next step. */
  in_lane = FALSE;
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_RIGHT, &in_lane), f->s4);
  assert_false (in_lane);
  /* Without a way to say, an empty step is among the steps. */
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_LEFT, NULL), f->s2);

  /* Only an empty step stands in the lane. */
  in_lane = TRUE;
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s2), POLKU_DIRECTION_RIGHT, &in_lane), f->s3);
  assert_false (in_lane);
}

/* Home and End go to the first and the last of the row. */
static void
test_home_and_end (void **state)
{
  Fixture *f = *state;
  gboolean in_lane = FALSE;

  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t3), POLKU_DIRECTION_HOME, NULL), f->t1);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t1), POLKU_DIRECTION_END, NULL), f->t4);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_HOME, NULL), f->s1);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s1), POLKU_DIRECTION_END, NULL), f->s4);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->post), POLKU_DIRECTION_HOME, NULL), f->pre);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->pre), POLKU_DIRECTION_END, NULL), f->post);
  assert_null (polku_navigation_neighbour (f->journey, O (f->journey), POLKU_DIRECTION_HOME, NULL));

  /* The lane's last stop is an empty step when the last step is empty. */
  polku_phase_remove_step (f->post, 1);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t1), POLKU_DIRECTION_END, &in_lane), f->s3);
  assert_true (in_lane);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_HOME, &in_lane), f->t1);
  assert_false (in_lane);

  /* Home and End move nothing. */
  {
    GObject *to;
    guint position;

    assert_false (polku_navigation_move_target (f->journey, O (f->t1), POLKU_DIRECTION_END, &to, &position));
  }
}

static void
test_neighbours_of_steps_and_phases (void **state)
{
  Fixture *f = *state;

  /* Steps, empty ones too. */
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s2), POLKU_DIRECTION_RIGHT, NULL), f->s3);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_LEFT, NULL), f->s2);
  assert_null (polku_navigation_neighbour (f->journey, O (f->s4), POLKU_DIRECTION_RIGHT, NULL));

  /* Up and down the levels. */
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->t3), POLKU_DIRECTION_UP, NULL), f->s2);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s2), POLKU_DIRECTION_UP, NULL), f->pre);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->pre), POLKU_DIRECTION_UP, NULL), f->journey);
  assert_null (polku_navigation_neighbour (f->journey, O (f->journey), POLKU_DIRECTION_UP, NULL));
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->journey), POLKU_DIRECTION_DOWN, NULL), f->pre);
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->post), POLKU_DIRECTION_DOWN, NULL), f->s3);
  assert_null (polku_navigation_neighbour (f->journey, O (f->purchase), POLKU_DIRECTION_DOWN, NULL));
  assert_null (polku_navigation_neighbour (f->journey, O (f->s3), POLKU_DIRECTION_DOWN, NULL));
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->s4), POLKU_DIRECTION_DOWN, NULL), f->t4);
  assert_null (polku_navigation_neighbour (f->journey, O (f->t4), POLKU_DIRECTION_DOWN, NULL));

  /* Phases side by side. */
  assert_ptr_equal (polku_navigation_neighbour (f->journey, O (f->pre), POLKU_DIRECTION_RIGHT, NULL), f->purchase);
  assert_null (polku_navigation_neighbour (f->journey, O (f->post), POLKU_DIRECTION_RIGHT, NULL));
  assert_null (polku_navigation_neighbour (f->journey, O (f->pre), POLKU_DIRECTION_LEFT, NULL));
}

static void
assert_move (Fixture        *f,
             gpointer        item,
             PolkuDirection  direction,
             gpointer        container,
             guint           position)
{
  GObject *to = NULL;
  guint to_position = G_MAXUINT;

  assert_true (polku_navigation_move_target (f->journey, item, direction, &to, &to_position));
  assert_ptr_equal (to, container);
  assert_int_equal (to_position, position);
}

static void
test_move_targets (void **state)
{
  Fixture *f = *state;
  GObject *to;
  guint position;

  /* Within a step, then on into the next step, an empty one too. */
  assert_move (f, f->t1, POLKU_DIRECTION_RIGHT, f->s1, 1);
  assert_move (f, f->t2, POLKU_DIRECTION_RIGHT, f->s2, 0);
  assert_move (f, f->t2, POLKU_DIRECTION_LEFT, f->s1, 0);
  assert_move (f, f->t3, POLKU_DIRECTION_LEFT, f->s1, 2);
  assert_move (f, f->t3, POLKU_DIRECTION_RIGHT, f->s3, 0);
  assert_move (f, f->t4, POLKU_DIRECTION_LEFT, f->s3, 0);
  assert_move (f, f->t1, POLKU_DIRECTION_DOWN, f->s1, 1);
  assert_false (polku_navigation_move_target (f->journey, O (f->t1), POLKU_DIRECTION_LEFT, &to, &position));
  assert_false (polku_navigation_move_target (f->journey, O (f->t4), POLKU_DIRECTION_RIGHT, &to, &position));

  /* Steps go into the next phase, the empty one included. */
  assert_move (f, f->s1, POLKU_DIRECTION_RIGHT, f->pre, 1);
  assert_move (f, f->s2, POLKU_DIRECTION_RIGHT, f->purchase, 0);
  assert_move (f, f->s3, POLKU_DIRECTION_LEFT, f->purchase, 0);
  assert_move (f, f->s4, POLKU_DIRECTION_UP, f->post, 0);
  assert_false (polku_navigation_move_target (f->journey, O (f->s1), POLKU_DIRECTION_LEFT, &to, &position));
  assert_false (polku_navigation_move_target (f->journey, O (f->s4), POLKU_DIRECTION_RIGHT, &to, &position));

  /* Phases and the journey stay. */
  assert_false (polku_navigation_move_target (f->journey, O (f->pre), POLKU_DIRECTION_RIGHT, &to, &position));
  assert_false (polku_navigation_move_target (f->journey, O (f->journey), POLKU_DIRECTION_RIGHT, &to, &position));
}

static void
test_moves_apply (void **state)
{
  Fixture *f = *state;
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  g_autoptr(GBytes) before = polku_writer_write (f->document);
  g_autoptr(GBytes) after = NULL;
  PolkuLocation location;
  GObject *to;
  guint position;

  /* Alt+Right six times takes t1 from the first step to the last. */
  for (guint i = 0; i < 6; i++)
    {
      PolkuLocation from;

      assert_true (polku_navigation_move_target (f->journey, O (f->t1), POLKU_DIRECTION_RIGHT, &to, &position));
      assert_true (polku_navigation_locate (f->journey, O (f->t1), &from));
      polku_undo_stack_push (stack, polku_command_new_move (O (from.step), from.touchpoint_position,
                                                            to, position));
    }
  assert_true (polku_navigation_locate (f->journey, O (f->t1), &location));
  assert_ptr_equal (location.step, f->s4);
  assert_int_equal (location.touchpoint_position, 1);
  assert_false (polku_navigation_move_target (f->journey, O (f->t1), POLKU_DIRECTION_RIGHT, &to, &position));

  while (polku_undo_stack_undo (stack))
    ;
  after = polku_writer_write (f->document);
  assert_true (g_bytes_equal (before, after));
}

static void
test_drop_targets (void **state)
{
  Fixture *f = *state;
  guint position = G_MAXUINT;

  /* Dropping where it is, or just after itself, moves nothing. */
  assert_false (polku_navigation_drop_target (f->journey, O (f->t1), O (f->s1), 0, &position));
  assert_false (polku_navigation_drop_target (f->journey, O (f->t1), O (f->s1), 1, &position));
  /* At the end of its own step: counted after its removal. */
  assert_true (polku_navigation_drop_target (f->journey, O (f->t1), O (f->s1), 2, &position));
  assert_int_equal (position, 1);
  assert_true (polku_navigation_drop_target (f->journey, O (f->t2), O (f->s1), 0, &position));
  assert_int_equal (position, 0);
  /* Into another step, beyond its end clamps to the end. */
  assert_true (polku_navigation_drop_target (f->journey, O (f->t1), O (f->s3), 0, &position));
  assert_int_equal (position, 0);
  assert_true (polku_navigation_drop_target (f->journey, O (f->t1), O (f->s4), 9, &position));
  assert_int_equal (position, 1);
  /* Steps into phases. */
  assert_true (polku_navigation_drop_target (f->journey, O (f->s1), O (f->purchase), 0, &position));
  assert_int_equal (position, 0);
  assert_false (polku_navigation_drop_target (f->journey, O (f->s2), O (f->pre), 2, &position));
  /* What a container cannot hold. */
  assert_false (polku_navigation_drop_target (f->journey, O (f->t1), O (f->pre), 0, &position));
  assert_false (polku_navigation_drop_target (f->journey, O (f->s1), O (f->s2), 0, &position));
  assert_false (polku_navigation_drop_target (f->journey, O (f->pre), O (f->journey), 0, &position));
}

static void
test_drop_on_items (void **state)
{
  Fixture *f = *state;
  GObject *container = NULL;
  guint position = G_MAXUINT;

  assert_true (polku_navigation_drop_on_item (f->journey, O (f->t4), O (f->t1), FALSE, &container, &position));
  assert_ptr_equal (container, f->s1);
  assert_int_equal (position, 0);
  assert_true (polku_navigation_drop_on_item (f->journey, O (f->t4), O (f->t1), TRUE, &container, &position));
  assert_ptr_equal (container, f->s1);
  assert_int_equal (position, 1);
  assert_true (polku_navigation_drop_on_item (f->journey, O (f->t1), O (f->s3), FALSE, &container, &position));
  assert_ptr_equal (container, f->s3);
  assert_int_equal (position, 0);
  assert_true (polku_navigation_drop_on_item (f->journey, O (f->t1), O (f->s2), TRUE, &container, &position));
  assert_ptr_equal (container, f->s2);
  assert_int_equal (position, 1);
  assert_false (polku_navigation_drop_on_item (f->journey, O (f->t1), O (f->pre), TRUE, &container, &position));

  assert_true (polku_navigation_drop_on_item (f->journey, O (f->s1), O (f->s4), TRUE, &container, &position));
  assert_ptr_equal (container, f->post);
  assert_int_equal (position, 2);
  assert_true (polku_navigation_drop_on_item (f->journey, O (f->s4), O (f->purchase), FALSE, &container, &position));
  assert_ptr_equal (container, f->purchase);
  assert_int_equal (position, 0);
  assert_false (polku_navigation_drop_on_item (f->journey, O (f->s1), O (f->t4), TRUE, &container, &position));
  assert_false (polku_navigation_drop_on_item (f->journey, O (f->pre), O (f->post), TRUE, &container, &position));
}

static void
test_insertion (void **state)
{
  Fixture *f = *state;
  PolkuPhase *phase;
  PolkuStep *step;
  guint position;
  g_autoptr(PolkuJourney) empty = polku_journey_new ("e");

  polku_navigation_step_insertion (f->journey, O (f->t1), &phase, &position);
  assert_ptr_equal (phase, f->pre);
  assert_int_equal (position, 1);
  polku_navigation_step_insertion (f->journey, O (f->s2), &phase, &position);
  assert_ptr_equal (phase, f->pre);
  assert_int_equal (position, 2);
  polku_navigation_step_insertion (f->journey, O (f->purchase), &phase, &position);
  assert_ptr_equal (phase, f->purchase);
  assert_int_equal (position, 0);
  polku_navigation_step_insertion (f->journey, O (f->journey), &phase, &position);
  assert_ptr_equal (phase, f->pre);
  assert_int_equal (position, 2);

  assert_true (polku_navigation_touchpoint_insertion (f->journey, O (f->t1), &step, &position));
  assert_ptr_equal (step, f->s1);
  assert_int_equal (position, 1);
  assert_true (polku_navigation_touchpoint_insertion (f->journey, O (f->s3), &step, &position));
  assert_ptr_equal (step, f->s3);
  assert_int_equal (position, 0);
  assert_true (polku_navigation_touchpoint_insertion (f->journey, O (f->pre), &step, &position));
  assert_ptr_equal (step, f->s2);
  assert_int_equal (position, 1);
  assert_false (polku_navigation_touchpoint_insertion (f->journey, O (f->purchase), &step, &position));
  assert_true (polku_navigation_touchpoint_insertion (f->journey, O (f->journey), &step, &position));
  assert_ptr_equal (step, f->s4);
  assert_int_equal (position, 1);
  assert_false (polku_navigation_touchpoint_insertion (empty, O (empty), &step, &position));
  assert_null (step);
}

static void
test_after_removal (void **state)
{
  Fixture *f = *state;

  assert_ptr_equal (polku_navigation_after_removal (f->journey, O (f->t1)), f->t2);
  assert_ptr_equal (polku_navigation_after_removal (f->journey, O (f->t2)), f->t1);
  assert_ptr_equal (polku_navigation_after_removal (f->journey, O (f->t3)), f->s2);
  assert_ptr_equal (polku_navigation_after_removal (f->journey, O (f->s1)), f->s2);
  assert_ptr_equal (polku_navigation_after_removal (f->journey, O (f->s4)), f->s3);
  assert_null (polku_navigation_after_removal (f->journey, O (f->pre)));
}

static void
test_score_digits (void **state)
{
  double score = NAN;

  assert_true (polku_navigation_score_for_digit (1, 5, 3, &score));
  assert_true (score == 3);
  assert_false (polku_navigation_score_for_digit (1, 5, 6, &score));
  assert_false (polku_navigation_score_for_digit (1, 5, 0, &score));
  assert_true (polku_navigation_score_for_digit (1, 10, 0, &score));
  assert_true (score == 10);
  assert_true (polku_navigation_score_for_digit (0, 10, 0, &score));
  assert_true (score == 0);
  assert_true (polku_navigation_score_for_digit (1, 7, 7, &score));
  assert_true (score == 7);
}

static void
test_name_property (void **state)
{
  Fixture *f = *state;

  assert_string_equal (polku_navigation_get_name_property (O (f->journey)), "title");
  assert_string_equal (polku_navigation_get_name_property (O (f->pre)), "label");
  assert_string_equal (polku_navigation_get_name_property (O (f->s1)), "name");
  assert_string_equal (polku_navigation_get_name_property (O (f->t1)), "name");
}

static void
test_duplicate (void **state)
{
  Fixture *f = *state;
  g_autoptr(PolkuStep) step_copy = NULL;
  g_autoptr(PolkuJourney) journey_copy = NULL;
  g_autoptr(PolkuTouchpoint) touchpoint_copy = NULL;
  const guint32 counts[5] = { 1, 0, 2, 5, 9 };
  gsize n_counts;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) copied = NULL;
  g_autoptr(PolkuDocument) other = polku_document_new ();
  g_autofree char *original_text = NULL;
  g_autofree char *copied_text = NULL;
  g_autofree char *fixed_text = NULL;

  polku_touchpoint_set_score (f->t1, 2.5);
  polku_touchpoint_set_criticality (f->t1, POLKU_CRITICALITY_CRITICAL);
  polku_touchpoint_set_field (f->t1, POLKU_TOUCHPOINT_FIELD_NOTES, "Slow");
  polku_touchpoint_set_counts (f->t1, POLKU_SURVEY_SATISFACTION, counts, 5);
  polku_step_set_gate (f->s1, TRUE);

  touchpoint_copy = polku_duplicate_touchpoint (f->t1, f->document);
  assert_string_equal (polku_touchpoint_get_id (touchpoint_copy), "t5");
  assert_string_equal (polku_touchpoint_get_name (touchpoint_copy), "t1");
  assert_true (polku_touchpoint_get_score (touchpoint_copy) == 2.5);
  assert_int_equal (polku_touchpoint_get_criticality (touchpoint_copy), POLKU_CRITICALITY_CRITICAL);
  assert_string_equal (polku_touchpoint_get_field (touchpoint_copy, POLKU_TOUCHPOINT_FIELD_NOTES), "Slow");
  assert_memory_equal (polku_touchpoint_get_counts (touchpoint_copy, POLKU_SURVEY_SATISFACTION, &n_counts),
                       counts, sizeof counts);
  assert_int_equal (n_counts, 5);
  assert_false (polku_touchpoint_has_target (touchpoint_copy));

  /* A step's touchpoints get ids of their own, none the document has. */
  step_copy = polku_duplicate_step (f->s1, f->document);
  assert_string_equal (polku_step_get_id (step_copy), "s5");
  assert_true (polku_step_get_gate (step_copy));
  assert_int_equal (polku_step_get_n_touchpoints (step_copy), 2);
  assert_string_equal (polku_touchpoint_get_id (polku_step_get_touchpoint (step_copy, 0)), "t5");
  assert_string_equal (polku_touchpoint_get_id (polku_step_get_touchpoint (step_copy, 1)), "t6");

  /* A journey saves as the original does, but for its ids and dates. */
  polku_journey_set_title (f->journey, "Journey");
  polku_journey_set_scale (f->journey, 0, 10);
  polku_phase_set_label (f->purchase, "Buying");
  journey_copy = polku_duplicate_journey (f->journey, f->document);
  assert_string_equal (polku_journey_get_id (journey_copy), "journey1");
  assert_int_equal (polku_journey_get_scale_min (journey_copy), 0);
  assert_int_equal (polku_journey_get_scale_max (journey_copy), 10);
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey_copy, 1)), "Buying");
  assert_int_equal (polku_journey_count_touchpoints (journey_copy), 4);

  original = polku_writer_write (f->document);
  polku_document_append_journey (other, journey_copy);
  copied = polku_writer_write (other);
  original_text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  copied_text = g_strndup (g_bytes_get_data (copied, NULL), g_bytes_get_size (copied));
  assert_non_null (strstr (copied_text, "id=\"s8\""));
  assert_null (strstr (copied_text, "id=\"s1\""));
  {
    /* Renumber the copy's ids back: s5… → s1…, t5… → t1…, journey1 → j. */
    g_autoptr(GRegex) ids = g_regex_new ("id=\"journey1\"", 0, 0, NULL);
    g_autofree char *step = NULL;
    g_autofree char *renumbered = g_regex_replace_literal (ids, copied_text, -1, 0, "id=\"j\"", 0, NULL);
    GString *text = g_string_new (renumbered);

    for (guint i = 5; i <= 8; i++)
      {
        g_autofree char *from = g_strdup_printf ("id=\"s%u\"", i);
        g_autofree char *to = g_strdup_printf ("id=\"s%u\"", i - 4);
        g_autofree char *tfrom = g_strdup_printf ("id=\"t%u\"", i);
        g_autofree char *tto = g_strdup_printf ("id=\"t%u\"", i - 4);

        g_string_replace (text, from, to, 0);
        g_string_replace (text, tfrom, tto, 0);
      }
    fixed_text = g_string_free (text, FALSE);
  }
  assert_string_equal (fixed_text, original_text);
}

static void
on_changed_cb (PolkuJourneyMonitor *monitor,
               guint               *n_changes)
{
  (*n_changes)++;
}

static void
test_monitor (void **state)
{
  Fixture *f = *state;
  g_autoptr(PolkuJourneyMonitor) monitor = polku_journey_monitor_new (f->journey);
  g_autoptr(PolkuStep) step = polku_step_new ("s9", "New");
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t9", "New");
  guint n_changes = 0;

  g_signal_connect (monitor, "changed", G_CALLBACK (on_changed_cb), &n_changes);

  polku_journey_set_title (f->journey, "Title");
  assert_int_equal (n_changes, 1);
  polku_phase_set_label (f->post, "After");
  assert_int_equal (n_changes, 2);
  polku_touchpoint_set_score (f->t4, 3);
  assert_int_equal (n_changes, 3);
  polku_step_set_field (f->s3, POLKU_STEP_FIELD_DOING, "Waits");
  assert_int_equal (n_changes, 4);

  /* New steps and touchpoints are watched as they come. */
  polku_phase_append_step (f->purchase, step);
  assert_int_equal (n_changes, 5);
  polku_step_append_touchpoint (step, touchpoint);
  assert_int_equal (n_changes, 6);
  polku_touchpoint_set_name (touchpoint, "Renamed");
  assert_int_equal (n_changes, 7);

  /* Removed ones no longer are. */
  polku_phase_remove_step (f->purchase, 0);
  assert_int_equal (n_changes, 8);
  polku_touchpoint_set_name (touchpoint, "Gone");
  polku_step_set_name (step, "Gone");
  assert_int_equal (n_changes, 8);

  /* Nor anything once the monitor is gone. */
  g_clear_object (&monitor);
  polku_touchpoint_set_score (f->t4, 4);
  assert_int_equal (n_changes, 8);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_locate, setup, teardown),
    cmocka_unit_test_setup_teardown (test_neighbours, setup, teardown),
    cmocka_unit_test_setup_teardown (test_lane_enters_empty_steps, setup, teardown),
    cmocka_unit_test_setup_teardown (test_home_and_end, setup, teardown),
    cmocka_unit_test_setup_teardown (test_neighbours_of_steps_and_phases, setup, teardown),
    cmocka_unit_test_setup_teardown (test_move_targets, setup, teardown),
    cmocka_unit_test_setup_teardown (test_moves_apply, setup, teardown),
    cmocka_unit_test_setup_teardown (test_drop_targets, setup, teardown),
    cmocka_unit_test_setup_teardown (test_drop_on_items, setup, teardown),
    cmocka_unit_test_setup_teardown (test_insertion, setup, teardown),
    cmocka_unit_test_setup_teardown (test_after_removal, setup, teardown),
    cmocka_unit_test (test_score_digits),
    cmocka_unit_test_setup_teardown (test_name_property, setup, teardown),
    cmocka_unit_test_setup_teardown (test_duplicate, setup, teardown),
    cmocka_unit_test_setup_teardown (test_monitor, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
