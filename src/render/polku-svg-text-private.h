/* polku-svg-text-private.h: a searchable text layer for SVG maps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-map-layout.h"

G_BEGIN_DECLS

/* cairo writes text into SVG as glyph outlines, which nothing can search,
 * select or read aloud. This adds the map's title as the document's
 * <title> and every text of the map as invisible <text> over its glyphs,
 * the map drawn at scale with its top left corner at (x, y). */
GBytes *_polku_svg_add_text_layer (PolkuMapLayout  *layout,
                                   double           x,
                                   double           y,
                                   double           scale,
                                   const char      *svg,
                                   gsize            length,
                                   GError         **error);

G_END_DECLS
