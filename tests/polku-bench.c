/* polku-bench.c: what the benchmarks share: a large journey, and the
 * median of timed runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "polku-bench.h"

#define PER_STEP 8

static const char * const lane_texts[] = {
  "Looks for the workshop's number on the website and calls it",
  "Will they have a free slot before the weekend?",
  "Hurried, a little worried about the cost",
  "An answer within a minute, a clear price",
  "Booking by phone or online, confirmed by text message",
  "Reception knows the car's history and the open recalls",
  "Booking system, parts stock, price list",
  "Customers ask for evening slots; the phone queue is long on Mondays",
};

PolkuJourney *
polku_bench_journey_new (guint n_touchpoints)
{
  PolkuJourney *journey = polku_journey_new ("bench");
  guint made = 0;
  guint n_steps = 0;

  polku_journey_set_title (journey, "Car maintenance visit, every workshop of the chain");
  polku_journey_set_segment (journey, "Private car owners");
  while (made < n_touchpoints)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, n_steps * POLKU_N_PHASE_KINDS /
                                                   (n_touchpoints / PER_STEP + 1));
      g_autofree char *step_id = g_strdup_printf ("s%u", n_steps);
      g_autofree char *step_name = g_strdup_printf ("Step %u of the customer's process", n_steps + 1);
      g_autoptr(PolkuStep) step = polku_step_new (step_id, step_name);

      for (guint f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
        polku_step_set_field (step, f, lane_texts[(f + n_steps) % G_N_ELEMENTS (lane_texts)]);
      polku_step_set_gate (step, n_steps % 7 == 3);
      polku_phase_append_step (phase, step);
      n_steps++;

      for (guint i = 0; i < PER_STEP && made < n_touchpoints; i++, made++)
        {
          g_autofree char *id = g_strdup_printf ("t%u", made);
          g_autofree char *name = g_strdup_printf ("Touchpoint number %u", made);
          g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, name);

          polku_touchpoint_set_channel (touchpoint, made % POLKU_N_CHANNELS);
          polku_touchpoint_set_criticality (touchpoint, made % 2);
          polku_touchpoint_set_role (touchpoint, (made / 2) % 2);
          polku_touchpoint_set_score (touchpoint, 1 + (made % 17) / 4.0);
          polku_touchpoint_set_target (touchpoint, 4);
          polku_step_append_touchpoint (step, touchpoint);
        }
    }
  return journey;
}

double
polku_bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
polku_bench_median (double *values,
                    guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}
