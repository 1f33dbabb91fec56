/* test-ui.c: the application's window, run for real under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-render.h"
#include "polku-example.h"
#include "polku-test-ui.h"

static PolkuApplication *app;
static PolkuWindow *window;
static char *tmp_dir;

static int
setup_app (void **state)
{
  tmp_dir = polku_test_make_tmp_dir ("polku-test-ui-XXXXXX");
  app = polku_test_app_new (APP_ID);
  window = polku_test_app_activate (app);

  /* The start page offers the example; these tests look at it. */
  assert_null (polku_window_get_document (window));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
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

static gboolean
widget_is_drawable (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static guint32
color_to_argb32 (const PolkuColor *color)
{
  /* Opaque, so premultiplying changes nothing. */
  return 0xff000000u
         | (guint32) (color->red * 255 + 0.5) << 16
         | (guint32) (color->green * 255 + 0.5) << 8
         | (guint32) (color->blue * 255 + 0.5);
}

static void
test_example_language (void **state)
{
  const char *finnish[] = { "fi_FI.UTF-8", "fi_FI", "fi", "C", NULL };
  const char *english[] = { "en_GB.UTF-8", "en_GB", "en", "C", NULL };
  const char *c_locale[] = { "C.UTF-8", "C", NULL };
  const char *german_then_finnish[] = { "de_DE", "de", "fi", "C", NULL };
  const char *filipino[] = { "fil_PH", "fil", "C", NULL };

  assert_string_equal (polku_example_get_resource_path (finnish),
                       "/fi/polku/Polku/examples/car-service.fi.polku");
  assert_string_equal (polku_example_get_resource_path (english),
                       "/fi/polku/Polku/examples/car-service.polku");
  assert_string_equal (polku_example_get_resource_path (c_locale),
                       "/fi/polku/Polku/examples/car-service.polku");
  /* There is no German translation, so the interface is Finnish. */
  assert_string_equal (polku_example_get_resource_path (german_then_finnish),
                       "/fi/polku/Polku/examples/car-service.fi.polku");
  assert_string_equal (polku_example_get_resource_path (filipino),
                       "/fi/polku/Polku/examples/car-service.polku");
}

static void
test_zoom_levels (void **state)
{
  assert_true (polku_zoom_level_step (1.0, 1) == 1.1);
  assert_true (polku_zoom_level_step (1.0, -1) == 0.9);
  assert_true (polku_zoom_level_step (1.05, 1) == 1.1);
  assert_true (polku_zoom_level_step (1.05, -1) == 1.0);
  assert_true (polku_zoom_level_step (POLKU_MAP_VIEW_ZOOM_MAX, 1) == POLKU_MAP_VIEW_ZOOM_MAX);
  assert_true (polku_zoom_level_step (POLKU_MAP_VIEW_ZOOM_MIN, -1) == POLKU_MAP_VIEW_ZOOM_MIN);
}

static void
test_example_is_drawn (void **state)
{
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  PolkuDocument *document = polku_window_get_document (window);
  PolkuJourney *journey;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = NULL;
  guint32 background = color_to_argb32 (&polku_palette_light ()->background);
  gsize n_pixels, n_drawn = 0;

  /* The bundled example, in English under LC_ALL=C.UTF-8, and no file. */
  assert_non_null (document);
  assert_null (polku_window_get_file (window));
  journey = polku_map_view_get_journey (map_view);
  assert_ptr_equal (journey, polku_document_get_journey (document, 0));
  assert_true (polku_journey_get_title (journey)[0] != '\0');
  assert_non_null (strstr (gtk_window_get_title (GTK_WINDOW (window)),
                           polku_journey_get_title (journey)));

  assert_true (polku_test_wait_until (widget_is_drawable, map_view));
  polku_test_wait_for_frames (GTK_WIDGET (map_view), 2);

  texture = polku_test_render_widget (GTK_WIDGET (map_view));
  n_pixels = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture);
  assert_true (n_pixels > 0);
  pixels = g_new (guint32, n_pixels);
  gdk_texture_download (texture, (guchar *) pixels, gdk_texture_get_width (texture) * 4);

  for (gsize i = 0; i < n_pixels; i++)
    if (pixels[i] != background)
      n_drawn++;

  /* The map covers the view: lines, cards and text in a good share of it. */
  assert_true (n_drawn * 100 >= n_pixels * 3);
  assert_true (n_drawn < n_pixels);
}

