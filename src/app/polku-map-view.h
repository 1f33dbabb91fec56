/* polku-map-view.h: the scrollable, zoomable canvas that draws a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"
#include "polku-render.h"

G_BEGIN_DECLS

/* The usual zoom levels go from … to …; a fitted map may be smaller. */
#define POLKU_MAP_VIEW_ZOOM_MIN     0.25
#define POLKU_MAP_VIEW_ZOOM_MAX     4.0
#define POLKU_MAP_VIEW_FIT_ZOOM_MIN 0.001

#define POLKU_TYPE_MAP_VIEW (polku_map_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMapView, polku_map_view, POLKU, MAP_VIEW, GtkWidget)

GtkWidget    *polku_map_view_new         (void);
PolkuJourney *polku_map_view_get_journey (PolkuMapView *self);
void          polku_map_view_set_journey (PolkuMapView *self,
                                          PolkuJourney *journey);
double        polku_map_view_get_zoom    (PolkuMapView *self);
/* Clamps to POLKU_MAP_VIEW_FIT_ZOOM_MIN … POLKU_MAP_VIEW_ZOOM_MAX and keeps
 * the spot of the map in the middle of the visible area in place. */
void          polku_map_view_set_zoom    (PolkuMapView *self,
                                          double        zoom);
/* Steps to the next larger or smaller of the usual zoom levels. */
void          polku_map_view_zoom_in     (PolkuMapView *self);
void          polku_map_view_zoom_out    (PolkuMapView *self);
/* Scrolls the map by dx, dy widget pixels, as far as it goes. */
void          polku_map_view_pan         (PolkuMapView *self,
                                          double        dx,
                                          double        dy);
/* Zooms so that the whole map shows as large as it can, wrapped into the
 * rows that let it grow most, and keeps it so as the view's size changes,
 * until zoomed otherwise. */
void          polku_map_view_zoom_to_fit (PolkuMapView *self);
gboolean      polku_map_view_get_fitting (PolkuMapView *self);
/* Whether the map's columns wrap into rows as wide as the view (by
 * default), or run on in one strip. */
gboolean      polku_map_view_get_wrap    (PolkuMapView *self);
void          polku_map_view_set_wrap    (PolkuMapView *self,
                                          gboolean      wrap);
/* Why the map is not shown (a journey over the renderer's budget), or
 * NULL, as of the map's latest layout; notify::error-message says when it
 * changes. */
const char   *polku_map_view_get_error_message (PolkuMapView *self);
gboolean      polku_map_view_can_zoom_in (PolkuMapView *self);
gboolean      polku_map_view_can_zoom_out (PolkuMapView *self);

/* The zoom level after zoom in one step up (direction > 0) or down from
 * zoom; a plain function so that it can be tested without a display. */
double        polku_zoom_level_step      (double        zoom,
                                          int           direction);
/* The zoom at which content (its size at 100 %) fits in width × height. */
double        polku_zoom_to_fit          (double        content_width,
                                          double        content_height,
                                          double        width,
                                          double        height);

/* Presentation */

/* The step or phase lit, the rest of the map dimmed; NULL for none. */
GObject      *polku_map_view_get_spotlight     (PolkuMapView    *self);
void          polku_map_view_set_spotlight     (PolkuMapView    *self,
                                                GObject         *item);
/* Whether the legend shows in a corner while the map's own is out of
 * sight. */
void          polku_map_view_set_show_legend   (PolkuMapView    *self,
                                                gboolean         show_legend);
/* Pixels at the foot of the view that something over it covers, such as
 * a presentation's bar: the legend sits above them, and what is scrolled
 * to is kept clear of both. */
void          polku_map_view_set_bottom_inset  (PolkuMapView    *self,
                                                int              bottom_inset);
/* How many pixels at the foot of the view the bottom inset and the legend
 * cover. */
int           polku_map_view_get_bottom_cover  (PolkuMapView    *self);
/* What the view shows of the map, in map coordinates. */
void          polku_map_view_get_visible_rect  (PolkuMapView    *self,
                                                PolkuRect       *rect);

/* Editor */

/* The map as laid out now, after the journey's latest changes. */
PolkuMapLayout *polku_map_view_get_layout       (PolkuMapView    *self);
void          polku_map_view_widget_to_map     (PolkuMapView    *self,
                                                double           x,
                                                double           y,
                                                double          *map_x,
                                                double          *map_y);
void          polku_map_view_map_to_widget     (PolkuMapView    *self,
                                                const PolkuRect *rect,
                                                graphene_rect_t *widget_rect);
/* The item drawn as selected; the view only shows it. */
GObject      *polku_map_view_get_selected_item (PolkuMapView    *self);
void          polku_map_view_set_selected_item (PolkuMapView    *self,
                                                GObject         *item);
/* Where a dragged item would land, in map coordinates; NULL for nowhere. */
void          polku_map_view_set_drop_marker   (PolkuMapView    *self,
                                                const PolkuRect *marker);
/* Scrolls as little as it takes to show rect, in map coordinates. */
void          polku_map_view_scroll_to_rect    (PolkuMapView    *self,
                                                const PolkuRect *rect);

G_END_DECLS
