/* polku-window.c: a window showing one journey file's map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-accessible.h"
#include "polku-window-private.h"

G_DEFINE_FINAL_TYPE (PolkuWindow, polku_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_SHOW_OUTLINE,
  PROP_SHOW_INSPECTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSE_CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void polku_window_dismiss_toast (PolkuWindow *self,
                                        AdwToast    *toast);

/* The session */

PolkuSession *
_polku_window_get_session (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->session;
}

PolkuDocument *
_polku_window_get_document (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->session != NULL ? polku_session_get_document (self->session) : NULL;
}

PolkuUndoStack *
_polku_window_get_undo_stack (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->session != NULL ? polku_session_get_undo_stack (self->session) : NULL;
}

void
_polku_window_push_command (PolkuWindow  *self,
                            PolkuCommand *command)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (POLKU_IS_COMMAND (command));
  g_return_if_fail (self->session != NULL);

  polku_session_push (self->session, command);
}

void
_polku_window_push_edit (PolkuWindow  *self,
                         PolkuCommand *command,
                         const char   *label)
{
  PolkuUndoStack *undo_stack = _polku_window_get_undo_stack (self);

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (undo_stack != NULL);

  if (label != NULL)
    polku_command_set_label (command, label);
  /* An edit of its own: nothing typed before or after merges into it. */
  polku_undo_stack_seal (undo_stack);
  polku_session_push (self->session, command);
  polku_undo_stack_seal (undo_stack);
}

