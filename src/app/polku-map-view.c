/* polku-map-view.c: the scrollable, zoomable canvas that draws a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "polku-map-selection.h"
#include "polku-map-view-private.h"
#include "polku-render.h"

/* How much one wheel notch (or ten pixels of smooth scrolling) zooms. */
#define WHEEL_ZOOM_FACTOR 1.1
#define SMOOTH_SCROLL_PIXELS_PER_NOTCH 10.0

static void polku_map_view_scrollable_iface_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuMapView, polku_map_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      polku_map_view_scrollable_iface_init))

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_ZOOM,
  PROP_WRAP,
  PROP_FITTING,
  PROP_ERROR_MESSAGE,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static const double zoom_levels[] = {
  POLKU_MAP_VIEW_ZOOM_MIN, 1.0 / 3.0, 0.5, 2.0 / 3.0, 0.75, 0.9,
  1.0, 1.1, 1.25, 1.5, 2.0, 2.5, 3.0, POLKU_MAP_VIEW_ZOOM_MAX,
};

double
polku_zoom_level_step (double zoom,
                       int    direction)
{
  const double epsilon = 1e-6;

  g_return_val_if_fail (direction != 0, zoom);

  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        if (zoom_levels[i] > zoom * (1.0 + epsilon))
          return zoom_levels[i];
      return POLKU_MAP_VIEW_ZOOM_MAX;
    }

  for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
    if (zoom_levels[i - 1] < zoom * (1.0 - epsilon))
      return zoom_levels[i - 1];
  /* A map fitted below the smallest level stays as it is. */
  return MIN (zoom, POLKU_MAP_VIEW_ZOOM_MIN);
}

/* What the view asks of its layout now: wrapped for the view's width at
 * the zoom, or fitted to the view's size, or neither. */
static void
polku_map_view_get_layout_request (PolkuMapView  *self,
                                   LayoutRequest *request)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  *request = (LayoutRequest) {
    .wrap = self->wrap && width > 0,
    .fitting = self->fitting && width > 0 && height > 0,
  };
  if (request->wrap || request->fitting)
    request->width = width;
  if (request->fitting)
    request->height = height;
  else if (request->wrap)
    request->zoom = self->zoom;
}

/* Lays the map out again when the journey changed since it last was, or
 * the view needs it wrapped or fitted anew. A journey over the renderer's
 * budget is not laid out: the view says why instead. */
static void
polku_map_view_ensure_layout (PolkuMapView *self)
{
  LayoutRequest request;
  g_autofree char *previous_error = NULL;
  g_autoptr(PolkuMapLayout) previous = NULL;
  double zoom = self->zoom;

  g_assert (POLKU_IS_MAP_VIEW (self));

  polku_map_view_get_layout_request (self, &request);
  if (!self->layout_dirty && memcmp (&request, &self->laid_out, sizeof request) == 0)
    return;

  previous_error = self->error != NULL ? g_strdup (self->error->message) : NULL;
  /* Of the journey as it is now, wrapped again it keeps what it measured. */
  if (!self->layout_dirty)
    previous = g_steal_pointer (&self->layout);
  if (self->layout_dirty)
    self->within_budget = FALSE;
  self->layout_dirty = FALSE;
  self->laid_out = request;
  g_clear_object (&self->layout);
  g_clear_error (&self->error);

  if (self->journey != NULL && !self->within_budget)
    self->within_budget = polku_render_budget_check_journey (polku_render_budget_get_default (),
                                                             self->journey, &self->error);
  if (self->journey != NULL && self->within_budget)
    {
      if (request.fitting && request.wrap)
        {
          self->layout = polku_map_layout_new_to_fit (self->journey, request.width, request.height,
                                                      POLKU_MAP_VIEW_ZOOM_MAX, &zoom);
          /* A hair under, so that rounding up the map's size adds no
           * scrollbar. */
          zoom *= 1.0 - 1e-9;
        }
      else if (request.wrap)
        self->layout = polku_map_layout_new_for_width_counted (previous, self->journey,
                                                               polku_journey_monitor_get_serial (self->monitor),
                                                               request.width / self->zoom);
      else
        self->layout = polku_map_layout_new (self->journey);

      if (request.fitting && !request.wrap)
        zoom = polku_zoom_to_fit (polku_map_layout_get_width (self->layout),
                                  polku_map_layout_get_height (self->layout),
                                  request.width, request.height);
    }

  if (g_strcmp0 (previous_error, self->error != NULL ? self->error->message : NULL) != 0)
    {
      /* Items are for a map shown. */
      self->map_items_moved = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
    }
  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
}

