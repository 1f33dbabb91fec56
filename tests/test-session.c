/* test-session.c: an open journey's life without a display: loading,
 * saving, closing with changes, changes on disk, drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <glib/gstdio.h>

#include "polku-core.h"
#include "polku-test.h"

typedef struct
{
  char         *tmp;
  char         *drafts;
  char         *path;
  GFile        *file;
  PolkuSession *session;
  /* What the session's signals said. */
  guint         changed_on_disk;
  guint         deleted_on_disk;
  guint         saved;
  guint         save_failed;
  guint         close_ready;
  guint         close_abandoned;
  /* The last async call's outcome. */
  GAsyncResult *result;
} Fixture;

static void
count_cb (gpointer  session,
          guint    *counter)
{
  (*counter)++;
}

static void
count_file_cb (gpointer  session,
               GFile    *file,
               guint    *counter)
{
  (*counter)++;
}

static void
count_failure_cb (gpointer      session,
                  GFile        *file,
                  const GError *error,
                  guint        *counter)
{
  assert_non_null (error);
  (*counter)++;
}

static void
follow (Fixture      *f,
        PolkuSession *session)
{
  g_set_object (&f->session, session);
  g_signal_connect (session, "changed-on-disk", G_CALLBACK (count_cb), &f->changed_on_disk);
  g_signal_connect (session, "deleted-on-disk", G_CALLBACK (count_cb), &f->deleted_on_disk);
  g_signal_connect (session, "saved", G_CALLBACK (count_file_cb), &f->saved);
  g_signal_connect (session, "save-failed", G_CALLBACK (count_failure_cb), &f->save_failed);
  g_signal_connect (session, "close-ready", G_CALLBACK (count_cb), &f->close_ready);
  g_signal_connect (session, "close-abandoned", G_CALLBACK (count_cb), &f->close_abandoned);
}

static int
setup (void **state)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autofree char *contents = polku_test_journey_titled ("On disk");
  g_autoptr(GError) error = NULL;

  f->tmp = polku_test_make_tmp_dir ("polku-test-session-XXXXXX");
  f->drafts = g_build_filename (f->tmp, "drafts", NULL);
  f->path = g_build_filename (f->tmp, "journey.polku", NULL);
  g_file_set_contents (f->path, contents, -1, &error);
  assert_null (error);
  f->file = g_file_new_for_path (f->path);

  *state = f;
  return 0;
}

static gboolean
draft_is_idle (gpointer data)
{
  return !polku_draft_get_busy (data);
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  if (f->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (f->session, &f->changed_on_disk);
      g_object_run_dispose (G_OBJECT (f->session));
    }
  g_clear_object (&f->session);
  /* Let the draft's thread finish with the folder before it goes. */
  polku_test_run_for (50);
  g_clear_object (&f->result);
  g_clear_object (&f->file);
  polku_test_remove_tree (f->tmp);
  g_free (f->tmp);
  g_free (f->drafts);
  g_free (f->path);
  g_free (f);
  return 0;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Fixture *f = user_data;

  g_set_object (&f->result, result);
}

static gboolean
has_result (gpointer data)
{
  return ((Fixture *) data)->result != NULL;
}

/* Loads the scratch file into a new session. */
static void
load (Fixture *f)
{
  g_autoptr(PolkuSession) session = polku_session_new (f->drafts);
  g_autoptr(GError) error = NULL;

  follow (f, session);
  g_clear_object (&f->result);
  polku_session_load_async (session, f->file, NULL, store_result_cb, f);
  assert_true (polku_session_get_busy (session));
  assert_true (polku_test_wait_until (has_result, f));
  assert_true (polku_session_load_finish (session, f->result, &error));
  assert_null (error);
}

static gboolean
save (Fixture  *f,
      GFile    *file,
      GError  **error)
{
  g_clear_object (&f->result);
  polku_session_save_async (f->session, file, NULL, store_result_cb, f);
  assert_true (polku_test_wait_until (has_result, f));
  return polku_session_save_finish (f->session, f->result, error);
}

static PolkuJourney *
first_journey (PolkuSession *session)
{
  return polku_document_get_journey (polku_session_get_document (session), 0);
}

/* Retitles the first journey, as typing in the inspector does. */
static void
edit (PolkuSession *session,
      const char   *title)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);
  polku_session_push (session, polku_command_new_set_property (G_OBJECT (first_journey (session)),
                                                               "title", &value));
}

