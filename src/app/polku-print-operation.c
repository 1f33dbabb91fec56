/* polku-print-operation.c: printing a journey map from the app
 *
 * The pages come from the renderer (PolkuPages), drawn on the whole sheet
 * in points: what prints is what PDF export writes. The print dialog gets
 * a tab to choose the mode; its page setup is GTK's, and its preview
 * Polku's own window, which needs no previewer of the desktop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-print-operation.h"
#include "polku-print-preview.h"

struct _PolkuPrintOperation
{
  GtkPrintOperation  parent_instance;

  PolkuJourney      *journey;
  GSettings         *settings;
  PolkuPrintMode     mode;
  double             poster_scale;
  guint              poster_columns;
  guint              poster_rows;
  PolkuPages        *pages;
  GtkPageSetup      *printed_page_setup;

  /* The custom tab, while the dialog shows it. */
  GtkCheckButton    *mode_buttons[POLKU_N_PRINT_MODES];
  GtkSpinButton     *scale_button;
  GtkSpinButton     *columns_button;
  GtkSpinButton     *rows_button;
  GtkLabel          *summary_label;
  GtkPageSetup      *dialog_page_setup;
};

G_DEFINE_FINAL_TYPE (PolkuPrintOperation, polku_print_operation, GTK_TYPE_PRINT_OPERATION)

/* The settings' names of the papers they can keep. */
static const struct
{
  PolkuPaper  paper;
  const char *name;
} settings_papers[] = {
  { POLKU_PAPER_A4, "A4" },
  { POLKU_PAPER_A3, "A3" },
  { POLKU_PAPER_LETTER, "letter" },
  { POLKU_PAPER_LEGAL, "legal" },
};

GtkPageSetup *
polku_page_setup_new_from_settings (GSettings *settings)
{
  g_autofree char *name = NULL;
  g_autoptr(GtkPaperSize) paper_size = NULL;
  GtkPageSetup *page_setup;
  PolkuPaper paper = POLKU_PAPER_A4;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  name = g_settings_get_string (settings, "paper-size");
  if (!polku_paper_from_string (name, &paper))
    paper = POLKU_PAPER_A4;
  paper_size = gtk_paper_size_new (polku_paper_get_pwg_name (paper));

  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper_size);
  gtk_page_setup_set_orientation (page_setup,
                                  g_settings_get_enum (settings, "page-orientation") ==
                                  POLKU_ORIENTATION_PORTRAIT ? GTK_PAGE_ORIENTATION_PORTRAIT
                                                             : GTK_PAGE_ORIENTATION_LANDSCAPE);
  return page_setup;
}

static void
remember_page (GSettings          *settings,
               GtkPaperSize       *paper_size,
               GtkPageOrientation  orientation)
{
  PolkuPaper paper;

  if (paper_size != NULL && polku_paper_from_pwg_name (gtk_paper_size_get_name (paper_size), &paper))
    for (guint i = 0; i < G_N_ELEMENTS (settings_papers); i++)
      if (settings_papers[i].paper == paper)
        g_settings_set_string (settings, "paper-size", settings_papers[i].name);

  g_settings_set_enum (settings, "page-orientation",
                       orientation == GTK_PAGE_ORIENTATION_PORTRAIT ||
                       orientation == GTK_PAGE_ORIENTATION_REVERSE_PORTRAIT
                       ? POLKU_ORIENTATION_PORTRAIT : POLKU_ORIENTATION_LANDSCAPE);
}

void
polku_page_setup_to_settings (GtkPageSetup *page_setup,
                              GSettings    *settings)
{
  g_return_if_fail (GTK_IS_PAGE_SETUP (page_setup));
  g_return_if_fail (G_IS_SETTINGS (settings));

  remember_page (settings, gtk_page_setup_get_paper_size (page_setup),
                 gtk_page_setup_get_orientation (page_setup));
}

/* The pages for a sheet of width × height points. */
static PolkuPages *
make_pages (PolkuPrintOperation *self,
            double               width,
            double               height)
{
  PolkuPagesOptions options;

  polku_pages_options_init (&options);
  options.mode = self->mode;
  options.poster_scale = self->poster_scale;
  options.poster_columns = self->poster_columns;
  options.poster_rows = self->poster_rows;
  return polku_pages_new_with_options (self->journey, &options, MAX (width, 144), MAX (height, 144));
}

static void
polku_print_operation_begin_print (GtkPrintOperation *operation,
                                   GtkPrintContext   *context)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  g_clear_object (&self->pages);
  self->pages = make_pages (self, gtk_print_context_get_width (context),
                            gtk_print_context_get_height (context));
  g_set_object (&self->printed_page_setup, gtk_print_context_get_page_setup (context));
  gtk_print_operation_set_n_pages (operation, polku_pages_get_n_pages (self->pages));
  g_debug ("Print: %u pages of %.0f × %.0f points, mode %d, poster scale %.2f",
           polku_pages_get_n_pages (self->pages), gtk_print_context_get_width (context),
           gtk_print_context_get_height (context), self->mode, self->poster_scale);
}