/* Lets the window lay itself out and draw n frames, one after another: what
 * a user sees a moment after a change. */
static void
run_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    polku_test_wait_for_frames (GTK_WIDGET (window), 1);
}

/* How far down the view its text's last line ends, in the view's own
 * coordinates: the height that shows all of the text. */
static int
text_bottom (GtkTextView *view)
{
  GtkTextIter end;
  int y, height, bottom;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  gtk_text_view_get_line_yrange (view, &end, &y, &height);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, y + height, NULL, &bottom);
  return bottom;
}

/* The inspector has come to its width, the panes' folding and unfolding
 * over. */
static gboolean
widget_is_wide (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (window->inspector)) == GPOINTER_TO_INT (data);
}

static const char * const journey_long_texts[] = {
  "description", "segment-description", "segment-criteria", "notes",
};

/* Every long text of the journey shows all its lines: its view is as high
 * as its text, at the width it has. */
static void
assert_long_texts_whole (const char *when)
{
  for (guint i = 0; i < G_N_ELEMENTS (journey_long_texts); i++)
    {
      GtkWidget *view = _polku_inspector_get_editor (window->inspector, "journey", journey_long_texts[i], 0);
      int bottom = text_bottom (GTK_TEXT_VIEW (view));

      assert_true (gtk_widget_get_mapped (view));
      if (gtk_widget_get_height (view) < bottom)
        fail_msg ("%s: the %s is %d px high at %d px wide, its text %d px: lines are cut off",
                  when, journey_long_texts[i], gtk_widget_get_height (view), gtk_widget_get_width (view),
                  bottom);
    }
}

static char *
dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_inspector_shows_long_texts_whole (void **state)
{
  PolkuInspector *inspector = window->inspector;
  GtkTextView *description;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  g_autofree char *text = NULL;
  g_autofree char *undone = NULL;
  int width, bottom, height;

  /* The example opens with its journey in the inspector. */
  assert_true (polku_test_wait_until (widget_is_drawable, inspector));
  assert_string_equal (_polku_inspector_get_page (inspector), "journey");
  description = GTK_TEXT_VIEW (_polku_inspector_get_editor (inspector, "journey", "description", 0));
  buffer = gtk_text_view_get_buffer (description);
  run_frames (3);

  /* Its description wraps: two lines at least, all of them shown. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  assert_true (gtk_text_view_forward_display_line (description, &iter));
  assert_long_texts_whole ("opened");

  /* The pane made wider, and narrow again, wraps the texts anew. */
  /* (Without the outline, the wider pane stays beside the map.) */
  g_object_set (window, "show-outline", FALSE, NULL);
  gtk_widget_get_size_request (GTK_WIDGET (inspector), &width, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (inspector), width + 250, -1);
  assert_true (polku_test_wait_until (widget_is_wide, GINT_TO_POINTER (width + 250)));
  run_frames (3);
  assert_long_texts_whole ("pane widened");
  gtk_widget_set_size_request (GTK_WIDGET (inspector), width, -1);
  assert_true (polku_test_wait_until (widget_is_wide, GINT_TO_POINTER (width)));
  run_frames (3);
  assert_long_texts_whole ("pane narrowed");

  /* A new line typed at the end grows the row. */
  bottom = text_bottom (description);
  height = gtk_widget_get_height (GTK_WIDGET (description));
  text = dup_text (buffer);
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_insert_at_cursor (buffer, "\nAnd a line of its own", -1);
  run_frames (3);
  assert_true (text_bottom (description) > bottom);
  assert_true (gtk_widget_get_height (GTK_WIDGET (description)) > height);
  assert_long_texts_whole ("typed a line");

  /* Undone, the example is as it was. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  run_frames (3);
  undone = dup_text (buffer);
  assert_string_equal (undone, text);
  assert_int_equal (text_bottom (description), bottom);
  assert_long_texts_whole ("undone");
  g_object_set (window, "show-outline", TRUE, NULL);
}

static void
test_example_saves_as (void **state)
{
  GtkFileChooser *chooser;
  g_autofree char *name = NULL;

  /* The example has no file yet: Save asks where, offering its title. */
  assert_null (polku_window_get_file (window));
  assert_null (window->file_chooser);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_non_null (window->file_chooser);

  chooser = GTK_FILE_CHOOSER (window->file_chooser);
  assert_int_equal (gtk_file_chooser_get_action (chooser), GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (chooser);
  assert_string_equal (name, "Car maintenance visit.polku");

  /* Let the chooser finish setting itself up before it goes. */
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (window->file_chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (window->file_chooser));
  g_clear_object (&window->file_chooser);
}

static void
test_about (void **state)
{
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = polku_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW, NULL);
  assert_non_null (about);
  assert_string_equal (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), "Polku");
  assert_ptr_equal (gtk_window_get_transient_for (about), GTK_WINDOW (window));
  gtk_window_destroy (about);
}

