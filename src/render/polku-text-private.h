/* polku-text-private.h: text measured the same way for every output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Families that Debian and the Flatpak runtime both ship. */
#define POLKU_TEXT_FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"

/* The typographic roles on a map; sizes are in points. */
typedef enum
{
  POLKU_TEXT_TITLE,
  POLKU_TEXT_SUBTITLE,
  POLKU_TEXT_CAPTION,
  POLKU_TEXT_LEGEND,
  POLKU_TEXT_PHASE,
  POLKU_TEXT_STEP,
  POLKU_TEXT_LANE,
  POLKU_TEXT_CARD_NAME,
  POLKU_TEXT_CARD_DETAIL,
  POLKU_TEXT_TAG,
  POLKU_TEXT_AXIS,
  POLKU_TEXT_VALUE,
  POLKU_TEXT_PLACEHOLDER,
  POLKU_TEXT_CELL,            /* a step's text in a lane */
  POLKU_TEXT_LANE_FIELD,      /* a field's name in a lane of several */
  /* Pages: their running head and foot, and handouts. */
  POLKU_TEXT_PAGE,
  POLKU_TEXT_PAGE_MARK,       /* a poster sheet's row and column */
  POLKU_TEXT_HANDOUT_TITLE,
  POLKU_TEXT_HANDOUT_HEADING,
  POLKU_TEXT_HANDOUT_NAME,
  POLKU_TEXT_HANDOUT_LABEL,
  POLKU_TEXT_HANDOUT_BODY,
  POLKU_TEXT_N_STYLES
} PolkuTextStyle;

/* A context at a fixed 72 dpi without hinting of metrics, so that a map has
 * the same geometry on screen, printer, PDF, SVG and PNG. */
PangoContext *_polku_text_context_new        (void);
/* What a layout's text has for a line break of the text it was made of,
 * when that had very many paragraphs. */
#define POLKU_TEXT_LINE_SEPARATOR "\u2028"

/* A laid out text, wrapped at width points; width < 0 does not wrap,
 * but for lines over a metre long. */
PangoLayout  *_polku_text_layout_new         (PangoContext   *context,
                                              PolkuTextStyle  style,
                                              const char     *text,
                                              double          width);
/* The same text, cut after its first max_lines lines at width points,
 * the last of them ending in an ellipsis where the text goes on. */
PangoLayout  *_polku_text_layout_new_clipped (PangoContext   *context,
                                              PolkuTextStyle  style,
                                              const char     *text,
                                              double          width,
                                              guint           max_lines);
void          _polku_text_layout_set_width   (PangoLayout    *layout,
                                              double          width);
/* Draws a laid out text with its top left corner at (x, y), only the
 * lines of it that meet the clip. */
void          _polku_text_show_layout        (cairo_t        *cr,
                                              PangoLayout    *layout,
                                              double          x,
                                              double          y);
/* The same, only the lines that meet top to bottom, in points from the
 * text's top: a part of a text that goes on over pages. */
void          _polku_text_show_part          (cairo_t        *cr,
                                              PangoLayout    *layout,
                                              double          x,
                                              double          y,
                                              double          top,
                                              double          bottom);
/* polku-text-raster.c: how a text is drawn on a raster, where cairo puts
 * glyphs at whole pixels. */
typedef enum
{
  POLKU_TEXT_RASTER_GLYPHS,  /* as glyphs: on a vector device, or large */
  POLKU_TEXT_RASTER_MASK,    /* as its outlines, filled once into a mask */
  POLKU_TEXT_RASTER_LINES,   /* too small to read: grey lines */
} PolkuTextRaster;

PolkuTextRaster _polku_text_raster_choose   (cairo_t        *cr,
                                             PangoLayout    *layout);
/* Draws the text through its mask; FALSE when it has none, as when it is
 * not upright or very large. */
gboolean      _polku_text_raster_show        (cairo_t        *cr,
                                              PangoLayout    *layout,
                                              double          x,
                                              double          y);
/* The raster that a recording cr draws on is replayed on has scale pixels
 * per device unit: a window's scale factor. 1 when not set. */
void          _polku_text_set_raster_scale   (cairo_t        *cr,
                                              double          scale);
/* Gives up every mask of this thread, for benchmarks of a cold start. */
void          _polku_text_raster_clear       (void);

/* The size of a style's font in points. */
double        _polku_text_style_get_size     (PolkuTextStyle  style);
/* The most characters a line of width points may hold in a style. */
guint         _polku_text_style_get_max_chars (PolkuTextStyle style,
                                               double         width);
void          _polku_text_layout_get_size    (PangoLayout    *layout,
                                              double         *width,
                                              double         *height);

G_END_DECLS
