/* polku-map-layout.h: the geometry of a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"
#include "polku-render-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_MAP_LAYOUT (polku_map_layout_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMapLayout, polku_map_layout, POLKU, MAP_LAYOUT, GObject)

/* Lays out the whole map of a journey in points at 100 %. The layout is a
 * snapshot of the journey: make a new one when the journey changes. Its
 * text uses fonts of the thread that made it: draw it in that thread. */
PolkuMapLayout  *polku_map_layout_new                 (PolkuJourney    *journey);
/* The same map for a page of width × height points: when that lets it be
 * printed larger, its columns wrap into a few rows, each with its own
 * lanes, and a phase that wraps shows its band again on the next row. */
PolkuMapLayout  *polku_map_layout_new_for_page        (PolkuJourney    *journey,
                                                       double           width,
                                                       double           height);
/* The map wrapped into as few rows as keep it width points wide, each
 * about as wide as the others: for a window. A step wider than that has a
 * row of its own. */
PolkuMapLayout  *polku_map_layout_new_for_width       (PolkuJourney    *journey,
                                                       double           width);
/* The map wrapped for width as polku_map_layout_new_for_width() lays it
 * out, made when serial changes of the journey had been counted (a
 * PolkuJourneyMonitor's). When previous is a layout of the same journey,
 * made at the same count and so of the journey as it is, the new one
 * takes the steps and cards previous measured instead of measuring them
 * again. previous may be NULL. */
PolkuMapLayout  *polku_map_layout_new_for_width_counted (PolkuMapLayout *previous,
                                                       PolkuJourney    *journey,
                                                       guint64          serial,
                                                       double           width);
/* The map wrapped into the rows that let it show largest in width ×
 * height, at a scale up to max_scale; *scale is that scale. The rows are
 * chosen as for a page, without the page's limit on their number. */
PolkuMapLayout  *polku_map_layout_new_to_fit          (PolkuJourney    *journey,
                                                       double           width,
                                                       double           height,
                                                       double           max_scale,
                                                       double          *scale);
PolkuJourney    *polku_map_layout_get_journey         (PolkuMapLayout  *self);
double           polku_map_layout_get_width           (PolkuMapLayout  *self);
double           polku_map_layout_get_height          (PolkuMapLayout  *self);
guint            polku_map_layout_get_n_rows          (PolkuMapLayout  *self);
/* The size of the smallest text on the map, in points at 100 %. */
double           polku_map_layout_get_smallest_text_size (PolkuMapLayout *self);
/* The card of a touchpoint. */
gboolean         polku_map_layout_get_touchpoint_rect (PolkuMapLayout  *self,
                                                       PolkuTouchpoint *touchpoint,
                                                       PolkuRect       *rect);
/* The column of a step, from its heading to the bottom of the lanes. */
gboolean         polku_map_layout_get_step_rect       (PolkuMapLayout  *self,
                                                       PolkuStep       *step,
                                                       PolkuRect       *rect);
/* The column of a phase, its band included; its first part when the
 * columns wrap into rows. */
gboolean         polku_map_layout_get_phase_rect      (PolkuMapLayout  *self,
                                                       PolkuPhase      *phase,
                                                       PolkuRect       *rect);
/* Where a scored touchpoint's point lies on the satisfaction curve; FALSE
 * when the touchpoint has no score. */
gboolean         polku_map_layout_get_score_point     (PolkuMapLayout  *self,
                                                       PolkuTouchpoint *touchpoint,
                                                       double          *x,
                                                       double          *y);
/* The touchpoint whose card is at (x, y), or NULL. (transfer none) */
PolkuTouchpoint *polku_map_layout_hit_test            (PolkuMapLayout  *self,
                                                       double           x,
                                                       double           y);

G_END_DECLS
