/* polku-navigation.h: where things are in a journey, and where they go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor selects one item of a journey at a time: the journey itself,
 * a phase, a step or a touchpoint. These plain functions answer what the
 * editor asks of the model: which item lies next to the selection on the
 * map, where a new item goes, where a moved item lands. They know nothing
 * of widgets, so they are tested without a display.
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_DIRECTION_LEFT,
  POLKU_DIRECTION_RIGHT,
  POLKU_DIRECTION_UP,
  POLKU_DIRECTION_DOWN,
  POLKU_DIRECTION_HOME,   /* the first of the row */
  POLKU_DIRECTION_END,    /* the last of the row */
} PolkuDirection;

/* Where an item is in its journey. */
typedef struct
{
  PolkuPhase *phase;                /* NULL for the journey */
  PolkuStep  *step;                 /* NULL for the journey and phases */
  guint       phase_position;
  guint       step_position;        /* in its phase */
  guint       touchpoint_position;  /* in its step */
} PolkuLocation;

/* Fills location and returns TRUE when item is journey or one of its
 * phases, steps or touchpoints. */
gboolean  polku_navigation_locate          (PolkuJourney   *journey,
                                            GObject        *item,
                                            PolkuLocation  *location);

/* The item next to item on the map, as the arrow keys, Home and End move
 * the selection on the map and in the outline alike; NULL when there is
 * none that way.
 *
 * The map's rows are the phases, the steps, and the touchpoints' lane, in
 * which a step without touchpoints is a stop of its own, so that Right
 * reaches an empty step to fill it. Left and right go to the item before or
 * after in the row, across steps and phases; Home and End to the first and
 * the last of the row. Up goes to the item it belongs to (a touchpoint's
 * step, a step's phase, a phase's journey), down to its first child.
 *
 * in_lane (may be NULL) says whether item, when it is an empty step, stands
 * in the touchpoints' lane, as it does when reached from a touchpoint, and
 * is set for the item returned; up from an empty step in the lane goes to
 * its phase, as its step is already selected. */
GObject  *polku_navigation_neighbour       (PolkuJourney   *journey,
                                            GObject        *item,
                                            PolkuDirection  direction,
                                            gboolean       *in_lane);

/* Where a moved item lands: the container and the position in it counted
 * after its removal, as polku_command_new_move () takes them. Left and up
 * move it one place earlier, right and down one place later; past the end
 * of its step (or phase) it goes on to the next one. FALSE when it cannot
 * move that way, and for Home and End. */
gboolean  polku_navigation_move_target     (PolkuJourney   *journey,
                                            GObject        *item,
                                            PolkuDirection  direction,
                                            GObject       **to_container,
                                            guint          *to_position);

/* Where item lands when dropped in container before the child now at
 * position (its number of children for the end): the position counted after
 * the item's removal. FALSE when the container cannot hold the item, or the
 * drop would leave everything where it is. */
gboolean  polku_navigation_drop_target     (PolkuJourney   *journey,
                                            GObject        *item,
                                            GObject        *container,
                                            guint           position,
                                            guint          *to_position);

/* Where item goes when dropped on the row of target in an outline, in its
 * first half (before) or its second (after): a touchpoint before or after a
 * touchpoint, or at the end of a step; a step before or after a step, or at
 * the end of a phase. Gives the container and the position before the
 * child now there, for polku_navigation_drop_target (). FALSE when target
 * cannot take it. */
gboolean  polku_navigation_drop_on_item    (PolkuJourney   *journey,
                                            GObject        *item,
                                            GObject        *target,
                                            gboolean        after,
                                            GObject       **container,
                                            guint          *position);

/* Where a new step goes when item is selected: after a step (or a
 * touchpoint's step), at the end of a phase, at the end of the journey's
 * first phase. */
void      polku_navigation_step_insertion  (PolkuJourney   *journey,
                                            GObject        *item,
                                            PolkuPhase    **phase,
                                            guint          *position);

/* Where a new touchpoint goes when item is selected: after a touchpoint,
 * at the end of a step, at the end of a phase's (or the journey's) last
 * step. FALSE when there is no step to hold it. */
gboolean  polku_navigation_touchpoint_insertion (PolkuJourney  *journey,
                                                 GObject       *item,
                                                 PolkuStep    **step,
                                                 guint         *position);

/* What to select once item is removed: the next item of its kind in the
 * same container, else the one before, else the container. */
GObject  *polku_navigation_after_removal   (PolkuJourney   *journey,
                                            GObject        *item);

/* The property that holds what item is called: a journey's title, a
 * phase's label, a step's or a touchpoint's name. */
const char *polku_navigation_get_name_property (GObject *item);

/* The score a digit key gives on a scale: the digit itself when the scale
 * holds it; 0 is 10 on a scale from 1 to 10. FALSE when the scale has no
 * such score. */
gboolean  polku_navigation_score_for_digit (int             scale_min,
                                            int             scale_max,
                                            guint           digit,
                                            double         *score);

G_END_DECLS
