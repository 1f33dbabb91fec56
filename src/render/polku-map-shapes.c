/* polku-map-shapes.c: the marks a map is drawn with, shared by the map and
 * its legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"
#include "polku-map-shapes-private.h"

#define CURVE_WIDTH  2.0
#define TARGET_WIDTH 2.5
#define TARGET_CURVE_WIDTH 1.25

void
_polku_shape_rounded_rect (cairo_t         *cr,
                           const PolkuRect *rect,
                           double           radius)
{
  double x0 = rect->x;
  double y0 = rect->y;
  double x1 = rect->x + rect->width;
  double y1 = rect->y + rect->height;

  radius = MIN (radius, MIN (rect->width, rect->height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x1 - radius, y0 + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x1 - radius, y1 - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x0 + radius, y1 - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x0 + radius, y0 + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Strokes a rounded rectangle inset so that the line stays inside rect. */
static void
stroke_inside (cairo_t          *cr,
               const PolkuRect  *rect,
               double            inset,
               double            line_width,
               const PolkuColor *color)
{
  double edge = inset + line_width / 2;
  PolkuRect inner = {
    rect->x + edge, rect->y + edge, rect->width - 2 * edge, rect->height - 2 * edge
  };

  _polku_shape_rounded_rect (cr, &inner, POLKU_MAP_CARD_RADIUS - edge / 2);
  polku_cairo_set_source_color (cr, color);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

void
_polku_shape_card (cairo_t            *cr,
                   const PolkuRect    *rect,
                   PolkuCriticality    criticality,
                   const PolkuPalette *palette)
{
  _polku_shape_rounded_rect (cr, rect, POLKU_MAP_CARD_RADIUS);
  polku_cairo_set_source_color (cr, &palette->card_fill);
  cairo_fill (cr);

  switch (criticality)
    {
    case POLKU_CRITICALITY_CRITICAL:
      stroke_inside (cr, rect, 0, POLKU_MAP_CRITICAL_BORDER, &palette->critical_border);
      stroke_inside (cr, rect, POLKU_MAP_CRITICAL_INSET, POLKU_MAP_CARD_BORDER,
                     &palette->critical_border);
      break;

    case POLKU_CRITICALITY_NON_CRITICAL:
    default:
      stroke_inside (cr, rect, 0, POLKU_MAP_CARD_BORDER, &palette->card_border);
      break;
    }
}

static void
star_path (cairo_t *cr,
           double   x,
           double   y,
           double   outer,
           double   inner)
{
  for (int i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + i * G_PI / 5;
      double radius = i % 2 == 0 ? outer : inner;

      cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
    }
  cairo_close_path (cr);
}

void
_polku_shape_role_marker (cairo_t            *cr,
                          PolkuRole           role,
                          double              x,
                          double              y,
                          const PolkuPalette *palette)
{
  double half = POLKU_MAP_MARKER_SIZE / 2;

  cairo_new_path (cr);
  switch (role)
    {
    case POLKU_ROLE_OPPORTUNITY:
      /* The star's visual centre sits a little below its geometric one. */
      star_path (cr, x, y + 0.4, half + 1.0, (half + 1.0) * 0.45);
      polku_cairo_set_source_color (cr, &palette->opportunity_marker);
      break;

    case POLKU_ROLE_PREREQUISITE:
    default:
      cairo_rectangle (cr, x - half + 0.25, y - half + 0.25,
                       POLKU_MAP_MARKER_SIZE - 0.5, POLKU_MAP_MARKER_SIZE - 0.5);
      polku_cairo_set_source_color (cr, &palette->prerequisite_marker);
      break;
    }
  cairo_fill (cr);
}

void
_polku_shape_tag (cairo_t            *cr,
                  const PolkuRect    *rect,
                  const PolkuPalette *palette)
{
  _polku_shape_rounded_rect (cr, rect, rect->height / 2);
  polku_cairo_set_source_color (cr, &palette->critical_tag_fill);
  cairo_fill (cr);
}

void
_polku_shape_stroke_curve (cairo_t            *cr,
                           const PolkuPalette *palette)
{
  polku_cairo_set_source_color (cr, &palette->curve);
  cairo_set_line_width (cr, CURVE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
}

void
_polku_shape_stroke_target_curve (cairo_t            *cr,
                                  const PolkuPalette *palette)
{
  static const double dashes[] = { 4, 3 };

  cairo_save (cr);
  polku_cairo_set_source_color (cr, &palette->text_muted);
  cairo_set_line_width (cr, TARGET_CURVE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_polku_shape_score_point (cairo_t            *cr,
                          double              x,
                          double              y,
                          const PolkuPalette *palette,
                          const PolkuColor   *ground)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, POLKU_MAP_POINT_RADIUS, 0, 2 * G_PI);
  polku_cairo_set_source_color (cr, &palette->curve);
  cairo_fill_preserve (cr);
  polku_cairo_set_source_color (cr, ground);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
down_triangle (cairo_t *cr,
               double   x,
               double   y,
               double   size)
{
  /* Its centroid on (x, y). */
  cairo_move_to (cr, x - size * 0.866, y - size * 0.5);
  cairo_line_to (cr, x + size * 0.866, y - size * 0.5);
  cairo_line_to (cr, x, y + size);
  cairo_close_path (cr);
}

void
_polku_shape_alert_point (cairo_t            *cr,
                          double              x,
                          double              y,
                          const PolkuPalette *palette,
                          const PolkuColor   *ground)
{
  double size = POLKU_MAP_ALERT_RADIUS * 0.62;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, POLKU_MAP_ALERT_RADIUS - 0.75, 0, 2 * G_PI);
  polku_cairo_set_source_color (cr, ground);
  cairo_fill_preserve (cr);
  polku_cairo_set_source_color (cr, &palette->alert);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  /* Pointing down, its centroid on the score. */
  down_triangle (cr, x, y, size);
  cairo_fill (cr);
}

void
_polku_shape_fix_marker (cairo_t            *cr,
                         double              x,
                         double              y,
                         const PolkuPalette *palette)
{
  cairo_new_path (cr);
  down_triangle (cr, x, y - 0.5, POLKU_MAP_MARKER_SIZE * 0.62);
  polku_cairo_set_source_color (cr, &palette->alert);
  cairo_fill (cr);
}

/* A field gate: two posts, two rails and a brace. */
void
_polku_shape_gate (cairo_t            *cr,
                   double              x,
                   double              y,
                   const PolkuPalette *palette,
                   const PolkuColor   *ground)
{
  double w = POLKU_MAP_GATE_WIDTH / 2;
  double h = POLKU_MAP_GATE_HEIGHT / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x - w - 1.5, y - h - 1.5, 2 * w + 3, 2 * h + 3);
  polku_cairo_set_source_color (cr, ground);
  cairo_fill (cr);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  polku_cairo_set_source_color (cr, &palette->text);
  cairo_set_line_width (cr, 1.6);
  cairo_move_to (cr, x - w + 0.8, y - h);
  cairo_line_to (cr, x - w + 0.8, y + h);
  cairo_move_to (cr, x + w - 0.8, y - h);
  cairo_line_to (cr, x + w - 0.8, y + h);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 1.1);
  cairo_move_to (cr, x - w, y - h * 0.45);
  cairo_line_to (cr, x + w, y - h * 0.45);
  cairo_move_to (cr, x - w, y + h * 0.55);
  cairo_line_to (cr, x + w, y + h * 0.55);
  cairo_move_to (cr, x - w + 0.8, y + h * 0.55);
  cairo_line_to (cr, x + w - 0.8, y - h * 0.45);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_polku_shape_gate_line (cairo_t            *cr,
                        double              x,
                        double              y0,
                        double              y1,
                        const PolkuPalette *palette)
{
  static const double dashes[] = { 1.5, 2 };

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x, y0);
  cairo_line_to (cr, x, y1);
  polku_cairo_set_source_color (cr, &palette->text);
  cairo_set_line_width (cr, 1.25);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_polku_shape_target (cairo_t            *cr,
                     double              x,
                     double              y,
                     const PolkuPalette *palette)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x - POLKU_MAP_TARGET_HALF_WIDTH, y);
  cairo_line_to (cr, x + POLKU_MAP_TARGET_HALF_WIDTH, y);
  polku_cairo_set_source_color (cr, &palette->target);
  cairo_set_line_width (cr, TARGET_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
}