static void
on_monitor_changed_cb (PolkuMapView *self)
{
  if (self->layout_dirty)
    return;

  self->layout_dirty = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The map's size in widget pixels at the current zoom. */
static void
polku_map_view_get_content_size (PolkuMapView *self,
                                 double       *width,
                                 double       *height)
{
  g_assert (POLKU_IS_MAP_VIEW (self));

  polku_map_view_ensure_layout (self);

  if (self->layout == NULL)
    {
      *width = *height = 0;
      return;
    }

  *width = ceil (polku_map_layout_get_width (self->layout) * self->zoom);
  *height = ceil (polku_map_layout_get_height (self->layout) * self->zoom);
}

/* Where the map's origin lies in widget coordinates: scrolled by the
 * adjustments, and centred across when the map is narrower than the widget;
 * like a page, it starts at the top. */
static void
polku_map_view_get_origin (PolkuMapView *self,
                           double       *x,
                           double       *y)
{
  double content_width, content_height;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  g_assert (POLKU_IS_MAP_VIEW (self));

  polku_map_view_get_content_size (self, &content_width, &content_height);
  *x = MAX (0, floor ((width - content_width) / 2))
       - round (gtk_adjustment_get_value (self->hadjustment));
  *y = -round (gtk_adjustment_get_value (self->vadjustment));
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         content,
                      double         page)
{
  double upper = MAX (content, page);
  double value = CLAMP (gtk_adjustment_get_value (adjustment), 0, upper - page);

  gtk_adjustment_configure (adjustment, value, 0, upper,
                            page * 0.1, page * 0.9, page);
}

static void
polku_map_view_update_adjustments (PolkuMapView *self)
{
  double content_width, content_height;

  g_assert (POLKU_IS_MAP_VIEW (self));

  /* Not both set yet while the widget is being constructed. */
  if (self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  polku_map_view_get_content_size (self, &content_width, &content_height);
  configure_adjustment (self->hadjustment, content_width,
                        gtk_widget_get_width (GTK_WIDGET (self)));
  /* The foot of the map scrolls clear of what covers the view's. */
  configure_adjustment (self->vadjustment, content_height + polku_map_view_get_bottom_cover (self),
                        gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Zooming by hand stays within the usual levels, or at most as far below
 * them as a fitted map started from. */
static double
clamp_zoom (double zoom,
            double from)
{
  return CLAMP (zoom, MIN (POLKU_MAP_VIEW_ZOOM_MIN, from), POLKU_MAP_VIEW_ZOOM_MAX);
}

/* What the view shows of the map, in map coordinates. */
static void
polku_map_view_get_visible (PolkuMapView *self,
                            PolkuRect    *visible)
{
  double origin_x, origin_y;

  g_assert (POLKU_IS_MAP_VIEW (self));

  polku_map_view_get_origin (self, &origin_x, &origin_y);
  *visible = (PolkuRect) {
    -origin_x / self->zoom, -origin_y / self->zoom,
    gtk_widget_get_width (GTK_WIDGET (self)) / self->zoom,
    gtk_widget_get_height (GTK_WIDGET (self)) / self->zoom,
  };
}

/* A spot on the map that stays under a point of the view while the map is
 * laid out anew, wrapped otherwise: on an item, so far across and down it;
 * elsewhere, so far across and down the map. */
typedef struct
{
  GObject *item;
  double   across;
  double   down;
} Anchor;

static void
anchor_clear (Anchor *anchor)
{
  g_clear_object (&anchor->item);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Anchor, anchor_clear)

/* Where the anchor's item, or else the map, lies. */
static void
anchor_get_rect (PolkuMapView *self,
                 Anchor       *anchor,
                 PolkuRect    *rect)
{
  if (anchor->item != NULL && polku_map_selection_get_item_rect (self->layout, anchor->item, rect))
    return;
  *rect = (PolkuRect) {
    0, 0, polku_map_layout_get_width (self->layout), polku_map_layout_get_height (self->layout)
  };
}

static void
polku_map_view_anchor_at (PolkuMapView *self,
                          double        x,
                          double        y,
                          Anchor       *anchor)
{
  double map_x, map_y;
  PolkuRect rect;

  g_assert (POLKU_IS_MAP_VIEW (self));

  *anchor = (Anchor) { NULL, 0, 0 };
  if (self->layout == NULL)
    return;

  polku_map_view_widget_to_map (self, x, y, &map_x, &map_y);
  anchor->item = polku_map_selection_hit_test (self->layout, map_x, map_y);
  if (anchor->item != NULL)
    g_object_ref (anchor->item);
  anchor_get_rect (self, anchor, &rect);
  anchor->across = rect.width > 0 ? (map_x - rect.x) / rect.width : 0;
  anchor->down = rect.height > 0 ? (map_y - rect.y) / rect.height : 0;
}

/* Scrolls the map, as laid out now, so that the anchor's spot is under
 * (x, y) in widget coordinates. */
static void
polku_map_view_scroll_anchor_to (PolkuMapView *self,
                                 Anchor       *anchor,
                                 double        x,
                                 double        y)
{
  double origin_x, origin_y;
  PolkuRect rect;

  g_assert (POLKU_IS_MAP_VIEW (self));

  polku_map_view_update_adjustments (self);
  if (self->layout == NULL)
    return;
  anchor_get_rect (self, anchor, &rect);

  /* The origin without scrolling. */
  gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_adjustment_set_value (self->vadjustment, 0);
  polku_map_view_get_origin (self, &origin_x, &origin_y);
  gtk_adjustment_set_value (self->hadjustment,
                            origin_x + (rect.x + anchor->across * rect.width) * self->zoom - x);
  gtk_adjustment_set_value (self->vadjustment,
                            origin_y + (rect.y + anchor->down * rect.height) * self->zoom - y);
}

static void
polku_map_view_set_fitting (PolkuMapView *self,
                            gboolean      fitting)
{
  g_assert (POLKU_IS_MAP_VIEW (self));

  if (self->fitting == !!fitting)
    return;
  self->fitting = !!fitting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FITTING]);
}

/* Zooms so that the map spot under (x, y), in widget coordinates, stays
 * under it, the map wrapped anew for the zoom. */
static void
polku_map_view_zoom_around (PolkuMapView *self,
                            double        zoom,
                            double        x,
                            double        y)
{
  g_auto(Anchor) anchor = { NULL, 0, 0 };

  g_assert (POLKU_IS_MAP_VIEW (self));

  zoom = CLAMP (zoom, POLKU_MAP_VIEW_FIT_ZOOM_MIN, POLKU_MAP_VIEW_ZOOM_MAX);
  if (zoom == self->zoom && !self->fitting)
    return;

  polku_map_view_anchor_at (self, x, y, &anchor);
  self->zoom = zoom;
  polku_map_view_set_fitting (self, FALSE);
  polku_map_view_scroll_anchor_to (self, &anchor, x, y);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
polku_map_view_zoom_around_pointer (PolkuMapView *self,
                                    double        zoom)
{
  g_assert (POLKU_IS_MAP_VIEW (self));

  if (self->has_pointer)
    polku_map_view_zoom_around (self, zoom, self->pointer_x, self->pointer_y);
  else
    polku_map_view_set_zoom (self, zoom);
}

static void
on_adjustment_value_changed_cb (PolkuMapView  *self,
                                GtkAdjustment *adjustment)
{
  /* The items move with the map. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
polku_map_view_set_adjustment (PolkuMapView   *self,
                               GtkAdjustment **slot,
                               GtkAdjustment  *adjustment,
                               guint           prop_id)
{
  g_assert (POLKU_IS_MAP_VIEW (self));

  if (adjustment != NULL && *slot == adjustment)
    return;

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (on_adjustment_value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  polku_map_view_update_adjustments (self);
  g_object_notify (G_OBJECT (self), prop_id == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

static gboolean
on_scroll_scroll_cb (PolkuMapView             *self,
                     double                    dx,
                     double                    dy,
                     GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  double notches = dy;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return GDK_EVENT_PROPAGATE;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    notches /= SMOOTH_SCROLL_PIXELS_PER_NOTCH;

  polku_map_view_zoom_around_pointer (self, clamp_zoom (self->zoom * pow (WHEEL_ZOOM_FACTOR, -notches),
                                                       self->zoom));
  return GDK_EVENT_STOP;
}

static void
on_motion_cb (PolkuMapView *self,
              double        x,
              double        y)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
}

static void
on_motion_leave_cb (PolkuMapView *self)
{
  self->has_pointer = FALSE;
}

static void
on_zoom_gesture_begin_cb (PolkuMapView     *self,
                          GdkEventSequence *sequence,
                          GtkGesture       *gesture)
{
  self->gesture_start_zoom = self->zoom;
}

static void
on_zoom_gesture_scale_changed_cb (PolkuMapView   *self,
                                  double          scale,
                                  GtkGestureZoom *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  polku_map_view_zoom_around (self, clamp_zoom (self->gesture_start_zoom * scale, self->gesture_start_zoom),
                              x, y);
}

void
polku_map_view_pan (PolkuMapView *self,
                    double        dx,
                    double        dy)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  /* The adjustments keep the map within reach. */
  gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) + dx);
  gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + dy);
}

