/* polku-map-editor.c: selecting, renaming and dragging on the map canvas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-map-editor.h"
#include "polku-map-selection.h"

/* The least width of the rename entry, in pixels. */
#define RENAME_MIN_WIDTH 140

struct _PolkuMapEditor
{
  GObject         parent_instance;

  PolkuMapView   *view;
  GtkOverlay     *overlay;
  PolkuSelection *selection;

  GtkWidget      *entry;
  GObject        *renamed;    /* the item being renamed, or NULL */
};

G_DEFINE_FINAL_TYPE (PolkuMapEditor, polku_map_editor, G_TYPE_OBJECT)

enum {
  PUSH_COMMAND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
polku_map_editor_push (PolkuMapEditor *self,
                       PolkuCommand   *command,
                       const char     *label)
{
  polku_command_set_label (command, label);
  g_signal_emit (self, signals[PUSH_COMMAND], 0, command);
  g_object_unref (command);
}

/* The item under (x, y) in view pixels. */
static GObject *
polku_map_editor_pick (PolkuMapEditor *self,
                       double          x,
                       double          y)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (self->view);
  double map_x, map_y;

  if (layout == NULL)
    return NULL;

  polku_map_view_widget_to_map (self->view, x, y, &map_x, &map_y);
  return polku_map_selection_hit_test (layout, map_x, map_y);
}

/* Renaming in place */

/* Puts the entry over the item's name as the map shows it now. */
static void
polku_map_editor_place_entry (PolkuMapEditor *self)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (self->view);
  graphene_rect_t area;
  PolkuRect rect;
  double x, y;
  int height;

  if (self->renamed == NULL || layout == NULL ||
      !polku_map_selection_get_name_rect (layout, self->renamed, &rect))
    return;

  polku_map_view_map_to_widget (self->view, &rect, &area);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->view), GTK_WIDGET (self->overlay),
                                         area.origin.x, area.origin.y, &x, &y))
    return;

  /* Centred on the name's first line, the text where the name was. */
  gtk_widget_measure (self->entry, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  y -= MAX (0, (height - MIN (area.size.height, 24 * polku_map_view_get_zoom (self->view))) / 2);
  gtk_widget_set_margin_start (self->entry, MAX (0, (int) x - 6));
  gtk_widget_set_margin_top (self->entry, MAX (0, (int) y));
  gtk_widget_set_size_request (self->entry, MAX (RENAME_MIN_WIDTH, (int) area.size.width + 12), -1);
}

