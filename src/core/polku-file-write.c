/* polku-file-write.c: replacing a file whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "polku-file-write.h"
#include "polku-process.h"

/* How much one write() is given at a time: cancelling takes effect
 * between them. */
#define WRITE_CHUNK (1024 * 1024)
/* The longest part of the target's name a temporary name takes, in bytes:
 * with the rest it stays well below the 255 a file name may have. */
#define MAX_NAME_IN_TEMPORARY 128
/* Symbolic links followed to the file they point to, as the kernel's limit. */
#define MAX_LINKS 40

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/* The file that path names, through any symbolic links: the link is kept
 * and what it points to replaced, even when that does not exist yet. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *target = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;
      GError *link_error = NULL;
      struct stat info;

      if (lstat (target, &info) != 0)
        {
          if (errno == ENOENT)
            return g_steal_pointer (&target);
          set_errno_error (error, errno);
          return NULL;
        }
      if (!S_ISLNK (info.st_mode))
        return g_steal_pointer (&target);

      link = g_file_read_link (target, &link_error);
      if (link == NULL)
        {
          g_propagate_error (error, link_error);
          return NULL;
        }
      if (g_path_is_absolute (link))
        {
          g_free (target);
          target = g_steal_pointer (&link);
          continue;
        }
      dir = g_path_get_dirname (target);
      g_free (target);
      target = g_build_filename (dir, link, NULL);
    }

  set_errno_error (error, ELOOP);
  return NULL;
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          length,
           GCancellable  *cancellable,
           GError       **error)
{
  while (length > 0)
    {
      gssize written;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      written = write (fd, data, MIN (length, WRITE_CHUNK));
      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_errno_error (error, errno);
      /* Nothing written with room asked for: the disk takes no more. */
      if (written == 0)
        return set_errno_error (error, ENOSPC);
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

static int
fsync_retrying (int fd)
{
  int result;

  do
    result = fsync (fd);
  while (result != 0 && errno == EINTR);
  return result;
}

/* Makes the rename last: without this a power cut may bring back the old
 * name's old file. Some file systems cannot flush a folder; that is no
 * error, and neither is a folder this process may not open. */
static gboolean
sync_folder (const char  *dir,
             GError     **error)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int saved_errno;

  if (fd < 0)
    {
      g_debug ("Could not open %s to flush it: %s", dir, g_strerror (errno));
      return TRUE;
    }

  if (fsync_retrying (fd) == 0 || errno == EINVAL || errno == ENOTSUP || errno == EROFS)
    {
      close (fd);
      return TRUE;
    }

  saved_errno = errno;
  close (fd);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: why the folder could not be flushed */
               _("The new contents are in place, but the folder could not be flushed to the disk: %s"),
               g_strerror (saved_errno));
  return FALSE;
}

/* The temporary file's name in dir, ending in XXXXXX for g_mkstemp(). */
static char *
dup_temporary_template (const char *dir,
                        const char *base)
{
  g_autofree char *name = NULL;
  gsize length = strlen (base);

  /* Cut on a character boundary: no continuation byte of UTF-8 starts
   * what is left out. */
  if (length > MAX_NAME_IN_TEMPORARY)
    {
      length = MAX_NAME_IN_TEMPORARY;
      while (length > 0 && ((guchar) base[length] & 0xC0) == 0x80)
        length--;
    }

  name = g_strdup_printf (".%.*s" POLKU_FILE_WRITE_TEMPORARY_MARK "%" G_GINT64_FORMAT "-%" G_GUINT64_FORMAT "-XXXXXX",
                          (int) length, base, (gint64) getpid (), polku_process_get_own_start_time ());
  return g_build_filename (dir, name, NULL);
}

