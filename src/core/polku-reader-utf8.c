/* polku-reader-utf8.c: journey files are UTF-8 text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 reads many encodings: it follows a byte order mark, the pattern of
 * NUL bytes that UTF-16 and UTF-32 make of "<?", the EBCDIC form of "<?xm"
 * and the encoding an XML declaration names, and converts them silently.
 * Journey files are UTF-8, with or without a byte order mark, so the reader
 * looks at the bytes before the parser does and refuses anything else with
 * a message that says what the file holds and where.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-error.h"
#include "polku-reader-private.h"

#define UTF8_BOM "\xEF\xBB\xBF"

/* An XML declaration longer than this is left to the parser to judge. */
#define MAX_DECLARATION_LENGTH 1024

/* The cut falls between characters; bytes that are not UTF-8 become U+FFFD,
 * so that the result can always go into a message. A text of unknown length
 * is read no further than its excerpt can reach. */
char *
_polku_reader_excerpt (const char *text,
                       gssize      length,
                       guint       max_chars)
{
  const char *end;
  const char *p = text;
  g_autofree char *prefix = NULL;

  if (length < 0)
    length = strnlen (text, 4 * (gsize) max_chars + 1);
  end = text + length;

  /* A character is a byte and at most three continuation bytes. */
  for (guint n = 0; p < end && n < max_chars; n++)
    {
      p++;
      for (int i = 0; i < 3 && p < end && ((guchar) *p & 0xC0) == 0x80; i++)
        p++;
    }

  if (p == end)
    return g_utf8_make_valid (text, length);

  prefix = g_utf8_make_valid (text, p - text);
  return g_strconcat (prefix, "…", NULL);
}

/* The line and column, from 1, of the byte at offset; columns count
 * characters, as the reader's other messages do. */
static void
position_of (const char *data,
             gsize       offset,
             int        *line,
             int        *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < data + offset; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }

  *column = 1;
  for (const char *p = line_start; p < data + offset; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      (*column)++;
}

/* The encoding other than UTF-8 that the first bytes show, or NULL: a byte
 * order mark, the NUL bytes of UTF-16 or UTF-32 text, or EBCDIC's "<?xm".
 * These are the signs libxml2 itself follows. */
static const char *
sniff_other_encoding (const guchar *b,
                      gsize         size)
{
  if (size >= 4 &&
      ((b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) ||
       (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)))
    return "UTF-32";
  if (size >= 2 &&
      ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
    return "UTF-16";
  if (size >= 4)
    {
      guint nuls = (b[0] == 0) + (b[1] == 0) + (b[2] == 0) + (b[3] == 0);

      if (nuls == 3)
        return "UTF-32";
      if (nuls == 2 && (b[0] == 0) == (b[2] == 0) && (b[1] == 0) == (b[3] == 0))
        return "UTF-16";
      if (memcmp (b, "\x4C\x6F\xA7\x94", 4) == 0)
        return "EBCDIC";
    }
  return NULL;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Finds the encoding that an XML declaration at the start of data names:
 * sets start and length to its value and returns TRUE, or returns FALSE
 * when there is no such declaration or it names no encoding. */
static gboolean
find_declared_encoding (const char *data,
                        gsize       size,
                        gsize      *start,
                        gsize      *length)
{
  gsize limit = MIN (size, MAX_DECLARATION_LENGTH);
  const char *end;
  gsize i;

  if (limit < 6 || memcmp (data, "<?xml", 5) != 0 || !is_xml_space (data[5]))
    return FALSE;
  end = g_strstr_len (data, limit, "?>");
  if (end == NULL)
    return FALSE;

  for (i = 6; data + i + 8 <= end; i++)
    if (is_xml_space (data[i - 1]) && memcmp (data + i, "encoding", 8) == 0)
      break;
  if (data + i + 8 > end)
    return FALSE;

  for (i += 8; data + i < end && is_xml_space (data[i]); i++)
    ;
  if (data + i >= end || data[i] != '=')
    return FALSE;
  for (i++; data + i < end && is_xml_space (data[i]); i++)
    ;
  if (data + i >= end || (data[i] != '"' && data[i] != '\''))
    return FALSE;

  *start = i + 1;
  for (*length = 0; data + *start + *length < end && data[*start + *length] != data[i]; (*length)++)
    ;
  return data + *start + *length < end;
}

/* Whether an encoding's name means UTF-8; case does not matter (XML 1.0, 4.3.3). */
static gboolean
is_utf8_name (const char *name,
              gsize       length)
{
  return (length == 5 && g_ascii_strncasecmp (name, "UTF-8", 5) == 0) ||
         (length == 4 && g_ascii_strncasecmp (name, "UTF8", 4) == 0);
}

static void
set_error_at (GError     **error,
              int          code,
              const char  *display_name,
              int          line,
              int          column,
              const char  *problem)
{
  g_set_error (error, POLKU_FILE_ERROR, code, "%s:%d:%d: %s",
               display_name, line, column, problem);
}

/* Checks that data is a journey file's kind of text: not empty, not blank,
 * and UTF-8 throughout. On failure sets a POLKU_FILE_ERROR whose message
 * reads "NAME:LINE:COLUMN: problem" and returns FALSE. */
gboolean
_polku_reader_check_utf8 (const char  *data,
                          gsize        size,
                          const char  *display_name,
                          GError     **error)
{
  const char *other = sniff_other_encoding ((const guchar *) data, size);
  const char *invalid;
  gsize blank = 0;
  gsize start, length;
  int line, column;

  if (other != NULL)
    {
      g_autofree char *problem =
        /* Translators: %s is an encoding: UTF-16, UTF-32 or EBCDIC */
        g_strdup_printf (_("the file is in %s, not in UTF-8 as journey files are; save it as UTF-8 and open it again"),
                         other);

      set_error_at (error, POLKU_FILE_ERROR_ENCODING, display_name, 1, 1, problem);
      return FALSE;
    }

  if (size >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  if (size == 0)
    {
      set_error_at (error, POLKU_FILE_ERROR_MALFORMED, display_name, 1, 1,
                    _("the file is empty"));
      return FALSE;
    }

  while (blank < size && is_xml_space (data[blank]))
    blank++;
  if (blank == size)
    {
      set_error_at (error, POLKU_FILE_ERROR_MALFORMED, display_name, 1, 1,
                    _("the file holds only spaces and line breaks, no journey"));
      return FALSE;
    }

  if (find_declared_encoding (data, size, &start, &length) &&
      !is_utf8_name (data + start, length))
    {
      g_autofree char *name = _polku_reader_excerpt (data + start, length, POLKU_READER_QUOTE_LENGTH);
      g_autofree char *problem =
        /* Translators: %s is the name of an encoding, such as ISO-8859-1 */
        g_strdup_printf (_("the file declares the encoding “%s”, but journey files are UTF-8; save it as UTF-8 and open it again"),
                         name);

      position_of (data, start, &line, &column);
      set_error_at (error, POLKU_FILE_ERROR_ENCODING, display_name, line, column, problem);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, &invalid))
    {
      g_autofree char *problem =
        /* Translators: e.g. byte 0xE4 is not UTF-8 text; … */
        g_strdup_printf (_("byte 0x%02X is not UTF-8 text; journey files are UTF-8: save the file as UTF-8 and open it again"),
                         (guchar) *invalid);

      position_of (data, invalid - data, &line, &column);
      set_error_at (error, POLKU_FILE_ERROR_ENCODING, display_name, line, column, problem);
      return FALSE;
    }

  return TRUE;
}
