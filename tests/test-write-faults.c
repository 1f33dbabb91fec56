/* test-write-faults.c: every writer of Polku, with one call failing
 *
 * The test runs with the fault shim (polku-fault-shim.c) preloaded. Each
 * writer saves, 500 times, into a folder the shim watches, and each time
 * another call (open, write, fsync, close, rename) fails, with another
 * error; some writes are also cut short or interrupted. After each save the
 * files it writes are byte for byte either as they were or as they should
 * be, no temporary file is left, no file descriptor is leaked, and a failure
 * is told, naming the file. The writers are the journey save of core and of
 * the app (its loading and saving code, which needs no display), drafts,
 * and polku-cli's normalize, export to PDF, SVG, PNG, CSV, Mermaid and
 * CJML and thumbnail, run as the program runs them and, for a few of the
 * trials, as the program itself.
 *
 * Then the same writers meet a file system that is really full: a small
 * tmpfs, mounted in a namespace of the test's own when it may make one.
 *
 * POLKU_TEST_SEED=N repeats a run; a failure prints the seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare() */
#define _GNU_SOURCE

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "polku-cli-private.h"
#include "polku-core.h"
#include "polku-document-io.h"
#include "polku-drafts.h"
#include "polku-render.h"
#include "polku-test.h"

#define TRIALS 500
/* Of the trials of each command of polku-cli, how many run the program
 * itself: it starts slower than its commands run. */
#define PROGRAM_TRIALS 25
/* polku-cli's exit status for a full disk test that cannot run. */
#define SKIPPED 77

typedef enum
{
  WRITER_CORE,
  WRITER_DOCUMENT_IO,
  WRITER_DRAFT,
  WRITER_NORMALIZE,
  WRITER_PDF,
  WRITER_SVG,
  WRITER_PNG,
  WRITER_THUMBNAIL,
  WRITER_CSV,
  WRITER_MERMAID,
  WRITER_CJML,
  N_WRITERS
} WriterKind;

typedef struct
{
  const char *name;
  /* The files it writes, in the watched folder; the second may be NULL. */
  const char *targets[2];
  gboolean    is_cli;
} Writer;

static const Writer writers[N_WRITERS] = {
  [WRITER_CORE] = { "core save", { "core.polku", NULL }, FALSE },
  [WRITER_DOCUMENT_IO] = { "app save", { "app.polku", NULL }, FALSE },
  [WRITER_DRAFT] = { "draft", { "draft.polku", "draft.draft" }, FALSE },
  [WRITER_NORMALIZE] = { "normalize", { "normalized.polku", NULL }, TRUE },
  [WRITER_PDF] = { "export PDF", { "map.pdf", NULL }, TRUE },
  [WRITER_SVG] = { "export SVG", { "map.svg", NULL }, TRUE },
  [WRITER_PNG] = { "export PNG", { "map.png", NULL }, TRUE },
  [WRITER_THUMBNAIL] = { "thumbnail", { "thumbnail.png", NULL }, TRUE },
  [WRITER_CSV] = { "export CSV", { "journey.csv", NULL }, TRUE },
  [WRITER_MERMAID] = { "export Mermaid", { "journey.mmd", NULL }, TRUE },
  [WRITER_CJML] = { "export CJML", { "journey.cjml", NULL }, TRUE },
};

/* The shim's controls. */
static void (*fault_arm) (const char *dir, uint64_t seed, long fail_at);
static void (*fault_disarm) (void);
static long (*fault_get_calls) (void);
static const char *(*fault_get_failed) (void);

static guint32 base_seed;
static char *self_path;
/* Whether polku-cli's commands run as the program itself, not in a child
 * of this process. */
static gboolean as_program;

/* The scratch folder: sources in in/, what the writers write in out/, which
 * the shim watches, and what they print in err. */
static char *scratch;
static char *in_dir;
static char *out_dir;
static char *err_path;
/* Two versions of a journey, A and B, as documents and as files. */
static PolkuDocument *documents[2];
static char *sources[2];

static const char * const titles[2] = { "Version A", "Version B, a little longer" };

static char *
out_path (const char *name)
{
  return g_build_filename (out_dir, name, NULL);
}

