/* test-rewrap.c: a map wrapped again for another width, from what its last
 * layout measured, is the map laid out anew for that width
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
#include "polku-render.h"
#include "polku-map-layout-private.h"
#include "polku-test.h"

static const char *names[] = {
  "Booking page",
  "A call to the service desk that is put through twice",
  "Reminder",
  "Asiakaspalvelukeskuksen takaisinsoittopyyntöjärjestelmä",
};

/* Steps of every phase but the last, which has none; each step with its
 * own number of cards, some none, some a gate or customer texts. */
static PolkuJourney *
make_journey (void)
{
  PolkuJourney *journey = polku_journey_new ("rewrap");
  guint made = 0;

  polku_journey_set_title (journey, "Moving house");
  for (guint kind = 0; kind + 1 < POLKU_N_PHASE_KINDS; kind++)
    for (guint s = 0; s < 7; s++)
      {
        g_autofree char *step_id = g_strdup_printf ("s%u-%u", kind, s);
        g_autofree char *step_name = g_strdup_printf ("Step %u of phase %u", s + 1, kind + 1);
        g_autoptr(PolkuStep) step = polku_step_new (step_id, step_name);

        polku_step_set_gate (step, s % 4 == 1);
        if (s % 3 == 0)
          polku_step_set_field (step, POLKU_STEP_FIELD_DOING, "Compares the offers on the phone");
        for (guint t = 0; t < (s * 5 + kind) % 4; t++, made++)
          {
            g_autofree char *id = g_strdup_printf ("t%u", made);
            g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, names[made % G_N_ELEMENTS (names)]);

            polku_touchpoint_set_channel (touchpoint, made % POLKU_N_CHANNELS);
            polku_touchpoint_set_criticality (touchpoint, made % 3 == 0);
            polku_touchpoint_set_role (touchpoint, made % 2);
            if (made % 5 != 4)
              polku_touchpoint_set_score (touchpoint, 1 + (made % 9) / 2.0);
            polku_touchpoint_set_target (touchpoint, 4);
            polku_step_append_touchpoint (step, touchpoint);
          }
        polku_phase_append_step (polku_journey_get_phase (journey, kind), step);
      }
  return journey;
}

static void
assert_rects_equal (const PolkuRect *a,
                    const PolkuRect *b)
{
  assert_float_equal (a->x, b->x, 1e-9);
  assert_float_equal (a->y, b->y, 1e-9);
  assert_float_equal (a->width, b->width, 1e-9);
  assert_float_equal (a->height, b->height, 1e-9);
}

static void
assert_texts_equal (const PolkuMapText *a,
                    const PolkuMapText *b)
{
  assert_true ((a->layout == NULL) == (b->layout == NULL));
  if (a->layout == NULL)
    return;
  assert_string_equal (pango_layout_get_text (a->layout), pango_layout_get_text (b->layout));
  assert_rects_equal (&(PolkuRect) { a->x, a->y, a->width, a->height },
                      &(PolkuRect) { b->x, b->y, b->width, b->height });
}

/* NAN equals NAN: a point not plotted in either. */
static void
assert_same_y (double a,
               double b)
{
  assert_true (isnan (a) == isnan (b));
  if (!isnan (a))
    assert_float_equal (a, b, 1e-9);
}

/* The same map: its size, and every row, lane, phase, step and card where
 * the other has it, with the same texts. */
