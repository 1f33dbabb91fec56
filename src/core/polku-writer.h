/* polku-writer.h: writing the model as a journey file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

/* The canonical bytes of a document: UTF-8, pretty-printed, in model order.
 * Loading these bytes and writing again gives the same bytes. */
GBytes   *polku_writer_write     (PolkuDocument  *document);
/* Writes the document through polku_file_write(): the old file stays whole
 * until the new one is complete. Errors name the file. */
gboolean  polku_writer_save_file (PolkuDocument  *document,
                                  GFile          *file,
                                  GCancellable   *cancellable,
                                  GError        **error);

G_END_DECLS