static void
polku_map_view_update_pan_cursor (PolkuMapView *self)
{
  const char *name = NULL;

  if (self->panning)
    name = "grabbing";
  else if (self->space_held)
    name = "grab";
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static void
polku_map_view_set_space_held (PolkuMapView *self,
                               gboolean      held)
{
  self->space_held = held;
  if (held || !self->panning)
    gtk_event_controller_set_propagation_phase (self->space_pan_gesture,
                                                held ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
  polku_map_view_update_pan_cursor (self);
}

static void
on_pan_drag_begin_cb (PolkuMapView   *self,
                      double          x,
                      double          y,
                      GtkGestureDrag *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->pan_start_x = gtk_adjustment_get_value (self->hadjustment);
  self->pan_start_y = gtk_adjustment_get_value (self->vadjustment);
  self->panning = TRUE;
  polku_map_view_update_pan_cursor (self);
}

static void
on_pan_drag_update_cb (PolkuMapView   *self,
                       double          offset_x,
                       double          offset_y,
                       GtkGestureDrag *gesture)
{
  if (!self->panning)
    return;

  /* The map follows the pointer. */
  gtk_adjustment_set_value (self->hadjustment, self->pan_start_x - offset_x);
  gtk_adjustment_set_value (self->vadjustment, self->pan_start_y - offset_y);
}

static void
on_pan_drag_end_cb (PolkuMapView   *self,
                    double          offset_x,
                    double          offset_y,
                    GtkGestureDrag *gesture)
{
  self->panning = FALSE;
  polku_map_view_set_space_held (self, self->space_held);
}

static gboolean
on_pan_key_pressed_cb (PolkuMapView          *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_space || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  if (!self->space_held)
    polku_map_view_set_space_held (self, TRUE);
  return GDK_EVENT_STOP;
}

static void
on_pan_key_released_cb (PolkuMapView          *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_space)
    return;

  polku_map_view_set_space_held (self, FALSE);
}

static void
on_pan_focus_leave_cb (PolkuMapView *self)
{
  polku_map_view_set_space_held (self, FALSE);
}

static void
polku_map_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PolkuMapView *self = POLKU_MAP_VIEW (widget);
  double content_width, content_height;

  polku_map_view_get_content_size (self, &content_width, &content_height);
  *minimum = 0;
  *natural = (int) (orientation == GTK_ORIENTATION_HORIZONTAL ? content_width : content_height);
}