static char *
draft_path (Fixture    *f,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (polku_draft_get_id (polku_session_get_draft (f->session)),
                                       suffix, NULL);

  return g_build_filename (f->drafts, name, NULL);
}

typedef struct
{
  char       *path;
  const char *text;
} FileHolds;

static gboolean
file_holds (gpointer data)
{
  FileHolds *holds = data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (holds->path, &contents, NULL, NULL)
         && strstr (contents, holds->text) != NULL;
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* The draft holds text; waits for it as a user's second would pass. */
static void
assert_draft_holds (Fixture    *f,
                    const char *text)
{
  FileHolds holds = { draft_path (f, ".polku"), text };

  assert_true (polku_test_wait_until (file_holds, &holds));
  g_free (holds.path);
}

static void
assert_no_draft (Fixture    *f,
                 const char *id)
{
  g_autofree char *name = g_strconcat (id, ".draft", NULL);
  g_autofree char *info = g_build_filename (f->drafts, name, NULL);
  g_autofree char *contents_name = g_strconcat (id, ".polku", NULL);
  g_autofree char *contents = g_build_filename (f->drafts, contents_name, NULL);

  assert_true (polku_test_wait_until (file_gone, info));
  assert_true (polku_test_wait_until (file_gone, contents));
}

static void
assert_file_title (Fixture    *f,
                   const char *title)
{
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = polku_reader_load_file (f->file, NULL, &error);
  assert_null (error);
  assert_string_equal (polku_journey_get_title (polku_document_get_journey (document, 0)), title);
}

/* Loading */

static void
test_load (void **state)
{
  Fixture *f = *state;

  load (f);
  assert_false (polku_session_get_busy (f->session));
  assert_true (g_file_equal (polku_session_get_file (f->session), f->file));
  assert_string_equal (polku_session_get_title (f->session), "journey.polku");
  assert_string_equal (polku_journey_get_title (first_journey (f->session)), "On disk");
  assert_false (polku_session_get_dirty (f->session));
  assert_true (polku_session_is_in_use (f->session));
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_NOW);
}

static void
test_load_failure_keeps_the_session (void **state)
{
  Fixture *f = *state;
  g_autofree char *bad_path = g_build_filename (f->tmp, "bad.polku", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;

  load (f);
  edit (f->session, "Mine");
  g_file_set_contents (bad_path, "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n  <journey id=\"j\">\n    <title>T</title>\n", -1, &error);
  assert_null (error);

  g_clear_object (&f->result);
  polku_session_load_async (f->session, bad, NULL, store_result_cb, f);
  assert_true (polku_test_wait_until (has_result, f));
  assert_false (polku_session_load_finish (f->session, f->result, &error));

  /* The message names the file and the line; nothing was lost. */
  assert_non_null (error);
  assert_true (g_str_has_prefix (error->message, "bad.polku:3:"));
  assert_true (g_file_equal (polku_session_get_file (f->session), f->file));
  assert_string_equal (polku_journey_get_title (first_journey (f->session)), "Mine");
  assert_true (polku_session_get_dirty (f->session));
}

/* Saving */

static void
test_save_and_save_as (void **state)
{
  Fixture *f = *state;
  g_autofree char *other_path = g_build_filename (f->tmp, "other.polku", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GError) error = NULL;

  load (f);
  edit (f->session, "Saved here");
  assert_true (polku_session_get_dirty (f->session));
  assert_draft_holds (f, "Saved here");

  assert_true (save (f, NULL, &error));
  assert_null (error);
  assert_false (polku_session_get_dirty (f->session));
  assert_int_equal (f->saved, 1);
  assert_file_title (f, "Saved here");
  assert_no_draft (f, polku_draft_get_id (polku_session_get_draft (f->session)));

  /* Save As: the session's file is the new one, and so is its name. */
  edit (f->session, "Saved there");
  assert_true (save (f, other, &error));
  assert_true (g_file_equal (polku_session_get_file (f->session), other));
  assert_string_equal (polku_session_get_title (f->session), "other.polku");
  assert_false (polku_session_get_dirty (f->session));
  assert_file_title (f, "Saved here");
  {
    g_autoptr(PolkuDocument) written = polku_reader_load_file (other, NULL, &error);

    assert_null (error);
    assert_string_equal (polku_journey_get_title (polku_document_get_journey (written, 0)),
                         "Saved there");
  }
  /* No other program changed either file. */
  polku_test_run_for (POLKU_SESSION_FILE_CHECK_DELAY_MS * 2);
  assert_int_equal (f->changed_on_disk, 0);
}

/* An edit made while the save's thread runs is not in the file: it stays
 * unsaved and keeps its draft. */
static void
test_save_racing_an_edit (void **state)
{
  Fixture *f = *state;
  g_autoptr(GError) error = NULL;

  load (f);
  edit (f->session, "Being saved");

  g_clear_object (&f->result);
  polku_session_save_async (f->session, NULL, NULL, store_result_cb, f);
  assert_true (polku_session_get_saving (f->session));
  edit (f->session, "Typed meanwhile");
  assert_true (polku_test_wait_until (has_result, f));
  assert_true (polku_session_save_finish (f->session, f->result, &error));

  assert_file_title (f, "Being saved");
  assert_true (polku_session_get_dirty (f->session));
  assert_draft_holds (f, "Typed meanwhile");
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);

  /* The typing merged into one edit: undone, the document is as loaded,
   * which is not what the file holds now either. */
  polku_undo_stack_undo (polku_session_get_undo_stack (f->session));
  assert_string_equal (polku_journey_get_title (first_journey (f->session)), "On disk");
  assert_true (polku_session_get_dirty (f->session));
}

