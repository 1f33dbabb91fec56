/* test-print-ui.c: printing and exporting from the window, under a display
 *
 * The export dialog is driven as a user drives it, up to the file chooser,
 * which is the desktop's: the file it would return is given to the
 * dialog's export directly. The print dialog is opened and cancelled; the
 * print operation prints to a PDF file, as "Print to File" does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-export-dialog.h"
#include "polku-print-operation.h"
#include "polku-test-ui.h"

static PolkuApplication *app;
static PolkuWindow *window;
static char *tmp_dir;

static int
setup_app (void **state)
{
  tmp_dir = polku_test_make_tmp_dir ("polku-test-print-ui-XXXXXX");
  app = polku_test_app_new (APP_ID);
  window = polku_test_app_activate (app);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  assert_non_null (_polku_window_get_journey (window));
  return 0;
}

static int
teardown_app (void **state)
{
  polku_test_app_quit (g_steal_pointer (&app), 0);
  polku_test_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return 0;
}

typedef struct
{
  gboolean      done;
  GAsyncResult *result;
} Waiting;

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Waiting *waiting = user_data;

  waiting->result = g_object_ref (result);
  waiting->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Waiting *) data)->done;
}

/* What Export… does once the file chooser returns file. */
static void
export_to (PolkuExportDialog *dialog,
           const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Waiting waiting = { FALSE };

  polku_export_dialog_export_async (dialog, file, NULL, on_done_cb, &waiting);
  assert_true (polku_test_wait_until (is_done, &waiting));
  if (!polku_export_dialog_export_finish (dialog, waiting.result, &error))
    fail_msg ("%s", error->message);
  g_object_unref (waiting.result);
}

static gboolean
export_dialog_is_gone (gpointer data)
{
  return _polku_window_get_export_dialog (window) == NULL;
}

/* Ctrl+Shift+E's dialog writes the PDF of the mode chosen in it. */
static void
test_export_dialog_writes_the_chosen_mode (void **state)
{
  PolkuJourney *journey = _polku_window_get_journey (window);
  g_autofree char *poster = g_build_filename (tmp_dir, "poster.pdf", NULL);
  g_autofree char *handout = g_build_filename (tmp_dir, "handout.pdf", NULL);
  g_autofree char *png = g_build_filename (tmp_dir, "map.png", NULL);
  g_autofree char *summary = NULL;
  g_autofree char *first_sheet = NULL;
  g_autofree char *handout_text = NULL;
  g_autoptr(PolkuPages) expected = NULL;
  PolkuExportDialog *dialog;
  PolkuExportOptions options;
  double width, height;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = _polku_window_get_export_dialog (window);
  assert_non_null (dialog);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  assert_ptr_equal (gtk_window_get_transient_for (GTK_WINDOW (dialog)), GTK_WINDOW (window));

  /* PDF, the whole map on one page, by default. */
  assert_int_equal (polku_export_dialog_get_format (dialog), POLKU_EXPORT_FORMAT_PDF);
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.mode, POLKU_PRINT_MODE_FIT);
  summary = polku_export_dialog_dup_summary (dialog);
  assert_string_equal (summary, "1 page");
  g_clear_pointer (&summary, g_free);

  /* A poster: the dialog says how many sheets, the PDF has them. */
  polku_export_dialog_set_mode (dialog, POLKU_PRINT_MODE_POSTER);
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.mode, POLKU_PRINT_MODE_POSTER);
  polku_paper_get_size (options.paper, options.orientation, &width, &height);
  expected = polku_pages_new (journey, POLKU_PRINT_MODE_POSTER, width, height, options.poster_scale);
  summary = polku_export_dialog_dup_summary (dialog);
  assert_non_null (strstr (summary, "sheets"));
  export_to (dialog, poster);
  assert_int_equal (polku_test_pdf_pages (poster), polku_pages_get_n_pages (expected));
  assert_true (polku_test_pdf_pages (poster) > 1);
  first_sheet = polku_test_run_tool ((const char *[]) { "pdftotext", "-f", "1", "-l", "1", poster, "-", NULL });
  assert_non_null (strstr (first_sheet, "Sheet A1"));

  /* A handout: a page per step at least. */
  polku_export_dialog_set_mode (dialog, POLKU_PRINT_MODE_HANDOUT);
  export_to (dialog, handout);
  assert_true (polku_test_pdf_pages (handout) >= (int) polku_journey_count_steps (journey));
  handout_text = polku_test_run_tool ((const char *[]) { "pdftotext", handout, "-", NULL });
  assert_non_null (strstr (handout_text, "Measurement and follow-up"));

  /* PNG: its resolution instead of pages. */
  polku_export_dialog_set_format (dialog, POLKU_EXPORT_FORMAT_PNG);
  export_to (dialog, png);
  polku_test_assert_png (png);

  gtk_window_close (GTK_WINDOW (dialog));
  assert_true (polku_test_wait_until (export_dialog_is_gone, NULL));
}

/* The page printing keeps is where export starts too. */
static void
test_export_dialog_starts_from_the_print_page (void **state)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PolkuExportDialog *dialog;
  PolkuExportOptions options;

  g_settings_set_string (settings, "paper-size", "A3");
  g_settings_set_enum (settings, "page-orientation", POLKU_ORIENTATION_PORTRAIT);

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = _polku_window_get_export_dialog (window);
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.paper, POLKU_PAPER_A3);
  assert_int_equal (options.orientation, POLKU_ORIENTATION_PORTRAIT);
  gtk_window_close (GTK_WINDOW (dialog));
  assert_true (polku_test_wait_until (export_dialog_is_gone, NULL));

  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "page-orientation");
}

