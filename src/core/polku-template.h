/* polku-template.h: a new journey with the method's typical steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-types.h"

G_BEGIN_DECLS

/* A journey whose phases hold the typical steps of a customer's process,
 * named in the user's language, with ids that document does not use yet.
 * The journey is not added to document. */
PolkuJourney *polku_template_create_journey (PolkuDocument *document);
/* An empty journey: three phases, no steps. */
PolkuJourney *polku_template_create_empty   (PolkuDocument *document);

G_END_DECLS
