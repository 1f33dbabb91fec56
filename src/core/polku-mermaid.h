/* polku-mermaid.h: journeys as Mermaid "journey" diagrams
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A diagram has a title, sections and tasks, each task a score and the
 * people taking part: "Pay: 4: Me". Polku writes a section per phase and a
 * task per scored touchpoint, named "step / touchpoint", its score rescaled
 * to 1–5 and the customer segment as its person; the characters Mermaid
 * cannot hold in a name ("#", ";", ":", line breaks) are replaced. Read
 * back, sections become phases by a rule, tasks touchpoints (in the step a
 * "step / touchpoint" name gives), on a 1–5 scale. The reader reads as
 * Mermaid's own grammar does, and reports what Mermaid would refuse with the
 * file's name and line.
 */

#pragma once

#include <gio/gio.h>

#include "polku-phase-rule.h"
#include "polku-types.h"

G_BEGIN_DECLS

GBytes        *polku_mermaid_export      (PolkuJourney    *journey);
/* A document of the diagram's journey; sections are assigned to phases by
 * rule (NULL: by guess). What the diagram holds that a journey cannot, and
 * scores brought onto the scale, are added to notes (NULL: not told) as
 * "NAME:LINE: note". */
PolkuDocument *polku_mermaid_import      (GBytes          *bytes,
                                          const char      *display_name,
                                          PolkuPhaseRule  *rule,
                                          GPtrArray       *notes,
                                          GError         **error);
/* Adds the diagram's sections to rule, in order. */
gboolean       polku_mermaid_list_phases (GBytes          *bytes,
                                          const char      *display_name,
                                          PolkuPhaseRule  *rule,
                                          GError         **error);

G_END_DECLS
