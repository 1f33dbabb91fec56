/* polku-csv.h: reading and writing CSV files (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV as spreadsheets write it: UTF-8 with or without a byte order mark,
 * fields separated by commas, or by semicolons as LibreOffice and Excel
 * write them in Finnish and other locales that put a comma in numbers (or
 * by tabs), records ending in CRLF or LF, fields in double quotes where they
 * hold the separator, a quote or a line break, a quote inside doubled.
 *
 * The reader takes the whole file and hands out one record at a time; it
 * refuses, with the file's name and the line, what a hostile or broken file
 * holds: more than POLKU_CSV_MAX_SIZE bytes, text that is not UTF-8 or holds
 * NUL bytes, more than POLKU_CSV_MAX_FIELDS fields in a record, a field of
 * more than POLKU_CSV_MAX_FIELD_LENGTH characters, a quote that never
 * closes. Its memory is the file and one record.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define POLKU_CSV_MAX_SIZE         (64 * 1024 * 1024)
#define POLKU_CSV_MAX_FIELDS       4096
#define POLKU_CSV_MAX_FIELD_LENGTH 65536

typedef struct _PolkuCsvReader PolkuCsvReader;

/* A reader of bytes, named display_name in messages; the separator is the
 * one of comma, semicolon and tab that the first line holds most of outside
 * quotes. NULL with a POLKU_FILE_ERROR when the file is too large or not
 * UTF-8 text. */
PolkuCsvReader *polku_csv_reader_new           (GBytes          *bytes,
                                                const char      *display_name,
                                                GError         **error);
/* The same for a file, whose size is judged before it is read; named
 * display_name, or by its parse name when that is NULL. */
PolkuCsvReader *polku_csv_reader_new_for_file  (GFile           *file,
                                                const char      *display_name,
                                                GCancellable    *cancellable,
                                                GError         **error);
void            polku_csv_reader_free          (PolkuCsvReader  *self);
const char     *polku_csv_reader_get_name      (PolkuCsvReader  *self);
char            polku_csv_reader_get_separator (PolkuCsvReader  *self);
/* Reads the next record; FALSE at the end of the file, and with error set
 * when the file is broken there. Lines that hold nothing are skipped. */
gboolean        polku_csv_reader_next          (PolkuCsvReader  *self,
                                                GError         **error);
/* Reads from the first record again. */
void            polku_csv_reader_rewind        (PolkuCsvReader  *self);
/* The line where the record read starts, from 1. */
guint           polku_csv_reader_get_line      (PolkuCsvReader  *self);
guint           polku_csv_reader_get_n_fields  (PolkuCsvReader  *self);
/* The field at position of the record read, unquoted and nul-terminated,
 * valid until the next record; "" past the last field. */
const char     *polku_csv_reader_get_field     (PolkuCsvReader  *self,
                                                guint            position);
/* Sets a POLKU_FILE_ERROR_INVALID "NAME:LINE: problem" at the record read. */
void            polku_csv_reader_set_error     (PolkuCsvReader  *self,
                                                GError         **error,
                                                const char      *format,
                                                ...) G_GNUC_PRINTF (3, 4);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCsvReader, polku_csv_reader_free)

/* Appends a field to a record being written: after a separator unless it
 * is the record's first, quoted when it must be. */
void            polku_csv_append_field         (GString         *out,
                                                const char      *text,
                                                char             separator,
                                                gboolean         first);
/* Ends a record, with CRLF as RFC 4180 has it. */
void            polku_csv_end_record           (GString         *out);

G_END_DECLS