static void
polku_map_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PolkuMapView *self = POLKU_MAP_VIEW (widget);
  LayoutRequest request;
  double origin_x, origin_y;

  /* Wrapped anew for another width, the map keeps what was at the top left
   * there; fitted anew, it shows whole. */
  polku_map_view_get_layout_request (self, &request);
  if (!self->layout_dirty && request.wrap && !request.fitting &&
      memcmp (&request, &self->laid_out, sizeof request) != 0)
    {
      g_auto(Anchor) anchor = { NULL, 0, 0 };

      polku_map_view_anchor_at (self, 0, 0, &anchor);
      polku_map_view_scroll_anchor_to (self, &anchor, 0, 0);
    }
  polku_map_view_update_adjustments (self);
  polku_map_view_get_origin (self, &origin_x, &origin_y);
  _polku_map_view_items_allocate (self, origin_x, origin_y);
}

/* The keys land on the selected item, which a screen reader then reads. */
static gboolean
polku_map_view_grab_focus (GtkWidget *widget)
{
  GtkWidget *selected = _polku_map_view_items_get_selected (POLKU_MAP_VIEW (widget));

  if (selected != NULL && gtk_widget_grab_focus (selected))
    return TRUE;
  return GTK_WIDGET_CLASS (polku_map_view_parent_class)->grab_focus (widget);
}

/* Tab comes into the map in one step and leaves it in one: the arrow keys
 * go from item to item. */
