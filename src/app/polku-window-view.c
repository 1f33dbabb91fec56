/* polku-window-view.c: how a window shows its map: zoom, the panes beside
 * the canvas, full screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-window-private.h"

static void
on_map_view_zoom_changed_cb (PolkuWindow  *self,
                             GParamSpec   *pspec,
                             PolkuMapView *map_view)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom level in percent; use your language's spacing */
  label = g_strdup_printf (_("%.0f%%"), polku_map_view_get_zoom (map_view) * 100);
  gtk_label_set_label (self->zoom_label, label);
  _polku_window_view_update_actions (self);
}

static void
polku_window_zoom_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    polku_map_view_zoom_in (self->map_view);
  else if (g_str_equal (action_name, "win.zoom-out"))
    polku_map_view_zoom_out (self->map_view);
  else if (g_str_equal (action_name, "win.zoom-fit"))
    polku_map_view_zoom_to_fit (self->map_view);
  else
    polku_map_view_set_zoom (self->map_view, 1.0);
}

void
_polku_window_view_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = _polku_window_get_document (self) != NULL;
  gboolean has_journey = _polku_window_get_journey (self) != NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  gtk_widget_action_set_enabled (widget, "win.zoom-in",
                                 has_document && polku_map_view_can_zoom_in (self->map_view));
  gtk_widget_action_set_enabled (widget, "win.zoom-out",
                                 has_document && polku_map_view_can_zoom_out (self->map_view));
  gtk_widget_action_set_enabled (widget, "win.zoom-reset",
                                 has_document && polku_map_view_get_zoom (self->map_view) != 1.0);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", has_document);
  gtk_widget_action_set_enabled (widget, "win.show-outline", has_journey);
  gtk_widget_action_set_enabled (widget, "win.show-inspector", has_journey);
}

void
_polku_window_view_init (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* The panes are as they were last left, and follow the preferences. */
  g_settings_bind (self->settings, "show-outline", self, "show-outline", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-inspector", self, "show-inspector", G_SETTINGS_BIND_DEFAULT);

  on_map_view_zoom_changed_cb (self, NULL, self->map_view);
}

void
_polku_window_view_class_init (GtkWidgetClass *widget_class)
{
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } bindings[] = {
    { GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset" },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset" },
    { GDK_KEY_1, GDK_CONTROL_MASK, "win.zoom-fit" },
    { GDK_KEY_KP_1, GDK_CONTROL_MASK, "win.zoom-fit" },
    { GDK_KEY_F9, 0, "win.show-outline" },
    { GDK_KEY_F9, GDK_SHIFT_MASK, "win.show-inspector" },
    { GDK_KEY_F11, 0, "win.fullscreen" },
  };

  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, on_map_view_zoom_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, polku_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, polku_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, polku_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, polku_window_zoom_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-outline", "show-outline");
  gtk_widget_class_install_property_action (widget_class, "win.show-inspector", "show-inspector");
  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].keyval, bindings[i].modifiers,
                                         bindings[i].action, NULL);
}
