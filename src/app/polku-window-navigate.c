/* polku-window-navigate.c: finding one's way on a large map: finding by
 * text, zooming to the selection, and an overview to jump from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+F finds steps and touchpoints by any of their text (see
 * polku-find-bar.c). Ctrl+2 zooms so that the selection fills the view.
 * The overview (Ctrl+Shift+O) shows the whole map, its rows fitted to the
 * window; choosing anything on it, by a click or the keys, goes back to
 * the zoom it came from, there. Escape goes back to where the selection is.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-map-selection.h"
#include "polku-window-private.h"

/* Around the selection zoomed to, in pixels of the view. */
#define ZOOM_SELECTION_MARGIN 32

static void
polku_window_find_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  if (g_str_equal (action_name, "win.find"))
    polku_find_bar_open (self->find_bar);
  else if (!polku_find_bar_next (self->find_bar, g_str_equal (action_name, "win.find-next") ? 1 : -1))
    {
      /* Nothing looked for yet: the bar asks what to look for. */
      polku_find_bar_open (self->find_bar);
    }
}

/* Zooms so that rect fills the view, and shows it. */
static void
zoom_to_rect (PolkuWindow *self,
              GObject     *item)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->map_view));
  int height = gtk_widget_get_height (GTK_WIDGET (self->map_view));
  PolkuMapLayout *layout;
  PolkuRect rect;

  /* A wrapped map wraps anew at the zoom, its columns a little wider or
   * narrower: twice brings the item to the size it should have. */
  for (guint i = 0; i < 2; i++)
    {
      double zoom;

      layout = polku_map_view_get_layout (self->map_view);
      if (layout == NULL || width <= 0 || height <= 0 ||
          !polku_map_selection_get_item_rect (layout, item, &rect) || rect.width <= 0 || rect.height <= 0)
        return;
      zoom = MIN ((width - 2.0 * ZOOM_SELECTION_MARGIN) / rect.width,
                  (height - 2.0 * ZOOM_SELECTION_MARGIN) / rect.height);
      polku_map_view_set_zoom (self->map_view, CLAMP (zoom, POLKU_MAP_VIEW_ZOOM_MIN, POLKU_MAP_VIEW_ZOOM_MAX));
    }
  layout = polku_map_view_get_layout (self->map_view);
  if (polku_map_selection_get_item_rect (layout, item, &rect))
    polku_map_view_scroll_to_rect (self->map_view, &rect);
}

static void
polku_window_zoom_selection_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  GObject *item = polku_selection_get_item (self->selection);

  if (item != NULL)
    zoom_to_rect (self, item);
}

/* The overview */

static void
polku_window_navigate_set_overview (PolkuWindow *self,
                                    gboolean     overview)
{
  GObject *item;
  PolkuMapLayout *layout;
  PolkuRect rect;

  if (self->overview == !!overview)
    return;
  self->overview = !!overview;

  if (overview)
    {
      self->overview_zoom = polku_map_view_get_zoom (self->map_view);
      polku_map_view_zoom_to_fit (self->map_view);
    }
  else
    {
      /* Back at the zoom it came from, where the selection is. */
      polku_map_view_set_zoom (self->map_view, self->overview_zoom);
      item = polku_selection_get_item (self->selection);
      layout = polku_map_view_get_layout (self->map_view);
      if (item != NULL && layout != NULL && !POLKU_IS_JOURNEY (item) &&
          polku_map_selection_get_item_rect (layout, item, &rect))
        {
          PolkuRect visible;

          /* In the middle of the view, as far as the map goes. */
          polku_map_view_get_visible_rect (self->map_view, &visible);
          polku_map_view_pan (self->map_view,
                              (rect.x + rect.width / 2 - (visible.x + visible.width / 2)) * self->overview_zoom,
                              (rect.y + MIN (rect.height, visible.height) / 2 - (visible.y + visible.height / 2)) *
                              self->overview_zoom);
        }
    }
  _polku_window_navigate_update_actions (self);
}

static void
polku_window_overview_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  polku_window_navigate_set_overview (self, g_str_equal (action_name, "win.overview") && !self->overview);
}

/* Choosing anything on the overview jumps there. */
static void
on_selection_item_changed_cb (PolkuWindow *self)
{
  if (self->overview && !self->presenting)
    polku_window_navigate_set_overview (self, FALSE);
  _polku_window_navigate_update_actions (self);
}

/* Zoomed otherwise, the view is no longer the overview. */
static void
on_map_view_fitting_changed_cb (PolkuWindow *self)
{
  if (self->overview && !polku_map_view_get_fitting (self->map_view))
    {
      self->overview = FALSE;
      _polku_window_navigate_update_actions (self);
    }
}

void
_polku_window_navigate_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_map;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  has_map = _polku_window_get_journey (self) != NULL && polku_map_view_get_error_message (self->map_view) == NULL;
  gtk_widget_action_set_enabled (widget, "win.find", _polku_window_get_journey (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.find-next", _polku_window_get_journey (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.find-previous", _polku_window_get_journey (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.zoom-selection",
                                 has_map && self->selection != NULL && !self->presenting &&
                                 polku_selection_get_item (self->selection) != NULL);
  gtk_widget_action_set_enabled (widget, "win.overview", has_map && !self->presenting);
  gtk_widget_action_set_enabled (widget, "win.leave-overview", self->overview);
}

void
_polku_window_navigate_init (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  self->find_bar = POLKU_FIND_BAR (polku_find_bar_new (self->selection));
  gtk_widget_set_halign (GTK_WIDGET (self->find_bar), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->find_bar), GTK_ALIGN_START);
  gtk_widget_set_visible (GTK_WIDGET (self->find_bar), FALSE);
  gtk_overlay_add_overlay (self->map_overlay, GTK_WIDGET (self->find_bar));

  g_signal_connect_object (self->selection, "notify::item",
                           G_CALLBACK (on_selection_item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "notify::fitting",
                           G_CALLBACK (on_map_view_fitting_changed_cb), self, G_CONNECT_SWAPPED);
  _polku_window_navigate_update_actions (self);
}

void
_polku_window_navigate_class_init (GtkWidgetClass *widget_class)
{
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } bindings[] = {
    { GDK_KEY_f, GDK_CONTROL_MASK, "win.find" },
    { GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next" },
    { GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.find-previous" },
    { GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.find-previous" },
    { GDK_KEY_2, GDK_CONTROL_MASK, "win.zoom-selection" },
    { GDK_KEY_KP_2, GDK_CONTROL_MASK, "win.zoom-selection" },
    { GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.overview" },
    { GDK_KEY_O, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.overview" },
    { GDK_KEY_Escape, 0, "win.leave-overview" },
  };

  gtk_widget_class_install_action (widget_class, "win.find", NULL, polku_window_find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, polku_window_find_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, polku_window_find_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-selection", NULL, polku_window_zoom_selection_action);
  gtk_widget_class_install_action (widget_class, "win.overview", NULL, polku_window_overview_action);
  gtk_widget_class_install_action (widget_class, "win.leave-overview", NULL, polku_window_overview_action);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].keyval, bindings[i].modifiers,
                                         bindings[i].action, NULL);
}