/* The page setup and the settings, both ways. */
static void
test_page_setup_and_settings (void **state)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a2 = gtk_paper_size_new ("iso_a2");
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *paper = NULL;

  /* Landscape A4 by default. */
  setup = polku_page_setup_new_from_settings (settings);
  assert_string_equal (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), GTK_PAPER_NAME_A4);
  assert_int_equal (gtk_page_setup_get_orientation (setup), GTK_PAGE_ORIENTATION_LANDSCAPE);

  gtk_page_setup_set_paper_size (setup, letter);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  polku_page_setup_to_settings (setup, settings);
  paper = g_settings_get_string (settings, "paper-size");
  assert_string_equal (paper, "letter");
  assert_int_equal (g_settings_get_enum (settings, "page-orientation"), POLKU_ORIENTATION_PORTRAIT);
  g_clear_object (&setup);
  setup = polku_page_setup_new_from_settings (settings);
  assert_string_equal (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), GTK_PAPER_NAME_LETTER);
  assert_int_equal (gtk_page_setup_get_orientation (setup), GTK_PAGE_ORIENTATION_PORTRAIT);

  /* A paper the settings have no name for leaves the paper as it was. */
  gtk_page_setup_set_paper_size (setup, a2);
  polku_page_setup_to_settings (setup, settings);
  g_clear_pointer (&paper, g_free);
  paper = g_settings_get_string (settings, "paper-size");
  assert_string_equal (paper, "letter");

  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "page-orientation");
}

/* The print operation prints the mode's pages on the page set up, and
 * remembers that page for the next run. */
static void
test_print_operation_prints_pages (void **state)
{
  PolkuJourney *journey = _polku_window_get_journey (window);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GtkPageSetup) a3 = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a3_size = gtk_paper_size_new (GTK_PAPER_NAME_A3);
  g_autofree char *fit = g_build_filename (tmp_dir, "printed-fit.pdf", NULL);
  g_autofree char *handout = g_build_filename (tmp_dir, "printed-handout.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *paper = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuPages) expected = NULL;
  PolkuPrintOperation *operation;

  operation = polku_print_operation_new (journey, settings);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), fit);
  assert_int_equal (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                             GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                    GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_unref (operation);
  info = polku_test_run_tool ((const char *[]) { "pdfinfo", fit, NULL });
  assert_non_null (strstr (info, "Pages:           1\n"));
  assert_non_null (strstr (info, "841.89 x 595.276 pts (A4)"));

  /* A handout on A3 portrait: the pages the renderer lays out there. */
  gtk_page_setup_set_paper_size_and_default_margins (a3, a3_size);
  gtk_page_setup_set_orientation (a3, GTK_PAGE_ORIENTATION_PORTRAIT);
  operation = polku_print_operation_new (journey, settings);
  polku_print_operation_set_mode (operation, POLKU_PRINT_MODE_HANDOUT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), a3);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), handout);
  assert_int_equal (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                             GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                    GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_unref (operation);
  expected = polku_pages_new (journey, POLKU_PRINT_MODE_HANDOUT, 841.89, 1190.55, 1);
  assert_int_equal (polku_test_pdf_pages (handout), polku_pages_get_n_pages (expected));

  /* Remembered between runs. */
  paper = g_settings_get_string (settings, "paper-size");
  assert_string_equal (paper, "A3");
  assert_int_equal (g_settings_get_enum (settings, "page-orientation"), POLKU_ORIENTATION_PORTRAIT);
  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "page-orientation");
}

/* GTK's print dialog, its type found by name: the header that declares it
 * is not one that <gtk/gtk.h> includes. */
static GtkWindow *
find_print_dialog (void)
{
  return polku_test_find_toplevel (g_type_from_name ("GtkPrintUnixDialog"), NULL);
}

static gboolean
print_dialog_shows (gpointer data)
{
  return find_print_dialog () != NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
print_is_over (gpointer data)
{
  return window->print_operation == NULL;
}

/* Ctrl+P opens GTK's print dialog, with the map's tab offering the three
 * modes; cancelled, nothing prints. */
static void
test_print_dialog_offers_the_modes (void **state)
{
  GtkWindow *dialog;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  assert_true (polku_test_wait_until (print_dialog_shows, NULL));
  dialog = find_print_dialog ();
  assert_true (has_label (GTK_WIDGET (dialog), "Journey Map"));
  for (PolkuPrintMode mode = 0; mode < POLKU_N_PRINT_MODES; mode++)
    assert_true (has_label (GTK_WIDGET (dialog), polku_print_mode_get_label (mode)));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  assert_true (polku_test_wait_until (print_is_over, NULL));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_export_dialog_writes_the_chosen_mode),
    cmocka_unit_test (test_export_dialog_starts_from_the_print_page),
    cmocka_unit_test (test_page_setup_and_settings),
    cmocka_unit_test (test_print_operation_prints_pages),
    cmocka_unit_test (test_print_dialog_offers_the_modes),
  };
  g_autofree char *data_home = NULL;
  int failed;

  data_home = polku_test_use_data_home ("polku-test-print-ui-data-XXXXXX");
  polku_test_set_wait_seconds (20);
  polku_test_fail_on_warnings ();

  failed = cmocka_run_group_tests_name ("printing", tests, setup_app, teardown_app);
  polku_test_remove_tree (data_home);
  return failed;
}
