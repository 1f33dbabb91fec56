/* polku-export-dialog.c: exporting a journey map to PDF, SVG or PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "polku-export-choices.h"
#include "polku-export-dialog.h"
#include "polku-page-thumbnails.h"
#include "polku-print-operation.h"

/* A pause in the choices before the preview is drawn again: spin buttons
 * change their value at every step. */
#define PREVIEW_DELAY_MS 150

/* The shapes of slides the dialog offers, in the order of its list. */
static const struct
{
  guint width;
  guint height;
} aspects[] = {
  { 16, 9 },
  { 16, 10 },
  { 4, 3 },
  { 1, 1 },
};

struct _PolkuExportDialog
{
  AdwWindow             parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkButton            *export_button;
  PolkuPageThumbnails  *thumbnails;
  GtkLabel             *preview_label;
  AdwComboRow          *format_row;
  AdwComboRow          *language_row;
  AdwPreferencesGroup  *pages_group;
  AdwComboRow          *mode_row;
  AdwComboRow          *paper_row;
  AdwComboRow          *orientation_row;
  AdwActionRow         *scale_row;
  GtkSpinButton        *scale_button;
  AdwActionRow         *columns_row;
  GtkSpinButton        *columns_button;
  AdwActionRow         *rows_row;
  GtkSpinButton        *rows_button;
  AdwExpanderRow       *steps_row;
  AdwPreferencesGroup  *image_group;
  AdwComboRow          *layout_row;
  AdwComboRow          *aspect_row;
  AdwActionRow         *width_row;
  GtkSpinButton        *width_button;
  AdwActionRow         *dpi_row;
  GtkSpinButton        *dpi_button;

  PolkuJourney         *journey;
  GFile                *journey_file;
  GSettings            *settings;
  GtkFileChooserNative *file_chooser;
  GCancellable         *cancellable;
  gboolean              exporting;

  /* The language of each item of the language row: NULL for the
   * journey's, first. */
  GPtrArray            *languages;
  /* A check button per step, its id in "polku-step-id". */
  GPtrArray            *step_checks;
  /* The ids of the steps checked; NULL when all are. */
  GStrv                 handout_steps;
  /* Where the last export of the journey's file went. */
  GFile                *folder;

  PolkuExportPreview   *preview;
  guint                 preview_timeout;
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

static PolkuPrintMode
get_mode (PolkuExportDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->mode_row), POLKU_N_PRINT_MODES - 1);
}

void
polku_export_dialog_get_options (PolkuExportDialog  *self,
                                 PolkuExportOptions *options)
{
  guint language;
  guint aspect;

  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  polku_export_options_init (options);
  options->mode = get_mode (self);
  options->paper = MIN (adw_combo_row_get_selected (self->paper_row), POLKU_N_PAPERS - 1);
  options->orientation = adw_combo_row_get_selected (self->orientation_row) == POLKU_ORIENTATION_PORTRAIT
                         ? POLKU_ORIENTATION_PORTRAIT : POLKU_ORIENTATION_LANDSCAPE;
  options->poster_scale = gtk_spin_button_get_value (self->scale_button);
  options->poster_columns = gtk_spin_button_get_value_as_int (self->columns_button);
  options->poster_rows = gtk_spin_button_get_value_as_int (self->rows_button);
  options->handout_steps = (const char * const *) self->handout_steps;
  options->dpi = gtk_spin_button_get_value (self->dpi_button);
  options->image_layout = MIN (adw_combo_row_get_selected (self->layout_row), POLKU_N_IMAGE_LAYOUTS - 1);
  aspect = MIN (adw_combo_row_get_selected (self->aspect_row), G_N_ELEMENTS (aspects) - 1);
  options->aspect_width = aspects[aspect].width;
  options->aspect_height = aspects[aspect].height;
  options->slide_width = gtk_spin_button_get_value_as_int (self->width_button);
  language = adw_combo_row_get_selected (self->language_row);
  if (self->languages != NULL && language < self->languages->len)
    options->language = g_ptr_array_index (self->languages, language);
}