static void
setup_journeys (void)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *xml = polku_test_journey_titled (titles[i]);
      g_autofree char *name = g_strdup_printf ("%c.polku", 'a' + i);
      g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
      g_autoptr(GError) error = NULL;

      sources[i] = g_build_filename (in_dir, name, NULL);
      assert_true (g_file_set_contents (sources[i], xml, -1, NULL));
      documents[i] = polku_reader_load_bytes (bytes, name, &error);
      assert_null (error);
    }

  /* The fonts, loaded once here, not in each child that draws. */
  for (PolkuExportFormat format = 0; format < POLKU_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GBytes) drawn = NULL;
      g_autoptr(GError) error = NULL;

      drawn = polku_export_journey_to_bytes (polku_document_get_journey (documents[0], 0), format, &error);
      assert_null (error);
    }
}

static int
setup (void **state)
{
  /* In memory where there is room: flushing thousands of saves to a disk
   * would take most of the run, and the shim decides what fails. */
  if (access ("/dev/shm", W_OK) == 0)
    scratch = g_mkdtemp (g_strdup ("/dev/shm/polku-test-write-faults-XXXXXX"));
  if (scratch == NULL)
    scratch = polku_test_make_tmp_dir ("polku-test-write-faults-XXXXXX");
  in_dir = g_build_filename (scratch, "in", NULL);
  out_dir = g_build_filename (scratch, "out", NULL);
  err_path = g_build_filename (scratch, "err", NULL);
  assert_int_equal (g_mkdir (in_dir, 0700), 0);
  assert_int_equal (g_mkdir (out_dir, 0700), 0);
  setup_journeys ();
  return 0;
}

static int
teardown (void **state)
{
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&documents[i]);
      g_clear_pointer (&sources[i], g_free);
    }
  polku_test_remove_tree (scratch);
  g_clear_pointer (&scratch, g_free);
  g_clear_pointer (&in_dir, g_free);
  g_clear_pointer (&out_dir, g_free);
  g_clear_pointer (&err_path, g_free);
  return 0;
}

/* Running the writers */

typedef struct
{
  gboolean  done;
  gboolean  saved;
  GError   *error;
} Saving;

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saving *saving = user_data;

  saving->saved = polku_document_io_save_finish (result, &saving->error);
  saving->done = TRUE;
}

/* The arguments of polku-cli that make writer write version which. */
static GStrv
dup_cli_arguments (WriterKind kind,
                   guint      which)
{
  g_autofree char *target = out_path (writers[kind].targets[0]);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "polku-cli");
  switch (kind)
    {
    case WRITER_NORMALIZE:
      g_strv_builder_addv (builder, (const char *[]) { "normalize", sources[which], "-o", target, NULL });
      break;

    case WRITER_PDF:
    case WRITER_SVG:
    case WRITER_CSV:
    case WRITER_MERMAID:
    case WRITER_CJML:
      g_strv_builder_addv (builder, (const char *[]) { "export", sources[which], "-o", target, NULL });
      break;

    case WRITER_PNG:
      g_strv_builder_addv (builder, (const char *[]) { "export", sources[which], "-o", target, "--dpi", "36", NULL });
      break;

    case WRITER_THUMBNAIL:
      /* Of another size each: the two images differ however alike they look. */
      g_strv_builder_addv (builder, (const char *[]) { "thumbnail", sources[which], target,
                                                       "--size", which == 0 ? "24" : "32", NULL });
      break;

    case WRITER_CORE:
    case WRITER_DOCUMENT_IO:
    case WRITER_DRAFT:
    case N_WRITERS:
    default:
      g_assert_not_reached ();
    }
  return g_strv_builder_end (builder);
}

static guint
count_open_fds (void)
{
  g_auto(GStrv) fds = polku_test_list_dir ("/proc/self/fd");

  return g_strv_length (fds);
}

