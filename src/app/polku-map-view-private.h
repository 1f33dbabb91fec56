/* polku-map-view-private.h: what the files of PolkuMapView share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-map-item.h"
#include "polku-map-view.h"

G_BEGIN_DECLS

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
  /* A presentation's: the step or phase lit, and the legend in a corner. */
  GObject        *spotlight;
  guint           show_legend : 1;
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

/* polku-map-view-items.c: the items a screen reader and the keyboard
 * focus find on the map. */
void _polku_map_view_items_init          (PolkuMapView *self);
void _polku_map_view_items_dispose       (PolkuMapView *self);
/* Drops every item, for a new journey. */
void _polku_map_view_items_reset         (PolkuMapView *self,
                                          PolkuJourney *previous);
/* Brings the items up to date with the journey, and places them where the
 * map draws theirs. */
void _polku_map_view_items_allocate      (PolkuMapView *self);
/* The item widget of the selected item, or NULL. */
GtkWidget *_polku_map_view_items_get_selected (PolkuMapView *self);
/* Shows the selected item as selected; moves the focus to it when the
 * focus is on the map. */
void _polku_map_view_items_select        (PolkuMapView *self,
                                          GObject      *previous);

G_END_DECLS
