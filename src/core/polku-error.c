/* polku-error.c: errors of reading and writing journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-error.h"

G_DEFINE_QUARK (polku-file-error-quark, polku_file_error)

char *
polku_file_error_format_at (const char *name,
                            guint       line,
                            const char *format,
                            va_list     args)
{
  g_autofree char *problem = g_strdup_vprintf (format, args);

  return g_strdup_printf ("%s:%u: %s", name, line, problem);
}

void
polku_file_error_set_at (GError         **error,
                         PolkuFileError   code,
                         const char      *name,
                         guint            line,
                         const char      *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = polku_file_error_format_at (name, line, format, args);
  va_end (args);
  g_set_error_literal (error, POLKU_FILE_ERROR, code, message);
}