/* What one writing did. */
typedef struct
{
  gboolean  written;
  /* Why not, as the writer says it. */
  char     *message;
  /* The call the shim made fail, or NULL. */
  char     *failed;
  long      n_calls;
  gboolean  leaked_fd;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->message, g_free);
  g_clear_pointer (&outcome->failed, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

/* The exit status of a command that leaked a file descriptor. */
#define LEAKED_FD 100

/* Runs polku-cli's command as the program does, in a child process: each
 * starts where the last did, so that what the renderer counts as it goes
 * (the ids of an SVG file) is the same every time. The child arms the shim
 * and leaves what it made fail in a file. */
static void
run_cli_in_child (WriterKind  kind,
                  guint       which,
                  guint64     seed,
                  long        fail_at,
                  Outcome    *outcome)
{
  g_auto(GStrv) arguments = dup_cli_arguments (kind, which);
  g_autofree char *report_path = g_build_filename (scratch, "report", NULL);
  g_autofree char *report = NULL;
  g_auto(GStrv) lines = NULL;
  int wait_status;
  pid_t pid;

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  assert_true (pid >= 0);
  if (pid == 0)
    {
      int fd = open (err_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      g_autofree char *line = NULL;
      guint fds_before;
      int status;

      dup2 (fd, 2);
      close (fd);
      fds_before = count_open_fds ();
      if (fail_at >= 0)
        fault_arm (out_dir, seed, fail_at);
      status = polku_cli_run ((int) g_strv_length (arguments), arguments);
      line = g_strdup_printf ("%s\n%ld\n", fault_get_failed () != NULL ? fault_get_failed () : "",
                              fault_get_calls ());
      fault_disarm ();
      fflush (stderr);
      g_file_set_contents (report_path, line, -1, NULL);
      _exit (count_open_fds () != fds_before ? LEAKED_FD : status);
    }

  assert_int_equal (waitpid (pid, &wait_status, 0), pid);
  assert_true (WIFEXITED (wait_status));
  outcome->written = WEXITSTATUS (wait_status) == 0;
  outcome->leaked_fd = WEXITSTATUS (wait_status) == LEAKED_FD;
  g_file_get_contents (err_path, &outcome->message, NULL, NULL);
  assert_true (g_file_get_contents (report_path, &report, NULL, NULL));
  lines = g_strsplit (report, "\n", 3);
  outcome->failed = lines[0][0] != '\0' ? g_strdup (lines[0]) : NULL;
  outcome->n_calls = g_ascii_strtoll (lines[1], NULL, 10);
}

/* Writes version which of the journey with a writer of this process:
 * whether it says it did; if not, why in *message. */
static gboolean
run_writer (WriterKind   kind,
            guint        which,
            char       **message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = out_path (writers[kind].targets[0]);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  gboolean done = FALSE;

  switch (kind)
    {
    case WRITER_CORE:
      done = polku_writer_save_file (documents[which], file, NULL, &error);
      break;

    case WRITER_DOCUMENT_IO:
      {
        Saving saving = { FALSE, FALSE, NULL };

        polku_document_io_save_async (documents[which], file, NULL, saved_cb, &saving);
        while (!saving.done)
          g_main_context_iteration (NULL, TRUE);
        done = saving.saved;
        error = saving.error;
      }
      break;

    case WRITER_DRAFT:
      {
        g_autoptr(GBytes) bytes = polku_writer_write (documents[which]);

        done = polku_drafts_write (out_dir, "draft", bytes, file, titles[which], &error);
      }
      break;

    case WRITER_NORMALIZE:
    case WRITER_PDF:
    case WRITER_SVG:
    case WRITER_PNG:
    case WRITER_THUMBNAIL:
    case WRITER_CSV:
    case WRITER_MERMAID:
    case WRITER_CJML:
    case N_WRITERS:
    default:
      g_assert_not_reached ();
    }

  if (error != NULL)
    *message = g_strdup (error->message);
  return done;
}

/* Runs polku-cli itself, the shim armed from its environment. */
static void
run_cli_program (WriterKind  kind,
                 guint       which,
                 guint64     seed,
                 long        fail_at,
                 Outcome    *outcome)
{
  g_auto(GStrv) argv = dup_cli_arguments (kind, which);
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *fault = g_strdup_printf ("%" G_GUINT64_FORMAT ":%ld", seed, fail_at);
  g_autoptr(GError) error = NULL;
  const char *report;
  int status;

  if (fail_at >= 0)
    {
      envp = g_environ_setenv (envp, "POLKU_FAULT_DIR", out_dir, TRUE);
      envp = g_environ_setenv (envp, "POLKU_FAULT", fault, TRUE);
    }
  g_free (argv[0]);
  argv[0] = g_strdup (g_getenv ("POLKU_CLI"));
  assert_true (g_spawn_sync (NULL, argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                             NULL, &outcome->message, &status, &error));
  outcome->written = g_spawn_check_wait_status (status, NULL);

  /* The shim says what it made fail, and how many calls it counted. */
  report = strstr (outcome->message, "polku-fault-shim: call ");
  if (report != NULL)
    {
      report = strstr (report, "fails: ") + strlen ("fails: ");
      outcome->failed = g_strndup (report, strcspn (report, "\n"));
    }
  report = strstr (outcome->message, "polku-fault-shim: calls: ");
  if (report != NULL)
    outcome->n_calls = g_ascii_strtoll (report + strlen ("polku-fault-shim: calls: "), NULL, 10);
}

/* Writes version which with the writer, the shim armed to make call
 * fail_at fail (0: none, only counting; -1: not armed at all). */
static void
write_version (WriterKind  kind,
               guint       which,
               guint64     seed,
               long        fail_at,
               Outcome    *outcome)
{
  guint fds_before;

  if (writers[kind].is_cli && as_program)
    {
      run_cli_program (kind, which, seed, fail_at, outcome);
      return;
    }
  if (writers[kind].is_cli)
    {
      run_cli_in_child (kind, which, seed, fail_at, outcome);
      return;
    }

  fds_before = count_open_fds ();
  if (fail_at >= 0)
    fault_arm (out_dir, seed, fail_at);
  outcome->written = run_writer (kind, which, &outcome->message);
  outcome->failed = g_strdup (fault_get_failed ());
  outcome->n_calls = fault_get_calls ();
  fault_disarm ();
  outcome->leaked_fd = count_open_fds () != fds_before;
}

/* What a file holds, with what changes from one writing to the next (a
 * PDF's creation date, a draft's time) made the same. */
static GBytes *
read_comparable (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  char *found;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;

  /* Binary: its streams hold NUL bytes. */
  found = memmem (contents, length, "/CreationDate (D:", strlen ("/CreationDate (D:"));
  if (g_str_has_suffix (path, ".pdf") && found != NULL)
    for (char *p = found + strlen ("/CreationDate (D:"); p < contents + length && g_ascii_isdigit (*p); p++)
      *p = '0';
  found = g_strstr_len (contents, length, "\nSaved=");
  if (g_str_has_suffix (path, ".draft") && found != NULL)
    for (char *p = found + strlen ("\nSaved="); p < contents + length && *p != '\n'; p++)
      *p = '0';

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* Which of the two versions the file holds: 0, 1, or -1 for neither. */
static int
which_version (GBytes     *expected[2],
               const char *path)
{
  g_autoptr(GBytes) actual = read_comparable (path);

  for (int i = 0; i < 2; i++)
    if (actual != NULL && g_bytes_equal (actual, expected[i]))
      return i;
  return -1;
}

/* The listing of the watched folder is the writer's files and nothing else. */
static gboolean
only_targets_there (const Writer *writer)
{
  g_auto(GStrv) names = polku_test_list_dir (out_dir);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], writer->targets[0]) != 0 && g_strcmp0 (names[i], writer->targets[1]) != 0)
      return FALSE;
  return TRUE;
}

