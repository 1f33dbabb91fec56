/* test-wall.c: the map on a window or a projector: wrapped and fitted to a
 * screen, its labels kept in sight, a spotlight and a legend over it, its
 * values clear of its lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-core.h"
#include "polku-render.h"
#include "polku-map-layout-private.h"
#include "polku-text-cache-private.h"
#include "polku-test.h"

/* A window's header bar: a window of 1024 × 600 leaves the map 1024 × 553,
 * its panes folded over the map. */
#define HEADER_BAR_HEIGHT 47

static PolkuDocument *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "examples",
                                            "car-service.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuDocument *document = polku_reader_load_file (file, NULL, &error);

  assert_null (error);
  return document;
}

/* The example's first journey with every phase's steps there n times. */
static PolkuJourney *
example_times (PolkuDocument *document,
               guint          n)
{
  PolkuJourney *journey = polku_document_get_journey (document, 0);

  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);
      guint n_steps = polku_phase_get_n_steps (phase);

      for (guint k = 1; k < n; k++)
        for (guint s = 0; s < n_steps; s++)
          {
            g_autoptr(PolkuStep) copy = polku_duplicate_step (polku_phase_get_step (phase, s), document);

            polku_phase_append_step (phase, copy);
          }
    }
  return journey;
}

/* Rectangles of one kind meet nowhere, but at an edge. */
static void
assert_apart (GArray     *rects,
              const char *what)
{
  for (guint i = 0; i < rects->len; i++)
    for (guint j = i + 1; j < rects->len; j++)
      {
        PolkuRect a = g_array_index (rects, PolkuRect, i);
        PolkuRect b = g_array_index (rects, PolkuRect, j);
        PolkuRect shared;

        if (polku_rect_intersect (&a, &b, &shared) && shared.width > 0.01 && shared.height > 0.01)
          fail_msg ("%s %u and %u overlap: %.1f × %.1f", what, i, j, shared.width, shared.height);
      }
}

static void
assert_inside (const PolkuRect *outer,
               const PolkuRect *inner,
               const char      *what)
{
  PolkuRect slack = { outer->x - 0.01, outer->y - 0.01, outer->width + 0.02, outer->height + 0.02 };

  if (!polku_rect_contains_rect (&slack, inner))
    fail_msg ("%s (%.1f, %.1f, %.1f × %.1f) is outside (%.1f, %.1f, %.1f × %.1f)", what,
              inner->x, inner->y, inner->width, inner->height,
              outer->x, outer->y, outer->width, outer->height);
}

/* Nothing on the map overlaps what it should not: the columns of steps and
 * phases, the cards, and the rows; every card lies in its step's column,
 * every column in the map. */
static void
assert_no_overlap (PolkuMapLayout *layout)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  g_autoptr(GArray) phases = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  PolkuRect map = { 0, 0, polku_map_layout_get_width (layout), polku_map_layout_get_height (layout) };

  for (guint i = 0; i < layout->phases->len; i++)
    {
      PolkuMapPhase *phase = POLKU_MAP_PHASE_AT (layout, i);

      assert_inside (&map, &phase->column, "a phase");
      g_array_append_val (phases, phase->column);
    }
  for (guint i = 0; i < layout->steps->len; i++)
    {
      PolkuMapStep *step = POLKU_MAP_STEP_AT (layout, i);

      g_array_append_val (steps, step->column);
      for (guint c = 0; c < step->n_cards; c++)
        {
          PolkuMapCard *card = POLKU_MAP_CARD_AT (layout, step->first_card + c);

          assert_inside (&step->column, &card->rect, "a card");
          g_array_append_val (cards, card->rect);
        }
    }
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PolkuMapRow *row = POLKU_MAP_ROW_AT (layout, i);
      PolkuMapPhase *first = POLKU_MAP_PHASE_AT (layout, row->first_phase);
      PolkuRect rect = { 0, first->column.y, map.width, first->column.height };

      g_array_append_val (rows, rect);
    }
  assert_apart (phases, "phases");
  assert_apart (steps, "steps");
  assert_apart (cards, "cards");
  assert_apart (rows, "rows");
}

