/* test-files.c: a window's files and lifecycle, run for real under a display:
 * new journeys, the start page and recent files, dropped files, closing and
 * quitting with unsaved changes, drafts, failing saves, files changed by
 * other programs, preferences and the remembered window size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <errno.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "polku-preferences-window.h"
#include "polku-recent.h"
#include "polku-start-page.h"
#include "polku-test-ui.h"

static PolkuApplication *app;
static GSettings *settings;
static char *tmp_dir;

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  assert_null (error);
  return g_bytes_new_take (contents, length);
}

static int
setup_app (void **state)
{
  tmp_dir = polku_test_make_tmp_dir ("polku-test-files-XXXXXX");
  app = polku_test_app_new (APP_ID);
  settings = g_settings_new (APP_ID);
  return 0;
}

static int
teardown_app (void **state)
{
  /* The drafts of windows that went with changes are written meanwhile. */
  polku_test_app_quit (g_steal_pointer (&app), 300);
  g_clear_object (&settings);
  polku_test_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return 0;
}

static int
teardown_windows (void **state)
{
  polku_test_destroy_windows (app);
  return 0;
}

static PolkuWindow *
new_window (void)
{
  PolkuWindow *window = polku_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static PolkuWindow *
open_in_new_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PolkuWindow *window = new_window ();

  polku_window_open_file (window, file);
  assert_true (polku_test_wait_for_file (window, file));
  return window;
}

static PolkuJourney *
window_journey (PolkuWindow *window)
{
  return polku_document_get_journey (polku_window_get_document (window), 0);
}

static void
edit_title (PolkuWindow *window,
            const char  *title)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);
  _polku_window_push_command (window, polku_command_new_set_property (G_OBJECT (window_journey (window)),
                                                                      "title", &value));
  g_value_unset (&value);
}

static gboolean
is_dirty (PolkuWindow *window)
{
  return polku_undo_stack_get_dirty (_polku_window_get_undo_stack (window));
}

static gboolean
is_open (PolkuWindow *window)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) != NULL;
}

static gboolean
window_closed (gpointer data)
{
  return !is_open (data);
}

static const char *
window_subtitle (PolkuWindow *window)
{
  return adw_window_title_get_subtitle (window->window_title);
}

/* New journeys and the start page */