/* One trial: the fault planned and what came of it. */
typedef struct
{
  guint64  seed;
  long     fail_at;
  Outcome  outcome;
  /* Which version each file holds after it. */
  int      now[2];
} Trial;

static void
trial_clear (Trial *trial)
{
  outcome_clear (&trial->outcome);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Trial, trial_clear)

#define trial_fail(writer, number, trial, ...) \
  fail_msg ("%s, trial %u (POLKU_TEST_SEED=%u, call %ld made to fail: %s): %s", \
            (writer)->name, number, base_seed, (trial)->fail_at, \
            (trial)->outcome.failed != NULL ? (trial)->outcome.failed : "none", g_strdup_printf (__VA_ARGS__))

/* What must hold after each trial, whatever failed. */
static void
check_trial (const Writer *writer,
             guint         number,
             Trial        *trial,
             GBytes       *expected[2][2],
             const int     before[2],
             guint         next)
{
  const Outcome *outcome = &trial->outcome;

  /* Each file is whole: as it was or as it should be. */
  for (guint t = 0; t < 2 && writer->targets[t] != NULL; t++)
    {
      g_autofree char *path = out_path (writer->targets[t]);

      trial->now[t] = which_version (expected[t], path);
      if (trial->now[t] < 0)
        trial_fail (writer, number, trial, "%s is neither the old nor the new file", writer->targets[t]);
      if (trial->now[t] != before[t] && trial->now[t] != (int) next)
        trial_fail (writer, number, trial, "%s changed to an older version", writer->targets[t]);
      if (outcome->written && trial->now[t] != (int) next)
        trial_fail (writer, number, trial, "saved, but %s is still the old file", writer->targets[t]);
    }
  if (writer->targets[1] == NULL)
    trial->now[1] = trial->now[0];

  /* No temporary file is left, and no file open. */
  if (!only_targets_there (writer))
    trial_fail (writer, number, trial, "a temporary file was left in the folder");
  if (outcome->leaked_fd)
    trial_fail (writer, number, trial, "a file descriptor was leaked");

  /* A failure is told, and only a failure. Only a folder that cannot be
   * opened to flush it, or closing it, fails no save. */
  if (outcome->failed == NULL && !outcome->written)
    trial_fail (writer, number, trial, "failed with nothing made to fail: %s", outcome->message);
  if (outcome->failed != NULL && outcome->written
      && !g_str_has_prefix (outcome->failed, "open-dir") && !g_str_has_prefix (outcome->failed, "close-dir"))
    trial_fail (writer, number, trial, "a failing call went unnoticed");
  if (!outcome->written && (outcome->message == NULL || outcome->message[0] == '\0'))
    trial_fail (writer, number, trial, "failed without saying why");

  /* Messages of the CLI and of core name the file; the app and the drafts
   * name it around the message. */
  if (!outcome->written && (writer->is_cli || writer == &writers[WRITER_CORE])
      && strstr (outcome->message, writer->targets[0]) == NULL)
    trial_fail (writer, number, trial, "the message does not name %s: %s", writer->targets[0], outcome->message);
}

