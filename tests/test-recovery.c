/* test-recovery.c: unsaved changes survive a crash
 *
 * The test runs itself as a child that opens a journey, edits it, waits for
 * the draft and is then killed with SIGKILL; the next start of the
 * application offers the draft back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>

#include "polku-test-ui.h"

#define EDITED_TITLE "Edited before the crash"
#define EDITED_NAME "Call centre, renamed before the crash"

static char *self_path;
static char *data_home;
static char *tmp_dir;

/* The edits the child makes, as commands on document. */
static void
edit (PolkuDocument *document,
      void         (*push) (gpointer target, PolkuCommand *command),
      gpointer       target)
{
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, 0), 0);
  PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, 0);
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, EDITED_TITLE);
  push (target, polku_command_new_set_property (G_OBJECT (journey), "title", &value));
  g_value_set_string (&value, EDITED_NAME);
  push (target, polku_command_new_set_property (G_OBJECT (touchpoint), "name", &value));
  g_value_unset (&value);
}

static void
push_to_window (gpointer      target,
                PolkuCommand *command)
{
  _polku_window_push_command (target, command);
}

static void
apply_now (gpointer      target,
           PolkuCommand *command)
{
  polku_command_apply (command);
  g_object_unref (command);
}

/* What the document is after the child's edits, as the writer saves it. */
static GBytes *
expected_bytes (void)
{
  g_autoptr(GBytes) original = g_bytes_new_static (polku_test_journey_xml, strlen (polku_test_journey_xml));
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = polku_reader_load_bytes (original, "crash.polku", &error);
  assert_null (error);
  edit (document, apply_now, NULL);
  return polku_writer_write (document);
}

/* The child */

static gboolean
window_has_file (gpointer data)
{
  return polku_window_get_file (data) != NULL;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Opens path, edits it, says "ready" when the draft is on disk and runs
 * until it is killed; or, when at_once, says "edited" and when, in
 * microseconds of the monotonic clock, as soon as it has edited. */
static int
run_child (const char *path,
           gboolean    at_once)
{
  g_autoptr(PolkuApplication) app = polku_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuWindow *window;

  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    return 2;

  window = polku_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  polku_window_open_file (window, file);
  if (!polku_test_wait_until (window_has_file, window))
    return 3;

  edit (polku_window_get_document (window), push_to_window, window);
  if (at_once)
    {
      printf ("edited %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      fflush (stdout);
    }
  else
    {
      if (!polku_test_wait_until (polku_test_draft_holds, window))
        return 4;
      printf ("ready\n");
      fflush (stdout);
    }

  /* Until killed; a parent that forgot is not waited for long. */
  polku_test_wait_until (never, NULL);
  return 5;
}

/* The parent */

typedef struct
{
  char     *line;
  gboolean  done;
} LineRead;

static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LineRead *read = user_data;

  read->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object), result, NULL, NULL);
  read->done = TRUE;
}

static gboolean
line_read (gpointer data)
{
  return ((LineRead *) data)->done;
}

static gboolean
time_reached (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/* Runs the child on path and kills it once its draft is written or, when
 * after_edit is not 0, that many microseconds after its edit. */
static void
crash_child (const char *path,
             gint64      after_edit)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autoptr(GError) error = NULL;
  LineRead read = { NULL, FALSE };

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            self_path, after_edit != 0 ? "--child-at-once" : "--child", path, NULL);
  assert_null (error);

  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  g_data_input_stream_read_line_async (output, G_PRIORITY_DEFAULT, NULL, read_line_cb, &read);
  assert_true (polku_test_wait_until (line_read, &read));
  if (after_edit != 0)
    {
      gint64 kill_time;

      assert_true (g_str_has_prefix (read.line, "edited "));
      kill_time = g_ascii_strtoll (read.line + strlen ("edited "), NULL, 10) + after_edit;
      assert_true (polku_test_wait_until (time_reached, &kill_time));
    }
  else
    {
      assert_string_equal (read.line, "ready");
    }
  g_free (read.line);

  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  assert_null (error);
  assert_true (g_subprocess_get_if_signaled (child));
  assert_int_equal (g_subprocess_get_term_sig (child), SIGKILL);
}

