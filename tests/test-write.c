/* test-write.c: the one write path every file of Polku goes through
 *
 * What a replaced file keeps (its links, mode and owner), what is refused
 * (folders, pipes, a folder that cannot be written), what a crash leaves and
 * who removes it, and saves killed with SIGKILL at random moments: the test
 * runs itself as a child that saves a journey of a few megabytes over and
 * over until it is killed.
 *
 * POLKU_TEST_SEED=N repeats the random kills of a run; a failure prints
 * the seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "polku-bench.h"
#include "polku-core.h"
#include "polku-test.h"

#define KILLS 100
/* Touchpoints of the journey the child saves: about 2 MB. */
#define LARGE_JOURNEY 8000
/* The user and group that saves into a read-only folder, for a test run
 * as root, which permissions do not stop. */
#define NOBODY 65534

static char *dir;
static char *self_path;

static int
setup (void **state)
{
  dir = polku_test_make_tmp_dir ("polku-test-write-XXXXXX");
  return 0;
}

static int
teardown (void **state)
{
  polku_test_remove_tree (dir);
  g_clear_pointer (&dir, g_free);
  return 0;
}

static char *
path_in (const char *folder,
         const char *name)
{
  return g_build_filename (folder, name, NULL);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  assert_null (error);
}

static void
assert_holds (const char *path,
              const char *text)
{
  g_autoptr(GBytes) bytes = polku_test_read_bytes (path);

  assert_int_equal (g_bytes_get_size (bytes), strlen (text));
  assert_memory_equal (g_bytes_get_data (bytes, NULL), text, strlen (text));
}

static gboolean
write_string (const char  *path,
              const char  *text,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return polku_file_write_path (path, bytes, NULL, error);
}

/* No temporary file is left in folder. */
static void
assert_no_temporaries (const char *folder)
{
  g_auto(GStrv) names = polku_test_list_dir (folder);

  for (guint i = 0; names[i] != NULL; i++)
    if (polku_file_write_parse_temporary (names[i], NULL, NULL))
      fail_msg ("%s is left in %s", names[i], folder);
}

static mode_t
mode_of (const char *path)
{
  GStatBuf info;

  assert_int_equal (g_stat (path, &info), 0);
  return info.st_mode & 07777;
}

/* What a replaced file keeps */

static void
test_new_file_mode_follows_umask (void **state)
{
  g_autofree char *open_path = path_in (dir, "open.txt");
  g_autofree char *private_path = path_in (dir, "private.txt");
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (022);

  assert_true (write_string (open_path, "new\n", &error));
  umask (077);
  assert_true (write_string (private_path, "new\n", &error));
  umask (old_umask);

  assert_null (error);
  assert_holds (open_path, "new\n");
  assert_int_equal (mode_of (open_path), 0644);
  assert_int_equal (mode_of (private_path), 0600);
  assert_no_temporaries (dir);
}

static void
test_replaced_file_keeps_mode_and_owner (void **state)
{
  g_autofree char *path = path_in (dir, "shared.txt");
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  write_text (path, "old\n");
  assert_int_equal (g_chmod (path, 0640), 0);
  /* Only root may give a file to another user: then the replacement keeps
   * that owner too. */
  if (geteuid () == 0)
    assert_int_equal (chown (path, NOBODY, NOBODY), 0);

  assert_true (write_string (path, "new\n", &error));
  assert_null (error);
  assert_holds (path, "new\n");
  assert_int_equal (g_stat (path, &info), 0);
  assert_int_equal (info.st_mode & 07777, 0640);
  if (geteuid () == 0)
    {
      assert_int_equal (info.st_uid, NOBODY);
      assert_int_equal (info.st_gid, NOBODY);
    }
  else
    {
      assert_int_equal (info.st_uid, geteuid ());
    }
  assert_no_temporaries (dir);
}

