/* polku-metrics.c: satisfaction figures of touchpoints, steps, phases, journeys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-scale.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-walk.h"

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
typedef struct
{
  PolkuScoreSummary *summary;
  double             sum;
} Summing;

static void
add_to_summary (PolkuStep       *step,
                PolkuTouchpoint *touchpoint,
                gpointer         user_data)
{
  Summing *summing = user_data;
  PolkuScoreSummary *summary = summing->summary;
  double score = polku_touchpoint_get_score (touchpoint);

  summary->n_touchpoints++;
  if (isnan (score))
    return;
  summary->n_scored++;
  summing->sum += score;
  if (isnan (summary->minimum) || score < summary->minimum)
    summary->minimum = score;
}

static void
summarize (GObject           *part,
           PolkuScoreSummary *summary)
{
  Summing summing = { summary, 0 };

  *summary = (PolkuScoreSummary) { 0, 0, NAN, NAN };
  polku_foreach_touchpoint (part, add_to_summary, &summing);
  if (summary->n_scored > 0)
    summary->mean = summing.sum / summary->n_scored;
}

void
polku_metrics_summarize_step (PolkuStep         *step,
                              PolkuScoreSummary *summary)
{
  g_return_if_fail (POLKU_IS_STEP (step));
  g_return_if_fail (summary != NULL);
  summarize (G_OBJECT (step), summary);
}

void
polku_metrics_summarize_phase (PolkuPhase        *phase,
                               PolkuScoreSummary *summary)
{
  g_return_if_fail (POLKU_IS_PHASE (phase));
  g_return_if_fail (summary != NULL);
  summarize (G_OBJECT (phase), summary);
}

void
polku_metrics_summarize_journey (PolkuJourney      *journey,
                                 PolkuScoreSummary *summary)
{
  g_return_if_fail (POLKU_IS_JOURNEY (journey));
  g_return_if_fail (summary != NULL);
  summarize (G_OBJECT (journey), summary);
}

/* The score a touchpoint should at least reach: its target, or the
 * scale's midpoint. */
static double
threshold_on (double target,
              int    scale_min,
              int    scale_max)
{
  return isnan (target) ? polku_metrics_midpoint (scale_min, scale_max) : target;
}

static double
threshold (PolkuJourney    *journey,
           PolkuTouchpoint *touchpoint)
{
  return threshold_on (polku_touchpoint_get_target (touchpoint),
                       polku_journey_get_scale_min (journey), polku_journey_get_scale_max (journey));
}

/* Whether the touchpoint's tags put it on the list when it is below. */
static gboolean
may_need_fixing (PolkuTouchpoint *touchpoint)
{
  return polku_touchpoint_get_criticality (touchpoint) == POLKU_CRITICALITY_CRITICAL ||
         polku_touchpoint_get_role (touchpoint) == POLKU_ROLE_PREREQUISITE;
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

  return may_need_fixing (touchpoint) && polku_metrics_gap (journey, touchpoint) > 0;
}

typedef struct
{
  PolkuJourney *journey;
  int           min;
  int           max;
  gboolean      convert;
  guint         n_changed;
} Changing;

static void
count_fix_first_change (PolkuStep       *step,
                        PolkuTouchpoint *touchpoint,
                        gpointer         user_data)
{
  Changing *changing = user_data;
  int old_min = polku_journey_get_scale_min (changing->journey);
  int old_max = polku_journey_get_scale_max (changing->journey);
  double score = polku_scale_move_score (polku_touchpoint_get_score (touchpoint), old_min, old_max,
                                         changing->min, changing->max, changing->convert);
  double target = polku_scale_move_score (polku_touchpoint_get_target (touchpoint), old_min, old_max,
                                          changing->min, changing->max, changing->convert);
  gboolean after = may_need_fixing (touchpoint) && !isnan (score) &&
                   score < threshold_on (target, changing->min, changing->max);

  if (after != polku_metrics_needs_fixing (changing->journey, touchpoint))
    changing->n_changed++;
}

