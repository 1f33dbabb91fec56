/* test-wall-ui.c: the map on the wall, in the window, with real key events
 * on the X server: a presentation that pages and scores, finding on a
 * large map, the labels kept in sight, the panes folded on a small screen,
 * a journey too large for a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-map-layout-private.h"
#include "polku-map-selection.h"
#include "polku-test-ui.h"

static PolkuApplication *app;
static PolkuWindow *window;
static GSettings *settings;
static char *tmp_dir;

static void
press (const char *keys)
{
  polku_test_xdotool ("key --delay 20 %s", keys);
}

static void
type (const char *text)
{
  g_autofree char *quoted = g_shell_quote (text);

  polku_test_xdotool ("type --delay 10 -- %s", quoted);
}

static PolkuMapView *
map_view (void)
{
  return _polku_window_get_map_view (window);
}

static GObject *
selected (void)
{
  return polku_selection_get_item (_polku_window_get_selection (window));
}

static gboolean
map_is_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (map_view ())) &&
         gtk_widget_get_width (GTK_WIDGET (map_view ())) > 0;
}

/* Gives the window the keyboard, and the canvas the keys. */
static void
focus_canvas (void)
{
  assert_true (polku_test_wait_until (map_is_shown, NULL));
  polku_test_xdotool ("windowfocus --sync %lu", polku_test_window_xid (GTK_WIDGET (window)));
  gtk_widget_grab_focus (GTK_WIDGET (map_view ()));
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
}

/* A copy of the example in the scratch folder, opened: saving writes it. */
static GFile *
open_example_copy (const char *name)
{
  g_autofree char *source = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "examples",
                                              "car-service.polku", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;
  gsize length;

  g_file_get_contents (source, &contents, &length, &error);
  assert_null (error);
  g_file_set_contents (path, contents, length, &error);
  assert_null (error);
  file = g_file_new_for_path (path);
  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_file (window, file));
  assert_true (polku_test_wait_until (map_is_shown, NULL));
  return file;
}

static int
setup (void **state)
{
  g_autofree char *data_home = NULL;

  tmp_dir = polku_test_make_tmp_dir ("polku-test-wall-ui-XXXXXX");
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  settings = g_settings_new (APP_ID);

  app = polku_test_app_new (APP_ID);
  window = polku_test_app_activate (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  return 0;
}

/* After each test: nothing unsaved to ask about, the window and the
 * settings as they were. */
static int
clean_up (void **state)
{
  if (_polku_window_present_get_presenting (window))
    _polku_window_present_set_presenting (window, FALSE);
  if (_polku_window_get_undo_stack (window) != NULL)
    polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
  g_settings_reset (settings, "show-outline");
  g_settings_reset (settings, "show-inspector");
  g_settings_reset (settings, "wrap-map");
  g_settings_reset (settings, "present-by");
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  polku_map_view_set_zoom (map_view (), 1.0);
  return 0;
}

static int
teardown (void **state)
{
  polku_test_app_quit (g_steal_pointer (&app), 0);
  g_clear_object (&settings);
  polku_test_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return 0;
}

/* Presentation */

static gboolean
is_presenting (gpointer data)
{
  return _polku_window_present_get_presenting (window) == GPOINTER_TO_INT (data);
}

static gboolean
spotlight_is (gpointer data)
{
  return polku_map_view_get_spotlight (map_view ()) == data;
}

/* The presentation has the screen: its height, the map's smallest text
 * a sixtieth of it or more. */
static gboolean
type_fills_room (gpointer data)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (map_view ());
  int height = gtk_widget_get_height (GTK_WIDGET (map_view ()));

  return layout != NULL && height > 0 &&
         polku_map_layout_get_smallest_text_size (layout) * polku_map_view_get_zoom (map_view ()) >=
         height / 60.0 - 1e-6;
}

static gboolean
is_saved (gpointer data)
{
  return !polku_window_get_dirty (window) && polku_test_save_finished (window);
}

