/* polku-error.h: errors of reading and writing journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define POLKU_FILE_ERROR (polku_file_error_quark ())

typedef enum
{
  POLKU_FILE_ERROR_MALFORMED,   /* not well-formed XML */
  POLKU_FILE_ERROR_INVALID,     /* well-formed, but not a valid journey file */
  POLKU_FILE_ERROR_FORBIDDEN,   /* DTDs, entities or external references */
  POLKU_FILE_ERROR_TOO_LARGE,   /* over the size or nesting the format allows */
  POLKU_FILE_ERROR_NEWER,       /* written by a newer format version */
  POLKU_FILE_ERROR_ENCODING,    /* not UTF-8 */
} PolkuFileError;

/* Files larger than this are refused before they are parsed. */
#define POLKU_FILE_MAX_SIZE (64 * 1024 * 1024)

GQuark polku_file_error_quark (void);

/* Sets a POLKU_FILE_ERROR whose message reads "NAME:LINE: problem", as the
 * messages of files other than journey files (spreadsheets, diagrams) do. */
void   polku_file_error_set_at (GError         **error,
                                PolkuFileError   code,
                                const char      *name,
                                guint            line,
                                const char      *format,
                                ...) G_GNUC_PRINTF (5, 6);
/* The same, as a string. */
char  *polku_file_error_format_at (const char   *name,
                                   guint         line,
                                   const char   *format,
                                   va_list       args) G_GNUC_PRINTF (3, 0);

G_END_DECLS
