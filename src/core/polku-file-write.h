/* polku-file-write.h: replacing a file whole or not at all
 *
 * Every file Polku writes goes through here. The new contents go to a
 * temporary file in the target's folder, which is written whole, flushed to
 * the disk and closed, and only then renamed over the target; the folder is
 * flushed after the rename. On any failure the old file is as it was and
 * the temporary file is removed; a crash or a kill leaves at most the
 * temporary file, which the next write to that folder removes. A file is
 * never rewritten in place.
 *
 * Through a symbolic link, the file it points to is replaced and the link
 * kept. A replaced file keeps its mode and, where this process may give it,
 * its owner; a new file gets 0666 less the umask.
 *
 * Errors are G_IO_ERROR: their message says why, translated, and is meant
 * to follow the name of the file, which the caller gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Temporary files are named ".NAME.polku-save-PID-START-XXXXXX": the target's
 * name, and the process that writes them, its number and start time. */
#define POLKU_FILE_WRITE_TEMPORARY_MARK ".polku-save-"

gboolean  polku_file_write_path              (const char           *path,
                                              GBytes               *contents,
                                              GCancellable         *cancellable,
                                              GError              **error);
/* A file with a local path goes through polku_file_write_path(); one
 * without (a remote location) through GIO's replace. */
gboolean  polku_file_write                   (GFile                *file,
                                              GBytes               *contents,
                                              GCancellable         *cancellable,
                                              GError              **error);
/* polku_file_write() in a thread. */
void      polku_file_write_async             (GFile                *file,
                                              GBytes               *contents,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean  polku_file_write_finish            (GAsyncResult         *result,
                                              GError              **error);

/* Whether name is that of a temporary file of this write path; when it
 * is, the writing process's number and start time (0: not known). */
gboolean  polku_file_write_parse_temporary   (const char           *name,
                                              gint64               *pid,
                                              guint64              *start_time);
/* Removes from dir the temporary files whose writing process has ended,
 * as a crash or a kill leaves them: how many it removed. Those of running
 * processes, this one included, are left alone. */
guint     polku_file_write_remove_leftovers  (const char           *dir);
/* The same in a thread; callback may be NULL. */
void      polku_file_write_remove_leftovers_async  (const char           *dir,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
guint     polku_file_write_remove_leftovers_finish (GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