/* Fitted to a window of 1024 × 600, 1600 × 1000 or 3840 × 2160, the
 * example, and the example three and ten times as long, show whole on one
 * screen, nothing overlapping, its smallest text at least as large as an
 * A4 page fitted with it prints it. */
static void
test_fit_fills_the_screen (void **state)
{
  static const guint times[] = { 1, 3, 10 };
  static const int windows[][2] = { { 1024, 600 }, { 1600, 1000 }, { 3840, 2160 } };

  for (guint t = 0; t < G_N_ELEMENTS (times); t++)
    {
      g_autoptr(PolkuDocument) document = load_example ();
      PolkuJourney *journey = example_times (document, times[t]);
      g_autoptr(PolkuPages) a4 = polku_pages_new (journey, POLKU_PRINT_MODE_FIT,
                                                  POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT, 1);
      double printed = polku_pages_get_smallest_text_size (a4);
      guint previous_rows = 0;

      for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
        {
          double width = windows[w][0];
          double height = windows[w][1] - HEADER_BAR_HEIGHT;
          g_autoptr(PolkuMapLayout) layout = NULL;
          double scale = 0;
          double smallest;

          layout = polku_map_layout_new_to_fit (journey, width, height, 4.0, &scale);
          assert_non_null (layout);
          smallest = _polku_map_layout_get_smallest_text_size (layout) * scale;

          /* One screen: all of it shows, and it fills the screen one way. */
          assert_true (polku_map_layout_get_width (layout) * scale <= width + 1e-6);
          assert_true (polku_map_layout_get_height (layout) * scale <= height + 1e-6);
          assert_true (polku_map_layout_get_width (layout) * scale >= width - 1 ||
                       polku_map_layout_get_height (layout) * scale >= height - 1);
          assert_no_overlap (layout);
          if (smallest < printed)
            fail_msg ("%u× at %.0f × %.0f: smallest text %.2f px, on A4 %.2f pt", times[t], width, height,
                      smallest, printed);

          /* A longer journey wraps into more rows than one that is not;
           * the example's rows grow with it too. */
          assert_true (polku_map_layout_get_n_rows (layout) >= (times[t] > 1 ? 2 : 1));
          previous_rows = MAX (previous_rows, polku_map_layout_get_n_rows (layout));
        }
      assert_true (previous_rows >= times[t] / 3 + 1);
    }
}

/* Fitted, the map shows larger than it would in one strip or in any other
 * number of rows. */
static void
test_fit_chooses_the_largest (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = example_times (document, 3);
  g_autoptr(PolkuMapLayout) fitted = NULL;
  double scale = 0;

  fitted = polku_map_layout_new_to_fit (journey, 1600, 953, 4.0, &scale);
  for (guint rows = 1; rows <= 10; rows++)
    {
      g_autoptr(PolkuMapLayout) other = g_object_new (POLKU_TYPE_MAP_LAYOUT,
                                                      "journey", journey, "max-rows", rows, NULL);
      double other_scale = MIN (1600 / polku_map_layout_get_width (other),
                                953 / polku_map_layout_get_height (other));

      if (other_scale > scale * 1.0001)
        fail_msg ("%u rows show at %.3f, the fit at %.3f", rows, other_scale, scale);
    }
  /* A small map on a large screen grows, no larger than allowed. */
  g_clear_object (&fitted);
  fitted = polku_map_layout_new_to_fit (polku_document_get_journey (document, 0), 100000, 100000, 2.5, &scale);
  assert_true (scale == 2.5);
}

/* Wrapped for a width, the map is no wider than that, in as few rows as
 * do it; a narrower width takes more rows, a step wider than the width a
 * row of its own. */
