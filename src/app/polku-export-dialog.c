/* polku-export-dialog.c: exporting a journey map to PDF, SVG or PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "polku-export-dialog.h"
#include "polku-print-operation.h"

struct _PolkuExportDialog
{
  AdwWindow             parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkButton            *export_button;
  AdwComboRow          *format_row;
  AdwPreferencesGroup  *pages_group;
  AdwComboRow          *mode_row;
  AdwComboRow          *paper_row;
  AdwComboRow          *orientation_row;
  AdwActionRow         *scale_row;
  GtkSpinButton        *scale_button;
  AdwPreferencesGroup  *image_group;
  GtkSpinButton        *dpi_button;

  PolkuJourney         *journey;
  GSettings            *settings;
  GtkFileChooserNative *file_chooser;
  GCancellable         *cancellable;
  gboolean              exporting;
};

G_DEFINE_FINAL_TYPE (PolkuExportDialog, polku_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

PolkuExportFormat
polku_export_dialog_get_format (PolkuExportDialog *self)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_DIALOG (self), POLKU_EXPORT_FORMAT_PDF);

  return MIN (adw_combo_row_get_selected (self->format_row), POLKU_N_EXPORT_FORMATS - 1);
}

void
polku_export_dialog_set_format (PolkuExportDialog *self,
                                PolkuExportFormat  format)
{
  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format < POLKU_N_EXPORT_FORMATS);

  adw_combo_row_set_selected (self->format_row, format);
}

void
polku_export_dialog_set_mode (PolkuExportDialog *self,
                              PolkuPrintMode     mode)
{
  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (mode < POLKU_N_PRINT_MODES);

  adw_combo_row_set_selected (self->mode_row, mode);
}

void
polku_export_dialog_get_options (PolkuExportDialog  *self,
                                 PolkuExportOptions *options)
{
  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  polku_export_options_init (options);
  options->mode = MIN (adw_combo_row_get_selected (self->mode_row), POLKU_N_PRINT_MODES - 1);
  options->paper = MIN (adw_combo_row_get_selected (self->paper_row), POLKU_N_PAPERS - 1);
  options->orientation = adw_combo_row_get_selected (self->orientation_row) == POLKU_ORIENTATION_PORTRAIT
                         ? POLKU_ORIENTATION_PORTRAIT : POLKU_ORIENTATION_LANDSCAPE;
  options->poster_scale = gtk_spin_button_get_value (self->scale_button);
  options->dpi = gtk_spin_button_get_value (self->dpi_button);
}

char *
polku_export_dialog_dup_summary (PolkuExportDialog *self)
{
  g_autoptr(PolkuPages) pages = NULL;
  PolkuExportOptions options;
  guint columns, rows, n_pages;
  double width, height;

  g_return_val_if_fail (POLKU_IS_EXPORT_DIALOG (self), NULL);

  polku_export_dialog_get_options (self, &options);
  switch (polku_export_dialog_get_format (self))
    {
    case POLKU_EXPORT_FORMAT_SVG:
      return g_strdup (_("The map at its size on screen, its text searchable"));

    case POLKU_EXPORT_FORMAT_PNG:
      {
        g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (self->journey);

        /* Translators: the size of a PNG image in pixels */
        return g_strdup_printf (_("%.0f × %.0f pixels"),
                                ceil (polku_map_layout_get_width (layout) * options.dpi / 72),
                                ceil (polku_map_layout_get_height (layout) * options.dpi / 72));
      }

    case POLKU_EXPORT_FORMAT_PDF:
    default:
      break;
    }

  polku_paper_get_size (options.paper, options.orientation, &width, &height);
  pages = polku_pages_new (self->journey, options.mode, width, height, options.poster_scale);
  n_pages = polku_pages_get_n_pages (pages);
  polku_pages_get_grid (pages, &columns, &rows);
  if (options.mode == POLKU_PRINT_MODE_POSTER)
    /* Translators: how many sheets a poster takes, in how many columns and rows */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet, %u across and %u down",
                                         "%u sheets, %u across and %u down", n_pages),
                            n_pages, columns, rows);
  /* Translators: how many pages the chosen way of printing takes */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
}

static void
on_choice_changed_cb (PolkuExportDialog *self)
{
  PolkuExportFormat format;
  g_autofree char *summary = NULL;

  /* Rows change while the template is built. */
  if (self->journey == NULL || self->dpi_button == NULL)
    return;

  format = polku_export_dialog_get_format (self);
  gtk_widget_set_visible (GTK_WIDGET (self->pages_group), format == POLKU_EXPORT_FORMAT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (self->image_group), format == POLKU_EXPORT_FORMAT_PNG);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row),
                            adw_combo_row_get_selected (self->mode_row) == POLKU_PRINT_MODE_POSTER);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row),
                               polku_print_mode_get_description (MIN (adw_combo_row_get_selected (self->mode_row),
                                                                     POLKU_N_PRINT_MODES - 1)));

  summary = polku_export_dialog_dup_summary (self);
  adw_preferences_group_set_description (format == POLKU_EXPORT_FORMAT_PNG ? self->image_group
                                                                           : self->pages_group,
                                         summary);
}

/* Writing */