static void
test_links_are_kept (void **state)
{
  g_autofree char *other = path_in (dir, "elsewhere");
  g_autofree char *target = path_in (other, "target.txt");
  g_autofree char *relative = path_in (dir, "relative.txt");
  g_autofree char *absolute = path_in (dir, "absolute.txt");
  g_autofree char *chain = path_in (dir, "chain.txt");
  g_autofree char *dangling = path_in (dir, "dangling.txt");
  g_autofree char *created = path_in (other, "created.txt");
  g_autofree char *read_back = NULL;
  g_autoptr(GError) error = NULL;

  assert_int_equal (g_mkdir (other, 0700), 0);
  write_text (target, "old\n");
  assert_int_equal (symlink ("elsewhere/target.txt", relative), 0);
  assert_int_equal (symlink (target, absolute), 0);
  assert_int_equal (symlink ("relative.txt", chain), 0);
  assert_int_equal (symlink ("elsewhere/created.txt", dangling), 0);

  /* Each link still points where it did, and the file there changed; the
   * temporary file was made beside that file, not beside the link. */
  assert_true (write_string (relative, "through a relative link\n", &error));
  assert_holds (target, "through a relative link\n");
  assert_true (write_string (absolute, "through an absolute link\n", &error));
  assert_holds (target, "through an absolute link\n");
  assert_true (write_string (chain, "through two links\n", &error));
  assert_holds (target, "through two links\n");
  assert_true (write_string (dangling, "where the link points\n", &error));
  assert_holds (created, "where the link points\n");
  assert_null (error);

  read_back = g_file_read_link (relative, NULL);
  assert_string_equal (read_back, "elsewhere/target.txt");
  g_clear_pointer (&read_back, g_free);
  read_back = g_file_read_link (chain, NULL);
  assert_string_equal (read_back, "relative.txt");
  g_clear_pointer (&read_back, g_free);
  read_back = g_file_read_link (dangling, NULL);
  assert_string_equal (read_back, "elsewhere/created.txt");
  assert_no_temporaries (dir);
  assert_no_temporaries (other);
}

static void
test_link_loop_is_refused (void **state)
{
  g_autofree char *first = path_in (dir, "first.txt");
  g_autofree char *second = path_in (dir, "second.txt");
  g_autoptr(GError) error = NULL;

  assert_int_equal (symlink ("second.txt", first), 0);
  assert_int_equal (symlink ("first.txt", second), 0);
  assert_false (write_string (first, "never\n", &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS));
  assert_string_equal (error->message, g_strerror (ELOOP));
  assert_no_temporaries (dir);
}

/* The journey save of core keeps them too (the app's save is tested with
 * the window). */
static void
test_core_save_keeps_links_and_modes (void **state)
{
  g_autofree char *target = path_in (dir, "target.polku");
  g_autofree char *link = path_in (dir, "link.polku");
  g_autofree char *points_to = NULL;
  g_autofree char *xml = polku_test_journey_titled ("Through a link");
  g_autoptr(GBytes) source = g_bytes_new (xml, strlen (xml));
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;

  write_text (target, polku_test_journey_xml);
  assert_int_equal (g_chmod (target, 0640), 0);
  assert_int_equal (symlink ("target.polku", link), 0);

  document = polku_reader_load_bytes (source, "link.polku", &error);
  assert_null (error);
  assert_true (polku_writer_save_file (document, file, NULL, &error));
  assert_null (error);

  points_to = g_file_read_link (link, NULL);
  assert_string_equal (points_to, "target.polku");
  expected = polku_writer_write (document);
  saved = polku_test_read_bytes (target);
  assert_true (g_bytes_equal (saved, expected));
  assert_int_equal (mode_of (target), 0640);
  assert_no_temporaries (dir);
}

/* What is refused */

static void
test_non_regular_files_are_refused (void **state)
{
  g_autofree char *folder = path_in (dir, "a-folder");
  g_autofree char *pipe = path_in (dir, "a-pipe");
  g_autoptr(GError) error = NULL;

  assert_int_equal (g_mkdir (folder, 0700), 0);
  assert_int_equal (mkfifo (pipe, 0600), 0);

  assert_false (write_string (folder, "never\n", &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE));
  assert_string_equal (error->message, "Not a regular file");
  g_clear_error (&error);

  /* Not opened, which would wait for a reader. */
  assert_false (write_string (pipe, "never\n", &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE));
  assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  assert_no_temporaries (dir);
}

