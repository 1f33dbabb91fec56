/* polku-metrics.c: satisfaction figures of touchpoints, steps, phases, journeys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

double
polku_metrics_mean_from_counts (const guint *counts,
                                int          scale_min,
                                int          scale_max)
{
  guint64 n = 0;
  double sum = 0;

  g_return_val_if_fail (counts != NULL, NAN);
  g_return_val_if_fail (scale_min < scale_max, NAN);

  for (int value = scale_min; value <= scale_max; value++)
    {
      guint count = counts[value - scale_min];

      n += count;
      sum += (double) value * count;
    }
  return n > 0 ? sum / n : NAN;
}

double
polku_metrics_csat (double mean,
                    int    scale_max)
{
  g_return_val_if_fail (scale_max > 0, NAN);
  return mean / scale_max * 100.0;
}

double
polku_metrics_nps (const guint counts[POLKU_NPS_N_VALUES])
{
  guint64 n = 0, promoters = 0, detractors = 0;

  g_return_val_if_fail (counts != NULL, NAN);

  for (guint value = 0; value < POLKU_NPS_N_VALUES; value++)
    {
      n += counts[value];
      if (value >= 9)
        promoters += counts[value];
      else if (value <= 6)
        detractors += counts[value];
    }
  if (n == 0)
    return NAN;
  return 100.0 * ((double) promoters - (double) detractors) / n;
}

double
polku_metrics_ces (const guint counts[POLKU_CES_N_VALUES])
{
  return polku_metrics_mean_from_counts (counts, 1, POLKU_CES_N_VALUES);
}

double
polku_metrics_midpoint (int scale_min,
                        int scale_max)
{
  return (scale_min + scale_max) / 2.0;
}

/* Summaries add up touchpoint by touchpoint. */
static void
summary_begin (PolkuScoreSummary *summary)
{
  *summary = (PolkuScoreSummary) { 0, 0, NAN, NAN };
}

static void
summary_add_step (PolkuScoreSummary *summary,
                  PolkuStep         *step,
                  double            *sum)
{
  for (guint i = 0; i < polku_step_get_n_touchpoints (step); i++)
    {
      PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, i);
      double score = polku_touchpoint_get_score (touchpoint);

      summary->n_touchpoints++;
      if (isnan (score))
        continue;
      summary->n_scored++;
      *sum += score;
      if (isnan (summary->minimum) || score < summary->minimum)
        summary->minimum = score;
    }
}

static void
summary_add_phase (PolkuScoreSummary *summary,
                   PolkuPhase        *phase,
                   double            *sum)
{
  for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
    summary_add_step (summary, polku_phase_get_step (phase, i), sum);
}

static void
summary_end (PolkuScoreSummary *summary,
             double             sum)
{
  if (summary->n_scored > 0)
    summary->mean = sum / summary->n_scored;
}

void
polku_metrics_summarize_step (PolkuStep         *step,
                              PolkuScoreSummary *summary)
{
  double sum = 0;

  g_return_if_fail (POLKU_IS_STEP (step));
  g_return_if_fail (summary != NULL);

  summary_begin (summary);
  summary_add_step (summary, step, &sum);
  summary_end (summary, sum);
}

void
polku_metrics_summarize_phase (PolkuPhase        *phase,
                               PolkuScoreSummary *summary)
{
  double sum = 0;

  g_return_if_fail (POLKU_IS_PHASE (phase));
  g_return_if_fail (summary != NULL);

  summary_begin (summary);
  summary_add_phase (summary, phase, &sum);
  summary_end (summary, sum);
}

void
polku_metrics_summarize_journey (PolkuJourney      *journey,
                                 PolkuScoreSummary *summary)
{
  double sum = 0;

  g_return_if_fail (POLKU_IS_JOURNEY (journey));
  g_return_if_fail (summary != NULL);

  summary_begin (summary);
  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    summary_add_phase (summary, polku_journey_get_phase (journey, kind), &sum);
  summary_end (summary, sum);
}

/* The score a touchpoint should at least reach. */
static double
threshold (PolkuJourney    *journey,
           PolkuTouchpoint *touchpoint)
{
  if (polku_touchpoint_has_target (touchpoint))
    return polku_touchpoint_get_target (touchpoint);
  return polku_metrics_midpoint (polku_journey_get_scale_min (journey),
                                 polku_journey_get_scale_max (journey));
}

double
polku_metrics_gap (PolkuJourney    *journey,
                   PolkuTouchpoint *touchpoint)
{
  double gap;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), 0);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), 0);

  if (!polku_touchpoint_has_score (touchpoint))
    return 0;
  gap = threshold (journey, touchpoint) - polku_touchpoint_get_score (touchpoint);
  return gap > 0 ? gap : 0;
}

gboolean
polku_metrics_needs_fixing (PolkuJourney    *journey,
                            PolkuTouchpoint *touchpoint)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), FALSE);

  if (polku_touchpoint_get_criticality (touchpoint) != POLKU_CRITICALITY_CRITICAL &&
      polku_touchpoint_get_role (touchpoint) != POLKU_ROLE_PREREQUISITE)
    return FALSE;
  return polku_metrics_gap (journey, touchpoint) > 0;
}