static void
test_malformed_file_is_refused (void **state)
{
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  PolkuDocument *document = polku_window_get_document (window);
  PolkuJourney *journey = polku_map_view_get_journey (map_view);
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;

  path = polku_test_write_file (tmp_dir, "broken.polku",
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
                         "  <journey id=\"broken\">\n"
                         "    <title>Broken</titel>\n"
                         "  </journey>\n"
                         "</polku>\n");
  file = g_file_new_for_path (path);

  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_toast (window, "broken.polku:4:"));

  text = _polku_window_dup_last_toast_text (window);
  assert_non_null (text);

  /* Nothing that was open is touched. */
  assert_ptr_equal (polku_window_get_document (window), document);
  assert_ptr_equal (polku_map_view_get_journey (map_view), journey);
  assert_null (polku_window_get_file (window));
  assert_string_equal (gtk_window_get_title (GTK_WINDOW (window)), title);
  assert_true (gtk_widget_get_mapped (GTK_WIDGET (map_view)));
  assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
}

static void
test_open_and_save (void **state)
{
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  g_autofree char *path = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  /* Valid, but not in the writer's canonical layout. */
  path = polku_test_write_file (tmp_dir, "valid.polku", polku_test_journey_xml);
  file = g_file_new_for_path (path);

  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_file (window, file));
  assert_string_equal (polku_journey_get_title (polku_map_view_get_journey (map_view)),
                       "Test journey");
  assert_non_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Test journey"));

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));

  expected = polku_writer_write (polku_window_get_document (window));
  g_file_get_contents (path, &saved, &length, &error);
  assert_null (error);
  assert_int_equal (length, g_bytes_get_size (expected));
  assert_memory_equal (saved, g_bytes_get_data (expected, NULL), length);
}

static void
test_zoom_actions (void **state)
{
  PolkuMapView *map_view = _polku_window_get_map_view (window);

  assert_true (polku_map_view_get_zoom (map_view) == 1.0);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  assert_true (polku_map_view_get_zoom (map_view) == 1.1);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  assert_true (polku_map_view_get_zoom (map_view) == 0.9);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  assert_true (polku_map_view_get_zoom (map_view) == 1.0);

  polku_map_view_set_zoom (map_view, 100);
  assert_true (polku_map_view_get_zoom (map_view) == POLKU_MAP_VIEW_ZOOM_MAX);
  polku_map_view_set_zoom (map_view, 1.0);
}

int
main (void)
{
  const struct CMUnitTest plain_tests[] = {
    cmocka_unit_test (test_example_language),
    cmocka_unit_test (test_zoom_levels),
  };
  const struct CMUnitTest window_tests[] = {
    cmocka_unit_test (test_example_is_drawn),
    cmocka_unit_test (test_inspector_shows_long_texts_whole),
    cmocka_unit_test (test_malformed_file_is_refused),
    cmocka_unit_test (test_zoom_actions),
    cmocka_unit_test (test_example_saves_as),
    cmocka_unit_test (test_about),
    cmocka_unit_test (test_open_and_save),
  };
  g_autofree char *data_home = NULL;
  int failed;

  /* Recent files and drafts go to a folder of the test's own. */
  data_home = polku_test_use_data_home ("polku-test-ui-data-XXXXXX");
  polku_test_fail_on_warnings ();

  failed = cmocka_run_group_tests_name ("functions", plain_tests, NULL, NULL);
  failed += cmocka_run_group_tests_name ("window", window_tests, setup_app, teardown_app);
  polku_test_remove_tree (data_home);
  return failed;
}