static void
test_start_page_and_new_journeys (void **state)
{
  PolkuWindow *window = new_window ();
  PolkuWindow *other;
  PolkuJourney *journey;

  /* Nothing open: the start page. */
  assert_null (polku_window_get_document (window));
  assert_string_equal (gtk_stack_get_visible_child_name (window->stack), "empty");
  assert_true (POLKU_IS_START_PAGE (gtk_stack_get_visible_child (window->stack)));

  /* From the template, on the scale the preferences give. */
  g_settings_set_string (settings, "default-scale", "0-10");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-journey", NULL));
  assert_non_null (polku_window_get_document (window));
  assert_string_equal (gtk_stack_get_visible_child_name (window->stack), "map");
  journey = window_journey (window);
  assert_int_equal (g_list_model_get_n_items (polku_journey_get_phases (journey)), 3);
  assert_true (g_list_model_get_n_items (polku_phase_get_steps (polku_journey_get_phase (journey, 0))) > 0);
  assert_int_equal (polku_journey_get_scale_min (journey), 0);
  assert_int_equal (polku_journey_get_scale_max (journey), 10);
  assert_null (polku_window_get_file (window));
  assert_false (is_dirty (window));
  assert_string_equal (window_subtitle (window), "Not saved");
  g_settings_reset (settings, "default-scale");

  /* An untouched new journey makes way for the next. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-empty", NULL));
  assert_int_equal (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), 1);
  journey = window_journey (window);
  assert_int_equal (g_list_model_get_n_items (polku_journey_get_phases (journey)), 3);
  for (guint i = 0; i < 3; i++)
    assert_int_equal (g_list_model_get_n_items (polku_phase_get_steps (polku_journey_get_phase (journey, i))), 0);
  assert_int_equal (polku_journey_get_scale_max (journey), 5);

  /* An edited one is kept: the next goes to a window of its own. */
  edit_title (window, "Kept");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-journey", NULL));
  assert_int_equal (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), 2);
  assert_string_equal (polku_journey_get_title (window_journey (window)), "Kept");
  other = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  assert_true (other != window);
  assert_non_null (polku_window_get_document (other));

  /* The example, from the start page of a new window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  other = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  assert_null (polku_window_get_document (other));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.open-example", NULL));
  assert_string_equal (window_subtitle (other), "Example, not saved");
}

static gboolean
recent_lists (gpointer data)
{
  g_autoptr(GPtrArray) journeys = polku_recent_list_journeys (gtk_recent_manager_get_default (),
                                                              POLKU_RECENT_MAX);

  for (guint i = 0; i < journeys->len; i++)
    if (g_str_equal (gtk_recent_info_get_uri (g_ptr_array_index (journeys, i)), data))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_recent_row (PolkuStartPage *start_page,
                 const char     *uri)
{
  GtkListBox *list = polku_start_page_get_recent_list (start_page);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
        return row;
    }
  return NULL;
}

static PolkuStartPage *
window_start_page (PolkuWindow *window)
{
  return POLKU_START_PAGE (gtk_stack_get_child_by_name (window->stack, "empty"));
}

static gboolean
start_page_lists (gpointer data)
{
  PolkuWindow *window = data;

  return find_recent_row (window_start_page (window),
                          g_object_get_data (G_OBJECT (window), "uri")) != NULL;
}

static void
test_recent_files (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "recent.polku", polku_test_journey_xml);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  PolkuWindow *window;
  PolkuWindow *start;
  GtkWidget *row;

  /* Opening a file makes it recent. */
  window = open_in_new_window (path);
  assert_true (polku_test_wait_until (recent_lists, uri));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The start page lists it by its journey's title, with its file's name
   * and folder below, and its row opens it. */
  start = new_window ();
  g_object_set_data (G_OBJECT (start), "uri", uri);
  assert_true (polku_test_wait_until (start_page_lists, start));
  row = find_recent_row (window_start_page (start), uri);
  assert_string_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Test journey");
  assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "recent.polku in "));

  /* So does the Open button's menu. */
  assert_true (g_menu_model_get_n_items (G_MENU_MODEL (start->recent_menu)) >= 1);
  assert_ptr_equal (adw_split_button_get_menu_model (start->open_button), start->recent_menu);
  {
    g_autofree char *label = NULL;

    g_menu_model_get_item_attribute (G_MENU_MODEL (start->recent_menu), 0, "label", "s", &label);
    assert_string_equal (label, "Test journey — recent.polku");
  }

  g_signal_emit_by_name (row, "activate");
  assert_true (polku_test_wait_for_file (start, file));
  assert_int_equal (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), 1);

  /* A file already open is brought to the front, not opened twice. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  assert_null (polku_window_get_document (window));
  assert_null (window->loading_session);
}

static gboolean
n_windows_is (gpointer data)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))) == GPOINTER_TO_UINT (data);
}

static gboolean
all_windows_loaded (gpointer data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (polku_window_get_file (l->data) == NULL)
      return FALSE;
  return TRUE;
}

static void
test_dropped_files (void **state)
{
  g_autofree char *first_path = polku_test_write_file (tmp_dir, "first.polku", polku_test_journey_xml);
  g_autofree char *second_path = polku_test_write_file (tmp_dir, "second.polku", polku_test_journey_xml);
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autoptr(GSList) files = NULL;
  GValue value = G_VALUE_INIT;
  PolkuWindow *window = new_window ();
  gboolean handled = FALSE;

  files = g_slist_append (files, first);
  files = g_slist_append (files, second);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));

  /* Two files on an empty window: the first opens there, the next in a
   * window of its own. */
  g_signal_emit_by_name (window->drop_target, "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  assert_true (handled);
  assert_true (polku_test_wait_for_file (window, first));
  assert_true (polku_test_wait_until (n_windows_is, GUINT_TO_POINTER (2)));
  assert_true (polku_test_wait_until (all_windows_loaded, NULL));

  /* A single GFile, as some sources give, is taken too. */
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, second);
  g_signal_emit_by_name (window->drop_target, "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  assert_true (handled);
  assert_int_equal (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), 2);
}

/* Closing and quitting */