gboolean
polku_file_write_path (const char    *path,
                       GBytes        *contents,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temporary = NULL;
  struct stat original;
  gboolean exists;
  gsize length;
  const guint8 *data;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;
  exists = stat (target, &original) == 0;
  if (exists && !S_ISREG (original.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("Not a regular file"));
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  polku_file_write_remove_leftovers (dir);

  /* A new file's mode is 0666 less the umask, as open() gives it; a
   * replaced one's is set below, once the file is this process's alone. */
  temporary = dup_temporary_template (dir, base);
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, exists ? 0600 : 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display_dir = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: a folder, then why no file could be made there */
                   _("Cannot create a file in the folder “%s”: %s"),
                   display_dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* The owner first: changing it clears the set-user-ID bits. A process
   * may not give a file away, nor to a group it is not in; the file is
   * then this process's, and still replaced whole. */
  if (exists
      && fchown (fd, original.st_uid, original.st_gid) != 0
      && fchown (fd, (uid_t) -1, original.st_gid) != 0)
    g_debug ("Could not keep the owner of %s: %s", target, g_strerror (errno));
  if (exists && fchmod (fd, original.st_mode & 07777) != 0)
    g_debug ("Could not keep the mode of %s: %s", target, g_strerror (errno));

  data = g_bytes_get_data (contents, &length);
  if (!write_all (fd, data, length, cancellable, error))
    goto failed;
  if (fsync_retrying (fd) != 0)
    {
      set_errno_error (error, errno);
      goto failed;
    }
  /* Linux releases the descriptor even when close() fails; after fsync()
   * an interrupted close() has nothing left to report. */
  if (close (fd) != 0 && errno != EINTR)
    {
      fd = -1;
      set_errno_error (error, errno);
      goto failed;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  if (g_rename (temporary, target) != 0)
    {
      set_errno_error (error, errno);
      goto failed;
    }

  return sync_folder (dir, error);

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (temporary);
  return FALSE;
}

gboolean
polku_file_write (GFile         *file,
                  GBytes        *contents,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return polku_file_write_path (path, contents, cancellable, error);

  /* A location without a local path (a remote folder of GVfs): only its
   * backend can write there, and how whole its replace is depends on it. */
  return g_file_replace_contents (file, g_bytes_get_data (contents, NULL),
                                  g_bytes_get_size (contents), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}

typedef struct
{
  GFile  *file;
  GBytes *contents;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->contents, g_bytes_unref);
  g_free (data);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (polku_file_write (data->file, data->contents, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
polku_file_write_async (GFile               *file,
                        GBytes              *contents,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (contents != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_file_write_async);
  data = g_new0 (WriteData, 1);
  data->file = g_object_ref (file);
  data->contents = g_bytes_ref (contents);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_in_thread);
}

gboolean
polku_file_write_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_file_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Leftovers */

static gboolean
parse_number (const char  *text,
              char         end,
              const char **after,
              guint64     *number)
{
  char *parsed_end = NULL;

  if (!g_ascii_isdigit (*text))
    return FALSE;
  errno = 0;
  *number = g_ascii_strtoull (text, &parsed_end, 10);
  if (errno != 0 || *parsed_end != end)
    return FALSE;
  *after = parsed_end + 1;
  return TRUE;
}

gboolean
polku_file_write_parse_temporary (const char *name,
                                  gint64     *pid,
                                  guint64    *start_time)
{
  const char *mark;
  const char *rest;
  guint64 parsed_pid, parsed_start_time;

  g_return_val_if_fail (name != NULL, FALSE);

  if (name[0] != '.')
    return FALSE;
  mark = g_strrstr (name, POLKU_FILE_WRITE_TEMPORARY_MARK);
  if (mark == NULL || mark == name)
    return FALSE;

  /* PID-START-XXXXXX, the last six of g_mkstemp(). */
  rest = mark + strlen (POLKU_FILE_WRITE_TEMPORARY_MARK);
  if (!parse_number (rest, '-', &rest, &parsed_pid)
      || !parse_number (rest, '-', &rest, &parsed_start_time)
      || strlen (rest) != 6 || parsed_pid > G_MAXINT)
    return FALSE;

  if (pid != NULL)
    *pid = (gint64) parsed_pid;
  if (start_time != NULL)
    *start_time = parsed_start_time;
  return TRUE;
}

guint
polku_file_write_remove_leftovers (const char *dir)
{
  g_autoptr(GDir) folder = NULL;
  gint64 boot_time = -1;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (dir != NULL, 0);

  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return 0;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      guint64 start_time;
      gint64 pid;
      struct stat info;

      if (!polku_file_write_parse_temporary (name, &pid, &start_time))
        continue;

      path = g_build_filename (dir, name, NULL);
      if (lstat (path, &info) != 0 || !S_ISREG (info.st_mode))
        continue;

      /* A process of this boot with the number and start time may still
       * be writing it; one of an earlier boot is not, whatever its number. */
      if (boot_time < 0)
        boot_time = polku_process_get_boot_time ();
      if (polku_process_is_running (pid, start_time) && info.st_mtime >= boot_time)
        continue;

      if (g_unlink (path) == 0)
        removed++;
      else
        g_debug ("Could not remove the leftover %s: %s", path, g_strerror (errno));
    }

  return removed;
}

static void
remove_leftovers_in_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable)
{
  g_task_return_int (task, polku_file_write_remove_leftovers (task_data));
}

void
polku_file_write_remove_leftovers_async (const char          *dir,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (dir != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_file_write_remove_leftovers_async);
  g_task_set_task_data (task, g_strdup (dir), g_free);
  g_task_run_in_thread (task, remove_leftovers_in_thread);
}

guint
polku_file_write_remove_leftovers_finish (GAsyncResult  *result,
                                          GError       **error)
{
  gssize removed;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_file_write_remove_leftovers_async, 0);

  removed = g_task_propagate_int (G_TASK (result), error);
  return removed > 0 ? (guint) removed : 0;
}
