/* polku-find.c: the steps and touchpoints whose text holds what is looked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-enums.h"
#include "polku-find.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

/* A text as compared: composed the same way, without case. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return normal != NULL ? g_utf8_casefold (normal, -1) : NULL;
}

char *
polku_find_fold_query (const char *query)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (query != NULL, NULL);

  stripped = g_strstrip (g_strdup (query));
  if (stripped[0] == '\0')
    return NULL;
  return fold (stripped);
}

static gboolean
holds (const char *text,
       const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  folded = fold (text);
  return folded != NULL && strstr (folded, folded_query) != NULL;
}

gboolean
polku_find_matches (GObject    *item,
                    const char *folded_query)
{
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (POLKU_IS_STEP (item))
    {
      for (PolkuStepField f = 0; f < POLKU_STEP_N_FIELDS; f++)
        if (holds (polku_step_get_field (POLKU_STEP (item), f), folded_query))
          return TRUE;
      return FALSE;
    }

  if (POLKU_IS_TOUCHPOINT (item))
    {
      PolkuTouchpoint *touchpoint = POLKU_TOUCHPOINT (item);

      for (PolkuTouchpointField f = 0; f < POLKU_TOUCHPOINT_N_FIELDS; f++)
        if (holds (polku_touchpoint_get_field (touchpoint, f), folded_query))
          return TRUE;
      /* What the map writes on its card. */
      return holds (polku_channel_get_label (polku_touchpoint_get_channel (touchpoint)), folded_query) ||
             holds (polku_criticality_get_label (polku_touchpoint_get_criticality (touchpoint)), folded_query) ||
             holds (polku_role_get_label (polku_touchpoint_get_role (touchpoint)), folded_query);
    }

  return FALSE;
}

GPtrArray *
polku_find_items (PolkuJourney *journey,
                  const char   *query)
{
  GPtrArray *items = g_ptr_array_new ();
  g_autofree char *folded = NULL;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), items);
  g_return_val_if_fail (query != NULL, items);

  folded = polku_find_fold_query (query);
  if (folded == NULL)
    return items;

  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          if (polku_find_matches (G_OBJECT (step), folded))
            g_ptr_array_add (items, step);
          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, t);

              if (polku_find_matches (G_OBJECT (touchpoint), folded))
                g_ptr_array_add (items, touchpoint);
            }
        }
    }
  return items;
}