static void
test_close_asks_and_cancel_keeps_the_window (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "cancel.polku", polku_test_journey_xml);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  PolkuWindow *window = open_in_new_window (path);
  AdwMessageDialog *dialog;

  edit_title (window, "Changed");
  assert_true (g_str_has_prefix (window_subtitle (window), "• "));

  gtk_window_close (GTK_WINDOW (window));
  dialog = polku_test_wait_for_message_dialog (window);
  assert_string_equal (adw_message_dialog_get_heading (dialog), "Save Changes?");
  assert_non_null (strstr (adw_message_dialog_get_body (dialog), "“cancel.polku” has unsaved changes"));
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "cancel"), "_Cancel");
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "discard"), "_Discard");
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "save"), "_Save");
  assert_string_equal (adw_message_dialog_get_close_response (dialog), "cancel");

  /* Asking again brings the same dialog forward. */
  gtk_window_close (GTK_WINDOW (window));
  assert_ptr_equal (polku_test_find_message_dialog (window), dialog);

  polku_test_respond (dialog, "cancel");
  polku_test_run_for (100);
  assert_true (is_open (window));
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  assert_true (is_dirty (window));
  assert_string_equal (polku_journey_get_title (window_journey (window)), "Changed");
  after = read_bytes (path);
  assert_true (g_bytes_equal (before, after));

  /* A window without changes closes without asking. */
  g_clear_pointer (&after, g_bytes_unref);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  gtk_window_close (GTK_WINDOW (window));
  assert_false (is_open (window));
}

static void
test_close_discards (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "discard.polku", polku_test_journey_xml);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  PolkuWindow *window = open_in_new_window (path);

  edit_title (window, "Thrown away");
  gtk_window_close (GTK_WINDOW (window));
  polku_test_respond (polku_test_wait_for_message_dialog (window), "discard");
  assert_true (polku_test_wait_until (window_closed, window));

  after = read_bytes (path);
  assert_true (g_bytes_equal (before, after));
}

static void
test_close_saves_then_closes (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "save-close.polku", polku_test_journey_xml);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) saved = NULL;
  PolkuWindow *window = open_in_new_window (path);

  edit_title (window, "Saved on closing");
  expected = polku_writer_write (polku_window_get_document (window));
  gtk_window_close (GTK_WINDOW (window));
  polku_test_respond (polku_test_wait_for_message_dialog (window), "save");
  assert_true (polku_test_wait_until (window_closed, window));

  saved = read_bytes (path);
  assert_true (g_bytes_equal (saved, expected));
}

/* Opens a journey file name in a folder dir of its own, changes its title,
 * and deletes the file and the folder, as another program might. */
static PolkuWindow *
open_edit_and_delete (const char *dir,
                      const char *name,
                      const char *title)
{
  g_autofree char *path = NULL;
  PolkuWindow *window;

  g_mkdir (dir, 0700);
  path = polku_test_write_file (dir, name, polku_test_journey_xml);
  window = open_in_new_window (path);
  edit_title (window, title);
  g_unlink (path);
  g_rmdir (dir);
  return window;
}

static void
test_close_keeps_window_when_save_fails (void **state)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "going", NULL);
  PolkuWindow *window = open_edit_and_delete (dir, "gone.polku", "Nowhere to go");

  gtk_window_close (GTK_WINDOW (window));
  polku_test_respond (polku_test_wait_for_message_dialog (window), "save");

  /* Saving failed: the window stays, with its changes, and says why. */
  assert_true (polku_test_wait_for_toast (window, "Could not save “gone.polku”"));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  polku_test_run_for (100);
  assert_true (is_open (window));
  assert_true (is_dirty (window));
  assert_int_equal (polku_session_request_close (window->session), POLKU_CLOSE_ASK);
  assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_close_new_journey_and_cancel_save_as (void **state)
{
  PolkuWindow *window = new_window ();
  AdwMessageDialog *dialog;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-journey", NULL));
  edit_title (window, "Never saved");
  gtk_window_close (GTK_WINDOW (window));
  dialog = polku_test_wait_for_message_dialog (window);
  assert_non_null (strstr (adw_message_dialog_get_body (dialog), "“Never saved” has unsaved changes"));
  polku_test_respond (dialog, "save");

  /* No file yet: Save As asks where; cancelling it keeps the window. */
  assert_non_null (window->file_chooser);
  /* Let the chooser finish reading its folder: cancelled halfway, it would
   * leave an error dialog that takes the input of every window. */
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  g_signal_emit_by_name (window->file_chooser, "response", GTK_RESPONSE_CANCEL);
  assert_null (window->file_chooser);
  polku_test_run_for (100);
  assert_true (is_open (window));
  assert_true (is_dirty (window));
  assert_int_equal (polku_session_request_close (window->session), POLKU_CLOSE_ASK);
}

