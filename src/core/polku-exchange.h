/* polku-exchange.h: the formats journeys travel in, by file name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spreadsheets (.csv), Mermaid journey diagrams (.mmd) and CJML (.cjml),
 * each read into a new document and written from a journey; every file
 * goes through polku_file_write ().
 */

#pragma once

#include <gio/gio.h>

#include "polku-phase-rule.h"
#include "polku-types.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_EXCHANGE_CSV,
  POLKU_EXCHANGE_MERMAID,
  POLKU_EXCHANGE_CJML,
} PolkuExchangeFormat;

#define POLKU_N_EXCHANGE_FORMATS 3

/* The format a file name's extension names, in any case: .csv, .mmd or
 * .mermaid, .cjml; FALSE for none of them. */
gboolean       polku_exchange_format_from_filename (const char           *filename,
                                                    PolkuExchangeFormat  *format);
/* ".csv", ".mmd" or ".cjml". */
const char    *polku_exchange_format_get_extension (PolkuExchangeFormat   format);
/* "Spreadsheet (CSV)" and the like, translated. */
const char    *polku_exchange_format_get_label     (PolkuExchangeFormat   format);
/* The file's pattern, such as "*.csv", and MIME type, for file choosers. */
const char    *polku_exchange_format_get_pattern   (PolkuExchangeFormat   format);
const char    *polku_exchange_format_get_mime_type (PolkuExchangeFormat   format);

GBytes        *polku_exchange_export               (PolkuJourney         *journey,
                                                    PolkuExchangeFormat   format);
/* Writes a journey to file in the format its name's extension names.
 * Errors name the file. */
gboolean       polku_exchange_export_file          (PolkuJourney         *journey,
                                                    GFile                *file,
                                                    GError              **error);

/* Reads a file in the format its extension names into a new document;
 * phases named in the file's own words are assigned by rule (NULL: by
 * guess); notes (NULL: not told) get "NAME:LINE: note" for what the file
 * holds that cannot be kept. Messages name the file display_name, or by
 * its parse name when that is NULL. */
PolkuDocument *polku_exchange_import_file          (GFile                *file,
                                                    const char           *display_name,
                                                    PolkuPhaseRule       *rule,
                                                    GPtrArray            *notes,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
/* Adds the phases a file names in its own words to rule, in order. */
gboolean       polku_exchange_list_phases          (GFile                *file,
                                                    PolkuPhaseRule       *rule,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

G_END_DECLS