static void
read_expected (const Writer *writer,
               guint         which,
               GBytes       *expected[2][2])
{
  for (guint t = 0; t < 2 && writer->targets[t] != NULL; t++)
    {
      g_autofree char *path = out_path (writer->targets[t]);

      expected[t][which] = read_comparable (path);
      assert_non_null (expected[t][which]);
    }
}

static void
clear_expected (GBytes *expected[2][2])
{
  for (guint t = 0; t < 2; t++)
    for (guint i = 0; i < 2; i++)
      g_clear_pointer (&expected[t][i], g_bytes_unref);
}

/* Empties the watched folder, writes both versions without a fault: what
 * they are, and how many calls the shim counts in writing one. */
static long
calibrate (WriterKind  kind,
           GBytes     *expected[2][2])
{
  g_auto(GStrv) names = polku_test_list_dir (out_dir);
  g_auto(Outcome) first = { 0 };
  g_auto(Outcome) second = { 0 };

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = out_path (names[i]);

      g_unlink (path);
    }

  write_version (kind, 0, base_seed, -1, &first);
  if (!first.written)
    fail_msg ("%s: %s", writers[kind].name, first.message);
  read_expected (&writers[kind], 0, expected);

  write_version (kind, 1, base_seed, 0, &second);
  if (!second.written)
    fail_msg ("%s: %s", writers[kind].name, second.message);
  read_expected (&writers[kind], 1, expected);

  assert_false (g_bytes_equal (expected[0][0], expected[0][1]));
  /* At the least: open, write, fsync, close and rename. */
  assert_true (second.n_calls >= 5);
  return second.n_calls;
}