static void
test_quit_asks_and_cancel_keeps_the_window (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "quit.polku", polku_test_journey_xml);
  PolkuWindow *clean = open_in_new_window (path);
  PolkuWindow *dirty = new_window ();
  AdwMessageDialog *dialog;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (dirty), "win.new-journey", NULL));
  edit_title (dirty, "Unsaved at quitting");

  /* The clean window closes; the one with changes asks. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dialog = polku_test_wait_for_message_dialog (dirty);
  assert_true (polku_test_wait_until (window_closed, clean));
  polku_test_respond (dialog, "cancel");
  polku_test_run_for (100);
  assert_true (is_open (dirty));
  assert_true (is_dirty (dirty));

  /* Quitting again and discarding closes it: the last window goes. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  polku_test_respond (polku_test_wait_for_message_dialog (dirty), "discard");
  assert_true (polku_test_wait_until (window_closed, dirty));
  assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* Drafts */

static gboolean
draft_gone (gpointer data)
{
  PolkuWindow *window = data;
  g_autofree char *info = polku_test_dup_draft_path (window, ".draft");
  g_autofree char *path = polku_test_dup_draft_path (window, ".polku");

  return !g_file_test (info, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_EXISTS)
         && !polku_draft_get_busy (polku_session_get_draft (window->session));
}

static void
test_drafts_follow_changes (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "drafted.polku", polku_test_journey_xml);
  g_autofree char *info_path = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *recorded_uri = NULL;
  g_autoptr(GError) error = NULL;
  PolkuWindow *window = open_in_new_window (path);
  gint64 edited;

  /* Within a second of a change, the draft holds it and names the file.
   * (Under the sanitizers, which slow drawing the window's frames and so
   * the draft's timer in the same main loop, within as many seconds as
   * the tests run slower.) */
  edited = g_get_monotonic_time ();
  edit_title (window, "Drafted");
  assert_true (polku_test_wait_until (polku_test_draft_holds, window));
  print_message ("  the draft holds the change after %" G_GINT64_FORMAT " ms\n",
                 (g_get_monotonic_time () - edited) / 1000);
  assert_true (g_get_monotonic_time () - edited <= polku_test_get_slowdown () * G_USEC_PER_SEC);
  info_path = polku_test_dup_draft_path (window, ".draft");
  g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, &error);
  assert_null (error);
  recorded_uri = g_key_file_get_string (info, "Draft", "File", &error);
  assert_null (error);
  assert_string_equal (recorded_uri, uri);

  /* Later changes reach it too, as soon. */
  edited = g_get_monotonic_time ();
  edit_title (window, "Drafted again");
  assert_true (polku_test_wait_until (polku_test_draft_holds, window));
  assert_true (g_get_monotonic_time () - edited <= polku_test_get_slowdown () * G_USEC_PER_SEC);

  /* A real save removes it. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  assert_true (polku_test_wait_until (draft_gone, window));

  /* So does undoing back to the saved state. */
  edit_title (window, "Undone");
  assert_true (polku_test_wait_until (polku_test_draft_holds, window));
  polku_undo_stack_undo (_polku_window_get_undo_stack (window));
  assert_true (polku_test_wait_until (draft_gone, window));
}

/* Failing saves */