static void
test_wrap_for_width (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = example_times (document, 3);
  g_autoptr(PolkuMapLayout) strip = polku_map_layout_new (journey);
  guint previous_rows = 1;

  assert_int_equal (polku_map_layout_get_n_rows (strip), 1);
  for (double width = polku_map_layout_get_width (strip) + 10; width >= 600; width *= 0.8)
    {
      g_autoptr(PolkuMapLayout) wrapped = polku_map_layout_new_for_width (journey, width);
      guint rows = polku_map_layout_get_n_rows (wrapped);

      if (polku_map_layout_get_width (wrapped) > width + 1e-6)
        fail_msg ("wrapped for %.1f, the map is %.1f wide in %u rows", width,
                  polku_map_layout_get_width (wrapped), rows);
      assert_true (rows >= previous_rows);
      assert_no_overlap (wrapped);
      /* One row fewer would not fit. */
      if (rows > 1)
        {
          g_autoptr(PolkuMapLayout) fewer = g_object_new (POLKU_TYPE_MAP_LAYOUT, "journey", journey,
                                                          "max-rows", rows - 1, NULL);

          assert_true (polku_map_layout_get_width (fewer) > width);
        }
      previous_rows = rows;
    }
  assert_true (previous_rows >= 4);

  /* Narrower than any step: each step in a row of its own, or with its
   * phase's band. */
  {
    g_autoptr(PolkuMapLayout) narrow = polku_map_layout_new_for_width (journey, 50);

    assert_int_equal (polku_map_layout_get_n_rows (narrow), polku_journey_count_steps (journey));
    assert_no_overlap (narrow);
  }
}

/* A value on the satisfaction lane has no line through its digits: not the
 * scale's grid, not its midline, not its card's target mark, where a line
 * beside a digit reads as a minus sign. On every scale, for every score. */
static void
test_values_clear_of_lines (void **state)
{
  static const int scales[][2] = { { 1, 5 }, { 1, 7 }, { 1, 10 }, { 0, 10 } };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autoptr(PolkuJourney) journey = polku_journey_new ("scores");
      g_autoptr(PolkuStep) step = polku_step_new ("s", "Scores");
      g_autoptr(PolkuMapLayout) layout = NULL;
      int min = scales[s][0], max = scales[s][1];
      guint n_values = 0;

      polku_journey_set_scale (journey, min, max);
      polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
      /* Every score in quarter steps, with no target, a target above and
       * one below. */
      for (double score = min; score <= max; score += 0.25)
        for (int t = 0; t < 3; t++)
          {
            g_autofree char *id = g_strdup_printf ("t%u", polku_step_get_n_touchpoints (step));
            g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, "A touchpoint");

            polku_touchpoint_set_score (touchpoint, score);
            if (t > 0)
              polku_touchpoint_set_target (touchpoint, CLAMP (t == 1 ? score + 1 : score - 1, min, max));
            polku_step_append_touchpoint (step, touchpoint);
          }

      layout = polku_map_layout_new (journey);
      for (guint r = 0; r < layout->rows->len; r++)
        {
          PolkuMapRow *row = POLKU_MAP_ROW_AT (layout, r);

          for (guint c = row->first_card; c < row->first_card + row->n_cards; c++)
            {
              PolkuMapCard *card = POLKU_MAP_CARD_AT (layout, c);
              PangoRectangle ink;
              double top, bottom;

              if (card->value.layout == NULL)
                continue;
              pango_layout_get_extents (card->value.layout, &ink, NULL);
              top = card->value.y + (double) ink.y / PANGO_SCALE;
              bottom = card->value.y + (double) (ink.y + ink.height) / PANGO_SCALE;
              n_values++;

              for (guint k = 0; k < row->ticks->len; k++)
                {
                  double line = g_array_index (row->ticks, PolkuMapTick, k).y;

                  if (line >= top && line <= bottom)
                    fail_msg ("scale %d–%d: the value %s has the grid line of %d through it",
                              min, max, pango_layout_get_text (card->value.layout), min + (int) k);
                }
              if (row->midline_y >= top && row->midline_y <= bottom)
                fail_msg ("scale %d–%d: the value %s has the midline through it",
                          min, max, pango_layout_get_text (card->value.layout));
              if (!isnan (card->target_y) && card->target_y >= top && card->target_y <= bottom)
                fail_msg ("scale %d–%d: the value %s has its target mark through it",
                          min, max, pango_layout_get_text (card->value.layout));
              /* Still in its lane, near its point. */
              assert_true (card->value.y >= row->satisfaction_lane.y);
              assert_true (card->value.y + card->value.height <=
                           row->satisfaction_lane.y + row->satisfaction_lane.height);
              assert_true (fabs (card->value.y + card->value.height / 2 - card->score_y) < 40);
            }
        }
      assert_int_equal (n_values, ((max - min) * 4 + 1) * 3);
    }
}

