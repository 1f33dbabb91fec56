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

#include <glib/gstdio.h>

#include "polku-export-choices.h"
#include "polku-export-dialog.h"
#include "polku-export-toast.h"
#include "polku-page-thumbnails.h"
#include "polku-print-operation.h"
#include "polku-print-preview.h"
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

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *widget;
  const char *text;
} Showing;

static gboolean
shows_label (gpointer data)
{
  Showing *showing = data;

  return has_label (showing->widget, showing->text);
}

static PolkuExportDialog *
open_export_dialog (void)
{
  PolkuExportDialog *dialog;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = _polku_window_get_export_dialog (window);
  assert_non_null (dialog);
  return dialog;
}

static void
close_export_dialog (PolkuExportDialog *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  assert_true (polku_test_wait_until (export_dialog_is_gone, NULL));
}

/* How many of a texture's pixels are neither white nor the first
 * pixel's colour: drawn on. */
static guint
count_ink (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, width * height);
  guint ink = 0;

  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  for (int i = 0; i < width * height; i++)
    if ((pixels[i] & 0xffffff) != 0xffffff && (pixels[i] & 0xffffff) != (pixels[0] & 0xffffff))
      ink++;
  return ink;
}

/* The dialog shows thumbnails of the pages its choices make, drawn by the
 * renderer, and says how many there are; for every mode. */
static void
test_export_dialog_previews_the_pages (void **state)
{
  PolkuJourney *journey = _polku_window_get_journey (window);
  PolkuExportDialog *dialog = open_export_dialog ();
  g_autofree char *screenshot = NULL;

  for (PolkuPrintMode mode = 0; mode < POLKU_N_PRINT_MODES; mode++)
    {
      g_autoptr(PolkuPages) pages = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree char *count = NULL;
      PolkuPageThumbnails *thumbnails;
      PolkuExportOptions options;
      Showing showing;
      guint columns, rows, n;
      double width, height;

      polku_export_dialog_set_mode (dialog, mode);
      polku_export_dialog_get_options (dialog, &options);
      polku_paper_get_size (options.paper, options.orientation, &width, &height);
      pages = polku_pages_new (journey, mode, width, height, options.poster_scale);
      n = polku_pages_get_n_pages (pages);
      polku_pages_get_grid (pages, &columns, &rows);
      if (mode == POLKU_PRINT_MODE_POSTER)
        count = g_strdup_printf ("%u sheets, %u across and %u down", n, columns, rows);
      else
        count = g_strdup_printf (n == 1 ? "%u page" : "%u pages", n);
      showing = (Showing) { GTK_WIDGET (dialog), count };
      assert_true (polku_test_wait_until (shows_label, &showing));

      thumbnails = POLKU_PAGE_THUMBNAILS (find_widget (GTK_WIDGET (dialog), POLKU_TYPE_PAGE_THUMBNAILS));
      assert_non_null (thumbnails);
      assert_int_equal (polku_page_thumbnails_get_n_shown (thumbnails), MIN (n, 24));
      assert_int_equal (polku_export_preview_get_n_items (polku_page_thumbnails_get_preview (thumbnails)), n);
      /* A handout is portrait unless chosen otherwise. */
      assert_int_equal (options.orientation, polku_print_mode_get_default_orientation (mode));

      /* The thumbnails are drawn: pages, not a blank strip. */
      polku_test_wait_for_frames (GTK_WIDGET (dialog), 2);
      texture = polku_test_render_widget (GTK_WIDGET (thumbnails));
      assert_true (count_ink (texture) > 500);

      if (mode == POLKU_PRINT_MODE_HANDOUT && g_getenv ("POLKU_SCREENSHOT_DIR") != NULL)
        {
          g_autoptr(GdkTexture) whole = polku_test_render_widget (GTK_WIDGET (dialog));

          screenshot = g_build_filename (g_getenv ("POLKU_SCREENSHOT_DIR"), "export-dialog.png", NULL);
          gdk_texture_save_to_png (whole, screenshot);
        }
    }
  close_export_dialog (dialog);
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

/* A journey file of the example, opened in the window. */
static GFile *
open_example_file (const char *name)
{
  g_autofree char *source = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "examples",
                                              "car-service.polku", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  GFile *file;

  assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  path = polku_test_write_file (tmp_dir, name, contents);
  file = g_file_new_for_path (path);
  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_file (window, file));
  return file;
}

