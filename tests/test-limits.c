/* test-limits.c: polku-cli on journeys that once hung it, measured
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files of tests/corpus named valid-long-* hold text that made a
 * layout add pages forever or take time in the square of its length: a
 * step name of 48 lines, one of 16,384 lines, one word of 65,536
 * characters, one that changes direction at every character, a title of
 * 65,536 characters, long words and lines in every other text. polku-cli exports
 * each in every mode and format, and makes its thumbnail, in a process of
 * its own as a user or a file manager runs it; each must end within 2 s
 * (see max_wall_seconds ()) and 300 MB (the process's own peak, from
 * wait4) and write a file that a reader opens, or say why and write
 * nothing. Journeys over the budget are
 * refused as quickly, with the limit named, and leave no file.
 */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "polku-core.h"
#include "polku-render.h"
#include "polku-test.h"

/* Under AddressSanitizer, polku-cli runs the same code checked: slower,
 * and with redzones, shadow memory and a quarantine of freed blocks around
 * its heap. Measured on these files, a run takes up to 2.4 times the
 * processor time and 4.1 times the memory of the plain build, so the
 * limits are 4 times as large there: a layout that runs away still goes
 * far past them, and the plain build holds the figures a user meets. */
#ifdef __SANITIZE_ADDRESS__
#define SANITIZER_FACTOR 4
#else
#define SANITIZER_FACTOR 1
#endif

#define MAX_SECONDS    (2.0 * SANITIZER_FACTOR)
#define MAX_RSS_KB     (300 * 1024 * SANITIZER_FACTOR)
#define KILL_SECONDS   (20 * SANITIZER_FACTOR)  /* a child still running then has hung */
#define MAX_MEMORY     (2UL * 1024 * 1024 * 1024)  /* the address space a child may take */
#define MAX_PAGES      POLKU_RENDER_MAX_PAGES

typedef struct
{
  int     status;      /* the exit status, or -1 for a child that did not exit */
  double  seconds;     /* wall time */
  double  cpu_seconds; /* the processor's, in the child and the kernel */
  glong   max_rss_kb;
  char   *err;
} Child;

