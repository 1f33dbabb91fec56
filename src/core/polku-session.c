/* polku-session.c: one open journey: its document, undo history, file, draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-core.h"

struct _PolkuSession
{
  GObject         parent_instance;

  char           *drafts_dir;
  PolkuDocument  *document;
  /* Every edit of the document goes through it; it knows whether the
   * document differs from the file. A new one comes with each document. */
  PolkuUndoStack *undo_stack;
  GFile          *file;
  char           *title;
  gboolean        is_example;

  /* Cancelled when the session goes. */
  GCancellable   *cancellable;
  /* The load in progress and the file it reads; the next cancels it. */
  GCancellable   *load_cancellable;
  GFile          *loading_file;
  /* The file being written while a save runs, and the undo state it
   * writes. */
  GFile          *saving_file;
  guint64         saving_state;

  /* The unsaved changes of the document, kept on disk after a delay. */
  PolkuDraft     *draft;
  guint           draft_timeout;
  gboolean        draft_failure_reported;

  /* Watches the file for changes by other programs; the entity tag is that
   * of the file as last read or written here. */
  GFileMonitor   *file_monitor;
  char           *etag;
  guint           file_check_timeout;
  GCancellable   *file_check_cancellable;
  /* The entity tag of a change reported and not yet answered. */
  char           *changed_etag;

  /* A save for closing runs or waits for its file: it closes. */
  gboolean        close_after_save;
  /* The changes were discarded: closing asks no more. */
  gboolean        discarded;
};

