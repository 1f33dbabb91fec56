/* polku-map-shapes-private.h: the marks a map is drawn with, shared by the
 * map and its legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "polku-palette.h"
#include "polku-rounds.h"

G_BEGIN_DECLS

void _polku_shape_rounded_rect (cairo_t            *cr,
                                const PolkuRect    *rect,
                                double              radius);
/* A card: thin border when non-critical, heavy double border when critical. */
void _polku_shape_card         (cairo_t            *cr,
                                const PolkuRect    *rect,
                                PolkuCriticality    criticality,
                                const PolkuPalette *palette);
/* A square for a prerequisite, a star for an opportunity. */
void _polku_shape_role_marker  (cairo_t            *cr,
                                PolkuRole           role,
                                double              x,
                                double              y,
                                const PolkuPalette *palette);
/* The pill behind the "Critical" tag. */
void _polku_shape_tag          (cairo_t            *cr,
                                const PolkuRect    *rect,
                                const PolkuPalette *palette);
/* Strokes the current path as the satisfaction curve. */
void _polku_shape_stroke_curve (cairo_t            *cr,
                                const PolkuPalette *palette);
/* Strokes the current path as the to-be curve through the targets. */
void _polku_shape_stroke_target_curve (cairo_t            *cr,
                                       const PolkuPalette *palette);
/* Points are cut out of what they lie on, the ground, by a ring of it. */
void _polku_shape_score_point  (cairo_t            *cr,
                                double              x,
                                double              y,
                                const PolkuPalette *palette,
                                const PolkuColor   *ground);
/* A ringed, downward triangle: a touchpoint to fix first. */
void _polku_shape_alert_point  (cairo_t            *cr,
                                double              x,
                                double              y,
                                const PolkuPalette *palette,
                                const PolkuColor   *ground);
/* The change since the previous round in a box: an arrow up, filled, for
 * a rise; an arrow down, hollow, for a fall; a level bar for none. */
void _polku_shape_trend        (cairo_t            *cr,
                                PolkuTrendDirection direction,
                                const PolkuRect    *box,
                                const PolkuPalette *palette);
/* The small warning sign of a "Fix first" tag. */
void _polku_shape_fix_marker   (cairo_t            *cr,
                                double              x,
                                double              y,
                                const PolkuPalette *palette);
/* A gate sign centred on (x, y), on a disc of the ground; and the line of
 * a gate between two steps. */
void _polku_shape_gate         (cairo_t            *cr,
                                double              x,
                                double              y,
                                const PolkuPalette *palette,
                                const PolkuColor   *ground);
void _polku_shape_gate_line    (cairo_t            *cr,
                                double              x,
                                double              y0,
                                double              y1,
                                const PolkuPalette *palette);
void _polku_shape_target       (cairo_t            *cr,
                                double              x,
                                double              y,
                                const PolkuPalette *palette);
/* The dotted drop from a point below target up to the target. */
void _polku_shape_gap          (cairo_t            *cr,
                                double              x,
                                double              score_y,
                                double              target_y,
                                const PolkuColor   *color);
void _polku_shape_midline      (cairo_t            *cr,
                                double              x0,
                                double              x1,
                                double              y,
                                const PolkuPalette *palette);

G_END_DECLS
