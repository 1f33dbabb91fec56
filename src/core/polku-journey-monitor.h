/* polku-journey-monitor.h: one signal for any change anywhere in a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_JOURNEY_MONITOR (polku_journey_monitor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuJourneyMonitor, polku_journey_monitor, POLKU, JOURNEY_MONITOR, GObject)

/* Watches the journey, its phases, steps and touchpoints, following steps
 * and touchpoints as they come and go. It emits "changed" for every
 * property change and every insertion or removal, as it happens: a
 * listener that redraws coalesces them itself. */
PolkuJourneyMonitor *polku_journey_monitor_new         (PolkuJourney        *journey);
PolkuJourney        *polku_journey_monitor_get_journey (PolkuJourneyMonitor *self);
/* How many changes it has seen: the same number twice, the journey did
 * not change in between. */
guint64              polku_journey_monitor_get_serial  (PolkuJourneyMonitor *self);

G_END_DECLS