static void
on_file_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!polku_file_write_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
polku_export_dialog_export_async (PolkuExportDialog   *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  PolkuExportOptions options;

  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_export_dialog_export_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  /* Drawn here, in the thread whose fonts the renderer uses; written in
   * the background. */
  polku_export_dialog_get_options (self, &options);
  bytes = polku_export_journey_to_bytes_with_options (self->journey,
                                                      polku_export_dialog_get_format (self),
                                                      &options, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  polku_file_write_async (file, bytes, cancellable, on_file_written_cb, g_steal_pointer (&task));
}

gboolean
polku_export_dialog_export_finish (PolkuExportDialog  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_export_dialog_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PolkuExportDialog *self = POLKU_EXPORT_DIALOG (source);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->exporting = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", TRUE);

  if (!polku_export_dialog_export_finish (self, result, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;
      AdwToast *toast;

      g_debug ("Export: could not export to %s: %s", name, error->message);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s is a file name, then why it could not be written */
      message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_debug ("Export: exported to %s", g_file_peek_path (file) != NULL ? g_file_peek_path (file) : "(no path)");
  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
}

static void
export_to (PolkuExportDialog *self,
           GFile             *file)
{
  g_debug ("Export: exporting to %s", g_file_peek_path (file) != NULL ? g_file_peek_path (file) : "(no path)");
  self->exporting = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", FALSE);
  polku_export_dialog_export_async (self, file, self->cancellable, on_exported_cb, NULL);
}

static void
on_file_chooser_response_cb (PolkuExportDialog    *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->file_chooser);
  if (file != NULL)
    export_to (self, file);
}

static char *
suggested_name (PolkuExportDialog *self)
{
  const char *title = polku_journey_get_title (self->journey);
  g_autofree char *base = g_strdup (title != NULL && title[0] != '\0' ? title : _("Journey map"));

  /* No folders in a file's name. */
  g_strdelimit (base, G_DIR_SEPARATOR_S "\\", '-');
  return g_strconcat (base, polku_export_format_get_extension (polku_export_dialog_get_format (self)),
                      NULL);
}

static void
polku_export_dialog_choose_file_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  PolkuExportDialog *self = POLKU_EXPORT_DIALOG (widget);
  static const char * const mime_types[] = {
    [POLKU_EXPORT_FORMAT_PDF] = "application/pdf",
    [POLKU_EXPORT_FORMAT_SVG] = "image/svg+xml",
    [POLKU_EXPORT_FORMAT_PNG] = "image/png",
  };
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);
  PolkuExportFormat format = polku_export_dialog_get_format (self);

  if (self->file_chooser != NULL || self->exporting)
    return;

  self->file_chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Export"), _("_Cancel"));
  gtk_file_filter_add_mime_type (filter, mime_types[format]);
  gtk_file_filter_set_name (filter, adw_combo_row_get_selected_item (self->format_row) != NULL
                            ? gtk_string_object_get_string (adw_combo_row_get_selected_item (self->format_row))
                            : mime_types[format]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser), name);
  g_signal_connect_object (self->file_chooser, "response", G_CALLBACK (on_file_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static void
polku_export_dialog_dispose (GObject *object)
{
  PolkuExportDialog *self = (PolkuExportDialog *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  G_OBJECT_CLASS (polku_export_dialog_parent_class)->dispose (object);
}

static void
polku_export_dialog_finalize (GObject *object)
{
  PolkuExportDialog *self = (PolkuExportDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (polku_export_dialog_parent_class)->finalize (object);
}

static void
polku_export_dialog_class_init (PolkuExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_export_dialog_dispose;
  object_class->finalize = polku_export_dialog_finalize;

  /* The map was written to the file. */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, scale_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, image_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, dpi_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL,
                                   polku_export_dialog_choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
polku_export_dialog_init (PolkuExportDialog *self)
{
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  for (PolkuPrintMode mode = 0; mode < POLKU_N_PRINT_MODES; mode++)
    gtk_string_list_append (modes, polku_print_mode_get_label (mode));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  for (PolkuPaper paper = 0; paper < POLKU_N_PAPERS; paper++)
    gtk_string_list_append (papers, polku_paper_to_string (paper));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  adw_combo_row_set_selected (self->orientation_row, POLKU_ORIENTATION_LANDSCAPE);
}

PolkuExportDialog *
polku_export_dialog_new (GtkWindow    *parent,
                         PolkuJourney *journey,
                         GSettings    *settings)
{
  PolkuExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (POLKU_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->journey = g_object_ref (journey);

  /* The page printing last used. */
  if (settings != NULL)
    {
      g_autoptr(GtkPageSetup) page_setup = polku_page_setup_new_from_settings (settings);
      PolkuPaper paper;

      self->settings = g_object_ref (settings);
      if (polku_paper_from_pwg_name (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)),
                                     &paper))
        adw_combo_row_set_selected (self->paper_row, paper);
      adw_combo_row_set_selected (self->orientation_row,
                                  gtk_page_setup_get_orientation (page_setup) == GTK_PAGE_ORIENTATION_PORTRAIT
                                  ? POLKU_ORIENTATION_PORTRAIT : POLKU_ORIENTATION_LANDSCAPE);
    }
  on_choice_changed_cb (self);
  return self;
}