static gboolean
polku_map_view_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  if (gtk_widget_has_focus (widget) || gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;
  return gtk_widget_grab_focus (widget);
}

/* The selection and where a dragged item would land, over the map. */
static void
polku_map_view_draw_editing (PolkuMapView *self,
                             cairo_t      *cr)
{
  /* Adwaita's accent, as the rest of the window shows selections. */
  static const PolkuColor accent_light = { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1.0 };
  static const PolkuColor accent_dark = { 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, 1.0 };
  const PolkuColor *accent;

  g_assert (POLKU_IS_MAP_VIEW (self));

  accent = adw_style_manager_get_dark (adw_style_manager_get_default ()) ? &accent_dark : &accent_light;
  if (self->selected_item != NULL)
    polku_map_selection_draw (self->layout, cr, self->selected_item, accent);
  if (self->has_drop_marker)
    polku_map_selection_draw_drop_marker (cr, &self->drop_marker, accent);
}

#define LEGEND_MARGIN 12

/* The legend of a presentation, in the view's bottom right corner while
 * the map's own is out of sight. */
static void
polku_map_view_snapshot_legend (PolkuMapView       *self,
                                GtkSnapshot        *snapshot,
                                const PolkuPalette *palette,
                                const PolkuRect    *view)
{
  const double margin = LEGEND_MARGIN;
  double width, height;
  PolkuRect header;
  graphene_rect_t area;
  cairo_t *cr;

  if (!self->show_legend || !polku_map_overlay_get_legend_size (self->layout, &width, &height) ||
      (polku_map_selection_get_item_rect (self->layout, G_OBJECT (self->journey), &header) &&
       polku_rect_intersects (&header, view)))
    return;

  graphene_rect_init (&area,
                      gtk_widget_get_width (GTK_WIDGET (self)) - margin - width * self->zoom,
                      gtk_widget_get_height (GTK_WIDGET (self)) - self->bottom_inset - margin - height * self->zoom,
                      ceil (width * self->zoom), ceil (height * self->zoom));
  cr = gtk_snapshot_append_cairo (snapshot, &area);
  polku_map_draw_set_raster_scale (cr, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  cairo_translate (cr, area.origin.x, area.origin.y);
  cairo_scale (cr, self->zoom, self->zoom);
  polku_map_draw_legend (self->layout, cr, palette, 0, 0);
  cairo_destroy (cr);
}

static void
polku_map_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PolkuMapView *self = POLKU_MAP_VIEW (widget);
  graphene_rect_t visible, content;
  double origin_x, origin_y;
  double content_width, content_height;
  const PolkuPalette *palette;
  PolkuRect view;
  GdkRGBA background;
  GtkWidget *focus;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  palette = dark ? polku_palette_dark () : polku_palette_light ();

  graphene_rect_init (&visible, 0, 0,
                      gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  background = (GdkRGBA) {
    palette->background.red, palette->background.green,
    palette->background.blue, palette->background.alpha,
  };
  gtk_snapshot_append_color (snapshot, &background, &visible);

  if (self->layout == NULL)
    return;

  /* Only the part of the map that is on screen gets a surface. */
  polku_map_view_get_origin (self, &origin_x, &origin_y);
  polku_map_view_get_content_size (self, &content_width, &content_height);
  polku_map_view_get_visible (self, &view);
  graphene_rect_init (&content, origin_x, origin_y, content_width, content_height);
  if (graphene_rect_intersection (&visible, &content, &content))
    {
      gboolean tiled = _polku_map_view_tiles_snapshot (self, snapshot, dark, origin_x, origin_y, &content);

      /* Over the map, drawn anew in every frame; the map itself when the
       * tiles lack some of it. */
      cr = gtk_snapshot_append_cairo (snapshot, &content);
      polku_map_draw_set_raster_scale (cr, gtk_widget_get_scale_factor (widget));
      cairo_rectangle (cr, content.origin.x, content.origin.y,
                       content.size.width, content.size.height);
      cairo_clip (cr);
      cairo_translate (cr, origin_x, origin_y);
      cairo_scale (cr, self->zoom, self->zoom);
      if (!tiled)
        polku_map_draw (self->layout, cr, palette);
      /* The lane names and the headings stay in sight as the map scrolls. */
      polku_map_draw_sticky_labels (self->layout, cr, palette, &view);
      if (self->spotlight != NULL)
        polku_map_draw_spotlight (self->layout, cr, palette, &view, self->spotlight);
      polku_map_view_draw_editing (self, cr);
      cairo_destroy (cr);
    }
  polku_map_view_snapshot_legend (self, snapshot, palette, &view);

  /* The focus ring of the item that has the keys, as the style draws it;
   * none for a card of a hidden lane, which is nowhere on the map. */
  focus = gtk_widget_get_focus_child (widget);
  if (focus != NULL && gtk_widget_get_width (focus) > 0)
    gtk_widget_snapshot_child (widget, focus, snapshot);
}

static void
polku_map_view_dispose (GObject *object)
{
  PolkuMapView *self = POLKU_MAP_VIEW (object);

  _polku_map_view_items_dispose (self);
  _polku_map_view_tiles_dispose (self);
  g_clear_object (&self->monitor);
  g_clear_object (&self->selected_item);
  g_clear_object (&self->spotlight);
  g_clear_object (&self->layout);
  g_clear_error (&self->error);
  g_clear_object (&self->journey);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (polku_map_view_parent_class)->dispose (object);
}

static void
polku_map_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PolkuMapView *self = POLKU_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_WRAP:
      g_value_set_boolean (value, self->wrap);
      break;

    case PROP_FITTING:
      g_value_set_boolean (value, self->fitting);
      break;

    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, polku_map_view_get_error_message (self));
      break;

    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;

    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;

    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;

    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_map_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PolkuMapView *self = POLKU_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      polku_map_view_set_journey (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      polku_map_view_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_WRAP:
      polku_map_view_set_wrap (self, g_value_get_boolean (value));
      break;

    case PROP_HADJUSTMENT:
      polku_map_view_set_adjustment (self, &self->hadjustment,
                                     g_value_get_object (value), prop_id);
      break;

    case PROP_VADJUSTMENT:
      polku_map_view_set_adjustment (self, &self->vadjustment,
                                     g_value_get_object (value), prop_id);
      break;

    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_map_view_scrollable_iface_init (GtkScrollableInterface *iface)
{
}

static void
polku_map_view_class_init (PolkuMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_map_view_dispose;
  object_class->get_property = polku_map_view_get_property;
  object_class->set_property = polku_map_view_set_property;

  widget_class->measure = polku_map_view_measure;
  widget_class->size_allocate = polku_map_view_size_allocate;
  widget_class->snapshot = polku_map_view_snapshot;
  widget_class->grab_focus = polku_map_view_grab_focus;
  widget_class->focus = polku_map_view_focus;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         POLKU_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         POLKU_MAP_VIEW_FIT_ZOOM_MIN, POLKU_MAP_VIEW_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_WRAP] =
    g_param_spec_boolean ("wrap", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FITTING] =
    g_param_spec_boolean ("fitting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "polkumapview");
  /* A list of the map's items, named after the journey. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
polku_map_view_init (PolkuMapView *self)
{
  GtkEventController *controller;

  self->zoom = 1.0;
  self->wrap = TRUE;
  _polku_map_view_items_init (self);
  _polku_map_view_tiles_init (self);
  /* Focused, the scrolled window's keys (Page Up, Page Down…) scroll it. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  polku_map_view_set_adjustment (self, &self->hadjustment, NULL, PROP_HADJUSTMENT);
  polku_map_view_set_adjustment (self, &self->vadjustment, NULL, PROP_VADJUSTMENT);

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (on_scroll_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_motion_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_zoom_new ());
  g_signal_connect_swapped (controller, "begin", G_CALLBACK (on_zoom_gesture_begin_cb), self);
  g_signal_connect_swapped (controller, "scale-changed",
                            G_CALLBACK (on_zoom_gesture_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Panning sees its presses first: the middle button's always, the
   * primary button's while Space is held. */
  for (guint i = 0; i < 2; i++)
    {
      controller = GTK_EVENT_CONTROLLER (gtk_gesture_drag_new ());
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller),
                                     i == 0 ? GDK_BUTTON_MIDDLE : GDK_BUTTON_PRIMARY);
      gtk_event_controller_set_propagation_phase (controller, i == 0 ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
      g_signal_connect_swapped (controller, "drag-begin", G_CALLBACK (on_pan_drag_begin_cb), self);
      g_signal_connect_swapped (controller, "drag-update", G_CALLBACK (on_pan_drag_update_cb), self);
      g_signal_connect_swapped (controller, "drag-end", G_CALLBACK (on_pan_drag_end_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), controller);
    }
  self->space_pan_gesture = controller;

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_pan_key_pressed_cb), self);
  g_signal_connect_swapped (controller, "key-released", G_CALLBACK (on_pan_key_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_pan_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
polku_map_view_new (void)
{
  return g_object_new (POLKU_TYPE_MAP_VIEW, NULL);
}

PolkuJourney *
polku_map_view_get_journey (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), NULL);

  return self->journey;
}

