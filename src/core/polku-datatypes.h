/* polku-datatypes.h: the XML Schema datatypes of journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function here is the one definition of a datatype that data/polku.rng
 * names: the reader checks every value with it, the writer writes only what
 * it accepts, and the inspector checks what people type with it. They read
 * values as libxml2's validator does, so that `xmllint --relaxng` and Polku
 * agree on every file.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* XML Schema's whiteSpace "collapse": tab, line feed and carriage return
 * become spaces, runs of spaces one, and none stay at either end. Every
 * datatype but string collapses its value before it is read. */
char      *polku_datatype_collapse             (const char  *value);

/* xsd:NCName: a name without a colon, its characters those of XML 1.0's
 * Appendix B (letters of every script, digits, combining marks, extenders,
 * '.', '-' and '_'; a letter or '_' first). The value must be collapsed. */
gboolean   polku_datatype_is_ncname            (const char  *value);

/* xsd:language: a letter subtag of 1–8 letters, then subtags of 1–8 letters
 * or digits, each after a '-', such as "fi", "en-GB" or "de-CH-1901". The
 * value must be collapsed; "" is not a language. */
gboolean   polku_datatype_is_language          (const char  *value);

/* xsd:decimal as libxml2 reads it: an optional sign, digits with at most
 * one '.', at least one digit, and no more than 24 digits once the leading
 * zeros are skipped. Returns the value's canonical form, or NULL when value
 * (collapsed first) is not one: no '+', no leading zeros, no trailing zeros
 * after the point, no point without a fraction, "0" for zero. */
char      *polku_datatype_decimal_canonical    (const char  *value);
/* How many digits libxml2 counts in a canonical decimal: all but a lone
 * "0" before the point, so those of the fraction after it too. */
guint      polku_datatype_decimal_digits       (const char  *canonical);
/* Compares two canonical decimals by value: <0, 0 or >0. */
int        polku_datatype_decimal_compare      (const char  *a,
                                                const char  *b);
/* The shortest decimal that reads back as value (at most 22 digits after
 * the point, the most a score on a scale to 10 may have); value must be
 * finite and not negative. */
char      *polku_datatype_decimal_from_double  (double       value);
/* The same, written in buf; returns buf. */
#define POLKU_DATATYPE_DECIMAL_BUF_SIZE 64
const char *polku_datatype_format_decimal      (double       value,
                                                char         buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE]);

/* xsd:unsignedInt as libxml2 reads it: digits only (any number of leading
 * zeros), at most 4294967295. */
gboolean   polku_datatype_parse_unsigned_int   (const char  *value,
                                                gsize        length,
                                                guint32     *result);

/* The next item of a collapsed list at *cursor: sets start and length and
 * moves the cursor past it, or returns FALSE at the end of the list. */
gboolean   polku_datatype_next_list_item       (const char **cursor,
                                                const char **start,
                                                gsize       *length);

/* xsd:dateTime as libxml2 reads it: [-]YYYY-MM-DDThh:mm:ss[.s+][Z|±hh:mm],
 * the year of four digits or more (no leading zero then, never 0000, so
 * also beyond 9999 and before year 1), the day within its month, 24:00:00
 * for the end of a day, offsets within ±14:00. The value must be collapsed.
 * When date is not NULL it is set to the same instant as a GDateTime, or to
 * NULL when GLib cannot hold it (years outside 1–9999); a time without an
 * offset is taken as UTC there. */
gboolean   polku_datatype_parse_date_time      (const char  *value,
                                                GDateTime  **date);
/* xsd:date as libxml2 reads it: [-]YYYY-MM-DD[Z|±hh:mm], with the year,
 * day and offset of xsd:dateTime. The value must be collapsed. */
gboolean   polku_datatype_is_date              (const char  *value);
/* A date and time in that form, with its offset, and its fraction of a
 * second when it has one. */
char      *polku_datatype_format_date_time     (GDateTime   *date);

G_END_DECLS
