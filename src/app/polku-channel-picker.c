/* polku-channel-picker.c: choosing a touchpoint's channel by typing part of
 * its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "polku-channel-picker.h"

struct _PolkuChannelPicker
{
  GtkPopover  parent_instance;

  GtkWidget     *entry;
  GtkListBox    *list;
  GtkAdjustment *adjustment;  /* the list's, scrolled */
  GtkWidget     *rows[POLKU_N_CHANNELS];
  /* The channels' names folded for matching, and what is typed. */
  char          *folded[POLKU_N_CHANNELS];
  char          *filter;
};

G_DEFINE_FINAL_TYPE (PolkuChannelPicker, polku_channel_picker, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static PolkuChannel
row_channel (GtkListBoxRow *row)
{
  return (PolkuChannel) gtk_list_box_row_get_index (row);
}

static gboolean
filter_row_cb (GtkListBoxRow *row,
               gpointer       user_data)
{
  PolkuChannelPicker *self = user_data;

  return self->filter == NULL || strstr (self->folded[row_channel (row)], self->filter) != NULL;
}

/* The row shown next to the one picked, down (step > 0) or up, or the
 * first shown when none is picked; NULL past the ends. */
static GtkListBoxRow *
shown_row_beside (PolkuChannelPicker *self,
                  int                 step)
{
  GtkListBoxRow *picked = gtk_list_box_get_selected_row (self->list);
  int i = picked != NULL && filter_row_cb (picked, self) ? gtk_list_box_row_get_index (picked) + step : 0;

  for (; i >= 0 && i < POLKU_N_CHANNELS; i += step)
    if (filter_row_cb (GTK_LIST_BOX_ROW (self->rows[i]), self))
      return GTK_LIST_BOX_ROW (self->rows[i]);
  return NULL;
}

/* Picks row, scrolled into sight. */
static void
pick (PolkuChannelPicker *self,
      GtkListBoxRow      *row)
{
  GtkAdjustment *adjustment = self->adjustment;
  graphene_rect_t bounds;

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->list, row);
  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    return;
  if (bounds.origin.y < gtk_adjustment_get_value (adjustment))
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height >
           gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment))
    gtk_adjustment_set_value (adjustment,
                              bounds.origin.y + bounds.size.height - gtk_adjustment_get_page_size (adjustment));
}

static void
on_entry_changed_cb (PolkuChannelPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  GtkListBoxRow *picked;

  g_clear_pointer (&self->filter, g_free);
  if (text[0] != '\0')
    self->filter = fold (text);
  gtk_list_box_invalidate_filter (self->list);

  /* The first shown is picked, unless the one picked still shows. */
  picked = gtk_list_box_get_selected_row (self->list);
  if (picked == NULL || !filter_row_cb (picked, self))
    {
      gtk_list_box_unselect_all (self->list);
      for (guint i = 0; i < POLKU_N_CHANNELS; i++)
        if (filter_row_cb (GTK_LIST_BOX_ROW (self->rows[i]), self))
          {
            gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (self->rows[i]));
            break;
          }
    }
}

static void
polku_channel_picker_choose (PolkuChannelPicker *self,
                             GtkListBoxRow      *row)
{
  if (row == NULL || !filter_row_cb (row, self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[CHOSEN], 0, (guint) row_channel (row));
}

static void
on_entry_activate_cb (PolkuChannelPicker *self)
{
  polku_channel_picker_choose (self, gtk_list_box_get_selected_row (self->list));
}

static void
on_row_activated_cb (PolkuChannelPicker *self,
                     GtkListBoxRow      *row)
{
  polku_channel_picker_choose (self, row);
}

/* Up and Down pick among the channels shown while the keys stay in the
 * entry, to go on typing. */
static gboolean
on_entry_key_pressed_cb (PolkuChannelPicker    *self,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkEventControllerKey *controller)
{
  GtkListBoxRow *row;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      row = shown_row_beside (self, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      row = shown_row_beside (self, -1);
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (row == NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  else
    pick (self, row);
  return GDK_EVENT_STOP;
}

static void
polku_channel_picker_dispose (GObject *object)
{
  PolkuChannelPicker *self = POLKU_CHANNEL_PICKER (object);

  gtk_popover_set_child (GTK_POPOVER (self), NULL);

  G_OBJECT_CLASS (polku_channel_picker_parent_class)->dispose (object);
}

static void
polku_channel_picker_finalize (GObject *object)
{
  PolkuChannelPicker *self = POLKU_CHANNEL_PICKER (object);

  for (guint i = 0; i < POLKU_N_CHANNELS; i++)
    g_free (self->folded[i]);
  g_free (self->filter);

  G_OBJECT_CLASS (polku_channel_picker_parent_class)->finalize (object);
}

static void
polku_channel_picker_class_init (PolkuChannelPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_channel_picker_dispose;
  object_class->finalize = polku_channel_picker_finalize;

  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
polku_channel_picker_init (PolkuChannelPicker *self)
{
  GtkWidget *box, *scrolled;
  GtkEventController *controller;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->entry = gtk_entry_new ();
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (self->entry), GTK_ENTRY_ICON_PRIMARY, "edit-find-symbolic");
  /* Translators: the hint in the entry of the channel picker */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), _("Type to find a channel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Channel"), -1);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_entry_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), self);
  gtk_widget_add_controller (self->entry, controller);
  gtk_box_append (GTK_BOX (box), self->entry);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_list_box_set_filter_func (self->list, filter_row_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Channels"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  for (guint i = 0; i < POLKU_N_CHANNELS; i++)
    {
      GtkWidget *label = gtk_label_new (polku_channel_get_label (i));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      self->rows[i] = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->rows[i]), label);
      gtk_list_box_append (self->list, self->rows[i]);
      self->folded[i] = fold (polku_channel_get_label (i));
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  self->adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_popover_set_child (GTK_POPOVER (self), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self), NULL);
}

GtkWidget *
polku_channel_picker_new (void)
{
  return g_object_new (POLKU_TYPE_CHANNEL_PICKER, NULL);
}

void
polku_channel_picker_popup (PolkuChannelPicker *self,
                            PolkuChannel        current,
                            const char         *text)
{
  g_return_if_fail (POLKU_IS_CHANNEL_PICKER (self));
  g_return_if_fail (current < POLKU_N_CHANNELS);

  gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (self->rows[current]));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  gtk_popover_popup (GTK_POPOVER (self));
  pick (self, gtk_list_box_get_selected_row (self->list));
  gtk_widget_grab_focus (self->entry);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
}

guint
_polku_channel_picker_get_n_shown (PolkuChannelPicker *self)
{
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_CHANNEL_PICKER (self), 0);

  for (guint i = 0; i < POLKU_N_CHANNELS; i++)
    n += filter_row_cb (GTK_LIST_BOX_ROW (self->rows[i]), self);
  return n;
}

PolkuChannel
_polku_channel_picker_get_picked (PolkuChannelPicker *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (POLKU_IS_CHANNEL_PICKER (self), POLKU_CHANNEL_NONE);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? row_channel (row) : POLKU_CHANNEL_NONE;
}
