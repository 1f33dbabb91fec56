/* polku-segment-switcher.c: the customer segments of a document, one
 * journey each, to switch between, add, rename, copy and remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-segment-switcher.h"

struct _PolkuSegmentSwitcher
{
  GtkWidget      parent_instance;

  GtkMenuButton *menu_button;
  GtkLabel      *label;
  GtkPopover    *popover;
  GtkListBox    *list_box;
  GtkEntry      *name_entry;

  PolkuDocument *document;
  PolkuJourney  *journey;
};

G_DEFINE_FINAL_TYPE (PolkuSegmentSwitcher, polku_segment_switcher, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PUSH_COMMAND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
polku_segment_dup_display_name (PolkuJourney *journey)
{
  const char *name;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  name = polku_journey_get_segment (journey);
  if (name == NULL || name[0] == '\0')
    name = polku_journey_get_title (journey);
  if (name == NULL || name[0] == '\0')
    name = _("Unnamed segment");
  return g_strdup (name);
}

static void
polku_segment_switcher_update (PolkuSegmentSwitcher *self)
{
  g_autofree char *name = NULL;
  GtkWidget *row;

  g_assert (POLKU_IS_SEGMENT_SWITCHER (self));

  if (self->journey != NULL)
    name = polku_segment_dup_display_name (self->journey);
  gtk_label_set_label (self->label, name != NULL ? name : "");

  /* The one shown is marked in the list. */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "polku-check");
      PolkuJourney *journey = g_object_get_data (G_OBJECT (row), "polku-journey");

      if (check != NULL)
        gtk_widget_set_opacity (check, journey == self->journey ? 1.0 : 0.0);
    }
}

static void
on_journey_notify_cb (PolkuSegmentSwitcher *self,
                      GParamSpec           *pspec,
                      PolkuJourney         *journey)
{
  polku_segment_switcher_update (self);
}

static void
on_row_journey_notify_cb (GtkLabel     *label,
                          GParamSpec   *pspec,
                          PolkuJourney *journey)
{
  g_autofree char *name = polku_segment_dup_display_name (journey);

  gtk_label_set_label (label, name);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PolkuSegmentSwitcher *self = user_data;
  PolkuJourney *journey = item;
  GtkWidget *row, *box, *label, *check;

  row = gtk_list_box_row_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  on_row_journey_notify_cb (GTK_LABEL (label), NULL, journey);
  g_signal_connect_object (journey, "notify::segment", G_CALLBACK (on_row_journey_notify_cb), label,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (journey, "notify::title", G_CALLBACK (on_row_journey_notify_cb), label,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), label);

  check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Shown"), -1);
  gtk_widget_set_opacity (check, journey == self->journey ? 1.0 : 0.0);
  gtk_box_append (GTK_BOX (box), check);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "polku-check", check);
  g_object_set_data_full (G_OBJECT (row), "polku-journey", g_object_ref (journey), g_object_unref);
  return row;
}

static void
on_row_activated_cb (PolkuSegmentSwitcher *self,
                     GtkListBoxRow        *row)
{
  gtk_popover_popdown (self->popover);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-segment", "u",
                              (guint32) gtk_list_box_row_get_index (row));
}

static void
polku_segment_switcher_commit_name (PolkuSegmentSwitcher *self)
{
  g_autoptr(PolkuCommand) command = NULL;

  if (self->journey == NULL)
    return;

  command = polku_command_new_rename (G_OBJECT (self->journey), "segment",
                                      gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                                      /* Translators: in the undo menu, "Undo Rename Segment" */
                                      _("Rename Segment"));
  if (command != NULL)
    g_signal_emit (self, signals[PUSH_COMMAND], 0, command);
}

static void
on_name_entry_activate_cb (PolkuSegmentSwitcher *self)
{
  polku_segment_switcher_commit_name (self);
  gtk_popover_popdown (self->popover);
}

static void
on_name_entry_focus_leave_cb (PolkuSegmentSwitcher *self)
{
  polku_segment_switcher_commit_name (self);
}