static void
test_second_save_is_refused_while_one_runs (void **state)
{
  Fixture *f = *state;
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GError) error = NULL;

  load (f);
  edit (f->session, "Once");
  g_clear_object (&f->result);
  polku_session_save_async (f->session, NULL, NULL, store_result_cb, f);
  polku_session_save_async (f->session, NULL, NULL, store_result_cb, f);
  assert_true (polku_test_wait_until (has_result, f));
  first = g_steal_pointer (&f->result);
  assert_false (polku_session_save_finish (f->session, first, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING));
  g_clear_error (&error);

  assert_true (polku_test_wait_until (has_result, f));
  assert_true (polku_session_save_finish (f->session, f->result, &error));
  assert_file_title (f, "Once");
}

/* Closing */

static void
test_close_cancel (void **state)
{
  Fixture *f = *state;

  load (f);
  edit (f->session, "Unsaved");
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
  assert_int_equal (polku_session_respond_to_close (f->session, POLKU_CLOSE_RESPONSE_CANCEL),
                    POLKU_CLOSE_STAY);

  /* Nothing changed: the changes, their draft, and the next question. */
  assert_true (polku_session_get_dirty (f->session));
  assert_draft_holds (f, "Unsaved");
  assert_file_title (f, "On disk");
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
}

static void
test_close_discard (void **state)
{
  Fixture *f = *state;
  g_autofree char *id = NULL;

  load (f);
  edit (f->session, "Thrown away");
  assert_draft_holds (f, "Thrown away");
  id = g_strdup (polku_draft_get_id (polku_session_get_draft (f->session)));

  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
  assert_int_equal (polku_session_respond_to_close (f->session, POLKU_CLOSE_RESPONSE_DISCARD),
                    POLKU_CLOSE_NOW);
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_NOW);
  assert_no_draft (f, id);
  assert_file_title (f, "On disk");

  /* Gone for good: the session going writes no draft. */
  g_object_run_dispose (G_OBJECT (f->session));
  polku_test_run_for (POLKU_SESSION_DRAFT_DELAY_MS * 2);
  assert_no_draft (f, id);
}

static gboolean
close_settled (gpointer data)
{
  Fixture *f = data;

  return f->close_ready + f->close_abandoned > 0;
}

static gboolean
close_ready (gpointer data)
{
  return ((Fixture *) data)->close_ready > 0;
}

static void
test_close_save (void **state)
{
  Fixture *f = *state;
  g_autofree char *id = NULL;

  load (f);
  edit (f->session, "Kept");
  id = g_strdup (polku_draft_get_id (polku_session_get_draft (f->session)));

  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
  assert_int_equal (polku_session_respond_to_close (f->session, POLKU_CLOSE_RESPONSE_SAVE),
                    POLKU_CLOSE_WAIT);
  /* Asked again while the save runs: it closes when done. */
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_WAIT);

  assert_true (polku_test_wait_until (close_settled, f));
  assert_int_equal (f->close_ready, 1);
  assert_int_equal (f->close_abandoned, 0);
  assert_file_title (f, "Kept");
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_NOW);
  assert_no_draft (f, id);
}

