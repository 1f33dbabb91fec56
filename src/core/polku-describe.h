/* polku-describe.h: what an item of a journey is, said in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For those who do not see the map: a screen reader reads these sentences
 * for the map's items and the outline's rows, so both say the same. They use
 * the map's own words for tags ("Critical", "Fix first") and write scores as
 * the map does.
 */

#pragma once

#include <glib-object.h>

#include "polku-navigation.h"
#include "polku-types.h"

G_BEGIN_DECLS

/* A score as the map writes it: "4" for a whole number, else "3.5" (with
 * the locale's decimal mark). */
char       *polku_describe_score          (double               score);

/* The item's name as people see it: a phase's label, or "Unnamed step" and
 * the like for an item without one. (transfer none) */
const char *polku_describe_name           (GObject             *item);

/* The touchpoint's latest measurement round and the change since the one
 * before, as the map marks it: "Measured on 2026-05-01 from 98 answers:
 * mean 3.75, up 0.4 since 2026-03-01."; NULL when no round measured it. */
char       *polku_describe_round          (PolkuJourney        *journey,
                                           PolkuTouchpoint     *touchpoint);
/* The same in the catalogue's language, as a printed map says it. */
char       *polku_describe_round_in       (PolkuJourney        *journey,
                                           PolkuTouchpoint     *touchpoint,
                                           PolkuCatalog        *catalog);
/* The touchpoint's channel as the map writes it on its card: the other
 * channel's own name when it has one, else the channel's label; NULL while
 * the channel is not set, as the card then says nothing of it. (transfer
 * none) */
const char *polku_describe_channel        (PolkuTouchpoint     *touchpoint);
/* The same in the catalogue's language, as a printed map writes it. */
const char *polku_describe_channel_in     (PolkuTouchpoint     *touchpoint,
                                           PolkuCatalog        *catalog);

/* One or more sentences on the item: its kind and name, where it is (step
 * and phase), its tags, its score against its target and the journey's
 * scale, "Fix first", a step's gate and touchpoints. NULL when item is not
 * journey or in it. */
char       *polku_describe_item           (PolkuJourney        *journey,
                                           GObject             *item);
/* The same for an item at a known location, which saves finding it. */
char       *polku_describe_item_at        (PolkuJourney        *journey,
                                           GObject             *item,
                                           const PolkuLocation *location);

G_END_DECLS
