/* polku-window-actions.c: the win. actions: opening, saving and zooming
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-document-io.h"
#include "polku-window-private.h"

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
  else
    _polku_window_files_save_abandoned (self);
}

/* Shows a file chooser for journey files; done runs with the chosen file. */
static void
polku_window_run_file_chooser (PolkuWindow          *self,
                               GtkFileChooserNative *chooser,
                               PolkuChooserDone      done)
{
  g_autoptr(GtkFileFilter) journeys = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_assert (POLKU_IS_WINDOW (self));

  gtk_file_filter_set_name (journeys, _("Journey Files"));
  gtk_file_filter_add_pattern (journeys, "*.polku");
  gtk_file_filter_add_mime_type (journeys, "application/x-polku+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), journeys);

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
  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  polku_window_run_file_chooser (self, chooser, _polku_window_open_file_somewhere);
}

static void
polku_window_save_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->saving_file);
  g_autoptr(GError) error = NULL;

  if (!polku_document_io_save_finish (result, &error))
    {
      g_autofree char *name = NULL;
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      name = polku_file_dup_display_name (file);
      /* Translators: a file name, then why it could not be written */
      message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
      _polku_window_show_error (self, message);
      _polku_window_update_actions (self);
      _polku_window_files_save_abandoned (self);
      return;
    }

  polku_undo_stack_set_clean_state (self->undo_stack, self->saving_state);
  _polku_window_set_document (self, self->document, file);
  _polku_window_files_saved (self, file, polku_document_io_get_etag (result));
}

static void
polku_window_save_to (PolkuWindow *self,
                      GFile       *file)
{
  g_assert (POLKU_IS_WINDOW (self));
  g_assert (self->document != NULL);
  g_assert (self->saving_file == NULL);

  g_set_object (&self->saving_file, file);
  self->saving_state = polku_undo_stack_get_state (self->undo_stack);
  _polku_window_update_actions (self);

  polku_document_io_save_async (self->document, file, self->cancellable,
                                polku_window_save_cb, g_object_ref (self));
}

/* A file name for a journey that has none yet: its title. */
static char *
polku_window_suggest_file_name (PolkuWindow *self)
{
  const char *title = NULL;
  g_autofree char *name = NULL;

  g_assert (POLKU_IS_WINDOW (self));

  if (polku_document_get_n_journeys (self->document) > 0)
    title = polku_journey_get_title (polku_document_get_journey (self->document, 0));
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

  chooser = gtk_file_chooser_native_new (_("Save Journey"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  if (self->file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
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
  if (self->file == NULL)
    polku_window_save_as_action (widget, "win.save-as", NULL);
  else
    polku_window_save_to (self, self->file);
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
  else
    polku_map_view_set_zoom (self->map_view, 1.0);
}

void
_polku_window_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;
  gboolean can_save = has_document && self->saving_file == NULL;

  g_assert (POLKU_IS_WINDOW (self));

  gtk_widget_action_set_enabled (widget, "win.save", can_save);
  gtk_widget_action_set_enabled (widget, "win.save-as", can_save);
  gtk_widget_action_set_enabled (widget, "win.zoom-in",
                                 has_document && polku_map_view_can_zoom_in (self->map_view));
  gtk_widget_action_set_enabled (widget, "win.zoom-out",
                                 has_document && polku_map_view_can_zoom_out (self->map_view));
  gtk_widget_action_set_enabled (widget, "win.zoom-reset",
                                 has_document && polku_map_view_get_zoom (self->map_view) != 1.0);
  _polku_window_files_update_actions (self);
  _polku_window_edit_update_actions (self);
  _polku_window_print_update_actions (self);
}

void
_polku_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, polku_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, polku_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, polku_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, polku_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, polku_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, polku_window_zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
