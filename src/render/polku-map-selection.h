/* polku-map-selection.h: what the editor shows and picks on a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map's items, for an editor: the journey (its header), a phase (its
 * band), a step (its column) or a touchpoint (its card). These find the item
 * at a point, say where an item and its name are, where a dragged item
 * would land, and draw the selection and the drop marker over a drawn map.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "polku-map-layout.h"

G_BEGIN_DECLS

/* The item at (x, y): a touchpoint's card, else a phase's band, else a
 * step's column, else the journey's header; NULL elsewhere. (transfer none) */
GObject  *polku_map_selection_hit_test          (PolkuMapLayout   *self,
                                                 double            x,
                                                 double            y);
/* Where the item is drawn: a card, a band, a step's column, the header. */
gboolean  polku_map_selection_get_item_rect     (PolkuMapLayout   *self,
                                                 GObject          *item,
                                                 PolkuRect        *rect);
/* Where the item's name is written, at least one line tall, as wide as its
 * card, heading, band or title may be: where to edit it in place. */
gboolean  polku_map_selection_get_name_rect     (PolkuMapLayout   *self,
                                                 GObject          *item,
                                                 PolkuRect        *rect);
/* Where an item of item_type (a touchpoint or a step) dropped at (x, y)
 * would go: the container (a step or a phase) and the position before the
 * child now there, and a line to draw there. FALSE when nothing there can
 * hold it. */
gboolean  polku_map_selection_get_drop_slot     (PolkuMapLayout   *self,
                                                 GType             item_type,
                                                 double            x,
                                                 double            y,
                                                 GObject         **container,
                                                 guint            *position,
                                                 PolkuRect        *marker);

/* Draws the ring of a selected item, in layout coordinates. */
void      polku_map_selection_draw              (PolkuMapLayout   *self,
                                                 cairo_t          *cr,
                                                 GObject          *item,
                                                 const PolkuColor *color);
/* Draws the line where a dragged item would land. */
void      polku_map_selection_draw_drop_marker  (cairo_t          *cr,
                                                 const PolkuRect  *marker,
                                                 const PolkuColor *color);

G_END_DECLS
