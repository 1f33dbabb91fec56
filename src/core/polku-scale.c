/* polku-scale.c: the satisfaction scales a journey may use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-scale.h"

static const struct {
  PolkuScale  scale;
  const char *nick;
} scales[] = {
  { { 1, 5 }, "1-5" },
  { { 1, 7 }, "1-7" },
  { { 1, 10 }, "1-10" },
  { { 0, 10 }, "0-10" },
};

guint
polku_scale_get_n_scales (void)
{
  return G_N_ELEMENTS (scales);
}

const PolkuScale *
polku_scale_get (guint position)
{
  if (position >= G_N_ELEMENTS (scales))
    return NULL;
  return &scales[position].scale;
}

guint
polku_scale_find (int min,
                  int max)
{
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (scales[i].scale.min == min && scales[i].scale.max == max)
      return i;
  return G_MAXUINT;
}

gboolean
polku_scale_is_supported (int min,
                          int max)
{
  return polku_scale_find (min, max) != G_MAXUINT;
}

const char *
polku_scale_get_nick (guint position)
{
  if (position >= G_N_ELEMENTS (scales))
    return NULL;
  return scales[position].nick;
}

guint
polku_scale_find_nick (const char *nick)
{
  g_return_val_if_fail (nick != NULL, G_MAXUINT);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (g_str_equal (nick, scales[i].nick))
      return i;
  return G_MAXUINT;
}

char *
polku_scale_dup_label (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (scales), NULL);

  /* Translators: a satisfaction scale, such as "1–5" */
  return g_strdup_printf (_("%d–%d"), scales[position].scale.min, scales[position].scale.max);
}

GStrv
polku_scale_dup_labels (void)
{
  GStrv labels = g_new0 (char *, G_N_ELEMENTS (scales) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    labels[i] = polku_scale_dup_label (i);
  return labels;
}

double
polku_scale_convert (double score,
                     int    from_min,
                     int    from_max,
                     int    to_min,
                     int    to_max)
{
  double converted;

  g_return_val_if_fail (from_max > from_min && to_max > to_min, NAN);

  if (isnan (score))
    return NAN;
  converted = to_min + (score - from_min) * (to_max - to_min) / (double) (from_max - from_min);
  return CLAMP (round (converted * 100) / 100, to_min, to_max);
}

double
polku_scale_move_score (double   score,
                        int      from_min,
                        int      from_max,
                        int      to_min,
                        int      to_max,
                        gboolean convert)
{
  if (convert)
    return polku_scale_convert (score, from_min, from_max, to_min, to_max);
  return isnan (score) ? NAN : CLAMP (score, to_min, to_max);
}
