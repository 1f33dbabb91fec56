/* polku-rounds.c: what a journey's measurement rounds say about its touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-catalog.h"
#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-round.h"
#include "polku-rounds.h"
#include "polku-touchpoint.h"

double
polku_rounds_figure (PolkuJourney  *journey,
                     PolkuSurvey    survey,
                     const guint32 *counts,
                     gsize          n_values)
{
  guint values[POLKU_NPS_N_VALUES];

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NAN);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NAN);

  if (counts == NULL || n_values != polku_metrics_survey_size (journey, survey))
    return NAN;
  for (gsize i = 0; i < n_values; i++)
    values[i] = counts[i];

  switch (survey)
    {
    case POLKU_SURVEY_SATISFACTION:
      return polku_metrics_mean_from_counts (values, polku_journey_get_scale_min (journey),
                                             polku_journey_get_scale_max (journey));
    case POLKU_SURVEY_NPS:
      return polku_metrics_nps (values);
    case POLKU_SURVEY_CES:
      return polku_metrics_ces (values);
    default:
      g_return_val_if_reached (NAN);
    }
}

gboolean
polku_rounds_get_trend (PolkuJourney    *journey,
                        PolkuTouchpoint *touchpoint,
                        PolkuSurvey      survey,
                        PolkuTrend      *trend)
{
  const char *id;
  PolkuRoundFigure *slot;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), FALSE);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, FALSE);
  g_return_val_if_fail (trend != NULL, FALSE);

  *trend = (PolkuTrend) { survey, { NULL, NAN, 0 }, { NULL, NAN, 0 } };
  id = polku_touchpoint_get_id (touchpoint);
  slot = &trend->current;

  /* Newest first: the first round with a figure is the current one. */
  for (guint r = polku_journey_get_n_rounds (journey); r-- > 0 && slot != NULL;)
    {
      PolkuRound *round = polku_journey_get_round (journey, r);
      gsize n;
      const guint32 *counts = polku_round_get_counts (round, id, survey, &n);
      double figure = polku_rounds_figure (journey, survey, counts, n);

      if (isnan (figure))
        continue;
      *slot = (PolkuRoundFigure) { round, figure, polku_metrics_count_answers (counts, n) };
      slot = slot == &trend->current ? &trend->previous : NULL;
    }
  return trend->current.round != NULL;
}

gboolean
polku_rounds_get_main_trend (PolkuJourney    *journey,
                             PolkuTouchpoint *touchpoint,
                             PolkuTrend      *trend)
{
  static const PolkuSurvey order[] = { POLKU_SURVEY_SATISFACTION, POLKU_SURVEY_NPS, POLKU_SURVEY_CES };

  g_return_val_if_fail (trend != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (polku_rounds_get_trend (journey, touchpoint, order[i], trend))
      return TRUE;
  return FALSE;
}

double
polku_trend_get_change (const PolkuTrend *trend)
{
  g_return_val_if_fail (trend != NULL, NAN);

  if (trend->previous.round == NULL)
    return NAN;
  return trend->current.figure - trend->previous.figure;
}

/* A change rounded as it is written: a mean to a tenth, an NPS whole. */
static double
rounded_change (const PolkuTrend *trend)
{
  double change = polku_trend_get_change (trend);

  if (trend->survey == POLKU_SURVEY_NPS)
    return round (change);
  return round (change * 10) / 10;
}

PolkuTrendDirection
polku_trend_get_direction (const PolkuTrend *trend)
{
  double change;

  g_return_val_if_fail (trend != NULL, POLKU_TREND_NONE);

  if (trend->previous.round == NULL)
    return POLKU_TREND_NONE;
  change = rounded_change (trend);
  if (change > 0)
    return POLKU_TREND_RISE;
  if (change < 0)
    return POLKU_TREND_FALL;
  return POLKU_TREND_SAME;
}

char *
polku_trend_format_figure (PolkuSurvey   survey,
                           double        figure,
                           PolkuCatalog *catalog)
{
  return polku_catalog_format_fixed (catalog, figure, survey == POLKU_SURVEY_NPS ? 0 : 2);
}

char *
polku_trend_format_change (const PolkuTrend *trend,
                           PolkuCatalog     *catalog)
{
  g_autofree char *magnitude = NULL;
  double change;

  g_return_val_if_fail (trend != NULL, NULL);

  if (trend->previous.round == NULL)
    return NULL;
  change = rounded_change (trend);
  if (change == 0)
    return g_strdup ("±0");
  magnitude = polku_catalog_format_fixed (catalog, fabs (change),
                                          trend->survey == POLKU_SURVEY_NPS ? 0 : 1);
  /* A real minus sign, not a hyphen. */
  return g_strconcat (change > 0 ? "+" : "−", magnitude, NULL);
}

static const guint32 *
round_counts (PolkuTouchpoint *touchpoint,
              PolkuSurvey      survey,
              gsize           *n_values,
              gpointer         round)
{
  return polku_round_get_counts (round, polku_touchpoint_get_id (touchpoint), survey, n_values);
}

GVariant *
polku_rounds_sum_counts (PolkuJourney *journey,
                         PolkuRound   *round,
                         PolkuSurvey   survey)
{
  g_return_val_if_fail (POLKU_IS_ROUND (round), NULL);

  return polku_metrics_sum_counts_full (journey, G_OBJECT (journey), survey, round_counts, round);
}
