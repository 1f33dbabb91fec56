/* polku-export.h: journey maps as PDF, SVG and PNG files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "polku-types.h"
#include "polku-render-types.h"
#include "polku-pages.h"
#include "polku-paper.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_EXPORT_FORMAT_PDF,   /* pages, as printed: by default one A4
                              * landscape page, the map fitted to it */
  POLKU_EXPORT_FORMAT_SVG,   /* the map at 100 %, its text searchable */
  POLKU_EXPORT_FORMAT_PNG,   /* the map on white, by default at 144 dpi */
} PolkuExportFormat;

#define POLKU_N_EXPORT_FORMATS 3

/* How PNG and SVG images hold the map. */
typedef enum
{
  POLKU_IMAGE_LAYOUT_MAP,     /* the map in one row, at its size on screen */
  POLKU_IMAGE_LAYOUT_SLIDE,   /* wrapped into rows to fill a slide's shape */
  POLKU_IMAGE_LAYOUT_PHASES,  /* a slide for each phase that has steps */
} PolkuImageLayout;

#define POLKU_N_IMAGE_LAYOUTS 3

/* "map", "slide" or "phases", and back; a name and a line for people. */
const char  *polku_image_layout_to_string   (PolkuImageLayout  layout);
gboolean     polku_image_layout_from_string (const char       *name,
                                             PolkuImageLayout *layout);
const char  *polku_image_layout_get_label   (PolkuImageLayout  layout);

/* How a map is exported. PDF pages take the mode, paper, orientation and
 * each mode's choices; PNG takes the resolution; SVG is the map at 100 %.
 * All of them are in the language chosen, or the journey's. */
typedef struct
{
  PolkuPrintMode      mode;
  PolkuPaper          paper;
  PolkuOrientation    orientation;
  double              poster_scale;
  double              dpi;
  /* A language tag such as "fi"; NULL or "" for the journey's. */
  const char         *language;
  /* A poster of so many sheets across or down; 0 for poster_scale. */
  guint               poster_columns;
  guint               poster_rows;
  /* The phases (a bit per PolkuPhaseKind) and steps (ids) a handout
   * covers; 0 and NULL for all. */
  guint               handout_phases;
  const char * const *handout_steps;
  /* PNG and SVG: the map in one row, or slides of aspect_width ×
   * aspect_height, slide_width pixels (SVG: points) wide. */
  PolkuImageLayout    image_layout;
  guint               slide_width;
  guint               aspect_width;
  guint               aspect_height;
} PolkuExportOptions;

#define POLKU_EXPORT_SLIDE_WIDTH_MIN     320
#define POLKU_EXPORT_SLIDE_WIDTH_MAX     32767
#define POLKU_EXPORT_SLIDE_WIDTH_DEFAULT 1920
#define POLKU_EXPORT_ASPECT_MAX          100

#define POLKU_EXPORT_DPI_MIN      36.0
#define POLKU_EXPORT_DPI_MAX      1200.0
#define POLKU_EXPORT_DPI_DEFAULT  144.0

/* A4 landscape, the default page, in points. */
#define POLKU_EXPORT_PAGE_WIDTH   841.89
#define POLKU_EXPORT_PAGE_HEIGHT  595.28
/* PNG pixels per point at the default resolution: 2 is 144 dpi. */
#define POLKU_EXPORT_PNG_SCALE    (POLKU_EXPORT_DPI_DEFAULT / 72.0)

/* Fit on A4 landscape, posters at 100 %, PNG at 144 dpi. */
void         polku_export_options_init         (PolkuExportOptions *options);
/* The options of the pages PDF export prints. */
void         polku_export_options_get_pages    (const PolkuExportOptions *options,
                                                PolkuPagesOptions        *pages);

/* The format a file name's extension asks for, in any case; FALSE when it
 * names none of them. */
gboolean     polku_export_format_from_filename (const char         *filename,
                                                PolkuExportFormat  *format);
/* ".pdf", ".svg" or ".png". */
const char  *polku_export_format_get_extension (PolkuExportFormat   format);
/* The map as the bytes of a file, always in the light palette; options
 * NULL for the defaults. */
GBytes      *polku_export_journey_to_bytes     (PolkuJourney       *journey,
                                                PolkuExportFormat   format,
                                                GError            **error);
GBytes      *polku_export_journey_to_bytes_with_options (PolkuJourney             *journey,
                                                         PolkuExportFormat         format,
                                                         const PolkuExportOptions *options,
                                                         GError                  **error);
/* The images of the map in an image format: one, or a slide for each
 * phase. Returns: (transfer full) (element-type GBytes) */
GPtrArray   *polku_export_journey_to_images    (PolkuJourney             *journey,
                                                PolkuExportFormat         format,
                                                const PolkuExportOptions *options,
                                                GError                  **error);
/* A PNG image larger than an image may be is refused: this makes options
 * ask for the largest that may be, of the same shape (the slide's width,
 * or the map's resolution; a slide for a map in one row too long at any),
 * and returns TRUE; FALSE when they ask for no more. In width and height,
 * the image's size in pixels then. */
gboolean     polku_export_options_fit_image    (PolkuJourney             *journey,
                                                PolkuExportOptions       *options,
                                                guint                    *width,
                                                guint                    *height);
/* Where the index-th of n images goes: filename itself when n is 1, else
 * "map-2.png" for "map.png". */
char        *polku_export_get_image_filename   (const char               *filename,
                                                guint                     index,
                                                guint                     n);
/* The image on surface as the bytes of a PNG file. */
GBytes      *polku_export_surface_to_png       (cairo_surface_t    *surface,
                                                GError            **error);
/* Writes the map of a journey to filename in the format its extension names,
 * with polku_file_write_path(): an existing file is replaced only when the
 * new one is complete. Slides of each phase go to the files that
 * polku_export_get_image_filename() names. Errors name the file. */
gboolean     polku_export_journey              (PolkuJourney       *journey,
                                                const char         *filename,
                                                GError            **error);
gboolean     polku_export_journey_with_options (PolkuJourney             *journey,
                                                const char               *filename,
                                                const PolkuExportOptions *options,
                                                GError                  **error);

G_END_DECLS
