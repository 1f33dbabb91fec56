/* polku-map-overlay.c: what a view of a map draws over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-map-draw-private.h"
#include "polku-map-overlay.h"
#include "polku-map-shapes-private.h"
#include "polku-rect.h"

#define HAIRLINE      0.75
/* The lane names kept in sight start this far left of where the map has
 * them, clear of the view's edge. */
#define GUTTER_PAD    6.0
#define LEGEND_PAD    8.0
#define LEGEND_RADIUS 6.0
/* How much of what a spotlight leaves out still shows: enough to see
 * where one is on the map. */
#define DIM_ALPHA     0.72

#define ROW_AT   POLKU_MAP_ROW_AT
#define PHASE_AT POLKU_MAP_PHASE_AT

/* The top of a row's bands. */
static double
row_top (PolkuMapLayout    *layout,
         const PolkuMapRow *row)
{
  return PHASE_AT (layout, row->first_phase)->band.y;
}

static double
row_bottom (PolkuMapLayout    *layout,
            const PolkuMapRow *row)
{
  const PolkuRect *column = &PHASE_AT (layout, row->first_phase)->column;

  return column->y + column->height;
}

/* Where a row's headings end and its lanes begin. */
static double
row_lanes_top (PolkuMapLayout    *layout,
               const PolkuMapRow *row)
{
  if (row->lanes->len == 0)
    return row_bottom (layout, row);
  return g_array_index (row->lanes, PolkuMapLane, 0).rect.y;
}

/* The panel of lane names: from a little left of the margin to the
 * columns. */
static double
gutter_left (PolkuMapLayout *layout)
{
  return MAX (0, layout->margin - GUTTER_PAD);
}

static double
gutter_right (const PolkuMapRow *row)
{
  return row->content_left - POLKU_MAP_GUTTER_GAP / 2;
}

void
polku_map_overlay_get_insets (PolkuMapLayout *layout,
                              double         *left,
                              double         *top)
{
  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));

  if (left != NULL)
    *left = 0;
  if (top != NULL)
    *top = 0;
  if (layout->rows->len == 0)
    return;
  /* Every row has the gutter and the headings of the first. */
  if (left != NULL)
    *left = gutter_right (ROW_AT (layout, 0)) - gutter_left (layout);
  if (top != NULL)
    *top = row_lanes_top (layout, ROW_AT (layout, 0)) - row_top (layout, ROW_AT (layout, 0));
}

static void
fill_rect (cairo_t          *cr,
           const PolkuRect  *rect,
           const PolkuColor *color)
{
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  polku_cairo_set_source_color (cr, color);
  cairo_fill (cr);
}

static void
stroke_line (cairo_t          *cr,
             double            x0,
             double            y0,
             double            x1,
             double            y1,
             const PolkuColor *color)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  polku_cairo_set_source_color (cr, color);
  cairo_set_line_width (cr, HAIRLINE);
  cairo_stroke (cr);
}

/* The gutter of a row drawn dx further right, over what it covers. */
static void
draw_sticky_gutter (PolkuMapDraw      *draw,
                    const PolkuMapRow *row,
                    const PolkuRect   *view,
                    double             dx)
{
  PolkuMapLayout *layout = draw->layout;
  cairo_t *cr = draw->cr;
  double top = row_top (layout, row);
  PolkuRect panel = {
    gutter_left (layout), top,
    gutter_right (row) - gutter_left (layout), row_bottom (layout, row) - top
  };
  PolkuRect shown = { view->x - dx, view->y, view->width, view->height };

  if (!polku_rect_intersect (&panel, &shown, &draw->clip))
    return;

  cairo_save (cr);
  cairo_translate (cr, dx, 0);
  cairo_rectangle (cr, draw->clip.x, draw->clip.y, draw->clip.width, draw->clip.height);
  cairo_clip (cr);
  fill_rect (cr, &panel, &draw->palette->background);
  _polku_map_draw_lanes (draw, row);
  stroke_line (cr, panel.x + panel.width, panel.y, panel.x + panel.width, panel.y + panel.height,
               &draw->palette->rule);
  cairo_restore (cr);
}

/* The names of the lanes whose tops the headings kept in sight cover, moved
 * down under them, as far as their lanes go; dx further right when the
 * gutter is kept in sight too. */
