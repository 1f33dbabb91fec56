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

#include "polku-bench.h"
#include "polku-render.h"
#include "polku-text-cache-private.h"

#define N_TOUCHPOINTS 1000
#define REPEATS       41
#define VIEW_WIDTH    1200
#define VIEW_HEIGHT   800
#define TARGET_MS     8.0

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
  g_autoptr(PolkuJourney) journey = polku_bench_journey_new (N_TOUCHPOINTS);
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
      baseline[r] = polku_bench_ms_since (start);
    }

  for (guint r = 0; r < 5; r++)
    {
      gint64 start;
      g_autoptr(PolkuMapLayout) layout = NULL;

      _polku_text_cache_clear ();
      start = g_get_monotonic_time ();
      layout = polku_map_layout_new (journey);
      cold[r] = polku_bench_ms_since (start);
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
      edit_layout[r] = polku_bench_ms_since (start);
      g_assert (polku_map_layout_get_touchpoint_rect (layout, edited, &card));
      draw_view (layout, cr, card.x + card.width / 2, card.y + card.height / 2);
      cairo_surface_flush (surface);
      edit_total[r] = polku_bench_ms_since (start);
    }
  g_assert (cairo_status (cr) == CAIRO_STATUS_SUCCESS);

  baseline_ms = polku_bench_median (baseline, REPEATS);
  cold_ms = polku_bench_median (cold, 5);
  layout_ms = polku_bench_median (edit_layout, REPEATS);
  total_ms = polku_bench_median (edit_total, REPEATS);

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
