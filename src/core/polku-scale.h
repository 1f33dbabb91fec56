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

G_END_DECLS