static void
draw_covered_lane_names (PolkuMapDraw      *draw,
                         const PolkuMapRow *row,
                         double             covered,
                         double             dx)
{
  cairo_t *cr = draw->cr;

  for (guint i = 0; i < row->lanes->len; i++)
    {
      const PolkuMapLane *lane = &g_array_index (row->lanes, PolkuMapLane, i);
      const PolkuMapText *names[] = { &lane->title, &lane->label };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          const PolkuMapText *name = names[n];
          PolkuMapText moved;
          PolkuRect behind;

          if (name->layout == NULL || name->y >= covered)
            continue;
          moved = *name;
          moved.x += dx;
          moved.y = MIN (covered + draw->layout->spacing.lane_pad, lane->rect.y + lane->rect.height - name->height);
          if (moved.y < covered)
            continue;
          /* What shows of the name in its place, and the name moved. */
          behind = (PolkuRect) { moved.x, covered, name->width, name->y + name->height - covered };
          if (behind.height > 0)
            fill_rect (cr, &behind, &draw->palette->background);
          behind = (PolkuRect) { moved.x, moved.y, name->width, name->height };
          fill_rect (cr, &behind, &draw->palette->background);
          _polku_map_text_draw (cr, &moved, &draw->palette->text_muted);
        }
    }
}

/* The headings of a row drawn dy further down, over what they cover. */
static void
draw_sticky_headings (PolkuMapDraw      *draw,
                      const PolkuMapRow *row,
                      const PolkuRect   *view,
                      double             dy)
{
  PolkuMapLayout *layout = draw->layout;
  cairo_t *cr = draw->cr;
  double top = row_top (layout, row);
  PolkuRect strip = { view->x, top, view->width, row_lanes_top (layout, row) - top };

  draw->clip = strip;
  cairo_save (cr);
  cairo_translate (cr, 0, dy);
  cairo_rectangle (cr, strip.x, strip.y, strip.width, strip.height);
  cairo_clip (cr);
  fill_rect (cr, &strip, &draw->palette->background);
  for (guint i = 0; i < row->n_phases; i++)
    _polku_map_draw_phase (draw, PHASE_AT (layout, row->first_phase + i));
  for (guint i = 0; i < row->n_steps; i++)
    _polku_map_draw_step (draw, POLKU_MAP_STEP_AT (layout, row->first_step + i));
  stroke_line (cr, strip.x, strip.y + strip.height, strip.x + strip.width, strip.y + strip.height,
               &draw->palette->rule);
  cairo_restore (cr);
}

void
polku_map_draw_sticky_labels (PolkuMapLayout     *layout,
                              cairo_t            *cr,
                              const PolkuPalette *palette,
                              const PolkuRect    *view)
{
  PolkuMapDraw draw = { layout, cr, palette, { 0 } };
  PolkuMapRow *scrolled = NULL;
  double view_bottom;
  double dx;
  double inset = 0;
  double headings_y = 0, headings_height = 0;

  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL && palette != NULL && view != NULL);

  view_bottom = view->y + view->height;
  /* The row scrolled past its top: its headings stay at the view's top
   * until the end of the row pushes them up. */
  for (guint i = 0; i < layout->rows->len && scrolled == NULL; i++)
    {
      PolkuMapRow *row = ROW_AT (layout, i);
      double top = row_top (layout, row);
      double bottom = row_bottom (layout, row);

      if (view->y <= top || view->y >= bottom)
        continue;
      scrolled = row;
      headings_height = row_lanes_top (layout, row) - top;
      headings_y = MIN (view->y, bottom - headings_height);
    }

  /* The lane names of every row in sight, once scrolled past. */
  dx = view->x - gutter_left (layout);
  if (dx > 0)
    {
      polku_map_overlay_get_insets (layout, &inset, NULL);
      for (guint i = 0; i < layout->rows->len; i++)
        {
          PolkuMapRow *row = ROW_AT (layout, i);

          if (row_bottom (layout, row) > view->y && row_top (layout, row) < view_bottom)
            draw_sticky_gutter (&draw, row, view, dx);
        }
    }

  if (scrolled != NULL)
    {
      PolkuRect corner = { view->x, headings_y, inset, headings_height };

      draw_covered_lane_names (&draw, scrolled, headings_y + headings_height, MAX (dx, 0));
      draw_sticky_headings (&draw, scrolled, view, headings_y - row_top (layout, scrolled));
      /* Over the lane names, the corner stays clear. */
      if (inset > 0)
        fill_rect (cr, &corner, &palette->background);
    }
}

/* Spotlight */

/* The top of the band of the phase over a step; top when it has none. */
static double
get_band_over (PolkuMapLayout *layout,
               PolkuStep      *step,
               double          top)
{
  for (guint i = 0; i < layout->phases->len; i++)
    {
      PolkuMapPhase *part = PHASE_AT (layout, i);

      for (guint j = 0; j < part->n_steps; j++)
        if (POLKU_MAP_STEP_AT (layout, part->first_step + j)->step == step)
          return part->band.y;
    }
  return top;
}