G_DEFINE_FINAL_TYPE (PolkuSession, polku_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_UNDO_STACK,
  PROP_FILE,
  PROP_TITLE,
  PROP_DIRTY,
  PROP_BUSY,
  PROP_IS_EXAMPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  LOADED,
  SAVED,
  SAVE_FAILED,
  CHANGED_ON_DISK,
  DELETED_ON_DISK,
  DRAFT_FAILED,
  CLOSE_READY,
  CLOSE_ABANDONED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void polku_session_write_draft (PolkuSession *self);

/* A file in debug messages. */
static const char *
describe (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path != NULL ? path : "(a file that is not local)";
}

/* Title */

static void
polku_session_update_title (PolkuSession *self)
{
  g_autofree char *title = NULL;

  g_assert (POLKU_IS_SESSION (self));

  if (self->file != NULL)
    {
      title = polku_file_dup_display_name (self->file);
    }
  else
    {
      const char *journey_title = NULL;

      if (self->document != NULL && polku_document_get_n_journeys (self->document) > 0)
        journey_title = polku_journey_get_title (polku_document_get_journey (self->document, 0));
      if (journey_title == NULL || journey_title[0] == '\0')
        journey_title = _("Untitled Journey");
      title = g_strdup (journey_title);
    }

  if (g_strcmp0 (title, self->title) == 0)
    return;
  g_free (self->title);
  self->title = g_steal_pointer (&title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
polku_session_set_etag (PolkuSession *self,
                        const char   *etag)
{
  g_assert (POLKU_IS_SESSION (self));

  g_free (self->etag);
  self->etag = g_strdup (etag);
}

/* The document differs from every state the file had: unsaved. */
static void
polku_session_mark_unsaved (PolkuSession *self)
{
  g_assert (POLKU_IS_SESSION (self));

  if (self->undo_stack != NULL)
    polku_undo_stack_set_clean_state (self->undo_stack, G_MAXUINT64);
}

/* Drafts */

static void
polku_session_write_draft (PolkuSession *self)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *title = NULL;

  g_assert (POLKU_IS_SESSION (self));

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->draft == NULL || self->document == NULL)
    return;

  if (!polku_session_get_dirty (self))
    {
      g_debug ("Session: removing draft %s, nothing unsaved", polku_draft_get_id (self->draft));
      polku_draft_remove (self->draft);
      return;
    }

  if (polku_document_get_n_journeys (self->document) > 0)
    title = polku_journey_get_title (polku_document_get_journey (self->document, 0));
  bytes = polku_writer_write (self->document);
  g_debug ("Session: writing draft %s (%" G_GSIZE_FORMAT " bytes)",
           polku_draft_get_id (self->draft), g_bytes_get_size (bytes));
  polku_draft_save (self->draft, bytes, self->file, title);
}

static gboolean
draft_timeout_cb (gpointer data)
{
  PolkuSession *self = data;

  self->draft_timeout = 0;
  polku_session_write_draft (self);
  return G_SOURCE_REMOVE;
}

/* The first change after a draft starts the clock, and later ones do not
 * put it off: a steady stream of edits still reaches the disk twice a
 * second, and a crash loses at most the last second of them, the time the
 * draft takes to write included. */
static void
polku_session_schedule_draft (PolkuSession *self)
{
  g_assert (POLKU_IS_SESSION (self));

  if (self->draft_timeout == 0 && self->draft != NULL)
    self->draft_timeout = g_timeout_add (POLKU_SESSION_DRAFT_DELAY_MS, draft_timeout_cb, self);
}

static void
on_draft_failed_cb (PolkuSession *self,
                    const GError *error)
{
  g_debug ("Session: the draft failed: %s", error->message);

  /* Once until the next save: the timer would repeat it twice a second. */
  if (self->draft_failure_reported)
    return;
  self->draft_failure_reported = TRUE;
  g_signal_emit (self, signals[DRAFT_FAILED], 0, error);
}

static void
polku_session_set_draft (PolkuSession *self,
                         PolkuDraft   *draft)
{
  g_assert (POLKU_IS_SESSION (self));

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  if (draft != NULL)
    g_signal_connect_object (draft, "failed", G_CALLBACK (on_draft_failed_cb), self,
                             G_CONNECT_SWAPPED);
  self->draft_failure_reported = FALSE;
}

/* Following the undo stack */

static void
on_undo_stack_changed_cb (PolkuSession *self)
{
  polku_session_schedule_draft (self);
  /* The first journey's title may be what changed. */
  polku_session_update_title (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_undo_stack_notify_dirty_cb (PolkuSession *self)
{
  /* Saved, or undone back to the saved state: no draft is needed. */
  if (!polku_session_get_dirty (self))
    polku_session_write_draft (self);
  else
    polku_session_schedule_draft (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/* Files changed by other programs */

static void
query_etag_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GFile *file = G_FILE (object);
  g_autoptr(PolkuSession) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *etag;

  info = g_file_query_info_finish (file, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->file_check_cancellable);

  /* Meanwhile the session moved on to another file, or writes this one. */
  if (self->file == NULL || !g_file_equal (file, self->file)
      || self->saving_file != NULL || self->loading_file != NULL)
    return;

  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) || self->etag == NULL)
        return;

      /* Gone: what the session holds is the only copy. */
      g_debug ("Session: the file was deleted or moved by another program");
      polku_session_set_etag (self, NULL);
      polku_session_mark_unsaved (self);
      g_signal_emit (self, signals[DELETED_ON_DISK], 0);
      return;
    }

  etag = g_file_info_get_etag (info);
  if (etag == NULL)
    return;

  /* The first look, after a recovery, learns the state it starts from. */
  if (self->etag == NULL)
    {
      polku_session_set_etag (self, etag);
    }
  else if (!g_str_equal (etag, self->etag))
    {
      gboolean reported = self->changed_etag != NULL;

      g_debug ("Session: another program changed the file (entity tag %s, was %s)",
               etag, self->etag);
      g_free (self->changed_etag);
      self->changed_etag = g_strdup (etag);
      /* Once until answered: a later change updates what is answered. */
      if (!reported)
        g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
    }
}

void
polku_session_check_file (PolkuSession *self)
{
  g_return_if_fail (POLKU_IS_SESSION (self));

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
  PolkuSession *self = data;

  self->file_check_timeout = 0;

  /* The session's own saves and loads tell their entity tag themselves. */
  if (self->saving_file == NULL && self->loading_file == NULL)
    polku_session_check_file (self);
  return G_SOURCE_REMOVE;
}

static void
on_file_monitor_changed_cb (PolkuSession      *self,
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
      self->file_check_timeout = g_timeout_add (POLKU_SESSION_FILE_CHECK_DELAY_MS,
                                                file_check_timeout_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      break;
    }
}

static void
polku_session_stop_watching (PolkuSession *self)
{
  g_assert (POLKU_IS_SESSION (self));

  g_clear_handle_id (&self->file_check_timeout, g_source_remove);
  g_cancellable_cancel (self->file_check_cancellable);
  g_clear_object (&self->file_check_cancellable);
  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_monitor, self);
      g_file_monitor_cancel (self->file_monitor);
    }
  g_clear_object (&self->file_monitor);
  g_clear_pointer (&self->changed_etag, g_free);
}

