/* polku-window-capture.c: capturing what a team says as fast as it is
 * said: a list pasted onto a step or a phase, the channel picked by typing
 * part of its name, e into the expectation, the fix-first list at hand,
 * and a change of scale that asks what becomes of the scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-channel-picker.h"
#include "polku-fix-first-panel.h"
#include "polku-map-selection.h"
#include "polku-window-private.h"

static GObject *
get_item (PolkuWindow *self)
{
  return polku_selection_get_item (self->selection);
}

/* e: into the expectation of the step or touchpoint, in the inspector. */
static void
polku_window_edit_expectation_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  g_object_set (self, "show-inspector", TRUE, NULL);
  if (!polku_inspector_focus_field (self->inspector, "expectation"))
    gtk_widget_error_bell (widget);
}

/* The channel picker */

/* Where the picker points: the selected touchpoint's row when the outline
 * has the keys, else its card on the map; in the window's coordinates. */
static gboolean
polku_window_find_selection_rect (PolkuWindow  *self,
                                  GdkRectangle *rect)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GObject *item = get_item (self);
  GtkWidget *row = _polku_outline_get_row_widget (self->outline, item);
  PolkuMapLayout *layout = polku_map_view_get_layout (self->map_view);
  graphene_rect_t bounds;
  PolkuRect card;

  if (row != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->outline)) &&
      gtk_widget_compute_bounds (row, GTK_WIDGET (self), &bounds))
    ;
  else if (layout != NULL && polku_map_selection_get_item_rect (layout, item, &card))
    {
      graphene_point_t origin;

      polku_map_view_map_to_widget (self->map_view, &card, &bounds);
      if (!gtk_widget_compute_point (GTK_WIDGET (self->map_view), GTK_WIDGET (self), &bounds.origin, &origin))
        return FALSE;
      bounds.origin = origin;
    }
  else
    return FALSE;

  *rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                           MAX (1, (int) bounds.size.width), MAX (1, (int) bounds.size.height) };
  return TRUE;
}

static void
polku_window_open_channel_picker (PolkuWindow *self,
                                  const char  *text)
{
  GObject *item = get_item (self);
  GdkRectangle rect;

  if (!POLKU_IS_TOUCHPOINT (item))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* The keys go back to where they were once a channel is chosen. */
  g_set_weak_pointer (&self->picker_return_focus, gtk_root_get_focus (GTK_ROOT (self)));
  if (polku_window_find_selection_rect (self, &rect))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->channel_picker), &rect);
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->channel_picker), NULL);
  polku_channel_picker_popup (self->channel_picker, polku_touchpoint_get_channel (POLKU_TOUCHPOINT (item)), text);
}

static void
polku_window_choose_channel_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  polku_window_open_channel_picker (POLKU_WINDOW (widget), NULL);
}

static void
on_inspector_choose_channel_cb (PolkuWindow *self,
                                const char  *text)
{
  polku_window_open_channel_picker (self, text);
}

static void
on_channel_chosen_cb (PolkuWindow *self,
                      guint        channel)
{
  GObject *item = get_item (self);
  g_auto(GValue) value = G_VALUE_INIT;

  if (!POLKU_IS_TOUCHPOINT (item) || polku_touchpoint_get_channel (POLKU_TOUCHPOINT (item)) == channel)
    return;

  g_value_init (&value, POLKU_TYPE_CHANNEL);
  g_value_set_enum (&value, channel);
  _polku_window_push_edit (self, polku_command_new_set_property (item, "channel", &value),
                           /* Translators: in the undo menu, "Undo Choose Channel" */
                           _("Choose Channel"));
}

static void
on_channel_picker_closed_cb (PolkuWindow *self)
{
  g_autoptr(GtkWidget) focus = NULL;

  if (self->picker_return_focus == NULL)
    return;
  focus = g_object_ref (self->picker_return_focus);
  g_clear_weak_pointer (&self->picker_return_focus);
  gtk_widget_grab_focus (focus);
}

/* Pasting */

typedef struct
{
  PolkuWindow *window;
  GObject     *item;
} Paste;

