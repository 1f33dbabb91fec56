/* polku-navigation.c: where things are in a journey, and where they go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-journey.h"
#include "polku-navigation.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

gboolean
polku_navigation_locate (PolkuJourney  *journey,
                         GObject       *item,
                         PolkuLocation *location)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (location != NULL, FALSE);

  *location = (PolkuLocation) { NULL, };

  if (item == NULL)
    return FALSE;
  if (item == G_OBJECT (journey))
    return TRUE;

  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);

      if (item == G_OBJECT (phase))
        {
          location->phase = phase;
          location->phase_position = p;
          return TRUE;
        }

      if (POLKU_IS_PHASE (item))
        continue;

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);
          guint t = 0;

          if (item != G_OBJECT (step))
            {
              if (!POLKU_IS_TOUCHPOINT (item))
                continue;

              for (t = 0; t < polku_step_get_n_touchpoints (step); t++)
                if (item == G_OBJECT (polku_step_get_touchpoint (step, t)))
                  break;
              if (t == polku_step_get_n_touchpoints (step))
                continue;
            }

          location->phase = phase;
          location->phase_position = p;
          location->step = step;
          location->step_position = s;
          location->touchpoint_position = t;
          return TRUE;
        }
    }

  *location = (PolkuLocation) { NULL, };
  return FALSE;
}

/* The step before (direction < 0) or after the step at (p, s), across
 * phases; NULL when there is none. */
static PolkuStep *
step_beside (PolkuJourney *journey,
             guint         p,
             guint         s,
             int           direction,
             guint        *step_p,
             guint        *step_s)
{
  g_assert (POLKU_IS_JOURNEY (journey));

  if (direction < 0)
    {
      if (s > 0)
        {
          *step_p = p;
          *step_s = s - 1;
          return polku_phase_get_step (polku_journey_get_phase (journey, p), s - 1);
        }
      while (p-- > 0)
        {
          PolkuPhase *phase = polku_journey_get_phase (journey, p);
          guint n = polku_phase_get_n_steps (phase);

          if (n > 0)
            {
              *step_p = p;
              *step_s = n - 1;
              return polku_phase_get_step (phase, n - 1);
            }
        }
      return NULL;
    }

  if (s + 1 < polku_phase_get_n_steps (polku_journey_get_phase (journey, p)))
    {
      *step_p = p;
      *step_s = s + 1;
      return polku_phase_get_step (polku_journey_get_phase (journey, p), s + 1);
    }
  while (++p < POLKU_N_PHASE_KINDS)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);

      if (polku_phase_get_n_steps (phase) > 0)
        {
          *step_p = p;
          *step_s = 0;
          return polku_phase_get_step (phase, 0);
        }
    }
  return NULL;
}

/* The first (direction > 0) or last step of the journey, with where it
 * is; NULL when the journey has none. */
static PolkuStep *
step_at_end (PolkuJourney *journey,
             int           direction,
             guint        *step_p,
             guint        *step_s)
{
  PolkuPhase *last = polku_journey_get_phase (journey, POLKU_N_PHASE_KINDS - 1);
  PolkuPhase *first = polku_journey_get_phase (journey, 0);

  g_assert (POLKU_IS_JOURNEY (journey));

  /* The first step is the one after a place before all of them. */
  if (direction > 0)
    {
      if (polku_phase_get_n_steps (first) > 0)
        {
          *step_p = 0;
          *step_s = 0;
          return polku_phase_get_step (first, 0);
        }
      return step_beside (journey, 0, 0, 1, step_p, step_s);
    }

  if (polku_phase_get_n_steps (last) > 0)
    {
      *step_p = POLKU_N_PHASE_KINDS - 1;
      *step_s = polku_phase_get_n_steps (last) - 1;
      return polku_phase_get_step (last, *step_s);
    }
  return step_beside (journey, POLKU_N_PHASE_KINDS - 1, 0, -1, step_p, step_s);
}

/* A stop of the touchpoints' lane in step: its first (direction > 0) or
 * last touchpoint, or the step itself when it has none. */
static GObject *
lane_stop (PolkuStep *step,
           int        direction)
{
  guint n = polku_step_get_n_touchpoints (step);

  if (n == 0)
    return G_OBJECT (step);
  return G_OBJECT (polku_step_get_touchpoint (step, direction > 0 ? 0 : n - 1));
}

/* The stop of the touchpoints' lane before or after location: a touchpoint,
 * or an empty step standing in the lane (on_step); NULL past the ends. */