/* Sets the file, and watches the new one. */
static void
polku_session_set_file (PolkuSession *self,
                        GFile        *file)
{
  g_autoptr(GError) error = NULL;

  g_assert (POLKU_IS_SESSION (self));

  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    {
      g_set_object (&self->file, file);
      return;
    }

  polku_session_stop_watching (self);
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  polku_session_update_title (self);
  if (file == NULL)
    return;

  self->file_monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  /* Some file systems cannot be watched; the file still opens and saves. */
  if (self->file_monitor == NULL)
    {
      g_debug ("Session: cannot watch the file: %s", error->message);
      return;
    }
  g_signal_connect_object (self->file_monitor, "changed",
                           G_CALLBACK (on_file_monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* A new document starts a new history and a new draft; the old document's
 * draft goes with it. */
static void
polku_session_set_document (PolkuSession  *self,
                            PolkuDocument *document,
                            GFile         *file,
                            const char    *draft_id)
{
  g_autoptr(PolkuDraft) draft = NULL;
  gboolean was_dirty;

  g_assert (POLKU_IS_SESSION (self));
  g_assert (POLKU_IS_DOCUMENT (document));
  g_assert (file == NULL || G_IS_FILE (file));

  was_dirty = polku_session_get_dirty (self);

  if (self->undo_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_stack, self);
  g_clear_object (&self->undo_stack);
  self->undo_stack = polku_undo_stack_new ();
  g_signal_connect_object (self->undo_stack, "changed",
                           G_CALLBACK (on_undo_stack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify::dirty",
                           G_CALLBACK (on_undo_stack_notify_dirty_cb), self, G_CONNECT_SWAPPED);

  if (self->draft != NULL)
    polku_draft_remove (self->draft);
  draft = polku_draft_new (self->drafts_dir, draft_id);
  polku_session_set_draft (self, draft);
  self->discarded = FALSE;
  polku_session_set_etag (self, NULL);
  g_clear_pointer (&self->changed_etag, g_free);

  g_set_object (&self->document, document);
  polku_session_set_file (self, file);
  polku_session_update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_STACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/* Loading */

static void
polku_session_set_loading_file (PolkuSession *self,
                                GFile        *file)
{
  gboolean was_busy = polku_session_get_busy (self);

  g_set_object (&self->loading_file, file);
  if (was_busy != polku_session_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PolkuSession *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = polku_document_io_load_finish (result, &error);

  /* A later load took over: it is the session's now. */
  if (self->loading_file == file)
    {
      polku_session_set_loading_file (self, NULL);
      g_clear_object (&self->load_cancellable);
    }

  if (document == NULL)
    {
      g_debug ("Session: could not load %s: %s", describe (file), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_debug ("Session: loaded %s, %u journeys, entity tag %s",
           describe (file), polku_document_get_n_journeys (document),
           polku_document_io_get_etag (result));
  polku_session_set_document (self, document, file, NULL);
  polku_session_set_etag (self, polku_document_io_get_etag (result));
  g_signal_emit (self, signals[LOADED], 0, file);
  g_task_return_boolean (task, TRUE);
}

void
polku_session_load_async (PolkuSession        *self,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) loading = NULL;

  g_return_if_fail (POLKU_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* The file may be the session's own, about to be replaced. */
  loading = g_object_ref (file);
  g_debug ("Session: loading %s", describe (loading));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    g_cancellable_connect (cancellable, G_CALLBACK (g_cancellable_cancel),
                           g_object_ref (self->load_cancellable), g_object_unref);
  polku_session_set_loading_file (self, loading);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_session_load_async);
  g_task_set_task_data (task, g_object_ref (loading), g_object_unref);
  polku_document_io_load_async (loading, self->load_cancellable, load_cb, g_steal_pointer (&task));
}

gboolean
polku_session_load_finish (PolkuSession  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_session_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Saving */

static void
polku_session_set_saving_file (PolkuSession *self,
                               GFile        *file)
{
  gboolean was_busy = polku_session_get_busy (self);

  g_set_object (&self->saving_file, file);
  if (was_busy != polku_session_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Closing, if it waited for this, is off. */
static void
polku_session_stop_closing (PolkuSession *self)
{
  g_assert (POLKU_IS_SESSION (self));

  if (!self->close_after_save)
    return;
  self->close_after_save = FALSE;
  g_signal_emit (self, signals[CLOSE_ABANDONED], 0);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PolkuSession *self = g_task_get_source_object (task);
  g_autoptr(GFile) file = g_object_ref (self->saving_file);
  g_autoptr(GError) error = NULL;
  const char *path = describe (file);

  polku_session_set_saving_file (self, NULL);

  if (!polku_document_io_save_finish (result, &error))
    {
      g_debug ("Session: could not save %s: %s", path, error->message);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[SAVE_FAILED], 0, file, error);
      polku_session_stop_closing (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_debug ("Session: saved %s, entity tag %s", path, polku_document_io_get_etag (result));
  polku_undo_stack_set_clean_state (self->undo_stack, self->saving_state);
  polku_session_set_file (self, file);
  polku_session_set_etag (self, polku_document_io_get_etag (result));
  self->draft_failure_reported = FALSE;
  /* A save may end with edits made while it ran: they keep their draft. */
  polku_session_write_draft (self);
  g_signal_emit (self, signals[SAVED], 0, file);

  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      g_signal_emit (self, signals[CLOSE_READY], 0);
    }
  g_task_return_boolean (task, TRUE);
}

void
polku_session_save_async (PolkuSession        *self,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (POLKU_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (file != NULL || self->file != NULL);
  g_return_if_fail (self->document != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_session_save_async);

  if (self->saving_file != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The journey is being saved already"));
      return;
    }

  if (file == NULL)
    file = self->file;
  g_debug ("Session: saving %s", describe (file));

  polku_session_set_saving_file (self, file);
  self->saving_state = polku_undo_stack_get_state (self->undo_stack);
  polku_document_io_save_async (self->document, file,
                                cancellable != NULL ? cancellable : self->cancellable,
                                save_cb, g_steal_pointer (&task));
}

gboolean
polku_session_save_finish (PolkuSession  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_session_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Closing */

PolkuCloseStep
polku_session_request_close (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), POLKU_CLOSE_NOW);

  if (self->discarded || !polku_session_get_dirty (self))
    return POLKU_CLOSE_NOW;
  /* A save for closing runs, or waits for its file: it closes. */
  if (self->close_after_save)
    return POLKU_CLOSE_WAIT;
  return POLKU_CLOSE_ASK;
}

PolkuCloseStep
polku_session_respond_to_close (PolkuSession       *self,
                                PolkuCloseResponse  response)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), POLKU_CLOSE_STAY);

  switch (response)
    {
    case POLKU_CLOSE_RESPONSE_DISCARD:
      g_debug ("Session: closing, the unsaved changes discarded");
      self->discarded = TRUE;
      self->close_after_save = FALSE;
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      if (self->draft != NULL)
        polku_draft_remove (self->draft);
      polku_session_set_draft (self, NULL);
      return POLKU_CLOSE_NOW;

    case POLKU_CLOSE_RESPONSE_SAVE:
      /* Closes when the save succeeds. */
      self->close_after_save = TRUE;
      if (self->saving_file != NULL)
        return POLKU_CLOSE_WAIT;
      if (self->file == NULL)
        return POLKU_CLOSE_CHOOSE_FILE;
      polku_session_save_async (self, NULL, NULL, NULL, NULL);
      return POLKU_CLOSE_WAIT;

    case POLKU_CLOSE_RESPONSE_CANCEL:
    default:
      self->close_after_save = FALSE;
      return POLKU_CLOSE_STAY;
    }
}

void
polku_session_abandon_close (PolkuSession *self)
{
  g_return_if_fail (POLKU_IS_SESSION (self));

  polku_session_stop_closing (self);
}

/* Changes on disk */

PolkuChangeResponse
polku_session_suggest_change_response (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), POLKU_CHANGE_RESPONSE_KEEP);

  return polku_session_get_dirty (self) ? POLKU_CHANGE_RESPONSE_KEEP : POLKU_CHANGE_RESPONSE_RELOAD;
}

void
polku_session_keep_changes (PolkuSession *self)
{
  g_return_if_fail (POLKU_IS_SESSION (self));

  if (self->changed_etag == NULL)
    return;

  /* The file is not what the session holds: saving will replace it. */
  g_debug ("Session: keeping the document over the changed file");
  polku_session_set_etag (self, self->changed_etag);
  g_clear_pointer (&self->changed_etag, g_free);
  polku_session_mark_unsaved (self);
}

/* Properties */

PolkuDocument *
polku_session_get_document (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), NULL);

  return self->document;
}

PolkuUndoStack *
polku_session_get_undo_stack (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), NULL);

  return self->undo_stack;
}

GFile *
polku_session_get_file (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), NULL);

  return self->file;
}