void
_polku_window_update_title (PolkuWindow *self)
{
  PolkuDocument *document = _polku_window_get_document (self);
  const char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* The journey shown, one of the document's segments. */
  if (self->selection != NULL && _polku_window_get_journey (self) != NULL)
    title = polku_journey_get_title (_polku_window_get_journey (self));
  else if (document != NULL && polku_document_get_n_journeys (document) > 0)
    title = polku_journey_get_title (polku_document_get_journey (document, 0));
  if (document == NULL)
    title = _("Polku");
  else if (title == NULL || title[0] == '\0')
    title = _("Untitled Journey");

  if (document == NULL)
    subtitle = NULL;
  else if (polku_session_get_file (self->session) != NULL)
    subtitle = g_strdup (polku_session_get_title (self->session));
  else if (polku_session_get_is_example (self->session))
    subtitle = g_strdup (_("Example, not saved"));
  else
    subtitle = g_strdup (_("Not saved"));

  /* An unsaved document says so, as GNOME apps do: "• name". */
  if (self->session != NULL && polku_session_get_dirty (self->session))
    {
      char *marked = g_strdup_printf ("• %s", subtitle);

      g_free (subtitle);
      subtitle = marked;
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
_polku_window_update_actions (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  _polku_window_files_update_actions (self);
  _polku_window_view_update_actions (self);
  _polku_window_present_update_actions (self);
  _polku_window_navigate_update_actions (self);
  _polku_window_edit_update_actions (self);
  _polku_window_segments_update_actions (self);
  _polku_window_print_update_actions (self);
  _polku_window_panes_update_actions (self);
  _polku_window_capture_update_actions (self);
}

/* The session has another document: a new one, or the file read again. */
static void
on_session_document_changed_cb (PolkuWindow *self)
{
  g_assert (POLKU_IS_WINDOW (self));

  _polku_window_edit_document_changed (self);
  gtk_stack_set_visible_child_name (self->stack, self->session != NULL ? "map" : "empty");
  _polku_window_panes_document_shown (self);

  /* An error about an earlier file no longer applies. */
  _polku_window_dismiss_error (self);

  _polku_window_update_title (self);
  _polku_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
on_session_file_changed_cb (PolkuWindow *self)
{
  _polku_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
on_session_state_changed_cb (PolkuWindow *self)
{
  _polku_window_update_title (self);
  _polku_window_update_actions (self);
}

/* An edit, undo or redo. */
static void
on_session_changed_cb (PolkuWindow *self)
{
  PolkuUndoStack *undo_stack = _polku_window_get_undo_stack (self);

  /* The edit the toast offers to undo is no longer the last: its button
   * goes. (Dismissed as it comes in, libadwaita 1.2 would free the toast
   * twice.) */
  if (self->undo_toast != NULL &&
      (undo_stack == NULL || polku_undo_stack_get_state (undo_stack) != self->undo_toast_state))
    {
      adw_toast_set_button_label (self->undo_toast, NULL);
      g_clear_object (&self->undo_toast);
    }

  /* An undo may take away what was shown or selected. */
  _polku_window_segments_revalidate (self);
  polku_selection_revalidate (self->selection);
  _polku_window_edit_document_changed (self);
  /* The title may be what changed. */
  _polku_window_update_title (self);
  _polku_window_update_actions (self);
}

void
_polku_window_set_session (PolkuWindow  *self,
                           PolkuSession *session)
{
  GFile *old_file;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (session == NULL || POLKU_IS_SESSION (session));

  if (self->session == session)
    return;

  old_file = self->session != NULL ? polku_session_get_file (self->session) : NULL;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  g_binding_group_set_source (self->session_bindings, session);

  on_session_document_changed_cb (self);
  if (old_file != (session != NULL ? polku_session_get_file (session) : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Toasts */

/* A toast goes once: dismissing it again would take it from the overlay
 * twice. */
static void
on_toast_dismissed_cb (PolkuWindow *self,
                       AdwToast    *toast)
{
  g_object_set_data (G_OBJECT (toast), "polku-dismissed", GINT_TO_POINTER (TRUE));
}

static void
polku_window_dismiss_toast (PolkuWindow *self,
                            AdwToast    *toast)
{
  if (!g_object_get_data (G_OBJECT (toast), "polku-dismissed"))
    adw_toast_dismiss (toast);
}

static void
polku_window_add_toast (PolkuWindow *self,
                        AdwToast    *toast)
{
  g_assert (POLKU_IS_WINDOW (self));

  g_set_object (&self->last_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_polku_window_show_error (PolkuWindow *self,
                          const char  *message)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  g_debug ("Window: showing the error “%s”", message);
  /* Toast titles are markup; file names may hold '&' or '<'. */
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  polku_window_add_toast (self, toast);
}

void
_polku_window_show_undo_toast (PolkuWindow *self,
                               const char  *message)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (message != NULL);
  g_return_if_fail (self->session != NULL);

  /* Toast titles are markup; names may hold '&' or '<'. */
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  self->undo_toast_state = polku_undo_stack_get_state (_polku_window_get_undo_stack (self));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-toast");
  adw_toast_set_action_target_value (toast, g_variant_new_uint64 (self->undo_toast_state));
  if (self->undo_toast != NULL)
    adw_toast_set_button_label (self->undo_toast, NULL);
  g_set_object (&self->undo_toast, toast);
  polku_window_add_toast (self, toast);
}

/* The Undo of a toast: only while what it says is the last edit, which it
 * takes back. */
static void
polku_window_undo_toast_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  PolkuUndoStack *undo_stack = _polku_window_get_undo_stack (POLKU_WINDOW (widget));

  if (undo_stack == NULL || polku_undo_stack_get_state (undo_stack) != g_variant_get_uint64 (parameter))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_widget_activate_action (widget, "win.undo", NULL);
}

void
_polku_window_dismiss_error (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* Errors only: a toast of an edit goes on its own. */
  if (self->last_toast != NULL && adw_toast_get_timeout (self->last_toast) == 0)
    polku_window_dismiss_toast (self, self->last_toast);
}

/* The journey shown */

PolkuJourney *
_polku_window_get_journey (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->selection != NULL ? polku_selection_get_journey (self->selection) : NULL;
}

PolkuSelection *
_polku_window_get_selection (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->selection;
}

void
_polku_window_show_journey (PolkuWindow  *self,
                            PolkuJourney *journey)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (journey == NULL || POLKU_IS_JOURNEY (journey));

  polku_map_view_set_journey (self->map_view, journey);
  polku_selection_set_journey (self->selection, journey);
  _polku_window_segments_journey_shown (self);
  _polku_window_capture_journey_shown (self);
  _polku_window_update_title (self);
  _polku_window_update_actions (self);
}

PolkuDocument *
polku_window_get_document (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return _polku_window_get_document (self);
}

GFile *
polku_window_get_file (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->session != NULL ? polku_session_get_file (self->session) : NULL;
}

gboolean
polku_window_get_dirty (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  return self->session != NULL && polku_session_get_dirty (self->session);
}

PolkuMapView *
_polku_window_get_map_view (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->map_view;
}

char *
_polku_window_dup_last_toast_text (PolkuWindow *self)
{
  char *text = NULL;

  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  if (self->last_toast == NULL)
    return NULL;

  if (!pango_parse_markup (adw_toast_get_title (self->last_toast), -1, 0,
                           NULL, &text, NULL, NULL))
    return NULL;

  return text;
}

gboolean
_polku_window_is_saving (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  return self->session != NULL && polku_session_get_saving (self->session);
}

static void
polku_window_dispose (GObject *object)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  _polku_window_print_dispose (self);
  _polku_window_capture_dispose (self);
  _polku_window_present_dispose (self);
  _polku_window_view_dispose (self);
  _polku_window_edit_dispose (self);
  _polku_window_files_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_WINDOW);

  /* The session goes with the window; unsaved changes that were not
   * discarded stay in its draft. */
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  if (self->session_bindings != NULL)
    g_binding_group_set_source (self->session_bindings, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session_bindings);
  g_clear_object (&self->session);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (polku_window_parent_class)->dispose (object);
}

static void
polku_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, polku_window_get_document (self));
      break;

    case PROP_FILE:
      g_value_set_object (value, polku_window_get_file (self));
      break;

    case PROP_SHOW_OUTLINE:
      g_value_set_boolean (value, _polku_window_view_get_pane_shown (self, POLKU_PANE_OUTLINE));
      break;

    case PROP_SHOW_INSPECTOR:
      g_value_set_boolean (value, _polku_window_view_get_pane_shown (self, POLKU_PANE_INSPECTOR));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_OUTLINE:
      _polku_window_view_set_pane_shown (self, POLKU_PANE_OUTLINE, g_value_get_boolean (value));
      break;

    case PROP_SHOW_INSPECTOR:
      _polku_window_view_set_pane_shown (self, POLKU_PANE_INSPECTOR, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_class_init (PolkuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_window_dispose;
  object_class->get_property = polku_window_get_property;
  object_class->set_property = polku_window_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         POLKU_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The panes beside the canvas; hidden, the map has the room, as on a
   * projector. */
  properties[PROP_SHOW_OUTLINE] =
    g_param_spec_boolean ("show-outline", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SHOW_INSPECTOR] =
    g_param_spec_boolean ("show-inspector", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Closing was cancelled: the user kept the window, with its unsaved
   * changes, open. Quitting stops there. */
  signals[CLOSE_CANCELLED] =
    g_signal_new ("close-cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "win.undo-toast", "t", polku_window_undo_toast_action);

  g_type_ensure (POLKU_TYPE_MAP_VIEW);
  g_type_ensure (POLKU_TYPE_OUTLINE);
  g_type_ensure (POLKU_TYPE_INSPECTOR);
  g_type_ensure (POLKU_TYPE_SEGMENT_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, map_view);

  _polku_window_files_class_init (widget_class);
  _polku_window_view_class_init (widget_class);
  _polku_window_present_class_init (widget_class);
  _polku_window_navigate_class_init (widget_class);
  _polku_window_edit_class_init (widget_class);
  _polku_window_segments_class_init (widget_class);
  _polku_window_print_class_init (widget_class);
  _polku_window_panes_class_init (widget_class);
  _polku_window_capture_class_init (widget_class);
}

static void
polku_window_init (PolkuWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  /* Everything the window follows of its session, in one place. */
  self->session_signals = g_signal_group_new (POLKU_TYPE_SESSION);
  g_signal_group_connect_object (self->session_signals, "notify::document",
                                 G_CALLBACK (on_session_document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::file",
                                 G_CALLBACK (on_session_file_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::dirty",
                                 G_CALLBACK (on_session_state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::busy",
                                 G_CALLBACK (on_session_state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "changed",
                                 G_CALLBACK (on_session_changed_cb), self, G_CONNECT_SWAPPED);
  self->session_bindings = g_binding_group_new ();
  g_binding_group_bind (self->session_bindings, "document", self->segment_switcher, "document",
                        G_BINDING_SYNC_CREATE);

  _polku_window_files_init (self);
  _polku_window_view_init (self);
  _polku_window_edit_init (self);
  _polku_window_present_init (self);
  _polku_window_navigate_init (self);
  _polku_window_segments_init (self);
  _polku_window_print_init (self);
  _polku_window_panes_init (self);
  _polku_window_capture_init (self);

  /* What a screen reader finds: buttons by name, the page shown only. */
  polku_accessible_name_controls (GTK_WIDGET (self));
  polku_accessible_follow_stack (self->stack);

  _polku_window_update_title (self);
  _polku_window_update_actions (self);
}

PolkuWindow *
polku_window_new (PolkuApplication *application)
{
  g_return_val_if_fail (POLKU_IS_APPLICATION (application), NULL);

  return g_object_new (POLKU_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