void
polku_map_view_set_journey (PolkuMapView *self,
                            PolkuJourney *journey)
{
  g_autoptr(PolkuJourney) previous = NULL;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (journey == NULL || POLKU_IS_JOURNEY (journey));

  if (self->journey == journey)
    return;
  previous = g_steal_pointer (&self->journey);
  self->journey = journey != NULL ? g_object_ref (journey) : NULL;

  g_clear_object (&self->monitor);
  g_clear_object (&self->selected_item);
  g_clear_object (&self->spotlight);
  self->has_drop_marker = FALSE;
  g_clear_object (&self->layout);
  self->layout_dirty = TRUE;
  if (journey != NULL)
    {
      self->monitor = polku_journey_monitor_new (journey);
      g_signal_connect_object (self->monitor, "changed",
                               G_CALLBACK (on_monitor_changed_cb), self, G_CONNECT_SWAPPED);
    }

  _polku_map_view_items_reset (self, previous);

  gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_adjustment_set_value (self->vadjustment, 0);
  polku_map_view_update_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
}

double
polku_map_view_get_zoom (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), 1.0);

  return self->zoom;
}

void
polku_map_view_set_zoom (PolkuMapView *self,
                         double        zoom)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (!isnan (zoom));

  polku_map_view_zoom_around (self, zoom,
                              gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                              gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

double
polku_zoom_to_fit (double content_width,
                   double content_height,
                   double width,
                   double height)
{
  double zoom;

  g_return_val_if_fail (content_width > 0 && content_height > 0, 1.0);

  /* A hair under, so that rounding up the map's size adds no scrollbar. */
  zoom = MIN (floor (width) / content_width, floor (height) / content_height) * (1.0 - 1e-9);
  return CLAMP (zoom, POLKU_MAP_VIEW_FIT_ZOOM_MIN, POLKU_MAP_VIEW_ZOOM_MAX);
}

void
polku_map_view_zoom_to_fit (PolkuMapView *self)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  /* The view stays fitted, as the window changes size, until zoomed. */
  polku_map_view_set_fitting (self, TRUE);
  gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_adjustment_set_value (self->vadjustment, 0);
  polku_map_view_update_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
polku_map_view_get_fitting (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), FALSE);

  return self->fitting;
}