static void
polku_map_editor_end_rename (PolkuMapEditor *self,
                             gboolean        commit)
{
  g_autoptr(GObject) item = g_steal_pointer (&self->renamed);
  GtkWidget *focus;

  if (item == NULL)
    return;

  if (commit)
    {
      PolkuCommand *command = polku_command_new_rename (item, polku_navigation_get_name_property (item),
                                                        gtk_editable_get_text (GTK_EDITABLE (self->entry)),
                                                        NULL);

      if (command != NULL)
        /* Translators: in the undo menu, "Undo Rename" */
        polku_map_editor_push (self, command, _("Rename"));
    }

  /* The canvas takes the keys again, unless the user went elsewhere. */
  focus = gtk_root_get_focus (gtk_widget_get_root (self->entry));
  gtk_widget_set_visible (self->entry, FALSE);
  if (focus != NULL && (focus == self->entry || gtk_widget_is_ancestor (focus, self->entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_entry_activate_cb (PolkuMapEditor *self)
{
  polku_map_editor_end_rename (self, TRUE);
}

static gboolean
on_entry_key_pressed_cb (PolkuMapEditor        *self,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;

  polku_map_editor_end_rename (self, FALSE);
  return GDK_EVENT_STOP;
}

static void
on_entry_focus_leave_cb (PolkuMapEditor *self)
{
  polku_map_editor_end_rename (self, TRUE);
}

static void
on_view_moved_cb (PolkuMapEditor *self)
{
  polku_map_editor_place_entry (self);
}

void
polku_map_editor_start_rename (PolkuMapEditor *self)
{
  GObject *item;
  PolkuMapLayout *layout;
  g_autofree char *text = NULL;
  PolkuRect rect;

  g_return_if_fail (POLKU_IS_MAP_EDITOR (self));

  item = polku_selection_get_item (self->selection);
  layout = polku_map_view_get_layout (self->view);
  if (item == NULL || layout == NULL || !polku_map_selection_get_item_rect (layout, item, &rect))
    return;

  polku_map_editor_end_rename (self, TRUE);
  polku_map_view_scroll_to_rect (self->view, &rect);

  self->renamed = g_object_ref (item);
  g_object_get (item, polku_navigation_get_name_property (item), &text, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  polku_map_editor_place_entry (self);
  gtk_widget_set_visible (self->entry, TRUE);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

gboolean
polku_map_editor_is_renaming (PolkuMapEditor *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_EDITOR (self), FALSE);

  return self->renamed != NULL;
}

void
polku_map_editor_finish_rename (PolkuMapEditor *self)
{
  g_return_if_fail (POLKU_IS_MAP_EDITOR (self));

  polku_map_editor_end_rename (self, TRUE);
}

/* Selecting */

static void
on_click_pressed_cb (PolkuMapEditor *self,
                     int             n_press,
                     double          x,
                     double          y,
                     GtkGestureClick *gesture)
{
  GObject *item = polku_map_editor_pick (self, x, y);
  PolkuJourney *journey = polku_selection_get_journey (self->selection);

  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  if (journey == NULL)
    return;

  /* Between the columns is the journey's own ground. */
  polku_selection_set_item (self->selection, item != NULL ? item : G_OBJECT (journey));
  if (n_press == 2 && item != NULL)
    polku_map_editor_start_rename (self);
}

void
polku_map_editor_reveal_selection (PolkuMapEditor *self)
{
  GObject *item;
  PolkuMapLayout *layout;
  PolkuRect rect;

  g_return_if_fail (POLKU_IS_MAP_EDITOR (self));

  /* The journey's header is the whole top: no need to scroll to it. */
  item = polku_selection_get_item (self->selection);
  layout = polku_map_view_get_layout (self->view);
  if (layout != NULL && item != NULL && !POLKU_IS_JOURNEY (item) &&
      polku_map_selection_get_item_rect (layout, item, &rect))
    polku_map_view_scroll_to_rect (self->view, &rect);
}

static void
on_selection_item_changed_cb (PolkuMapEditor *self)
{
  GObject *item = polku_selection_get_item (self->selection);

  if (self->renamed != NULL && self->renamed != item)
    polku_map_editor_end_rename (self, TRUE);

  polku_map_view_set_selected_item (self->view, item);
  polku_map_editor_reveal_selection (self);
}

/* Dragging */

static GdkContentProvider *
on_drag_prepare_cb (PolkuMapEditor *self,
                    double          x,
                    double          y,
                    GtkDragSource  *source)
{
  GObject *item;

  if (self->renamed != NULL)
    return NULL;

  item = polku_map_editor_pick (self, x, y);
  if (!POLKU_IS_TOUCHPOINT (item) && !POLKU_IS_STEP (item))
    return NULL;

  polku_selection_set_item (self->selection, item);
  return gdk_content_provider_new_typed (G_OBJECT_TYPE (item), item);
}

/* The item as the map draws it, to drag along. */
static GdkTexture *
render_item (PolkuMapEditor *self,
             GObject        *item)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (self->view);
  double zoom = polku_map_view_get_zoom (self->view);
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  PolkuRect rect;
  cairo_t *cr;
  int width, height;

  if (layout == NULL || !polku_map_selection_get_item_rect (layout, item, &rect))
    return NULL;

  /* A step's whole column would hide where it goes: its heading is enough. */
  if (POLKU_IS_STEP (item))
    polku_map_selection_get_name_rect (layout, item, &rect);

  width = MAX (1, (int) (rect.width * zoom));
  height = MAX (1, (int) (rect.height * zoom));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -rect.x, -rect.y);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_clip (cr);
  polku_map_draw (layout, cr, polku_palette_light ());
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
on_drag_begin_cb (PolkuMapEditor *self,
                  GdkDrag        *drag,
                  GtkDragSource  *source)
{
  g_autoptr(GdkTexture) texture = render_item (self, polku_selection_get_item (self->selection));

  if (texture != NULL)
    gtk_drag_source_set_icon (source, GDK_PAINTABLE (texture),
                              gdk_texture_get_width (texture) / 2, gdk_texture_get_height (texture) / 2);
}

/* Where item would land if dropped at (x, y): the container and the
 * position to move it to, and the marker to show. */
static gboolean
polku_map_editor_drop_slot (PolkuMapEditor *self,
                            GObject        *item,
                            double          x,
                            double          y,
                            GObject       **container,
                            guint          *to_position,
                            PolkuRect      *marker)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (self->view);
  PolkuJourney *journey = polku_selection_get_journey (self->selection);
  double map_x, map_y;
  guint position;

  if (layout == NULL || journey == NULL || item == NULL)
    return FALSE;

  polku_map_view_widget_to_map (self->view, x, y, &map_x, &map_y);
  return polku_map_selection_get_drop_slot (layout, G_OBJECT_TYPE (item), map_x, map_y,
                                            container, &position, marker) &&
         polku_navigation_drop_target (journey, item, *container, position, to_position);
}

static GdkDragAction
on_drop_motion_cb (PolkuMapEditor *self,
                   double          x,
                   double          y,
                   GtkDropTarget  *target)
{
  const GValue *value = gtk_drop_target_get_value (target);
  GObject *container;
  guint position;
  PolkuRect marker;

  if (value == NULL ||
      !polku_map_editor_drop_slot (self, g_value_get_object (value), x, y, &container, &position, &marker))
    {
      polku_map_view_set_drop_marker (self->view, NULL);
      return 0;
    }

  polku_map_view_set_drop_marker (self->view, &marker);
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave_cb (PolkuMapEditor *self)
{
  polku_map_view_set_drop_marker (self->view, NULL);
}

gboolean
_polku_map_editor_drop (PolkuMapEditor *self,
                        GObject        *item,
                        double          x,
                        double          y)
{
  PolkuJourney *journey = polku_selection_get_journey (self->selection);
  GObject *container;
  guint position;
  PolkuRect marker;
  PolkuLocation from;

  g_return_val_if_fail (POLKU_IS_MAP_EDITOR (self), FALSE);

  polku_map_view_set_drop_marker (self->view, NULL);
  if (!polku_map_editor_drop_slot (self, item, x, y, &container, &position, &marker) ||
      !polku_navigation_locate (journey, item, &from))
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (item))
    /* Translators: in the undo menu, "Undo Move Touchpoint" */
    polku_map_editor_push (self, polku_command_new_move (G_OBJECT (from.step), from.touchpoint_position,
                                                         container, position),
                           _("Move Touchpoint"));
  else
    /* Translators: in the undo menu, "Undo Move Step" */
    polku_map_editor_push (self, polku_command_new_move (G_OBJECT (from.phase), from.step_position,
                                                         container, position),
                           _("Move Step"));

  polku_selection_set_item (self->selection, item);
  polku_map_editor_reveal_selection (self);
  return TRUE;
}

static gboolean
on_drop_cb (PolkuMapEditor *self,
            const GValue   *value,
            double          x,
            double          y,
            GtkDropTarget  *target)
{
  return _polku_map_editor_drop (self, g_value_get_object (value), x, y);
}

static void
polku_map_editor_dispose (GObject *object)
{
  PolkuMapEditor *self = POLKU_MAP_EDITOR (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->entry != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->entry, self);
      if (gtk_widget_get_parent (self->entry) != NULL)
        gtk_overlay_remove_overlay (self->overlay, self->entry);
    }
  g_clear_object (&self->renamed);
  g_clear_object (&self->entry);
  g_clear_object (&self->selection);
  g_clear_object (&self->overlay);
  g_clear_object (&self->view);

  G_OBJECT_CLASS (polku_map_editor_parent_class)->dispose (object);
}

static void
polku_map_editor_class_init (PolkuMapEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_map_editor_dispose;

  signals[PUSH_COMMAND] =
    g_signal_new ("push-command", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, POLKU_TYPE_COMMAND);
}

static void
polku_map_editor_init (PolkuMapEditor *self)
{
}

PolkuMapEditor *
polku_map_editor_new (PolkuMapView   *view,
                      GtkOverlay     *overlay,
                      PolkuSelection *selection)
{
  PolkuMapEditor *self;
  GtkEventController *controller;
  GtkDropTarget *target;
  GType types[] = { POLKU_TYPE_TOUCHPOINT, POLKU_TYPE_STEP };

  g_return_val_if_fail (POLKU_IS_MAP_VIEW (view), NULL);
  g_return_val_if_fail (GTK_IS_OVERLAY (overlay), NULL);
  g_return_val_if_fail (POLKU_IS_SELECTION (selection), NULL);

  self = g_object_new (POLKU_TYPE_MAP_EDITOR, NULL);
  self->view = g_object_ref (view);
  self->overlay = g_object_ref (overlay);
  self->selection = g_object_ref (selection);

  self->entry = g_object_ref (gtk_entry_new ());
  gtk_widget_set_halign (self->entry, GTK_ALIGN_START);
  gtk_widget_set_valign (self->entry, GTK_ALIGN_START);
  gtk_widget_set_visible (self->entry, FALSE);
  gtk_widget_add_css_class (self->entry, "polku-canvas-rename");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  gtk_overlay_add_overlay (overlay, self->entry);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), self);
  gtk_widget_add_controller (self->entry, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (self->entry, controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (controller, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_drag_source_new ());
  gtk_drag_source_set_actions (GTK_DRAG_SOURCE (controller), GDK_ACTION_MOVE);
  g_signal_connect_swapped (controller, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect_swapped (controller, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), controller);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect_swapped (target, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect_swapped (target, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect_swapped (target, "leave", G_CALLBACK (on_drop_leave_cb), self);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (selection, "notify::item",
                           G_CALLBACK (on_selection_item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::zoom", G_CALLBACK (on_view_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view)), "value-changed",
                           G_CALLBACK (on_view_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), "value-changed",
                           G_CALLBACK (on_view_moved_cb), self, G_CONNECT_SWAPPED);

  on_selection_item_changed_cb (self);
  return self;
}

GtkEditable *
_polku_map_editor_get_rename_entry (PolkuMapEditor *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_EDITOR (self), NULL);

  return self->renamed != NULL ? GTK_EDITABLE (self->entry) : NULL;
}