typedef struct
{
  PolkuTouchpoint *touchpoint;
  double           score;
} ScoreIs;

static gboolean
score_is (gpointer data)
{
  ScoreIs *is = data;

  return polku_touchpoint_get_score (is->touchpoint) == is->score;
}

static gboolean
selected_is (gpointer data)
{
  return selected () == data;
}

/* F5 presents the map: the panes and the header bar go, the type grows
 * for the back row, and the first step is lit. The arrow keys light each
 * step in turn, a rectangle of its own; a score typed for the lit step's
 * touchpoint is an edit like any other, undone and saved as usual. Escape
 * puts the window back as it was, panes and all. */
static void
test_presentation (void **state)
{
  g_autoptr(GFile) file = open_example_copy ("presented.polku");
  PolkuJourney *journey = polku_window_get_document (window) != NULL ?
                          polku_document_get_journey (polku_window_get_document (window), 0) : NULL;
  guint n_steps = polku_slides_count (journey, POLKU_SLIDE_BY_STEP);
  g_autoptr(GArray) lit = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  GtkWidget *outline = GTK_WIDGET (window->outline);
  GtkWidget *inspector = GTK_WIDGET (window->inspector);
  PolkuStep *scored_step;
  PolkuTouchpoint *scored;
  g_autofree char *saved = NULL;
  double zoom_before, score_before;
  ScoreIs is;

  /* The outline shown, the inspector hidden. */
  g_object_set (window, "show-outline", TRUE, "show-inspector", FALSE, NULL);
  polku_test_wait_for_frames (GTK_WIDGET (window), 1);
  assert_true (gtk_widget_get_visible (outline));
  assert_false (gtk_widget_get_visible (inspector));
  zoom_before = polku_map_view_get_zoom (map_view ());
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (journey));
  focus_canvas ();

  press ("F5");
  assert_true (polku_test_wait_until (is_presenting, GINT_TO_POINTER (TRUE)));
  assert_false (gtk_widget_get_visible (outline));
  assert_false (gtk_widget_get_visible (inspector));
  assert_false (gtk_widget_get_visible (window->header_bar));
  assert_true (polku_test_wait_until (type_fills_room, NULL));
  assert_true (polku_test_wait_until (spotlight_is, polku_slides_get (journey, POLKU_SLIDE_BY_STEP, 0)));
  /* The bar and the legend take the screen's foot, over the map. */
  assert_true (polku_map_view_get_bottom_cover (map_view ()) > gtk_widget_get_height (window->present_bar));

  /* Each step in turn, each lit where it is on the map. */
  for (guint i = 0; i < n_steps; i++)
    {
      GObject *step = polku_slides_get (journey, POLKU_SLIDE_BY_STEP, i);
      g_autoptr(GArray) rects = NULL;
      PolkuRect rect, visible;
      double clear;

      if (i > 0)
        press ("Right");
      assert_true (polku_test_wait_until (spotlight_is, step));
      rects = polku_map_overlay_dup_spotlight (polku_map_view_get_layout (map_view ()), step);
      assert_int_equal (rects->len, 1);
      rect = g_array_index (rects, PolkuRect, 0);
      for (guint j = 0; j < lit->len; j++)
        assert_false (memcmp (&g_array_index (lit, PolkuRect, j), &rect, sizeof rect) == 0);
      g_array_append_val (lit, rect);
      /* Shown: its top on the screen; and, when it fits, all of it above
       * the bar and the legend at the screen's foot. */
      polku_map_view_get_visible_rect (map_view (), &visible);
      assert_true (rect.y >= visible.y - 1 && rect.y < visible.y + visible.height);
      clear = visible.height - polku_map_view_get_bottom_cover (map_view ()) / polku_map_view_get_zoom (map_view ());
      if (rect.height < clear - 2 * 24 / polku_map_view_get_zoom (map_view ()))
        assert_true (rect.y + rect.height <= visible.y + clear + 1);
      /* Its first touchpoint selected, to score. */
      assert_true (polku_test_wait_until (selected_is, polku_slides_first_item (step)));
    }

  /* Back to the fifth step, and the team scores its second touchpoint. */
  press ("Home");
  assert_true (polku_test_wait_until (spotlight_is, polku_slides_get (journey, POLKU_SLIDE_BY_STEP, 0)));
  press ("Right Right Right Right");
  scored_step = POLKU_STEP (polku_slides_get (journey, POLKU_SLIDE_BY_STEP, 4));
  assert_true (polku_test_wait_until (spotlight_is, scored_step));
  press ("Tab");
  scored = polku_step_get_touchpoint (scored_step, 1);
  assert_true (polku_test_wait_until (selected_is, scored));
  score_before = polku_touchpoint_get_score (scored);
  assert_true (score_before != 2.0);
  press ("2");
  is = (ScoreIs) { scored, 2.0 };
  assert_true (polku_test_wait_until (score_is, &is));
  /* Undone, and done again, as any edit. */
  press ("ctrl+z");
  is.score = score_before;
  assert_true (polku_test_wait_until (score_is, &is));
  press ("ctrl+shift+z");
  is.score = 2.0;
  assert_true (polku_test_wait_until (score_is, &is));
  /* Still presenting, the same step lit. */
  assert_true (_polku_window_present_get_presenting (window));
  assert_ptr_equal (polku_map_view_get_spotlight (map_view ()), scored_step);

  /* Saved, the file has the score. */
  assert_true (polku_window_get_dirty (window));
  press ("ctrl+s");
  assert_true (polku_test_wait_until (is_saved, NULL));
  assert_true (g_file_load_contents (file, NULL, &saved, NULL, NULL, NULL));
  {
    g_autofree char *id = NULL;
    g_autofree char *element = NULL;
    const char *found;

    g_object_get (scored, "id", &id, NULL);
    element = g_strdup_printf ("<touchpoint id=\"%s\"", id);
    found = strstr (saved, element);
    assert_non_null (found);
    assert_non_null (strstr (found, "score=\"2\""));
    assert_true (strstr (found, "score=\"2\"") < strstr (found, ">"));
  }

  /* Escape: the window as it was. */
  press ("Escape");
  assert_true (polku_test_wait_until (is_presenting, GINT_TO_POINTER (FALSE)));
  assert_true (gtk_widget_get_visible (outline));
  assert_false (gtk_widget_get_visible (inspector));
  assert_true (gtk_widget_get_visible (window->header_bar));
  assert_null (polku_map_view_get_spotlight (map_view ()));
  assert_true (fabs (polku_map_view_get_zoom (map_view ()) - zoom_before) < 1e-9);
  assert_true (g_settings_get_boolean (settings, "show-outline"));
  assert_false (g_settings_get_boolean (settings, "show-inspector"));
}

