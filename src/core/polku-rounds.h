/* polku-rounds.h: what a journey's measurement rounds say about its touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A touchpoint's figure of a survey in the latest round that measured it,
 * set against the round before that measured it: whether a fix made it
 * better. The figure is the mean answer for satisfaction (on the journey's
 * scale) and for CES, and the NPS for the recommendation question.
 */

#pragma once

#include <glib.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef struct
{
  PolkuRound *round;      /* NULL when no round measured it */
  double      figure;     /* NAN then */
  guint64     n_answers;
} PolkuRoundFigure;

typedef struct
{
  PolkuSurvey      survey;
  PolkuRoundFigure current;
  PolkuRoundFigure previous;
} PolkuTrend;

/* Where a figure went since the previous round. */
typedef enum
{
  POLKU_TREND_NONE,   /* measured in fewer than two rounds */
  POLKU_TREND_SAME,   /* no change as the figures are written */
  POLKU_TREND_RISE,
  POLKU_TREND_FALL,
} PolkuTrendDirection;

/* The figure of a survey's counts as trends follow it; NAN when there are
 * none, or when they do not fit the survey's size in the journey. */
double               polku_rounds_figure          (PolkuJourney     *journey,
                                                   PolkuSurvey       survey,
                                                   const guint32    *counts,
                                                   gsize             n_values);
/* The touchpoint's figures of survey in the last two rounds that measured
 * it. FALSE when no round did. */
gboolean             polku_rounds_get_trend       (PolkuJourney     *journey,
                                                   PolkuTouchpoint  *touchpoint,
                                                   PolkuSurvey       survey,
                                                   PolkuTrend       *trend);
/* The trend the map shows for a touchpoint: of satisfaction, else of NPS,
 * else of CES, the first that some round measured. FALSE when none did. */
gboolean             polku_rounds_get_main_trend  (PolkuJourney     *journey,
                                                   PolkuTouchpoint  *touchpoint,
                                                   PolkuTrend       *trend);
/* The current figure less the previous one; NAN when there is no previous. */
double               polku_trend_get_change       (const PolkuTrend *trend);
PolkuTrendDirection  polku_trend_get_direction    (const PolkuTrend *trend);
/* A figure as trends write it: a mean with two decimals, an NPS whole,
 * with the catalogue's decimal separator (NULL: the process's language). */
char                *polku_trend_format_figure    (PolkuSurvey       survey,
                                                   double            figure,
                                                   PolkuCatalog     *catalog);
/* The change as trends write it, signed: "+0.4", "−0.3" (a minus sign),
 * "±0"; a mean's with one decimal, an NPS's whole. NULL without a previous
 * round. */
char                *polku_trend_format_change    (const PolkuTrend *trend,
                                                   PolkuCatalog     *catalog);

/* A round's counts of a survey added up over the journey's touchpoints, as
 * a GVariant "au"; NULL when it measured none of them. */
GVariant            *polku_rounds_sum_counts      (PolkuJourney     *journey,
                                                   PolkuRound       *round,
                                                   PolkuSurvey       survey);

G_END_DECLS