static void
run_trials (WriterKind kind,
            guint      n_trials)
{
  const Writer *writer = &writers[kind];
  GBytes *expected[2][2] = { { NULL } };
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) base_seed + kind * 1000 + as_program);
  int now[2] = { 1, 1 };
  guint n_failed = 0;
  long n_calls;

  n_calls = calibrate (kind, expected);

  for (guint number = 0; number < n_trials; number++)
    {
      g_auto(Trial) trial = { 0 };
      guint next = now[0] == 0 ? 1 : 0;

      trial.seed = g_rand_int (rand);
      /* One more than the calls of a whole write: some trials fail nothing. */
      trial.fail_at = 1 + (long) (trial.seed % (guint64) (n_calls + 1));

      write_version (kind, next, trial.seed, trial.fail_at, &trial.outcome);
      check_trial (writer, number, &trial, expected, now, next);

      memcpy (now, trial.now, sizeof now);
      n_failed += trial.outcome.written ? 0 : 1;
    }

  print_message ("%s%s: %u trials, %ld calls a save, %u failed as they should\n",
                 writer->name, as_program ? " (polku-cli itself)" : "", n_trials, n_calls, n_failed);
  /* The faults did come: most trials fail. */
  assert_true (n_failed >= n_trials / 4);
  clear_expected (expected);
}

static void
test_writer (void **state)
{
  WriterKind kind = GPOINTER_TO_INT (*state);

  as_program = FALSE;
  run_trials (kind, TRIALS);
  if (writers[kind].is_cli)
    {
      as_program = TRUE;
      run_trials (kind, PROGRAM_TRIALS);
      as_program = FALSE;
    }
}

/* A full file system */

/* Writes text to a file of /proc, which cannot be replaced. */
static gboolean
write_proc_file (const char *path,
                 const char *text)
{
  int fd = open (path, O_WRONLY | O_CLOEXEC);
  gboolean written;

  if (fd < 0)
    return FALSE;
  written = write (fd, text, strlen (text)) == (gssize) strlen (text);
  close (fd);
  return written;
}

/* Makes out_dir a small tmpfs in a mount namespace of this process's own:
 * FALSE, having said why, when it may not. */
static gboolean
mount_private_tmpfs (const char *size)
{
  g_autofree char *options = g_strdup_printf ("size=%s", size);
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (uid != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1\n", (unsigned) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1\n", (unsigned) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          printf ("Cannot make a user namespace (%s)\n", g_strerror (errno));
          return FALSE;
        }
      write_proc_file ("/proc/self/setgroups", "deny");
      if (!write_proc_file ("/proc/self/uid_map", uid_map)
          || !write_proc_file ("/proc/self/gid_map", gid_map))
        {
          printf ("Cannot map the user in the namespace\n");
          return FALSE;
        }
    }
  else if (unshare (CLONE_NEWNS) != 0)
    {
      printf ("Cannot make a mount namespace (%s)\n", g_strerror (errno));
      return FALSE;
    }

  /* Nothing mounted here shows outside. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0
      || mount ("tmpfs", out_dir, "tmpfs", 0, options) != 0)
    {
      printf ("Cannot mount a tmpfs on %s (%s)\n", out_dir, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Fills the file system of out_dir to the last byte. */
static void
fill_disk (void)
{
  g_autofree char *filler = out_path ("filler");
  char block[4096];
  FILE *stream;

  stream = fopen (filler, "w");
  assert_non_null (stream);
  memset (block, 'x', sizeof block);
  while (fwrite (block, 1, sizeof block, stream) == sizeof block && fflush (stream) == 0)
    ;
  clearerr (stream);
  while (fputc ('x', stream) != EOF && fflush (stream) == 0)
    ;
  fclose (stream);
}