static void
on_popover_show_cb (PolkuSegmentSwitcher *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry),
                         self->journey != NULL ? polku_journey_get_segment (self->journey) : "");
}

static void
polku_segment_switcher_dispose (GObject *object)
{
  PolkuSegmentSwitcher *self = POLKU_SEGMENT_SWITCHER (object);
  GtkWidget *child;

  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_func (self->journey, on_journey_notify_cb, self);
  g_clear_object (&self->journey);
  g_clear_object (&self->document);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_SEGMENT_SWITCHER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (polku_segment_switcher_parent_class)->dispose (object);
}

static void
polku_segment_switcher_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PolkuSegmentSwitcher *self = POLKU_SEGMENT_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_segment_switcher_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PolkuSegmentSwitcher *self = POLKU_SEGMENT_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      polku_segment_switcher_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_segment_switcher_class_init (PolkuSegmentSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_segment_switcher_dispose;
  object_class->get_property = polku_segment_switcher_get_property;
  object_class->set_property = polku_segment_switcher_set_property;

  /* The document whose segments it lists. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, POLKU_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PUSH_COMMAND] =
    g_signal_new ("push-command", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, POLKU_TYPE_COMMAND);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/polku/Polku/ui/polku-segment-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuSegmentSwitcher, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuSegmentSwitcher, label);
  gtk_widget_class_bind_template_child (widget_class, PolkuSegmentSwitcher, popover);
  gtk_widget_class_bind_template_child (widget_class, PolkuSegmentSwitcher, list_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuSegmentSwitcher, name_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "polkusegmentswitcher");
}

static void
polku_segment_switcher_init (PolkuSegmentSwitcher *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_name_entry_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), controller);
}

GtkWidget *
polku_segment_switcher_new (void)
{
  return g_object_new (POLKU_TYPE_SEGMENT_SWITCHER, NULL);
}

void
polku_segment_switcher_set_document (PolkuSegmentSwitcher *self,
                                     PolkuDocument        *document)
{
  g_return_if_fail (POLKU_IS_SEGMENT_SWITCHER (self));
  g_return_if_fail (document == NULL || POLKU_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  gtk_list_box_bind_model (self->list_box,
                           document != NULL ? polku_document_get_journeys (document) : NULL,
                           document != NULL ? create_row_cb : NULL, self, NULL);
  polku_segment_switcher_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
polku_segment_switcher_set_journey (PolkuSegmentSwitcher *self,
                                    PolkuJourney         *journey)
{
  g_return_if_fail (POLKU_IS_SEGMENT_SWITCHER (self));
  g_return_if_fail (journey == NULL || POLKU_IS_JOURNEY (journey));

  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_func (self->journey, on_journey_notify_cb, self);
  g_set_object (&self->journey, journey);
  if (journey != NULL)
    {
      g_signal_connect_object (journey, "notify::segment", G_CALLBACK (on_journey_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (journey, "notify::title", G_CALLBACK (on_journey_notify_cb), self,
                               G_CONNECT_SWAPPED);
    }
  polku_segment_switcher_update (self);
}

void
polku_segment_switcher_start_rename (PolkuSegmentSwitcher *self)
{
  g_return_if_fail (POLKU_IS_SEGMENT_SWITCHER (self));

  gtk_menu_button_popup (self->menu_button);
  on_popover_show_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->name_entry), 0, -1);
}

const char *
_polku_segment_switcher_get_label (PolkuSegmentSwitcher *self)
{
  g_return_val_if_fail (POLKU_IS_SEGMENT_SWITCHER (self), NULL);

  return gtk_label_get_label (self->label);
}

GtkEditable *
_polku_segment_switcher_get_entry (PolkuSegmentSwitcher *self)
{
  g_return_val_if_fail (POLKU_IS_SEGMENT_SWITCHER (self), NULL);

  return GTK_EDITABLE (self->name_entry);
}
