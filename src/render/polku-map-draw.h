/* polku-map-draw.h: drawing a laid out journey map with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "polku-map-layout.h"
#include "polku-palette.h"

G_BEGIN_DECLS

/* Draws the map in layout coordinates; the caller sets the transformation.
 * Only what meets the clip is drawn, so a view of a large map stays fast. */
void polku_map_draw        (PolkuMapLayout     *layout,
                            cairo_t            *cr,
                            const PolkuPalette *palette);
/* For cr drawing on a recording that a window replays on its surface: the
 * surface has scale pixels per unit (the window's scale factor), for text
 * drawn sharp on it. */
void polku_map_draw_set_raster_scale (cairo_t *cr,
                                      double   scale);
/* Draws the whole map centred in box, scaled down to fit when it is larger,
 * never enlarged: for pages. */
void polku_map_draw_fitted (PolkuMapLayout     *layout,
                            cairo_t            *cr,
                            const PolkuPalette *palette,
                            const PolkuRect    *box);

G_END_DECLS
