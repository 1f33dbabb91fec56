/* test-metrics.c: satisfaction figures, against the method's worked examples
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

#define assert_near(a, b) assert_true (fabs ((a) - (b)) < 1e-9)

/* 100 answers: 70 promoters, 20 passives, 10 detractors → NPS 60. */
/* Every survey's number of answer values, and answers counted. */
static void
test_survey_size (void **state)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j");
  const guint32 counts[] = { 3, 0, 4, 1, 2 };

  assert_int_equal (polku_metrics_survey_size (journey, POLKU_SURVEY_SATISFACTION), 5);
  polku_journey_set_scale (journey, 0, 10);
  assert_int_equal (polku_metrics_survey_size (journey, POLKU_SURVEY_SATISFACTION), 11);
  assert_int_equal (polku_metrics_survey_size (journey, POLKU_SURVEY_NPS), 11);
  assert_int_equal (polku_metrics_survey_size (journey, POLKU_SURVEY_CES), 5);

  assert_int_equal (polku_metrics_count_answers (counts, G_N_ELEMENTS (counts)), 10);
  assert_int_equal (polku_metrics_count_answers (NULL, 0), 0);
}

static void
test_nps_worked_example (void **state)
{
  guint counts[POLKU_NPS_N_VALUES] = { 0 };

  counts[10] = 40;
  counts[9] = 30;
  counts[8] = 12;
  counts[7] = 8;
  counts[6] = 6;
  counts[2] = 4;
  assert_near (polku_metrics_nps (counts), 60);
}

static void
test_nps_bounds (void **state)
{
  guint all_promoters[POLKU_NPS_N_VALUES] = { [9] = 3, [10] = 5 };
  guint all_detractors[POLKU_NPS_N_VALUES] = { [0] = 1, [6] = 9 };
  guint none[POLKU_NPS_N_VALUES] = { 0 };

  assert_near (polku_metrics_nps (all_promoters), 100);
  assert_near (polku_metrics_nps (all_detractors), -100);
  assert_true (isnan (polku_metrics_nps (none)));
}

/* 100 answers on 1–10 with the mean 8.5 → CSAT index 85. */
static void
test_csat_worked_example (void **state)
{
  guint counts[10] = { 0 };
  double mean;

  counts[8 - 1] = 50;
  counts[9 - 1] = 50;
  mean = polku_metrics_mean_from_counts (counts, 1, 10);
  assert_near (mean, 8.5);
  assert_near (polku_metrics_csat (mean, 10), 85);
}

/* 100 answers on 1–5 with the mean 4.2 → CES 4.2. */
static void
test_ces_worked_example (void **state)
{
  guint counts[POLKU_CES_N_VALUES] = { 0, 4, 12, 44, 40 };

  assert_near (polku_metrics_ces (counts), 4.2);
}

static void
test_mean_on_zero_based_scale (void **state)
{
  guint counts[11] = { [0] = 1, [10] = 1 };
  guint none[11] = { 0 };

  assert_near (polku_metrics_mean_from_counts (counts, 0, 10), 5);
  assert_true (isnan (polku_metrics_mean_from_counts (none, 0, 10)));
}

static PolkuTouchpoint *
add_touchpoint (PolkuStep        *step,
                const char       *id,
                PolkuCriticality  criticality,
                PolkuRole         role,
                double            score,
                double            target)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, id);

  polku_touchpoint_set_criticality (touchpoint, criticality);
  polku_touchpoint_set_role (touchpoint, role);
  polku_touchpoint_set_score (touchpoint, score);
  polku_touchpoint_set_target (touchpoint, target);
  polku_step_append_touchpoint (step, touchpoint);
  return touchpoint;
}

static void
test_summaries (void **state)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j");
  g_autoptr(PolkuStep) a = polku_step_new ("a", "A");
  g_autoptr(PolkuStep) b = polku_step_new ("b", "B");
  PolkuScoreSummary summary;

  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE), a);
  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE), b);
  add_touchpoint (a, "t1", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, 2, NAN);
  add_touchpoint (a, "t2", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, 4, NAN);
  add_touchpoint (a, "t3", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, NAN, NAN);
  add_touchpoint (b, "t4", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, 5, NAN);

  polku_metrics_summarize_step (a, &summary);
  assert_int_equal (summary.n_touchpoints, 3);
  assert_int_equal (summary.n_scored, 2);
  assert_near (summary.mean, 3);
  assert_near (summary.minimum, 2);

  polku_metrics_summarize_phase (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), &summary);
  assert_int_equal (summary.n_touchpoints, 0);
  assert_true (isnan (summary.mean));
  assert_true (isnan (summary.minimum));

  polku_metrics_summarize_journey (journey, &summary);
  assert_int_equal (summary.n_touchpoints, 4);
  assert_int_equal (summary.n_scored, 3);
  assert_near (summary.mean, 11.0 / 3);
  assert_near (summary.minimum, 2);
}

static void
test_fix_first_order (void **state)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j");
  g_autoptr(PolkuStep) step = polku_step_new ("s", "S");
  g_autoptr(GPtrArray) list = NULL;
  PolkuTouchpoint *small_cp, *big_np, *no_target_cp, *opportunity, *met, *unscored, *big_co;

  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  /* On 1–5 the midpoint is 3. */
  small_cp = add_touchpoint (step, "small-cp", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, 3.5, 4);
  big_np = add_touchpoint (step, "big-np", POLKU_CRITICALITY_NON_CRITICAL, POLKU_ROLE_PREREQUISITE, 1, 5);
  no_target_cp = add_touchpoint (step, "no-target-cp", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, 2, NAN);
  opportunity = add_touchpoint (step, "opportunity", POLKU_CRITICALITY_NON_CRITICAL, POLKU_ROLE_OPPORTUNITY, 1, 5);
  met = add_touchpoint (step, "met", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, 4, 4);
  unscored = add_touchpoint (step, "unscored", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_PREREQUISITE, NAN, 4);
  big_co = add_touchpoint (step, "big-co", POLKU_CRITICALITY_CRITICAL, POLKU_ROLE_OPPORTUNITY, 2, 4);

  assert_false (polku_metrics_needs_fixing (journey, opportunity));
  assert_false (polku_metrics_needs_fixing (journey, met));
  assert_false (polku_metrics_needs_fixing (journey, unscored));
  assert_near (polku_metrics_gap (journey, no_target_cp), 1);

  list = polku_metrics_fix_first (journey);
  assert_int_equal (list->len, 4);
  /* Critical prerequisites first, by gap: 1 (no target, under the midpoint), 0.5. */
  assert_ptr_equal (g_ptr_array_index (list, 0), no_target_cp);
  assert_ptr_equal (g_ptr_array_index (list, 1), small_cp);
  /* Then the rest by gap: 4, then 2. */
  assert_ptr_equal (g_ptr_array_index (list, 2), big_np);
  assert_ptr_equal (g_ptr_array_index (list, 3), big_co);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_survey_size),
    cmocka_unit_test (test_nps_worked_example),
    cmocka_unit_test (test_nps_bounds),
    cmocka_unit_test (test_csat_worked_example),
    cmocka_unit_test (test_ces_worked_example),
    cmocka_unit_test (test_mean_on_zero_based_scale),
    cmocka_unit_test (test_summaries),
    cmocka_unit_test (test_fix_first_order),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
