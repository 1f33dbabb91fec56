/* polku-map-layout-satisfaction.c: the satisfaction lane of a map row
 *
 * A point per scored touchpoint at its card's centre, joined by the as-is
 * curve; the targets joined by the to-be curve; the scale's midline; the
 * axis and the lane's name in the gutter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"

#define VALUE_GAP      2.0
#define LABEL_HEIGHT   1.2   /* of the font's size: a label's line */
#define PLOT_MIN_STEPS 4.0   /* the plot is as high as this many steps … */
#define PLOT_MAX_STEPS (110.0 / 14.0)  /* … to this many, whatever the scale */
/* A value's digits keep this clear of the lines across the plot: a line
 * through them, or just left of them, reads as a minus sign. */
#define LINE_CLEARANCE 1.0
#define VALUE_SEARCH   0.5   /* how finely a clear place is looked for */

double
_polku_map_layout_plot_height (PolkuMapLayout *self)
{
  double step = self->spacing.scale_step;

  return CLAMP ((self->scale_max - self->scale_min) * step, PLOT_MIN_STEPS * step, PLOT_MAX_STEPS * step);
}

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

/* The axis labels right-aligned against the plot, and the lane's name left
 * of the widest so that they never meet. Where the scale's steps are too
 * close for a label each, every other one is labelled, or every third. */
static void
place_axis (PolkuMapLayout *self,
            PolkuMapRow    *row,
            PolkuMapLane   *lane)
{
  double step = (row->plot_bottom - row->plot_top) / (self->scale_max - self->scale_min);
  int stride = (int) ceil (_polku_text_style_get_size (POLKU_TEXT_AXIS) * LABEL_HEIGHT / step);
  double widest = 0;

  for (int value = self->scale_min; value <= self->scale_max; value++)
    {
      PolkuMapTick tick = { .y = score_to_y (self, row, value) };
      g_autofree char *label = polku_catalog_format_number (self->catalog, value, 0);

      if ((value - self->scale_min) % MAX (stride, 1) != 0)
        {
          g_array_append_val (row->ticks, tick);
          continue;
        }
      _polku_map_text_set_shared (self, &tick.label, POLKU_TEXT_AXIS, label);
      _polku_map_text_move (&tick.label, row->content_left - POLKU_MAP_AXIS_GAP - tick.label.width,
                            tick.y - tick.label.height / 2);
      widest = MAX (widest, tick.label.width);
      g_array_append_val (row->ticks, tick);
    }
  row->midline_y = score_to_y (self, row,
                               polku_metrics_midpoint (self->scale_min, self->scale_max));

  _polku_map_text_set (self, &lane->title, POLKU_TEXT_LANE,
                       polku_lane_get_label_in (POLKU_LANE_SATISFACTION, self->catalog),
                       row->content_left - POLKU_MAP_AXIS_GAP - widest - POLKU_MAP_GUTTER_GAP - self->margin);
  _polku_map_text_move (&lane->title, self->margin, lane->rect.y + self->spacing.lane_pad);
}

/* The change since the previous round follows the value on its line: an
 * arrow, then the change, "+0.4", "NPS −8". */
static void
place_trend (PolkuMapLayout *self,
             PolkuMapCard   *card)
{
  PolkuTrend trend;
  g_autofree char *change = NULL;
  g_autofree char *text = NULL;
  double x;

  if (card->trend == POLKU_TREND_NONE ||
      !polku_rounds_get_main_trend (self->journey, card->touchpoint, &trend))
    return;

  change = polku_trend_format_change (&trend, self->catalog);
  text = trend.survey == POLKU_SURVEY_SATISFACTION ? g_strdup (change)
         : g_strdup_printf ("%s %s", trend.survey == POLKU_SURVEY_NPS ? "NPS" : "CES", change);
  x = card->value.x + card->value.width + VALUE_GAP;
  card->trend_glyph = (PolkuRect) {
    x, card->value.y + (card->value.height - POLKU_MAP_TREND_SIZE) / 2,
    POLKU_MAP_TREND_SIZE, POLKU_MAP_TREND_SIZE
  };
  _polku_map_text_set_shared (self, &card->trend_text, POLKU_TEXT_VALUE, text);
  _polku_map_text_move (&card->trend_text, x + POLKU_MAP_TREND_SIZE + VALUE_GAP, card->value.y);
}