/* Shows the options in the rows. */
static void
set_options (PolkuExportDialog        *self,
             PolkuExportFormat         format,
             const PolkuExportOptions *options)
{
  adw_combo_row_set_selected (self->format_row, format);
  /* The mode first: it sets the orientation it prints in by default. */
  adw_combo_row_set_selected (self->mode_row, options->mode);
  adw_combo_row_set_selected (self->paper_row, options->paper);
  adw_combo_row_set_selected (self->orientation_row, options->orientation);
  gtk_spin_button_set_value (self->scale_button, options->poster_scale);
  gtk_spin_button_set_value (self->columns_button, options->poster_columns);
  gtk_spin_button_set_value (self->rows_button, options->poster_rows);
  gtk_spin_button_set_value (self->dpi_button, options->dpi);
  adw_combo_row_set_selected (self->layout_row, options->image_layout);
  for (guint i = 0; i < G_N_ELEMENTS (aspects); i++)
    if (aspects[i].width == options->aspect_width && aspects[i].height == options->aspect_height)
      adw_combo_row_set_selected (self->aspect_row, i);
  gtk_spin_button_set_value (self->width_button, options->slide_width);
  adw_combo_row_set_selected (self->language_row, 0);
  for (guint i = 1; options->language != NULL && self->languages != NULL && i < self->languages->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->languages, i), options->language) == 0)
      adw_combo_row_set_selected (self->language_row, i);
  for (guint i = 0; self->step_checks != NULL && i < self->step_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->step_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), "polku-step-id");

      gtk_check_button_set_active (check, options->handout_steps == NULL ||
                                          g_strv_contains (options->handout_steps, id));
    }
}

void
polku_export_dialog_set_options (PolkuExportDialog        *self,
                                 PolkuExportFormat         format,
                                 const PolkuExportOptions *options)
{
  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format < POLKU_N_EXPORT_FORMATS);
  g_return_if_fail (options != NULL);

  set_options (self, format, options);
}

/* How many pages, sheets or images the choices make, as the dialog says
 * it under the preview. */
static char *
dup_summary (PolkuExportDialog  *self,
             PolkuExportPreview *preview,
             PolkuExportFormat   format)
{
  g_autoptr(GError) error = NULL;
  PolkuExportOptions options;
  PolkuPages *pages = polku_export_preview_get_pages (preview);
  guint n_items = polku_export_preview_get_n_items (preview);
  guint columns, rows;
  double width, height;

  if (!polku_export_preview_check (preview, &error))
    return g_strdup (error->message);

  polku_export_dialog_get_options (self, &options);
  polku_export_preview_get_size (preview, &width, &height);
  if (format == POLKU_EXPORT_FORMAT_SVG)
    {
      if (options.image_layout == POLKU_IMAGE_LAYOUT_MAP)
        return g_strdup (_("The map at its size on screen, its text searchable"));
      /* Translators: how many SVG drawings a slide export makes */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u slide, its text searchable",
                                           "%u slides, their text searchable", n_items),
                              n_items);
    }
  if (format == POLKU_EXPORT_FORMAT_PNG)
    {
      guint fit_width, fit_height;

      if (polku_export_options_fit_image (self->journey, &options, &fit_width, &fit_height))
        /* Translators: an image too large; the largest width and height of that shape in pixels follow */
        return g_strdup_printf (_("Too large for an image: %u × %u pixels is the largest of its shape"),
                                fit_width, fit_height);
      /* Translators: how many PNG images an export makes, and the size of each in pixels */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u image, %.0f × %.0f pixels",
                                           "%u images, %.0f × %.0f pixels each", n_items),
                              n_items, width, height);
    }

  polku_pages_get_grid (pages, &columns, &rows);
  if (polku_pages_get_mode (pages) == POLKU_PRINT_MODE_POSTER)
    /* Translators: how many sheets a poster takes, in how many columns and rows */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet, %u across and %u down",
                                         "%u sheets, %u across and %u down", n_items),
                            n_items, columns, rows);
  /* Translators: how many pages the chosen way of printing takes */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_items), n_items);
}

char *
polku_export_dialog_dup_summary (PolkuExportDialog *self)
{
  PolkuExportOptions options;
  g_autoptr(PolkuExportPreview) preview = NULL;

  g_return_val_if_fail (POLKU_IS_EXPORT_DIALOG (self), NULL);

  polku_export_dialog_get_options (self, &options);
  preview = polku_export_preview_new (self->journey, polku_export_dialog_get_format (self), &options);
  return dup_summary (self, preview, polku_export_dialog_get_format (self));
}

static void
update_preview (PolkuExportDialog *self)
{
  g_autoptr(PolkuExportPreview) preview = NULL;
  g_autofree char *summary = NULL;
  PolkuExportOptions options;
  PolkuExportFormat format = polku_export_dialog_get_format (self);

  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  polku_export_dialog_get_options (self, &options);
  preview = polku_export_preview_new (self->journey, format, &options);
  summary = dup_summary (self, preview, format);
  polku_page_thumbnails_set_preview (self->thumbnails, preview);
  gtk_label_set_text (self->preview_label, summary);
  g_set_object (&self->preview, preview);
}

