/* bench-layout.c: what one keystroke in the editor costs the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a journey of 1,000 touchpoints with every lane's text filled
 * and measures, in the same run:
 *   - the baseline: laying out and drawing a journey without steps;
 *   - a cold layout of the large journey, its text measured from scratch;
 *   - after one edit (a touchpoint's name changes by a letter, as when
 *     typing), a new layout and a redraw of a 1200 × 800 view of the
 *     canvas around the edited card: what the editor does per keystroke.
 *
 * Target: the edit's layout and redraw ≤ 8 ms, median of the runs.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "polku-core.h"
#include "polku-render.h"
#include "polku-text-cache-private.h"

#define N_TOUCHPOINTS 1000
#define PER_STEP      8
#define REPEATS       41
#define VIEW_WIDTH    1200
#define VIEW_HEIGHT   800
#define TARGET_MS     8.0

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

static PolkuJourney *
generate (guint n_touchpoints)
{
  PolkuJourney *journey = polku_journey_new ("bench");
  guint made = 0;
  guint n_steps = 0;

  polku_journey_set_title (journey, "Car maintenance visit, every workshop of the chain");
  polku_journey_set_segment (journey, "Private car owners");
  while (made < n_touchpoints)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, n_steps % POLKU_N_PHASE_KINDS);
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

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Draws the view of the canvas whose middle is (x, y) on the map. */
static void
draw_view (PolkuMapLayout *layout,
           cairo_t        *cr,
           double          x,
           double          y)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, VIEW_WIDTH, VIEW_HEIGHT);
  cairo_clip (cr);
  cairo_translate (cr, VIEW_WIDTH / 2.0 - x, VIEW_HEIGHT / 2.0 - y);
  polku_map_draw (layout, cr, polku_palette_dark ());
  cairo_restore (cr);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PolkuJourney) empty = polku_journey_new ("empty");
  g_autoptr(PolkuJourney) journey = generate (N_TOUCHPOINTS);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_WIDTH, VIEW_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PolkuPhase *purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  PolkuStep *step = polku_phase_get_step (purchase, polku_phase_get_n_steps (purchase) / 2);
  PolkuTouchpoint *edited = polku_step_get_touchpoint (step, 1);
  g_autofree char *original = g_strdup (polku_touchpoint_get_name (edited));
  double baseline[REPEATS], cold[REPEATS], edit_layout[REPEATS], edit_total[REPEATS];
  double baseline_ms, cold_ms, layout_ms, total_ms;

  polku_journey_set_title (empty, "Empty");

  /* Fonts loaded and the empty map's text measured once, as in any app. */
  g_object_unref (polku_map_layout_new (empty));

  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (empty);

      draw_view (layout, cr, 0, 0);
      baseline[r] = elapsed_ms (start);
    }

  for (guint r = 0; r < 5; r++)
    {
      gint64 start;
      g_autoptr(PolkuMapLayout) layout = NULL;

      _polku_text_cache_clear ();
      start = g_get_monotonic_time ();
      layout = polku_map_layout_new (journey);
      cold[r] = elapsed_ms (start);
    }

  for (guint r = 0; r < REPEATS; r++)
    {
      g_autofree char *name = g_strdup_printf ("%s%c", original, 'a' + r % 26);
      g_autoptr(PolkuMapLayout) layout = NULL;
      PolkuRect card;
      gint64 start;

      /* As the editor's text field does, one letter more each time. */
      start = g_get_monotonic_time ();
      polku_touchpoint_set_name (edited, name);
      layout = polku_map_layout_new (journey);
      edit_layout[r] = elapsed_ms (start);
      g_assert (polku_map_layout_get_touchpoint_rect (layout, edited, &card));
      draw_view (layout, cr, card.x + card.width / 2, card.y + card.height / 2);
      cairo_surface_flush (surface);
      edit_total[r] = elapsed_ms (start);
    }
  g_assert (cairo_status (cr) == CAIRO_STATUS_SUCCESS);

  baseline_ms = median (baseline, REPEATS);
  cold_ms = median (cold, 5);
  layout_ms = median (edit_layout, REPEATS);
  total_ms = median (edit_total, REPEATS);

  printf ("%u touchpoints in %u steps; medians of %u runs (cold: of 5)\n",
          polku_journey_count_touchpoints (journey), polku_journey_count_steps (journey), REPEATS);
  printf ("%-44s %9.2f ms\n", "baseline: lay out and draw an empty map", baseline_ms);
  printf ("%-44s %9.2f ms  (%.1f × baseline)\n", "cold layout, all text measured",
          cold_ms, cold_ms / baseline_ms);
  printf ("%-44s %9.2f ms  (%.1f × baseline)\n", "layout after one edit",
          layout_ms, layout_ms / baseline_ms);
  printf ("%-44s %9.2f ms  (%.1f × baseline)\n", "edit to redrawn 1200 × 800 view",
          total_ms, total_ms / baseline_ms);
  printf ("target (edit to redrawn view ≤ %.0f ms): %s\n", TARGET_MS,
          total_ms <= TARGET_MS ? "met" : "MISSED");

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return total_ms <= TARGET_MS ? EXIT_SUCCESS : EXIT_FAILURE;
}