static void
test_full_disk_writer (void **state)
{
  WriterKind kind = GPOINTER_TO_INT (*state);
  const Writer *writer = &writers[kind];
  GBytes *expected[2][2] = { { NULL } };
  g_auto(Outcome) first = { 0 };
  g_auto(Outcome) full = { 0 };
  g_auto(Outcome) room = { 0 };
  g_autofree char *filler = out_path ("filler");
  g_autofree char *target = out_path (writer->targets[0]);

  /* Version A, then B on a full disk, then B with room again. */
  calibrate (kind, expected);
  write_version (kind, 0, base_seed, -1, &first);
  assert_true (first.written);

  fill_disk ();
  write_version (kind, 1, base_seed, -1, &full);
  assert_false (full.written);
  print_message ("  %s on a full disk: %s%s", writer->name, full.message,
                 g_str_has_suffix (full.message, "\n") ? "" : "\n");
  assert_non_null (strstr (full.message, g_strerror (ENOSPC)));
  for (guint t = 0; t < 2 && writer->targets[t] != NULL; t++)
    {
      g_autofree char *path = out_path (writer->targets[t]);

      assert_int_equal (which_version (expected[t], path), 0);
    }
  g_unlink (filler);
  assert_true (only_targets_there (writer));

  write_version (kind, 1, base_seed, -1, &room);
  assert_true (room.written);
  assert_int_equal (which_version (expected[0], target), 1);
  clear_expected (expected);
}

/* The child that the full disk test starts: in its own namespace, before
 * any thread runs. */
static int
run_full_disk_child (void)
{
  struct CMUnitTest tests[N_WRITERS];
  int failed;

  scratch = polku_test_make_tmp_dir ("polku-test-write-full-XXXXXX");
  in_dir = g_build_filename (scratch, "in", NULL);
  out_dir = g_build_filename (scratch, "out", NULL);
  err_path = g_build_filename (scratch, "err", NULL);
  g_mkdir (in_dir, 0700);
  g_mkdir (out_dir, 0700);

  if (!mount_private_tmpfs ("1m"))
    {
      polku_test_remove_tree (scratch);
      return SKIPPED;
    }

  setup_journeys ();
  /* polku-cli's commands first, as in the main run. */
  for (guint i = 0; i < N_WRITERS; i++)
    {
      WriterKind kind = (i + WRITER_NORMALIZE) % N_WRITERS;

      tests[i] = (struct CMUnitTest) {
        writers[kind].name, test_full_disk_writer, NULL, NULL, GINT_TO_POINTER (kind)
      };
    }
  failed = cmocka_run_group_tests_name ("full disk", tests, NULL, NULL);

  umount2 (out_dir, MNT_DETACH);
  teardown (NULL);
  return failed;
}

static void
test_full_disk (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  assert_true (g_spawn_sync (NULL, (char *[]) { self_path, (char *) "--full-disk", NULL }, NULL,
                             G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error));
  if (WIFEXITED (status) && WEXITSTATUS (status) == SKIPPED)
    {
      print_message ("Skipping the full disk: %s", out);
      skip ();
    }
  /* cmocka prints a line at most of what it is given at once. */
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (lines[i][0] != '\0')
        print_message ("%s\n", lines[i]);
  }
  assert_true (g_spawn_check_wait_status (status, NULL));
}

static void *
find_shim_function (const char *name)
{
  void *function = dlsym (RTLD_DEFAULT, name);

  if (function == NULL)
    {
      fprintf (stderr, "The fault shim is not loaded: run with LD_PRELOAD=polku-fault-shim.so\n");
      exit (EXIT_FAILURE);
    }
  return function;
}

int
main (int   argc,
      char *argv[])
{
  /* polku-cli's commands first, run in child processes, before the
   * writers of this process start threads. */
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_NORMALIZE)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_PDF)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_SVG)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_PNG)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_THUMBNAIL)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_CSV)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_MERMAID)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_CJML)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_CORE)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_DOCUMENT_IO)),
    cmocka_unit_test_prestate (test_writer, GINT_TO_POINTER (WRITER_DRAFT)),
    cmocka_unit_test (test_full_disk),
  };
  const char *seed = g_getenv ("POLKU_TEST_SEED");

  fault_arm = find_shim_function ("polku_fault_arm");
  fault_disarm = find_shim_function ("polku_fault_disarm");
  fault_get_calls = find_shim_function ("polku_fault_get_calls");
  fault_get_failed = find_shim_function ("polku_fault_get_failed");

  polku_i18n_init ();
  base_seed = seed != NULL ? (guint32) g_ascii_strtoull (seed, NULL, 10) : g_random_int ();

  if (argc == 2 && g_str_equal (argv[1], "--full-disk"))
    return run_full_disk_child ();

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  return cmocka_run_group_tests_name ("write faults", tests, setup, teardown);
}
