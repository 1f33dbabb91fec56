/* polku-window-print.c: printing and exporting the map a window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-export-dialog.h"
#include "polku-export-toast.h"
#include "polku-print-operation.h"
#include "polku-window-private.h"

static void
on_print_done_cb (PolkuWindow             *self,
                  GtkPrintOperationResult  result,
                  GtkPrintOperation       *operation)
{
  PolkuPrintOperation *print = POLKU_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      /* The printer, copies and mode of this print are those of the next. */
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      self->print_mode = polku_print_operation_get_mode (print);
      self->poster_scale = polku_print_operation_get_poster_scale (print);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: the reason follows */
      message = g_strdup_printf (_("Could not print: %s"), error != NULL ? error->message : "");
      _polku_window_show_error (self, message);
    }
  g_clear_object (&self->print_operation);
}

static void
polku_window_print_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (journey == NULL || self->print_operation != NULL)
    return;

  g_debug ("Print: opening the print dialog for “%s”", polku_journey_get_title (journey));
  self->print_operation = polku_print_operation_new (journey, self->settings);
  polku_print_operation_set_mode (self->print_operation, self->print_mode);
  polku_print_operation_set_poster_scale (self->print_operation, self->poster_scale);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self->print_operation),
                                            self->print_settings);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self->print_operation), TRUE);
  g_signal_connect_object (self->print_operation, "done", G_CALLBACK (on_print_done_cb), self,
                           G_CONNECT_SWAPPED);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self->print_operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  /* Run asynchronously, "done" says how it ended; else it says now. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->print_operation != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: the reason follows */
      message = g_strdup_printf (_("Could not print: %s"), error != NULL ? error->message : "");
      _polku_window_show_error (self, message);
      g_clear_object (&self->print_operation);
    }
}

static void
on_exported_cb (PolkuWindow       *self,
                GFile             *file,
                PolkuExportDialog *dialog)
{
  polku_export_toast_show (self->toast_overlay, file);
}

static void
polku_window_export_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);

  if (journey == NULL)
    return;

  if (self->export_dialog == NULL)
    {
      self->export_dialog = polku_export_dialog_new (GTK_WINDOW (self), journey, self->settings);
      polku_export_dialog_set_journey_file (self->export_dialog, polku_window_get_file (self));
      g_object_add_weak_pointer (G_OBJECT (self->export_dialog), (gpointer *) &self->export_dialog);
      g_signal_connect_object (self->export_dialog, "exported", G_CALLBACK (on_exported_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (self->export_dialog));
}

void
_polku_window_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, polku_window_print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, polku_window_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
}

void
_polku_window_print_init (PolkuWindow *self)
{
  self->print_mode = POLKU_PRINT_MODE_FIT;
  self->poster_scale = POLKU_POSTER_SCALE_DEFAULT;
}

void
_polku_window_print_dispose (PolkuWindow *self)
{
  if (self->export_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->export_dialog), (gpointer *) &self->export_dialog);
      gtk_window_destroy (GTK_WINDOW (self->export_dialog));
      self->export_dialog = NULL;
    }
  if (self->print_operation != NULL)
    gtk_print_operation_cancel (GTK_PRINT_OPERATION (self->print_operation));
  g_clear_object (&self->print_operation);
  g_clear_object (&self->print_settings);
}

void
_polku_window_print_update_actions (PolkuWindow *self)
{
  gboolean has_journey = _polku_window_get_journey (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_journey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_journey);
}

PolkuExportDialog *
_polku_window_get_export_dialog (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->export_dialog;
}