static guint
count_drafts (void)
{
  g_autofree char *dir = polku_drafts_dup_default_dir ();
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  if (folder != NULL)
    while (g_dir_read_name (folder) != NULL)
      n++;
  return n;
}

static gboolean
no_drafts_left (gpointer data)
{
  PolkuWindow *window = data;

  return count_drafts () == 0 && (window == NULL || !polku_draft_get_busy (polku_session_get_draft (window->session)));
}

static PolkuApplication *
start_app (void)
{
  static guint n_starts;
  g_autofree char *id = g_strdup_printf ("%s.Start%u", APP_ID, ++n_starts);
  /* A name of its own on the bus: each start is a new application. */
  PolkuApplication *app = polku_test_app_new (id);

  g_application_activate (G_APPLICATION (app));
  return app;
}

static gboolean
draft_idle (gpointer data)
{
  return !polku_draft_get_busy (polku_session_get_draft (((PolkuWindow *) data)->session));
}

static void
test_restore_after_crash (void **state)
{
  g_autofree char *path = g_build_filename (tmp_dir, "crash.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = expected_bytes ();
  g_autoptr(GBytes) restored = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *draft_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuApplication) app = NULL;
  AdwMessageDialog *dialog;
  PolkuWindow *window;
  const char *body;
  gsize length;

  g_file_set_contents (path, polku_test_journey_xml, -1, &error);
  assert_null (error);
  crash_child (path, 0);
  assert_int_equal (count_drafts (), 2);
  {
    g_autofree char *dir = polku_drafts_dup_default_dir ();
    g_autoptr(GPtrArray) orphans = polku_drafts_list_orphans (dir);

    assert_int_equal (orphans->len, 1);
    draft_id = g_strdup (((PolkuDraftInfo *) g_ptr_array_index (orphans, 0))->id);
  }

  /* The next start offers the draft, naming the journey and its file. */
  app = start_app ();
  dialog = polku_test_wait_for_message_dialog (NULL);
  assert_string_equal (adw_message_dialog_get_heading (dialog), "Recover Unsaved Changes?");
  body = adw_message_dialog_get_body (dialog);
  print_message ("  the offer: %s\n", body);
  assert_non_null (strstr (body, "Polku stopped before a journey was saved:"));
  assert_non_null (strstr (body, "“" EDITED_TITLE "” in crash.polku, changed "));
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "restore"), "_Restore");
  assert_string_equal (adw_message_dialog_get_response_label (dialog, "discard"), "_Discard");

  polku_test_respond (dialog, "restore");

  /* The edits are back, unsaved, for the original file. */
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  assert_non_null (polku_window_get_document (window));
  restored = polku_writer_write (polku_window_get_document (window));
  assert_true (g_bytes_equal (restored, expected));
  assert_true (g_file_equal (polku_window_get_file (window), file));
  assert_true (polku_undo_stack_get_dirty (_polku_window_get_undo_stack (window)));
  assert_string_equal (adw_window_title_get_subtitle (window->window_title), "• crash.polku");
  assert_string_equal (gtk_window_get_title (GTK_WINDOW (window)), EDITED_TITLE);

  /* The file itself was never touched. */
  g_file_get_contents (path, &on_disk, &length, &error);
  assert_null (error);
  assert_int_equal (length, strlen (polku_test_journey_xml));
  assert_memory_equal (on_disk, polku_test_journey_xml, length);

  /* The draft carries on, now this process's, until a real save. */
  assert_string_equal (polku_draft_get_id (polku_session_get_draft (window->session)), draft_id);
  assert_true (polku_test_wait_until (draft_idle, window));
  assert_int_equal (count_drafts (), 2);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  assert_true (polku_test_wait_until (no_drafts_left, window));
  g_clear_pointer (&on_disk, g_free);
  g_file_get_contents (path, &on_disk, &length, &error);
  assert_int_equal (length, g_bytes_get_size (expected));
  assert_memory_equal (on_disk, g_bytes_get_data (expected, NULL), length);

  polku_test_app_quit (g_steal_pointer (&app), 200);
}

