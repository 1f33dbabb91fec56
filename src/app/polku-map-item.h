/* polku-map-item.h: a phase, step or touchpoint of the map, as an
 * accessible the keyboard focus can rest on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_MAP_ITEM (polku_map_item_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMapItem, polku_map_item, POLKU, MAP_ITEM, GtkWidget)

/* A widget that draws nothing: the map view places it where the map draws
 * item, so that a screen reader finds the item there, reads its name and
 * its sentence, and follows the focus to it. The view draws its focus ring. */
GtkWidget   *polku_map_item_new             (GObject             *item);
GObject     *polku_map_item_get_item        (PolkuMapItem        *self);
/* Where the item is in its journey, as last seen. */
const PolkuLocation *polku_map_item_get_location (PolkuMapItem *self);
/* TRUE when the location differs from the last one, which the item's
 * sentence then has to say. */
gboolean     polku_map_item_set_location    (PolkuMapItem        *self,
                                             const PolkuLocation *location);
/* Marks the item's sentence as out of date, for the next describe. */
void         polku_map_item_invalidate      (PolkuMapItem        *self);
gboolean     polku_map_item_is_invalid      (PolkuMapItem        *self);
/* Says the item's name and sentence again from the model, telling a screen
 * reader only what changed. */
void         polku_map_item_describe        (PolkuMapItem        *self,
                                             PolkuJourney        *journey);
void         polku_map_item_set_selected    (PolkuMapItem        *self,
                                             gboolean             selected);

G_END_DECLS
