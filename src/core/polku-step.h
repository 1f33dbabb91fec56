/* polku-step.h: one step of a phase of the customer's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_STEP (polku_step_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStep, polku_step, POLKU, STEP, GObject)

PolkuStep   *polku_step_new                (const char      *id,
                                            const char      *name);
const char  *polku_step_get_id             (PolkuStep       *self);
const char  *polku_step_get_name           (PolkuStep       *self);
void         polku_step_set_name           (PolkuStep       *self,
                                            const char      *name);
/* A GListModel of PolkuTouchpoint, in order. */
GListModel  *polku_step_get_touchpoints    (PolkuStep       *self);
guint        polku_step_get_n_touchpoints  (PolkuStep       *self);
PolkuTouchpoint *polku_step_get_touchpoint (PolkuStep       *self,
                                            guint            position);
void         polku_step_insert_touchpoint  (PolkuStep       *self,
                                            guint            position,
                                            PolkuTouchpoint *touchpoint);
void         polku_step_append_touchpoint  (PolkuStep       *self,
                                            PolkuTouchpoint *touchpoint);
void         polku_step_remove_touchpoint  (PolkuStep       *self,
                                            guint            position);

G_END_DECLS
