/* polku-map-layout-satisfaction.c: the satisfaction lane of a map row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"

#define AXIS_GAP   10.0  /* between the axis labels and the plot */
#define VALUE_GAP  2.0

static double
score_to_y (PolkuMapLayout *self,
            PolkuMapRow    *row,
            double          score)
{
  double fraction;

  score = CLAMP (score, self->scale_min, self->scale_max);
  fraction = (score - self->scale_min) / (self->scale_max - self->scale_min);
  return row->plot_bottom - fraction * (row->plot_bottom - row->plot_top);
}

static double
card_center (const PolkuMapCard *card)
{
  return card->rect.x + card->rect.width / 2;
}

static char *
format_score (double score)
{
  if (score == round (score))
    return g_strdup_printf ("%.0f", score);
  return g_strdup_printf ("%.1f", score);
}

static void
place_axis (PolkuMapLayout *self,
            PolkuMapRow    *row)
{
  for (int value = self->scale_min; value <= self->scale_max; value++)
    {
      PolkuMapTick tick = { .y = score_to_y (self, row, value) };
      g_autofree char *label = g_strdup_printf ("%d", value);

      _polku_map_text_set_shared (self, &tick.label, POLKU_TEXT_AXIS, label);
      _polku_map_text_move (&tick.label, row->content_left - AXIS_GAP - tick.label.width,
                            tick.y - tick.label.height / 2);
      g_array_append_val (row->ticks, tick);
    }
  row->midline_y = score_to_y (self, row,
                               polku_metrics_midpoint (self->scale_min, self->scale_max));
}

static void
place_point (PolkuMapLayout *self,
             PolkuMapRow    *row,
             PolkuMapCard   *card)
{
  PolkuTouchpoint *touchpoint = card->touchpoint;
  g_autofree char *value = NULL;
  double offset;
  double x;

  if (polku_touchpoint_has_target (touchpoint))
    card->target_y = score_to_y (self, row, polku_touchpoint_get_target (touchpoint));
  if (!polku_touchpoint_has_score (touchpoint))
    return;

  card->score_y = score_to_y (self, row, polku_touchpoint_get_score (touchpoint));
  /* The same rule as the fix-first list: below target, or below the
   * midpoint when there is no target. */
  card->alert = card->criticality == POLKU_CRITICALITY_CRITICAL &&
                card->role == POLKU_ROLE_PREREQUISITE &&
                polku_metrics_gap (self->journey, touchpoint) > 0;

  /* The value sits beside the point, on the side away from the target. */
  value = format_score (polku_touchpoint_get_score (touchpoint));
  _polku_map_text_set_shared (self, &card->value, POLKU_TEXT_VALUE, value);
  offset = 0.7 * (card->alert ? POLKU_MAP_ALERT_RADIUS : POLKU_MAP_POINT_RADIUS + 1);
  x = card_center (card) + offset;
  if (!isnan (card->target_y) && card->target_y < card->score_y)
    _polku_map_text_move (&card->value, x, card->score_y + offset + VALUE_GAP);
  else
    _polku_map_text_move (&card->value, x,
                          card->score_y - offset - VALUE_GAP - card->value.height);
}

/* Steffen's slope at a point between two others: a monotone cubic through
 * such slopes never swings above or below the points it joins, so the
 * curve cannot suggest a score nobody gave. */
static double
monotone_slope (double h0,
                double d0,
                double h1,
                double d1)
{
  double p = (d0 * h1 + d1 * h0) / (h0 + h1);
  double sign = (d0 > 0) - (d0 < 0) + (d1 > 0) - (d1 < 0);

  return sign * MIN (MIN (fabs (d0), fabs (d1)), 0.5 * fabs (p));
}

static void
place_curve (PolkuMapLayout *self,
             PolkuMapRow    *row)
{
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (PolkuMapCard *));
  g_autofree double *slopes = NULL;
  guint n;

  for (guint i = 0; i < row->n_cards; i++)
    {
      PolkuMapCard *card = &g_array_index (self->cards, PolkuMapCard, row->first_card + i);

      if (!isnan (card->score_y))
        g_array_append_val (scored, card);
    }
  n = scored->len;
  if (n < 2)
    return;

  slopes = g_new0 (double, n);
  for (guint k = 0; k < n; k++)
    {
      PolkuMapCard *card = g_array_index (scored, PolkuMapCard *, k);
      double h0 = 0, d0 = 0, h1 = 0, d1 = 0;

      if (k > 0)
        {
          PolkuMapCard *prev = g_array_index (scored, PolkuMapCard *, k - 1);

          h0 = card_center (card) - card_center (prev);
          d0 = (card->score_y - prev->score_y) / h0;
        }
      if (k + 1 < n)
        {
          PolkuMapCard *next = g_array_index (scored, PolkuMapCard *, k + 1);

          h1 = card_center (next) - card_center (card);
          d1 = (next->score_y - card->score_y) / h1;
        }
      if (k == 0)
        slopes[k] = d1;
      else if (k + 1 == n)
        slopes[k] = d0;
      else
        slopes[k] = monotone_slope (h0, d0, h1, d1);
    }

  for (guint k = 0; k + 1 < n; k++)
    {
      PolkuMapCard *card = g_array_index (scored, PolkuMapCard *, k);
      PolkuMapCard *next = g_array_index (scored, PolkuMapCard *, k + 1);
      double third = (card_center (next) - card_center (card)) / 3;

      card->next_scored = next - &g_array_index (self->cards, PolkuMapCard, 0);
      card->c1x = card_center (card) + third;
      card->c1y = card->score_y + slopes[k] * third;
      card->c2x = card_center (next) - third;
      card->c2y = next->score_y - slopes[k + 1] * third;
    }
}

void
_polku_map_layout_satisfaction (PolkuMapLayout *self,
                                PolkuMapRow    *row)
{
  g_assert (POLKU_IS_MAP_LAYOUT (self));
  g_assert (row->plot_bottom > row->plot_top);

  place_axis (self, row);
  for (guint i = 0; i < row->n_cards; i++)
    place_point (self, row, &g_array_index (self->cards, PolkuMapCard, row->first_card + i));
  place_curve (self, row);
}