gboolean
polku_map_view_get_wrap (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), FALSE);

  return self->wrap;
}

void
polku_map_view_set_wrap (PolkuMapView *self,
                         gboolean      wrap)
{
  g_auto(Anchor) anchor = { NULL, 0, 0 };

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  if (self->wrap == !!wrap)
    return;

  /* What is at the top left stays there. */
  polku_map_view_anchor_at (self, 0, 0, &anchor);
  self->wrap = !!wrap;
  polku_map_view_scroll_anchor_to (self, &anchor, 0, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRAP]);
}

const char *
polku_map_view_get_error_message (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), NULL);

  /* As of the latest layout: asking lays nothing out. */
  return self->error != NULL ? self->error->message : NULL;
}

void
polku_map_view_zoom_in (PolkuMapView *self)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  polku_map_view_set_zoom (self, polku_zoom_level_step (self->zoom, 1));
}

void
polku_map_view_zoom_out (PolkuMapView *self)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  polku_map_view_set_zoom (self, polku_zoom_level_step (self->zoom, -1));
}

gboolean
polku_map_view_can_zoom_in (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), FALSE);

  return self->zoom < POLKU_MAP_VIEW_ZOOM_MAX;
}

gboolean
polku_map_view_can_zoom_out (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), FALSE);

  return polku_zoom_level_step (self->zoom, -1) < self->zoom;
}

/* Presentation */

GObject *
polku_map_view_get_spotlight (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), NULL);

  return self->spotlight;
}

void
polku_map_view_set_spotlight (PolkuMapView *self,
                              GObject      *item)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (item == NULL || POLKU_IS_STEP (item) || POLKU_IS_PHASE (item));

  if (g_set_object (&self->spotlight, item))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