static gboolean
is_critical_prerequisite (PolkuTouchpoint *touchpoint)
{
  return polku_touchpoint_get_criticality (touchpoint) == POLKU_CRITICALITY_CRITICAL &&
         polku_touchpoint_get_role (touchpoint) == POLKU_ROLE_PREREQUISITE;
}

typedef struct
{
  PolkuTouchpoint *touchpoint;
  double           gap;
  guint            order;
} FixEntry;

static int
compare_fix_entries (gconstpointer a,
                     gconstpointer b)
{
  const FixEntry *x = a, *y = b;
  gboolean x_first = is_critical_prerequisite (x->touchpoint);
  gboolean y_first = is_critical_prerequisite (y->touchpoint);

  if (x_first != y_first)
    return x_first ? -1 : 1;
  if (x->gap != y->gap)
    return x->gap > y->gap ? -1 : 1;
  return (x->order > y->order) - (x->order < y->order);
}

GPtrArray *
polku_metrics_fix_first (PolkuJourney *journey)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (FixEntry));
  GPtrArray *list;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, kind);

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, t);
              FixEntry entry = { touchpoint, 0, entries->len };

              if (!polku_metrics_needs_fixing (journey, touchpoint))
                continue;
              entry.gap = polku_metrics_gap (journey, touchpoint);
              g_array_append_val (entries, entry);
            }
        }
    }

  g_array_sort (entries, compare_fix_entries);

  list = g_ptr_array_sized_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (list, g_array_index (entries, FixEntry, i).touchpoint);
  return list;
}

static guint
survey_size (PolkuJourney *journey,
             PolkuSurvey   survey)
{
  switch (survey)
    {
    case POLKU_SURVEY_SATISFACTION:
      return polku_journey_get_scale_max (journey) - polku_journey_get_scale_min (journey) + 1;
    case POLKU_SURVEY_NPS:
      return POLKU_NPS_N_VALUES;
    case POLKU_SURVEY_CES:
      return POLKU_CES_N_VALUES;
    default:
      g_return_val_if_reached (0);
    }
}

static void
add_touchpoint_counts (PolkuTouchpoint *touchpoint,
                       PolkuSurvey      survey,
                       guint64         *sums,
                       guint            n,
                       gboolean        *any)
{
  gsize n_values;
  const guint32 *values = polku_touchpoint_get_counts (touchpoint, survey, &n_values);

  if (values == NULL || n_values != n)
    return;
  for (guint i = 0; i < n; i++)
    sums[i] += values[i];
  *any = TRUE;
}

static void
add_step_counts (PolkuStep   *step,
                 PolkuSurvey  survey,
                 guint64     *sums,
                 guint        n,
                 gboolean    *any)
{
  for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
    add_touchpoint_counts (polku_step_get_touchpoint (step, t), survey, sums, n, any);
}

static void
add_phase_counts (PolkuPhase  *phase,
                  PolkuSurvey  survey,
                  guint64     *sums,
                  guint        n,
                  gboolean    *any)
{
  for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
    add_step_counts (polku_phase_get_step (phase, s), survey, sums, n, any);
}

GVariant *
polku_metrics_sum_counts (PolkuJourney *journey,
                          GObject      *owner,
                          PolkuSurvey   survey)
{
  guint64 sums[POLKU_NPS_N_VALUES] = { 0 };
  guint32 clamped[POLKU_NPS_N_VALUES];
  guint n;
  gboolean any = FALSE;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);

  n = survey_size (journey, survey);
  if (POLKU_IS_TOUCHPOINT (owner))
    add_touchpoint_counts (POLKU_TOUCHPOINT (owner), survey, sums, n, &any);
  else if (POLKU_IS_STEP (owner))
    add_step_counts (POLKU_STEP (owner), survey, sums, n, &any);
  else if (POLKU_IS_PHASE (owner))
    add_phase_counts (POLKU_PHASE (owner), survey, sums, n, &any);
  else if (POLKU_IS_JOURNEY (owner))
    for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
      add_phase_counts (polku_journey_get_phase (journey, kind), survey, sums, n, &any);
  else
    g_return_val_if_reached (NULL);

  if (!any)
    return NULL;
  for (guint i = 0; i < n; i++)
    clamped[i] = (guint32) MIN (sums[i], G_MAXUINT32);
  return g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, clamped, n, sizeof (guint32)));
}

double
polku_metrics_survey_figure (PolkuJourney *journey,
                             PolkuSurvey   survey,
                             GVariant     *counts)
{
  guint values[POLKU_NPS_N_VALUES] = { 0 };
  const guint32 *raw;
  gsize n;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NAN);

  if (counts == NULL)
    return NAN;
  raw = g_variant_get_fixed_array (counts, &n, sizeof (guint32));
  if (n != survey_size (journey, survey))
    return NAN;
  for (gsize i = 0; i < n; i++)
    values[i] = raw[i];

  switch (survey)
    {
    case POLKU_SURVEY_SATISFACTION:
      return polku_metrics_csat (polku_metrics_mean_from_counts (values,
                                                                 polku_journey_get_scale_min (journey),
                                                                 polku_journey_get_scale_max (journey)),
                                 polku_journey_get_scale_max (journey));
    case POLKU_SURVEY_NPS:
      return polku_metrics_nps (values);
    case POLKU_SURVEY_CES:
      return polku_metrics_ces (values);
    default:
      g_return_val_if_reached (NAN);
    }
}
