/* polku-import.c: journeys of other formats into the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-import.h"

void
polku_import_add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_filter_set_name (all, _("Spreadsheets, Mermaid and CJML"));
  for (PolkuExchangeFormat f = 0; f < POLKU_N_EXCHANGE_FORMATS; f++)
    gtk_file_filter_add_pattern (all, polku_exchange_format_get_pattern (f));
  gtk_file_chooser_add_filter (chooser, all);

  for (PolkuExchangeFormat f = 0; f < POLKU_N_EXCHANGE_FORMATS; f++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, polku_exchange_format_get_label (f));
      gtk_file_filter_add_pattern (filter, polku_exchange_format_get_pattern (f));
      gtk_file_chooser_add_filter (chooser, filter);
    }
}

typedef struct
{
  GtkWindow      *parent;
  GFile          *file;
  PolkuPhaseRule *rule;
  GPtrArray      *notes;
  GtkWidget     **rows;     /* the phase dialog's combo rows */
} Import;

static void
import_free (Import *import)
{
  g_clear_object (&import->parent);
  g_clear_object (&import->file);
  g_clear_pointer (&import->rule, polku_phase_rule_free);
  g_clear_pointer (&import->notes, g_ptr_array_unref);
  g_free (import->rows);
  g_free (import);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Import *import = task_data;
  GError *error = NULL;
  PolkuDocument *document;

  document = polku_exchange_import_file (import->file, NULL, import->rule, import->notes, cancellable, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

static void
list_phases_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  Import *import = task_data;
  GError *error = NULL;

  if (polku_exchange_list_phases (import->file, import->rule, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_phase_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             GTask            *task)
{
  Import *import = g_task_get_task_data (task);

  if (!g_str_equal (response, "import"))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("The import was cancelled"));
      g_object_unref (task);
      return;
    }
  for (guint i = 0; i < polku_phase_rule_get_n_names (import->rule); i++)
    polku_phase_rule_set_kind (import->rule, i, adw_combo_row_get_selected (ADW_COMBO_ROW (import->rows[i])));
  g_task_run_in_thread (task, import_in_thread);
  g_object_unref (task);
}

/* Asks which phase of the customer's process each of the file's phases
 * belongs to, as the rule guessed it. */
static void
ask_phases (GTask *task)
{
  Import *import = g_task_get_task_data (task);
  g_autofree char *name = g_file_get_basename (import->file);
  guint n = polku_phase_rule_get_n_names (import->rule);
  const char *kinds[POLKU_N_PHASE_KINDS + 1] = { NULL, };
  AdwMessageDialog *dialog;
  GtkWidget *list;

  for (PolkuPhaseKind k = 0; k < POLKU_N_PHASE_KINDS; k++)
    kinds[k] = polku_phase_kind_get_label (k);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (import->parent, _("Assign Phases"), NULL));
  /* Translators: a file name */
  adw_message_dialog_format_body (dialog, _("“%s” names its phases in its own words. Choose the phase of the customer’s process each belongs to."),
                                  name);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  import->rows = g_new0 (GtkWidget *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *phase = polku_phase_rule_get_name (import->rule, i);
      g_autoptr(GtkStringList) model = gtk_string_list_new (kinds);
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     *phase != '\0' ? phase : _("Tasks before the first section"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), polku_phase_rule_get_kind (import->rule, i));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      import->rows[i] = row;
    }
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_phase_dialog_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
phases_listed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *task = user_data;
  Import *import = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (polku_phase_rule_get_n_names (import->rule) == 0)
    {
      g_task_run_in_thread (task, import_in_thread);
      g_object_unref (task);
      return;
    }
  /* The dialog holds the task until it is answered. */
  ask_phases (task);
}

void
polku_import_journey_async (GtkWindow           *parent,
                            GFile               *file,
                            gboolean             ask,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  Import *import;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  import = g_new0 (Import, 1);
  import->parent = parent != NULL ? g_object_ref (parent) : NULL;
  import->file = g_object_ref (file);
  import->rule = polku_phase_rule_new ();
  import->notes = g_ptr_array_new_with_free_func (g_free);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_import_journey_async);
  g_task_set_task_data (task, import, (GDestroyNotify) import_free);
  if (!ask)
    {
      g_task_run_in_thread (task, import_in_thread);
      g_object_unref (task);
      return;
    }

  /* The phases are listed in a task of their own, then asked for. */
  {
    g_autoptr(GTask) listing = g_task_new (NULL, cancellable, phases_listed_cb, task);

    g_task_set_source_tag (listing, polku_import_journey_async);
    g_task_set_task_data (listing, import, NULL);
    g_task_run_in_thread (listing, list_phases_in_thread);
  }
}

PolkuDocument *
polku_import_journey_finish (GAsyncResult  *result,
                             GPtrArray    **notes,
                             GError       **error)
{
  Import *import;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_import_journey_async, NULL);

  import = g_task_get_task_data (G_TASK (result));
  if (notes != NULL)
    *notes = g_ptr_array_ref (import->notes);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
read_csv_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  PolkuCsvReader *reader = polku_csv_reader_new_for_file (task_data, NULL, cancellable, &error);

  if (reader == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, reader, (GDestroyNotify) polku_csv_reader_free);
}

void
polku_import_read_csv_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_import_read_csv_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_csv_in_thread);
}

PolkuCsvReader *
polku_import_read_csv_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_import_read_csv_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
polku_import_describe_notes (GPtrArray *notes)
{
  g_return_val_if_fail (notes != NULL, NULL);

  if (notes->len == 0)
    return NULL;
  if (notes->len == 1)
    return g_strdup (g_ptr_array_index (notes, 0));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (and %u more note)", "%s (and %u more notes)",
                                       notes->len - 1),
                          (const char *) g_ptr_array_index (notes, 0), notes->len - 1);
}
