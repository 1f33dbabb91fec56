/* polku-window-files.c: a window's files: new journeys, opening, saving,
 * recent and dropped files, closing with unsaved changes, files changed by
 * other programs, and the window's remembered size
 *
 * What these mean for the document is the session's to decide
 * (PolkuSession); here the window asks the user and shows the outcome.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "polku-answers-dialog.h"
#include "polku-example.h"
#include "polku-import.h"
#include "polku-recent.h"
#include "polku-start-page.h"
#include "polku-window-private.h"

/* The title a document's file is listed by among the recent ones. */
static const char *
document_title (PolkuDocument *document)
{
  if (document == NULL || polku_document_get_n_journeys (document) == 0)
    return NULL;
  return polku_journey_get_title (polku_document_get_journey (document, 0));
}

static gboolean (*parent_close_request) (GtkWindow *window);

static void imported_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data);

static PolkuApplication *
get_application (PolkuWindow *self)
{
  return POLKU_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

gboolean
_polku_window_is_in_use (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  /* An untouched example or new journey may make way for another. */
  return self->loading_session != NULL
         || (self->session != NULL && polku_session_is_in_use (self->session));
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

/* Loading */

static void
polku_window_show_load_error (PolkuWindow  *self,
                              GFile        *file,
                              const GError *error)
{
  g_assert (POLKU_IS_WINDOW (self));

  if (error->domain == POLKU_FILE_ERROR)
    {
      /* The reader's message names the file, line and column already. */
      _polku_window_show_error (self, error->message);
    }
  else
    {
      g_autofree char *name = polku_file_dup_display_name (file);
      g_autofree char *message = NULL;

      /* Translators: a file name, then why it could not be read */
      message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
      _polku_window_show_error (self, message);
    }
}

typedef struct
{
  PolkuWindow *window;
  GFile       *file;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->window);
  g_clear_object (&load->file);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

/* A load into a new session, or the window's own file read again, ended. */
static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  PolkuSession *session = POLKU_SESSION (object);
  g_autoptr(Load) load = user_data;
  PolkuWindow *self = load->window;
  g_autoptr(GError) error = NULL;
  gboolean loaded;

  loaded = polku_session_load_finish (session, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (session == self->loading_session)
    g_clear_object (&self->load_cancellable);

  if (!loaded)
    {
      if (session == self->loading_session)
        g_clear_object (&self->loading_session);
      polku_window_show_load_error (self, load->file, error);
      return;
    }

  polku_recent_add (load->file, document_title (polku_session_get_document (session)));
  if (session == self->loading_session)
    {
      g_autoptr(PolkuSession) loading = g_steal_pointer (&self->loading_session);

      _polku_window_set_session (self, loading);
    }
}

static void
polku_window_load (PolkuWindow  *self,
                   PolkuSession *session,
                   GFile        *file,
                   GCancellable *cancellable)
{
  Load *load = g_new0 (Load, 1);

  g_assert (POLKU_IS_WINDOW (self));

  load->window = g_object_ref (self);
  load->file = g_object_ref (file);
  polku_session_load_async (session, file, cancellable, load_cb, load);
}

void
polku_window_open_file (PolkuWindow *self,
                        GFile       *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A spreadsheet, diagram or CJML file, given on the command line or by
   * a file manager, opens as a new journey. */
  name = g_file_get_basename (file);
  if (polku_exchange_format_from_filename (name, NULL))
    {
      polku_import_journey_async (GTK_WINDOW (self), file, TRUE, NULL, imported_cb, g_object_ref (self));
      return;
    }

  /* The file shows here once read; until then the window shows what it
   * showed, and a failure leaves it so. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_clear_object (&self->loading_session);
  self->loading_session = polku_session_new (NULL);

  polku_window_load (self, self->loading_session, file, self->load_cancellable);
}

void
polku_window_open_resource (PolkuWindow *self,
                            const char  *resource_path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(PolkuSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (resource_path != NULL);

  name = g_path_get_basename (resource_path);
  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    document = polku_reader_load_bytes (bytes, name, &error);

  if (document == NULL)
    {
      _polku_window_show_error (self, error->message);
      return;
    }

  session = polku_session_new_example (NULL, document);
  _polku_window_set_session (self, session);
}

/* Opens file here when this window holds nothing worth keeping, else in a
 * new window; a file already open is only brought to the front. */
static void
polku_window_open_file_somewhere (PolkuWindow *self,
                                  GFile       *file)
{
  GList *windows;

  g_assert (POLKU_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  /* One window per file. */
  windows = gtk_application_get_windows (GTK_APPLICATION (get_application (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      PolkuWindow *window = l->data;
      GFile *shown = NULL;

      if (!POLKU_IS_WINDOW (window))
        continue;
      if (window->loading_session != NULL)
        shown = polku_session_get_loading_file (window->loading_session);
      else if (window->session != NULL)
        shown = polku_session_get_file (window->session);
      if (shown != NULL && g_file_equal (shown, file))
        {
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }

  polku_window_open_file (polku_window_get_free_window (self), file);
}

/* Shows a new journey (from the template, or empty) here when this window
 * holds nothing worth keeping, else in a new window. */
static void
polku_window_new_document (PolkuWindow *self,
                           gboolean     from_template)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = NULL;
  g_autoptr(PolkuSession) session = NULL;
  g_autofree char *nick = NULL;
  const PolkuScale *scale;
  PolkuWindow *window;

  g_assert (POLKU_IS_WINDOW (self));

  if (from_template)
    journey = polku_template_create_journey (document);
  else
    journey = polku_template_create_empty (document);

  /* A fresh journey's scale is where it starts, not an edit. */
  nick = g_settings_get_string (self->settings, "default-scale");
  scale = polku_scale_get (polku_scale_find_nick (nick));
  if (scale != NULL)
    polku_journey_set_scale (journey, scale->min, scale->max);
  polku_document_append_journey (document, journey);

  window = polku_window_get_free_window (self);
  session = polku_session_new_for_document (NULL, document, NULL);
  _polku_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
}

/* Saving */

typedef void (*PolkuChooserDone) (PolkuWindow *self,
                                  GFile       *file);

static void
on_file_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             PolkuWindow     *self)
{
  PolkuChooserDone done = g_object_get_data (G_OBJECT (chooser), "polku-chooser-done");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->file_chooser);

  if (file != NULL)
    done (self, file);
  else if (self->session != NULL)
    polku_session_abandon_close (self->session);
}

/* Shows a file chooser with the filters it has and one for all files;
 * done runs with the chosen file. */
static void
polku_window_run_chooser (PolkuWindow          *self,
                          GtkFileChooserNative *chooser,
                          PolkuChooserDone      done)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_assert (POLKU_IS_WINDOW (self));

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_set_object (&self->file_chooser, chooser);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "polku-chooser-done", done);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Shows a file chooser for journey files; done runs with the chosen file. */
static void
polku_window_run_file_chooser (PolkuWindow          *self,
                               GtkFileChooserNative *chooser,
                               PolkuChooserDone      done)
{
  g_autoptr(GtkFileFilter) journeys = gtk_file_filter_new ();

  gtk_file_filter_set_name (journeys, _("Journey Files"));
  gtk_file_filter_add_pattern (journeys, "*.polku");
  gtk_file_filter_add_mime_type (journeys, "application/x-polku+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), journeys);
  polku_window_run_chooser (self, chooser, done);
}

static void
polku_window_open_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;

  chooser = gtk_file_chooser_native_new (_("Open Journey"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  if (polku_window_get_file (self) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (polku_window_get_file (self));

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  polku_window_run_file_chooser (self, chooser, polku_window_open_file_somewhere);
}

static void
polku_window_save_to (PolkuWindow *self,
                      GFile       *file)
{
  g_assert (POLKU_IS_WINDOW (self));
  g_assert (self->session != NULL);

  /* How it ends, the session's signals tell. */
  polku_session_save_async (self->session, file, NULL, NULL, NULL);
}

/* A file name for a journey that has none yet: its title. */
static char *
polku_window_suggest_file_name (PolkuWindow *self)
{
  const char *title = NULL;
  g_autofree char *name = NULL;

  g_assert (POLKU_IS_WINDOW (self));

  if (polku_document_get_n_journeys (_polku_window_get_document (self)) > 0)
    title = polku_journey_get_title (polku_document_get_journey (_polku_window_get_document (self), 0));
  if (title == NULL || title[0] == '\0')
    title = _("Untitled Journey");

  name = g_strdelimit (g_strdup (title), G_DIR_SEPARATOR_S, '-');
  return g_strconcat (name, ".polku", NULL);
}

static void
polku_window_save_as_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  GFile *file = polku_window_get_file (self);

  chooser = gtk_file_chooser_native_new (_("Save Journey"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  if (file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  else
    {
      g_autofree char *name = polku_window_suggest_file_name (self);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  polku_window_run_file_chooser (self, chooser, polku_window_save_to);
}

static void
polku_window_save_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  /* The example has no file yet. */
  if (polku_window_get_file (self) == NULL)
    polku_window_save_as_action (widget, "win.save-as", NULL);
  else
    polku_window_save_to (self, NULL);
}

static void
on_session_saved_cb (PolkuWindow *self,
                     GFile       *file)
{
  polku_recent_add (file, document_title (_polku_window_get_document (self)));
  /* An error about an earlier save no longer applies. */
  _polku_window_dismiss_error (self);
}

static void
on_session_save_failed_cb (PolkuWindow  *self,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *name = polku_file_dup_display_name (file);
  g_autofree char *message = NULL;

  /* Translators: a file name, then why it could not be written */
  message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
  _polku_window_show_error (self, message);
}

static void
on_session_draft_failed_cb (PolkuWindow  *self,
                            const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: why the unsaved changes could not be kept in a draft */
  message = g_strdup_printf (_("Could not keep a draft of the unsaved changes: %s"), error->message);
  _polku_window_show_error (self, message);
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
polku_window_cancel_closing (PolkuWindow *self)
{
  g_assert (POLKU_IS_WINDOW (self));

  g_signal_emit_by_name (self, "close-cancelled");
}

static void
on_close_dialog_response_cb (PolkuWindow      *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  PolkuCloseResponse answer = POLKU_CLOSE_RESPONSE_CANCEL;

  g_clear_object (&self->close_dialog);

  if (g_str_equal (response, "discard"))
    answer = POLKU_CLOSE_RESPONSE_DISCARD;
  else if (g_str_equal (response, "save"))
    answer = POLKU_CLOSE_RESPONSE_SAVE;

  switch (polku_session_respond_to_close (self->session, answer))
    {
    case POLKU_CLOSE_NOW:
      polku_window_close_later (self);
      break;

    case POLKU_CLOSE_CHOOSE_FILE:
      /* Closes when saved to the file chosen. */
      polku_window_save_as_action (GTK_WIDGET (self), "win.save-as", NULL);
      break;

    case POLKU_CLOSE_STAY:
      polku_window_cancel_closing (self);
      break;

    case POLKU_CLOSE_ASK:
    case POLKU_CLOSE_WAIT:
    default:
      break;
    }
}

static void
polku_window_ask_to_save (PolkuWindow *self)
{
  AdwMessageDialog *dialog;

  g_assert (POLKU_IS_WINDOW (self));
  g_assert (self->close_dialog == NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  /* Translators: the file name or the journey's title */
  adw_message_dialog_format_body (dialog, _("“%s” has unsaved changes. Changes that are not saved will be lost."),
                                  polku_session_get_title (self->session));
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
  PolkuCloseStep step = POLKU_CLOSE_NOW;

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return TRUE;
    }

  if (self->session != NULL)
    step = polku_session_request_close (self->session);

  switch (step)
    {
    case POLKU_CLOSE_ASK:
      polku_window_ask_to_save (self);
      return TRUE;

    case POLKU_CLOSE_WAIT:
    case POLKU_CLOSE_CHOOSE_FILE:
    case POLKU_CLOSE_STAY:
      /* A save for closing runs, or waits for its file: it closes. */
      return TRUE;

    case POLKU_CLOSE_NOW:
    default:
      polku_window_store_state (self);
      return parent_close_request (window);
    }
}

static void
on_session_close_ready_cb (PolkuWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Files changed by other programs */

static void
reload (PolkuWindow *self)
{
  g_assert (POLKU_IS_WINDOW (self));

  polku_window_load (self, self->session, polku_session_get_file (self->session), NULL);
}

static void
on_changed_dialog_response_cb (PolkuWindow      *self,
                               const char       *response,
                               AdwMessageDialog *dialog)
{
  g_clear_object (&self->changed_dialog);
  if (self->session == NULL || polku_session_get_file (self->session) == NULL)
    return;

  if (g_str_equal (response, "reload"))
    reload (self);
  else
    polku_session_keep_changes (self->session);
}

static void
on_session_changed_on_disk_cb (PolkuWindow *self)
{
  g_autofree char *name = polku_file_dup_display_name (polku_session_get_file (self->session));
  gboolean dirty = polku_session_get_dirty (self->session);
  gboolean reload_suggested;
  AdwMessageDialog *dialog;

  g_assert (POLKU_IS_WINDOW (self));

  if (self->changed_dialog != NULL)
    return;

  reload_suggested = polku_session_suggest_change_response (self->session) == POLKU_CHANGE_RESPONSE_RELOAD;
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
                                              reload_suggested ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, reload_suggested ? "reload" : "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->changed_dialog = g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_session_deleted_on_disk_cb (PolkuWindow *self)
{
  g_autofree char *name = polku_file_dup_display_name (polku_session_get_file (self->session));
  g_autofree char *message = NULL;

  /* Translators: a file name */
  message = g_strdup_printf (_("“%s” was deleted or moved by another program. Save to keep the journey."),
                             name);
  _polku_window_show_error (self, message);
}

/* Actions */

static void
polku_window_new_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  polku_window_new_document (POLKU_WINDOW (widget), g_str_equal (action_name, "win.new-journey"));
}

static void
polku_window_open_example_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PolkuWindow *window = polku_window_get_free_window (POLKU_WINDOW (widget));

  polku_window_open_resource (window, polku_example_get_resource_path (g_get_language_names ()));
  gtk_window_present (GTK_WINDOW (window));
}

static void
polku_window_open_recent_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  polku_window_open_file_somewhere (POLKU_WINDOW (widget), file);
}

void
_polku_window_files_update_actions (PolkuWindow *self)
{
  gboolean can_save;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  can_save = self->session != NULL && !polku_session_get_saving (self->session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-journey", _polku_window_get_journey (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-answers", _polku_window_get_journey (self) != NULL);
}

/* Journeys in and out of other formats */

/* A journey imported opens in a window of its own, as a new document. */
static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(PolkuSession) session = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *told = NULL;
  PolkuWindow *window;

  document = polku_import_journey_finish (result, &notes, &error);
  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _polku_window_show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < notes->len; i++)
    g_debug ("Import: %s", (const char *) g_ptr_array_index (notes, i));

  window = polku_window_get_free_window (self);
  session = polku_session_new_for_document (NULL, document, NULL);
  _polku_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
  told = polku_import_describe_notes (notes);
  if (told != NULL)
    _polku_window_show_error (window, told);
}

static void
csv_read_for_update_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(PolkuCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  PolkuCommand *command;

  reader = polku_import_read_csv_finish (result, &error);
  if (reader != NULL && _polku_window_get_journey (self) != NULL)
    {
      command = polku_csv_journey_update (_polku_window_get_journey (self), _polku_window_get_document (self),
                                          reader, NULL, &error);
      if (command != NULL)
        {
          _polku_window_push_edit (self, command, NULL);
          return;
        }
    }
  if (error != NULL)
    _polku_window_show_error (self, error->message);
}

static void
on_csv_question_response_cb (PolkuWindow      *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "polku-file");

  if (g_str_equal (response, "update"))
    polku_import_read_csv_async (file, NULL, csv_read_for_update_cb, g_object_ref (self));
  else if (g_str_equal (response, "new"))
    polku_import_journey_async (GTK_WINDOW (self), file, TRUE, NULL, imported_cb, g_object_ref (self));
}

void
polku_window_import_file (PolkuWindow *self,
                          GFile       *file)
{
  g_autofree char *name = NULL;
  PolkuExchangeFormat format;
  AdwMessageDialog *dialog;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  if (!polku_exchange_format_from_filename (name, &format) || format != POLKU_EXCHANGE_CSV ||
      _polku_window_get_journey (self) == NULL)
    {
      polku_import_journey_async (GTK_WINDOW (self), file, TRUE, NULL, imported_cb, g_object_ref (self));
      return;
    }

  /* A spreadsheet may be the journey shown, edited elsewhere. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Import Spreadsheet"), NULL));
  /* Translators: a file name, then the title of the journey shown */
  adw_message_dialog_format_body (dialog, _("Open “%s” as a new journey, or update “%s” from it? An update finds each row’s touchpoint by its id, else by its step’s and its own name, and adds those it does not find."),
                                  name, polku_describe_name (G_OBJECT (_polku_window_get_journey (self))));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "update", _("_Update Journey"),
                                    "new", _("_New Journey"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "new", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "new");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "polku-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_csv_question_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
polku_window_import_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;

  chooser = gtk_file_chooser_native_new (_("Import Journey"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  polku_import_add_filters (GTK_FILE_CHOOSER (chooser));
  polku_window_run_chooser (self, chooser, polku_window_import_file);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!polku_file_write_finish (result, &error))
    {
      g_autofree char *name = polku_file_dup_display_name (G_FILE (object));
      g_autofree char *message = NULL;

      /* Translators: a file name, then why it could not be written */
      message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
      _polku_window_show_error (self, message);
    }
}

static void
polku_window_export_journey_to (PolkuWindow *self,
                                GFile       *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GBytes) bytes = NULL;
  PolkuExchangeFormat format;

  if (_polku_window_get_journey (self) == NULL)
    return;
  if (!polku_exchange_format_from_filename (name, &format))
    {
      g_autofree char *message = NULL;

      /* Translators: a file name */
      message = g_strdup_printf (_("Cannot export to “%s”: give the file name the extension .csv, .mmd or .cjml"), name);
      _polku_window_show_error (self, message);
      return;
    }
  bytes = polku_exchange_export (_polku_window_get_journey (self), format);
  polku_file_write_async (file, bytes, NULL, exported_cb, g_object_ref (self));
}

static void
polku_window_export_journey_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  g_autofree char *name = polku_window_suggest_file_name (self);

  chooser = gtk_file_chooser_native_new (_("Export Journey Data"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* The journey's name, as a spreadsheet until another extension is typed. */
  strcpy (strrchr (name, '.'), ".csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  polku_import_add_filters (GTK_FILE_CHOOSER (chooser));
  polku_window_run_chooser (self, chooser, polku_window_export_journey_to);
}

static void
on_answers_dialog_import_cb (PolkuWindow  *self,
                             PolkuCommand *command)
{
  _polku_window_push_edit (self, g_object_ref (command), NULL);
}

static void
answers_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  PolkuCsvReader *reader = polku_import_read_csv_finish (result, &error);
  PolkuAnswersDialog *dialog;

  if (reader == NULL)
    {
      _polku_window_show_error (self, error->message);
      return;
    }
  if (_polku_window_get_journey (self) == NULL)
    {
      polku_csv_reader_free (reader);
      return;
    }
  dialog = polku_answers_dialog_new (GTK_WINDOW (self), _polku_window_get_document (self),
                                     _polku_window_get_journey (self), reader);
  g_signal_connect_object (dialog, "import", G_CALLBACK (on_answers_dialog_import_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
polku_window_import_answers (PolkuWindow *self,
                             GFile       *file)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  polku_import_read_csv_async (file, NULL, answers_read_cb, g_object_ref (self));
}

static void
polku_window_import_answers_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Survey Answers"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, polku_exchange_format_get_label (POLKU_EXCHANGE_CSV));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  polku_window_run_chooser (self, chooser, polku_window_import_answers);
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
      g_autoptr(GString) label = NULL;

      /* Translators: a recent journey in the Open button's menu: its
       * title, then its file's name */
      label = g_string_new (NULL);
      g_string_printf (label, _("%s — %s"), polku_recent_get_title (info), gtk_recent_info_get_display_name (info));

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

  /* The first may take this window; a window that loads is in use. A
   * spreadsheet, diagram or CJML file opens as a new journey. */
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (polku_exchange_format_from_filename (name, NULL))
        polku_import_journey_async (GTK_WINDOW (self), l->data, FALSE, NULL, imported_cb, g_object_ref (self));
      else
        polku_window_open_file_somewhere (self, l->data);
    }
  return TRUE;
}

void
_polku_window_files_init (PolkuWindow *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  g_return_if_fail (POLKU_IS_WINDOW (self));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_group_connect_object (self->session_signals, "saved",
                                 G_CALLBACK (on_session_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "save-failed",
                                 G_CALLBACK (on_session_save_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "draft-failed",
                                 G_CALLBACK (on_session_draft_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "changed-on-disk",
                                 G_CALLBACK (on_session_changed_on_disk_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "deleted-on-disk",
                                 G_CALLBACK (on_session_deleted_on_disk_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "close-ready",
                                 G_CALLBACK (on_session_close_ready_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "close-abandoned",
                                 G_CALLBACK (polku_window_cancel_closing), self, G_CONNECT_SWAPPED);

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

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_session);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  if (self->close_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->close_dialog));
  g_clear_object (&self->close_dialog);
  if (self->changed_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->changed_dialog));
  g_clear_object (&self->changed_dialog);

  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->drop_target);
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
  gtk_widget_class_install_action (widget_class, "win.open", NULL, polku_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, polku_window_open_example_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", polku_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, polku_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, polku_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, polku_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.export-journey", NULL, polku_window_export_journey_action);
  gtk_widget_class_install_action (widget_class, "win.import-answers", NULL, polku_window_import_answers_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-journey", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