/* Whether a value's digits, with their ink from ink_top to ink_bottom
 * below y, meet none of the lines across the plot: the scale's grid, its
 * midline and the card's own target mark. */
static gboolean
is_clear_of_lines (PolkuMapRow        *row,
                   const PolkuMapCard *card,
                   double              y,
                   double              ink_top,
                   double              ink_bottom)
{
  double top = y + ink_top - LINE_CLEARANCE;
  double bottom = y + ink_bottom + LINE_CLEARANCE;

  for (guint i = 0; i < row->ticks->len; i++)
    {
      double line = g_array_index (row->ticks, PolkuMapTick, i).y;

      if (line >= top && line <= bottom)
        return FALSE;
    }
  if (row->midline_y >= top && row->midline_y <= bottom)
    return FALSE;
  return isnan (card->target_y) || card->target_y < top || card->target_y > bottom;
}

/* The value's place nearest to y, going away from its point (direction -1
 * up, 1 down), where no line runs through its digits and it stays in the
 * lane; NAN when there is none within a step of the scale. */
static double
find_clear_place (PolkuMapLayout     *self,
                  PolkuMapRow        *row,
                  const PolkuMapCard *card,
                  double              y,
                  int                 direction)
{
  PangoRectangle ink;
  double ink_top, ink_bottom;
  double lane_top = row->satisfaction_lane.y;
  double lane_bottom = lane_top + row->satisfaction_lane.height;
  double reach = (row->plot_bottom - row->plot_top) / MAX (1, self->scale_max - self->scale_min) +
                 card->value.height;

  pango_layout_get_extents (card->value.layout, &ink, NULL);
  ink_top = (double) ink.y / PANGO_SCALE;
  ink_bottom = (double) (ink.y + ink.height) / PANGO_SCALE;

  for (double moved = 0; moved <= reach; moved += VALUE_SEARCH)
    {
      double candidate = y + direction * moved;

      if (candidate < lane_top || candidate + card->value.height > lane_bottom)
        break;
      if (is_clear_of_lines (row, card, candidate, ink_top, ink_bottom))
        return candidate;
    }
  return NAN;
}