/* Pixels */

/* A view of width × height pixels showing view of the map at zoom,
 * as a canvas draws it; sticky draws the labels kept in sight too. */
static cairo_surface_t *
draw_view (PolkuMapLayout  *layout,
           const PolkuRect *view,
           double           zoom,
           gboolean         sticky,
           GObject         *spotlight)
{
  int width = ceil (view->width * zoom);
  int height = ceil (view->height * zoom);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -view->x, -view->y);
  polku_map_draw (layout, cr, polku_palette_light ());
  if (sticky)
    polku_map_draw_sticky_labels (layout, cr, polku_palette_light (), view);
  if (spotlight != NULL)
    polku_map_draw_spotlight (layout, cr, polku_palette_light (), view, spotlight);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
}

static double
lightness_at (cairo_surface_t *surface,
              int              x,
              int              y)
{
  guint32 pixel = pixel_at (surface, x, y);

  return (((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / (3.0 * 255);
}

/* How many pixels of the box are darker than the map's light ground: ink
 * of text or lines. */
static guint
count_ink (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              x1,
           int              y1)
{
  guint ink = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, cairo_image_surface_get_height (surface)); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, cairo_image_surface_get_width (surface)); x++)
      if (lightness_at (surface, x, y) < 0.6)
        ink++;
  return ink;
}

/* Scrolled right and down into the middle of a long map, the view still
 * shows the lane names at its left and the headings of the row at its
 * top, drawn over the map; without them, that part of the view shows
 * neither. */
static void
test_sticky_labels (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = example_times (document, 3);
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  PolkuMapRow *row = POLKU_MAP_ROW_AT (layout, 0);
  PolkuMapPhase *band = POLKU_MAP_PHASE_AT (layout, 0);
  const double zoom = 1.5;
  double left = 0, top = 0;
  /* Past the gutter and the headings, to the middle of the lanes. */
  PolkuRect view = {
    polku_map_layout_get_width (layout) / 2, band->band.y + 60, 800 / zoom, 500 / zoom
  };
  cairo_surface_t *plain = draw_view (layout, &view, zoom, FALSE, NULL);
  cairo_surface_t *sticky = draw_view (layout, &view, zoom, TRUE, NULL);
  PolkuRect plot = row->satisfaction_lane;
  int band_height = ceil (band->band.height * zoom);
  guint plain_ink, sticky_ink;

  polku_map_overlay_get_insets (layout, &left, &top);
  assert_true (left > 60 && left < 120);
  assert_true (top > 30);
  assert_true (plot.height > 0);

  /* The view's top shows a phase's band in its colour, not whatever the
   * map has there. */
  assert_true (pixel_at (sticky, 400, band_height / 2) != pixel_at (plain, 400, band_height / 2));
  assert_true (lightness_at (sticky, 400, band_height / 2) < 0.95);

  /* The satisfaction lane's name and axis show at the view's left, over
   * the plot. */
  {
    int y0 = (plot.y - view.y) * zoom;
    int y1 = (plot.y + plot.height - view.y) * zoom;

    plain_ink = count_ink (plain, 0, y0, left * zoom, y1);
    sticky_ink = count_ink (sticky, 0, y0, left * zoom, y1);
    assert_true (sticky_ink > 100);
    assert_true (sticky_ink != plain_ink);
  }

  /* At the map's start nothing is kept in sight: the map shows as it is. */
  {
    PolkuRect start = { 0, 0, view.width, view.height };
    cairo_surface_t *at_start = draw_view (layout, &start, zoom, TRUE, NULL);
    cairo_surface_t *plain_start = draw_view (layout, &start, zoom, FALSE, NULL);

    assert_memory_equal (cairo_image_surface_get_data (at_start), cairo_image_surface_get_data (plain_start),
                         cairo_image_surface_get_stride (at_start) * cairo_image_surface_get_height (at_start));
    cairo_surface_destroy (at_start);
    cairo_surface_destroy (plain_start);
  }

  cairo_surface_destroy (plain);
  cairo_surface_destroy (sticky);
}