static double
scrolled_down (void)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (map_view ())));
}

/* Paging by phase lights every part of a phase, on every row. A clicker's
 * Page Down shows the rest of a phase taller than the screen first, then
 * the next phase. */
static void
test_presentation_by_phase (void **state)
{
  g_autoptr(GFile) file = open_example_copy ("by-phase.polku");
  PolkuJourney *journey = polku_document_get_journey (polku_window_get_document (window), 0);
  GObject *purchase = G_OBJECT (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE));
  g_autoptr(GArray) rects = NULL;
  gboolean scrolled = FALSE;
  double before;

  g_settings_set_string (settings, "present-by", "phase");
  focus_canvas ();
  press ("F5");
  assert_true (polku_test_wait_until (is_presenting, GINT_TO_POINTER (TRUE)));
  assert_true (polku_test_wait_until (type_fills_room, NULL));
  assert_true (polku_test_wait_until (spotlight_is, polku_journey_get_phase (journey, 0)));

  /* The purchase phase wraps over rows: every part lit. */
  press ("Right");
  assert_true (polku_test_wait_until (spotlight_is, purchase));
  rects = polku_map_overlay_dup_spotlight (polku_map_view_get_layout (map_view ()), purchase);
  assert_true (rects->len >= 2);

  /* Page Down, as a clicker sends it: down the phase, then on. */
  for (guint i = 0; i < 20 && polku_map_view_get_spotlight (map_view ()) == purchase; i++)
    {
      before = scrolled_down ();
      press ("Next");
      polku_test_wait_for_x_events (GTK_WIDGET (window));
      if (polku_map_view_get_spotlight (map_view ()) == purchase)
        {
          assert_true (scrolled_down () > before);
          scrolled = TRUE;
        }
    }
  assert_true (scrolled);
  assert_true (polku_test_wait_until (spotlight_is, polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE)));

  /* Back with Page Up, and out. */
  press ("Home");
  assert_true (polku_test_wait_until (spotlight_is, polku_journey_get_phase (journey, 0)));
  press ("Escape");
  assert_true (polku_test_wait_until (is_presenting, GINT_TO_POINTER (FALSE)));
}

