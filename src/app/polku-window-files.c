/* polku-window-files.c: a window's files: new journeys, opening, recent and
 * dropped files, closing with unsaved changes, drafts, files changed by
 * other programs, and the window's remembered size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-document-io.h"
#include "polku-recent.h"
#include "polku-start-page.h"
#include "polku-window-private.h"

/* How long to let a burst of change notifications settle before looking at
 * the file. */
#define FILE_CHECK_DELAY_MS 250

/* The scales of the "default-scale" setting, in the order of its enum. */
static const struct {
  int min;
  int max;
} setting_scales[] = {
  { 1, 5 }, { 1, 7 }, { 1, 10 }, { 0, 10 },
};

static gboolean (*parent_close_request) (GtkWindow *window);

static void polku_window_check_file (PolkuWindow *self);

static PolkuApplication *
get_application (PolkuWindow *self)
{
  return POLKU_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static gboolean
polku_window_get_dirty (PolkuWindow *self)
{
  return self->undo_stack != NULL && polku_undo_stack_get_dirty (self->undo_stack);
}

/* The name to call the document by in messages: its file's, or its title. */
static char *
polku_window_dup_document_name (PolkuWindow *self)
{
  const char *title = NULL;

  if (self->file != NULL)
    return polku_file_dup_display_name (self->file);

  if (self->document != NULL && polku_document_get_n_journeys (self->document) > 0)
    title = polku_journey_get_title (polku_document_get_journey (self->document, 0));
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Journey");
  return g_strdup (title);
}

gboolean
_polku_window_is_in_use (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  if (self->document == NULL)
    return self->loading_file != NULL;

  /* An untouched example or new journey may make way for another. */
  return self->file != NULL || self->loading_file != NULL || polku_window_get_dirty (self);
}

/* This window, or a new one when this one holds a document still wanted. */
static PolkuWindow *
polku_window_get_free_window (PolkuWindow *self)
{
  PolkuWindow *window;

  if (!_polku_window_is_in_use (self))
    return self;

  window = polku_window_new (get_application (self));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Drafts */

static void
polku_window_write_draft (PolkuWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *title = NULL;

  g_assert (POLKU_IS_WINDOW (self));

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->draft == NULL || self->document == NULL)
    return;

  if (!polku_window_get_dirty (self))
    {
      polku_draft_remove (self->draft);
      return;
    }

  if (polku_document_get_n_journeys (self->document) > 0)
    title = polku_journey_get_title (polku_document_get_journey (self->document, 0));
  bytes = polku_writer_write (self->document);
  polku_draft_save (self->draft, bytes, self->file, title);
}

static gboolean
draft_timeout_cb (gpointer data)
{
  PolkuWindow *self = data;

  self->draft_timeout = 0;
  polku_window_write_draft (self);
  return G_SOURCE_REMOVE;
}

/* The first change after a draft starts the clock: a steady stream of edits
 * still reaches the disk every few seconds. */
static void
polku_window_schedule_draft (PolkuWindow *self)
{
  g_assert (POLKU_IS_WINDOW (self));

  if (self->draft_timeout == 0)
    self->draft_timeout = g_timeout_add_seconds (g_settings_get_int (self->settings, "draft-delay"),
                                                 draft_timeout_cb, self);
}

static void
on_undo_stack_changed_cb (PolkuWindow *self)
{
  polku_window_schedule_draft (self);
}

static void
on_undo_stack_notify_dirty_cb (PolkuWindow *self)
{
  /* Saved, or undone back to the saved state: no draft is needed. */
  if (!polku_window_get_dirty (self))
    polku_window_write_draft (self);
  else
    polku_window_schedule_draft (self);
}

static void
on_draft_failed_cb (PolkuWindow  *self,
                    const GError *error)
{
  g_autofree char *message = NULL;

  /* Once until the next save: the timer would repeat it every few seconds. */
  if (self->draft_failure_shown)
    return;
  self->draft_failure_shown = TRUE;

  /* Translators: why the unsaved changes could not be kept in a draft */
  message = g_strdup_printf (_("Could not keep a draft of the unsaved changes: %s"), error->message);
  _polku_window_show_error (self, message);
}

static void
polku_window_set_draft (PolkuWindow *self,
                        PolkuDraft  *draft)
{
  g_assert (POLKU_IS_WINDOW (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  if (draft != NULL)
    g_signal_connect_object (draft, "failed", G_CALLBACK (on_draft_failed_cb), self,
                             G_CONNECT_SWAPPED);
}

void
_polku_window_files_track_document (PolkuWindow *self)
{
  g_autoptr(PolkuDraft) draft = NULL;
  g_autofree char *dir = polku_drafts_dup_default_dir ();

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (self->undo_stack != NULL);

  /* The document it belonged to is gone, and with it its changes. */
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->draft != NULL)
    polku_draft_remove (self->draft);
  draft = polku_draft_new (dir, NULL);
  polku_window_set_draft (self, draft);
  self->draft_failure_shown = FALSE;
  self->is_example = FALSE;
  g_clear_pointer (&self->file_etag, g_free);

  g_signal_connect_object (self->undo_stack, "changed",
                           G_CALLBACK (on_undo_stack_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify::dirty",
                           G_CALLBACK (on_undo_stack_notify_dirty_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_polku_window_restore_draft (PolkuWindow   *self,
                             PolkuDocument *document,
                             GFile         *file,
                             const char    *draft_id)
{
  g_autoptr(PolkuDraft) draft = NULL;
  g_autofree char *dir = polku_drafts_dup_default_dir ();

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (POLKU_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (draft_id != NULL);

  _polku_window_set_document (self, document, file);

  /* Carry on with the recovered draft: it stays until saved or discarded,
   * and this process writes it from now on. */
  draft = polku_draft_new (dir, draft_id);
  polku_window_set_draft (self, draft);

  /* The changes are not in the file: the document is unsaved. */
  polku_undo_stack_set_clean_state (self->undo_stack, G_MAXUINT64);
  polku_window_write_draft (self);

  /* Learn the file's present state without asking about it. */
  polku_window_check_file (self);
}

/* Closing */

static void
polku_window_store_state (PolkuWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  g_assert (POLKU_IS_WINDOW (self));

  /* A maximised window keeps the size it returns to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

static void
polku_window_abandon_closing (PolkuWindow *self)
{
  PolkuApplication *application = get_application (self);

  self->close_after_save = FALSE;
  if (application != NULL)
    polku_application_cancel_quit (application);
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Closes the window once the dialog that decided it is gone: a transient
 * dialog must not outlive its parent. */
static void
polku_window_close_later (PolkuWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
on_close_dialog_response_cb (PolkuWindow      *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  g_clear_object (&self->close_dialog);

  if (g_str_equal (response, "discard"))
    {
      self->close_discarding = TRUE;
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      if (self->draft != NULL)
        polku_draft_remove (self->draft);
      polku_window_set_draft (self, NULL);
      polku_window_close_later (self);
    }
  else if (g_str_equal (response, "save"))
    {
      /* Closes when the save succeeds; Save As may ask for a file first. */
      self->close_after_save = TRUE;
      if (self->saving_file == NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
  else
    {
      polku_window_abandon_closing (self);
    }
}

static void
polku_window_ask_to_save (PolkuWindow *self)
{
  g_autofree char *name = polku_window_dup_document_name (self);
  AdwMessageDialog *dialog;

  g_assert (POLKU_IS_WINDOW (self));
  g_assert (self->close_dialog == NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  /* Translators: the file name or the journey's title */
  adw_message_dialog_format_body (dialog, _("“%s” has unsaved changes. Changes that are not saved will be lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->close_dialog = g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
polku_window_close_request (GtkWindow *window)
{
  PolkuWindow *self = POLKU_WINDOW (window);

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return TRUE;
    }

  if (!self->close_discarding && polku_window_get_dirty (self))
    {
      /* A save for closing runs, or waits for its file: it closes. */
      if (!self->close_after_save)
        polku_window_ask_to_save (self);
      return TRUE;
    }

  polku_window_store_state (self);
  return parent_close_request (window);
}

void
_polku_window_files_save_abandoned (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (self->close_after_save)
    polku_window_abandon_closing (self);
}

/* Files changed by other programs */

static void
polku_window_set_file_etag (PolkuWindow *self,
                            const char  *etag)
{
  g_assert (POLKU_IS_WINDOW (self));

  g_free (self->file_etag);
  self->file_etag = g_strdup (etag);
}

static void
on_changed_dialog_response_cb (PolkuWindow      *self,
                               const char       *response,
                               AdwMessageDialog *dialog)
{
  const char *etag = g_object_get_data (G_OBJECT (dialog), "polku-etag");

  g_clear_object (&self->changed_dialog);
  if (self->file == NULL)
    return;

  if (g_str_equal (response, "reload"))
    {
      polku_window_open_file (self, self->file);
    }
  else
    {
      /* The file is not what the window shows: saving will replace it. */
      polku_window_set_file_etag (self, etag);
      if (self->undo_stack != NULL)
        polku_undo_stack_set_clean_state (self->undo_stack, G_MAXUINT64);
    }
}

static void
polku_window_ask_about_change (PolkuWindow *self,
                               const char  *etag)
{
  g_autofree char *name = polku_file_dup_display_name (self->file);
  gboolean dirty = polku_window_get_dirty (self);
  AdwMessageDialog *dialog;

  g_assert (POLKU_IS_WINDOW (self));

  if (self->changed_dialog != NULL)
    {
      g_object_set_data_full (G_OBJECT (self->changed_dialog), "polku-etag", g_strdup (etag), g_free);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL));
  if (dirty)
    /* Translators: a file name */
    adw_message_dialog_format_body (dialog, _("Another program changed “%s”. Reload it and lose your unsaved changes, or keep your version and replace the file when you save?"),
                                    name);
  else
    /* Translators: a file name */
    adw_message_dialog_format_body (dialog, _("Another program changed “%s”. Reload it to see the changes, or keep your version and replace the file when you save?"),
                                    name);
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Mine"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload",
                                              dirty ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, dirty ? "keep" : "reload");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data_full (G_OBJECT (dialog), "polku-etag", g_strdup (etag), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->changed_dialog = g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
query_etag_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GFile *file = G_FILE (object);
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *etag;

  info = g_file_query_info_finish (file, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->file_check_cancellable);

  /* Meanwhile the window moved on to another file, or writes this one. */
  if (self->file == NULL || !g_file_equal (file, self->file)
      || self->saving_file != NULL || self->loading_file != NULL)
    return;

  if (info == NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *message = NULL;

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) || self->file_etag == NULL)
        return;

      /* Gone: what the window shows is the only copy. */
      polku_window_set_file_etag (self, NULL);
      if (self->undo_stack != NULL)
        polku_undo_stack_set_clean_state (self->undo_stack, G_MAXUINT64);
      name = polku_file_dup_display_name (file);
      /* Translators: a file name */
      message = g_strdup_printf (_("“%s” was deleted or moved by another program. Save to keep the journey."),
                                 name);
      _polku_window_show_error (self, message);
      return;
    }

  etag = g_file_info_get_etag (info);
  if (etag == NULL)
    return;

  /* The first look, after a recovery, learns the state it starts from. */
  if (self->file_etag == NULL)
    polku_window_set_file_etag (self, etag);
  else if (!g_str_equal (etag, self->file_etag))
    polku_window_ask_about_change (self, etag);
}

static void
polku_window_check_file (PolkuWindow *self)
{
  g_assert (POLKU_IS_WINDOW (self));

  if (self->file == NULL)
    return;

  g_cancellable_cancel (self->file_check_cancellable);
  g_clear_object (&self->file_check_cancellable);
  self->file_check_cancellable = g_cancellable_new ();
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           self->file_check_cancellable, query_etag_cb,
                           g_object_ref (self));
}

static gboolean
file_check_timeout_cb (gpointer data)
{
  PolkuWindow *self = data;

  self->file_check_timeout = 0;

  /* The window's own saves and loads tell their entity tag themselves. */
  if (self->saving_file == NULL && self->loading_file == NULL)
    polku_window_check_file (self);
  return G_SOURCE_REMOVE;
}

static void
on_file_monitor_changed_cb (PolkuWindow       *self,
                            GFile             *file,
                            GFile             *other_file,
                            GFileMonitorEvent  event,
                            GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->file_check_timeout, g_source_remove);
      self->file_check_timeout = g_timeout_add (FILE_CHECK_DELAY_MS, file_check_timeout_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      break;
    }
}

static void
polku_window_stop_watching (PolkuWindow *self)
{
  g_assert (POLKU_IS_WINDOW (self));

  g_clear_handle_id (&self->file_check_timeout, g_source_remove);
  g_cancellable_cancel (self->file_check_cancellable);
  g_clear_object (&self->file_check_cancellable);
  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_monitor, self);
      g_file_monitor_cancel (self->file_monitor);
    }
  g_clear_object (&self->file_monitor);
  g_clear_object (&self->monitored_file);
}

void
_polku_window_files_watch_file (PolkuWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (self->file != NULL && self->monitored_file != NULL
      && g_file_equal (self->file, self->monitored_file))
    return;

  polku_window_stop_watching (self);
  if (self->file == NULL)
    return;

  self->monitored_file = g_object_ref (self->file);
  self->file_monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, &error);
  /* Some file systems cannot be watched; the file still opens and saves. */
  if (self->file_monitor == NULL)
    return;
  g_signal_connect_object (self->file_monitor, "changed",
                           G_CALLBACK (on_file_monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Loading and saving */

void
_polku_window_files_loaded (PolkuWindow *self,
                            GFile       *file,
                            const char  *etag)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  polku_window_set_file_etag (self, etag);
  polku_recent_add (file);
}

void
_polku_window_files_saved (PolkuWindow *self,
                           GFile       *file,
                           const char  *etag)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  polku_window_set_file_etag (self, etag);
  polku_recent_add (file);
  self->draft_failure_shown = FALSE;

  /* A save may end with edits made while it ran: they keep their draft. */
  polku_window_write_draft (self);

  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

void
_polku_window_open_file_somewhere (PolkuWindow *self,
                                   GFile       *file)
{
  GList *windows;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* One window per file. */
  windows = gtk_application_get_windows (GTK_APPLICATION (get_application (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      PolkuWindow *window = l->data;
      GFile *shown;

      if (!POLKU_IS_WINDOW (window))
        continue;
      shown = window->loading_file != NULL ? window->loading_file : window->file;
      if (shown != NULL && g_file_equal (shown, file))
        {
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }

  polku_window_open_file (polku_window_get_free_window (self), file);
}

void
_polku_window_new_document (PolkuWindow *self,
                            gboolean     from_template)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = NULL;
  PolkuWindow *window;
  guint scale;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (from_template)
    journey = polku_template_create_journey (document);
  else
    journey = polku_template_create_empty (document);

  /* A fresh journey's scale is where it starts, not an edit. */
  scale = (guint) g_settings_get_enum (self->settings, "default-scale");
  if (scale < G_N_ELEMENTS (setting_scales))
    polku_journey_set_scale (journey, setting_scales[scale].min, setting_scales[scale].max);
  polku_document_append_journey (document, journey);

  window = polku_window_get_free_window (self);
  _polku_window_set_document (window, document, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

/* Actions */

static void
polku_window_new_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _polku_window_new_document (POLKU_WINDOW (widget), g_str_equal (action_name, "win.new-journey"));
}

static void
polku_window_open_example_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PolkuWindow *window = polku_window_get_free_window (POLKU_WINDOW (widget));

  polku_window_open_resource (window, polku_application_get_example_path (g_get_language_names ()));
  gtk_window_present (GTK_WINDOW (window));
}

static void
polku_window_open_recent_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  _polku_window_open_file_somewhere (POLKU_WINDOW (widget), file);
}

void
_polku_window_files_update_actions (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", self->document != NULL);
}

static void
polku_window_zoom_fit_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  polku_map_view_zoom_to_fit (self->map_view);
}

/* Recent files in the Open button's menu */

static void
polku_window_update_recent_menu (PolkuWindow *self)
{
  g_autoptr(GPtrArray) journeys = NULL;

  g_assert (POLKU_IS_WINDOW (self));

  g_menu_remove_all (self->recent_menu);
  journeys = polku_recent_list_journeys (gtk_recent_manager_get_default (), POLKU_RECENT_MAX);
  for (guint i = 0; i < journeys->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (journeys, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autoptr(GString) label = g_string_new (gtk_recent_info_get_display_name (info));

      /* Menu labels take "_" as a mnemonic. */
      g_string_replace (label, "_", "__", 0);
      item = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }

  adw_split_button_set_menu_model (self->open_button,
                                   journeys->len > 0 ? G_MENU_MODEL (self->recent_menu) : NULL);
}

/* Dropped files */

static gboolean
on_drop_target_drop_cb (PolkuWindow   *self,
                        const GValue  *value,
                        double         x,
                        double         y,
                        GtkDropTarget *target)
{
  g_autoptr(GSList) files = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && g_value_get_object (value) != NULL)
    files = g_slist_prepend (NULL, g_value_get_object (value));

  if (files == NULL)
    return FALSE;

  /* The first may take this window; a window that loads is in use. */
  for (GSList *l = files; l != NULL; l = l->next)
    _polku_window_open_file_somewhere (self, l->data);
  return TRUE;
}

void
_polku_window_files_init (PolkuWindow *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  g_return_if_fail (POLKU_IS_WINDOW (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The panes are as they were last left, and follow the preferences. */
  g_settings_bind (self->settings, "show-outline", self, "show-outline", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-inspector", self, "show-inspector", G_SETTINGS_BIND_DEFAULT);

  self->drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (self->drop_target, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (g_object_ref (self->drop_target)));

  self->recent_menu = g_menu_new ();
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (polku_window_update_recent_menu), self,
                           G_CONNECT_SWAPPED);
  polku_window_update_recent_menu (self);
}

void
_polku_window_files_dispose (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* Unsaved changes that were not discarded stay on disk: a window can go
   * without being closed, and the work is kept. */
  if (self->draft != NULL)
    {
      if (polku_window_get_dirty (self) && !self->close_discarding)
        polku_window_write_draft (self);
      else
        polku_draft_remove (self->draft);
      polku_window_set_draft (self, NULL);
    }
  g_clear_handle_id (&self->draft_timeout, g_source_remove);

  polku_window_stop_watching (self);
  if (self->close_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->close_dialog));
  g_clear_object (&self->close_dialog);
  if (self->changed_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->changed_dialog));
  g_clear_object (&self->changed_dialog);

  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->drop_target);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->file_etag, g_free);
}

void
_polku_window_files_class_init (GtkWidgetClass *widget_class)
{
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (widget_class);

  g_type_ensure (POLKU_TYPE_START_PAGE);

  parent_close_request = window_class->close_request;
  window_class->close_request = polku_window_close_request;

  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, open_button);

  gtk_widget_class_install_action (widget_class, "win.new-journey", NULL, polku_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.new-empty", NULL, polku_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, polku_window_open_example_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", polku_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, polku_window_zoom_fit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-journey", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
}
