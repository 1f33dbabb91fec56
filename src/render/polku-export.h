/* polku-export.h: journey maps as PDF, SVG and PNG files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"
#include "polku-render-types.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_EXPORT_FORMAT_PDF,   /* one A4 landscape page, the map fitted to it,
                              * its columns wrapped into rows if that helps */
  POLKU_EXPORT_FORMAT_SVG,   /* the map at 100 %, its text searchable */
  POLKU_EXPORT_FORMAT_PNG,   /* the map at 144 dpi on white */
} PolkuExportFormat;

/* A4 landscape and its margins, in points. */
#define POLKU_EXPORT_PAGE_WIDTH   841.89
#define POLKU_EXPORT_PAGE_HEIGHT  595.28
#define POLKU_EXPORT_PAGE_MARGIN  20.0
/* PNG pixels per point: 2 is 144 dpi. */
#define POLKU_EXPORT_PNG_SCALE    2.0

/* The format a file name's extension asks for, in any case; FALSE when it
 * names none of them. */
gboolean     polku_export_format_from_filename (const char         *filename,
                                                PolkuExportFormat  *format);
/* ".pdf", ".svg" or ".png". */
const char  *polku_export_format_get_extension (PolkuExportFormat   format);
/* The map as the bytes of a file, always in the light palette: for the
 * PDF page laid out with polku_map_layout_new_for_page(). */
GBytes      *polku_export_journey_to_bytes     (PolkuJourney       *journey,
                                                PolkuExportFormat   format,
                                                GError            **error);
/* Writes the map of a journey to filename in the format its extension names.
 * An existing file is replaced only when the new one is complete. */
gboolean     polku_export_journey              (PolkuJourney       *journey,
                                                const char         *filename,
                                                GError            **error);

G_END_DECLS