/* A spotlight on a step leaves its column as it is and dims the others; on
 * a phase, every part of it, on every row. */
static void
test_spotlight (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new_for_width (journey, 900);
  PolkuPhase *purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  PolkuStep *lit = polku_phase_get_step (purchase, 1);
  PolkuStep *dim = polku_phase_get_step (purchase, 0);
  PolkuRect view = { 0, 0, polku_map_layout_get_width (layout), polku_map_layout_get_height (layout) };
  cairo_surface_t *plain = draw_view (layout, &view, 1, FALSE, NULL);
  cairo_surface_t *spotlit = draw_view (layout, &view, 1, FALSE, G_OBJECT (lit));
  g_autoptr(GArray) step_rects = polku_map_overlay_dup_spotlight (layout, G_OBJECT (lit));
  g_autoptr(GArray) phase_rects = polku_map_overlay_dup_spotlight (layout, G_OBJECT (purchase));
  PolkuRect lit_rect, dim_rect;
  guint lit_ink, dim_ink;

  assert_true (polku_map_layout_get_n_rows (layout) >= 2);
  assert_int_equal (step_rects->len, 1);
  /* The purchase phase wraps over rows: a part on each. */
  assert_true (phase_rects->len >= 2);
  assert_true (polku_map_layout_get_step_rect (layout, lit, &lit_rect));
  assert_true (polku_map_layout_get_step_rect (layout, dim, &dim_rect));
  /* The step's column, and its phase's band over it. */
  assert_true (polku_rect_contains_rect (&g_array_index (step_rects, PolkuRect, 0), &lit_rect));
  assert_true (g_array_index (step_rects, PolkuRect, 0).y < lit_rect.y);
  assert_true (g_array_index (step_rects, PolkuRect, 0).width == lit_rect.width);

  lit_ink = count_ink (spotlit, lit_rect.x, lit_rect.y, lit_rect.x + lit_rect.width, lit_rect.y + lit_rect.height);
  assert_int_equal (lit_ink, count_ink (plain, lit_rect.x, lit_rect.y,
                                        lit_rect.x + lit_rect.width, lit_rect.y + lit_rect.height));
  dim_ink = count_ink (spotlit, dim_rect.x, dim_rect.y, dim_rect.x + dim_rect.width, dim_rect.y + dim_rect.height);
  assert_true (lit_ink > 500);
  assert_true (dim_ink * 10 < count_ink (plain, dim_rect.x, dim_rect.y,
                                         dim_rect.x + dim_rect.width, dim_rect.y + dim_rect.height));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (spotlit);
}

/* The legend on a panel of its own shows every entry of the map's. */
static void
test_legend_panel (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (polku_document_get_journey (document, 0));
  cairo_surface_t *surface;
  cairo_t *cr;
  double width = 0, height = 0;

  assert_true (polku_map_overlay_get_legend_size (layout, &width, &height));
  assert_true (width > 200 && height > 30);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (width) + 20, ceil (height) + 20);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  polku_map_draw_legend (layout, cr, polku_palette_light (), 10, 10);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* Ink inside the panel, none outside it. */
  assert_true (count_ink (surface, 10, 10, 10 + width, 10 + height) > 300);
  assert_int_equal (count_ink (surface, 0, 0, ceil (width) + 20, 8), 0);
  cairo_surface_destroy (surface);
}