static void
assert_layouts_equal (PolkuMapLayout *a,
                      PolkuMapLayout *b)
{
  assert_float_equal (polku_map_layout_get_width (a), polku_map_layout_get_width (b), 1e-9);
  assert_float_equal (polku_map_layout_get_height (a), polku_map_layout_get_height (b), 1e-9);
  assert_int_equal (a->rows->len, b->rows->len);
  assert_int_equal (a->phases->len, b->phases->len);
  assert_int_equal (a->steps->len, b->steps->len);
  assert_int_equal (a->cards->len, b->cards->len);

  for (guint i = 0; i < a->rows->len; i++)
    {
      PolkuMapRow *row_a = POLKU_MAP_ROW_AT (a, i);
      PolkuMapRow *row_b = POLKU_MAP_ROW_AT (b, i);

      assert_int_equal (row_a->first_card, row_b->first_card);
      assert_int_equal (row_a->n_cards, row_b->n_cards);
      assert_int_equal (row_a->lanes->len, row_b->lanes->len);
      for (guint j = 0; j < row_a->lanes->len; j++)
        {
          PolkuMapLane *lane_a = &g_array_index (row_a->lanes, PolkuMapLane, j);
          PolkuMapLane *lane_b = &g_array_index (row_b->lanes, PolkuMapLane, j);

          assert_rects_equal (&lane_a->rect, &lane_b->rect);
          assert_texts_equal (&lane_a->title, &lane_b->title);
        }
    }
  for (guint i = 0; i < a->phases->len; i++)
    {
      assert_rects_equal (&POLKU_MAP_PHASE_AT (a, i)->column, &POLKU_MAP_PHASE_AT (b, i)->column);
      assert_texts_equal (&POLKU_MAP_PHASE_AT (a, i)->label, &POLKU_MAP_PHASE_AT (b, i)->label);
    }
  for (guint i = 0; i < a->steps->len; i++)
    {
      PolkuMapStep *step_a = POLKU_MAP_STEP_AT (a, i);
      PolkuMapStep *step_b = POLKU_MAP_STEP_AT (b, i);
      PolkuRect rect_a, rect_b;

      assert_ptr_equal (step_a->step, step_b->step);
      assert_true (polku_map_layout_get_step_rect (a, step_a->step, &rect_a));
      assert_true (polku_map_layout_get_step_rect (b, step_a->step, &rect_b));
      assert_rects_equal (&rect_a, &rect_b);
      assert_texts_equal (&step_a->name, &step_b->name);
      assert_rects_equal (&step_a->gate_chip.rect, &step_b->gate_chip.rect);
      assert_rects_equal (&step_a->placeholder, &step_b->placeholder);
      for (guint f = 0; f < POLKU_STEP_N_FIELDS; f++)
        assert_texts_equal (&step_a->cells[f], &step_b->cells[f]);
    }
  for (guint i = 0; i < a->cards->len; i++)
    {
      PolkuMapCard *card_a = POLKU_MAP_CARD_AT (a, i);
      PolkuMapCard *card_b = POLKU_MAP_CARD_AT (b, i);
      PolkuRect rect_a, rect_b;

      assert_ptr_equal (card_a->touchpoint, card_b->touchpoint);
      assert_true (polku_map_layout_get_touchpoint_rect (a, card_a->touchpoint, &rect_a));
      assert_true (polku_map_layout_get_touchpoint_rect (b, card_a->touchpoint, &rect_b));
      assert_rects_equal (&rect_a, &rect_b);
      assert_rects_equal (&card_a->role_chip.rect, &card_b->role_chip.rect);
      assert_rects_equal (&card_a->critical_chip.rect, &card_b->critical_chip.rect);
      assert_texts_equal (&card_a->name, &card_b->name);
      assert_texts_equal (&card_a->channel, &card_b->channel);
      assert_texts_equal (&card_a->value, &card_b->value);
      assert_same_y (card_a->score_y, card_b->score_y);
      assert_same_y (card_a->target_y, card_b->target_y);
      assert_int_equal (card_a->as_is.next, card_b->as_is.next);
    }
}

/* Narrower and wider by turns, as a window is resized: each layout wrapped
 * from the one before is the map laid out anew for its width. */
static void
test_rewrap_is_a_fresh_layout (void **state)
{
  static const double widths[] = { 1400, 900, 2600, 620, 1400 };
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuJourneyMonitor) monitor = polku_journey_monitor_new (journey);
  g_autoptr(PolkuMapLayout) previous = NULL;
  guint n_rows[G_N_ELEMENTS (widths)];

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autoptr(PolkuMapLayout) rewrapped = NULL;
      g_autoptr(PolkuMapLayout) fresh = polku_map_layout_new_for_width (journey, widths[i]);

      rewrapped = polku_map_layout_new_for_width_counted (previous, journey,
                                                          polku_journey_monitor_get_serial (monitor), widths[i]);
      /* It took what the one before measured. */
      if (previous != NULL)
        assert_ptr_equal (rewrapped->measured, previous->measured);
      assert_layouts_equal (rewrapped, fresh);
      n_rows[i] = polku_map_layout_get_n_rows (rewrapped);
      g_set_object (&previous, rewrapped);
    }
  /* The widths wrap it differently. */
  assert_true (n_rows[1] > n_rows[0]);
  assert_true (n_rows[3] > n_rows[1]);
  assert_true (n_rows[2] < n_rows[0]);
}

