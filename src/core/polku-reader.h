/* polku-reader.h: reading journey files into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

/* The newest file format version this build reads and writes. */
#define POLKU_FORMAT_VERSION 1
#define POLKU_NAMESPACE "urn:polku:journey"

/* Parses a whole journey file. On failure returns NULL and sets a
 * POLKU_FILE_ERROR whose message reads "NAME:LINE:COLUMN: problem", NAME
 * being display_name. DTDs, entities and external references are refused. */
PolkuDocument *polku_reader_load_bytes (GBytes        *bytes,
                                        const char    *display_name,
                                        GError       **error);
/* The same, with another limit on the size of the file than the usual
 * POLKU_FILE_MAX_SIZE: for tools that measure the reader on larger files. */
PolkuDocument *polku_reader_load_bytes_with_limit (GBytes      *bytes,
                                                   const char  *display_name,
                                                   gsize        max_size,
                                                   GError     **error);
/* Reads and parses a file; errors from GIO are passed on unchanged. */
PolkuDocument *polku_reader_load_file  (GFile         *file,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