/* Presentation pages */

/* Paging by step goes through every step of every phase in the map's
 * order; by phase, through the three phases. Every item is on the page of
 * its step or phase; a page's first item is its first touchpoint, and the
 * touchpoints of a page come round in order. */
static void
test_slides (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuPhase *purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  PolkuStep *booking = polku_phase_get_step (purchase, 0);
  PolkuTouchpoint *first = polku_step_get_touchpoint (booking, 0);
  PolkuTouchpoint *last = polku_step_get_touchpoint (booking, polku_step_get_n_touchpoints (booking) - 1);
  guint count = polku_slides_count (journey, POLKU_SLIDE_BY_STEP);
  guint position = 0;
  PolkuSlideUnit unit;

  assert_int_equal (count, polku_journey_count_steps (journey));
  assert_int_equal (polku_slides_count (journey, POLKU_SLIDE_BY_PHASE), POLKU_N_PHASE_KINDS);
  for (guint i = 0; i < count; i++)
    {
      GObject *page = polku_slides_get (journey, POLKU_SLIDE_BY_STEP, i);

      assert_true (POLKU_IS_STEP (page));
      assert_true (polku_slides_position (journey, POLKU_SLIDE_BY_STEP, page, &position));
      assert_int_equal (position, i);
      assert_ptr_equal (polku_slides_page_of (journey, POLKU_SLIDE_BY_STEP, page), page);
    }
  assert_null (polku_slides_get (journey, POLKU_SLIDE_BY_STEP, count));
  /* The purchase phase's first step comes after the pre-purchase steps. */
  assert_true (polku_slides_position (journey, POLKU_SLIDE_BY_STEP, G_OBJECT (booking), &position));
  assert_int_equal (position, polku_phase_get_n_steps (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE)));

  assert_ptr_equal (polku_slides_page_of (journey, POLKU_SLIDE_BY_STEP, G_OBJECT (first)), booking);
  assert_ptr_equal (polku_slides_page_of (journey, POLKU_SLIDE_BY_PHASE, G_OBJECT (first)), purchase);
  assert_ptr_equal (polku_slides_page_of (journey, POLKU_SLIDE_BY_STEP, G_OBJECT (journey)),
                    polku_slides_get (journey, POLKU_SLIDE_BY_STEP, 0));
  assert_true (polku_slides_position (journey, POLKU_SLIDE_BY_PHASE, G_OBJECT (purchase), &position));
  assert_int_equal (position, POLKU_PHASE_KIND_PURCHASE);
  assert_false (polku_slides_position (journey, POLKU_SLIDE_BY_PHASE, G_OBJECT (booking), &position));

  assert_ptr_equal (polku_slides_first_item (G_OBJECT (booking)), first);
  assert_ptr_equal (polku_slides_first_item (G_OBJECT (purchase)), first);
  assert_ptr_equal (polku_slides_next_touchpoint (G_OBJECT (booking), G_OBJECT (first), 1),
                    polku_step_get_touchpoint (booking, 1));
  assert_ptr_equal (polku_slides_next_touchpoint (G_OBJECT (booking), G_OBJECT (first), -1), last);
  assert_ptr_equal (polku_slides_next_touchpoint (G_OBJECT (booking), G_OBJECT (last), 1), first);
  assert_ptr_equal (polku_slides_next_touchpoint (G_OBJECT (booking), G_OBJECT (booking), 1), first);
  /* Across the steps of a phase. */
  assert_ptr_equal (polku_slides_next_touchpoint (G_OBJECT (purchase), G_OBJECT (last), 1),
                    polku_step_get_touchpoint (polku_phase_get_step (purchase, 1), 0));

  assert_true (polku_slide_unit_from_string ("phase", &unit));
  assert_int_equal (unit, POLKU_SLIDE_BY_PHASE);
  assert_string_equal (polku_slide_unit_to_string (POLKU_SLIDE_BY_STEP), "step");
  assert_false (polku_slide_unit_from_string ("row", &unit));

  /* A journey without steps has no pages by step, and its phases' first
   * items are the phases. */
  {
    g_autoptr(PolkuJourney) empty = polku_journey_new ("empty");
    PolkuPhase *phase = polku_journey_get_phase (empty, 0);

    assert_int_equal (polku_slides_count (empty, POLKU_SLIDE_BY_STEP), 0);
    assert_null (polku_slides_page_of (empty, POLKU_SLIDE_BY_STEP, G_OBJECT (empty)));
    assert_ptr_equal (polku_slides_first_item (G_OBJECT (phase)), phase);
    assert_null (polku_slides_next_touchpoint (G_OBJECT (phase), NULL, 1));
  }
}

