/* polku-property-private.h: change-detecting assignment for property setters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>
#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Replaces *field by a copy of value (NULL is kept as "") and says whether it
 * changed, so that setters notify only on real changes. */
static inline gboolean
_polku_set_string (char       **field,
                   const char  *value)
{
  if (value == NULL)
    value = "";
  if (*field != NULL && strcmp (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Scores are NAN when unset; two unset scores are equal. */
static inline gboolean
_polku_set_score (double *field,
                  double  value)
{
  if (isnan (*field) && isnan (value))
    return FALSE;
  if (*field == value)
    return FALSE;
  *field = value;
  return TRUE;
}

G_END_DECLS