static void
polku_print_operation_draw_page (GtkPrintOperation *operation,
                                 GtkPrintContext   *context,
                                 int                page_nr)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  g_return_if_fail (self->pages != NULL);

  g_debug ("Print: drawing page %d", page_nr + 1);
  polku_pages_draw_page (self->pages, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
polku_print_operation_end_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  g_clear_object (&POLKU_PRINT_OPERATION (operation)->pages);
}

static void
polku_print_operation_done (GtkPrintOperation       *operation,
                            GtkPrintOperationResult  result)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  g_debug ("Print: done, result %d", result);
  /* The page the user printed on is the page of the next print. */
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->settings != NULL &&
      self->printed_page_setup != NULL)
    polku_page_setup_to_settings (self->printed_page_setup, self->settings);
}

static void
on_preview_destroy_cb (GtkPrintOperationPreview *preview)
{
  gtk_print_operation_preview_end_preview (preview);
}

/* The pages in Polku's preview window, for the paper the dialog chose. */
static gboolean
polku_print_operation_preview (GtkPrintOperation        *operation,
                               GtkPrintOperationPreview *preview,
                               GtkPrintContext          *context,
                               GtkWindow                *parent)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);
  g_autoptr(PolkuPages) pages = NULL;
  PolkuPrintPreview *window;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* GTK wants a cairo context on the print context to render the pages
   * to, which the window does itself: one that records nothing shown. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  pages = make_pages (self, gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  window = polku_print_preview_new (parent, pages);
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_preview_destroy_cb), preview,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

/* The custom tab: the mode, a poster's scale, and what that makes. */

static void
update_summary (PolkuPrintOperation *self)
{
  g_autoptr(PolkuPages) pages = NULL;
  g_autofree char *summary = NULL;
  guint columns, rows, n_pages;

  if (self->summary_label == NULL || self->dialog_page_setup == NULL)
    return;

  pages = make_pages (self,
                      gtk_page_setup_get_paper_width (self->dialog_page_setup, GTK_UNIT_POINTS),
                      gtk_page_setup_get_paper_height (self->dialog_page_setup, GTK_UNIT_POINTS));
  n_pages = polku_pages_get_n_pages (pages);
  polku_pages_get_grid (pages, &columns, &rows);
  if (self->mode == POLKU_PRINT_MODE_POSTER)
    /* Translators: in the print dialog; how many sheets a poster takes, in how many columns and rows */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet, %u across and %u down",
                                            "%u sheets, %u across and %u down", n_pages),
                               n_pages, columns, rows);
  else
    /* Translators: in the print dialog; how many pages the chosen way of printing takes */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  gtk_label_set_text (self->summary_label, summary);
}

/* A poster's size, by its scale unless by its sheets. */
static void
update_poster_rows (PolkuPrintOperation *self)
{
  gboolean poster = self->mode == POLKU_PRINT_MODE_POSTER;

  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_button),
                            poster && self->poster_columns == 0 && self->poster_rows == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_button), poster);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rows_button), poster);
}

static void
on_mode_toggled_cb (PolkuPrintOperation *self,
                    GtkCheckButton      *button)
{
  if (!gtk_check_button_get_active (button))
    return;
  for (guint i = 0; i < POLKU_N_PRINT_MODES; i++)
    if (self->mode_buttons[i] == button)
      self->mode = i;
  update_poster_rows (self);
  update_summary (self);
}

static void
on_poster_changed_cb (PolkuPrintOperation *self)
{
  self->poster_scale = gtk_spin_button_get_value (self->scale_button);
  self->poster_columns = gtk_spin_button_get_value_as_int (self->columns_button);
  self->poster_rows = gtk_spin_button_get_value_as_int (self->rows_button);
  update_poster_rows (self);
  update_summary (self);
}

/* The tab goes with the dialog. */
static void
on_tab_destroy_cb (PolkuPrintOperation *self)
{
  for (guint i = 0; i < POLKU_N_PRINT_MODES; i++)
    self->mode_buttons[i] = NULL;
  self->scale_button = NULL;
  self->columns_button = NULL;
  self->rows_button = NULL;
  self->summary_label = NULL;
}

/* A labelled spin button of a poster's size, in box. */
static GtkSpinButton *
add_spin (PolkuPrintOperation *self,
          GtkWidget           *box,
          const char          *label,
          double               min,
          double               max,
          double               step,
          guint                digits,
          double               value)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *button = gtk_spin_button_new_with_range (min, max, step);

  gtk_widget_set_margin_start (row, 28);
  gtk_widget_set_margin_top (row, 6);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (button), digits);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (button), value);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), button);
  g_signal_connect_object (button, "value-changed", G_CALLBACK (on_poster_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (box), row);
  return GTK_SPIN_BUTTON (button);
}