void
_polku_shape_gap (cairo_t          *cr,
                  double            x,
                  double            score_y,
                  double            target_y,
                  const PolkuColor *color)
{
  static const double dots[] = { 0.01, 2.5 };

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x, score_y);
  cairo_line_to (cr, x, target_y);
  polku_cairo_set_source_color (cr, color);
  cairo_set_line_width (cr, 1.25);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_polku_shape_midline (cairo_t            *cr,
                      double              x0,
                      double              x1,
                      double              y,
                      const PolkuPalette *palette)
{
  static const double dashes[] = { 5, 3 };

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  polku_cairo_set_source_color (cr, &palette->midline);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_polku_shape_trend (cairo_t             *cr,
                    PolkuTrendDirection  direction,
                    const PolkuRect     *box,
                    const PolkuPalette  *palette)
{
  double cx = box->x + box->width / 2;
  double top = box->y, bottom = box->y + box->height;
  double head = box->height / 2;
  double tip = direction == POLKU_TREND_RISE ? top : bottom;
  double base = direction == POLKU_TREND_RISE ? top + head : bottom - head;

  polku_cairo_set_source_color (cr, &palette->text);
  cairo_set_line_width (cr, 1.0);
  cairo_new_path (cr);
  if (direction == POLKU_TREND_SAME)
    {
      cairo_move_to (cr, box->x, box->y + box->height / 2);
      cairo_line_to (cr, box->x + box->width, box->y + box->height / 2);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      return;
    }

  /* The stem, then the head. */
  cairo_move_to (cr, cx, direction == POLKU_TREND_RISE ? bottom : top);
  cairo_line_to (cr, cx, base);
  cairo_stroke (cr);
  cairo_move_to (cr, cx, tip);
  cairo_line_to (cr, box->x, base);
  cairo_line_to (cr, box->x + box->width, base);
  cairo_close_path (cr);
  if (direction == POLKU_TREND_RISE)
    cairo_fill (cr);
  else
    cairo_stroke (cr);
}