/* How high a touchpoint's score stands in the plot of its row, from 0 at
 * the foot to 1 at the top. */
static double
plot_height_of (PolkuMapLayout  *layout,
                PolkuTouchpoint *touchpoint)
{
  double x, y;

  assert_true (polku_map_layout_get_score_point (layout, touchpoint, &x, &y));
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PolkuMapRow *row = POLKU_MAP_ROW_AT (layout, i);

      if (y >= row->plot_top && y <= row->plot_bottom)
        return (row->plot_bottom - y) / (row->plot_bottom - row->plot_top);
    }
  fail_msg ("the score of %s is on no row's plot", polku_touchpoint_get_name (touchpoint));
  return NAN;
}

/* A change between two layouts shows in the second: the card renamed grows,
 * the card added is placed, the score moved stands elsewhere. */
static void
test_rewrap_after_an_edit (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuJourneyMonitor) monitor = polku_journey_monitor_new (journey);
  g_autoptr(PolkuMapLayout) before = NULL;
  g_autoptr(PolkuMapLayout) after = NULL;
  g_autoptr(PolkuMapLayout) fresh = NULL;
  g_autoptr(PolkuTouchpoint) added = polku_touchpoint_new ("added", "Moving day checklist");
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, 0), 3);
  PolkuTouchpoint *renamed = polku_step_get_touchpoint (step, 0);
  PolkuTouchpoint *scored = polku_step_get_touchpoint (step, 1);
  PolkuRect rect_before, rect_after;
  double score_before, score_after;

  polku_touchpoint_set_score (scored, 1);
  before = polku_map_layout_new_for_width_counted (NULL, journey, polku_journey_monitor_get_serial (monitor), 1400);
  assert_true (polku_map_layout_get_touchpoint_rect (before, renamed, &rect_before));
  score_before = plot_height_of (before, scored);

  polku_touchpoint_set_name (renamed, "A call to the service desk that is put through twice, "
                                      "then once more to a colleague who knows the contract");
  polku_touchpoint_set_score (scored, 5);
  polku_step_append_touchpoint (step, added);

  after = polku_map_layout_new_for_width_counted (before, journey, polku_journey_monitor_get_serial (monitor), 900);
  assert_ptr_not_equal (after->measured, before->measured);
  assert_true (polku_map_layout_get_touchpoint_rect (after, renamed, &rect_after));
  assert_true (rect_after.height > rect_before.height || rect_after.width > rect_before.width);
  assert_true (polku_map_layout_get_touchpoint_rect (after, added, &rect_after));
  score_after = plot_height_of (after, scored);
  /* From the foot of the scale to its top. */
  assert_float_equal (score_before, 0, 1e-9);
  assert_float_equal (score_after, 1, 1e-9);

  fresh = polku_map_layout_new_for_width (journey, 900);
  assert_layouts_equal (after, fresh);
}

/* Only a layout of the same journey lends what it measured. */
static void
test_rewrap_other_journey (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuJourney) other = make_journey ();
  g_autoptr(PolkuMapLayout) before = NULL;
  g_autoptr(PolkuMapLayout) after = NULL;
  g_autoptr(PolkuMapLayout) fresh = NULL;

  polku_touchpoint_set_name (polku_step_get_touchpoint (polku_phase_get_step (polku_journey_get_phase (other, 0), 1),
                                                        0),
                             "Another journey's touchpoint, named at length to be a larger card");
  before = polku_map_layout_new_for_width_counted (NULL, journey, 0, 1400);
  after = polku_map_layout_new_for_width_counted (before, other, 0, 1400);
  assert_ptr_not_equal (after->measured, before->measured);
  fresh = polku_map_layout_new_for_width (other, 1400);
  assert_layouts_equal (after, fresh);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_rewrap_is_a_fresh_layout),
    cmocka_unit_test (test_rewrap_after_an_edit),
    cmocka_unit_test (test_rewrap_other_journey),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