/* What the export of a journey file chose is where the next export of it
 * starts, in a new dialog and in a new run of the application, and its
 * file chooser starts in the folder it wrote to; another file starts from
 * the defaults, in its own folder. */
static void
test_export_dialog_remembers_each_file (void **state)
{
  g_autoptr(GFile) file = open_example_file ("remembered.polku");
  g_autoptr(GFile) other = NULL;
  g_autofree char *out_dir = g_build_filename (tmp_dir, "handouts", NULL);
  g_autofree char *handout = g_build_filename (out_dir, "handout.pdf", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) beside = g_file_get_parent (file);
  g_autoptr(GFile) out_folder = g_file_new_for_path (out_dir);
  g_autoptr(PolkuExportChoices) kept = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PolkuExportDialog *dialog;
  PolkuExportOptions options;
  const char *steps[] = { NULL, NULL };

  assert_int_equal (g_mkdir (out_dir, 0700), 0);
  dialog = open_export_dialog ();
  /* Beside the journey before any export. */
  folder = polku_export_dialog_dup_folder (dialog);
  assert_true (g_file_equal (folder, beside));
  g_clear_object (&folder);

  polku_export_dialog_set_mode (dialog, POLKU_PRINT_MODE_HANDOUT);
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.orientation, POLKU_ORIENTATION_PORTRAIT);
  {
    /* A3, in Finnish, of one step. */
    g_autoptr(PolkuExportChoices) choices = polku_export_choices_new ();
    PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (_polku_window_get_journey (window),
                                                                     POLKU_PHASE_KIND_PURCHASE), 0);

    steps[0] = polku_step_get_id (step);
    choices->options = options;
    choices->options.paper = POLKU_PAPER_A3;
    polku_export_choices_set_language (choices, "fi");
    polku_export_choices_set_steps (choices, steps);
    polku_export_choices_save (choices, settings, file);
  }
  close_export_dialog (dialog);

  /* The dialog of the file starts from them, and writes them. */
  dialog = open_export_dialog ();
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.mode, POLKU_PRINT_MODE_HANDOUT);
  assert_int_equal (options.paper, POLKU_PAPER_A3);
  assert_int_equal (options.orientation, POLKU_ORIENTATION_PORTRAIT);
  assert_string_equal (options.language, "fi");
  assert_non_null (options.handout_steps);
  assert_int_equal (g_strv_length ((char **) options.handout_steps), 1);
  assert_string_equal (options.handout_steps[0], steps[0]);
  export_to (dialog, handout);
  {
    g_autofree char *text = polku_test_run_tool ((const char *[]) { "pdftotext", handout, "-", NULL });

    g_autoptr(PolkuPages) expected = NULL;
    PolkuPagesOptions pages_options;
    double width, height;

    /* In Finnish, a cover and the one step: the pages of those options. */
    assert_non_null (strstr (text, "Korjaa ensin"));
    assert_non_null (strstr (text, "askel 1/4"));
    polku_export_options_get_pages (&options, &pages_options);
    polku_paper_get_size (options.paper, options.orientation, &width, &height);
    expected = polku_pages_new_with_options (_polku_window_get_journey (window), &pages_options, width, height);
    assert_int_equal (polku_test_pdf_pages (handout), polku_pages_get_n_pages (expected));
  }
  close_export_dialog (dialog);

  /* What the export wrote is kept, its folder with it. */
  kept = polku_export_choices_load (settings, file);
  assert_non_null (kept);
  assert_int_equal (kept->options.mode, POLKU_PRINT_MODE_HANDOUT);
  assert_true (g_file_equal (kept->folder, out_folder));

  /* A new run of the application (under an id of its own: the last one's
   * may stay on the bus a while): the same settings. */
  polku_test_app_quit (g_steal_pointer (&app), 0);
  app = polku_test_app_new (APP_ID ".Again");
  window = polku_test_app_activate (app);
  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_file (window, file));
  dialog = open_export_dialog ();
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.mode, POLKU_PRINT_MODE_HANDOUT);
  assert_int_equal (options.paper, POLKU_PAPER_A3);
  assert_string_equal (options.language, "fi");
  folder = polku_export_dialog_dup_folder (dialog);
  assert_true (g_file_equal (folder, out_folder));
  close_export_dialog (dialog);

  /* Another file: the defaults, beside it. */
  other = open_example_file ("other.polku");
  dialog = open_export_dialog ();
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.mode, POLKU_PRINT_MODE_FIT);
  assert_null (options.language);
  g_clear_object (&folder);
  folder = polku_export_dialog_dup_folder (dialog);
  assert_true (g_file_equal (folder, beside));
  close_export_dialog (dialog);

  g_settings_reset (settings, "export-choices");
}

