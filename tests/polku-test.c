/* polku-test.c: what the tests share: scratch folders, and the programs that
 * read the files Polku writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "polku-test.h"

char *
polku_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  assert_null (error);
  return dir;
}

void
polku_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        polku_test_remove_tree (child);
      }
  g_chmod (path, 0700);
  g_remove (path);
}

GBytes *
polku_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  if (error != NULL)
    fail_msg ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GStrv
polku_test_list_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    fail_msg ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

const char polku_test_journey_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" format=\"1\"><journey id=\"j\">\n"
  "<title>Test journey</title><segment><name>Testers</name></segment>\n"
  "<scale min=\"1\" max=\"5\"/>\n"
  "<phase kind=\"pre-purchase\"><step id=\"s1\"><name>Calling</name>\n"
  "<touchpoint id=\"t1\" channel=\"phone\" criticality=\"critical\""
  " role=\"prerequisite\" score=\"2\" target=\"4\"><name>Call centre</name>"
  "</touchpoint></step></phase>\n"
  "<phase kind=\"purchase\"/><phase kind=\"post-purchase\"/>\n"
  "</journey></polku>\n";

char *
polku_test_journey_titled (const char *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *element = g_strdup_printf ("<title>%s</title>", escaped);
  g_autoptr(GString) xml = g_string_new (polku_test_journey_xml);

  assert_int_equal (g_string_replace (xml, "<title>Test journey</title>", element, 1), 1);
  return g_string_free (g_steal_pointer (&xml), FALSE);
}

int
polku_test_ended_pid (void)
{
  pid_t pid = fork ();
  int status;

  assert_true (pid >= 0);
  if (pid == 0)
    _exit (0);
  assert_int_equal (waitpid (pid, &status, 0), pid);
  return pid;
}

char *
polku_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    fail_msg ("%s (install poppler-utils): %s", argv[0], error->message);
  assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

int
polku_test_pdf_info_pages (const char *info)
{
  const char *line = strstr (info, "\nPages:");

  assert_non_null (line);
  return atoi (line + strlen ("\nPages:"));
}

int
polku_test_pdf_pages (const char *path)
{
  g_autofree char *info = polku_test_run_tool ((const char *[]) { "pdfinfo", path, NULL });

  return polku_test_pdf_info_pages (info);
}

char *
polku_test_fold_space (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append (out, words[i]);
      }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

guint32
polku_test_assert_png (const char *path)
{
  /* The signature, then the IHDR chunk: its length, type and the width. */
  guchar header[24];
  FILE *f;

  f = g_fopen (path, "rb");
  assert_non_null (f);
  assert_int_equal (fread (header, 1, sizeof header, f), sizeof header);
  fclose (f);
  assert_memory_equal (header, "\x89PNG\r\n\x1a\n", 8);
  return (guint32) header[16] << 24 | header[17] << 16 | header[18] << 8 | header[19];
}

static guint wait_seconds = 10;

void
polku_test_set_wait_seconds (guint seconds)
{
  wait_seconds = seconds;
}

guint
polku_test_get_slowdown (void)
{
  const char *slowdown = g_getenv ("POLKU_TEST_SLOWDOWN");

  return slowdown != NULL ? CLAMP (atoi (slowdown), 1, 100) : 1;
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
polku_test_wait_until (PolkuTestCondition condition,
                       gpointer           data)
{
  gint64 deadline = g_get_monotonic_time () + wait_seconds * polku_test_get_slowdown () * G_USEC_PER_SEC;
  guint wake_up = g_timeout_add (10, wake_up_cb, NULL);
  gboolean holds;

  while (!(holds = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake_up);
  return holds;
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

void
polku_test_run_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  polku_test_wait_until (time_passed, &until);
}

gboolean
polku_test_main_context_idle (gpointer data)
{
  return !g_main_context_pending (NULL);
}

char *
polku_test_dup_ended_owner (void)
{
  g_autofree char *boot_id = NULL;
  int pid = polku_test_ended_pid ();

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL))
    boot_id = g_strdup ("");
  return g_strdup_printf ("%s:%d:0", g_strstrip (boot_id), (int) pid);
}

void
polku_test_orphan_draft (const char *dir,
                         const char *id)
{
  g_autofree char *name = g_strconcat (id, ".draft", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *owner = polku_test_dup_ended_owner ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  assert_null (error);
  g_key_file_set_string (key_file, "Draft", "Owner", owner);
  g_key_file_save_to_file (key_file, path, &error);
  assert_null (error);
}
