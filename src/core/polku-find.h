/* polku-find.h: the steps and touchpoints whose text holds what is looked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

/* What query looks for, folded to compare whatever its case: NULL when it
 * looks for nothing (it is empty, or only white space). */
char      *polku_find_fold_query (const char   *query);
/* Whether any text of item (a step or a touchpoint) holds the folded
 * query: its name, any of its fields, a touchpoint's channel and tags. */
gboolean   polku_find_matches    (GObject      *item,
                                  const char   *folded_query);
/* The steps and touchpoints of journey that match query, in the order of
 * the map: a step before its touchpoints. (transfer container) */
GPtrArray *polku_find_items      (PolkuJourney *journey,
                                  const char   *query);

G_END_DECLS
