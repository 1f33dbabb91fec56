/* polku-cjml.h: journeys as CJML 2.0, SINTEF's Customer Journey Modelling Language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A planned journey is a journey: its phases are assigned to Polku's three
 * by a rule, each touchpoint becomes a step of its own holding it, the end
 * user names the customer segment. The experience ratings (1–5) of actual
 * journeys are answers to the satisfaction question of their planned
 * journey's touchpoints, counted as one measurement round. Polku writes a
 * journey as one planned journey: its phases, its touchpoints in order
 * with their names, descriptions and channels.
 *
 * The reader tolerates what the CJML tools write: elements in any order,
 * spaces around values, comments, empty references; it names references
 * to actors, phases and planned journeys that lead nowhere. A file that is
 * not well-formed XML (the tools do not escape "&" and "<") is refused with
 * the line and column the parser stopped at.
 */

#pragma once

#include <gio/gio.h>

#include "polku-phase-rule.h"
#include "polku-types.h"

G_BEGIN_DECLS

GBytes        *polku_cjml_export      (PolkuJourney    *journey);
/* A document of the file's planned journeys; notes (NULL: not told) get
 * "NAME:LINE: note" for what leads nowhere and what cannot be kept. */
PolkuDocument *polku_cjml_import      (GBytes          *bytes,
                                       const char      *display_name,
                                       PolkuPhaseRule  *rule,
                                       GPtrArray       *notes,
                                       GError         **error);
/* Adds the phases of the file's planned journeys to rule, in order. */
gboolean       polku_cjml_list_phases (GBytes          *bytes,
                                       const char      *display_name,
                                       PolkuPhaseRule  *rule,
                                       GError         **error);

G_END_DECLS