static void
test_discard_after_crash (void **state)
{
  g_autofree char *path = g_build_filename (tmp_dir, "discarded.polku", NULL);
  g_autoptr(GError) error = NULL;
  PolkuApplication *app;
  PolkuWindow *window;

  g_file_set_contents (path, polku_test_journey_xml, -1, &error);
  assert_null (error);
  crash_child (path, 0);

  app = start_app ();
  polku_test_respond (polku_test_wait_for_message_dialog (NULL), "discard");

  /* Gone, and the window shows the start page. */
  assert_true (polku_test_wait_until (no_drafts_left, NULL));
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  assert_null (polku_window_get_document (window));
  polku_test_app_quit (app, 200);

  /* Nothing is offered at the next start. */
  app = start_app ();
  g_main_context_iteration (NULL, FALSE);
  assert_null (polku_test_find_message_dialog (NULL));
  polku_test_app_quit (app, 200);
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* A draft that a crash cut short while it was written goes at the next
 * start. */
static void
test_start_removes_cut_drafts (void **state)
{
  g_autofree char *dir = polku_drafts_dup_default_dir ();
  g_autofree char *name = g_strdup_printf (".cut.polku" POLKU_FILE_WRITE_TEMPORARY_MARK "%d-0-aB3dEf",
                                           polku_test_ended_pid ());
  g_autofree char *leftover = NULL;
  PolkuApplication *app;

  assert_int_equal (g_mkdir_with_parents (dir, 0700), 0);
  leftover = polku_test_write_file (dir, name, "<?xml version=\"1.0\"?><polku");

  app = start_app ();
  assert_true (polku_test_wait_until (file_gone, leftover));
  assert_null (polku_test_find_message_dialog (NULL));
  polku_test_app_quit (app, 200);
}

/* At most a second of typing is lost: an edit killed a second after it
 * was made is in the draft. (Under the sanitizers, as many seconds as the
 * tests run slower: there drawing the window's frames holds up the draft's
 * timer.) */
static void
test_edit_a_second_before_the_crash_is_kept (void **state)
{
  g_autofree char *path = g_build_filename (tmp_dir, "second.polku", NULL);
  g_autofree char *dir = polku_drafts_dup_default_dir ();
  g_autoptr(GBytes) expected = expected_bytes ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(PolkuDocument) recovered = NULL;
  g_autoptr(GBytes) drafted = NULL;
  g_autoptr(GError) error = NULL;
  PolkuDraftInfo *info;

  g_file_set_contents (path, polku_test_journey_xml, -1, &error);
  assert_null (error);
  crash_child (path, polku_test_get_slowdown () * G_USEC_PER_SEC);

  orphans = polku_drafts_list_orphans (dir);
  assert_int_equal (orphans->len, 1);
  info = g_ptr_array_index (orphans, 0);
  assert_string_equal (info->title, EDITED_TITLE);
  recovered = polku_draft_info_load (info, &error);
  assert_null (error);
  drafted = polku_writer_write (recovered);
  assert_true (g_bytes_equal (drafted, expected));

  assert_true (polku_drafts_remove (dir, info->id, &error));
  assert_int_equal (count_drafts (), 0);
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_restore_after_crash),
    cmocka_unit_test (test_discard_after_crash),
    cmocka_unit_test (test_edit_a_second_before_the_crash_is_kept),
    cmocka_unit_test (test_start_removes_cut_drafts),
  };
  int failed;

  polku_test_set_wait_seconds (15);
  polku_test_fail_on_warnings ();

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], FALSE);
  if (argc == 3 && g_str_equal (argv[1], "--child-at-once"))
    return run_child (argv[2], TRUE);

  /* Drafts go to a folder of the test's own, which the child inherits. */
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);
  data_home = polku_test_use_data_home ("polku-test-recovery-data-XXXXXX");
  tmp_dir = polku_test_make_tmp_dir ("polku-test-recovery-XXXXXX");

  failed = cmocka_run_group_tests_name ("recovery", tests, NULL, NULL);

  polku_test_remove_tree (data_home);
  polku_test_remove_tree (tmp_dir);
  g_free (data_home);
  g_free (tmp_dir);
  g_free (self_path);
  return failed;
}