/* Finding */

static const char *
item_name (gpointer item)
{
  return POLKU_IS_STEP (item) ? polku_step_get_name (item) : polku_touchpoint_get_name (item);
}

/* What is looked for is found in any text of a step or a touchpoint,
 * whatever its case, in the map's order; nothing is looked for in white
 * space. */
static void
test_find (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GPtrArray) factory = polku_find_items (journey, "FACTORY");
  g_autoptr(GPtrArray) booking = polku_find_items (journey, " booking ");
  g_autoptr(GPtrArray) nothing = polku_find_items (journey, "   ");
  g_autoptr(GPtrArray) none = polku_find_items (journey, "no such words anywhere");
  g_autoptr(GPtrArray) channel = polku_find_items (journey, "social media");
  g_autofree char *folded = polku_find_fold_query ("  Ä-Ö ");

  /* A word of one touchpoint's expectation. */
  assert_int_equal (factory->len, 1);
  assert_true (POLKU_IS_TOUCHPOINT (g_ptr_array_index (factory, 0)));
  assert_string_equal (item_name (g_ptr_array_index (factory, 0)), "Warranty stays valid");

  /* Steps by their names and touchpoints by theirs, in the map's order:
   * a step before its touchpoints. */
  {
    gboolean step_found = FALSE;

    for (guint i = 0; i < booking->len; i++)
      if (POLKU_IS_STEP (g_ptr_array_index (booking, i)))
        {
          assert_string_equal (item_name (g_ptr_array_index (booking, i)), "Booking a time");
          step_found = TRUE;
        }
    assert_true (step_found);
  }
  assert_true (booking->len >= 3);
  for (guint i = 1; i < booking->len; i++)
    {
      PolkuLocation before, after;

      assert_true (polku_navigation_locate (journey, g_ptr_array_index (booking, i - 1), &before));
      assert_true (polku_navigation_locate (journey, g_ptr_array_index (booking, i), &after));
      assert_true (after.phase_position > before.phase_position ||
                   (after.phase_position == before.phase_position && after.step_position > before.step_position) ||
                   (after.phase_position == before.phase_position && after.step_position == before.step_position &&
                    POLKU_IS_TOUCHPOINT (g_ptr_array_index (booking, i)) &&
                    (POLKU_IS_STEP (g_ptr_array_index (booking, i - 1)) ||
                     after.touchpoint_position > before.touchpoint_position)));
    }

  /* The channel the card shows. */
  assert_true (channel->len >= 1);
  for (guint i = 0; i < channel->len; i++)
    assert_int_equal (polku_touchpoint_get_channel (g_ptr_array_index (channel, i)), POLKU_CHANNEL_SOCIAL_MEDIA);

  assert_int_equal (nothing->len, 0);
  assert_int_equal (none->len, 0);
  assert_null (polku_find_fold_query (" \t "));
  assert_string_equal (folded, "ä-ö");
}

/* Text */

#define TEXT_WIDTH     420
#define TEXT_HEIGHT    32
#define SUPERSAMPLE    8

/* Draws text at zoom with its origin at (x, y), as a canvas does: on an
 * image, or on a recording replayed on one, scaled up by supersample. */
