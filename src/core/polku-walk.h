/* polku-walk.h: visiting every touchpoint of a part of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef void (*PolkuTouchpointFunc) (PolkuStep       *step,
                                     PolkuTouchpoint *touchpoint,
                                     gpointer         user_data);

/* Calls func for each touchpoint of part — a journey, a phase, a step or a
 * single touchpoint (whose step is then not known: NULL) — in map order. */
void polku_foreach_touchpoint (GObject             *part,
                               PolkuTouchpointFunc  func,
                               gpointer             user_data);

G_END_DECLS