/* A small file system of our own, when this process may mount one. */
static gboolean
mount_tmpfs (const char *dir,
             const char *options)
{
  g_mkdir_with_parents (dir, 0700);
  if (mount ("tmpfs", dir, "tmpfs", 0, options) != 0)
    {
      print_message ("Cannot mount a tmpfs on %s (%s): skipping\n", dir, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static void
unmount (const char *dir)
{
  umount2 (dir, MNT_DETACH);
}

/* Saves the edited window and checks that it fails with an error shown,
 * the file on disk as it was and the document still unsaved. */
static void
assert_save_fails (PolkuWindow *window,
                   const char  *path,
                   GBytes      *before)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: ", name);
  g_autofree char *text = NULL;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  assert_true (polku_test_wait_for_toast (window, expected));
  text = _polku_window_dup_last_toast_text (window);
  print_message ("  the window says: %s\n", text);

  assert_true (is_dirty (window));
  assert_true (g_str_has_prefix (window_subtitle (window), "• "));

  /* Nothing that finishes late touches the file either. */
  polku_test_run_for (300);
  if (before != NULL)
    {
      g_autoptr(GBytes) after = read_bytes (path);

      assert_true (g_bytes_equal (before, after));
    }
  else
    {
      assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_save_to_read_only_folder_fails (void **state)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "read-only", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  gboolean mounted = FALSE;
  PolkuWindow *window;

  /* As root, permissions do not stop writing: a read-only mount does. */
  if (geteuid () == 0)
    {
      if (!mount_tmpfs (dir, "size=256k"))
        skip ();
      mounted = TRUE;
    }
  else
    {
      g_mkdir (dir, 0700);
    }

  path = polku_test_write_file (dir, "locked.polku", polku_test_journey_xml);
  before = read_bytes (path);
  window = open_in_new_window (path);
  edit_title (window, "Cannot be written");

  if (mounted)
    {
      if (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL) != 0)
        {
          print_message ("Cannot make %s read-only (%s): skipping\n", dir, g_strerror (errno));
          gtk_window_destroy (GTK_WINDOW (window));
          unmount (dir);
          skip ();
        }
    }
  else
    {
      g_chmod (path, 0444);
      g_chmod (dir, 0555);
    }

  assert_save_fails (window, path, before);

  gtk_window_destroy (GTK_WINDOW (window));
  if (mounted)
    unmount (dir);
  else
    g_chmod (dir, 0700);
}

static void
test_save_to_vanished_path_fails (void **state)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "vanishing", NULL);
  g_autofree char *path = g_build_filename (dir, "vanished.polku", NULL);
  PolkuWindow *window = open_edit_and_delete (dir, "vanished.polku", "Its folder went");

  /* The window notices the file go, and says so. */
  assert_true (polku_test_wait_for_toast (window, "“vanished.polku” was deleted or moved by another program"));

  assert_save_fails (window, path, NULL);
  assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_save_to_full_disk_fails (void **state)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "full", NULL);
  g_autofree char *path = NULL;
  g_autofree char *filler = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GString) long_title = g_string_new ("A title longer than the space left: ");
  char block[4096];
  PolkuWindow *window;
  FILE *stream;

  if (!mount_tmpfs (dir, "size=64k"))
    skip ();

  path = polku_test_write_file (dir, "full.polku", polku_test_journey_xml);
  before = read_bytes (path);
  window = open_in_new_window (path);
  for (guint i = 0; i < 200; i++)
    g_string_append (long_title, "and more ");
  edit_title (window, long_title->str);

  /* Fill the file system to the last byte. */
  filler = g_build_filename (dir, "filler", NULL);
  stream = fopen (filler, "w");
  assert_non_null (stream);
  memset (block, 'x', sizeof block);
  while (fwrite (block, 1, sizeof block, stream) == sizeof block && fflush (stream) == 0)
    ;
  while (fputc ('x', stream) != EOF && fflush (stream) == 0)
    ;
  fclose (stream);

  assert_save_fails (window, path, before);

  gtk_window_destroy (GTK_WINDOW (window));
  unmount (dir);
}

static void
test_save_keeps_links_and_modes (void **state)
{
  g_autofree char *target = polku_test_write_file (tmp_dir, "target.polku", polku_test_journey_xml);
  g_autofree char *link = g_build_filename (tmp_dir, "link.polku", NULL);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *points_to = NULL;
  PolkuWindow *window;
  GStatBuf buf;

  g_chmod (target, 0640);
  assert_int_equal (symlink ("target.polku", link), 0);

  window = open_in_new_window (link);
  edit_title (window, "Through a link");
  expected = polku_writer_write (polku_window_get_document (window));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  assert_false (is_dirty (window));

  /* The link still points where it did, and the file there changed,
   * keeping who may read it; no temporary file is left behind. */
  points_to = g_file_read_link (link, NULL);
  assert_string_equal (points_to, "target.polku");
  saved = read_bytes (target);
  assert_true (g_bytes_equal (saved, expected));
  assert_int_equal (g_stat (target, &buf), 0);
  assert_int_equal (buf.st_mode & 0777, 0640);
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      assert_false (g_str_has_prefix (name, ".target.polku."));
  }
}

/* What a save cut short by a crash left beside the file: it goes when the
 * file is opened. */
static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_opening_removes_leftovers (void **state)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "crashed", NULL);
  g_autofree char *path = NULL;
  g_autofree char *name = g_strdup_printf (".left.polku" POLKU_FILE_WRITE_TEMPORARY_MARK "%d-0-aB3dEf",
                                           polku_test_ended_pid ());
  g_autofree char *leftover = NULL;

  assert_int_equal (g_mkdir (dir, 0700), 0);
  path = polku_test_write_file (dir, "left.polku", polku_test_journey_xml);
  leftover = polku_test_write_file (dir, name, "<?xml version=\"1.0\"?><polku");

  open_in_new_window (path);
  assert_true (polku_test_wait_until (file_gone, leftover));
  assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Files changed by other programs */

