/* polku-walk.c: visiting every touchpoint of a part of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-walk.h"

static void
walk_step (PolkuStep           *step,
           PolkuTouchpointFunc  func,
           gpointer             user_data)
{
  for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
    func (step, polku_step_get_touchpoint (step, t), user_data);
}

static void
walk_phase (PolkuPhase          *phase,
            PolkuTouchpointFunc  func,
            gpointer             user_data)
{
  for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
    walk_step (polku_phase_get_step (phase, s), func, user_data);
}

void
polku_foreach_touchpoint (GObject             *part,
                          PolkuTouchpointFunc  func,
                          gpointer             user_data)
{
  g_return_if_fail (func != NULL);

  if (POLKU_IS_JOURNEY (part))
    {
      for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
        walk_phase (polku_journey_get_phase (POLKU_JOURNEY (part), kind), func, user_data);
    }
  else if (POLKU_IS_PHASE (part))
    walk_phase (POLKU_PHASE (part), func, user_data);
  else if (POLKU_IS_STEP (part))
    walk_step (POLKU_STEP (part), func, user_data);
  else if (POLKU_IS_TOUCHPOINT (part))
    func (NULL, POLKU_TOUCHPOINT (part), user_data);
  else
    g_return_if_reached ();
}