GFile *
polku_session_get_loading_file (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), NULL);

  return self->loading_file;
}

const char *
polku_session_get_title (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), NULL);

  return self->title;
}

gboolean
polku_session_get_dirty (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);

  return self->undo_stack != NULL && polku_undo_stack_get_dirty (self->undo_stack);
}

gboolean
polku_session_get_busy (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);

  return self->loading_file != NULL || self->saving_file != NULL;
}

gboolean
polku_session_get_saving (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);

  return self->saving_file != NULL;
}

gboolean
polku_session_get_is_example (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);

  return self->is_example && self->file == NULL;
}

gboolean
polku_session_is_in_use (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), FALSE);

  return self->file != NULL || self->loading_file != NULL || polku_session_get_dirty (self);
}

PolkuDraft *
polku_session_get_draft (PolkuSession *self)
{
  g_return_val_if_fail (POLKU_IS_SESSION (self), NULL);

  return self->draft;
}

void
polku_session_push (PolkuSession *self,
                    PolkuCommand *command)
{
  g_return_if_fail (POLKU_IS_SESSION (self));
  g_return_if_fail (POLKU_IS_COMMAND (command));
  g_return_if_fail (self->undo_stack != NULL);

  polku_undo_stack_push (self->undo_stack, command);
}

static void
polku_session_dispose (GObject *object)
{
  PolkuSession *self = POLKU_SESSION (object);

  /* Unsaved changes that were not discarded stay on disk: a journey can
   * go without being closed, and the work is kept. */
  if (self->draft != NULL)
    {
      if (polku_session_get_dirty (self) && !self->discarded)
        polku_session_write_draft (self);
      else
        polku_draft_remove (self->draft);
      polku_session_set_draft (self, NULL);
    }
  g_clear_handle_id (&self->draft_timeout, g_source_remove);

  polku_session_stop_watching (self);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->load_cancellable);
  if (self->undo_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_stack, self);

  G_OBJECT_CLASS (polku_session_parent_class)->dispose (object);
}