/* The names of a journey's touchpoints. */
static GPtrArray *
list_touchpoint_names (PolkuJourney *journey)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);

          for (guint j = 0; j < polku_step_get_n_touchpoints (step); j++)
            g_ptr_array_add (names, (gpointer) polku_touchpoint_get_name (polku_step_get_touchpoint (step, j)));
        }
    }
  return names;
}

/* A PNG slide is 16:9 by default; an SVG slide has every touchpoint's
 * name in its text; a slide per phase is a file per phase. The window
 * then says what was exported, with a button that opens the file, or the
 * folder of the phases' files. */
static void
test_export_dialog_makes_slides (void **state)
{
  PolkuJourney *journey = _polku_window_get_journey (window);
  g_autofree char *png = g_build_filename (tmp_dir, "slide.png", NULL);
  g_autofree char *svg = g_build_filename (tmp_dir, "slide.svg", NULL);
  g_autofree char *phases = g_build_filename (tmp_dir, "phase.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) names = list_touchpoint_names (journey);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) phases_file = g_file_new_for_path (phases);
  g_autoptr(GFile) target = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PolkuExportDialog *dialog = open_export_dialog ();
  PolkuExportOptions options;
  AdwToast *toast;
  cairo_surface_t *image;

  polku_export_options_init (&options);
  options.image_layout = POLKU_IMAGE_LAYOUT_SLIDE;
  polku_export_dialog_set_options (dialog, POLKU_EXPORT_FORMAT_PNG, &options);
  polku_export_dialog_get_options (dialog, &options);
  assert_int_equal (options.aspect_width, 16);
  assert_int_equal (options.aspect_height, 9);
  export_to (dialog, png);
  image = cairo_image_surface_create_from_png (png);
  assert_int_equal (cairo_surface_status (image), CAIRO_STATUS_SUCCESS);
  assert_int_equal (cairo_image_surface_get_width (image), 1920);
  assert_int_equal (cairo_image_surface_get_height (image), 1080);
  cairo_surface_destroy (image);

  polku_export_dialog_set_format (dialog, POLKU_EXPORT_FORMAT_SVG);
  export_to (dialog, svg);
  assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  assert_non_null (strstr (contents, "width=\"1920pt\" height=\"1080pt\""));
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (names->pdata[i], -1);

      if (strstr (contents, escaped) == NULL)
        fail_msg ("“%s” is not in the SVG slide's text", (char *) names->pdata[i]);
    }

  options.image_layout = POLKU_IMAGE_LAYOUT_PHASES;
  polku_export_dialog_set_options (dialog, POLKU_EXPORT_FORMAT_PNG, &options);
  export_to (dialog, phases);
  for (guint i = 1; i <= POLKU_N_PHASE_KINDS; i++)
    {
      g_autofree char *name = g_strdup_printf ("phase-%u.png", i);
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      polku_test_assert_png (path);
    }
  assert_false (g_file_test (phases, G_FILE_TEST_EXISTS));

  /* As Export… ends: the toast, and what its button opens. */
  g_signal_emit_by_name (dialog, "exported", png_file);
  toast = polku_export_toast_get_last (window->toast_overlay);
  assert_non_null (toast);
  assert_string_equal (adw_toast_get_title (toast), "Exported “slide.png”");
  assert_string_equal (adw_toast_get_button_label (toast), "_Open");
  target = polku_export_toast_dup_target (png_file);
  assert_true (g_file_equal (target, png_file));
  g_clear_object (&target);
  target = polku_export_toast_dup_target (phases_file);
  {
    g_autoptr(GFile) folder = g_file_get_parent (phases_file);

    assert_true (g_file_equal (target, folder));
  }

  close_export_dialog (dialog);
  /* The next tests start from the settings' page. */
  g_settings_reset (settings, "export-choices");
}

