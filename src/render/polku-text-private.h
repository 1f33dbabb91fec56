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
} PolkuTextStyle;

/* A context at a fixed 72 dpi without hinting of metrics, so that a map has
 * the same geometry on screen, printer, PDF, SVG and PNG. */
PangoContext *_polku_text_context_new        (void);
/* A laid out text, wrapped at width points; width < 0 does not wrap. */
PangoLayout  *_polku_text_layout_new         (PangoContext   *context,
                                              PolkuTextStyle  style,
                                              const char     *text,
                                              double          width);
void          _polku_text_layout_set_width   (PangoLayout    *layout,
                                              double          width);
void          _polku_text_layout_get_size    (PangoLayout    *layout,
                                              double         *width,
                                              double         *height);
/* A text to be wrapped once its column's width is known: meanwhile it has a
 * word a line and says how wide its widest word is, the width a column
 * needs so as not to break a word. Shaping text is the costly part of a
 * layout, so a text is measured and wrapped without a third pass. */
PangoLayout  *_polku_text_layout_new_narrow  (PangoContext   *context,
                                              PolkuTextStyle  style,
                                              const char     *text,
                                              double         *widest_word);

G_END_DECLS