static void
polku_session_finalize (GObject *object)
{
  PolkuSession *self = POLKU_SESSION (object);

  g_clear_object (&self->document);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->file);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->saving_file);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->cancellable);
  g_free (self->drafts_dir);
  g_free (self->title);
  g_free (self->etag);
  g_free (self->changed_etag);

  G_OBJECT_CLASS (polku_session_parent_class)->finalize (object);
}

static void
polku_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuSession *self = POLKU_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_UNDO_STACK:
      g_value_set_object (value, self->undo_stack);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, polku_session_get_dirty (self));
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, polku_session_get_busy (self));
      break;

    case PROP_IS_EXAMPLE:
      g_value_set_boolean (value, polku_session_get_is_example (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_session_class_init (PolkuSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_session_dispose;
  object_class->finalize = polku_session_finalize;
  object_class->get_property = polku_session_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, POLKU_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNDO_STACK] =
    g_param_spec_object ("undo-stack", NULL, NULL, POLKU_TYPE_UNDO_STACK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_IS_EXAMPLE] =
    g_param_spec_boolean ("is-example", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_ERROR);
  signals[CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETED_ON_DISK] =
    g_signal_new ("deleted-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DRAFT_FAILED] =
    g_signal_new ("draft-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[CLOSE_READY] =
    g_signal_new ("close-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLOSE_ABANDONED] =
    g_signal_new ("close-abandoned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
polku_session_init (PolkuSession *self)
{
  self->cancellable = g_cancellable_new ();
}

PolkuSession *
polku_session_new (const char *drafts_dir)
{
  PolkuSession *self = g_object_new (POLKU_TYPE_SESSION, NULL);

  self->drafts_dir = drafts_dir != NULL ? g_strdup (drafts_dir) : polku_drafts_dup_default_dir ();
  return self;
}

PolkuSession *
polku_session_new_for_document (const char    *drafts_dir,
                                PolkuDocument *document,
                                GFile         *file)
{
  PolkuSession *self;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = polku_session_new (drafts_dir);
  polku_session_set_document (self, document, file, NULL);
  return self;
}

PolkuSession *
polku_session_new_example (const char    *drafts_dir,
                           PolkuDocument *document)
{
  PolkuSession *self;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  self = polku_session_new_for_document (drafts_dir, document, NULL);
  self->is_example = TRUE;
  return self;
}

PolkuSession *
polku_session_new_for_draft (const char    *drafts_dir,
                             PolkuDocument *document,
                             GFile         *file,
                             const char    *draft_id)
{
  PolkuSession *self;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (draft_id != NULL, NULL);

  g_debug ("Session: restoring draft %s", draft_id);

  /* Carry on with the recovered draft: it stays until saved or discarded,
   * and this process writes it from now on. */
  self = polku_session_new (drafts_dir);
  polku_session_set_document (self, document, file, draft_id);

  /* The changes are not in the file: the document is unsaved. */
  polku_session_mark_unsaved (self);
  polku_session_write_draft (self);

  /* Learn the file's present state without reporting it. */
  polku_session_check_file (self);
  return self;
}
