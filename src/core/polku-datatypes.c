/* polku-datatypes.c: the XML Schema datatypes of journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * XML Schema Part 2 defines these types; where libxml2, which `xmllint
 * --relaxng` uses, reads a type more narrowly than the specification (a
 * decimal of at most 24 digits, an unsigned integer without a sign), these
 * functions read it as libxml2 does, so that no file passes one and fails
 * the other. Polku writes only the forms both accept.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <libxml/chvalid.h>

#include "polku-datatypes.h"

/* The most digits libxml2 reads of a decimal, after its leading zeros. */
#define MAX_DECIMAL_DIGITS 24

/* The most digits after the point the writer gives a score. */
#define MAX_WRITTEN_FRACTION_DIGITS 22

static gboolean
is_xsd_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char *
polku_datatype_collapse (const char *value)
{
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (value != NULL, NULL);

  out = g_string_sized_new (strlen (value));
  for (const char *p = value; *p != '\0'; p++)
    {
      if (is_xsd_space (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_name_start_char (gunichar c)
{
  return xmlIsBaseCharQ (c) || xmlIsIdeographicQ (c) || c == '_';
}

static gboolean
is_name_char (gunichar c)
{
  return is_name_start_char (c) || xmlIsDigitQ (c) || xmlIsCombiningQ (c) ||
         xmlIsExtenderQ (c) || c == '.' || c == '-';
}

gboolean
polku_datatype_is_ncname (const char *value)
{
  const char *p;

  g_return_val_if_fail (value != NULL, FALSE);

  /* Most ids are ASCII: letters, digits, '_', '-' and '.' only there. */
  if (g_ascii_isalpha (*value) || *value == '_')
    {
      for (p = value + 1; g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '.'; p++)
        ;
      if (*p == '\0')
        return TRUE;
      if ((guchar) *p < 0x80)
        return FALSE;
    }

  if (*value == '\0' || !g_utf8_validate (value, -1, NULL))
    return FALSE;
  if (!is_name_start_char (g_utf8_get_char (value)))
    return FALSE;
  for (p = g_utf8_next_char (value); *p != '\0'; p = g_utf8_next_char (p))
    if (!is_name_char (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
polku_datatype_is_language (const char *value)
{
  const char *p = value;
  gboolean first = TRUE;

  g_return_val_if_fail (value != NULL, FALSE);

  for (;;)
    {
      guint n = 0;

      while (first ? g_ascii_isalpha (*p) : g_ascii_isalnum (*p))
        p++, n++;
      if (n < 1 || n > 8)
        return FALSE;
      if (*p == '\0')
        return TRUE;
      if (*p != '-')
        return FALSE;
      p++;
      first = FALSE;
    }
}

char *
polku_datatype_decimal_canonical (const char *value)
{
  char digits[MAX_DECIMAL_DIGITS + 1];
  guint len = 0, point = G_MAXUINT, integer, fraction;
  gboolean negative = FALSE, leading_zeros = FALSE, zero = TRUE;
  const char *p = value;
  char *out;

  g_return_val_if_fail (value != NULL, NULL);

  /* A decimal holds no space: collapsing it only trims it. */
  while (is_xsd_space (*p))
    p++;
  if (*p == '-')
    negative = TRUE, p++;
  else if (*p == '+')
    p++;
  if (*p == '\0')
    return NULL;

  while (*p == '0')
    p++, leading_zeros = TRUE;

  /* As libxml2 reads it: digits until the 24th, a point once. */
  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p))
        digits[len++] = *p++;
      else if (*p == '.')
        {
          p++;
          point = len;
          while (len < MAX_DECIMAL_DIGITS && g_ascii_isdigit (*p))
            digits[len++] = *p++;
          if (len == 0 && !leading_zeros)
            return NULL;
          break;
        }
      else
        break;
      if (len >= MAX_DECIMAL_DIGITS)
        break;
    }
  while (is_xsd_space (*p))
    p++;
  if (*p != '\0' || (len == 0 && !leading_zeros))
    return NULL;

  integer = point == G_MAXUINT ? len : point;
  fraction = len;
  while (fraction > integer && digits[fraction - 1] == '0')
    fraction--;
  for (guint i = 0; i < fraction; i++)
    if (digits[i] != '0')
      zero = FALSE;

  /* A sign, the digits, a point, and "0" before it at most. */
  p = out = g_malloc (len + 4);
  if (negative && !zero)
    *out++ = '-';
  if (integer == 0)
    *out++ = '0';
  memcpy (out, digits, integer);
  out += integer;
  if (fraction > integer)
    {
      *out++ = '.';
      memcpy (out, digits + integer, fraction - integer);
      out += fraction - integer;
    }
  *out = '\0';
  return (char *) p;
}

guint
polku_datatype_decimal_digits (const char *canonical)
{
  const char *p = canonical;
  guint n = 0;

  g_return_val_if_fail (canonical != NULL, 0);

  /* A canonical integer part has no leading zero but a lone "0". */
  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  for (; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      n++;
  return n;
}

/* Compares the magnitudes of two canonical decimals without sign. */
static int
compare_magnitude (const char *a,
                   const char *b)
{
  gsize a_int = strcspn (a, "."), b_int = strcspn (b, ".");
  const char *a_frac = a[a_int] == '.' ? a + a_int + 1 : "";
  const char *b_frac = b[b_int] == '.' ? b + b_int + 1 : "";
  int cmp;

  if (a_int != b_int)
    return a_int < b_int ? -1 : 1;
  cmp = strncmp (a, b, a_int);
  if (cmp != 0)
    return cmp;
  for (; *a_frac != '\0' || *b_frac != '\0'; a_frac++, b_frac++)
    {
      char x = *a_frac != '\0' ? *a_frac : '0';
      char y = *b_frac != '\0' ? *b_frac : '0';

      if (x != y)
        return x < y ? -1 : 1;
      if (*a_frac == '\0' || *b_frac == '\0')
        {
          /* The shorter ran out: the rest of the longer decides. */
          const char *rest = *a_frac != '\0' ? a_frac + 1 : b_frac + 1;

          if (strspn (rest, "0") != strlen (rest))
            return *a_frac != '\0' ? 1 : -1;
          return 0;
        }
    }
  return 0;
}

int
polku_datatype_decimal_compare (const char *a,
                                const char *b)
{
  gboolean a_negative, b_negative;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  a_negative = *a == '-';
  b_negative = *b == '-';
  if (a_negative != b_negative)
    return a_negative ? -1 : 1;
  if (a_negative)
    return compare_magnitude (b + 1, a + 1);
  return compare_magnitude (a, b);
}

char *
polku_datatype_decimal_from_double (double value)
{
  char buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE];

  return g_strdup (polku_datatype_format_decimal (value, buf));
}

const char *
polku_datatype_format_decimal (double value,
                               char   buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE])
{
  char *canonical;
  int max_precision = MAX_WRITTEN_FRACTION_DIGITS;

  g_return_val_if_fail (isfinite (value) && value >= 0 && value < 1e15, "0");

  /* No more digits than libxml2 reads. */
  if (value >= 1)
    max_precision = MIN (max_precision, MAX_DECIMAL_DIGITS - 1 - (int) floor (log10 (value)));

  /* The shortest of 15, 16 or 17 significant digits that reads back the
   * same value: with 15, trailing zeros dropped, any shorter form that
   * does is found too. */
  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, POLKU_DATATYPE_DECIMAL_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        {
          /* Without an exponent, %g writes a canonical decimal: no sign,
           * no leading or trailing zeros. */
          if (strchr (buf, 'e') == NULL && strlen (buf) <= MAX_DECIMAL_DIGITS)
            return buf;
          break;
        }
    }

  /* Tiny values: fixed notation with as few digits after the point as read
   * back the same value, or as libxml2 reads. */
  for (int precision = 0; precision <= max_precision; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", precision);
      g_ascii_formatd (buf, POLKU_DATATYPE_DECIMAL_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  canonical = polku_datatype_decimal_canonical (buf);
  g_assert (canonical != NULL);
  g_strlcpy (buf, canonical, POLKU_DATATYPE_DECIMAL_BUF_SIZE);
  g_free (canonical);
  return buf;
}

gboolean
polku_datatype_parse_unsigned_int (const char *value,
                                   gsize       length,
                                   guint32    *result)
{
  guint64 n = 0;
  gsize i = 0;

  g_return_val_if_fail (value != NULL, FALSE);

  if (length == 0)
    return FALSE;
  while (i < length && value[i] == '0')
    i++;
  for (; i < length; i++)
    {
      if (!g_ascii_isdigit (value[i]))
        return FALSE;
      n = n * 10 + (value[i] - '0');
      if (n > G_MAXUINT32)
        return FALSE;
    }
  *result = (guint32) n;
  return TRUE;
}

gboolean
polku_datatype_next_list_item (const char **cursor,
                               const char **start,
                               gsize       *length)
{
  const char *p = *cursor;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    {
      *cursor = p;
      return FALSE;
    }
  *start = p;
  while (*p != '\0' && *p != ' ')
    p++;
  *length = p - *start;
  *cursor = p;
  return TRUE;
}

static gboolean
two_digits (const char **p,
            int         *value)
{
  if (!g_ascii_isdigit ((*p)[0]) || !g_ascii_isdigit ((*p)[1]))
    return FALSE;
  *value = ((*p)[0] - '0') * 10 + ((*p)[1] - '0');
  *p += 2;
  return TRUE;
}

/* Leap years as libxml2 counts them, by the year's remainders; negative
 * years the same as positive ones. Only the last four digits matter. */
static gboolean
is_leap_year (const char *digits,
              gsize       n)
{
  guint last = 0;

  for (gsize i = n > 4 ? n - 4 : 0; i < n; i++)
    last = last * 10 + (digits[i] - '0');
  return (last % 4 == 0 && last % 100 != 0) || last % 400 == 0;
}

static guint
days_in_month (int      month,
               gboolean leap)
{
  static const guint8 days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return month == 2 && leap ? 29 : days[month - 1];
}

/* The date of an xsd:date or xsd:dateTime at *p: [-]YYYY-MM-DD, the year of
 * four digits or more (no leading zero then, never all zeros), the day
 * within its month. Moves *p past it. */
static gboolean
parse_date_part (const char **p,
                 gboolean    *negative,
                 const char **year_digits,
                 gsize       *n_year,
                 int         *month,
                 int         *day)
{
  *negative = **p == '-';
  if (*negative)
    (*p)++;
  *year_digits = *p;
  while (g_ascii_isdigit (**p))
    (*p)++;
  *n_year = *p - *year_digits;
  if (*n_year < 4 || (*n_year > 4 && **year_digits == '0') ||
      strspn (*year_digits, "0") >= *n_year)
    return FALSE;

  return *(*p)++ == '-' && two_digits (p, month) && *month >= 1 && *month <= 12 &&
         *(*p)++ == '-' && two_digits (p, day) && *day >= 1 &&
         *day <= (int) days_in_month (*month, is_leap_year (*year_digits, *n_year));
}

/* The offset that may end a date or a time at *p: Z, or ±hh:mm within
 * ±14:00, in minutes; then the end of the value. */
static gboolean
parse_offset (const char **p,
              gboolean    *has_offset,
              int         *offset)
{
  *has_offset = FALSE;
  *offset = 0;
  if (**p == 'Z')
    *has_offset = TRUE, (*p)++;
  else if (**p == '+' || **p == '-')
    {
      gboolean behind = **p == '-';
      int offset_hours, offset_minutes;

      (*p)++;
      if (!two_digits (p, &offset_hours) || offset_hours > 23 || *(*p)++ != ':' ||
          !two_digits (p, &offset_minutes) || offset_minutes > 59)
        return FALSE;
      *offset = offset_hours * 60 + offset_minutes;
      if (*offset > 14 * 60)
        return FALSE;
      if (behind)
        *offset = -*offset;
      *has_offset = TRUE;
    }
  return **p == '\0';
}

gboolean
polku_datatype_is_date (const char *value)
{
  const char *p = value, *year_digits;
  gboolean negative, has_offset;
  int month, day, offset;
  gsize n_year;

  g_return_val_if_fail (value != NULL, FALSE);

  return parse_date_part (&p, &negative, &year_digits, &n_year, &month, &day) &&
         parse_offset (&p, &has_offset, &offset);
}

gboolean
polku_datatype_parse_date_time (const char  *value,
                                GDateTime  **date)
{
  const char *p = value, *year_digits;
  gsize n_year;
  gboolean negative, has_offset;
  int month, day, hour, minute, whole_second, offset;
  double second, mult = 1;
  gint64 year = 0;

  g_return_val_if_fail (value != NULL, FALSE);

  if (date != NULL)
    *date = NULL;

  if (!parse_date_part (&p, &negative, &year_digits, &n_year, &month, &day) ||
      *p++ != 'T' || !two_digits (&p, &hour) || *p++ != ':' ||
      !two_digits (&p, &minute) || *p++ != ':' || !two_digits (&p, &whole_second))
    return FALSE;

  /* Seconds add up as libxml2 adds them, in binary floating point: a
   * fraction of many nines comes to 60 there, and so here. */
  second = whole_second;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      for (; g_ascii_isdigit (*p); p++)
        {
          mult /= 10;
          second += (*p - '0') * mult;
        }
    }

  if (!parse_offset (&p, &has_offset, &offset))
    return FALSE;

  if (minute > 59 || !(second < 60) ||
      (hour > 23 && !(hour == 24 && minute == 0 && second == 0)))
    return FALSE;

  if (date == NULL || negative || n_year > 4)
    return TRUE;

  for (gsize i = 0; i < n_year; i++)
    year = year * 10 + (year_digits[i] - '0');
  {
    g_autoptr(GTimeZone) zone = has_offset ? g_time_zone_new_offset (offset * 60)
                                           : g_time_zone_new_utc ();
    g_autoptr(GDateTime) start = g_date_time_new (zone, year, month, day, hour % 24, minute, 0);

    /* 24:00:00 is the start of the next day; the last day of 9999 has none. */
    if (start != NULL)
      *date = hour == 24 ? g_date_time_add_days (start, 1)
                         : g_date_time_add_seconds (start, second);
  }
  return TRUE;
}

char *
polku_datatype_format_date_time (GDateTime *date)
{
  GString *out;
  GTimeSpan offset;
  int microsecond;

  g_return_val_if_fail (date != NULL, NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%04d-%02d-%02dT%02d:%02d:%02d",
                          g_date_time_get_year (date), g_date_time_get_month (date),
                          g_date_time_get_day_of_month (date), g_date_time_get_hour (date),
                          g_date_time_get_minute (date), g_date_time_get_second (date));
  microsecond = g_date_time_get_microsecond (date);
  if (microsecond != 0)
    {
      char fraction[8];

      g_snprintf (fraction, sizeof fraction, ".%06d", microsecond);
      g_string_append (out, fraction);
      while (out->str[out->len - 1] == '0')
        g_string_truncate (out, out->len - 1);
    }

  offset = g_date_time_get_utc_offset (date) / G_TIME_SPAN_MINUTE;
  if (offset == 0)
    g_string_append_c (out, 'Z');
  else
    g_string_append_printf (out, "%c%02d:%02d", offset < 0 ? '-' : '+',
                            (int) (ABS (offset) / 60), (int) (ABS (offset) % 60));
  return g_string_free (out, FALSE);
}
