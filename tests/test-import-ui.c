/* test-import-ui.c: journeys and survey answers imported through the window,
 * run for real under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-answers-dialog.h"
#include "polku-test-ui.h"

static PolkuApplication *app;
static char *tmp_dir;

static int
setup_app (void **state)
{
  tmp_dir = polku_test_make_tmp_dir ("polku-test-import-XXXXXX");
  app = polku_test_app_new (APP_ID);
  return 0;
}

static int
teardown_app (void **state)
{
  polku_test_app_quit (g_steal_pointer (&app), 300);
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

static GFile *
interop_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", "interop", name, NULL);

  return g_file_new_for_path (path);
}

static PolkuWindow *
new_window (void)
{
  PolkuWindow *window = polku_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

typedef struct
{
  PolkuWindow *window;
  const char  *title;
} Shows;

/* A condition: the window shows a journey of that title. */
static gboolean
shows_journey (gpointer data)
{
  Shows *shows = data;
  PolkuJourney *journey = _polku_window_get_journey (shows->window);

  return journey != NULL && g_str_equal (polku_journey_get_title (journey), shows->title);
}

static gboolean
has_rounds (gpointer data)
{
  return polku_journey_get_n_rounds (_polku_window_get_journey (data)) > 0;
}

static gboolean
has_undo (gpointer data)
{
  return polku_undo_stack_can_undo (_polku_window_get_undo_stack (data));
}

/* A Mermaid diagram names its sections: the dialog asks which phase each
 * is, and the journey opens in the window as a new document, the diagram's
 * notes in a toast. */
static void
test_import_asks_for_phases (void **state)
{
  g_autoptr(GFile) file = interop_file ("mermaid-quirks.mmd");
  PolkuWindow *window = new_window ();
  Shows shows = { window, "My working day" };
  AdwMessageDialog *dialog;
  PolkuJourney *journey;

  polku_window_import_file (window, file);
  dialog = polku_test_wait_for_message_dialog (window);
  assert_string_equal (adw_message_dialog_get_heading (dialog), "Assign Phases");
  polku_test_respond (dialog, "import");

  assert_true (polku_test_wait_until (shows_journey, &shows));
  journey = _polku_window_get_journey (window);
  assert_string_equal (polku_phase_get_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE)), "Work");
  assert_null (polku_window_get_file (window));
  assert_true (polku_test_wait_for_toast (window, "mermaid-quirks.mmd:16: “Cat” after the people of “Go” is left out"));
}

/* A spreadsheet while a journey shows: updating it is one undo step. */
static void
test_import_spreadsheet_updates_the_journey (void **state)
{
  g_autofree char *csv = polku_test_write_file (tmp_dir, "update.csv",
                                                "phase,step,touchpoint,score\r\n"
                                                "pre-purchase,Calling,Call centre,4.5\r\n"
                                                "purchase,Paying,Invoice,3\r\n");
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  PolkuWindow *window = new_window ();
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (polku_test_journey_xml, strlen (polku_test_journey_xml));
  g_autoptr(PolkuSession) session = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  AdwMessageDialog *dialog;
  PolkuJourney *journey;
  PolkuStep *step;

  document = polku_reader_load_bytes (bytes, "test.polku", NULL);
  session = polku_session_new_for_document (NULL, document, NULL);
  _polku_window_set_session (window, session);
  before = polku_writer_write (document);

  polku_window_import_file (window, file);
  dialog = polku_test_wait_for_message_dialog (window);
  assert_string_equal (adw_message_dialog_get_heading (dialog), "Import Spreadsheet");
  polku_test_respond (dialog, "update");
  assert_true (polku_test_wait_until (has_undo, window));

  journey = _polku_window_get_journey (window);
  step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE), 0);
  assert_true (polku_touchpoint_get_score (polku_step_get_touchpoint (step, 0)) == 4.5);
  step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0);
  assert_string_equal (polku_step_get_name (step), "Paying");
  assert_string_equal (polku_undo_stack_get_undo_label (_polku_window_get_undo_stack (window)),
                       "Update from Spreadsheet");

  assert_true (polku_undo_stack_undo (_polku_window_get_undo_stack (window)));
  after = polku_writer_write (document);
  assert_true (g_bytes_equal (before, after));
}

/* The answers dialog previews the counts; importing adds a round, which
 * undo takes back whole. */
