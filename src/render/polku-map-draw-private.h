/* polku-map-draw-private.h: the parts of drawing a map that pages and
 * what is drawn over a map share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-map-draw.h"
#include "polku-map-layout-private.h"

G_BEGIN_DECLS

/* A map being drawn: only what meets clip, in layout coordinates. */
typedef struct
{
  PolkuMapLayout     *layout;
  cairo_t            *cr;
  const PolkuPalette *palette;
  PolkuRect           clip;
  /* On a screen, too small for the marks of cards to show. */
  gboolean            coarse;
  /* A miniature whose text would be too small to read: no words. */
  gboolean            shapes_only;
} PolkuMapDraw;

/* Whether a map drawn on cr shows cards too small for their marks. */
gboolean _polku_map_draw_is_coarse (cairo_t *cr);

/* A phase's column and band, with its label. */
void _polku_map_draw_phase      (PolkuMapDraw        *draw,
                                 const PolkuMapPhase *phase);
/* A step's heading, divider and texts. */
void _polku_map_draw_step       (PolkuMapDraw        *draw,
                                 const PolkuMapStep  *step);
/* A row's lane names, the rules between its lanes, and its satisfaction
 * axis with its grid and midline. */
void _polku_map_draw_lanes      (PolkuMapDraw        *draw,
                                 const PolkuMapRow   *row);
/* An entry of the legend: its mark and its label. */
void _polku_map_draw_key        (PolkuMapDraw        *draw,
                                 const PolkuMapKey   *key);

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
