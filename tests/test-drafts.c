/* test-drafts.c: the draft store, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "polku-core.h"
#include "polku-test.h"

#define WAIT_SECONDS 10

static char *dir;

static int
setup (void **state)
{
  g_autofree char *tmp = polku_test_make_tmp_dir ("polku-test-drafts-XXXXXX");

  dir = g_build_filename (tmp, "drafts", NULL);
  return 0;
}

static int
teardown (void **state)
{
  g_autofree char *tmp = g_path_get_dirname (dir);

  polku_test_remove_tree (tmp);
  g_clear_pointer (&dir, g_free);
  return 0;
}

static GBytes *
example_bytes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data",
                                            "examples", "car-service.polku", NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  assert_null (error);
  return g_bytes_new_take (contents, length);
}

static void
test_owner (void **state)
{
  g_autofree char *boot_id = NULL;
  g_autofree char *ended = polku_test_dup_ended_owner ();
  g_autofree char *own = NULL;
  g_autofree char *other_boot = NULL;
  g_autofree char *restarted = NULL;

  own = g_strdup_printf ("%s:%d:0",
                         g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL)
                         ? g_strstrip (boot_id) : "",
                         (int) getpid ());
  assert_true (polku_drafts_owner_is_running (own));
  assert_false (polku_drafts_owner_is_running (ended));

  /* A process of an earlier boot, and one whose number was reused. */
  other_boot = g_strdup_printf ("00000000-0000-0000-0000-000000000000:%d:0", (int) getppid ());
  if (boot_id != NULL)
    assert_false (polku_drafts_owner_is_running (other_boot));
  restarted = g_strdup_printf ("%s:%d:1", boot_id != NULL ? boot_id : "", (int) getppid ());
  if (g_file_test ("/proc/self/stat", G_FILE_TEST_EXISTS))
    assert_false (polku_drafts_owner_is_running (restarted));

  assert_false (polku_drafts_owner_is_running ("garbage"));
  assert_false (polku_drafts_owner_is_running (""));
}