static GObject *
lane_beside (PolkuJourney        *journey,
             const PolkuLocation *location,
             gboolean             on_step,
             int                  direction)
{
  PolkuStep *step = location->step;
  guint p, s;

  g_assert (POLKU_IS_JOURNEY (journey));
  g_assert (POLKU_IS_STEP (step));

  if (!on_step)
    {
      if (direction < 0 && location->touchpoint_position > 0)
        return G_OBJECT (polku_step_get_touchpoint (step, location->touchpoint_position - 1));
      if (direction > 0 && location->touchpoint_position + 1 < polku_step_get_n_touchpoints (step))
        return G_OBJECT (polku_step_get_touchpoint (step, location->touchpoint_position + 1));
    }

  step = step_beside (journey, location->phase_position, location->step_position, direction, &p, &s);
  return step != NULL ? lane_stop (step, direction) : NULL;
}

/* -1 for the directions that go back, towards the start. */
static int
direction_sign (PolkuDirection direction)
{
  return direction == POLKU_DIRECTION_LEFT || direction == POLKU_DIRECTION_HOME ? -1 : 1;
}

static GObject *
phase_neighbour (PolkuJourney        *journey,
                 const PolkuLocation *location,
                 PolkuDirection       direction)
{
  switch (direction)
    {
    case POLKU_DIRECTION_LEFT:
      if (location->phase_position == 0)
        return NULL;
      return G_OBJECT (polku_journey_get_phase (journey, location->phase_position - 1));
    case POLKU_DIRECTION_RIGHT:
      if (location->phase_position + 1 >= POLKU_N_PHASE_KINDS)
        return NULL;
      return G_OBJECT (polku_journey_get_phase (journey, location->phase_position + 1));
    case POLKU_DIRECTION_HOME:
      return G_OBJECT (polku_journey_get_phase (journey, 0));
    case POLKU_DIRECTION_END:
      return G_OBJECT (polku_journey_get_phase (journey, POLKU_N_PHASE_KINDS - 1));
    case POLKU_DIRECTION_UP:
      return G_OBJECT (journey);
    case POLKU_DIRECTION_DOWN:
      if (polku_phase_get_n_steps (location->phase) == 0)
        return NULL;
      return G_OBJECT (polku_phase_get_step (location->phase, 0));
    default:
      g_return_val_if_reached (NULL);
    }
}