/* Finding */

static gboolean
find_bar_is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (window->find_bar));
}

/* Ctrl+F, a word of a touchpoint's expectation, and the touchpoint is
 * selected and in sight; the bar says so. Escape leaves the keys on the
 * map. */
static void
test_find (void **state)
{
  g_autoptr(GFile) file = open_example_copy ("find.polku");
  PolkuJourney *journey = polku_document_get_journey (polku_window_get_document (window), 0);
  g_autoptr(GPtrArray) expected = polku_find_items (journey, "factory");
  PolkuRect rect, visible;

  assert_int_equal (expected->len, 1);
  polku_map_view_set_zoom (map_view (), 2.0);
  focus_canvas ();
  press ("ctrl+f");
  type ("Factory");
  assert_true (polku_test_wait_until (selected_is, g_ptr_array_index (expected, 0)));
  assert_int_equal (polku_find_bar_get_n_matches (window->find_bar), 1);
  assert_int_equal (polku_find_bar_get_current (window->find_bar), 0);
  assert_true (polku_map_selection_get_item_rect (polku_map_view_get_layout (map_view ()),
                                                  g_ptr_array_index (expected, 0), &rect));
  polku_map_view_get_visible_rect (map_view (), &visible);
  assert_true (polku_rect_contains_rect (&visible, &rect));

  press ("Escape");
  assert_true (polku_test_wait_until (find_bar_is_hidden, NULL));
  assert_ptr_equal (selected (), g_ptr_array_index (expected, 0));
  assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (map_view ())) ||
               gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (map_view ()));
}

/* Labels kept in sight */

/* How many pixels of the box are exactly the colour. */
static guint
count_color (GdkTexture *texture,
             int         x0,
             int         y0,
             int         x1,
             int         y1,
             guint32     rgb,
             guint      *total)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);
  guint count = 0;

  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  *total = 0;
  for (int y = MAX (y0, 0); y < MIN (y1, height); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, width); x++)
      {
        (*total)++;
        if ((pixels[y * width + x] & 0xffffff) == rgb)
          count++;
      }
  return count;
}

static guint32
to_rgb (const PolkuColor *color)
{
  return ((guint32) round (color->red * 255) << 16) | ((guint32) round (color->green * 255) << 8) |
         (guint32) round (color->blue * 255);
}

/* The canvas as the window draws it, a frame of its own. */
static GdkTexture *
render_canvas (void)
{
  GtkWidget *widget = GTK_WIDGET (map_view ());
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                           gtk_widget_get_height (widget)));
}

/* Scrolled right and down along the strip, the canvas still shows the
 * lane names at its left, on the map's ground, and the headings of the row
 * at its top, in the phase's colour; at the map's start it shows the map
 * as it is. */
