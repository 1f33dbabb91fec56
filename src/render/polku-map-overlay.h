/* polku-map-overlay.h: what a view of a map draws over it
 *
 * A view that scrolls keeps the names of the lanes, the satisfaction axis
 * and the headings of phases and steps in sight, drawn by the map's own
 * drawing over the map; a presentation lights one step or phase and dims
 * the rest, and shows the legend in a corner. Each function takes view:
 * the part of the map shown, in layout coordinates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "polku-map-layout.h"
#include "polku-palette.h"

G_BEGIN_DECLS

/* How wide the lane names are, and how tall the headings of a row, in
 * layout coordinates: what the labels kept in sight may cover of a view's
 * left and top. */
void     polku_map_overlay_get_insets      (PolkuMapLayout     *layout,
                                            double             *left,
                                            double             *top);
/* Draws, over a map drawn in the same coordinates, the lane names and the
 * axis of each row of view scrolled past them, at view's left edge, and the
 * headings of the row scrolled past its top, at view's top edge. */
void     polku_map_draw_sticky_labels      (PolkuMapLayout     *layout,
                                            cairo_t            *cr,
                                            const PolkuPalette *palette,
                                            const PolkuRect    *view);

/* What a spotlight on item (a step or a phase) lights: the step's column
 * with its phase's band over it, or the columns of the phase's parts on
 * every row. (transfer full)
 * An array of PolkuRect, empty when the map does not show the item. */
GArray  *polku_map_overlay_dup_spotlight   (PolkuMapLayout     *layout,
                                            GObject            *item);
/* Dims view but for what a spotlight on item lights, and the lane names
 * beside it. */
void     polku_map_draw_spotlight          (PolkuMapLayout     *layout,
                                            cairo_t            *cr,
                                            const PolkuPalette *palette,
                                            const PolkuRect    *view,
                                            GObject            *item);

/* The size of the map's legend on a panel of its own; FALSE when the map
 * has no legend. */
gboolean polku_map_overlay_get_legend_size (PolkuMapLayout     *layout,
                                            double             *width,
                                            double             *height);
/* Draws the legend's panel with its top left corner at (x, y). */
void     polku_map_draw_legend             (PolkuMapLayout     *layout,
                                            cairo_t            *cr,
                                            const PolkuPalette *palette,
                                            double              x,
                                            double              y);

G_END_DECLS
