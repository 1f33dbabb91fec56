/* polku-csv.c: reading and writing CSV files (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader walks the bytes once: a record's fields are copied, unquoted,
 * into one buffer with a NUL after each, so that a record costs no
 * allocation once the buffer has grown to the longest.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-csv.h"
#include "polku-error.h"

#define UTF8_BOM "\xEF\xBB\xBF"

struct _PolkuCsvReader
{
  GBytes     *bytes;
  char       *name;
  const char *p;          /* where the next record starts */
  const char *start;      /* where the first record starts */
  const char *end;
  char        separator;
  guint       line;       /* of p */
  guint       record_line;
  GString    *buffer;     /* the fields of the record, each ending in NUL */
  guint      *offsets;    /* where each field starts in the buffer */
  guint       n_fields;
};

void
polku_csv_reader_set_error (PolkuCsvReader  *self,
                            GError         **error,
                            const char      *format,
                            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (self != NULL);

  va_start (args, format);
  message = polku_file_error_format_at (self->name, self->record_line, format, args);
  va_end (args);
  g_set_error_literal (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID, message);
}

static guint
count_lines (const char *from,
             const char *to)
{
  guint n = 0;

  for (const char *p = from; (p = memchr (p, '\n', to - p)) != NULL; p++)
    n++;
  return n;
}

static void
set_too_large_error (const char  *name,
                     guint64      size,
                     GError     **error)
{
  g_autofree char *actual = g_format_size (size);
  g_autofree char *limit = g_format_size (POLKU_CSV_MAX_SIZE);

  g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE,
               /* Translators: FILE:1: the file is 100 MB, more than the 67 MB … */
               _("%s:1: the file is %s, more than the %s a CSV file may be"),
               name, actual, limit);
}

/* The separator the first record holds most of, outside quotes. */
static char
detect_separator (const char *p,
                  const char *end)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

PolkuCsvReader *
polku_csv_reader_new (GBytes      *bytes,
                      const char  *display_name,
                      GError     **error)
{
  g_autoptr(PolkuCsvReader) self = NULL;
  const char *data, *invalid;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > POLKU_CSV_MAX_SIZE)
    {
      set_too_large_error (display_name, size, error);
      return NULL;
    }

  self = g_new0 (PolkuCsvReader, 1);
  self->bytes = g_bytes_ref (bytes);
  self->name = g_strdup (display_name);
  self->p = data != NULL ? data : "";
  self->end = self->p + size;
  self->line = 1;
  self->buffer = g_string_sized_new (256);
  self->offsets = g_new (guint, POLKU_CSV_MAX_FIELDS);

  if (size >= 3 && memcmp (self->p, UTF8_BOM, 3) == 0)
    self->p += 3;
  self->start = self->p;

  /* g_utf8_validate () stops at a NUL byte, as text must. */
  if (!g_utf8_validate (self->p, self->end - self->p, &invalid))
    {
      guint line = 1 + count_lines (self->p, invalid);

      if (*invalid == '\0')
        polku_file_error_set_at (error, POLKU_FILE_ERROR_ENCODING, self->name, line, "%s",
                      _("the file holds a NUL byte, which text does not; is it a spreadsheet saved in another format, such as .xlsx?"));
      else
        polku_file_error_set_at (error, POLKU_FILE_ERROR_ENCODING, self->name, line,
                      _("byte 0x%02X is not UTF-8 text; save the file as CSV in UTF-8"),
                      (guchar) *invalid);
      return NULL;
    }

  self->separator = detect_separator (self->p, self->end);
  return g_steal_pointer (&self);
}

PolkuCsvReader *
polku_csv_reader_new_for_file (GFile         *file,
                               const char    *display_name,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > POLKU_CSV_MAX_SIZE)
    {
      set_too_large_error (name, g_file_info_get_size (info), error);
      return NULL;
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  return polku_csv_reader_new (bytes, name, error);
}

void
polku_csv_reader_free (PolkuCsvReader *self)
{
  if (self == NULL)
    return;
  g_bytes_unref (self->bytes);
  g_free (self->name);
  g_string_free (self->buffer, TRUE);
  g_free (self->offsets);
  g_free (self);
}

void
polku_csv_reader_rewind (PolkuCsvReader *self)
{
  g_return_if_fail (self != NULL);

  self->p = self->start;
  self->line = 1;
  self->record_line = 0;
  self->n_fields = 0;
}