static void
test_sticky_labels (void **state)
{
  g_autoptr(GFile) file = open_example_copy ("sticky.polku");
  const PolkuPalette *palette = polku_palette_light ();
  PolkuMapLayout *layout;
  g_autoptr(GdkTexture) scrolled = NULL;
  double left = 0, top = 0, zoom = 2.5;
  graphene_rect_t plot;
  PolkuRect visible;
  guint total, ground;
  int gutter;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_boolean (settings, "wrap-map", FALSE);
  polku_map_view_set_zoom (map_view (), zoom);
  polku_test_wait_for_frames (GTK_WIDGET (window), 1);
  layout = polku_map_view_get_layout (map_view ());
  assert_int_equal (polku_map_layout_get_n_rows (layout), 1);
  polku_map_overlay_get_insets (layout, &left, &top);

  /* Scrolled into the middle of the strip, past the headings. */
  polku_map_view_pan (map_view (), 900, 0);
  polku_map_view_pan (map_view (), 0, 260);
  polku_test_wait_for_frames (GTK_WIDGET (window), 1);
  polku_map_view_get_visible_rect (map_view (), &visible);
  assert_true (visible.x > 500 / zoom);
  assert_true (visible.y > POLKU_MAP_PHASE_AT (layout, 0)->band.y);
  scrolled = render_canvas ();

  /* The satisfaction lane's name and axis, on a panel of the ground over
   * the lane's phase-coloured plot. */
  polku_map_view_map_to_widget (map_view (), &POLKU_MAP_ROW_AT (layout, 0)->satisfaction_lane, &plot);
  assert_true (plot.origin.y > top * zoom);
  gutter = floor ((left - 2) * zoom);
  ground = count_color (scrolled, 0, plot.origin.y, gutter, plot.origin.y + plot.size.height,
                        to_rgb (&palette->background), &total);
  assert_true (total > 1000);
  /* Mostly ground, some ink. */
  assert_true (ground > total * 0.6);
  assert_true (ground < total * 0.99);

  /* The row's band at the top, in its phase's colour: none of the ground. */
  ground = count_color (scrolled, gutter + 40, 2, gutter + 140, 8, to_rgb (&palette->background), &total);
  assert_int_equal (ground, 0);

  g_settings_reset (settings, "wrap-map");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A small screen */

static gboolean
window_is_narrow (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (window)) <= 1024;
}

static gboolean
canvas_is_wider_than (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (map_view ())) > GPOINTER_TO_INT (data);
}

static gboolean
inspector_is_folded (gpointer data)
{
  return adw_flap_get_folded (window->inspector_flap) == GPOINTER_TO_INT (data);
}

/* On a 1024 × 600 laptop, the window fits, and the map keeps most of it:
 * the panes fold over the map, hidden until asked for, and asking for one
 * shows it over the map without changing the preference. */