static void
test_close_save_without_file (void **state)
{
  Fixture *f = *state;
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_template_create_empty (document);
  g_autoptr(PolkuSession) session = NULL;
  g_autoptr(PolkuSession) example = NULL;
  g_autofree char *chosen_path = g_build_filename (f->tmp, "chosen.polku", NULL);
  g_autoptr(GFile) chosen = g_file_new_for_path (chosen_path);

  polku_document_append_journey (document, journey);
  session = polku_session_new_for_document (f->drafts, document, NULL);
  follow (f, session);
  assert_false (polku_session_is_in_use (session));
  assert_string_equal (polku_session_get_title (session), polku_journey_get_title (journey));
  polku_journey_set_title (journey, "");
  example = polku_session_new_example (f->drafts, document);
  assert_true (polku_session_get_is_example (example));
  assert_string_equal (polku_session_get_title (example), "Untitled Journey");
  g_clear_object (&example);
  edit (session, "Never saved");
  assert_string_equal (polku_session_get_title (session), "Never saved");

  /* Save needs a file; none chosen, and the journey stays open. */
  assert_int_equal (polku_session_request_close (session), POLKU_CLOSE_ASK);
  assert_int_equal (polku_session_respond_to_close (session, POLKU_CLOSE_RESPONSE_SAVE),
                    POLKU_CLOSE_CHOOSE_FILE);
  polku_session_abandon_close (session);
  assert_int_equal (f->close_abandoned, 1);
  assert_true (polku_session_get_dirty (session));
  assert_int_equal (polku_session_request_close (session), POLKU_CLOSE_ASK);

  /* Asked again, a file is chosen: saved there, then closed. */
  assert_int_equal (polku_session_respond_to_close (session, POLKU_CLOSE_RESPONSE_SAVE),
                    POLKU_CLOSE_CHOOSE_FILE);
  polku_session_save_async (session, chosen, NULL, NULL, NULL);
  assert_true (polku_test_wait_until (close_ready, f));
  assert_int_equal (f->close_ready, 1);
  assert_true (g_file_equal (polku_session_get_file (session), chosen));
  {
    FileHolds holds = { chosen_path, "Never saved" };

    assert_true (file_holds (&holds));
  }
}

static void
test_close_save_fails (void **state)
{
  Fixture *f = *state;
  g_autofree char *folder = g_build_filename (f->tmp, "read-only", NULL);
  g_autofree char *path = g_build_filename (folder, "journey.polku", NULL);
  g_autofree char *contents = polku_test_journey_titled ("Read only");
  g_autoptr(GError) error = NULL;

  /* root may write anywhere: a folder that is a file stops everyone. */
  g_mkdir (folder, 0700);
  g_file_set_contents (path, contents, -1, &error);
  assert_null (error);
  g_clear_object (&f->file);
  g_free (f->path);
  f->path = g_steal_pointer (&path);
  f->file = g_file_new_for_path (f->path);
  load (f);
  edit (f->session, "Cannot be written");
  polku_test_remove_tree (folder);
  g_file_set_contents (folder, "a file where the folder was", -1, &error);
  assert_null (error);

  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
  assert_int_equal (polku_session_respond_to_close (f->session, POLKU_CLOSE_RESPONSE_SAVE),
                    POLKU_CLOSE_WAIT);
  assert_true (polku_test_wait_until (close_settled, f));

  /* Told, still open, still unsaved, the draft kept. */
  assert_int_equal (f->save_failed, 1);
  assert_int_equal (f->close_abandoned, 1);
  assert_int_equal (f->close_ready, 0);
  assert_true (polku_session_get_dirty (f->session));
  assert_false (polku_session_get_saving (f->session));
  assert_draft_holds (f, "Cannot be written");
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
}

/* Changes on disk */

static gboolean
changed_on_disk (gpointer data)
{
  return ((Fixture *) data)->changed_on_disk > 0;
}

static void
rewrite_file (Fixture    *f,
              const char *title)
{
  g_autofree char *contents = polku_test_journey_titled (title);
  g_autoptr(GError) error = NULL;

  /* The entity tag counts microseconds: let the clock move on. */
  g_usleep (2000);
  g_file_set_contents (f->path, contents, -1, &error);
  assert_null (error);
}

