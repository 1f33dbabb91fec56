/* polku-window-view.c: how a window shows its map: zoom, rows, the panes
 * beside the canvas, full screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline and the inspector lie beside the map while the window is
 * wide enough for the map to keep most of it; below that they fold over
 * the map, hidden until asked for. Whether each is shown beside the map is
 * a preference, kept in the settings; showing a folded one over the map,
 * or hiding both for a presentation, leaves the preference as it is.
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

/* Panes */

static AdwFlap *
get_flap (PolkuWindow *self,
          PolkuPane    pane)
{
  return pane == POLKU_PANE_OUTLINE ? self->outline_flap : self->inspector_flap;
}

static GtkWidget *
get_pane_widget (PolkuWindow *self,
                 PolkuPane    pane)
{
  return pane == POLKU_PANE_OUTLINE ? GTK_WIDGET (self->outline) : GTK_WIDGET (self->inspector);
}

static const char *
get_pane_property (PolkuPane pane)
{
  return pane == POLKU_PANE_OUTLINE ? "show-outline" : "show-inspector";
}

/* Beside the map a pane shows as preferred; folded, it is there to be
 * shown over the map. A presentation shows neither. */
static void
polku_window_view_update_pane (PolkuWindow *self,
                               PolkuPane    pane)
{
  GtkWidget *widget = get_pane_widget (self, pane);
  gboolean visible;

  g_assert (POLKU_IS_WINDOW (self));

  visible = !self->presenting && (self->pane_wanted[pane] || adw_flap_get_folded (get_flap (self, pane)));
  if (gtk_widget_get_visible (widget) == visible)
    return;
  gtk_widget_set_visible (widget, visible);
  /* A hidden pane does not keep the keys. */
  if (!visible && gtk_widget_get_focus_child (widget) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
}

gboolean
_polku_window_view_get_pane_shown (PolkuWindow *self,
                                   PolkuPane    pane)
{
  AdwFlap *flap;

  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  flap = get_flap (self, pane);
  if (flap == NULL)
    return TRUE;
  if (adw_flap_get_folded (flap))
    return adw_flap_get_reveal_flap (flap);
  return self->pane_wanted[pane];
}

void
_polku_window_view_set_pane_shown (PolkuWindow *self,
                                   PolkuPane    pane,
                                   gboolean     shown)
{
  AdwFlap *flap;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  flap = get_flap (self, pane);
  if (_polku_window_view_get_pane_shown (self, pane) == !!shown)
    return;

  if (adw_flap_get_folded (flap))
    {
      /* Over the map, for a moment: the preference stays. */
      if (shown)
        gtk_widget_set_visible (get_pane_widget (self, pane), TRUE);
      adw_flap_set_reveal_flap (flap, shown);
    }
  else
    {
      self->pane_wanted[pane] = !!shown;
      polku_window_view_update_pane (self, pane);
      g_settings_set_boolean (self->settings, get_pane_property (pane), shown);
    }
  g_object_notify (G_OBJECT (self), get_pane_property (pane));
}

/* A flap folds as it is allocated: its pane is shown or hidden after
 * that, not while it is. */
static gboolean
update_panes_cb (gpointer data)
{
  PolkuWindow *self = data;

  self->update_panes_id = 0;
  _polku_window_view_update_panes (self);
  for (PolkuPane pane = 0; pane < POLKU_N_PANES; pane++)
    g_object_notify (G_OBJECT (self), get_pane_property (pane));
  return G_SOURCE_REMOVE;
}

static void
on_flap_changed_cb (PolkuWindow *self,
                    GParamSpec  *pspec,
                    AdwFlap     *flap)
{
  if (self->update_panes_id == 0)
    self->update_panes_id = g_idle_add (update_panes_cb, self);
}

/* The settings say which panes show beside the map, in this window and
 * from the preferences. */
static void
on_settings_changed_cb (PolkuWindow *self,
                        const char  *key)
{
  for (PolkuPane pane = 0; pane < POLKU_N_PANES; pane++)
    {
      gboolean wanted;

      if (g_strcmp0 (key, get_pane_property (pane)) != 0)
        continue;
      wanted = g_settings_get_boolean (self->settings, key);
      if (self->pane_wanted[pane] == wanted)
        continue;
      self->pane_wanted[pane] = wanted;
      polku_window_view_update_pane (self, pane);
      g_object_notify (G_OBJECT (self), key);
    }
}

void
_polku_window_view_update_panes (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  for (PolkuPane pane = 0; pane < POLKU_N_PANES; pane++)
    polku_window_view_update_pane (self, pane);
  gtk_widget_set_visible (self->header_bar, !self->presenting);
}

/* The map too large to show */

static void
on_map_view_error_changed_cb (PolkuWindow *self)
{
  const char *message = polku_map_view_get_error_message (self->map_view);

  adw_status_page_set_description (self->too_large_page, message);
  gtk_widget_set_visible (GTK_WIDGET (self->too_large_page), message != NULL);
  /* A map too large is not presented, found on or zoomed to. */
  _polku_window_update_actions (self);
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
  g_autoptr(GAction) wrap = NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* The panes are as they were last left, and follow the preferences. */
  for (PolkuPane pane = 0; pane < POLKU_N_PANES; pane++)
    {
      self->pane_wanted[pane] = g_settings_get_boolean (self->settings, get_pane_property (pane));
      g_signal_connect_object (get_flap (self, pane), "notify::folded",
                               G_CALLBACK (on_flap_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (get_flap (self, pane), "notify::reveal-flap",
                               G_CALLBACK (on_flap_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  _polku_window_view_update_panes (self);

  /* The map wraps into rows as wide as the window, or runs on in a strip. */
  g_settings_bind (self->settings, "wrap-map", self->map_view, "wrap", G_SETTINGS_BIND_DEFAULT);
  wrap = g_settings_create_action (self->settings, "wrap-map");
  g_action_map_add_action (G_ACTION_MAP (self), wrap);

  /* A journey too large for a map: the outline and the inspector still
   * show it, the map says why it does not. */
  self->too_large_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->too_large_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->too_large_page, _("The Map Is Too Large to Show"));
  gtk_widget_set_visible (GTK_WIDGET (self->too_large_page), FALSE);
  gtk_overlay_add_overlay (self->map_overlay, GTK_WIDGET (self->too_large_page));
  g_signal_connect_object (self->map_view, "notify::error-message",
                           G_CALLBACK (on_map_view_error_changed_cb), self, G_CONNECT_SWAPPED);

  on_map_view_zoom_changed_cb (self, NULL, self->map_view);
}

void
_polku_window_view_dispose (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* The setting's action follows the setting, which outlives the window. */
  g_action_map_remove_action (G_ACTION_MAP (self), "wrap-map");
  g_clear_handle_id (&self->update_panes_id, g_source_remove);
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
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, outline_flap);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, inspector_flap);
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
