/* polku-journey.h: the customer's process for one customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_JOURNEY (polku_journey_get_type ())

G_DECLARE_FINAL_TYPE (PolkuJourney, polku_journey, POLKU, JOURNEY, GObject)

/* The satisfaction scales a journey may use. */
#define POLKU_SCALE_DEFAULT_MIN 1
#define POLKU_SCALE_DEFAULT_MAX 5

PolkuJourney *polku_journey_new             (const char     *id);
const char   *polku_journey_get_id          (PolkuJourney   *self);
const char   *polku_journey_get_title       (PolkuJourney   *self);
void          polku_journey_set_title       (PolkuJourney   *self,
                                             const char     *title);
const char   *polku_journey_get_segment     (PolkuJourney   *self);
void          polku_journey_set_segment     (PolkuJourney   *self,
                                             const char     *segment);
int           polku_journey_get_scale_min   (PolkuJourney   *self);
int           polku_journey_get_scale_max   (PolkuJourney   *self);
void          polku_journey_set_scale       (PolkuJourney   *self,
                                             int             min,
                                             int             max);
gboolean      polku_scale_is_supported      (int             min,
                                             int             max);
/* Always three phases, in the order of PolkuPhaseKind. */
GListModel   *polku_journey_get_phases      (PolkuJourney   *self);
PolkuPhase   *polku_journey_get_phase       (PolkuJourney   *self,
                                             PolkuPhaseKind  kind);
guint         polku_journey_count_steps     (PolkuJourney   *self);
guint         polku_journey_count_touchpoints (PolkuJourney *self);

G_END_DECLS