GArray *
polku_map_overlay_dup_spotlight (PolkuMapLayout *layout,
                                 GObject        *item)
{
  GArray *rects = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  PolkuRect rect;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (layout), rects);
  g_return_val_if_fail (item == NULL || G_IS_OBJECT (item), rects);

  if (POLKU_IS_STEP (item) && polku_map_layout_get_step_rect (layout, POLKU_STEP (item), &rect))
    {
      /* With the band of its phase over it. */
      rect.height += rect.y - get_band_over (layout, POLKU_STEP (item), rect.y);
      rect.y = get_band_over (layout, POLKU_STEP (item), rect.y);
      g_array_append_val (rects, rect);
    }
  else if (POLKU_IS_PHASE (item))
    for (guint i = 0; i < layout->phases->len; i++)
      if (PHASE_AT (layout, i)->phase == POLKU_PHASE (item))
        g_array_append_val (rects, PHASE_AT (layout, i)->column);
  return rects;
}

/* The lit columns, and beside them the names of their lanes, which say
 * what the columns hold. */
static GArray *
dup_lit_rects (PolkuMapLayout *layout,
               GObject        *item)
{
  GArray *rects = polku_map_overlay_dup_spotlight (layout, item);
  guint n_columns = rects->len;

  for (guint i = 0; i < n_columns && layout->rows->len > 0; i++)
    {
      PolkuRect column = g_array_index (rects, PolkuRect, i);
      PolkuRect gutter = {
        gutter_left (layout), column.y,
        gutter_right (ROW_AT (layout, 0)) - gutter_left (layout), column.height
      };

      g_array_append_val (rects, gutter);
    }
  return rects;
}

void
polku_map_draw_spotlight (PolkuMapLayout     *layout,
                          cairo_t            *cr,
                          const PolkuPalette *palette,
                          const PolkuRect    *view,
                          GObject            *item)
{
  g_autoptr(GArray) rects = NULL;
  PolkuColor veil;

  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL && palette != NULL && view != NULL);

  rects = dup_lit_rects (layout, item);
  veil = palette->background;
  veil.alpha = DIM_ALPHA;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, view->x, view->y, view->width, view->height);
  for (guint i = 0; i < rects->len; i++)
    {
      const PolkuRect *rect = &g_array_index (rects, PolkuRect, i);

      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  polku_cairo_set_source_color (cr, &veil);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Legend */

/* Where the legend's marks and labels lie on the map. */
static gboolean
get_legend_extents (PolkuMapLayout *layout,
                    PolkuRect      *extents)
{
  for (guint i = 0; i < layout->keys->len; i++)
    {
      const PolkuMapKey *key = &g_array_index (layout->keys, PolkuMapKey, i);
      PolkuRect label = { key->label.x, key->label.y, key->label.width, key->label.height };

      if (i == 0)
        *extents = key->glyph;
      polku_rect_union (extents, &key->glyph, extents);
      polku_rect_union (extents, &label, extents);
    }
  return layout->keys->len > 0;
}

gboolean
polku_map_overlay_get_legend_size (PolkuMapLayout *layout,
                                   double         *width,
                                   double         *height)
{
  PolkuRect extents;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (layout), FALSE);

  if (!get_legend_extents (layout, &extents))
    return FALSE;
  if (width != NULL)
    *width = extents.width + 2 * LEGEND_PAD;
  if (height != NULL)
    *height = extents.height + 2 * LEGEND_PAD;
  return TRUE;
}

void
polku_map_draw_legend (PolkuMapLayout     *layout,
                       cairo_t            *cr,
                       const PolkuPalette *palette,
                       double              x,
                       double              y)
{
  PolkuMapDraw draw = { layout, cr, palette, { 0 } };
  PolkuRect extents;
  PolkuRect panel;

  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL && palette != NULL);

  if (!get_legend_extents (layout, &extents))
    return;

  panel = (PolkuRect) { x, y, extents.width + 2 * LEGEND_PAD, extents.height + 2 * LEGEND_PAD };
  cairo_save (cr);
  _polku_shape_rounded_rect (cr, &panel, LEGEND_RADIUS);
  polku_cairo_set_source_color (cr, &palette->background);
  cairo_fill_preserve (cr);
  polku_cairo_set_source_color (cr, &palette->rule);
  cairo_set_line_width (cr, HAIRLINE);
  cairo_stroke (cr);

  cairo_translate (cr, x + LEGEND_PAD - extents.x, y + LEGEND_PAD - extents.y);
  draw.clip = extents;
  for (guint i = 0; i < layout->keys->len; i++)
    _polku_map_draw_key (&draw, &g_array_index (layout->keys, PolkuMapKey, i));
  cairo_restore (cr);
}