static void
test_write_list_load_remove (void **state)
{
  g_autoptr(GBytes) contents = example_bytes ();
  g_autoptr(GFile) file = g_file_new_for_path ("/home/anna/Car service.polku");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  PolkuDraftInfo *info;

  assert_true (polku_drafts_write (dir, "first", contents, file, "Car maintenance visit", &error));
  assert_null (error);
  assert_true (polku_drafts_write (dir, "second", contents, NULL, "", &error));
  assert_null (error);

  /* This process is running: its drafts are not orphans. */
  drafts = polku_drafts_list_orphans (dir);
  assert_int_equal (drafts->len, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  polku_test_orphan_draft (dir, "first");
  drafts = polku_drafts_list_orphans (dir);
  assert_int_equal (drafts->len, 1);
  info = g_ptr_array_index (drafts, 0);
  assert_string_equal (info->id, "first");
  assert_string_equal (info->title, "Car maintenance visit");
  assert_true (g_file_equal (info->file, file));
  assert_non_null (info->saved);

  /* The document reads back as it was written. */
  document = polku_draft_info_load (info, &error);
  assert_null (error);
  written = polku_writer_write (document);
  assert_true (g_bytes_equal (written, contents));

  /* Newest first. */
  polku_test_orphan_draft (dir, "second");
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = polku_drafts_list_orphans (dir);
  assert_int_equal (drafts->len, 2);
  assert_true (g_date_time_compare (((PolkuDraftInfo *) g_ptr_array_index (drafts, 0))->saved,
                                    ((PolkuDraftInfo *) g_ptr_array_index (drafts, 1))->saved) >= 0);

  assert_true (polku_drafts_remove (dir, "first", &error));
  assert_true (polku_drafts_remove (dir, "second", &error));
  assert_true (polku_drafts_remove (dir, "never-there", &error));
  assert_null (error);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = polku_drafts_list_orphans (dir);
  assert_int_equal (drafts->len, 0);
}

static void
test_half_written_is_skipped (void **state)
{
  g_autoptr(GBytes) contents = example_bytes ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document_path = g_build_filename (dir, "half.polku", NULL);
  g_autofree char *junk_path = g_build_filename (dir, "junk.draft", NULL);

  assert_true (polku_drafts_write (dir, "half", contents, NULL, "Half", &error));
  polku_test_orphan_draft (dir, "half");
  g_unlink (document_path);
  g_file_set_contents (junk_path, "not a key file", -1, &error);
  assert_null (error);

  drafts = polku_drafts_list_orphans (dir);
  assert_int_equal (drafts->len, 0);
  polku_drafts_remove (dir, "half", NULL);
  g_unlink (junk_path);
}

static void
on_notify_busy_cb (PolkuDraft *draft,
                   GParamSpec *pspec,
                   guint      *n_changes)
{
  (*n_changes)++;
}

static void
wait_until_idle (PolkuDraft *draft)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (polku_draft_get_busy (draft) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  assert_false (polku_draft_get_busy (draft));
}

static void
test_draft_in_background (void **state)
{
  g_autoptr(PolkuDraft) draft = polku_draft_new (dir, NULL);
  g_autoptr(GBytes) first = g_bytes_new_static ("first", 5);
  g_autoptr(GBytes) second = example_bytes ();
  g_autofree char *document_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes = 0;
  gsize length;

  assert_non_null (polku_draft_get_id (draft));
  assert_string_equal (polku_draft_get_dir (draft), dir);
  document_path = g_strdup_printf ("%s/%s.polku", dir, polku_draft_get_id (draft));
  info_path = g_strdup_printf ("%s/%s.draft", dir, polku_draft_get_id (draft));
  g_signal_connect (draft, "notify::busy", G_CALLBACK (on_notify_busy_cb), &n_changes);

  /* Requests that come while one runs: the newest wins. */
  polku_draft_save (draft, first, NULL, "First");
  polku_draft_save (draft, first, NULL, "First again");
  polku_draft_save (draft, second, NULL, "Second");
  assert_true (polku_draft_get_busy (draft));
  wait_until_idle (draft);
  assert_int_equal (n_changes, 2);

  g_file_get_contents (document_path, &contents, &length, &error);
  assert_null (error);
  assert_int_equal (length, g_bytes_get_size (second));
  assert_memory_equal (contents, g_bytes_get_data (second, NULL), length);
  assert_true (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* A removal after a write leaves nothing, however they overlap. */
  polku_draft_save (draft, first, NULL, "First");
  polku_draft_remove (draft);
  wait_until_idle (draft);
  assert_false (g_file_test (document_path, G_FILE_TEST_EXISTS));
  assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* A carried-on draft keeps its id. */
  {
    g_autoptr(PolkuDraft) again = polku_draft_new (dir, "carried-on");

    assert_string_equal (polku_draft_get_id (again), "carried-on");
  }
}

static void
on_failed_cb (PolkuDraft   *draft,
              const GError *error,
              char        **message)
{
  g_free (*message);
  *message = g_strdup (error->message);
}

static void
test_draft_failure_is_told (void **state)
{
  g_autofree char *blocked_dir = g_build_filename (dir, "blocked", NULL);
  g_autofree char *message = NULL;
  g_autoptr(PolkuDraft) draft = NULL;
  g_autoptr(GBytes) contents = g_bytes_new_static ("x", 1);
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be. */
  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (blocked_dir, "", 0, &error);
  assert_null (error);

  draft = polku_draft_new (blocked_dir, NULL);
  g_signal_connect (draft, "failed", G_CALLBACK (on_failed_cb), &message);
  polku_draft_save (draft, contents, NULL, "Blocked");
  wait_until_idle (draft);
  assert_non_null (message);
  assert_non_null (strstr (message, "blocked"));
  g_unlink (blocked_dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_owner),
    cmocka_unit_test (test_write_list_load_remove),
    cmocka_unit_test (test_half_written_is_skipped),
    cmocka_unit_test (test_draft_in_background),
    cmocka_unit_test (test_draft_failure_is_told),
  };

  return cmocka_run_group_tests_name ("drafts", tests, setup, teardown);
}