guint
polku_metrics_count_fix_first_changes (PolkuJourney *journey,
                                       int           scale_min,
                                       int           scale_max,
                                       gboolean      convert)
{
  Changing changing = { journey, scale_min, scale_max, convert, 0 };

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), 0);
  g_return_val_if_fail (polku_scale_is_supported (scale_min, scale_max), 0);

  polku_foreach_touchpoint (G_OBJECT (journey), count_fix_first_change, &changing);
  return changing.n_changed;
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

typedef struct
{
  PolkuJourney *journey;
  GArray       *entries;
} Collecting;

static void
collect_fix (PolkuStep       *step,
             PolkuTouchpoint *touchpoint,
             gpointer         user_data)
{
  Collecting *collecting = user_data;
  FixEntry entry = { touchpoint, 0, collecting->entries->len };

  if (!polku_metrics_needs_fixing (collecting->journey, touchpoint))
    return;
  entry.gap = polku_metrics_gap (collecting->journey, touchpoint);
  g_array_append_val (collecting->entries, entry);
}

GPtrArray *
polku_metrics_fix_first (PolkuJourney *journey)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (FixEntry));
  Collecting collecting = { journey, entries };
  GPtrArray *list;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  polku_foreach_touchpoint (G_OBJECT (journey), collect_fix, &collecting);
  g_array_sort (entries, compare_fix_entries);

  list = g_ptr_array_sized_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (list, g_array_index (entries, FixEntry, i).touchpoint);
  return list;
}

guint
polku_metrics_survey_size (PolkuJourney *journey,
                           PolkuSurvey   survey)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), 0);

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

guint64
polku_metrics_count_answers (const guint32 *counts,
                             gsize          n_values)
{
  guint64 n = 0;

  g_return_val_if_fail (counts != NULL || n_values == 0, 0);

  for (gsize i = 0; i < n_values; i++)
    n += counts[i];
  return n;
}

typedef struct
{
  PolkuSurvey      survey;
  guint64         *sums;
  guint            n;
  gboolean         any;
  PolkuCountsFunc  func;
  gpointer         user_data;
} Counting;

static void
add_counts (PolkuStep       *step,
            PolkuTouchpoint *touchpoint,
            gpointer         user_data)
{
  Counting *counting = user_data;
  gsize n_values;
  const guint32 *values = counting->func (touchpoint, counting->survey, &n_values, counting->user_data);

  if (values == NULL || n_values != counting->n)
    return;
  for (guint i = 0; i < counting->n; i++)
    counting->sums[i] += values[i];
  counting->any = TRUE;
}

GVariant *
polku_metrics_sum_counts_full (PolkuJourney    *journey,
                               GObject         *owner,
                               PolkuSurvey      survey,
                               PolkuCountsFunc  func,
                               gpointer         user_data)
{
  guint64 sums[POLKU_NPS_N_VALUES] = { 0 };
  guint32 clamped[POLKU_NPS_N_VALUES];
  Counting counting;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  counting = (Counting) { survey, sums, polku_metrics_survey_size (journey, survey), FALSE, func, user_data };
  polku_foreach_touchpoint (owner, add_counts, &counting);

  if (!counting.any)
    return NULL;
  for (guint i = 0; i < counting.n; i++)
    clamped[i] = (guint32) MIN (sums[i], G_MAXUINT32);
  return g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, clamped, counting.n, sizeof (guint32)));
}

static const guint32 *
touchpoint_counts (PolkuTouchpoint *touchpoint,
                   PolkuSurvey      survey,
                   gsize           *n_values,
                   gpointer         user_data)
{
  return polku_touchpoint_get_counts (touchpoint, survey, n_values);
}

GVariant *
polku_metrics_sum_counts (PolkuJourney *journey,
                          GObject      *owner,
                          PolkuSurvey   survey)
{
  return polku_metrics_sum_counts_full (journey, owner, survey, touchpoint_counts, NULL);
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
  if (n != polku_metrics_survey_size (journey, survey))
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
