/* polku-round.h: one measurement round of a journey's touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A round is one import of survey answers: when it was measured, where the
 * answers came from and how many were counted, and for each touchpoint
 * measured the answer counts it had in that round. A journey keeps its
 * rounds oldest first, so that a touchpoint's latest figures can be set
 * against the ones before. Touchpoints are named by id: a round outlives
 * neither the deletion of a touchpoint from the file nor the change of a
 * journey's scale for its satisfaction counts, which the writer leaves out.
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_ROUND (polku_round_get_type ())

G_DECLARE_FINAL_TYPE (PolkuRound, polku_round, POLKU, ROUND, GObject)

/* date is an xsd:date such as "2026-05-31"; source may be NULL. */
PolkuRound    *polku_round_new                   (const char     *id,
                                                  const char     *date,
                                                  const char     *source,
                                                  guint32         n_answers);
const char    *polku_round_get_id                (PolkuRound     *self);
const char    *polku_round_get_date              (PolkuRound     *self);
/* Where the answers came from, such as a file's name; "" when not known. */
const char    *polku_round_get_source            (PolkuRound     *self);
guint32        polku_round_get_n_answers         (PolkuRound     *self);

/* The touchpoints measured, in the order they were first given counts. */
guint          polku_round_get_n_results         (PolkuRound     *self);
const char    *polku_round_get_result_touchpoint (PolkuRound     *self,
                                                  guint           position);
const guint32 *polku_round_get_result_counts     (PolkuRound     *self,
                                                  guint           position,
                                                  PolkuSurvey     survey,
                                                  gsize          *n_values);
/* Adds a touchpoint measured, without counts yet, unless it is there. */
void           polku_round_add_result            (PolkuRound     *self,
                                                  const char     *touchpoint_id);
/* The counts of a survey for a touchpoint, added to the round when new;
 * NULL or no values clears them. */
void           polku_round_set_counts            (PolkuRound     *self,
                                                  const char     *touchpoint_id,
                                                  PolkuSurvey     survey,
                                                  const guint32  *counts,
                                                  gsize           n_values);
/* The counts of a survey for a touchpoint, or NULL when it has none. */
const guint32 *polku_round_get_counts            (PolkuRound     *self,
                                                  const char     *touchpoint_id,
                                                  PolkuSurvey     survey,
                                                  gsize          *n_values);

/* A copy with another id, its touchpoints renamed by ids (old id → new
 * id; NULL keeps them); touchpoints that ids does not name are left out. */
PolkuRound    *polku_round_copy                  (PolkuRound     *self,
                                                  const char     *id,
                                                  GHashTable     *ids);

G_END_DECLS