static gboolean
title_is (gpointer data)
{
  PolkuWindow *window = data;

  return g_strcmp0 (polku_journey_get_title (window_journey (window)),
                    g_object_get_data (G_OBJECT (window), "title")) == 0;
}

static void
test_file_changed_on_disk (void **state)
{
  g_autofree char *path = polku_test_write_file (tmp_dir, "changing.polku", polku_test_journey_xml);
  g_autofree char *changed_xml = NULL;
  g_autofree char *again_xml = NULL;
  PolkuWindow *window = open_in_new_window (path);
  AdwMessageDialog *dialog;
  GError *error = NULL;

  /* Another program writes the file: the window asks what to do. */
  changed_xml = g_strdup (polku_test_journey_xml);
  memcpy (strstr (changed_xml, "Test journey"), "Their change", strlen ("Their change"));
  polku_test_run_for (50);
  g_file_set_contents (path, changed_xml, -1, &error);
  assert_null (error);
  dialog = polku_test_wait_for_message_dialog (window);
  assert_string_equal (adw_message_dialog_get_heading (dialog), "File Changed on Disk");
  assert_non_null (strstr (adw_message_dialog_get_body (dialog), "Another program changed “changing.polku”"));
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "reload"), "_Reload");
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "keep"), "_Keep Mine");

  /* Reloading shows their version. */
  polku_test_respond (dialog, "reload");
  g_object_set_data (G_OBJECT (window), "title", (gpointer) "Their change");
  assert_true (polku_test_wait_until (title_is, window));
  assert_false (is_dirty (window));

  /* The window's own saves are not another program's. */
  edit_title (window, "My change");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  polku_test_run_for (600);
  assert_null (polku_test_find_message_dialog (window));
  assert_false (is_dirty (window));

  /* Keeping mine leaves the document as it is, to be saved over theirs. */
  again_xml = g_strdup (polku_test_journey_xml);
  memcpy (strstr (again_xml, "Test journey"), "Their second", strlen ("Their second"));
  g_file_set_contents (path, again_xml, -1, &error);
  assert_null (error);
  polku_test_respond (polku_test_wait_for_message_dialog (window), "keep");
  polku_test_run_for (100);
  assert_string_equal (polku_journey_get_title (window_journey (window)), "My change");
  assert_true (is_dirty (window));
  assert_null (polku_test_find_message_dialog (window));
}

/* Preferences and the window */

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, found);
    }
}

/* The first widget of type inside widget, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
test_preferences (void **state)
{
  PolkuWindow *window = new_window ();
  GtkWindow *preferences;
  AdwComboRow *scale_row;
  GtkSwitch *outline_switch;
  PolkuWindow *other;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = polku_test_find_toplevel (POLKU_TYPE_PREFERENCES_WINDOW, NULL);
  assert_non_null (preferences);
  assert_ptr_equal (gtk_window_get_transient_for (preferences), GTK_WINDOW (window));

  /* Each row shows its setting and changes it. */
  scale_row = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  assert_int_equal (adw_combo_row_get_selected (scale_row), 0);
  adw_combo_row_set_selected (scale_row, 2);
  assert_int_equal (g_settings_get_enum (settings, "default-scale"), 2);

  /* The panes follow at once, and new windows take them as they are. */
  outline_switch = GTK_SWITCH (find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SWITCH));
  assert_true (gtk_switch_get_active (outline_switch));
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window->outline)));
  gtk_switch_set_active (outline_switch, FALSE);
  assert_false (g_settings_get_boolean (settings, "show-outline"));
  assert_false (gtk_widget_get_visible (GTK_WIDGET (window->outline)));
  other = new_window ();
  assert_false (gtk_widget_get_visible (GTK_WIDGET (other->outline)));
  assert_true (gtk_widget_get_visible (GTK_WIDGET (other->inspector)));

  /* Hiding a pane in a window is remembered for the next. */
  g_object_set (other, "show-inspector", FALSE, NULL);
  assert_false (g_settings_get_boolean (settings, "show-inspector"));
  g_settings_reset (settings, "show-inspector");
  gtk_window_destroy (GTK_WINDOW (other));

  /* A new journey takes the scale. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-journey", NULL));
  assert_int_equal (polku_journey_get_scale_min (window_journey (window)), 1);
  assert_int_equal (polku_journey_get_scale_max (window_journey (window)), 10);

  gtk_window_destroy (preferences);
  g_settings_reset (settings, "default-scale");
  g_settings_reset (settings, "show-outline");
}

/* Fitting and panning the map */

