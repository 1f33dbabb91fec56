/* test-editor.c: building a journey in the window with the keyboard, as a
 * facilitator does, with real key events on the X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "polku-application.h"
#include "polku-map-selection.h"
#include "polku-window-private.h"

/* How long any one condition may take to come true. */
#define WAIT_SECONDS 10

static PolkuApplication *app;
static PolkuWindow *window;
static char *tmp_dir;

/* Three empty phases: where the facilitator starts. */
static const char start_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
  "  <journey id=\"workshop\">\n"
  "    <title>Bike repair</title>\n"
  "    <segment><name>Commuters</name></segment>\n"
  "    <scale min=\"1\" max=\"5\"/>\n"
  "    <phase kind=\"pre-purchase\"/>\n"
  "    <phase kind=\"purchase\"/>\n"
  "    <phase kind=\"post-purchase\"/>\n"
  "  </journey>\n"
  "</polku>\n";

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake_up = g_timeout_add (10, wake_up_cb, NULL);
  gboolean holds;

  while (!(holds = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake_up);
  return holds;
}

static gboolean
main_context_idle (gpointer data)
{
  return !g_main_context_pending (NULL);
}

/* Real events, through the X server: xdotool sends them with XTest. */
static void
xdotool (const char *format,
         ...)
{
  g_autofree char *arguments = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;
  int status = -1;

  va_start (args, format);
  arguments = g_strdup_vprintf (format, args);
  va_end (args);

  command = g_strdup_printf ("xdotool %s", arguments);
  if (!g_spawn_command_line_sync (command, NULL, NULL, &status, &error))
    fail_msg ("%s: %s", command, error->message);
  assert_int_equal (status, 0);
}

static void
press (const char *keys)
{
  xdotool ("key --delay 15 %s", keys);
}

static void
type (const char *text)
{
  g_autofree char *quoted = g_shell_quote (text);

  xdotool ("type --delay 8 -- %s", quoted);
}

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         gtk_widget_get_width (GTK_WIDGET (_polku_window_get_map_view (window))) > 0;
}

/* Gives the window the keyboard, and the canvas the keys. */
static void
focus_canvas (void)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  assert_true (wait_until (window_is_mapped, NULL));
  xdotool ("windowfocus --sync %lu", (gulong) gdk_x11_surface_get_xid (surface));
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  assert_true (wait_until (main_context_idle, NULL));
}

static gboolean
window_shows_file (gpointer data)
{
  GFile *file = polku_window_get_file (window);

  return file != NULL && g_file_equal (file, data);
}

/* Opens a copy of contents as the window's document. */
static void
open_journey (const char *name,
              const char *contents,
              gsize       length)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  assert_null (error);
  polku_window_open_file (window, file);
  assert_true (wait_until (window_shows_file, file));
}

static char *
read_source_file (const char *name,
                  gsize      *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  assert_null (error);
  return contents;
}

static int
setup_app (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;

  tmp_dir = g_dir_make_tmp ("polku-test-editor-XXXXXX", &error);
  assert_null (error);
  /* Drafts of the edits go here, not into the user's files. */
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  app = polku_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  assert_null (error);
  g_application_activate (G_APPLICATION (app));
  window = POLKU_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 860);
  return 0;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static int
teardown_app (void **state)
{
  /* Nothing to ask about on the way out. */
  polku_undo_stack_set_clean (window->undo_stack);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return 0;
}

static GObject *
selected (void)
{
  return polku_selection_get_item (_polku_window_get_selection (window));
}

static gboolean
canvas_is_renaming (gpointer data)
{
  return _polku_map_editor_get_rename_entry (window->map_editor) != NULL;
}

static gboolean
canvas_is_not_renaming (gpointer data)
{
  return _polku_map_editor_get_rename_entry (window->map_editor) == NULL;
}

typedef struct
{
  GObject    *object;
  const char *property;
  const char *value;
} StringIs;

static gboolean
string_is (gpointer data)
{
  StringIs *is = data;
  g_autofree char *value = NULL;

  g_object_get (is->object, is->property, &value, NULL);
  return g_strcmp0 (value, is->value) == 0;
}