static GObject *
step_neighbour (PolkuJourney        *journey,
                const PolkuLocation *location,
                PolkuDirection       direction)
{
  guint p, s;

  switch (direction)
    {
    case POLKU_DIRECTION_LEFT:
    case POLKU_DIRECTION_RIGHT:
      return G_OBJECT (step_beside (journey, location->phase_position, location->step_position,
                                    direction_sign (direction), &p, &s));
    case POLKU_DIRECTION_HOME:
    case POLKU_DIRECTION_END:
      return G_OBJECT (step_at_end (journey, -direction_sign (direction), &p, &s));
    case POLKU_DIRECTION_UP:
      return G_OBJECT (location->phase);
    case POLKU_DIRECTION_DOWN:
      if (polku_step_get_n_touchpoints (location->step) == 0)
        return NULL;
      return G_OBJECT (polku_step_get_touchpoint (location->step, 0));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* From a touchpoint, or an empty step standing in the lane (on_step). */
static GObject *
lane_neighbour (PolkuJourney        *journey,
                const PolkuLocation *location,
                gboolean             on_step,
                PolkuDirection       direction)
{
  guint p, s;
  PolkuStep *step;

  switch (direction)
    {
    case POLKU_DIRECTION_LEFT:
    case POLKU_DIRECTION_RIGHT:
      return lane_beside (journey, location, on_step, direction_sign (direction));
    case POLKU_DIRECTION_HOME:
    case POLKU_DIRECTION_END:
      step = step_at_end (journey, -direction_sign (direction), &p, &s);
      return step != NULL ? lane_stop (step, -direction_sign (direction)) : NULL;
    case POLKU_DIRECTION_UP:
      return on_step ? G_OBJECT (location->phase) : G_OBJECT (location->step);
    case POLKU_DIRECTION_DOWN:
      return NULL;
    default:
      g_return_val_if_reached (NULL);
    }
}

GObject *
polku_navigation_neighbour (PolkuJourney   *journey,
                            GObject        *item,
                            PolkuDirection  direction,
                            gboolean       *in_lane)
{
  PolkuLocation location;
  gboolean on_step_in_lane;
  GObject *next;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (direction <= POLKU_DIRECTION_END, NULL);

  on_step_in_lane = in_lane != NULL && *in_lane && POLKU_IS_STEP (item) &&
                    polku_step_get_n_touchpoints (POLKU_STEP (item)) == 0;
  if (in_lane != NULL)
    *in_lane = FALSE;

  if (!polku_navigation_locate (journey, item, &location))
    return NULL;

  if (location.phase == NULL)
    {
      /* The journey: its header is above and left of everything. */
      if (direction == POLKU_DIRECTION_DOWN || direction == POLKU_DIRECTION_RIGHT)
        return G_OBJECT (polku_journey_get_phase (journey, 0));
      return NULL;
    }

  if (POLKU_IS_PHASE (item))
    return phase_neighbour (journey, &location, direction);
  if (POLKU_IS_STEP (item) && !on_step_in_lane)
    return step_neighbour (journey, &location, direction);

  next = lane_neighbour (journey, &location, on_step_in_lane, direction);
  /* An empty step reached along the lane stands in it. */
  if (in_lane != NULL && POLKU_IS_STEP (next) && direction != POLKU_DIRECTION_UP)
    *in_lane = TRUE;
  return next;
}

gboolean
polku_navigation_move_target (PolkuJourney   *journey,
                              GObject        *item,
                              PolkuDirection  direction,
                              GObject       **to_container,
                              guint          *to_position)
{
  PolkuLocation location;
  gboolean later = direction == POLKU_DIRECTION_RIGHT || direction == POLKU_DIRECTION_DOWN;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (to_container != NULL, FALSE);
  g_return_val_if_fail (to_position != NULL, FALSE);

  if (direction > POLKU_DIRECTION_DOWN ||
      !polku_navigation_locate (journey, item, &location) || location.step == NULL)
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (item))
    {
      guint n = polku_step_get_n_touchpoints (location.step);
      guint t = location.touchpoint_position;
      PolkuStep *other;
      guint p, s;

      if (!later && t > 0)
        {
          *to_container = G_OBJECT (location.step);
          *to_position = t - 1;
          return TRUE;
        }
      if (later && t + 1 < n)
        {
          *to_container = G_OBJECT (location.step);
          *to_position = t + 1;
          return TRUE;
        }

      /* Past the end of its step: into the next step, empty or not. */
      other = step_beside (journey, location.phase_position, location.step_position,
                           later ? 1 : -1, &p, &s);
      if (other == NULL)
        {
          /* Skipped phases without steps; there is nothing further. */
          return FALSE;
        }
      *to_container = G_OBJECT (other);
      *to_position = later ? 0 : polku_step_get_n_touchpoints (other);
      return TRUE;
    }

  /* A step moves within its phase, then into the next phase, which may be
   * empty. */
  {
    guint n = polku_phase_get_n_steps (location.phase);
    guint s = location.step_position;
    guint p = location.phase_position;
    PolkuPhase *other;

    if (!later && s > 0)
      {
        *to_container = G_OBJECT (location.phase);
        *to_position = s - 1;
        return TRUE;
      }
    if (later && s + 1 < n)
      {
        *to_container = G_OBJECT (location.phase);
        *to_position = s + 1;
        return TRUE;
      }
    if (!later && p == 0)
      return FALSE;
    if (later && p + 1 >= POLKU_N_PHASE_KINDS)
      return FALSE;

    other = polku_journey_get_phase (journey, later ? p + 1 : p - 1);
    *to_container = G_OBJECT (other);
    *to_position = later ? 0 : polku_phase_get_n_steps (other);
    return TRUE;
  }
}

gboolean
polku_navigation_drop_target (PolkuJourney *journey,
                              GObject      *item,
                              GObject      *container,
                              guint         position,
                              guint        *to_position)
{
  PolkuLocation from, to;
  GObject *from_container;
  guint from_position;
  guint n;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (to_position != NULL, FALSE);

  if (!polku_navigation_locate (journey, item, &from) ||
      !polku_navigation_locate (journey, container, &to))
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (item) && POLKU_IS_STEP (container))
    {
      from_container = G_OBJECT (from.step);
      from_position = from.touchpoint_position;
      n = polku_step_get_n_touchpoints (POLKU_STEP (container));
    }
  else if (POLKU_IS_STEP (item) && POLKU_IS_PHASE (container))
    {
      from_container = G_OBJECT (from.phase);
      from_position = from.step_position;
      n = polku_phase_get_n_steps (POLKU_PHASE (container));
    }
  else
    return FALSE;

  position = MIN (position, n);

  if (container != from_container)
    {
      *to_position = position;
      return TRUE;
    }

  if (position == from_position || position == from_position + 1)
    return FALSE;

  *to_position = position > from_position ? position - 1 : position;
  return TRUE;
}

