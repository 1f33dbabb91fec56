/* polku-metrics.h: satisfaction figures of touchpoints, steps, phases, journeys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "polku-types.h"

G_BEGIN_DECLS

/* Answers to the NPS question, 0–10, and to the CES question, 1–5. */
#define POLKU_NPS_N_VALUES 11
#define POLKU_CES_N_VALUES 5

/* The mean of survey answers given as a count per scale value, counts[0]
 * counting answers of scale_min; NAN when there are no answers. */
double     polku_metrics_mean_from_counts (const guint *counts,
                                           int          scale_min,
                                           int          scale_max);
/* CSAT index: mean / scale maximum × 100 (a mean of 8.5 on 1–10 gives 85). */
double     polku_metrics_csat             (double       mean,
                                           int          scale_max);
/* Net Promoter Score from counts of the answers 0–10: the share of
 * promoters (9–10) minus the share of detractors (0–6), −100 to +100;
 * NAN when there are no answers. */
double     polku_metrics_nps              (const guint  counts[POLKU_NPS_N_VALUES]);
/* Customer Effort Score: the mean of answers 1–5; NAN when none. */
double     polku_metrics_ces              (const guint  counts[POLKU_CES_N_VALUES]);

/* The scale's midpoint, the line between satisfied and not. */
double     polku_metrics_midpoint         (int          scale_min,
                                           int          scale_max);

typedef struct
{
  guint  n_touchpoints;  /* all touchpoints */
  guint  n_scored;       /* those with a score */
  double mean;           /* of the scores; NAN when none is scored */
  double minimum;        /* NAN when none is scored */
} PolkuScoreSummary;

void       polku_metrics_summarize_step    (PolkuStep         *step,
                                            PolkuScoreSummary *summary);
void       polku_metrics_summarize_phase   (PolkuPhase        *phase,
                                            PolkuScoreSummary *summary);
void       polku_metrics_summarize_journey (PolkuJourney      *journey,
                                            PolkuScoreSummary *summary);

/* How many answer values a survey has: the journey's scale for the
 * satisfaction survey, 0–10 for NPS, 1–5 for CES. */
guint      polku_metrics_survey_size       (PolkuJourney      *journey,
                                            PolkuSurvey        survey);
/* How many answers the counts of a survey add up to. */
guint64    polku_metrics_count_answers     (const guint32     *counts,
                                            gsize              n_values);

/* The answer counts of one survey added up over every touchpoint of a step,
 * a phase or a journey (any of them as owner), as a GVariant "au"; NULL when
 * no touchpoint there has answers to it. Satisfaction counts that do not fit
 * the journey's scale are left out. */
GVariant  *polku_metrics_sum_counts        (PolkuJourney      *journey,
                                            GObject           *owner,
                                            PolkuSurvey        survey);
/* Where polku_metrics_sum_counts_full () takes a touchpoint's counts of a
 * survey from; NULL when it has none. */
typedef const guint32 *(*PolkuCountsFunc) (PolkuTouchpoint *touchpoint,
                                           PolkuSurvey      survey,
                                           gsize           *n_values,
                                           gpointer         user_data);
GVariant  *polku_metrics_sum_counts_full   (PolkuJourney      *journey,
                                            GObject           *owner,
                                            PolkuSurvey        survey,
                                            PolkuCountsFunc    func,
                                            gpointer           user_data);
/* The figure of a survey's counts: the CSAT index for satisfaction, the NPS,
 * or the CES; NAN when counts is NULL or empty. */
double     polku_metrics_survey_figure     (PolkuJourney      *journey,
                                            PolkuSurvey        survey,
                                            GVariant          *counts);

/* Whether a touchpoint belongs on the fix-first list: critical or a
 * prerequisite, and scored below its target (below the scale's midpoint when
 * it has no target). */
gboolean   polku_metrics_needs_fixing      (PolkuJourney      *journey,
                                            PolkuTouchpoint   *touchpoint);
/* How many touchpoints would come onto the fix-first list or leave it if
 * the journey's scale became scale_min–scale_max, their scores and targets
 * converted to it or kept (see polku_scale_move_score ()). */
guint      polku_metrics_count_fix_first_changes (PolkuJourney *journey,
                                                  int           scale_min,
                                                  int           scale_max,
                                                  gboolean      convert);
/* How far below its target (or the midpoint) a touchpoint is; 0 when not. */
double     polku_metrics_gap               (PolkuJourney      *journey,
                                            PolkuTouchpoint   *touchpoint);
/* The fix-first list: every touchpoint that needs fixing, critical
 * prerequisites first, then by the size of the gap, largest first; ties keep
 * the journey's order. Returns: (transfer container) PolkuTouchpoint. */
GPtrArray *polku_metrics_fix_first         (PolkuJourney      *journey);

G_END_DECLS
