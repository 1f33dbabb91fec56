/* polku-map-draw-private.h: the parts of drawing a map that pages use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-map-draw.h"
#include "polku-map-layout-private.h"

G_BEGIN_DECLS

/* The map without its words: its columns, lanes, cards and curves, for a
 * miniature whose text would be too small to read. */
void _polku_map_draw_shapes    (PolkuMapLayout      *layout,
                                cairo_t             *cr,
                                const PolkuPalette  *palette);
/* The sign a legend's entry explains, in glyph. */
void _polku_map_draw_key_glyph (cairo_t             *cr,
                                PolkuMapKeyKind      kind,
                                const PolkuRect     *glyph,
                                const PolkuPalette  *palette);
/* A phase's band over x to x + width of its column, with label (the
 * phase's name laid out for that width) from x: the band over a slice of
 * the map that does not begin where the phase does. */
void _polku_map_draw_band      (cairo_t             *cr,
                                const PolkuMapPhase *phase,
                                double               x,
                                double               width,
                                PangoLayout         *label,
                                const PolkuPalette  *palette);

G_END_DECLS