static cairo_surface_t *
draw_text_at (PangoLayout *layout,
              double       zoom,
              double       x,
              double       y,
              int          supersample,
              gboolean     recorded)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, TEXT_WIDTH * supersample,
                                                       TEXT_HEIGHT * supersample);
  cairo_surface_t *target = image;
  cairo_t *cr;

  if (recorded)
    target = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (target);
  if (!recorded)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_scale (cr, zoom * supersample, zoom * supersample);
  _polku_text_show_layout (cr, layout, x, y);
  cairo_destroy (cr);

  if (recorded)
    {
      cr = cairo_create (image);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (target);
    }
  cairo_surface_flush (image);
  return image;
}

/* How much ink each column of pixels has, at 1 × from a drawing
 * supersampled that much, shifted right by shift of its pixels. */
static void
column_ink (cairo_surface_t *surface,
            int              supersample,
            int              shift,
            double          *columns)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  memset (columns, 0, sizeof (double) * TEXT_WIDTH);
  for (int y = 0; y < TEXT_HEIGHT * supersample; y++)
    for (int x = 0; x < TEXT_WIDTH * supersample; x++)
      {
        int column = (x + shift) / supersample;

        if (column >= 0 && column < TEXT_WIDTH)
          columns[column] += (255 - data[y * stride + x * 4 + 1]) / 255.0 / (supersample * supersample);
      }
}

/* On a screen, at any zoom, the letters of a word stand where the text's
 * layout puts them: the ink of each column of pixels is what a drawing
 * eight times as fine has there, within a few percent, where whole-pixel
 * glyphs ("Opportu nity") differ by a fifth or more. As a window draws it,
 * through a recording, too. */
static void
test_text_spacing_on_screen (void **state)
{
  static const char * const words[] = { "Opportunity", "Prerequisite", "Recall e-mail",
                                        "Booking confirmation e-mail" };
  static const double zooms[] = { 0.75, 1.0, 1.1, 1.25, 1.5, 2.0 };

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_autoptr(PangoLayout) layout = _polku_text_layout_new (_polku_text_cache_get_context (),
                                                              POLKU_TEXT_CARD_NAME, words[w], -1);

      for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
        for (int recorded = 0; recorded < 2; recorded++)
          {
            /* Anywhere on the pixel. */
            double x = 2.3, y = 2.6;
            cairo_surface_t *fine = draw_text_at (layout, zooms[z], x, y, SUPERSAMPLE, FALSE);
            cairo_surface_t *shown = draw_text_at (layout, zooms[z], x, y, 1, recorded);
            double expected[TEXT_WIDTH], drawn[TEXT_WIDTH];
            double best = G_MAXDOUBLE;
            double total = 0;

            column_ink (shown, 1, 0, drawn);
            /* Where the text as a whole lies may be a quarter of a pixel
             * off; how its letters lie may not. */
            for (int shift = -SUPERSAMPLE / 4; shift <= SUPERSAMPLE / 4; shift++)
              {
                double difference = 0;

                column_ink (fine, SUPERSAMPLE, shift, expected);
                total = 0;
                for (int c = 0; c < TEXT_WIDTH; c++)
                  {
                    difference += fabs (drawn[c] - expected[c]);
                    total += expected[c];
                  }
                best = MIN (best, difference);
              }
            assert_true (total > 10);
            if (best / total > 0.08)
              fail_msg ("“%s” at %.0f %%%s: its columns differ by %.0f %% from where its letters are",
                        words[w], zooms[z] * 100, recorded ? ", recorded" : "", best / total * 100);
            cairo_surface_destroy (fine);
            cairo_surface_destroy (shown);
          }
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_fit_fills_the_screen),
    cmocka_unit_test (test_fit_chooses_the_largest),
    cmocka_unit_test (test_wrap_for_width),
    cmocka_unit_test (test_values_clear_of_lines),
    cmocka_unit_test (test_sticky_labels),
    cmocka_unit_test (test_spotlight),
    cmocka_unit_test (test_legend_panel),
    cmocka_unit_test (test_text_spacing_on_screen),
    cmocka_unit_test (test_slides),
    cmocka_unit_test (test_find),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
