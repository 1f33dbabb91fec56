/* polku-slides.c: the pages a presentation of a journey's map steps through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-journey.h"
#include "polku-navigation.h"
#include "polku-phase.h"
#include "polku-slides.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

static const char * const unit_names[] = {
  [POLKU_SLIDE_BY_STEP] = "step",
  [POLKU_SLIDE_BY_PHASE] = "phase",
};

const char *
polku_slide_unit_to_string (PolkuSlideUnit unit)
{
  g_return_val_if_fail (unit < G_N_ELEMENTS (unit_names), NULL);

  return unit_names[unit];
}

gboolean
polku_slide_unit_from_string (const char     *name,
                              PolkuSlideUnit *unit)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (unit_names); i++)
    if (g_str_equal (name, unit_names[i]))
      {
        if (unit != NULL)
          *unit = i;
        return TRUE;
      }
  return FALSE;
}

guint
polku_slides_count (PolkuJourney   *journey,
                    PolkuSlideUnit  unit)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), 0);

  if (unit == POLKU_SLIDE_BY_PHASE)
    return POLKU_N_PHASE_KINDS;
  return polku_journey_count_steps (journey);
}

GObject *
polku_slides_get (PolkuJourney   *journey,
                  PolkuSlideUnit  unit,
                  guint           position)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  if (unit == POLKU_SLIDE_BY_PHASE)
    return position < POLKU_N_PHASE_KINDS ? G_OBJECT (polku_journey_get_phase (journey, position)) : NULL;

  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);
      guint n_steps = polku_phase_get_n_steps (phase);

      if (position < n_steps)
        return G_OBJECT (polku_phase_get_step (phase, position));
      position -= n_steps;
    }
  return NULL;
}

gboolean
polku_slides_position (PolkuJourney   *journey,
                       PolkuSlideUnit  unit,
                       GObject        *page,
                       guint          *position)
{
  PolkuLocation location;
  guint before = 0;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);

  if (page == NULL || !polku_navigation_locate (journey, page, &location) || location.phase == NULL)
    return FALSE;
  if (unit == POLKU_SLIDE_BY_PHASE)
    {
      if (!POLKU_IS_PHASE (page))
        return FALSE;
      *position = location.phase_position;
      return TRUE;
    }
  if (!POLKU_IS_STEP (page))
    return FALSE;
  for (guint p = 0; p < location.phase_position; p++)
    before += polku_phase_get_n_steps (polku_journey_get_phase (journey, p));
  *position = before + location.step_position;
  return TRUE;
}

GObject *
polku_slides_page_of (PolkuJourney   *journey,
                      PolkuSlideUnit  unit,
                      GObject        *item)
{
  PolkuLocation location;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  if (item == NULL || !polku_navigation_locate (journey, item, &location))
    return NULL;
  if (unit == POLKU_SLIDE_BY_PHASE)
    return location.phase != NULL ? G_OBJECT (location.phase) : polku_slides_get (journey, unit, 0);
  if (POLKU_IS_STEP (item))
    return item;
  if (location.step != NULL)
    return G_OBJECT (location.step);
  return polku_slides_get (journey, unit, 0);
}

/* The touchpoints of a page, in the order of the map. */
static GPtrArray *
dup_touchpoints (GObject *page)
{
  GPtrArray *touchpoints = g_ptr_array_new ();

  if (POLKU_IS_STEP (page))
    for (guint t = 0; t < polku_step_get_n_touchpoints (POLKU_STEP (page)); t++)
      g_ptr_array_add (touchpoints, polku_step_get_touchpoint (POLKU_STEP (page), t));
  else if (POLKU_IS_PHASE (page))
    for (guint s = 0; s < polku_phase_get_n_steps (POLKU_PHASE (page)); s++)
      {
        PolkuStep *step = polku_phase_get_step (POLKU_PHASE (page), s);

        for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
          g_ptr_array_add (touchpoints, polku_step_get_touchpoint (step, t));
      }
  return touchpoints;
}

GObject *
polku_slides_first_item (GObject *page)
{
  g_autoptr(GPtrArray) touchpoints = NULL;

  g_return_val_if_fail (page == NULL || G_IS_OBJECT (page), NULL);

  if (page == NULL)
    return NULL;
  touchpoints = dup_touchpoints (page);
  return touchpoints->len > 0 ? g_ptr_array_index (touchpoints, 0) : page;
}

GObject *
polku_slides_next_touchpoint (GObject *page,
                              GObject *item,
                              int      delta)
{
  g_autoptr(GPtrArray) touchpoints = NULL;
  guint index;
  int n;

  g_return_val_if_fail (page == NULL || G_IS_OBJECT (page), NULL);

  if (page == NULL)
    return NULL;
  touchpoints = dup_touchpoints (page);
  n = touchpoints->len;
  if (n == 0)
    return NULL;
  if (item == NULL || !g_ptr_array_find (touchpoints, item, &index))
    return g_ptr_array_index (touchpoints, 0);
  return g_ptr_array_index (touchpoints, (((int) index + delta) % n + n) % n);
}