static gboolean
map_is_drawable (gpointer data)
{
  GtkWidget *map_view = GTK_WIDGET (_polku_window_get_map_view (data));

  return gtk_widget_get_mapped (map_view) && gtk_widget_get_width (map_view) > 100;
}

static void
get_adjustments (PolkuMapView   *map_view,
                 GtkAdjustment **hadjustment,
                 GtkAdjustment **vadjustment)
{
  *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (map_view));
  *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (map_view));
}

static gboolean
fits (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_upper (adjustment) <= gtk_adjustment_get_page_size (adjustment);
}

static void
test_fit_and_pan (void **state)
{
  PolkuWindow *window = new_window ();
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  GtkAdjustment *hadjustment, *vadjustment;

  assert_true (polku_zoom_to_fit (1000, 500, 500, 500) == 0.5 * (1.0 - 1e-9));
  assert_true (polku_zoom_to_fit (100, 100, 1000, 800) == POLKU_MAP_VIEW_ZOOM_MAX);
  /* A long strip fits too, however small that makes it. */
  assert_true (polku_zoom_to_fit (100000, 100, 500, 500) == 0.005 * (1.0 - 1e-9));

  /* The map alone, as on a projector. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 800);
  g_object_set (window, "show-outline", FALSE, "show-inspector", FALSE, NULL);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  assert_true (polku_test_wait_until (map_is_drawable, window));
  get_adjustments (map_view, &hadjustment, &vadjustment);

  /* At 100 % the example wraps into rows as wide as the window, taller
   * than it… */
  assert_true (polku_map_view_get_zoom (map_view) == 1.0);
  assert_true (polku_map_view_get_wrap (map_view));
  assert_true (fits (hadjustment));
  assert_false (fits (vadjustment));

  /* …and fitted, all of it shows, spaced as a page's fit: at 100 % or
   * more on this window. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  assert_true (polku_map_view_get_zoom (map_view) >= 1.0);
  assert_true (fits (hadjustment));
  assert_true (fits (vadjustment));

  /* In one strip, at 100 % the example is wider than the window, and
   * fitted it shows whole, smaller. */
  g_settings_set_boolean (settings, "wrap-map", FALSE);
  assert_false (polku_map_view_get_wrap (map_view));
  polku_map_view_set_zoom (map_view, 1.0);
  assert_false (fits (hadjustment));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  assert_true (fits (hadjustment));
  assert_true (fits (vadjustment));
  g_settings_reset (settings, "show-outline");
  g_settings_reset (settings, "show-inspector");

  /* Panning moves the strip as far as it goes. */
  polku_map_view_set_zoom (map_view, 1.0);
  gtk_adjustment_set_value (hadjustment, 0);
  polku_map_view_pan (map_view, 120, 0);
  assert_true (gtk_adjustment_get_value (hadjustment) == 120);
  polku_map_view_pan (map_view, -500, 0);
  assert_true (gtk_adjustment_get_value (hadjustment) == 0);
  g_settings_reset (settings, "wrap-map");
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         value;
} AdjustmentAt;

static gboolean
adjustment_is_at (gpointer data)
{
  AdjustmentAt *at = data;

  return G_APPROX_VALUE (gtk_adjustment_get_value (at->adjustment), at->value, 0.5);
}

