/* polku-window-panes.c: which pane has the keys: F6 and Shift+F6 go round
 * the map, the inspector and the outline, Escape in the inspector goes back
 * to the map, and the pane with the keys shows a ring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-window-private.h"

/* The panes in the order F6 goes round them. */
typedef enum
{
  PANE_MAP,
  PANE_INSPECTOR,
  PANE_OUTLINE,
  N_PANES
} Pane;

static GtkWidget *
pane_widget (PolkuWindow *self,
             Pane         pane)
{
  switch (pane)
    {
    case PANE_MAP:
      return GTK_WIDGET (self->map_overlay);
    case PANE_INSPECTOR:
      return GTK_WIDGET (self->inspector);
    case PANE_OUTLINE:
      return GTK_WIDGET (self->outline);
    case N_PANES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The pane that has the keys, or N_PANES. */
static Pane
focused_pane (PolkuWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (Pane pane = 0; pane < N_PANES && focus != NULL; pane++)
    if (focus == pane_widget (self, pane) || gtk_widget_is_ancestor (focus, pane_widget (self, pane)))
      return pane;
  return N_PANES;
}

/* Gives pane the keys: the map and the outline on the selection, the
 * inspector in its first field. FALSE when the pane is hidden, or has
 * nothing to take them. */
static gboolean
focus_pane (PolkuWindow *self,
            Pane         pane)
{
  GtkWidget *widget = pane_widget (self, pane);

  if (!gtk_widget_is_visible (widget))
    return FALSE;

  switch (pane)
    {
    case PANE_MAP:
      return gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
    case PANE_INSPECTOR:
      return polku_inspector_focus_field (self->inspector, NULL);
    case PANE_OUTLINE:
      polku_outline_focus_selection (self->outline);
      return gtk_widget_get_focus_child (widget) != NULL;
    case N_PANES:
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
_polku_window_focus_map (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  focus_pane (self, PANE_MAP);
}

void
_polku_window_panes_document_shown (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* Opened from the start page or the header bar, where the keys were
   * left: the arrows move on the map at once, and its ring says so. */
  if (_polku_window_get_journey (self) != NULL && focused_pane (self) == N_PANES)
    focus_pane (self, PANE_MAP);
}

static void
polku_window_focus_pane_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  int step = g_str_equal (action_name, "win.focus-next-pane") ? 1 : N_PANES - 1;
  Pane pane = focused_pane (self);

  /* From elsewhere (the header bar), the first is the map. */
  if (pane == N_PANES)
    pane = step == 1 ? N_PANES - 1 : 0;

  for (guint i = 0; i < N_PANES; i++)
    {
      pane = (pane + step) % N_PANES;
      if (focus_pane (self, pane))
        return;
    }
  gtk_widget_error_bell (widget);
}

/* The ring on the pane that has the keys, as the focus moves. */
static void
on_focus_widget_changed_cb (PolkuWindow *self)
{
  Pane focused = focused_pane (self);

  for (Pane pane = 0; pane < N_PANES; pane++)
    {
      if (pane == focused)
        gtk_widget_add_css_class (pane_widget (self, pane), "polku-pane-focus");
      else
        gtk_widget_remove_css_class (pane_widget (self, pane), "polku-pane-focus");
    }
}

/* Escape in a field of the inspector: back to the map, on the selection,
 * what was typed kept. Lists of the inspector close on it first. */
static gboolean
on_inspector_key_pressed_cb (PolkuWindow           *self,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL))
    return GDK_EVENT_PROPAGATE;

  return focus_pane (self, PANE_MAP) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

void
_polku_window_panes_update_actions (PolkuWindow *self)
{
  gboolean has_journey;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  has_journey = _polku_window_get_journey (self) != NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.focus-next-pane", has_journey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.focus-previous-pane", has_journey);
}

void
_polku_window_panes_init (PolkuWindow *self)
{
  GtkEventController *controller;
  GtkShortcutController *shortcuts;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* Before the panes between them, which take F6 for their own round. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts), GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, 0),
                                                          gtk_named_action_new ("win.focus-next-pane")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.focus-previous-pane")));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_inspector_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->inspector), controller);

  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed_cb), NULL);
}

void
_polku_window_panes_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.focus-next-pane", NULL, polku_window_focus_pane_action);
  gtk_widget_class_install_action (widget_class, "win.focus-previous-pane", NULL, polku_window_focus_pane_action);
}