static void
test_small_screen (void **state)
{
  g_autoptr(GFile) file = open_example_copy ("small.polku");
  int minimum_width, minimum_height;

  g_object_set (window, "show-outline", TRUE, "show-inspector", TRUE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 1024, &minimum_height, NULL, NULL, NULL);
  assert_true (minimum_width <= 1024);
  assert_true (minimum_height <= 600);

  assert_true (polku_test_wait_until (window_is_narrow, NULL));
  assert_true (polku_test_wait_until (inspector_is_folded, GINT_TO_POINTER (TRUE)));
  /* Once the inspector has folded away. */
  if (!polku_test_wait_until (canvas_is_wider_than, GINT_TO_POINTER (1024 * 7 / 10)))
    fail_msg ("the map is %d px wide of the window's %d, the outline %d", gtk_widget_get_width (GTK_WIDGET (map_view ())),
              gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_width (GTK_WIDGET (window->outline)));
  assert_false (adw_flap_get_reveal_flap (window->inspector_flap));

  /* The inspector over the map, for a moment; the preference stays. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
  assert_true (adw_flap_get_reveal_flap (window->inspector_flap));
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
  assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  assert_true (g_settings_get_boolean (settings, "show-inspector"));

  /* Wide again, the panes lie beside the map. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  assert_true (polku_test_wait_until (inspector_is_folded, GINT_TO_POINTER (FALSE)));
  polku_test_wait_for_frames (GTK_WIDGET (window), 1);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));
}

/* A journey too large for a map */

static gboolean
too_large_is_said (gpointer data)
{
  const char *message = polku_map_view_get_error_message (map_view ());

  return message != NULL && gtk_widget_get_visible (GTK_WIDGET (window->too_large_page));
}

/* A journey over the renderer's budget opens at once: the map says why
 * it shows nothing, and the outline and the inspector still work. */
static void
test_journey_too_large (void **state)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
                               "  <journey id=\"large\">\n"
                               "    <title>Every call of the year</title>\n"
                               "    <segment><name>Everyone</name></segment>\n"
                               "    <scale min=\"1\" max=\"5\"/>\n"
                               "    <phase kind=\"pre-purchase\"/>\n"
                               "    <phase kind=\"purchase\">\n");
  g_autofree char *path = g_build_filename (tmp_dir, "large.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const guint n_steps = 520, per_step = 10;
  gint64 start;
  const char *message;

  for (guint s = 0; s < n_steps; s++)
    {
      g_string_append_printf (xml, "      <step id=\"s%u\">\n        <name>Call %u</name>\n", s, s + 1);
      for (guint t = 0; t < per_step; t++)
        g_string_append_printf (xml, "        <touchpoint id=\"t%u\" channel=\"phone\" criticality=\"non-critical\" "
                                "role=\"prerequisite\" score=\"3\">"
                                "<name>Answer %u</name></touchpoint>\n", s * per_step + t, t + 1);
      g_string_append (xml, "      </step>\n");
    }
  g_string_append (xml, "    </phase>\n    <phase kind=\"post-purchase\"/>\n  </journey>\n</polku>\n");
  g_file_set_contents (path, xml->str, xml->len, &error);
  assert_null (error);
  g_string_free (xml, TRUE);

  start = g_get_monotonic_time ();
  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_file (window, file));
  assert_true (polku_test_wait_until (too_large_is_said, NULL));
  polku_test_wait_for_frames (GTK_WIDGET (window), 1);
  /* Without a hang: well within the time a map of the budget takes. */
  assert_true (g_get_monotonic_time () - start < 20 * G_USEC_PER_SEC);

  message = adw_status_page_get_description (window->too_large_page);
  assert_non_null (strstr (message, "5720"));
  assert_null (polku_map_view_get_layout (map_view ()));
  /* No items for a map not shown. */
  assert_null (gtk_widget_get_first_child (GTK_WIDGET (map_view ())));
  /* The journey is there to edit, but not to present. */
  assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL) &&
                _polku_window_present_get_presenting (window));
  polku_selection_set_item (_polku_window_get_selection (window),
                            G_OBJECT (polku_step_get_touchpoint (polku_phase_get_step (
                              polku_journey_get_phase (polku_document_get_journey (
                                polku_window_get_document (window), 0), POLKU_PHASE_KIND_PURCHASE), 7), 3)));
  assert_string_equal (_polku_inspector_get_page (window->inspector), "touchpoint");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown (test_presentation, clean_up),
    cmocka_unit_test_teardown (test_presentation_by_phase, clean_up),
    cmocka_unit_test_teardown (test_find, clean_up),
    cmocka_unit_test_teardown (test_sticky_labels, clean_up),
    cmocka_unit_test_teardown (test_small_screen, clean_up),
    cmocka_unit_test_teardown (test_journey_too_large, clean_up),
  };

  polku_test_fail_on_warnings ();
  polku_test_set_wait_seconds (30);
  return cmocka_run_group_tests_name ("wall", tests, setup, teardown);
}
