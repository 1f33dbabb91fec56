/* polku-document-io.h: loading and saving journey files without blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-document.h"

G_BEGIN_DECLS

/* The name to show for a file in titles and messages. */
char          *polku_file_dup_display_name    (GFile                *file);

/* Reads the file and parses it on the calling thread's main context. Errors
 * of the reader (POLKU_FILE_ERROR) name the file, line and column. A local
 * file's folder is rid of what cut-short saves left there. */
void           polku_document_io_load_async   (GFile                *file,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
PolkuDocument *polku_document_io_load_finish  (GAsyncResult         *result,
                                               GError              **error);

/* Serialises the document now and replaces the file with
 * polku_file_write() in a thread: the new contents go to a file beside it,
 * which takes its place only when complete, so the old contents stay whole
 * on any failure. */
void           polku_document_io_save_async   (PolkuDocument        *document,
                                               GFile                *file,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean       polku_document_io_save_finish  (GAsyncResult         *result,
                                               GError              **error);

/* The entity tag of the file as it was read or written, to tell later
 * whether another program changed it; NULL when unknown or on failure. */
const char    *polku_document_io_get_etag     (GAsyncResult         *result);

G_END_DECLS
