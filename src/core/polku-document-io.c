/* polku-document-io.c: loading and saving journey files without blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-core.h"

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
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_path = NULL;
  PolkuDocument *document;

  bytes = g_file_load_bytes_finish (file, result, &etag, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, g_steal_pointer (&etag), g_free);

  /* Temporary files that cut-short saves left in the file's folder go,
   * as the next save there would remove them. */
  folder = g_file_get_parent (file);
  folder_path = folder != NULL ? g_file_get_path (folder) : NULL;
  if (folder_path != NULL)
    polku_file_write_remove_leftovers_async (folder_path, NULL, NULL, NULL);

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

/* Saved: the task's data, the file until then, becomes its entity tag,
 * or NULL when that cannot be read. */
static void
query_etag_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, NULL);

  g_task_set_task_data (task, info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL, g_free);
  g_task_return_boolean (task, TRUE);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GFile *file = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;

  if (!polku_file_write_finish (result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, cancellable, query_etag_cb, g_steal_pointer (&task));
}

void
polku_document_io_save_async (PolkuDocument       *document,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (POLKU_IS_DOCUMENT (document));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_document_io_save_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  /* Serialised before returning, so that later edits do not race the write. */
  bytes = polku_writer_write (document);
  polku_file_write_async (file, bytes, cancellable, written_cb, g_steal_pointer (&task));
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
  return g_task_get_task_data (G_TASK (result));
}