static void
child_clear (Child *child)
{
  g_clear_pointer (&child->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Child, child_clear)

/* Runs in the child before polku-cli: a runaway takes no more than
 * MAX_MEMORY, rather than the machine's. AddressSanitizer reserves
 * terabytes of address space for its shadow memory and could not start
 * within that limit: there, user_environ () has the sanitizer stop the
 * process at as much resident memory instead. */
static void
limit_memory (gpointer user_data)
{
#ifndef __SANITIZE_ADDRESS__
  struct rlimit limit = { MAX_MEMORY, MAX_MEMORY };

  setrlimit (RLIMIT_AS, &limit);
#endif
}

/* Runs polku-cli with args, NULL-terminated, in envp; kills it after
 * KILL_SECONDS. */
static void
run_measured (Child              *child,
              char              **envp,
              const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + KILL_SECONDS * G_USEC_PER_SEC;
  int err_fd;
  int status;
  GPid pid;

  g_ptr_array_add (argv, (char *) g_getenv ("POLKU_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  assert_non_null (g_ptr_array_index (argv, 0));

  assert_true (g_spawn_async_with_pipes (NULL, (char **) argv->pdata, envp,
                                         G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                         limit_memory, NULL, &pid, NULL, NULL, &err_fd, &error));

  /* What it says, until it closes its standard error or runs too long. */
  for (;;)
    {
      struct pollfd fd = { err_fd, POLLIN, 0 };
      int timeout = (int) MAX (0, (deadline - g_get_monotonic_time ()) / 1000);
      char buffer[4096];
      ssize_t n;

      if (poll (&fd, 1, timeout) == 0)
        {
          kill (pid, SIGKILL);
          break;
        }
      n = read (err_fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (err, buffer, n);
    }
  close (err_fd);

  while (wait4 (pid, &status, 0, &usage) < 0)
    assert_int_equal (errno, EINTR);
  g_spawn_close_pid (pid);

  child->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  child->status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  child->max_rss_kb = usage.ru_maxrss;
  child->cpu_seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                       (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  child->err = g_string_free (g_steal_pointer (&err), FALSE);
}

/* The wall time a run may take: MAX_SECONDS, what a user waits, on a
 * machine with a processor to spare; on one that others' processes keep
 * busy, as a shared build machine, as many times more as the machine has
 * processes ready to run for each processor. The processor time the run
 * takes is held to MAX_SECONDS whatever the load. */
static double
max_wall_seconds (void)
{
  double load;

  if (getloadavg (&load, 1) != 1)
    return MAX_SECONDS;
  return MAX_SECONDS * MAX (1.0, load / g_get_num_processors ());
}

/* Runs polku-cli with args as run_measured () does, and fails unless it
 * keeps within the limits of time and memory. */
static void
run_within_limits (Child              *child,
                   char              **envp,
                   const char         *what,
                   const char * const *args)
{
  double max_wall;

  run_measured (child, envp, args);
  max_wall = max_wall_seconds ();
  print_message ("%-58s %5.2f s (processor %5.2f s) %4ld MB\n", what, child->seconds,
                 child->cpu_seconds, child->max_rss_kb / 1024);
  if (child->cpu_seconds >= MAX_SECONDS)
    fail_msg ("%s took %.2f s of processor time", what, child->cpu_seconds);
  if (child->seconds >= max_wall)
    fail_msg ("%s took %.2f s, more than %.2f s", what, child->seconds, max_wall);
  if (child->max_rss_kb >= MAX_RSS_KB)
    fail_msg ("%s took %ld MB", what, child->max_rss_kb / 1024);
}

/* A refusal: status 1, a message that names name, and no output file. */
static void
assert_refused (const Child *child,
                const char  *name,
                const char  *output,
                const char  *what)
{
  if (child->status != 1)
    fail_msg ("%s: exit status %d, not 1: %s", what, child->status, child->err);
  if (strstr (child->err, name) == NULL)
    fail_msg ("%s: the message does not name %s: %s", what, name, child->err);
  if (g_file_test (output, G_FILE_TEST_EXISTS))
    fail_msg ("%s: refused, yet wrote %s", what, output);
}

static void
assert_svg_well_formed (const char *path)
{
  static const GMarkupParser parser = { NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = NULL;
  gsize length;

  assert_true (g_file_get_contents (path, &svg, &length, NULL));
  assert_non_null (g_strstr_len (svg, length, "<svg"));
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  if (!g_markup_parse_context_parse (context, svg, length, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    fail_msg ("%s is not well-formed: %s", path, error->message);
}

typedef enum
{
  OUTPUT_PDF,
  OUTPUT_SVG,
  OUTPUT_PNG,
  OUTPUT_THUMBNAIL,
} Output;

/* A file made: one a reader opens. */
static void
assert_output (Output      output,
               const char *path)
{
  switch (output)
    {
    case OUTPUT_PDF:
      assert_in_range (polku_test_pdf_pages (path), 1, MAX_PAGES);
      break;

    case OUTPUT_SVG:
      assert_svg_well_formed (path);
      break;

    case OUTPUT_PNG:
      polku_test_assert_png (path);
      break;

    case OUTPUT_THUMBNAIL:
      assert_in_range (polku_test_assert_png (path), 1, 256);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The user's environment: the tests' heap checks are not what a user
 * runs, nor what the limits are measured by. Under AddressSanitizer, its
 * checks stay, with the limit of limit_memory (). */
static char **
user_environ (void)
{
  char **envp = g_get_environ ();

  envp = g_environ_unsetenv (envp, "MALLOC_CHECK_");
  envp = g_environ_unsetenv (envp, "G_DEBUG");
#ifdef __SANITIZE_ADDRESS__
  {
    const char *options = g_environ_getenv (envp, "ASAN_OPTIONS");
    g_autofree char *limited = g_strdup_printf ("%s%shard_rss_limit_mb=%lu", options != NULL ? options : "",
                                                options != NULL ? ":" : "", MAX_MEMORY / (1024 * 1024));

    envp = g_environ_setenv (envp, "ASAN_OPTIONS", limited, TRUE);
  }
#endif
  return envp;
}

static void
test_long_texts_in_every_mode (void **state)
{
  static const struct {
    const char *mode;     /* NULL: a format with no mode, or a thumbnail */
    const char *name;
    Output      output;
  } runs[] = {
    { "fit", "fit.pdf", OUTPUT_PDF },
    { "poster", "poster.pdf", OUTPUT_PDF },
    { "handout", "handout.pdf", OUTPUT_PDF },
    { NULL, "map.svg", OUTPUT_SVG },
    { NULL, "map.png", OUTPUT_PNG },
    { NULL, "thumbnail.png", OUTPUT_THUMBNAIL },
  };
  g_autofree char *corpus = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", "corpus", NULL);
  g_autofree char *dir = polku_test_make_tmp_dir ("test-limits-XXXXXX");
  g_autoptr(GDir) listing = g_dir_open (corpus, 0, NULL);
  g_auto(GStrv) envp = user_environ ();
  const char *name;
  guint n_files = 0;

  assert_non_null (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *input = g_build_filename (corpus, name, NULL);

      if (!g_str_has_prefix (name, "valid-long-"))
        continue;
      n_files++;

      for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
        {
          g_autofree char *output = g_build_filename (dir, runs[i].name, NULL);
          g_autofree char *what = g_strdup_printf ("%s to %s", name, runs[i].name);
          g_auto(Child) child = { 0 };

          if (runs[i].output == OUTPUT_THUMBNAIL)
            run_within_limits (&child, envp, what,
                               (const char *[]) { "thumbnail", input, output, NULL });
          else if (runs[i].mode != NULL)
            run_within_limits (&child, envp, what,
                               (const char *[]) { "export", input, "-o", output, "--mode", runs[i].mode, NULL });
          else
            run_within_limits (&child, envp, what,
                               (const char *[]) { "export", input, "-o", output, NULL });

          /* A PNG image may be too large to make: then the message says
           * what to try instead. */
          if (child.status != 0 && runs[i].output == OUTPUT_PNG)
            {
              assert_refused (&child, runs[i].name, output, what);
              assert_non_null (strstr (child.err, "Try --"));
              continue;
            }
          if (child.status != 0)
            fail_msg ("%s failed: %s", what, child.err);
          assert_output (runs[i].output, output);
          g_remove (output);
        }
    }
  assert_true (n_files >= 4);

  polku_test_remove_tree (dir);
}

/* Writes a journey of n steps and touchpoints in all to path. */
static void
write_journey_of_elements (const char *path,
                           guint       n)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_journey_new ("many");
  g_autoptr(PolkuStep) step = polku_step_new ("s", "Booking");
  g_autoptr(GBytes) bytes = NULL;

  polku_journey_set_title (journey, "Many touchpoints");
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, "Call");

      polku_step_append_touchpoint (step, touchpoint);
    }
  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  polku_document_append_journey (document, journey);
  bytes = polku_writer_write (document);
  assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
}

/* A journey over the budget is refused by export and by the thumbnailer at
 * once, with the file and the limit named, and nothing is written; the
 * thumbnailer's budget is the tighter, and it says so in the user's
 * language. */
static void
test_journeys_over_the_budget (void **state)
{
  g_autofree char *dir = polku_test_make_tmp_dir ("test-limits-XXXXXX");
  g_autofree char *many = g_build_filename (dir, "many.polku", NULL);
  g_autofree char *some = g_build_filename (dir, "some.polku", NULL);
  g_autofree char *pdf = g_build_filename (dir, "many.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "many.png", NULL);
  g_autofree char *limit = g_strdup_printf ("%u", POLKU_RENDER_MAX_ELEMENTS);
  g_autofree char *thumbnail_limit = g_strdup_printf ("%u", POLKU_THUMBNAIL_MAX_ELEMENTS);
  g_auto(GStrv) envp = user_environ ();
  g_auto(GStrv) finnish = user_environ ();
  Child child = { 0 };

  write_journey_of_elements (many, POLKU_RENDER_MAX_ELEMENTS + 1);
  write_journey_of_elements (some, POLKU_THUMBNAIL_MAX_ELEMENTS + 1);

  run_within_limits (&child, envp, "exporting a journey over the budget",
                     (const char *[]) { "export", many, "-o", pdf, NULL });
  assert_refused (&child, many, pdf, "export");
  assert_non_null (strstr (child.err, limit));
  assert_non_null (strstr (child.err, "steps and touchpoints"));
  child_clear (&child);

  run_within_limits (&child, envp, "a thumbnail of a journey over the budget",
                     (const char *[]) { "thumbnail", many, png, NULL });
  assert_refused (&child, many, png, "thumbnail");
  assert_non_null (strstr (child.err, thumbnail_limit));
  child_clear (&child);

  finnish = g_environ_setenv (finnish, "LANGUAGE", "fi", TRUE);
  run_within_limits (&child, finnish, "a thumbnail of a journey over its budget",
                     (const char *[]) { "thumbnail", some, png, NULL });
  assert_refused (&child, some, png, "thumbnail");
  assert_non_null (strstr (child.err, thumbnail_limit));
  assert_non_null (strstr (child.err, "askelta ja kosketuspistettä"));
  child_clear (&child);

  polku_test_remove_tree (dir);
}

/* A file larger than the thumbnailer's budget is not even parsed. */
static void
test_thumbnail_of_a_large_file (void **state)
{
  g_autofree char *dir = polku_test_make_tmp_dir ("test-limits-XXXXXX");
  g_autofree char *large = g_build_filename (dir, "large.polku", NULL);
  g_autofree char *png = g_build_filename (dir, "large.png", NULL);
  g_autofree char *limit = g_format_size (POLKU_THUMBNAIL_MAX_FILE_SIZE);
  g_auto(GStrv) envp = user_environ ();
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<polku xmlns=\"urn:polku:journey\" format=\"1\"/>\n");
  g_auto(Child) child = { 0 };

  /* White space after the root is still a valid file. */
  while (xml->len <= POLKU_THUMBNAIL_MAX_FILE_SIZE)
    g_string_append_c (xml, '\n');
  assert_true (g_file_set_contents (large, xml->str, xml->len, NULL));

  run_within_limits (&child, envp, "a thumbnail of a large file",
                     (const char *[]) { "thumbnail", large, png, NULL });
  assert_refused (&child, large, png, "thumbnail");
  assert_non_null (strstr (child.err, limit));

  polku_test_remove_tree (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_long_texts_in_every_mode),
    cmocka_unit_test (test_journeys_over_the_budget),
    cmocka_unit_test (test_thumbnail_of_a_large_file),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
