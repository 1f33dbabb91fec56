/* polku-window-segments.c: the customer segments of a window's document:
 * which one the window shows, adding, copying, renaming and removing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-window-private.h"

/* Where the journey shown is in the document; G_MAXUINT when nowhere. */
static guint
shown_position (PolkuWindow *self)
{
  PolkuJourney *journey = _polku_window_get_journey (self);
  guint position;

  if (_polku_window_get_document (self) == NULL || journey == NULL ||
      !g_list_store_find (G_LIST_STORE (polku_document_get_journeys (_polku_window_get_document (self))), journey, &position))
    return G_MAXUINT;
  return position;
}

static void
show_position (PolkuWindow *self,
               guint        position)
{
  guint n = _polku_window_get_document (self) != NULL ? polku_document_get_n_journeys (_polku_window_get_document (self)) : 0;

  if (n == 0)
    {
      _polku_window_show_journey (self, NULL);
      return;
    }
  _polku_window_show_journey (self, polku_document_get_journey (_polku_window_get_document (self), MIN (position, n - 1)));
}

static void
polku_window_show_segment_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (_polku_window_get_document (self) == NULL || position >= polku_document_get_n_journeys (_polku_window_get_document (self)))
    return;
  show_position (self, position);
}

static void
polku_window_step_segment_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  guint position = shown_position (self);
  guint n = polku_document_get_n_journeys (_polku_window_get_document (self));

  if (position == G_MAXUINT || n < 2)
    return;

  if (g_str_equal (action_name, "win.next-segment"))
    show_position (self, (position + 1) % n);
  else
    show_position (self, (position + n - 1) % n);
}

static void
polku_window_add_segment_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *shown = _polku_window_get_journey (self);
  guint position = shown_position (self);
  g_autoptr(PolkuJourney) journey = polku_template_create_empty (_polku_window_get_document (self));

  /* Another segment of the same service: its title and scale, new steps. */
  if (shown != NULL)
    {
      polku_journey_set_title (journey, polku_journey_get_title (shown));
      polku_journey_set_scale (journey, polku_journey_get_scale_min (shown),
                               polku_journey_get_scale_max (shown));
      polku_journey_set_lanes (journey, polku_journey_get_lanes (shown));
    }
  /* Translators: the name of a customer segment just added, to be typed over */
  polku_journey_set_segment (journey, _("New segment"));

  position = position == G_MAXUINT ? polku_document_get_n_journeys (_polku_window_get_document (self)) : position + 1;
  /* Translators: in the undo menu, "Undo Add Segment" */
  _polku_window_push_edit (self, polku_command_new_insert (G_OBJECT (_polku_window_get_document (self)), position, G_OBJECT (journey)),
        _("Add Segment"));
  _polku_window_show_journey (self, journey);
  polku_segment_switcher_start_rename (self->segment_switcher);
}

static void
polku_window_duplicate_segment_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *shown = _polku_window_get_journey (self);
  guint position = shown_position (self);
  g_autoptr(PolkuJourney) copy = NULL;
  g_autofree char *name = NULL;
  g_autofree char *segment = NULL;

  if (position == G_MAXUINT)
    return;

  copy = polku_duplicate_journey (shown, _polku_window_get_document (self));
  name = polku_segment_dup_display_name (shown);
  /* Translators: the name of a copy of a customer segment */
  segment = g_strdup_printf (_("%s (copy)"), name);
  polku_journey_set_segment (copy, segment);

  /* Translators: in the undo menu, "Undo Duplicate Segment" */
  _polku_window_push_edit (self, polku_command_new_insert (G_OBJECT (_polku_window_get_document (self)), position + 1, G_OBJECT (copy)),
        _("Duplicate Segment"));
  _polku_window_show_journey (self, copy);
}

static void
polku_window_rename_segment_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  polku_segment_switcher_start_rename (POLKU_WINDOW (widget)->segment_switcher);
}

static void
polku_window_remove_segment_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  guint position = shown_position (self);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (position == G_MAXUINT || polku_document_get_n_journeys (_polku_window_get_document (self)) < 2)
    return;

  name = polku_segment_dup_display_name (_polku_window_get_journey (self));
  /* Translators: in the undo menu, "Undo Remove Segment" */
  _polku_window_push_edit (self, polku_command_new_remove (G_OBJECT (_polku_window_get_document (self)), position), _("Remove Segment"));
  show_position (self, position > 0 ? position - 1 : 0);

  /* Translators: a toast; the name of the customer segment removed */
  title = g_strdup_printf (_("“%s” removed"), name);
  _polku_window_show_undo_toast (self, title);
}

void
_polku_window_segments_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = _polku_window_get_document (self) != NULL ? polku_document_get_n_journeys (_polku_window_get_document (self)) : 0;
  gboolean editable = n > 0 && self->session != NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  gtk_widget_action_set_enabled (widget, "win.show-segment", n > 0);
  gtk_widget_action_set_enabled (widget, "win.next-segment", n > 1);
  gtk_widget_action_set_enabled (widget, "win.previous-segment", n > 1);
  gtk_widget_action_set_enabled (widget, "win.add-segment", _polku_window_get_document (self) != NULL && self->session != NULL);
  gtk_widget_action_set_enabled (widget, "win.duplicate-segment", editable);
  gtk_widget_action_set_enabled (widget, "win.rename-segment", editable);
  gtk_widget_action_set_enabled (widget, "win.remove-segment", editable && n > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->segment_switcher), n > 0);
}

void
_polku_window_segments_journey_shown (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  polku_segment_switcher_set_journey (self->segment_switcher, _polku_window_get_journey (self));
  self->shown_segment = shown_position (self);
}

void
_polku_window_segments_revalidate (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* An undo took away the segment shown: show its neighbour. */
  if (_polku_window_get_journey (self) != NULL && shown_position (self) == G_MAXUINT)
    show_position (self, self->shown_segment);
  else
    self->shown_segment = shown_position (self);
}

static void
on_switcher_push_command_cb (PolkuWindow  *self,
                             PolkuCommand *command)
{
  if (self->session == NULL)
    return;

  _polku_window_push_edit (self, g_object_ref (command), NULL);
}

void
_polku_window_segments_init (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  g_signal_connect_object (self->segment_switcher, "push-command",
                           G_CALLBACK (on_switcher_push_command_cb), self, G_CONNECT_SWAPPED);
}

void
_polku_window_segments_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, segment_switcher);

  gtk_widget_class_install_action (widget_class, "win.show-segment", "u", polku_window_show_segment_action);
  gtk_widget_class_install_action (widget_class, "win.next-segment", NULL, polku_window_step_segment_action);
  gtk_widget_class_install_action (widget_class, "win.previous-segment", NULL,
                                   polku_window_step_segment_action);
  gtk_widget_class_install_action (widget_class, "win.add-segment", NULL, polku_window_add_segment_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-segment", NULL,
                                   polku_window_duplicate_segment_action);
  gtk_widget_class_install_action (widget_class, "win.rename-segment", NULL,
                                   polku_window_rename_segment_action);
  gtk_widget_class_install_action (widget_class, "win.remove-segment", NULL,
                                   polku_window_remove_segment_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "win.next-segment", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "win.previous-segment", NULL);
}