static gboolean
print_preview_shows (gpointer data)
{
  return polku_test_find_toplevel (POLKU_TYPE_PRINT_PREVIEW, NULL) != NULL;
}

static gboolean
print_preview_is_gone (gpointer data)
{
  return !print_preview_shows (NULL);
}

/* Print → Preview shows the pages in Polku's own window, whatever
 * previewer the desktop has: the pages of the mode, drawn, turned with
 * Page Down; closed, the print is over. */
static void
test_print_preview (void **state)
{
  PolkuJourney *journey = _polku_window_get_journey (window);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(PolkuPages) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *label = NULL;
  PolkuPrintOperation *operation;
  PolkuPrintPreview *preview;
  Showing showing;

  operation = polku_print_operation_new (journey, settings);
  polku_print_operation_set_mode (operation, POLKU_PRINT_MODE_HANDOUT);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW,
                           GTK_WINDOW (window), &error);
  g_assert_no_error (error);

  assert_true (polku_test_wait_until (print_preview_shows, NULL));
  preview = POLKU_PRINT_PREVIEW (polku_test_find_toplevel (POLKU_TYPE_PRINT_PREVIEW, NULL));
  expected = polku_pages_new (journey, POLKU_PRINT_MODE_HANDOUT, 841.89, 595.28, 1);
  assert_int_equal (polku_pages_get_n_pages (polku_print_preview_get_pages (preview)),
                    polku_pages_get_n_pages (expected));
  label = g_strdup_printf ("Page 1 of %u", polku_pages_get_n_pages (expected));
  showing = (Showing) { GTK_WIDGET (preview), label };
  assert_true (polku_test_wait_until (shows_label, &showing));

  polku_test_wait_for_frames (GTK_WIDGET (preview), 2);
  texture = polku_test_render_widget (GTK_WIDGET (preview));
  assert_true (count_ink (texture) > 1000);

  assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
  g_free (label);
  label = g_strdup_printf ("Page 2 of %u", polku_pages_get_n_pages (expected));
  assert_string_equal (polku_print_preview_get_page_label (preview), label);

  gtk_window_close (GTK_WINDOW (preview));
  assert_true (polku_test_wait_until (print_preview_is_gone, NULL));
  g_object_unref (operation);
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
print_is_over (gpointer data)
{
  return window->print_operation == NULL;
}

/* Ctrl+P opens GTK's print dialog, with the map's tab offering the three
 * modes and a poster's size or sheets; cancelled, nothing prints. */
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
  /* A poster by its size or its sheets. */
  assert_true (has_label (GTK_WIDGET (dialog), "Sheets across"));
  assert_true (has_label (GTK_WIDGET (dialog), "Sheets down"));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  assert_true (polku_test_wait_until (print_is_over, NULL));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_export_dialog_previews_the_pages),
    cmocka_unit_test (test_export_dialog_writes_the_chosen_mode),
    cmocka_unit_test (test_export_dialog_remembers_each_file),
    cmocka_unit_test (test_export_dialog_makes_slides),
    cmocka_unit_test (test_print_preview),
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
