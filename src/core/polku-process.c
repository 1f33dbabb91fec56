/* polku-process.c: whether the process that left something behind is still
 * running
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "polku-process.h"

guint64
polku_process_get_start_time (gint64 pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return 0;

  /* "pid (name) state ppid …": the name may hold spaces and parentheses;
   * the start time is the 22nd field, the 20th after the name. */
  after_name = strrchr (stat, ')');
  if (after_name == NULL)
    return 0;
  fields = g_strsplit (after_name + 1, " ", 0);
  if (g_strv_length (fields) < 21)
    return 0;
  return g_ascii_strtoull (fields[20], NULL, 10);
}

guint64
polku_process_get_own_start_time (void)
{
  static gsize start_time;

  /* Stored one more than it is, so that 0, not known, is stored too. */
  if (g_once_init_enter (&start_time))
    g_once_init_leave (&start_time, polku_process_get_start_time (getpid ()) + 1);
  return start_time - 1;
}

gboolean
polku_process_is_running (gint64  pid,
                          guint64 start_time)
{
  guint64 now_start_time;

  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (pid == getpid ())
    {
      now_start_time = polku_process_get_own_start_time ();
      return start_time == 0 || now_start_time == 0 || start_time == now_start_time;
    }
  if (kill ((pid_t) pid, 0) != 0 && errno == ESRCH)
    return FALSE;

  now_start_time = polku_process_get_start_time (pid);
  if (start_time != 0 && now_start_time != 0 && start_time != now_start_time)
    return FALSE;
  return TRUE;
}

char *
polku_process_dup_boot_id (void)
{
  char *boot_id = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL))
    return g_strdup ("");
  return g_strstrip (boot_id);
}

gint64
polku_process_get_boot_time (void)
{
  g_autofree char *stat = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/stat", &stat, NULL, NULL))
    return 0;
  line = strstr (stat, "\nbtime ");
  if (line == NULL)
    return 0;
  return g_ascii_strtoll (line + strlen ("\nbtime "), NULL, 10);
}
