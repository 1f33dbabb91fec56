/* polku-phase-rule.h: the phases of other tools assigned to Polku's three
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Other tools name their phases freely and have any number of them; a Polku
 * journey has the three of the customer's process. A rule assigns each name
 * to one of them: by what the name says ("Awareness", "Checkout", "Ennen
 * hankintaa", "Support"), and a name that says nothing by where it stands
 * among the others, never before a phase that comes earlier. People correct
 * the rule where it guessed wrong.
 */

#pragma once

#include <glib.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef struct _PolkuPhaseRule PolkuPhaseRule;

PolkuPhaseRule *polku_phase_rule_new              (void);
void            polku_phase_rule_free             (PolkuPhaseRule  *self);
/* Adds a phase name of the source, in the source's order; a name added
 * already is not added again. */
void            polku_phase_rule_add_name         (PolkuPhaseRule  *self,
                                                   const char      *name);
guint           polku_phase_rule_get_n_names      (PolkuPhaseRule  *self);
const char     *polku_phase_rule_get_name         (PolkuPhaseRule  *self,
                                                   guint            position);
/* The kind a name is assigned to: as set, else as guessed from all the
 * names added. */
PolkuPhaseKind  polku_phase_rule_get_kind         (PolkuPhaseRule  *self,
                                                   guint            position);
void            polku_phase_rule_set_kind         (PolkuPhaseRule  *self,
                                                   guint            position,
                                                   PolkuPhaseKind   kind);
/* The kind of a name, added or not (a name not added is added). */
PolkuPhaseKind  polku_phase_rule_lookup           (PolkuPhaseRule  *self,
                                                   const char      *name);
/* Sets the kind of a name, adding it; for assignments given as
 * "NAME=KIND", where KIND is pre-purchase, purchase or post-purchase. */
gboolean        polku_phase_rule_parse_assignment (PolkuPhaseRule  *self,
                                                   const char      *assignment,
                                                   GError         **error);
/* The label the names give a journey's phase: those assigned to its kind,
 * joined with " / ", but for a name that only names the kind, such as
 * "purchase" or "Pre-purchase". (transfer full) */
char           *polku_phase_rule_dup_label        (PolkuPhaseRule  *self,
                                                   PolkuPhaseKind   kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPhaseRule, polku_phase_rule_free)

G_END_DECLS