static gboolean
on_preview_timeout_cb (gpointer user_data)
{
  PolkuExportDialog *self = user_data;

  self->preview_timeout = 0;
  update_preview (self);
  return G_SOURCE_REMOVE;
}

PolkuExportPreview *
polku_export_dialog_get_preview (PolkuExportDialog *self)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_DIALOG (self), NULL);

  /* Drawn now if the choices have changed since. */
  if (self->preview_timeout != 0 || self->preview == NULL)
    update_preview (self);
  return self->preview;
}

static void
update_steps_summary (PolkuExportDialog *self)
{
  g_autofree char *subtitle = NULL;
  guint n_checked = self->handout_steps != NULL ? g_strv_length (self->handout_steps)
                                                : self->step_checks->len;

  if (n_checked == self->step_checks->len)
    /* Translators: the handout covers every step of the journey */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The step", "All %u steps",
                                             self->step_checks->len),
                                self->step_checks->len);
  else
    /* Translators: the handout covers some of the journey's steps */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u step", "%u of %u steps",
                                             self->step_checks->len),
                                n_checked, self->step_checks->len);
  adw_expander_row_set_subtitle (self->steps_row, subtitle);
}

static void
on_step_toggled_cb (PolkuExportDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_checked = 0;

  for (guint i = 0; i < self->step_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->step_checks, i);

      if (gtk_check_button_get_active (check))
        {
          g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "polku-step-id"));
          n_checked++;
        }
    }
  g_clear_pointer (&self->handout_steps, g_strfreev);
  if (n_checked < self->step_checks->len)
    self->handout_steps = g_strv_builder_end (builder);
  update_steps_summary (self);

  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  self->preview_timeout = g_timeout_add (PREVIEW_DELAY_MS, on_preview_timeout_cb, self);
}

static void
on_choice_changed_cb (PolkuExportDialog *self)
{
  PolkuExportFormat format;
  PolkuImageLayout layout;
  PolkuPrintMode mode;

  /* Rows change while the template is built. */
  if (self->journey == NULL || self->dpi_button == NULL)
    return;

  format = polku_export_dialog_get_format (self);
  mode = get_mode (self);
  layout = MIN (adw_combo_row_get_selected (self->layout_row), POLKU_N_IMAGE_LAYOUTS - 1);
  gtk_widget_set_visible (GTK_WIDGET (self->pages_group), format == POLKU_EXPORT_FORMAT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (self->image_group), format != POLKU_EXPORT_FORMAT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), mode == POLKU_PRINT_MODE_POSTER);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_row), mode == POLKU_PRINT_MODE_POSTER);
  gtk_widget_set_visible (GTK_WIDGET (self->rows_row), mode == POLKU_PRINT_MODE_POSTER);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row),
                            gtk_spin_button_get_value_as_int (self->columns_button) == 0 &&
                            gtk_spin_button_get_value_as_int (self->rows_button) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->steps_row), mode == POLKU_PRINT_MODE_HANDOUT);
  gtk_widget_set_visible (GTK_WIDGET (self->dpi_row),
                          format == POLKU_EXPORT_FORMAT_PNG && layout == POLKU_IMAGE_LAYOUT_MAP);
  gtk_widget_set_visible (GTK_WIDGET (self->aspect_row), layout != POLKU_IMAGE_LAYOUT_MAP);
  gtk_widget_set_visible (GTK_WIDGET (self->width_row), layout != POLKU_IMAGE_LAYOUT_MAP);
  adw_preferences_group_set_description (self->pages_group, polku_print_mode_get_description (mode));

  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  self->preview_timeout = g_timeout_add (PREVIEW_DELAY_MS, on_preview_timeout_cb, self);
}

/* A mode prints in its own orientation unless one is chosen after. */
static void
on_mode_changed_cb (PolkuExportDialog *self)
{
  if (self->journey != NULL && self->orientation_row != NULL)
    adw_combo_row_set_selected (self->orientation_row,
                                polku_print_mode_get_default_orientation (get_mode (self)));
  on_choice_changed_cb (self);
}

/* Writing */

typedef struct
{
  GFile     *file;
  GPtrArray *images;   /* GBytes, written to files in turn */
  guint      next;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_clear_object (&export->file);
  g_clear_pointer (&export->images, g_ptr_array_unref);
  g_free (export);
}