/* Types a name over the one selected on the canvas, and Enter. */
static void
type_name (const char *name)
{
  StringIs is = { selected (), "name", name };

  assert_true (wait_until (canvas_is_renaming, NULL));
  type (name);
  press ("Return");
  if (!wait_until (string_is, &is))
    {
      g_autofree char *value = NULL;
      GtkEditable *entry = _polku_map_editor_get_rename_entry (window->map_editor);

      g_object_get (is.object, "name", &value, NULL);
      fail_msg ("the name is “%s” not “%s”, the entry has “%s”, focus on %s", value, name,
                entry != NULL ? gtk_editable_get_text (entry) : "(none)",
                G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))));
    }
  assert_true (wait_until (canvas_is_not_renaming, NULL));
}

typedef struct
{
  GObject *before;
  GType    type;
} NewSelection;

/* Something else is selected now, of the type. */
static gboolean
selection_is_new (gpointer data)
{
  NewSelection *new_selection = data;

  return selected () != new_selection->before &&
         G_TYPE_CHECK_INSTANCE_TYPE (selected (), new_selection->type);
}

static gboolean
selection_is_step (gpointer data)
{
  return POLKU_IS_STEP (selected ());
}

static gboolean
selection_is (gpointer data)
{
  return selected () == data;
}

typedef struct
{
  PolkuTouchpoint *touchpoint;
  double           score;
  PolkuCriticality criticality;
  PolkuRole        role;
} TagsAre;

static gboolean
tags_are (gpointer data)
{
  TagsAre *are = data;

  return polku_touchpoint_get_score (are->touchpoint) == are->score &&
         polku_touchpoint_get_criticality (are->touchpoint) == are->criticality &&
         polku_touchpoint_get_role (are->touchpoint) == are->role;
}

static const char *step_names[] = {
  "Hears a rattle", "Looks for a shop",
  "Books a slot", "Drops the bike off",
  "Rides home", "Tells a friend",
};

static const char *touchpoint_names[] = {
  "Bell sound", "Chain check tip", "Map search", "Shop reviews",
  "Booking page", "Phone call", "Reception desk", "Work order",
  "Invoice by mail", "Test ride", "Review request", "Loyalty card",
};

/* Adds a touchpoint after the selection with Ctrl+Enter, names it, tags it
 * with single keys and scores it with a digit. */
static void
add_touchpoint (guint index)
{
  char digit[2] = { '1' + index % 5, '\0' };
  NewSelection new_selection = { selected (), POLKU_TYPE_TOUCHPOINT };
  TagsAre are;

  press ("ctrl+Return");
  assert_true (wait_until (selection_is_new, &new_selection));
  type_name (touchpoint_names[index]);

  are.touchpoint = POLKU_TOUCHPOINT (selected ());
  are.criticality = index % 3 == 0 ? POLKU_CRITICALITY_CRITICAL : POLKU_CRITICALITY_NON_CRITICAL;
  are.role = index % 2 == 1 ? POLKU_ROLE_OPPORTUNITY : POLKU_ROLE_PREREQUISITE;
  are.score = 1 + index % 5;
  if (are.criticality == POLKU_CRITICALITY_CRITICAL)
    press ("c");
  if (are.role == POLKU_ROLE_OPPORTUNITY)
    press ("o");
  press (digit);
  assert_true (wait_until (tags_are, &are));
}

static void
add_step (guint index)
{
  NewSelection new_selection = { selected (), POLKU_TYPE_STEP };

  press ("ctrl+shift+Return");
  assert_true (wait_until (selection_is_new, &new_selection));
  type_name (step_names[index]);
}

typedef struct
{
  PolkuUndoStack *stack;
  guint64         state;
} StateChanged;

static gboolean
state_changed (gpointer data)
{
  StateChanged *changed = data;

  return polku_undo_stack_get_state (changed->stack) != changed->state;
}

/* Presses keys until the stack can go no further that way. */
static guint
press_while (const char *keys,
             gboolean  (*can) (PolkuUndoStack *stack))
{
  guint n = 0;

  while (can (window->undo_stack))
    {
      StateChanged changed = { window->undo_stack, polku_undo_stack_get_state (window->undo_stack) };

      press (keys);
      assert_true (wait_until (state_changed, &changed));
      n++;
    }
  return n;
}

static gboolean
save_finished (gpointer data)
{
  return !_polku_window_is_saving (window);
}

static GBytes *
write_document (void)
{
  return polku_writer_write (polku_window_get_document (window));
}