static void
test_pan_by_dragging (void **state)
{
  PolkuWindow *window = new_window ();
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  GtkAdjustment *hadjustment, *vadjustment;
  double x, y;
  gulong xid;
  AdjustmentAt at;
  g_autofree char *xdotool_path = g_find_program_in_path ("xdotool");

  if (xdotool_path == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      print_message ("No xdotool or no X11 display: skipping\n");
      skip ();
    }

  /* The map in one strip, wider than the window. */
  g_settings_set_boolean (settings, "wrap-map", FALSE);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  assert_true (polku_test_wait_until (map_is_drawable, window));
  polku_test_wait_for_frames (GTK_WIDGET (map_view), 2);
  get_adjustments (map_view, &hadjustment, &vadjustment);
  gtk_widget_grab_focus (GTK_WIDGET (map_view));

  /* A point inside the map, in the X window's coordinates. */
  polku_test_point_in_window (GTK_WIDGET (map_view), 300, 200, &x, &y);
  xid = polku_test_window_xid (GTK_WIDGET (window));

  /* The middle button drags the map along: 200 pixels left shows what
   * was 200 pixels to the right. */
  polku_test_xdotool ("mousemove --window %lu %d %d mousedown 2 "
                      "mousemove --window %lu %d %d mousemove --window %lu %d %d mouseup 2",
                      xid, (int) x, (int) y,
                      xid, (int) x - 100, (int) y,
                      xid, (int) x - 200, (int) y);
  at = (AdjustmentAt) { hadjustment, 200 };
  assert_true (polku_test_wait_until (adjustment_is_at, &at));

  /* With Space held, the primary button does the same. */
  polku_test_xdotool ("mousemove --window %lu %d %d keydown space mousedown 1 "
                      "mousemove --window %lu %d %d mousemove --window %lu %d %d "
                      "mouseup 1 keyup space",
                      xid, (int) x - 200, (int) y,
                      xid, (int) x - 250, (int) y,
                      xid, (int) x - 300, (int) y);
  at = (AdjustmentAt) { hadjustment, 300 };
  assert_true (polku_test_wait_until (adjustment_is_at, &at));

  /* Without it, the primary button leaves the view where it is. */
  polku_test_xdotool ("mousemove --window %lu %d %d mousedown 1 "
                      "mousemove --window %lu %d %d mouseup 1",
                      xid, (int) x, (int) y + 300,
                      xid, (int) x - 100, (int) y + 300);
  polku_test_wait_for_x_events (GTK_WIDGET (window));
  assert_true (G_APPROX_VALUE (gtk_adjustment_get_value (hadjustment), 300, 0.5));
  g_settings_reset (settings, "wrap-map");
}

static void
test_window_size_is_remembered (void **state)
{
  PolkuWindow *window = new_window ();
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_close (GTK_WINDOW (window));
  assert_int_equal (g_settings_get_int (settings, "window-width"), 900);
  assert_int_equal (g_settings_get_int (settings, "window-height"), 640);
  assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  assert_int_equal (width, 900);
  assert_int_equal (height, 640);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown (test_start_page_and_new_journeys, teardown_windows),
    cmocka_unit_test_teardown (test_recent_files, teardown_windows),
    cmocka_unit_test_teardown (test_dropped_files, teardown_windows),
    cmocka_unit_test_teardown (test_close_asks_and_cancel_keeps_the_window, teardown_windows),
    cmocka_unit_test_teardown (test_close_discards, teardown_windows),
    cmocka_unit_test_teardown (test_close_saves_then_closes, teardown_windows),
    cmocka_unit_test_teardown (test_close_keeps_window_when_save_fails, teardown_windows),
    cmocka_unit_test_teardown (test_close_new_journey_and_cancel_save_as, teardown_windows),
    cmocka_unit_test_teardown (test_drafts_follow_changes, teardown_windows),
    cmocka_unit_test_teardown (test_save_to_read_only_folder_fails, teardown_windows),
    cmocka_unit_test_teardown (test_save_to_vanished_path_fails, teardown_windows),
    cmocka_unit_test_teardown (test_save_to_full_disk_fails, teardown_windows),
    cmocka_unit_test_teardown (test_save_keeps_links_and_modes, teardown_windows),
    cmocka_unit_test_teardown (test_opening_removes_leftovers, teardown_windows),
    cmocka_unit_test_teardown (test_file_changed_on_disk, teardown_windows),
    cmocka_unit_test_teardown (test_preferences, teardown_windows),
    cmocka_unit_test_teardown (test_window_size_is_remembered, teardown_windows),
    cmocka_unit_test_teardown (test_fit_and_pan, teardown_windows),
    cmocka_unit_test_teardown (test_pan_by_dragging, teardown_windows),
    cmocka_unit_test_teardown (test_quit_asks_and_cancel_keeps_the_window, teardown_windows),
  };
  g_autofree char *data_home = NULL;
  int failed;

  /* Recent files and drafts go to a folder of the test's own. */
  data_home = polku_test_use_data_home ("polku-test-files-data-XXXXXX");
  polku_test_fail_on_warnings ();

  failed = cmocka_run_group_tests_name ("files", tests, setup_app, teardown_app);
  polku_test_remove_tree (data_home);
  return failed;
}