/* The choices of this export, kept for the next of the same file. */
static void
remember_choices (PolkuExportDialog *self,
                  GFile             *file)
{
  g_autoptr(PolkuExportChoices) choices = polku_export_choices_new ();

  g_clear_object (&self->folder);
  self->folder = g_file_get_parent (file);
  if (self->settings == NULL || self->journey_file == NULL)
    return;
  choices->format = polku_export_dialog_get_format (self);
  polku_export_dialog_get_options (self, &choices->options);
  polku_export_choices_set_language (choices, choices->options.language);
  polku_export_choices_set_steps (choices, choices->options.handout_steps);
  choices->folder = self->folder != NULL ? g_object_ref (self->folder) : NULL;
  polku_export_choices_save (choices, self->settings, self->journey_file);
}

static void write_next (GTask *task);

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
    write_next (g_steal_pointer (&task));
}

/* The images one after another: a file for each phase's slide. */
static void
write_next (GTask *task)
{
  Export *export = g_task_get_task_data (task);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  guint n = export->images->len;

  if (export->next == n)
    {
      remember_choices (g_task_get_source_object (task), export->file);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  name = g_file_get_basename (export->file);
  path = polku_export_get_image_filename (name, export->next, n);
  folder = g_file_get_parent (export->file);
  file = folder != NULL ? g_file_get_child (folder, path) : g_object_ref (export->file);
  polku_file_write_async (file, g_ptr_array_index (export->images, export->next++),
                          g_task_get_cancellable (task), on_file_written_cb, task);
}

void
polku_export_dialog_export_async (PolkuExportDialog   *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  PolkuExportOptions options;
  PolkuExportFormat format;
  Export *export;

  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_export_dialog_export_async);
  export = g_new0 (Export, 1);
  export->file = g_object_ref (file);
  g_task_set_task_data (task, export, export_free);

  /* Drawn here, in the thread whose fonts the renderer uses; written in
   * the background. */
  polku_export_dialog_get_options (self, &options);
  format = polku_export_dialog_get_format (self);
  if (format == POLKU_EXPORT_FORMAT_PDF)
    {
      GBytes *bytes = polku_export_journey_to_bytes_with_options (self->journey, format, &options, &error);

      if (bytes != NULL)
        {
          export->images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
          g_ptr_array_add (export->images, bytes);
        }
    }
  else
    export->images = polku_export_journey_to_images (self->journey, format, &options, &error);
  if (export->images == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  write_next (g_steal_pointer (&task));
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

static void export_to (PolkuExportDialog *self,
                       GFile             *file);

/* The toast's "Export at …": the largest image of its shape, to the same
 * file. */
static void
on_export_smaller_cb (AdwToast *toast,
                      gpointer  user_data)
{
  PolkuExportDialog *self = POLKU_EXPORT_DIALOG (user_data);
  GFile *file = g_object_get_data (G_OBJECT (toast), "polku-file");
  PolkuExportOptions options;

  polku_export_dialog_get_options (self, &options);
  if (!polku_export_options_fit_image (self->journey, &options, NULL, NULL))
    return;
  adw_combo_row_set_selected (self->layout_row, options.image_layout);
  gtk_spin_button_set_value (self->dpi_button, options.dpi);
  gtk_spin_button_set_value (self->width_button, options.slide_width);
  export_to (self, file);
}

static void
show_error (PolkuExportDialog *self,
            GFile             *file,
            const GError      *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *message = NULL;
  PolkuExportOptions options;
  guint width, height;
  AdwToast *toast;

  /* Translators: %s is a file name, then why it could not be written */
  message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);

  /* An image too large is offered the largest that may be. */
  polku_export_dialog_get_options (self, &options);
  if (polku_export_dialog_get_format (self) == POLKU_EXPORT_FORMAT_PNG &&
      polku_export_options_fit_image (self->journey, &options, &width, &height))
    {
      g_autofree char *label = NULL;

      /* Translators: a button that exports the largest image that may be; its width and height in pixels */
      label = g_strdup_printf (_("Export at %u × %u"), width, height);
      adw_toast_set_button_label (toast, label);
      g_object_set_data_full (G_OBJECT (toast), "polku-file", g_object_ref (file), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_export_smaller_cb), self, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PolkuExportDialog *self = POLKU_EXPORT_DIALOG (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  self->exporting = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", TRUE);

  if (!polku_export_dialog_export_finish (self, result, &error))
    {
      g_debug ("Export: could not export to %s: %s", g_file_peek_path (file), error->message);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, file, error);
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
  if (self->exporting)
    return;
  g_debug ("Export: exporting to %s", g_file_peek_path (file) != NULL ? g_file_peek_path (file) : "(no path)");
  self->exporting = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", FALSE);
  polku_export_dialog_export_async (self, file, self->cancellable, on_exported_cb, g_object_ref (file));
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

GFile *
polku_export_dialog_dup_folder (PolkuExportDialog *self)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_DIALOG (self), NULL);

  if (self->folder != NULL)
    return g_object_ref (self->folder);
  if (self->journey_file != NULL)
    return g_file_get_parent (self->journey_file);
  return NULL;
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
  g_autoptr(GFile) folder = polku_export_dialog_dup_folder (self);
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
  /* Where the journey's map went last time, else beside the journey. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->file_chooser), folder, NULL);
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
  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (polku_export_dialog_parent_class)->dispose (object);
}

static void
polku_export_dialog_finalize (GObject *object)
{
  PolkuExportDialog *self = (PolkuExportDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->journey);
  g_clear_object (&self->journey_file);
  g_clear_object (&self->folder);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_clear_pointer (&self->step_checks, g_ptr_array_unref);
  g_clear_pointer (&self->handout_steps, g_strfreev);

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

  g_type_ensure (POLKU_TYPE_PAGE_THUMBNAILS);
  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, thumbnails);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, scale_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, columns_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, columns_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, rows_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, rows_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, steps_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, image_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, layout_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, aspect_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, width_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuExportDialog, dpi_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL,
                                   polku_export_dialog_choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
polku_export_dialog_init (PolkuExportDialog *self)
{
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) layouts = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  for (PolkuPrintMode mode = 0; mode < POLKU_N_PRINT_MODES; mode++)
    gtk_string_list_append (modes, polku_print_mode_get_label (mode));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  for (PolkuPaper paper = 0; paper < POLKU_N_PAPERS; paper++)
    gtk_string_list_append (papers, polku_paper_to_string (paper));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  for (PolkuImageLayout layout = 0; layout < POLKU_N_IMAGE_LAYOUTS; layout++)
    gtk_string_list_append (layouts, polku_image_layout_get_label (layout));
  adw_combo_row_set_model (self->layout_row, G_LIST_MODEL (layouts));
  adw_combo_row_set_selected (self->orientation_row, POLKU_ORIENTATION_LANDSCAPE);
}

/* The journey's language first, then every language Polku has, each by
 * its own name. */
static void
fill_languages (PolkuExportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_auto(GStrv) tags = polku_catalog_list_languages ();
  const char *journey_language = polku_journey_get_field (self->journey, POLKU_JOURNEY_FIELD_LANGUAGE);
  g_autoptr(PolkuCatalog) catalog = polku_catalog_new_for_language (journey_language);
  g_autofree char *first = NULL;

  self->languages = g_ptr_array_new_with_free_func (g_free);
  /* Translators: the first choice of the export's language: the journey's own, named after it */
  first = g_strdup_printf (_("The journey’s (%s)"), polku_catalog_get_language_name (catalog));
  gtk_string_list_append (names, first);
  g_ptr_array_add (self->languages, NULL);
  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autoptr(PolkuCatalog) language = polku_catalog_new_for_language (tags[i]);

      gtk_string_list_append (names, polku_catalog_get_language_name (language));
      g_ptr_array_add (self->languages, g_strdup (tags[i]));
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

/* A row with a check for each step, under its phase's name. */
static void
fill_steps (PolkuExportDialog *self)
{
  self->step_checks = g_ptr_array_new ();
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self->journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_step_get_name (step));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), polku_phase_get_display_label (phase));
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          g_object_set_data_full (G_OBJECT (check), "polku-step-id",
                                  g_strdup (polku_step_get_id (step)), g_free);
          g_signal_connect_object (check, "toggled", G_CALLBACK (on_step_toggled_cb), self,
                                   G_CONNECT_SWAPPED);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          adw_expander_row_add_row (self->steps_row, row);
          g_ptr_array_add (self->step_checks, check);
        }
    }
  update_steps_summary (self);
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
  fill_languages (self);
  fill_steps (self);

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
  update_preview (self);
  return self;
}

void
polku_export_dialog_set_journey_file (PolkuExportDialog *self,
                                      GFile             *file)
{
  g_autoptr(PolkuExportChoices) choices = NULL;

  g_return_if_fail (POLKU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (!g_set_object (&self->journey_file, file) || file == NULL || self->settings == NULL)
    return;

  /* What the last export of the file chose. */
  choices = polku_export_choices_load (self->settings, file);
  if (choices == NULL)
    return;
  set_options (self, choices->format, &choices->options);
  g_set_object (&self->folder, choices->folder);
  update_preview (self);
}
