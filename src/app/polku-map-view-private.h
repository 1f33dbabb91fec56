/* polku-map-view-private.h: what the files of PolkuMapView share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-map-item.h"
#include "polku-map-view.h"

G_BEGIN_DECLS

/* Where a rectangle of the map lies in widget pixels, with the map's
 * origin at origin_x, origin_y and drawn at zoom. */
static inline void
_polku_map_view_rect_to_widget (const PolkuRect *rect,
                                double           origin_x,
                                double           origin_y,
                                double           zoom,
                                graphene_rect_t *widget_rect)
{
  graphene_rect_init (widget_rect,
                      origin_x + rect->x * zoom, origin_y + rect->y * zoom,
                      rect->width * zoom, rect->height * zoom);
}

/* Tiles of the map, from first to last across and down. */
typedef struct
{
  int first_column;
  int last_column;
  int first_row;
  int last_row;
} TileRange;

/* What a layout was made for: a map wrapped for a view width wide at
 * zoom, fitted to width × height, or neither (zeros). */
typedef struct
{
  int      width;
  int      height;
  double   zoom;
  gboolean wrap;
  gboolean fitting;
} LayoutRequest;

struct _PolkuMapView
{
  GtkWidget       parent_instance;

  PolkuJourney   *journey;
  PolkuMapLayout *layout;

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;

  double          zoom;
  /* The columns wrap into rows as wide as the view; fitted, the zoom and
   * the rows follow the view's size so that all the map shows. */
  guint           wrap : 1;
  guint           fitting : 1;
  LayoutRequest   laid_out;
  /* Why the journey is not laid out: it is over the renderer's budget. */
  GError         *error;
  /* The map drawn in tiles (polku-map-view-tiles.c): (column, row) to
   * an image, and what they show. */
  GHashTable     *tiles;
  PolkuMapLayout *tiles_layout;
  double          tiles_zoom;
  gboolean        tiles_dark;
  int             tiles_scale;
  /* The tiles the view last showed, and those around them it may show
   * next, drawn between frames. */
  TileRange       tiles_shown;
  TileRange       tiles_wanted;
  guint           tiles_fill_id;
  /* A presentation's: the step or phase lit, and the legend in a corner. */
  GObject        *spotlight;
  guint           show_legend : 1;
  /* Pixels at the view's foot covered by what lies over it (a
   * presentation's bar): the legend sits above them. */
  int             bottom_inset;
  /* The zoom when a pinch began; the gesture's scale is relative to it. */
  double          gesture_start_zoom;

  /* Where the pointer is, to zoom around it. */
  double          pointer_x;
  double          pointer_y;
  guint           has_pointer : 1;

  /* Panning: dragging with the middle button, or with Space held. */
  double          pan_start_x;
  double          pan_start_y;
  guint           space_held : 1;
  guint           panning : 1;
  /* Sees the primary button only while Space is held, leaving clicks and
   * drags of cards to the editor otherwise. */
  GtkEventController *space_pan_gesture;

  /* Editor */
  /* Any change in the journey lays the map out again, once, when it is
   * next measured or drawn. */
  PolkuJourneyMonitor *monitor;
  guint           layout_dirty : 1;
  /* The journey is within the renderer's budget as it is now: laid out
   * again only for another size, it is not counted again. */
  guint           within_budget : 1;
  guint           has_drop_marker : 1;
  GObject        *selected_item;
  PolkuRect       drop_marker;

  /* Accessibility: a PolkuMapItem child per phase, step and touchpoint, in
   * the journey's order, found by item. */
  GHashTable     *map_items;
  /* Phases, steps or touchpoints came, went or moved. */
  guint           map_items_moved : 1;
  /* Some item's sentence is out of date. */
  guint           map_items_invalid : 1;
};

/* polku-map-view-tiles.c: the map drawn once, in tiles, and shown from
 * them. Shows what area (widget coordinates) has of the map whose origin
 * is at origin_x, origin_y; FALSE, showing nothing, while it lacks tiles
 * for it, which it then draws between frames. */
void _polku_map_view_tiles_init          (PolkuMapView          *self);
void _polku_map_view_tiles_dispose       (PolkuMapView          *self);
gboolean _polku_map_view_tiles_snapshot  (PolkuMapView          *self,
                                          GtkSnapshot           *snapshot,
                                          gboolean               dark,
                                          double                 origin_x,
                                          double                 origin_y,
                                          const graphene_rect_t *area);

/* polku-map-view-items.c: the items a screen reader and the keyboard
 * focus find on the map. */
void _polku_map_view_items_init          (PolkuMapView *self);
void _polku_map_view_items_dispose       (PolkuMapView *self);
/* Drops every item, for a new journey. */
void _polku_map_view_items_reset         (PolkuMapView *self,
                                          PolkuJourney *previous);
/* Brings the items up to date with the journey, and places them where the
 * map draws theirs, with the map's origin at origin_x, origin_y. */
void _polku_map_view_items_allocate      (PolkuMapView *self,
                                          double        origin_x,
                                          double        origin_y);
/* The item widget of the selected item, or NULL. */
GtkWidget *_polku_map_view_items_get_selected (PolkuMapView *self);
/* Shows the selected item as selected; moves the focus to it when the
 * focus is on the map. */
void _polku_map_view_items_select        (PolkuMapView *self,
                                          GObject      *previous);

G_END_DECLS
