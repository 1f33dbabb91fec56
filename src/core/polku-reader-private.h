/* polku-reader-private.h: the reader's checks of a file's bytes and its quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most characters of a value from the file that a message quotes. */
#define POLKU_READER_QUOTE_LENGTH 40

/* text, of length bytes or up to its nul when length is -1, or its first
 * max_chars characters and "…" when it is longer. */
char     *_polku_reader_excerpt     (const char  *text,
                                     gssize       length,
                                     guint        max_chars);

gboolean  _polku_reader_check_utf8  (const char  *data,
                                     gsize        size,
                                     const char  *display_name,
                                     GError     **error);

G_END_DECLS