gboolean
polku_navigation_drop_on_item (PolkuJourney  *journey,
                               GObject       *item,
                               GObject       *target,
                               gboolean       after,
                               GObject      **container,
                               guint         *position)
{
  PolkuLocation location;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (container != NULL, FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (!polku_navigation_locate (journey, target, &location))
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (item))
    {
      if (POLKU_IS_TOUCHPOINT (target))
        {
          *container = G_OBJECT (location.step);
          *position = location.touchpoint_position + (after ? 1 : 0);
          return TRUE;
        }
      if (POLKU_IS_STEP (target))
        {
          *container = target;
          *position = polku_step_get_n_touchpoints (POLKU_STEP (target));
          return TRUE;
        }
      return FALSE;
    }

  if (POLKU_IS_STEP (item))
    {
      if (POLKU_IS_STEP (target))
        {
          *container = G_OBJECT (location.phase);
          *position = location.step_position + (after ? 1 : 0);
          return TRUE;
        }
      if (POLKU_IS_PHASE (target))
        {
          *container = target;
          *position = polku_phase_get_n_steps (POLKU_PHASE (target));
          return TRUE;
        }
    }

  return FALSE;
}

void
polku_navigation_step_insertion (PolkuJourney  *journey,
                                 GObject       *item,
                                 PolkuPhase   **phase,
                                 guint         *position)
{
  PolkuLocation location;

  g_return_if_fail (POLKU_IS_JOURNEY (journey));
  g_return_if_fail (phase != NULL);
  g_return_if_fail (position != NULL);

  if (!polku_navigation_locate (journey, item, &location) || location.phase == NULL)
    {
      *phase = polku_journey_get_phase (journey, 0);
      *position = polku_phase_get_n_steps (*phase);
      return;
    }

  *phase = location.phase;
  if (location.step != NULL)
    *position = location.step_position + 1;
  else
    *position = polku_phase_get_n_steps (location.phase);
}

gboolean
polku_navigation_touchpoint_insertion (PolkuJourney  *journey,
                                       GObject       *item,
                                       PolkuStep    **step,
                                       guint         *position)
{
  PolkuLocation location;
  guint first_phase = 0, last_phase = POLKU_N_PHASE_KINDS - 1;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (!polku_navigation_locate (journey, item, &location))
    location = (PolkuLocation) { NULL, };

  if (POLKU_IS_TOUCHPOINT (item) && location.step != NULL)
    {
      *step = location.step;
      *position = location.touchpoint_position + 1;
      return TRUE;
    }
  if (POLKU_IS_STEP (item) && location.step != NULL)
    {
      *step = location.step;
      *position = polku_step_get_n_touchpoints (location.step);
      return TRUE;
    }
  if (location.phase != NULL)
    first_phase = last_phase = location.phase_position;

  /* The last step of the phase, or of the journey. */
  for (guint p = last_phase + 1; p-- > first_phase;)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);
      guint n = polku_phase_get_n_steps (phase);

      if (n > 0)
        {
          *step = polku_phase_get_step (phase, n - 1);
          *position = polku_step_get_n_touchpoints (*step);
          return TRUE;
        }
    }

  *step = NULL;
  *position = 0;
  return FALSE;
}

GObject *
polku_navigation_after_removal (PolkuJourney *journey,
                                GObject      *item)
{
  PolkuLocation location;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  if (!polku_navigation_locate (journey, item, &location) || location.step == NULL)
    return NULL;

  if (POLKU_IS_TOUCHPOINT (item))
    {
      guint t = location.touchpoint_position;

      if (t + 1 < polku_step_get_n_touchpoints (location.step))
        return G_OBJECT (polku_step_get_touchpoint (location.step, t + 1));
      if (t > 0)
        return G_OBJECT (polku_step_get_touchpoint (location.step, t - 1));
      return G_OBJECT (location.step);
    }

  if (location.step_position + 1 < polku_phase_get_n_steps (location.phase))
    return G_OBJECT (polku_phase_get_step (location.phase, location.step_position + 1));
  if (location.step_position > 0)
    return G_OBJECT (polku_phase_get_step (location.phase, location.step_position - 1));
  return G_OBJECT (location.phase);
}

const char *
polku_navigation_get_name_property (GObject *item)
{
  if (POLKU_IS_JOURNEY (item))
    return "title";
  if (POLKU_IS_PHASE (item))
    return "label";
  if (POLKU_IS_STEP (item) || POLKU_IS_TOUCHPOINT (item))
    return "name";
  g_return_val_if_reached (NULL);
}

gboolean
polku_navigation_score_for_digit (int     scale_min,
                                  int     scale_max,
                                  guint   digit,
                                  double *score)
{
  g_return_val_if_fail (digit <= 9, FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  if (digit == 0 && scale_min == 1 && scale_max == 10)
    {
      *score = 10;
      return TRUE;
    }
  if ((int) digit < scale_min || (int) digit > scale_max)
    return FALSE;

  *score = digit;
  return TRUE;
}
