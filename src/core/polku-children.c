/* polku-children.c: the ordered children of documents, phases and steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-children-private.h"
#include "polku-document.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

gboolean
_polku_children_accepts (GObject *container,
                         GObject *child)
{
  return (POLKU_IS_DOCUMENT (container) && POLKU_IS_JOURNEY (child)) ||
         (POLKU_IS_PHASE (container) && POLKU_IS_STEP (child)) ||
         (POLKU_IS_STEP (container) && POLKU_IS_TOUCHPOINT (child)) ||
         (POLKU_IS_JOURNEY (container) && POLKU_IS_ROUND (child));
}

guint
_polku_children_get_n (GObject *container)
{
  if (POLKU_IS_DOCUMENT (container))
    return polku_document_get_n_journeys (POLKU_DOCUMENT (container));
  if (POLKU_IS_PHASE (container))
    return polku_phase_get_n_steps (POLKU_PHASE (container));
  if (POLKU_IS_STEP (container))
    return polku_step_get_n_touchpoints (POLKU_STEP (container));
  if (POLKU_IS_JOURNEY (container))
    return polku_journey_get_n_rounds (POLKU_JOURNEY (container));
  g_return_val_if_reached (0);
}

GObject *
_polku_children_get (GObject *container,
                     guint    position)
{
  if (POLKU_IS_DOCUMENT (container))
    return G_OBJECT (polku_document_get_journey (POLKU_DOCUMENT (container), position));
  if (POLKU_IS_PHASE (container))
    return G_OBJECT (polku_phase_get_step (POLKU_PHASE (container), position));
  if (POLKU_IS_STEP (container))
    return G_OBJECT (polku_step_get_touchpoint (POLKU_STEP (container), position));
  if (POLKU_IS_JOURNEY (container))
    return G_OBJECT (polku_journey_get_round (POLKU_JOURNEY (container), position));
  g_return_val_if_reached (NULL);
}

void
_polku_children_insert (GObject *container,
                        guint    position,
                        GObject *child)
{
  g_return_if_fail (_polku_children_accepts (container, child));

  if (POLKU_IS_DOCUMENT (container))
    polku_document_insert_journey (POLKU_DOCUMENT (container), position, POLKU_JOURNEY (child));
  else if (POLKU_IS_PHASE (container))
    polku_phase_insert_step (POLKU_PHASE (container), position, POLKU_STEP (child));
  else if (POLKU_IS_STEP (container))
    polku_step_insert_touchpoint (POLKU_STEP (container), position, POLKU_TOUCHPOINT (child));
  else
    polku_journey_insert_round (POLKU_JOURNEY (container), position, POLKU_ROUND (child));
}

void
_polku_children_remove (GObject *container,
                        guint    position)
{
  if (POLKU_IS_DOCUMENT (container))
    polku_document_remove_journey (POLKU_DOCUMENT (container), position);
  else if (POLKU_IS_PHASE (container))
    polku_phase_remove_step (POLKU_PHASE (container), position);
  else if (POLKU_IS_STEP (container))
    polku_step_remove_touchpoint (POLKU_STEP (container), position);
  else if (POLKU_IS_JOURNEY (container))
    polku_journey_remove_round (POLKU_JOURNEY (container), position);
  else
    g_return_if_reached ();
}