/* On a difference, what was written is kept in the build directory to
 * compare (a test message cuts it short). */
static void
assert_bytes_equal (GBytes     *expected,
                    GBytes     *actual,
                    const char *name)
{
  g_autofree char *path = NULL;

  if (g_bytes_equal (expected, actual))
    return;

  path = g_build_filename (g_getenv ("POLKU_BUILD_DIR"), "tests", name, NULL);
  g_file_set_contents (path, g_bytes_get_data (actual, NULL), g_bytes_get_size (actual), NULL);
  fail_msg ("the journey differs from what was expected: see %s", path);
}

static void
test_build_journey_with_the_keyboard (void **state)
{
  g_autoptr(GBytes) start = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *saved_text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *row = NULL;
  PolkuJourney *journey;
  gsize length;
  guint n_undone, n_redone;

  open_journey ("workshop.polku", start_xml, -1);
  journey = _polku_window_get_journey (window);
  start = write_document ();
  focus_canvas ();
  assert_ptr_equal (selected (), journey);

  /* Down from the journey's header to the first phase. */
  press ("Down");
  assert_true (wait_until (selection_is, polku_journey_get_phase (journey, 0)));
  assert_string_equal (_polku_inspector_get_page (window->inspector), "phase");

  for (guint phase = 0; phase < POLKU_N_PHASE_KINDS; phase++)
    {
      if (phase > 0)
        {
          /* From a touchpoint up to its step and phase, and on to the next. */
          press ("Up Up Right");
          assert_true (wait_until (selection_is, polku_journey_get_phase (journey, phase)));
        }
      add_step (2 * phase);
      add_touchpoint (4 * phase);
      add_touchpoint (4 * phase + 1);

      /* The second step goes after the first. */
      press ("Up");
      assert_true (wait_until (selection_is_step, NULL));
      add_step (2 * phase + 1);
      add_touchpoint (4 * phase + 2);
      add_touchpoint (4 * phase + 3);
    }

  assert_int_equal (polku_journey_count_steps (journey), 6);
  assert_int_equal (polku_journey_count_touchpoints (journey), 12);
  /* What the user sees: the outline names the last touchpoint, the title
   * says there are unsaved changes, the inspector shows the touchpoint. */
  assert_true (wait_until (main_context_idle, NULL));
  row = _polku_outline_dup_row_text (window->outline, selected ());
  assert_string_equal (row, "Loyalty card");
  assert_non_null (strstr (adw_window_title_get_subtitle (window->window_title), "•"));
  assert_string_equal (_polku_inspector_get_page (window->inspector), "touchpoint");

  /* Saved, the file is the one expected, byte for byte. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (wait_until (save_finished, NULL));
  path = g_build_filename (tmp_dir, "workshop.polku", NULL);
  g_file_get_contents (path, &saved_text, &length, NULL);
  assert_non_null (saved_text);
  saved = g_bytes_new_take (g_steal_pointer (&saved_text), length);
  expected_text = read_source_file ("editor-expected.polku", &length);
  expected = g_bytes_new_take (g_steal_pointer (&expected_text), length);
  assert_bytes_equal (expected, saved, "editor-saved.polku");
  assert_null (strstr (adw_window_title_get_subtitle (window->window_title), "•"));

  /* Ctrl+Z takes everything back, to the journey as it was opened. */
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  n_undone = press_while ("ctrl+z", polku_undo_stack_can_undo);
  undone = write_document ();
  assert_bytes_equal (start, undone, "editor-undone.polku");
  assert_int_equal (polku_journey_count_touchpoints (journey), 0);
  /* The selection fell back from what went to what held it, and stays
   * there while what is taken back is elsewhere. */
  assert_ptr_equal (selected (), polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE));

  /* Ctrl+Shift+Z does it all again, to what was saved. */
  n_redone = press_while ("ctrl+shift+z", polku_undo_stack_can_redo);
  assert_int_equal (n_undone, n_redone);
  redone = write_document ();
  assert_bytes_equal (expected, redone, "editor-redone.polku");
  assert_false (polku_undo_stack_get_dirty (window->undo_stack));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_build_journey_with_the_keyboard),
  };

  /* A warning from GTK is a bug in how the window uses it. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  return cmocka_run_group_tests_name ("editor", tests, setup_app, teardown_app);
}