static void
paste_free (Paste *paste)
{
  g_object_unref (paste->window);
  g_clear_object (&paste->item);
  g_free (paste);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Paste, paste_free)

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(Paste) paste = user_data;
  PolkuWindow *self = paste->window;
  PolkuJourney *journey = _polku_window_get_journey (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *message = NULL;
  PolkuPasteKind kind;
  GObject *container;
  guint position;

  /* The selection may have gone while the clipboard answered. */
  if (journey == NULL || self->session == NULL ||
      !polku_paste_find_target (journey, paste->item, &kind, &container, &position))
    return;

  if (text == NULL)
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: the reason follows */
          message = g_strdup_printf (_("Could not paste: %s"), error->message);
          _polku_window_show_error (self, message);
        }
      return;
    }

  items = polku_paste_read (_polku_window_get_document (self), journey, kind, text, &error);
  if (items == NULL)
    {
      /* Translators: the line and what is wrong with it follow */
      message = g_strdup_printf (_("Nothing was pasted. %s"), error->message);
      _polku_window_show_error (self, message);
      return;
    }
  if (items->len == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  _polku_window_push_edit (self, polku_paste_command_new (container, position, items), NULL);
  polku_selection_set_item (self->selection, g_ptr_array_index (items, items->len - 1));
  if (kind == POLKU_PASTE_STEPS)
    /* Translators: a toast after pasting lines onto a phase */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u step", "Added %u steps", items->len),
                               items->len);
  else
    /* Translators: a toast after pasting lines onto a step */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u touchpoint", "Added %u touchpoints",
                                            items->len),
                               items->len);
  _polku_window_show_undo_toast (self, message);
}

/* Ctrl+V on the map or the outline: a touchpoint of each line pasted onto
 * a step or a touchpoint, a step of each line pasted onto a phase. */
static void
polku_window_paste_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  Paste *paste;

  if (get_item (self) == NULL)
    return;
  paste = g_new0 (Paste, 1);
  paste->window = g_object_ref (self);
  paste->item = g_object_ref (get_item (self));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text_cb, paste);
}

/* The fix-first list */

static void
on_fix_first_n_items_changed_cb (PolkuWindow *self)
{
  guint n = polku_fix_first_panel_get_n_items (self->fix_first_panel);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (self->fix_first_count, count);
  /* Translators: the tooltip of the button of the fix-first list */
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Fix First: %u touchpoint (Ctrl+Shift+F)",
                                          "Fix First: %u touchpoints (Ctrl+Shift+F)", n),
                             n);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->fix_first_button), tooltip);
}

static void
on_fix_first_activated_cb (PolkuWindow     *self,
                           PolkuTouchpoint *touchpoint)
{
  gtk_menu_button_popdown (self->fix_first_button);
  polku_selection_set_item (self->selection, G_OBJECT (touchpoint));
  polku_map_editor_reveal_selection (self->map_editor);
  _polku_window_focus_map (self);
}

static void
polku_window_show_fix_first_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (self->fix_first_button))))
    gtk_menu_button_popdown (self->fix_first_button);
  else
    gtk_menu_button_popup (self->fix_first_button);
}

/* Changing the scale */

static void
on_scale_dialog_response_cb (PolkuWindow      *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  PolkuJourney *journey = _polku_window_get_journey (self);
  int min = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "polku-min"));
  int max = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "polku-max"));

  g_clear_weak_pointer (&self->scale_dialog);
  if (journey == NULL || self->session == NULL)
    return;

  if (g_str_equal (response, "convert"))
    _polku_window_push_edit (self, polku_command_new_convert_scale (journey, min, max), NULL);
  else if (g_str_equal (response, "keep"))
    _polku_window_push_edit (self, polku_command_new_set_scale (journey, min, max), NULL);
}

typedef struct
{
  gboolean scored;
} Scored;

static void
note_scored (PolkuStep       *step,
             PolkuTouchpoint *touchpoint,
             gpointer         user_data)
{
  Scored *scored = user_data;

  scored->scored |= polku_touchpoint_has_score (touchpoint) || polku_touchpoint_has_target (touchpoint);
}

static void
on_inspector_change_scale_cb (PolkuWindow *self,
                              int          min,
                              int          max)
{
  PolkuJourney *journey = _polku_window_get_journey (self);
  int old_min, old_max;
  guint n_converted, n_kept;
  Scored scored = { FALSE };
  g_autofree char *heading = NULL;
  g_autofree char *example = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *example_score = NULL;
  AdwMessageDialog *dialog;

  if (journey == NULL || self->session == NULL || self->scale_dialog != NULL)
    return;

  /* Without scores or targets, there is nothing to ask. */
  polku_foreach_touchpoint (G_OBJECT (journey), note_scored, &scored);
  if (!scored.scored)
    {
      _polku_window_push_edit (self, polku_command_new_set_scale (journey, min, max), NULL);
      return;
    }

  old_min = polku_journey_get_scale_min (journey);
  old_max = polku_journey_get_scale_max (journey);
  /* Translators: the heading of the dialog of a new scale, such as "Convert the Scores to 1–10?" */
  heading = g_strdup_printf (_("Convert the Scores to %d–%d?"), min, max);
  /* In hundredths, as converted: "7.75". */
  example_score = g_strdup_printf ("%g", polku_scale_convert (old_max - 1, old_min, old_max, min, max));
  /* Translators: how converting works, such as "Converted, each score and
   * target keeps its place on the scale: 4 of 5 becomes 7.75 of 10." */
  example = g_strdup_printf (_("Converted, each score and target keeps its place on the scale: %d of %d becomes %s of %d."),
                             old_max - 1, old_max, example_score, max);
  /* How many touchpoints each choice brings onto the fix-first list or
   * takes off it. */
  n_converted = polku_metrics_count_fix_first_changes (journey, min, max, TRUE);
  n_kept = polku_metrics_count_fix_first_changes (journey, min, max, FALSE);
  converted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Converting brings %u touchpoint onto the fix-first list or takes it off.",
                                            "Converting brings %u touchpoints onto the fix-first list or takes them off.",
                                            n_converted),
                               n_converted);
  kept = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Keeping the numbers as they are brings %u touchpoint onto the list or takes it off.",
                                       "Keeping the numbers as they are brings %u touchpoints onto the list or takes them off.",
                                       n_kept),
                          n_kept);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  adw_message_dialog_format_body (dialog, "%s %s %s", example, converted, kept);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "keep", _("_Keep Numbers"),
                                    "convert", _("C_onvert"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "convert", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "convert");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "polku-min", GINT_TO_POINTER (min));
  g_object_set_data (G_OBJECT (dialog), "polku-max", GINT_TO_POINTER (max));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_scale_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->scale_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Following the window */