static void
test_import_answers (void **state)
{
  g_autoptr(GFile) file = interop_file ("answers-google-forms.csv");
  g_autofree char *journey_path = polku_test_write_file (tmp_dir, "answers.polku",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<polku xmlns=\"urn:polku:journey\" format=\"1\"><journey id=\"j\">"
    "<title>Answers</title><segment><name>Drivers</name></segment><scale min=\"1\" max=\"5\"/>"
    "<phase kind=\"pre-purchase\"/><phase kind=\"purchase\"><step id=\"s1\"><name>Booking</name>"
    "<touchpoint id=\"t1\" channel=\"phone\" criticality=\"critical\" role=\"prerequisite\"><name>Call centre</name></touchpoint>"
    "<touchpoint id=\"t2\" channel=\"booking-system\" criticality=\"non-critical\" role=\"opportunity\"><name>Web booking</name></touchpoint>"
    "</step></phase><phase kind=\"post-purchase\"/></journey></polku>\n");
  g_autoptr(GFile) journey_file = g_file_new_for_path (journey_path);
  PolkuWindow *window = new_window ();
  AdwMessageDialog *dialog;
  PolkuJourney *journey;
  const char *preview;

  polku_window_open_file (window, journey_file);
  assert_true (polku_test_wait_for_file (window, journey_file));

  polku_window_import_answers (window, file);
  dialog = polku_test_wait_for_message_dialog (window);
  assert_true (POLKU_IS_ANSWERS_DIALOG (dialog));
  preview = polku_answers_dialog_get_preview (POLKU_ANSWERS_DIALOG (dialog));
  assert_true (g_str_has_prefix (preview, "Counted 5 answers; skipped 0.\n"
                                          "Call centre: satisfaction, 2 answers, 3.00\n"
                                          "Web booking: NPS, 3 answers, 67"));
  polku_test_respond (dialog, "import");

  assert_true (polku_test_wait_until (has_rounds, window));
  journey = _polku_window_get_journey (window);
  assert_string_equal (polku_round_get_date (polku_journey_get_round (journey, 0)), "2026-03-16");
  assert_string_equal (polku_round_get_source (polku_journey_get_round (journey, 0)), "answers-google-forms.csv");
  assert_string_equal (polku_undo_stack_get_undo_label (_polku_window_get_undo_stack (window)), "Import Answers");
  assert_true (polku_window_get_dirty (window));

  assert_true (polku_undo_stack_undo (_polku_window_get_undo_stack (window)));
  assert_int_equal (polku_journey_get_n_rounds (journey), 0);
  assert_false (polku_window_get_dirty (window));
}

/* A CJML file dropped on an empty window opens there as a new journey,
 * without asking. */
static void
test_dropped_cjml_opens_as_journey (void **state)
{
  g_autoptr(GFile) file = interop_file ("cjml-quirks.cjml");
  PolkuWindow *window = new_window ();
  Shows shows = { window, "Ordering a book" };
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (window->drop_target, "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  assert_true (handled);
  assert_true (polku_test_wait_until (shows_journey, &shows));
  assert_int_equal (polku_journey_get_n_rounds (_polku_window_get_journey (window)), 1);
  assert_null (polku_test_find_message_dialog (window));
}

/* A condition: some window of the application shows a journey of that
 * title, with no file of its own. */
static gboolean
some_window_shows (gpointer data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      PolkuJourney *journey;

      if (!POLKU_IS_WINDOW (l->data))
        continue;
      journey = _polku_window_get_journey (l->data);
      if (journey != NULL && g_str_equal (polku_journey_get_title (journey), data) &&
          polku_window_get_file (l->data) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* A spreadsheet given to the application, as a file manager's "Open With"
 * gives it, opens as a new journey, not as a journey file it is not. */
static void
test_opened_spreadsheet_opens_as_journey (void **state)
{
  g_autofree char *csv = polku_test_write_file (tmp_dir, "bus.csv",
                                                "title,phase,step,touchpoint,score\r\n"
                                                "Taking the bus,purchase,Boarding,Ticket reader,4\r\n");
  g_autoptr(GFile) file = g_file_new_for_path (csv);

  g_application_open (G_APPLICATION (app), &file, 1, "");
  assert_true (polku_test_wait_until (some_window_shows, (gpointer) "Taking the bus"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_teardown (test_import_asks_for_phases, teardown_windows),
    cmocka_unit_test_teardown (test_import_spreadsheet_updates_the_journey, teardown_windows),
    cmocka_unit_test_teardown (test_import_answers, teardown_windows),
    cmocka_unit_test_teardown (test_dropped_cjml_opens_as_journey, teardown_windows),
    cmocka_unit_test_teardown (test_opened_spreadsheet_opens_as_journey, teardown_windows),
  };
  g_autofree char *data_home = NULL;
  int failed;

  data_home = polku_test_use_data_home ("polku-test-import-data-XXXXXX");
  polku_test_fail_on_warnings ();

  failed = cmocka_run_group_tests_name ("import", tests, setup_app, teardown_app);
  polku_test_remove_tree (data_home);
  return failed;
}