static GtkWidget *
polku_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading;

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  heading = gtk_label_new (_("Print the journey map as"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < POLKU_N_PRINT_MODES; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_label (polku_print_mode_get_label (i));
      GtkWidget *description = gtk_label_new (polku_print_mode_get_description (i));

      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), self->mode_buttons[0]);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), i == self->mode);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_mode_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      self->mode_buttons[i] = GTK_CHECK_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);

      gtk_label_set_wrap (GTK_LABEL (description), TRUE);
      gtk_label_set_xalign (GTK_LABEL (description), 0);
      gtk_widget_set_margin_start (description, 28);
      gtk_widget_add_css_class (description, "dim-label");
      gtk_box_append (GTK_BOX (box), description);
    }

  /* Translators: in the print dialog, before the poster's scale, as in "Poster size 2 × the map" */
  self->scale_button = add_spin (self, box, _("Poster _size, times the map on screen"),
                                 POLKU_POSTER_SCALE_MIN, POLKU_POSTER_SCALE_MAX, 0.25, 2, self->poster_scale);
  self->columns_button = add_spin (self, box, _("S_heets across"), 0, POLKU_POSTER_SHEETS_MAX, 1, 0,
                                   self->poster_columns);
  self->rows_button = add_spin (self, box, _("Sheets _down"), 0, POLKU_POSTER_SHEETS_MAX, 1, 0,
                                self->poster_rows);
  update_poster_rows (self);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->summary_label), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));

  g_signal_connect_object (box, "destroy", G_CALLBACK (on_tab_destroy_cb), self, G_CONNECT_SWAPPED);
  update_summary (self);
  return box;
}

static void
polku_print_operation_update_custom_widget (GtkPrintOperation *operation,
                                            GtkWidget         *widget,
                                            GtkPageSetup      *setup,
                                            GtkPrintSettings  *settings)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  g_set_object (&self->dialog_page_setup, setup);
  update_summary (self);
}

static void
polku_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                           GtkWidget         *widget)
{
  PolkuPrintOperation *self = POLKU_PRINT_OPERATION (operation);

  if (self->scale_button != NULL)
    on_poster_changed_cb (self);
}

static void
polku_print_operation_finalize (GObject *object)
{
  PolkuPrintOperation *self = (PolkuPrintOperation *) object;

  g_clear_object (&self->pages);
  g_clear_object (&self->printed_page_setup);
  g_clear_object (&self->dialog_page_setup);
  g_clear_object (&self->settings);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (polku_print_operation_parent_class)->finalize (object);
}

static void
polku_print_operation_class_init (PolkuPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = polku_print_operation_finalize;
  operation_class->begin_print = polku_print_operation_begin_print;
  operation_class->draw_page = polku_print_operation_draw_page;
  operation_class->end_print = polku_print_operation_end_print;
  operation_class->done = polku_print_operation_done;
  operation_class->preview = polku_print_operation_preview;
  operation_class->create_custom_widget = polku_print_operation_create_custom_widget;
  operation_class->update_custom_widget = polku_print_operation_update_custom_widget;
  operation_class->custom_widget_apply = polku_print_operation_custom_widget_apply;
}

static void
polku_print_operation_init (PolkuPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->mode = POLKU_PRINT_MODE_FIT;
  self->poster_scale = POLKU_POSTER_SCALE_DEFAULT;

  /* The pages have margins, crop marks and running heads of their own. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the tab of the print dialog where the map's print mode is chosen */
  gtk_print_operation_set_custom_tab_label (operation, _("Journey Map"));
}

PolkuPrintOperation *
polku_print_operation_new (PolkuJourney *journey,
                           GSettings    *settings)
{
  PolkuPrintOperation *self;
  const char *title;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (POLKU_TYPE_PRINT_OPERATION, NULL);
  self->journey = g_object_ref (journey);
  if (settings != NULL)
    {
      g_autoptr(GtkPageSetup) page_setup = polku_page_setup_new_from_settings (settings);

      self->settings = g_object_ref (settings);
      gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
    }

  title = polku_journey_get_title (journey);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    title != NULL && title[0] != '\0' ? title : _("Untitled journey"));
  return self;
}

PolkuPrintMode
polku_print_operation_get_mode (PolkuPrintOperation *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_OPERATION (self), POLKU_PRINT_MODE_FIT);

  return self->mode;
}

void
polku_print_operation_set_mode (PolkuPrintOperation *self,
                                PolkuPrintMode       mode)
{
  g_return_if_fail (POLKU_IS_PRINT_OPERATION (self));
  g_return_if_fail (mode < POLKU_N_PRINT_MODES);

  self->mode = mode;
  if (self->mode_buttons[mode] != NULL)
    gtk_check_button_set_active (self->mode_buttons[mode], TRUE);
}

double
polku_print_operation_get_poster_scale (PolkuPrintOperation *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_OPERATION (self), POLKU_POSTER_SCALE_DEFAULT);

  return self->poster_scale;
}

void
polku_print_operation_set_poster_scale (PolkuPrintOperation *self,
                                        double               scale)
{
  g_return_if_fail (POLKU_IS_PRINT_OPERATION (self));

  self->poster_scale = CLAMP (scale, POLKU_POSTER_SCALE_MIN, POLKU_POSTER_SCALE_MAX);
}
