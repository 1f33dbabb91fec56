/* polku-document-io.c: loading and saving journey files without blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "polku-document-io.h"

char *
polku_file_dup_display_name (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  return g_filename_display_name (basename);
}

static void
load_bytes_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GFile *file = G_FILE (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *etag = NULL;
  PolkuDocument *document;

  bytes = g_file_load_bytes_finish (file, result, &etag, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, g_steal_pointer (&etag), g_free);

  name = polku_file_dup_display_name (file);
  document = polku_reader_load_bytes (bytes, name, &error);
  if (document == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/* Refuses files the reader would refuse anyway before reading them whole. */
static void
query_size_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GFile *file = G_FILE (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;

  info = g_file_query_info_finish (file, result, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_file_info_get_size (info) > POLKU_FILE_MAX_SIZE)
    {
      g_autofree char *name = polku_file_dup_display_name (file);
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (POLKU_FILE_MAX_SIZE);

      g_task_return_new_error (task, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE,
                               /* Translators: the file name, its size and the largest size allowed */
                               _("%s: The file is too large (%s; at most %s)"),
                               name, size, limit);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  g_file_load_bytes_async (file, cancellable, load_bytes_cb, g_steal_pointer (&task));
}

void
polku_document_io_load_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_document_io_load_async);

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           cancellable, query_size_cb, g_steal_pointer (&task));
}

PolkuDocument *
polku_document_io_load_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_document_io_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
  /* The entity tag of the file written, once it is. */
  char   *etag;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->etag);
  g_free (data);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
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

      written = write (fd, data, MIN (length, 1024 * 1024));
      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_errno_error (error, errno);
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

/* Writes bytes to a new file beside path and renames it over path only when
 * all of it is on the disk: a full disk, a read-only folder or a crash
 * leaves the old file whole. GLib's own replace may fall back to rewriting
 * the file in place, or rename a file cut short by a failed write. */
static gboolean
replace_local_file (const char    *path,
                    GBytes        *bytes,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  struct stat original;
  gboolean exists;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  int fd;

  /* Through a symbolic link, the file it points to is replaced. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);
  exists = stat (target, &original) == 0;
  if (exists && !S_ISREG (original.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("Not a regular file"));
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  template = g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, exists ? (original.st_mode & 07777) : 0666);
  if (fd < 0)
    return set_errno_error (error, errno);

  /* A new file's mode is 0666 less the umask, as open() gives it; a
   * replaced one keeps its owner and mode where this process may. */
  if (exists
      && (fchown (fd, original.st_uid, original.st_gid) != 0
          || fchmod (fd, original.st_mode & 07777) != 0))
    g_debug ("Could not keep the owner and mode of %s: %s", target, g_strerror (errno));

  if (!write_all (fd, data, length, cancellable, error))
    goto failed;
  if (fsync (fd) != 0)
    {
      set_errno_error (error, errno);
      goto failed;
    }
  if (close (fd) != 0)
    {
      fd = -1;
      set_errno_error (error, errno);
      goto failed;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  if (g_rename (template, target) != 0)
    {
      set_errno_error (error, errno);
      goto failed;
    }
  return TRUE;

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (template);
  return FALSE;
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  g_autoptr(GFileInfo) info = NULL;
  GError *error = NULL;
  gboolean done;

  if (path != NULL)
    done = replace_local_file (path, data->bytes, cancellable, &error);
  else
    done = g_file_replace_contents (data->file, g_bytes_get_data (data->bytes, NULL),
                                    g_bytes_get_size (data->bytes), NULL, FALSE,
                                    G_FILE_CREATE_NONE, NULL, cancellable, &error);
  if (!done)
    {
      g_task_return_error (task, error);
      return;
    }

  info = g_file_query_info (data->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL)
    data->etag = g_strdup (g_file_info_get_etag (info));
  g_task_return_boolean (task, TRUE);
}

void
polku_document_io_save_async (PolkuDocument       *document,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (POLKU_IS_DOCUMENT (document));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_document_io_save_async);

  /* Serialised before returning, so that later edits do not race the write. */
  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->bytes = polku_writer_write (document);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
polku_document_io_save_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_document_io_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

const char *
polku_document_io_get_etag (GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (g_task_had_error (G_TASK (result)))
    return NULL;
  if (g_task_get_source_tag (G_TASK (result)) == polku_document_io_save_async)
    return ((SaveData *) g_task_get_task_data (G_TASK (result)))->etag;
  return g_task_get_task_data (G_TASK (result));
}