static void
test_change_on_disk_while_clean (void **state)
{
  Fixture *f = *state;
  g_autoptr(GError) error = NULL;
  PolkuDocument *before;

  load (f);
  before = polku_session_get_document (f->session);
  rewrite_file (f, "Changed by another program");
  assert_true (polku_test_wait_until (changed_on_disk, f));
  assert_int_equal (f->changed_on_disk, 1);
  assert_int_equal (polku_session_suggest_change_response (f->session), POLKU_CHANGE_RESPONSE_RELOAD);

  g_clear_object (&f->result);
  polku_session_load_async (f->session, polku_session_get_file (f->session), NULL, store_result_cb, f);
  assert_true (polku_test_wait_until (has_result, f));
  assert_true (polku_session_load_finish (f->session, f->result, &error));
  assert_true (polku_session_get_document (f->session) != before);
  assert_string_equal (polku_journey_get_title (first_journey (f->session)), "Changed by another program");
  assert_false (polku_session_get_dirty (f->session));

  /* The session knows the file as it is now: no more reports. */
  polku_test_run_for (POLKU_SESSION_FILE_CHECK_DELAY_MS * 2);
  assert_int_equal (f->changed_on_disk, 1);
}

static void
test_change_on_disk_while_dirty (void **state)
{
  Fixture *f = *state;
  g_autoptr(GError) error = NULL;

  load (f);
  edit (f->session, "Mine");
  rewrite_file (f, "Theirs");
  assert_true (polku_test_wait_until (changed_on_disk, f));
  assert_int_equal (polku_session_suggest_change_response (f->session), POLKU_CHANGE_RESPONSE_KEEP);

  polku_session_keep_changes (f->session);
  assert_true (polku_session_get_dirty (f->session));
  assert_string_equal (polku_journey_get_title (first_journey (f->session)), "Mine");
  assert_draft_holds (f, "Mine");

  /* Undone to what was loaded, the document still differs from the file. */
  polku_undo_stack_undo (polku_session_get_undo_stack (f->session));
  assert_true (polku_session_get_dirty (f->session));
  polku_undo_stack_redo (polku_session_get_undo_stack (f->session));

  /* The next save replaces the file, and no report follows it. */
  assert_true (save (f, NULL, &error));
  assert_file_title (f, "Mine");
  assert_false (polku_session_get_dirty (f->session));
  polku_test_run_for (POLKU_SESSION_FILE_CHECK_DELAY_MS * 2);
  assert_int_equal (f->changed_on_disk, 1);
}

static gboolean
deleted_on_disk (gpointer data)
{
  return ((Fixture *) data)->deleted_on_disk > 0;
}

static void
test_deleted_on_disk (void **state)
{
  Fixture *f = *state;

  load (f);
  assert_false (polku_session_get_dirty (f->session));
  g_remove (f->path);
  assert_true (polku_test_wait_until (deleted_on_disk, f));

  /* What the session holds is the only copy now. */
  assert_true (polku_session_get_dirty (f->session));
  assert_draft_holds (f, "On disk");
  assert_int_equal (polku_session_request_close (f->session), POLKU_CLOSE_ASK);
}

/* Drafts */

static void
test_draft_after_crash (void **state)
{
  Fixture *f = *state;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(PolkuDocument) recovered = NULL;
  g_autoptr(PolkuSession) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(PolkuDraft) draft = NULL;
  PolkuDraftInfo *info;

  load (f);
  edit (f->session, "Before the crash");
  assert_draft_holds (f, "Before the crash");
  id = g_strdup (polku_draft_get_id (polku_session_get_draft (f->session)));

  /* The process is gone without closing: its draft is an orphan. */
  draft = g_object_ref (polku_session_get_draft (f->session));
  g_signal_handlers_disconnect_by_data (f->session, &f->changed_on_disk);
  g_clear_object (&f->session);
  assert_true (polku_test_wait_until ((PolkuTestCondition) draft_is_idle, draft));
  polku_test_orphan_draft (f->drafts, id);

  drafts = polku_drafts_list_orphans (f->drafts);
  assert_int_equal (drafts->len, 1);
  info = g_ptr_array_index (drafts, 0);
  assert_string_equal (info->id, id);
  assert_string_equal (info->title, "Before the crash");
  assert_true (g_file_equal (info->file, f->file));
  recovered = polku_draft_info_load (info, &error);
  assert_null (error);

  restored = polku_session_new_for_draft (f->drafts, recovered, info->file, info->id);
  follow (f, restored);
  assert_string_equal (polku_draft_get_id (polku_session_get_draft (restored)), id);
  assert_true (polku_session_get_dirty (restored));
  assert_string_equal (polku_journey_get_title (first_journey (restored)), "Before the crash");
  assert_int_equal (polku_session_request_close (restored), POLKU_CLOSE_ASK);
  /* Its process writes it now: no longer an orphan. */
  assert_draft_holds (f, "Before the crash");
  assert_true (polku_test_wait_until (draft_is_idle, polku_session_get_draft (restored)));
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = polku_drafts_list_orphans (f->drafts);
  assert_int_equal (drafts->len, 0);

  /* The file was not changed meanwhile: learning its state asks nothing. */
  polku_test_run_for (POLKU_SESSION_FILE_CHECK_DELAY_MS * 2);
  assert_int_equal (f->changed_on_disk, 0);

  /* Saved, the draft goes. */
  assert_true (save (f, NULL, &error));
  assert_file_title (f, "Before the crash");
  assert_no_draft (f, id);
}

