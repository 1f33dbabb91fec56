/* polku-phase.h: one of the three phases of the customer's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PHASE (polku_phase_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPhase, polku_phase, POLKU, PHASE, GObject)

PolkuPhase     *polku_phase_new               (PolkuPhaseKind  kind);
PolkuPhaseKind  polku_phase_get_kind          (PolkuPhase     *self);
/* The label the designer gave, or "" for the kind's own name. */
const char     *polku_phase_get_label         (PolkuPhase     *self);
void            polku_phase_set_label         (PolkuPhase     *self,
                                               const char     *label);
/* The label to show: the designer's, else the translated kind name. */
const char     *polku_phase_get_display_label (PolkuPhase     *self);
/* The same with the kind's name in a catalogue's language. */
const char     *polku_phase_get_display_label_in (PolkuPhase   *self,
                                                  PolkuCatalog *catalog);
/* A GListModel of PolkuStep, in order. */
GListModel     *polku_phase_get_steps         (PolkuPhase     *self);
guint           polku_phase_get_n_steps       (PolkuPhase     *self);
PolkuStep      *polku_phase_get_step          (PolkuPhase     *self,
                                               guint           position);
void            polku_phase_insert_step       (PolkuPhase     *self,
                                               guint           position,
                                               PolkuStep      *step);
void            polku_phase_append_step       (PolkuPhase     *self,
                                               PolkuStep      *step);
void            polku_phase_remove_step       (PolkuPhase     *self,
                                               guint           position);

G_END_DECLS
