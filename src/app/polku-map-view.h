/* polku-map-view.h: the scrollable, zoomable canvas that draws a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_MAP_VIEW_ZOOM_MIN 0.25
#define POLKU_MAP_VIEW_ZOOM_MAX 4.0

#define POLKU_TYPE_MAP_VIEW (polku_map_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMapView, polku_map_view, POLKU, MAP_VIEW, GtkWidget)

GtkWidget    *polku_map_view_new         (void);
PolkuJourney *polku_map_view_get_journey (PolkuMapView *self);
void          polku_map_view_set_journey (PolkuMapView *self,
                                          PolkuJourney *journey);
double        polku_map_view_get_zoom    (PolkuMapView *self);
/* Clamps to POLKU_MAP_VIEW_ZOOM_MIN … POLKU_MAP_VIEW_ZOOM_MAX and keeps the
 * middle of the visible area in place. */
void          polku_map_view_set_zoom    (PolkuMapView *self,
                                          double        zoom);
/* Steps to the next larger or smaller of the usual zoom levels. */
void          polku_map_view_zoom_in     (PolkuMapView *self);
void          polku_map_view_zoom_out    (PolkuMapView *self);
gboolean      polku_map_view_can_zoom_in (PolkuMapView *self);
gboolean      polku_map_view_can_zoom_out (PolkuMapView *self);

/* The zoom level after zoom in one step up (direction > 0) or down from
 * zoom; a plain function so that it can be tested without a display. */
double        polku_zoom_level_step      (double        zoom,
                                          int           direction);

G_END_DECLS