void
_polku_window_capture_journey_shown (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (self->fix_first_panel != NULL)
    polku_fix_first_panel_set_journey (self->fix_first_panel, _polku_window_get_journey (self));
  /* What they would change is no longer shown. */
  if (self->scale_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->scale_dialog));
  if (self->channel_picker != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->channel_picker));
}

void
_polku_window_capture_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GObject *item;
  PolkuPasteKind kind;
  GObject *container;
  guint position;
  gboolean editable;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (self->selection == NULL)
    return;

  item = get_item (self);
  editable = self->session != NULL && _polku_window_get_journey (self) != NULL;
  gtk_widget_action_set_enabled (widget, "win.edit-expectation",
                                 editable && (POLKU_IS_STEP (item) || POLKU_IS_TOUCHPOINT (item)));
  gtk_widget_action_set_enabled (widget, "win.choose-channel", editable && POLKU_IS_TOUCHPOINT (item));
  gtk_widget_action_set_enabled (widget, "win.paste",
                                 editable && polku_paste_find_target (_polku_window_get_journey (self), item,
                                                                      &kind, &container, &position));
  gtk_widget_action_set_enabled (widget, "win.show-fix-first", editable);
  gtk_widget_set_visible (GTK_WIDGET (self->fix_first_button), editable);
}

void
_polku_window_capture_init (PolkuWindow *self)
{
  GtkWidget *popover;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  self->channel_picker = POLKU_CHANNEL_PICKER (polku_channel_picker_new ());
  /* On the window, so that the keys in it go to no pane. */
  gtk_widget_set_parent (GTK_WIDGET (self->channel_picker), GTK_WIDGET (self));
  g_signal_connect_object (self->channel_picker, "chosen", G_CALLBACK (on_channel_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->channel_picker, "closed", G_CALLBACK (on_channel_picker_closed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector, "choose-channel", G_CALLBACK (on_inspector_choose_channel_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector, "change-scale", G_CALLBACK (on_inspector_change_scale_cb), self,
                           G_CONNECT_SWAPPED);

  /* What can be done follows the selection. */
  g_signal_connect_object (self->selection, "notify::item",
                           G_CALLBACK (_polku_window_capture_update_actions), self, G_CONNECT_SWAPPED);

  self->fix_first_panel = POLKU_FIX_FIRST_PANEL (polku_fix_first_panel_new ());
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->fix_first_panel));
  gtk_menu_button_set_popover (self->fix_first_button, popover);
  g_signal_connect_object (self->fix_first_panel, "notify::n-items",
                           G_CALLBACK (on_fix_first_n_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fix_first_panel, "touchpoint-activated",
                           G_CALLBACK (on_fix_first_activated_cb), self, G_CONNECT_SWAPPED);
  on_fix_first_n_items_changed_cb (self);
}

void
_polku_window_capture_dispose (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  g_clear_weak_pointer (&self->picker_return_focus);
  if (self->channel_picker != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->channel_picker));
      self->channel_picker = NULL;
    }
  if (self->scale_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->scale_dialog));
  g_clear_weak_pointer (&self->scale_dialog);
}

void
_polku_window_capture_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, fix_first_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, fix_first_count);

  gtk_widget_class_install_action (widget_class, "win.edit-expectation", NULL,
                                   polku_window_edit_expectation_action);
  gtk_widget_class_install_action (widget_class, "win.choose-channel", NULL, polku_window_choose_channel_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, polku_window_paste_action);
  gtk_widget_class_install_action (widget_class, "win.show-fix-first", NULL, polku_window_show_fix_first_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-fix-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-fix-first", NULL);
}