static void
place_point (PolkuMapLayout *self,
             PolkuMapRow    *row,
             PolkuMapCard   *card)
{
  PolkuTouchpoint *touchpoint = card->touchpoint;
  double lane_bottom = row->satisfaction_lane.y + row->satisfaction_lane.height;
  double offset;
  double above, below;
  double x, y, clear;
  gboolean down;

  if (polku_touchpoint_has_target (touchpoint))
    card->target_y = score_to_y (self, row, polku_touchpoint_get_target (touchpoint));
  if (!polku_touchpoint_has_score (touchpoint))
    return;

  card->score_y = score_to_y (self, row, polku_touchpoint_get_score (touchpoint));

  /* The value, measured with the card, sits beside the point, on the side
   * away from the target. */
  offset = 0.7 * (card->alert ? POLKU_MAP_ALERT_RADIUS : POLKU_MAP_POINT_RADIUS + 1);
  x = _polku_map_card_get_center (card) + offset;
  below = card->score_y + offset + VALUE_GAP;
  above = card->score_y - offset - VALUE_GAP - card->value.height;
  /* Away from the target, unless that leaves the lane. */
  if (!isnan (card->target_y) && card->target_y < card->score_y)
    down = below + card->value.height <= lane_bottom;
  else
    down = above < row->satisfaction_lane.y;
  y = down ? below : above;

  /* No line through its digits: a little further away, or on the other
   * side. */
  clear = find_clear_place (self, row, card, y, down ? 1 : -1);
  if (isnan (clear))
    clear = find_clear_place (self, row, card, down ? above : below, down ? -1 : 1);
  _polku_map_text_move (&card->value, x, isnan (clear) ? y : clear);
  place_trend (self, card);
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

typedef enum
{
  AS_IS,   /* through the scores */
  TO_BE,   /* through the targets */
} Curve;

static double
point_y (const PolkuMapCard *card,
         Curve               curve)
{
  return curve == AS_IS ? card->score_y : card->target_y;
}

static PolkuMapCurve *
curve_of (PolkuMapCard *card,
          Curve         curve)
{
  return curve == AS_IS ? &card->as_is : &card->to_be;
}

/* A curve through points, the cards in order. */
static void
place_run (PolkuMapLayout *self,
           GArray         *points,
           Curve           which)
{
  g_autofree double *slopes = NULL;
  guint n = points->len;

  if (n < 2)
    return;

  slopes = g_new0 (double, n);
  for (guint k = 0; k < n; k++)
    {
      PolkuMapCard *card = g_array_index (points, PolkuMapCard *, k);
      double h0 = 0, d0 = 0, h1 = 0, d1 = 0;

      if (k > 0)
        {
          PolkuMapCard *prev = g_array_index (points, PolkuMapCard *, k - 1);

          h0 = _polku_map_card_get_center (card) - _polku_map_card_get_center (prev);
          d0 = (point_y (card, which) - point_y (prev, which)) / h0;
        }
      if (k + 1 < n)
        {
          PolkuMapCard *next = g_array_index (points, PolkuMapCard *, k + 1);

          h1 = _polku_map_card_get_center (next) - _polku_map_card_get_center (card);
          d1 = (point_y (next, which) - point_y (card, which)) / h1;
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
      PolkuMapCard *card = g_array_index (points, PolkuMapCard *, k);
      PolkuMapCard *next = g_array_index (points, PolkuMapCard *, k + 1);
      PolkuMapCurve *curve = curve_of (card, which);
      double third = (_polku_map_card_get_center (next) - _polku_map_card_get_center (card)) / 3;

      curve->next = next - POLKU_MAP_CARD_AT (self, 0);
      curve->c1x = _polku_map_card_get_center (card) + third;
      curve->c1y = point_y (card, which) + slopes[k] * third;
      curve->c2x = _polku_map_card_get_center (next) - third;
      curve->c2y = point_y (next, which) - slopes[k + 1] * third;
    }
}

/* The curves of a row's cards. The as-is curve runs through every score,
 * as the customer goes on from one touchpoint to the next; the to-be
 * curve joins only targets of touchpoints side by side, so that it never
 * crosses one that has none. */
static void
place_curve (PolkuMapLayout *self,
             PolkuMapRow    *row,
             Curve           which)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (PolkuMapCard *));

  for (guint i = 0; i < row->n_cards; i++)
    {
      PolkuMapCard *card = POLKU_MAP_CARD_AT (self, row->first_card + i);

      if (!isnan (point_y (card, which)))
        g_array_append_val (points, card);
      else if (which == TO_BE)
        {
          place_run (self, points, which);
          g_array_set_size (points, 0);
        }
    }
  place_run (self, points, which);
}

void
_polku_map_layout_satisfaction (PolkuMapLayout *self,
                                PolkuMapRow    *row)
{
  PolkuMapLane *lane = NULL;

  g_assert (POLKU_IS_MAP_LAYOUT (self));
  g_assert (row->plot_bottom > row->plot_top);

  for (guint i = 0; i < row->lanes->len; i++)
    if (g_array_index (row->lanes, PolkuMapLane, i).kind == POLKU_MAP_LANE_PLOT)
      lane = &g_array_index (row->lanes, PolkuMapLane, i);
  g_assert (lane != NULL);

  place_axis (self, row, lane);
  for (guint i = 0; i < row->n_cards; i++)
    place_point (self, row, POLKU_MAP_CARD_AT (self, row->first_card + i));
  place_curve (self, row, AS_IS);
  place_curve (self, row, TO_BE);
}