static void
test_missing_folder_is_named (void **state)
{
  g_autofree char *missing = path_in (dir, "no-such-folder");
  g_autofree char *path = path_in (missing, "file.txt");
  g_autofree char *expected = g_strdup_printf ("Cannot create a file in the folder “%s”: %s",
                                               missing, g_strerror (ENOENT));
  g_autoptr(GError) error = NULL;

  assert_false (write_string (path, "never\n", &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  assert_string_equal (error->message, expected);
  assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_cancelled_write_leaves_the_file (void **state)
{
  g_autofree char *path = path_in (dir, "cancelled.txt");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new\n", 4);
  g_autoptr(GError) error = NULL;

  write_text (path, "old\n");
  g_cancellable_cancel (cancellable);
  assert_false (polku_file_write_path (path, bytes, cancellable, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_holds (path, "old\n");
  assert_no_temporaries (dir);
}

static void
test_long_names (void **state)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  /* 250 bytes, in two-byte characters: the longest a name may be, nearly,
   * which a temporary name built on it would pass. */
  while (name->len < 246)
    g_string_append (name, "ä");
  g_string_append (name, ".txt");
  path = path_in (dir, name->str);

  assert_true (write_string (path, "long\n", &error));
  assert_null (error);
  assert_holds (path, "long\n");
  assert_no_temporaries (dir);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  if (!polku_file_write_finish (result, error) && *error == NULL)
    fail_msg ("failed without an error");
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_write_in_thread (void **state)
{
  g_autofree char *path = path_in (dir, "async.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("written in a thread\n", 20);
  g_autoptr(GError) error = NULL;

  /* "done" for success: the callback always leaves an error. */
  polku_file_write_async (file, bytes, NULL, write_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_string_equal (error->message, "done");
  assert_holds (path, "written in a thread\n");
  assert_no_temporaries (dir);
}

/* Drops root, as the child of g_spawn_sync (). */
static void
become_nobody (gpointer data)
{
  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    _exit (126);
}

static void
test_read_only_folder (void **state)
{
  g_autofree char *source = path_in (dir, "source.polku");
  g_autofree char *folder = path_in (dir, "read-only");
  g_autofree char *journey = path_in (folder, "journey.polku");
  g_autofree char *map = path_in (folder, "map.pdf");
  g_autofree char *thumbnail = path_in (folder, "thumbnail.png");
  g_autofree char *expected = g_strdup_printf ("Cannot create a file in the folder “%s”: %s",
                                               folder, g_strerror (EACCES));
  const char *cli = g_getenv ("POLKU_CLI");
  const char * const commands[][6] = {
    { cli, "normalize", source, "-o", journey, NULL },
    { cli, "export", source, "-o", map, NULL },
    { cli, "thumbnail", source, thumbnail, NULL },
  };

  /* The files may be written, the folder not: a writer that rewrote them
   * in place would get through. */
  assert_int_equal (g_chmod (dir, 0755), 0);
  write_text (source, polku_test_journey_xml);
  assert_int_equal (g_chmod (source, 0644), 0);
  assert_int_equal (g_mkdir (folder, 0755), 0);
  write_text (journey, "old journey\n");
  write_text (map, "old map\n");
  write_text (thumbnail, "old thumbnail\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    assert_int_equal (g_chmod (commands[i][i == 2 ? 3 : 4], 0666), 0);
  assert_int_equal (g_chmod (folder, 0555), 0);

  /* As a user, through core. */
  if (geteuid () != 0)
    {
      g_autoptr(GError) error = NULL;

      assert_false (write_string (journey, "never\n", &error));
      assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED));
      assert_string_equal (error->message, expected);
    }

  /* polku-cli, run as a user who owns neither the folder nor the files. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      assert_true (g_spawn_sync (NULL, (char **) commands[i], NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                                 geteuid () == 0 ? become_nobody : NULL, NULL,
                                 NULL, &err, &status, &error));
      print_message ("  %s says: %s", commands[i][1], err);
      assert_true (WIFEXITED (status));
      assert_int_equal (WEXITSTATUS (status), 1);
      assert_non_null (strstr (err, expected));
    }

  assert_holds (journey, "old journey\n");
  assert_holds (map, "old map\n");
  assert_holds (thumbnail, "old thumbnail\n");
  assert_no_temporaries (folder);
  assert_int_equal (g_chmod (folder, 0755), 0);
}

/* What a crash leaves */

static char *
temporary_name (const char *name,
                gint64      pid,
                guint64     start_time)
{
  return g_strdup_printf (".%s" POLKU_FILE_WRITE_TEMPORARY_MARK "%" G_GINT64_FORMAT "-%" G_GUINT64_FORMAT "-a1B2c3",
                          name, pid, start_time);
}

static void
test_temporary_names (void **state)
{
  gint64 pid;
  guint64 start_time;

  assert_true (polku_file_write_parse_temporary (".map.pdf.polku-save-123-4567-aBc123", &pid, &start_time));
  assert_int_equal (pid, 123);
  assert_int_equal (start_time, 4567);
  /* The name may hold the mark itself. */
  assert_true (polku_file_write_parse_temporary (".a.polku-save-1-2-x.polku-save-9-8-XXXXXX", &pid, &start_time));
  assert_int_equal (pid, 9);
  assert_int_equal (start_time, 8);

  assert_false (polku_file_write_parse_temporary ("map.pdf.polku-save-123-4567-aBc123", NULL, NULL));
  assert_false (polku_file_write_parse_temporary (".map.pdf.polku-save-123-4567-aBc12", NULL, NULL));
  assert_false (polku_file_write_parse_temporary (".map.pdf.polku-save-123-aBc123", NULL, NULL));
  assert_false (polku_file_write_parse_temporary (".map.pdf.polku-save--4567-aBc123", NULL, NULL));
  assert_false (polku_file_write_parse_temporary (".map.pdf.XXXXXX", NULL, NULL));
  assert_false (polku_file_write_parse_temporary (".polku-save-1-2-XXXXXX", NULL, NULL));
}

static void
test_leftovers_of_ended_writers_go (void **state)
{
  guint64 own_start = polku_process_get_own_start_time ();
  gint64 parent = getppid ();
  g_autofree char *dead = temporary_name ("a.polku", polku_test_ended_pid (), 0);
  g_autofree char *own = temporary_name ("b.polku", getpid (), own_start);
  g_autofree char *reused = temporary_name ("c.polku", getpid (), own_start + 1);
  g_autofree char *living = temporary_name ("d.polku", parent, polku_process_get_start_time (parent));
  g_autofree char *earlier_boot = temporary_name ("e.polku", getpid (), own_start);
  const char *keep[] = { own, living, ".notes.polku-save-draft", "a.polku", NULL };
  g_autofree char *earlier_path = path_in (dir, earlier_boot);
  g_autofree char *target = path_in (dir, "a.polku");
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  struct timeval before_boot[2] = { { 1, 0 }, { 1, 0 } };

  for (const char * const *name = (const char *[]) { dead, own, reused, living, ".notes.polku-save-draft", NULL };
       *name != NULL; name++)
    {
      g_autofree char *path = path_in (dir, *name);

      write_text (path, "cut sh");
    }
  /* A file from before this boot: its writer is gone, whatever its number. */
  write_text (earlier_path, "cut sh");
  assert_int_equal (utimes (earlier_path, before_boot), 0);

  /* The next save to the folder removes what ended writers left. */
  assert_true (write_string (target, "saved\n", &error));
  assert_null (error);

  names = polku_test_list_dir (dir);
  assert_int_equal (g_strv_length (names), g_strv_length ((GStrv) keep));
  for (guint i = 0; keep[i] != NULL; i++)
    assert_true (g_strv_contains ((const char * const *) names, keep[i]));

  /* Nothing more to remove. */
  assert_int_equal (polku_file_write_remove_leftovers (dir), 0);
}

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  int *removed = user_data;
  g_autoptr(GError) error = NULL;

  *removed = (int) polku_file_write_remove_leftovers_finish (result, &error);
  assert_null (error);
}

static void
test_leftovers_go_in_a_thread (void **state)
{
  g_autofree char *name = temporary_name ("journey.polku", polku_test_ended_pid (), 0);
  g_autofree char *path = path_in (dir, name);
  int removed = -1;

  write_text (path, "cut sh");
  polku_file_write_remove_leftovers_async (dir, NULL, removed_cb, &removed);
  while (removed < 0)
    g_main_context_iteration (NULL, TRUE);
  assert_int_equal (removed, 1);
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Killed while saving */

/* The large journey the child saves, titled title, as the writer writes it. */
static PolkuDocument *
large_document (void)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_bench_journey_new (LARGE_JOURNEY);

  polku_document_append_journey (document, journey);
  return g_steal_pointer (&document);
}

static GBytes *
large_bytes (PolkuDocument *document,
             const char    *title)
{
  polku_journey_set_title (polku_document_get_journey (document, 0), title);
  return polku_writer_write (document);
}

/* Saves the large journey to path, titled "A" and "B" by turns, until it
 * is killed; says how long the first save took once it is done. The
 * journey is serialised once for each title: the time goes to writing. */
static int
run_saver (const char *path)
{
  g_autoptr(PolkuDocument) document = large_document ();
  GBytes *versions[2] = { large_bytes (document, "A"), large_bytes (document, "B") };
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!polku_file_write (file, versions[i % 2], NULL, &error))
        {
          printf ("failed: %s\n", error->message);
          return EXIT_FAILURE;
        }
      if (i == 0)
        {
          printf ("saved %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start);
          fflush (stdout);
        }
    }
}

/* The temporary files of process pid in folder. */
static guint
count_temporaries_of (const char *folder,
                      gint64      pid)
{
  g_auto(GStrv) names = polku_test_list_dir (folder);
  guint n = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      gint64 writer;

      if (polku_file_write_parse_temporary (names[i], &writer, NULL) && (pid == 0 || writer == pid))
        n++;
    }
  return n;
}

static void
test_killed_saves (void **state)
{
  g_autofree char *path = path_in (dir, "killed.polku");
  g_autoptr(PolkuDocument) document = large_document ();
  g_autoptr(GBytes) version_a = large_bytes (document, "A");
  g_autoptr(GBytes) version_b = large_bytes (document, "B");
  const char *seed_text = g_getenv ("POLKU_TEST_SEED");
  guint32 seed = seed_text != NULL ? (guint32) g_ascii_strtoull (seed_text, NULL, 10) : g_random_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  gint64 last_pid = 0;
  guint n_left = 0;

  print_message ("  %u kills while saving %zu bytes, POLKU_TEST_SEED=%u\n",
                 KILLS, g_bytes_get_size (version_a), seed);
  assert_true (polku_file_write_path (path, version_a, NULL, &error));

  for (guint kill_number = 0; kill_number < KILLS; kill_number++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) output = NULL;
      g_autofree char *line = NULL;
      g_autoptr(GBytes) now = NULL;
      gint64 save_time, delay, pid;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                self_path, "--saver", path, NULL);
      assert_null (error);
      pid = g_ascii_strtoll (g_subprocess_get_identifier (child), NULL, 10);
      output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

      /* Once the child's first save is done, the last one's leftovers are
       * gone: that save removed them. */
      line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);
      if (line == NULL || !g_str_has_prefix (line, "saved "))
        fail_msg ("kill %u (POLKU_TEST_SEED=%u): the child says %s", kill_number, seed, line);
      if (last_pid != 0 && count_temporaries_of (dir, last_pid) != 0)
        fail_msg ("kill %u (POLKU_TEST_SEED=%u): the killed save's temporary file is still there",
                  kill_number, seed);

      /* Anywhere in the next two saves. */
      save_time = g_ascii_strtoll (line + strlen ("saved "), NULL, 10);
      delay = g_rand_int_range (rand, 0, (gint32) MIN (2 * save_time, G_MAXINT32));
      g_usleep (delay);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      assert_null (error);
      if (!g_subprocess_get_if_signaled (child))
        fail_msg ("kill %u (POLKU_TEST_SEED=%u): the child ended by itself", kill_number, seed);

      now = polku_test_read_bytes (path);
      if (!g_bytes_equal (now, version_a) && !g_bytes_equal (now, version_b))
        fail_msg ("kill %u after %" G_GINT64_FORMAT " µs (POLKU_TEST_SEED=%u): the file is cut, %zu bytes",
                  kill_number, delay, seed, g_bytes_get_size (now));

      last_pid = pid;
      n_left += count_temporaries_of (dir, last_pid) > 0 ? 1 : 0;
    }

  /* The kills did come in the middle of saves. */
  print_message ("  %u of the kills left a temporary file\n", n_left);
  assert_true (n_left >= KILLS / 10);

  assert_true (polku_file_write_path (path, version_b, NULL, &error));
  assert_int_equal (count_temporaries_of (dir, 0), 0);
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_new_file_mode_follows_umask, setup, teardown),
    cmocka_unit_test_setup_teardown (test_replaced_file_keeps_mode_and_owner, setup, teardown),
    cmocka_unit_test_setup_teardown (test_links_are_kept, setup, teardown),
    cmocka_unit_test_setup_teardown (test_link_loop_is_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_core_save_keeps_links_and_modes, setup, teardown),
    cmocka_unit_test_setup_teardown (test_non_regular_files_are_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_missing_folder_is_named, setup, teardown),
    cmocka_unit_test_setup_teardown (test_cancelled_write_leaves_the_file, setup, teardown),
    cmocka_unit_test_setup_teardown (test_long_names, setup, teardown),
    cmocka_unit_test_setup_teardown (test_write_in_thread, setup, teardown),
    cmocka_unit_test_setup_teardown (test_read_only_folder, setup, teardown),
    cmocka_unit_test_setup_teardown (test_temporary_names, setup, teardown),
    cmocka_unit_test_setup_teardown (test_leftovers_of_ended_writers_go, setup, teardown),
    cmocka_unit_test_setup_teardown (test_leftovers_go_in_a_thread, setup, teardown),
    cmocka_unit_test_setup_teardown (test_killed_saves, setup, teardown),
  };

  if (argc == 3 && g_str_equal (argv[1], "--saver"))
    return run_saver (argv[2]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  return cmocka_run_group_tests_name ("write", tests, NULL, NULL);
}
