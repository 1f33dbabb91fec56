/* polku-scale.h: the satisfaction scales a journey may use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The scale of a new journey. */
#define POLKU_SCALE_DEFAULT_MIN 1
#define POLKU_SCALE_DEFAULT_MAX 5

/* One scale: the lowest and the highest score. */
typedef struct
{
  int min;
  int max;
} PolkuScale;

/* How many scales there are: those the method uses in practice, 1–5, 1–7,
 * 1–10 and 0–10, in the order Polku offers them everywhere (the inspector,
 * the preferences, the "default-scale" setting's choices). */
guint             polku_scale_get_n_scales  (void);
/* The scale at position, or NULL past the last. */
const PolkuScale *polku_scale_get           (guint        position);
/* The position of the scale from min to max, or G_MAXUINT when it is not
 * one of them. */
guint             polku_scale_find          (int          min,
                                             int          max);
gboolean          polku_scale_is_supported  (int          min,
                                             int          max);
/* The name the "default-scale" setting gives the scale at position, such
 * as "1-5"; NULL past the last. */
const char       *polku_scale_get_nick      (guint        position);
/* The position of the scale the setting names nick, or G_MAXUINT. */
guint             polku_scale_find_nick     (const char  *nick);
/* The scale at position as people read it, "1–5", translated. */
char             *polku_scale_dup_label     (guint        position);
/* The labels of all scales, in order, for a list to choose from. */
GStrv             polku_scale_dup_labels    (void);

/* A score moved proportionally from the scale from_min–from_max to the
 * same place on to_min–to_max (4 on 1–5 is 7.75 on 1–10), rounded to
 * hundredths; NAN stays NAN. Converting there and back gives the score
 * again when it has at most one decimal and the first scale is the
 * shorter, as from 1–5 to 1–10 and back. */
double            polku_scale_convert       (double       score,
                                             int          from_min,
                                             int          from_max,
                                             int          to_min,
                                             int          to_max);
/* A score as a change of scale leaves it: converted when convert, else
 * kept as it is, brought within the new scale. */
double            polku_scale_move_score    (double       score,
                                             int          from_min,
                                             int          from_max,
                                             int          to_min,
                                             int          to_max,
                                             gboolean     convert);

G_END_DECLS