static void
test_draft_discarded_after_crash (void **state)
{
  Fixture *f = *state;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(PolkuSession) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = polku_test_journey_titled ("Recovered");
  g_autoptr(GBytes) bytes = g_bytes_new (contents, strlen (contents));

  assert_true (polku_drafts_write (f->drafts, "crashed", bytes, NULL, "Recovered", &error));
  polku_test_orphan_draft (f->drafts, "crashed");
  document = polku_reader_load_bytes (bytes, "crashed.polku", &error);
  assert_null (error);

  restored = polku_session_new_for_draft (f->drafts, document, NULL, "crashed");
  follow (f, restored);
  assert_true (polku_session_is_in_use (restored));
  assert_int_equal (polku_session_respond_to_close (restored, POLKU_CLOSE_RESPONSE_DISCARD),
                    POLKU_CLOSE_NOW);
  assert_no_draft (f, "crashed");
}

/* A session that goes without being closed keeps its unsaved changes. */
static void
test_dispose_keeps_unsaved_changes (void **state)
{
  Fixture *f = *state;
  g_autofree char *path = NULL;
  g_autoptr(PolkuDraft) draft = NULL;
  FileHolds holds;

  load (f);
  edit (f->session, "Kept on disk");
  draft = g_object_ref (polku_session_get_draft (f->session));
  path = draft_path (f, ".polku");

  /* Before the draft's timer: going writes it at once. */
  g_object_run_dispose (G_OBJECT (f->session));
  holds.path = path;
  holds.text = "Kept on disk";
  assert_true (polku_test_wait_until (file_holds, &holds));
  assert_true (polku_test_wait_until (draft_is_idle, draft));
}

/* Edits reach the draft within a second however fast they come. */
static void
test_draft_within_a_second (void **state)
{
  Fixture *f = *state;
  gint64 start;

  load (f);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *title = g_strdup_printf ("Typed %u", i);

      edit (f->session, title);
      polku_test_run_for (100);
    }
  assert_draft_holds (f, "Typed 7");
  /* The draft's clock started with the first edit, 0.7 s before the last. */
  assert_true (g_get_monotonic_time () - start < 2 * G_USEC_PER_SEC);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_load, setup, teardown),
    cmocka_unit_test_setup_teardown (test_load_failure_keeps_the_session, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_and_save_as, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_racing_an_edit, setup, teardown),
    cmocka_unit_test_setup_teardown (test_second_save_is_refused_while_one_runs, setup, teardown),
    cmocka_unit_test_setup_teardown (test_close_cancel, setup, teardown),
    cmocka_unit_test_setup_teardown (test_close_discard, setup, teardown),
    cmocka_unit_test_setup_teardown (test_close_save, setup, teardown),
    cmocka_unit_test_setup_teardown (test_close_save_without_file, setup, teardown),
    cmocka_unit_test_setup_teardown (test_close_save_fails, setup, teardown),
    cmocka_unit_test_setup_teardown (test_change_on_disk_while_clean, setup, teardown),
    cmocka_unit_test_setup_teardown (test_change_on_disk_while_dirty, setup, teardown),
    cmocka_unit_test_setup_teardown (test_deleted_on_disk, setup, teardown),
    cmocka_unit_test_setup_teardown (test_draft_after_crash, setup, teardown),
    cmocka_unit_test_setup_teardown (test_draft_discarded_after_crash, setup, teardown),
    cmocka_unit_test_setup_teardown (test_dispose_keeps_unsaved_changes, setup, teardown),
    cmocka_unit_test_setup_teardown (test_draft_within_a_second, setup, teardown),
  };

  polku_i18n_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
