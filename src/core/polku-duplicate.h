/* polku-duplicate.h: copies of journeys, steps and touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-types.h"

G_BEGIN_DECLS

/* A copy of everything the item holds, its children included, with ids
 * that document does not use yet. The copy is not added to document. */
PolkuTouchpoint *polku_duplicate_touchpoint (PolkuTouchpoint *touchpoint,
                                             PolkuDocument   *document);
PolkuStep       *polku_duplicate_step       (PolkuStep       *step,
                                             PolkuDocument   *document);
/* The copy keeps no creation or modification date: it is new. */
PolkuJourney    *polku_duplicate_journey    (PolkuJourney    *journey,
                                             PolkuDocument   *document);

G_END_DECLS