const char *
polku_csv_reader_get_name (PolkuCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

char
polku_csv_reader_get_separator (PolkuCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');
  return self->separator;
}

guint
polku_csv_reader_get_line (PolkuCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->record_line;
}

guint
polku_csv_reader_get_n_fields (PolkuCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_fields;
}

const char *
polku_csv_reader_get_field (PolkuCsvReader *self,
                            guint           position)
{
  g_return_val_if_fail (self != NULL, "");

  if (position >= self->n_fields)
    return "";
  return self->buffer->str + self->offsets[position];
}

/* Whether the field that starts at start in the buffer is too long, and
 * says so; a character takes at most four bytes. */
static gboolean
field_too_long (PolkuCsvReader  *self,
                guint            start,
                GError         **error)
{
  gsize length = self->buffer->len - start;

  if (length <= POLKU_CSV_MAX_FIELD_LENGTH ||
      (length <= 4 * POLKU_CSV_MAX_FIELD_LENGTH &&
       g_utf8_strlen (self->buffer->str + start, length) <= POLKU_CSV_MAX_FIELD_LENGTH))
    return FALSE;
  polku_file_error_set_at (error, POLKU_FILE_ERROR_TOO_LARGE, self->name, self->record_line,
                _("field %u is longer than %u characters"),
                self->n_fields + 1, POLKU_CSV_MAX_FIELD_LENGTH);
  return TRUE;
}

/* Skips lines that hold nothing; FALSE at the end. */
static gboolean
skip_empty_lines (PolkuCsvReader *self)
{
  while (self->p < self->end)
    {
      if (*self->p == '\n')
        self->p++;
      else if (*self->p == '\r')
        self->p += self->p + 1 < self->end && self->p[1] == '\n' ? 2 : 1;
      else
        return TRUE;
      self->line++;
    }
  return FALSE;
}

/* A quoted field, from its opening quote: copied without the quotes, a
 * doubled quote as one. */
static gboolean
read_quoted (PolkuCsvReader  *self,
             GError         **error)
{
  guint start = self->buffer->len;
  guint start_line = self->line;
  const char *p = self->p + 1;

  for (;;)
    {
      const char *quote = memchr (p, '"', self->end - p);

      if (quote == NULL)
        {
          polku_file_error_set_at (error, POLKU_FILE_ERROR_MALFORMED, self->name, start_line,
                        _("the field in quotes that starts on this line never ends; a field in quotes ends with a quote, and a quote inside it is doubled"));
          return FALSE;
        }
      self->line += count_lines (p, quote);
      /* Never more of a field than can be too long. */
      g_string_append_len (self->buffer, p, MIN (quote - p, 4 * POLKU_CSV_MAX_FIELD_LENGTH + 1));
      if (field_too_long (self, start, error))
        return FALSE;
      p = quote + 1;
      if (p < self->end && *p == '"')
        {
          g_string_append_c (self->buffer, '"');
          p++;
          continue;
        }
      break;
    }

  self->p = p;
  if (p < self->end && *p != self->separator && *p != '\n' && *p != '\r')
    {
      polku_file_error_set_at (error, POLKU_FILE_ERROR_MALFORMED, self->name, self->line,
                    _("text follows the closing quote of field %u; a field in quotes ends at its closing quote, and a quote inside it is doubled"),
                    self->n_fields + 1);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_plain (PolkuCsvReader  *self,
            GError         **error)
{
  guint start = self->buffer->len;
  const char *p = self->p;
  char separator = self->separator;

  while (p < self->end && *p != separator && *p != '\n' && *p != '\r')
    p++;
  g_string_append_len (self->buffer, self->p, MIN (p - self->p, 4 * POLKU_CSV_MAX_FIELD_LENGTH + 1));
  self->p = p;
  return !field_too_long (self, start, error);
}

gboolean
polku_csv_reader_next (PolkuCsvReader  *self,
                       GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->n_fields = 0;
  g_string_truncate (self->buffer, 0);
  if (!skip_empty_lines (self))
    return FALSE;
  self->record_line = self->line;

  for (;;)
    {
      guint start = self->buffer->len;

      if (self->n_fields == POLKU_CSV_MAX_FIELDS)
        {
          polku_file_error_set_at (error, POLKU_FILE_ERROR_TOO_LARGE, self->name, self->record_line,
                        _("the record has more than %u fields"), POLKU_CSV_MAX_FIELDS);
          return FALSE;
        }
      self->offsets[self->n_fields] = start;

      if (self->p < self->end && *self->p == '"' ? !read_quoted (self, error)
                                                 : !read_plain (self, error))
        return FALSE;
      g_string_append_c (self->buffer, '\0');
      self->n_fields++;

      if (self->p == self->end)
        return TRUE;
      if (*self->p == self->separator)
        {
          self->p++;
          continue;
        }
      /* The end of the line: CRLF, LF or a lone CR. */
      if (*self->p == '\r')
        self->p++;
      if (self->p < self->end && *self->p == '\n')
        self->p++;
      self->line++;
      return TRUE;
    }
}

void
polku_csv_append_field (GString    *out,
                        const char *text,
                        char        separator,
                        gboolean    first)
{
  g_return_if_fail (out != NULL);

  if (!first)
    g_string_append_c (out, separator);
  if (text == NULL)
    return;
  if (strchr (text, separator) == NULL && strpbrk (text, "\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
polku_csv_end_record (GString *out)
{
  g_return_if_fail (out != NULL);
  g_string_append (out, "\r\n");
}
