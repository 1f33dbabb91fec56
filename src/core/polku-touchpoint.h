/* polku-touchpoint.h: one contact of the customer with the company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TOUCHPOINT (polku_touchpoint_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTouchpoint, polku_touchpoint, POLKU, TOUCHPOINT, GObject)

PolkuTouchpoint  *polku_touchpoint_new             (const char       *id,
                                                    const char       *name);
const char       *polku_touchpoint_get_id          (PolkuTouchpoint  *self);
const char       *polku_touchpoint_get_name        (PolkuTouchpoint  *self);
void              polku_touchpoint_set_name        (PolkuTouchpoint  *self,
                                                    const char       *name);
PolkuChannel      polku_touchpoint_get_channel     (PolkuTouchpoint  *self);
void              polku_touchpoint_set_channel     (PolkuTouchpoint  *self,
                                                    PolkuChannel      channel);
PolkuCriticality  polku_touchpoint_get_criticality (PolkuTouchpoint  *self);
void              polku_touchpoint_set_criticality (PolkuTouchpoint  *self,
                                                    PolkuCriticality  criticality);
PolkuRole         polku_touchpoint_get_role        (PolkuTouchpoint  *self);
void              polku_touchpoint_set_role        (PolkuTouchpoint  *self,
                                                    PolkuRole         role);
/* Satisfaction on the journey's scale; NAN when not scored. */
double            polku_touchpoint_get_score       (PolkuTouchpoint  *self);
void              polku_touchpoint_set_score       (PolkuTouchpoint  *self,
                                                    double            score);
gboolean          polku_touchpoint_has_score       (PolkuTouchpoint  *self);
/* The score the company aims at; NAN when none is set. */
double            polku_touchpoint_get_target      (PolkuTouchpoint  *self);
void              polku_touchpoint_set_target      (PolkuTouchpoint  *self,
                                                    double            target);
gboolean          polku_touchpoint_has_target      (PolkuTouchpoint  *self);

G_END_DECLS