polku_map_view_set_show_legend (PolkuMapView *self,
                                gboolean      show_legend)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  if (self->show_legend == !!show_legend)
    return;
  self->show_legend = !!show_legend;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
polku_map_view_set_bottom_inset (PolkuMapView *self,
                                 int           bottom_inset)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  if (self->bottom_inset == MAX (0, bottom_inset))
    return;
  self->bottom_inset = MAX (0, bottom_inset);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
polku_map_view_get_bottom_cover (PolkuMapView *self)
{
  double height;

  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), 0);

  polku_map_view_ensure_layout (self);
  if (!self->show_legend || self->layout == NULL ||
      !polku_map_overlay_get_legend_size (self->layout, NULL, &height))
    return self->bottom_inset;
  return self->bottom_inset + ceil (height * self->zoom) + LEGEND_MARGIN;
}

void
polku_map_view_get_visible_rect (PolkuMapView *self,
                                 PolkuRect    *rect)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (rect != NULL);

  polku_map_view_get_visible (self, rect);
}

/* Editor */

PolkuMapLayout *
polku_map_view_get_layout (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), NULL);

  polku_map_view_ensure_layout (self);
  return self->layout;
}

void
polku_map_view_widget_to_map (PolkuMapView *self,
                              double        x,
                              double        y,
                              double       *map_x,
                              double       *map_y)
{
  double origin_x, origin_y;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  polku_map_view_get_origin (self, &origin_x, &origin_y);
  *map_x = (x - origin_x) / self->zoom;
  *map_y = (y - origin_y) / self->zoom;
}

void
polku_map_view_map_to_widget (PolkuMapView    *self,
                              const PolkuRect *rect,
                              graphene_rect_t *widget_rect)
{
  double origin_x, origin_y;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (rect != NULL && widget_rect != NULL);

  polku_map_view_get_origin (self, &origin_x, &origin_y);
  _polku_map_view_rect_to_widget (rect, origin_x, origin_y, self->zoom, widget_rect);
}

GObject *
polku_map_view_get_selected_item (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), NULL);

  return self->selected_item;
}

void
polku_map_view_set_selected_item (PolkuMapView *self,
                                  GObject      *item)
{
  g_autoptr(GObject) previous = NULL;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (self->selected_item == item)
    return;
  previous = g_steal_pointer (&self->selected_item);
  self->selected_item = item != NULL ? g_object_ref (item) : NULL;
  _polku_map_view_items_select (self, previous);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
polku_map_view_set_drop_marker (PolkuMapView    *self,
                                const PolkuRect *marker)
{
  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  if (marker == NULL && !self->has_drop_marker)
    return;
  if (marker != NULL && self->has_drop_marker &&
      memcmp (marker, &self->drop_marker, sizeof *marker) == 0)
    return;

  self->has_drop_marker = marker != NULL;
  if (marker != NULL)
    self->drop_marker = *marker;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Scrolls one way as little as it takes to show the span from start to end
 * (in widget pixels) clear of inset, what the labels kept in sight cover
 * at the view's start, its start first when it does not fit. */
static void
scroll_adjustment_to (GtkAdjustment *adjustment,
                      double         start,
                      double         end,
                      double         page,
                      double         inset)
{
  double value = gtk_adjustment_get_value (adjustment);
  const double margin = 24;

  if (end + margin > page)
    value += end + margin - page;
  if (start - margin - inset < 0 || end - start + 2 * margin + inset > page)
    value = gtk_adjustment_get_value (adjustment) + start - margin - inset;
  gtk_adjustment_set_value (adjustment, value);
}

void
polku_map_view_scroll_to_rect (PolkuMapView    *self,
                               const PolkuRect *rect)
{
  graphene_rect_t area;
  double left = 0, top = 0;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));
  g_return_if_fail (rect != NULL);

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    return;

  polku_map_view_update_adjustments (self);
  if (self->layout != NULL)
    polku_map_overlay_get_insets (self->layout, &left, &top);
  polku_map_view_map_to_widget (self, rect, &area);
  scroll_adjustment_to (self->hadjustment, area.origin.x, area.origin.x + area.size.width,
                        gtk_widget_get_width (GTK_WIDGET (self)), left * self->zoom);
  scroll_adjustment_to (self->vadjustment, area.origin.y, area.origin.y + area.size.height,
                        gtk_widget_get_height (GTK_WIDGET (self)) - polku_map_view_get_bottom_cover (self),
                        top * self->zoom);
}
