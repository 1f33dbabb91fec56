/* polku-map-draw.c: drawing a laid out journey map with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "polku-map-draw-private.h"
#include "polku-map-shapes-private.h"
#include "polku-rect.h"

#define HAIRLINE        0.75
#define PHASE_RADIUS    8.0
#define DIVIDER_INSET   8.0
#define VALUE_HALO      2.5

typedef PolkuMapDraw DrawContext;

/* Cards narrower than this on a screen, in pixels, are drawn coarsely. */
#define COARSE_CARD_WIDTH 24.0

gboolean
_polku_map_draw_is_coarse (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  double dx = POLKU_MAP_CARD_TEXT_MIN_WIDTH;
  double dy = 0;

  if (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING)
    return FALSE;
  cairo_user_to_device_distance (cr, &dx, &dy);
  return hypot (dx, dy) < COARSE_CARD_WIDTH;
}

static gboolean
is_visible (DrawContext     *draw,
            const PolkuRect *rect)
{
  return polku_rect_intersects (&draw->clip, rect);
}

static gboolean
is_visible_x (DrawContext *draw,
              double       x0,
              double       x1)
{
  return x1 >= draw->clip.x && x0 <= draw->clip.x + draw->clip.width;
}

static void
draw_text (DrawContext        *draw,
           const PolkuMapText *text,
           const PolkuColor   *color)
{
  PolkuRect extents = { text->x, text->y, text->width, text->height };

  if (text->layout == NULL || draw->shapes_only || !is_visible (draw, &extents))
    return;
  _polku_map_text_draw (draw->cr, text, color);
}

/* A text over lines, cut out of them by a halo of the ground it is on. */
static void
draw_text_with_halo (DrawContext        *draw,
                     const PolkuMapText *text,
                     const PolkuColor   *color,
                     const PolkuColor   *ground)
{
  PolkuRect extents = { text->x, text->y, text->width, text->height };

  if (text->layout == NULL || draw->shapes_only || !is_visible (draw, &extents))
    return;
  /* Too small to read, it needs no halo to be read. */
  if (_polku_text_raster_choose (draw->cr, text->layout) == POLKU_TEXT_RASTER_LINES)
    {
      draw_text (draw, text, color);
      return;
    }
  cairo_new_path (draw->cr);
  cairo_move_to (draw->cr, text->x, text->y);
  pango_cairo_layout_path (draw->cr, text->layout);
  polku_cairo_set_source_color (draw->cr, ground);
  cairo_set_line_width (draw->cr, VALUE_HALO);
  cairo_set_line_join (draw->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (draw->cr);
  draw_text (draw, text, color);
}

/* A horizontal line over the columns, cut to the clip so that dashes are
 * not computed for the whole width of a large map. */
static gboolean
clip_span (DrawContext *draw,
           double      *x0,
           double      *x1)
{
  *x0 = MAX (*x0, draw->clip.x);
  *x1 = MIN (*x1, draw->clip.x + draw->clip.width);
  return *x0 < *x1;
}

static void
draw_hline (DrawContext      *draw,
            double            x0,
            double            x1,
            double            y,
            const PolkuColor *color)
{
  if (!clip_span (draw, &x0, &x1))
    return;
  cairo_new_path (draw->cr);
  cairo_move_to (draw->cr, x0, y);
  cairo_line_to (draw->cr, x1, y);
  polku_cairo_set_source_color (draw->cr, color);
  cairo_set_line_width (draw->cr, HAIRLINE);
  cairo_stroke (draw->cr);
}

void
_polku_map_draw_key_glyph (cairo_t            *cr,
                           PolkuMapKeyKind     kind,
                           const PolkuRect    *glyph,
                           const PolkuPalette *palette)
{
  double cx = glyph->x + glyph->width / 2;
  double cy = glyph->y + glyph->height / 2;

  switch (kind)
    {
    case POLKU_MAP_KEY_CRITICAL:
      _polku_shape_card (cr, glyph, POLKU_CRITICALITY_CRITICAL, palette);
      break;

    case POLKU_MAP_KEY_NON_CRITICAL:
      _polku_shape_card (cr, glyph, POLKU_CRITICALITY_NON_CRITICAL, palette);
      break;

    case POLKU_MAP_KEY_PREREQUISITE:
      _polku_shape_role_marker (cr, POLKU_ROLE_PREREQUISITE, cx, cy, palette);
      break;

    case POLKU_MAP_KEY_OPPORTUNITY:
      _polku_shape_role_marker (cr, POLKU_ROLE_OPPORTUNITY, cx, cy, palette);
      break;

    case POLKU_MAP_KEY_SCORE:
      cairo_new_path (cr);
      cairo_move_to (cr, glyph->x, glyph->y + glyph->height);
      cairo_curve_to (cr, cx - 4, glyph->y + glyph->height, cx - 4, cy, cx, cy);
      cairo_curve_to (cr, cx + 4, cy, cx + 4, glyph->y, glyph->x + glyph->width, glyph->y);
      _polku_shape_stroke_curve (cr, palette);
      _polku_shape_score_point (cr, cx, cy, palette, &palette->background);
      break;

    case POLKU_MAP_KEY_TARGET:
      cairo_new_path (cr);
      cairo_move_to (cr, glyph->x, cy + 2);
      cairo_curve_to (cr, cx - 4, cy + 2, cx - 4, cy - 2, glyph->x + glyph->width, cy - 3);
      _polku_shape_stroke_target_curve (cr, palette);
      _polku_shape_target (cr, cx, cy, palette);
      break;

    case POLKU_MAP_KEY_FIX_FIRST:
      _polku_shape_alert_point (cr, cx, cy, palette, &palette->background);
      break;

    case POLKU_MAP_KEY_GATE:
      _polku_shape_gate (cr, cx, cy, palette, &palette->background);
      break;

    case POLKU_MAP_KEY_MIDPOINT:
      _polku_shape_midline (cr, glyph->x, glyph->x + glyph->width, cy, palette);
      break;

    case POLKU_MAP_KEY_TREND:
      {
        PolkuRect up = { glyph->x + 2, cy - POLKU_MAP_TREND_SIZE / 2, POLKU_MAP_TREND_SIZE, POLKU_MAP_TREND_SIZE };
        PolkuRect down = up;

        down.x = glyph->x + glyph->width - 2 - POLKU_MAP_TREND_SIZE;
        _polku_shape_trend (cr, POLKU_TREND_RISE, &up, palette);
        _polku_shape_trend (cr, POLKU_TREND_FALL, &down, palette);
      }
      break;

    case POLKU_MAP_N_KEYS:
    default:
      g_assert_not_reached ();
    }
}

static void
draw_header (DrawContext *draw)
{
  PolkuMapLayout *layout = draw->layout;
  const PolkuPalette *palette = draw->palette;

  if (!is_visible (draw, &layout->header))
    return;

  draw_text (draw, &layout->title, &palette->text);
  draw_text (draw, &layout->segment, &palette->text);
  draw_text (draw, &layout->scale, &palette->text_muted);
  draw_text (draw, &layout->date, &palette->text_muted);

  for (guint i = 0; i < layout->keys->len; i++)
    _polku_map_draw_key (draw, &g_array_index (layout->keys, PolkuMapKey, i));
}

void
_polku_map_draw_key (PolkuMapDraw      *draw,
                     const PolkuMapKey *key)
{
  _polku_map_draw_key_glyph (draw->cr, key->kind, &key->glyph, draw->palette);
  draw_text (draw, &key->label, &draw->palette->text);
}

void
_polku_map_draw_phase (PolkuMapDraw        *draw,
                       const PolkuMapPhase *phase)
{
  cairo_t *cr = draw->cr;
  const PolkuPalette *palette = draw->palette;

  _polku_shape_rounded_rect (cr, &phase->column, PHASE_RADIUS);
  polku_cairo_set_source_color (cr, &palette->phase_fill[phase->kind]);
  cairo_fill_preserve (cr);

  /* The band is the top of the rounded column, in a stronger tint. */
  cairo_save (cr);
  cairo_clip (cr);
  cairo_rectangle (cr, phase->band.x, phase->band.y, phase->band.width, phase->band.height);
  polku_cairo_set_source_color (cr, &palette->phase_band[phase->kind]);
  cairo_fill (cr);
  cairo_restore (cr);

  draw_text (draw, &phase->label, &palette->phase_text[phase->kind]);
  draw_text (draw, &phase->placeholder, &palette->placeholder);
}

void
_polku_map_draw_band (cairo_t             *cr,
                      const PolkuMapPhase *phase,
                      double               x,
                      double               width,
                      PangoLayout         *label,
                      const PolkuPalette  *palette)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, phase->band.y, width, phase->band.height);
  cairo_clip_preserve (cr);
  polku_cairo_set_source_color (cr, &palette->phase_band[phase->kind]);
  cairo_fill (cr);
  polku_cairo_set_source_color (cr, &palette->phase_text[phase->kind]);
  _polku_text_show_layout (cr, label, x + phase->label.x - phase->band.x, phase->label.y);
  cairo_restore (cr);
}

void
_polku_map_draw_step (PolkuMapDraw       *draw,
                      const PolkuMapStep *step)
{
  cairo_t *cr = draw->cr;
  const PolkuPalette *palette = draw->palette;

  if (!step->first_in_phase)
    {
      cairo_new_path (cr);
      cairo_move_to (cr, step->column.x, step->column.y + DIVIDER_INSET);
      cairo_line_to (cr, step->column.x, step->column.y + step->column.height - DIVIDER_INSET);
      polku_cairo_set_source_color (cr, &palette->rule);
      cairo_set_line_width (cr, HAIRLINE);
      cairo_stroke (cr);
    }

  draw_text (draw, &step->name, &palette->text);
  if (step->gate)
    {
      const PolkuRect *chip = &step->gate_chip.rect;

      _polku_shape_gate (cr, chip->x + POLKU_MAP_GATE_WIDTH / 2, chip->y + chip->height / 2,
                         palette, &palette->phase_fill[step->kind]);
      draw_text (draw, &step->gate_chip.label, &palette->text);
    }
  for (guint f = 0; f < POLKU_STEP_N_FIELDS; f++)
    draw_text (draw, &step->cells[f], &palette->text);

  if (step->placeholder_label.layout != NULL)
    {
      static const double dashes[] = { 3, 3 };

      cairo_save (cr);
      _polku_shape_rounded_rect (cr, &step->placeholder, POLKU_MAP_CARD_RADIUS);
      polku_cairo_set_source_color (cr, &palette->placeholder);
      cairo_set_line_width (cr, HAIRLINE);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_restore (cr);
      draw_text (draw, &step->placeholder_label, &palette->placeholder);
    }
}

static void
draw_columns (DrawContext *draw)
{
  PolkuMapLayout *layout = draw->layout;

  for (guint i = 0; i < layout->phases->len; i++)
    {
      const PolkuMapPhase *phase = &g_array_index (layout->phases, PolkuMapPhase, i);

      if (is_visible (draw, &phase->column))
        _polku_map_draw_phase (draw, phase);
    }

  for (guint i = 0; i < layout->steps->len; i++)
    {
      const PolkuMapStep *step = &g_array_index (layout->steps, PolkuMapStep, i);

      if (is_visible (draw, &step->column))
        _polku_map_draw_step (draw, step);
    }
}

/* Lane names, the separators between lanes, and the satisfaction axis with
 * its grid and midline. */
void
_polku_map_draw_lanes (PolkuMapDraw      *draw,
                       const PolkuMapRow *row)
{
  const PolkuPalette *palette = draw->palette;
  double x0 = row->content_left;
  double x1 = row->content_right;

  for (guint i = 0; i < row->lanes->len; i++)
    {
      const PolkuMapLane *lane = &g_array_index (row->lanes, PolkuMapLane, i);

      if (!is_visible (draw, &lane->rect))
        continue;
      draw_text (draw, &lane->title, &palette->text_muted);
      draw_text (draw, &lane->label, &palette->text_muted);
      /* A field of the same lane is set off by a rule over the columns
       * only; a new lane by one across the gutter too. */
      draw_hline (draw, lane->continues ? row->content_left : lane->rect.x,
                  row->content_right, lane->rect.y, &palette->rule);
    }

  if (row->satisfaction_lane.height <= 0 || !is_visible (draw, &row->satisfaction_lane))
    return;

  for (guint i = 0; i < row->ticks->len; i++)
    {
      const PolkuMapTick *tick = &g_array_index (row->ticks, PolkuMapTick, i);

      draw_hline (draw, row->content_left, row->content_right, tick->y, &palette->rule);
      draw_text (draw, &tick->label, &palette->text_muted);
    }
  if (clip_span (draw, &x0, &x1))
    _polku_shape_midline (draw->cr, x0, x1, row->midline_y, palette);
}

/* A card too small on a screen for its marks to show: its box, its border
 * as heavy as its criticality's, and its texts as lines. Rounded corners and
 * marks of a pixel or two cost most of the time of a map fitted to a
 * window. */
static void
draw_coarse_card (DrawContext        *draw,
                  const PolkuMapCard *card)
{
  cairo_t *cr = draw->cr;
  const PolkuPalette *palette = draw->palette;
  gboolean critical = card->criticality == POLKU_CRITICALITY_CRITICAL;
  double border = critical ? POLKU_MAP_CRITICAL_BORDER : POLKU_MAP_CARD_BORDER;
  const PolkuRect *rect = &card->rect;

  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  polku_cairo_set_source_color (cr, critical ? &palette->critical_border : &palette->card_border);
  cairo_fill (cr);
  cairo_rectangle (cr, rect->x + border, rect->y + border, rect->width - 2 * border, rect->height - 2 * border);
  polku_cairo_set_source_color (cr, &palette->card_fill);
  cairo_fill (cr);
  draw_text (draw, &card->name, &palette->text);
  draw_text (draw, &card->channel, &palette->text_muted);
}

static void
draw_card (DrawContext        *draw,
           const PolkuMapCard *card)
{
  const PolkuPalette *palette = draw->palette;
  const PolkuRect *marker = &card->role_chip.rect;

  if (draw->coarse)
    {
      draw_coarse_card (draw, card);
      return;
    }

  _polku_shape_card (draw->cr, &card->rect, card->criticality, palette);
  _polku_shape_role_marker (draw->cr, card->role,
                            marker->x + POLKU_MAP_MARKER_SIZE / 2,
                            marker->y + marker->height / 2,
                            palette);
  draw_text (draw, &card->role_chip.label, &palette->text_muted);
  if (card->critical_chip.label.layout != NULL)
    {
      _polku_shape_tag (draw->cr, &card->critical_chip.rect, palette);
      draw_text (draw, &card->critical_chip.label, &palette->critical_tag_text);
    }
  if (card->fix_chip.label.layout != NULL)
    {
      const PolkuRect *chip = &card->fix_chip.rect;

      _polku_shape_fix_marker (draw->cr, chip->x + POLKU_MAP_MARKER_SIZE / 2,
                               chip->y + chip->height / 2, palette);
      draw_text (draw, &card->fix_chip.label, &palette->alert);
    }
  draw_text (draw, &card->name, &palette->text);
  draw_text (draw, &card->channel, &palette->text_muted);
}

/* The column of the satisfaction lane under a card. */
static gboolean
is_lane_visible (DrawContext        *draw,
                 const PolkuMapRow  *row,
                 const PolkuMapCard *card)
{
  PolkuRect cell = row->satisfaction_lane;

  cell.x = card->rect.x;
  cell.width = card->rect.width;
  return is_visible (draw, &cell);
}

/* Adds the pieces of a curve that meet the clip to the path. */
static void
path_curve (DrawContext       *draw,
            const PolkuMapRow *row,
            gboolean           targets)
{
  PolkuMapLayout *layout = draw->layout;
  gboolean open = FALSE;

  cairo_new_path (draw->cr);
  for (guint i = row->first_card; i < row->first_card + row->n_cards; i++)
    {
      const PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);
      const PolkuMapCurve *curve = targets ? &card->to_be : &card->as_is;
      const PolkuMapCard *next;
      double y, next_y;

      if (curve->next < 0)
        continue;
      next = &g_array_index (layout->cards, PolkuMapCard, curve->next);
      if (!is_visible_x (draw, _polku_map_card_get_center (card), _polku_map_card_get_center (next)))
        {
          open = FALSE;
          continue;
        }
      y = targets ? card->target_y : card->score_y;
      next_y = targets ? next->target_y : next->score_y;
      if (!open)
        cairo_move_to (draw->cr, _polku_map_card_get_center (card), y);
      cairo_curve_to (draw->cr, curve->c1x, curve->c1y, curve->c2x, curve->c2y,
                      _polku_map_card_get_center (next), next_y);
      open = TRUE;
    }
}

/* The mark of a gate: a line down the lane between the gate step and the
 * next, under a gate sign. */
static void
draw_gates (DrawContext       *draw,
            const PolkuMapRow *row)
{
  PolkuMapLayout *layout = draw->layout;

  for (guint i = row->first_step; i < row->first_step + row->n_steps; i++)
    {
      const PolkuMapStep *step = &g_array_index (layout->steps, PolkuMapStep, i);
      double top = row->satisfaction_lane.y + POLKU_MAP_GATE_HEIGHT;

      if (!step->gate || !is_visible_x (draw, step->gate_x - POLKU_MAP_GATE_WIDTH,
                                        step->gate_x + POLKU_MAP_GATE_WIDTH))
        continue;
      _polku_shape_gate_line (draw->cr, step->gate_x, top,
                              row->satisfaction_lane.y + row->satisfaction_lane.height - 4,
                              draw->palette);
      _polku_shape_gate (draw->cr, step->gate_x, top, draw->palette,
                         &draw->palette->phase_fill[step->kind]);
    }
}

static void
draw_satisfaction (DrawContext       *draw,
                   const PolkuMapRow *row)
{
  PolkuMapLayout *layout = draw->layout;
  const PolkuPalette *palette = draw->palette;
  guint end = row->first_card + row->n_cards;

  if (row->satisfaction_lane.height <= 0 || !is_visible (draw, &row->satisfaction_lane))
    return;

  draw_gates (draw, row);

  /* Targets and gaps under the curves, points and values over them. */
  for (guint i = row->first_card; i < end; i++)
    {
      const PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);

      if (isnan (card->target_y) || !is_lane_visible (draw, row, card))
        continue;
      if (!isnan (card->score_y) && card->score_y > card->target_y)
        _polku_shape_gap (draw->cr, _polku_map_card_get_center (card), card->score_y, card->target_y,
                          card->alert ? &palette->alert : &palette->text_muted);
      _polku_shape_target (draw->cr, _polku_map_card_get_center (card), card->target_y, palette);
    }

  path_curve (draw, row, TRUE);
  _polku_shape_stroke_target_curve (draw->cr, palette);
  path_curve (draw, row, FALSE);
  _polku_shape_stroke_curve (draw->cr, palette);

  for (guint i = row->first_card; i < end; i++)
    {
      const PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);

      const PolkuColor *ground = &palette->phase_fill[card->kind];

      if (isnan (card->score_y) || !is_lane_visible (draw, row, card))
        continue;
      if (card->alert)
        _polku_shape_alert_point (draw->cr, _polku_map_card_get_center (card), card->score_y, palette, ground);
      else
        _polku_shape_score_point (draw->cr, _polku_map_card_get_center (card), card->score_y, palette, ground);
      draw_text_with_halo (draw, &card->value,
                           card->alert ? &palette->alert : &palette->text, ground);
      if (card->trend != POLKU_TREND_NONE)
        {
          _polku_shape_trend (draw->cr, card->trend, &card->trend_glyph, palette);
          draw_text_with_halo (draw, &card->trend_text, &palette->text, ground);
        }
    }
}

static void
draw_map (PolkuMapLayout     *layout,
          cairo_t            *cr,
          const PolkuPalette *palette,
          gboolean            words)
{
  DrawContext draw = { layout, cr, palette, { 0 } };
  double x1, y1, x2, y2;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  draw.clip = (PolkuRect) { x1, y1, x2 - x1, y2 - y1 };
  draw.coarse = _polku_map_draw_is_coarse (cr);
  draw.shapes_only = !words;

  cairo_save (cr);

  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  polku_cairo_set_source_color (cr, &palette->background);
  cairo_fill (cr);

  draw_header (&draw);
  draw_columns (&draw);
  for (guint i = 0; i < layout->rows->len; i++)
    _polku_map_draw_lanes (&draw, &g_array_index (layout->rows, PolkuMapRow, i));
  for (guint i = 0; layout->show_cards && i < layout->cards->len; i++)
    {
      const PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);

      if (is_visible (&draw, &card->rect))
        draw_card (&draw, card);
    }
  for (guint i = 0; i < layout->rows->len; i++)
    draw_satisfaction (&draw, &g_array_index (layout->rows, PolkuMapRow, i));

  cairo_restore (cr);
}

void
polku_map_draw (PolkuMapLayout     *layout,
                cairo_t            *cr,
                const PolkuPalette *palette)
{
  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  draw_map (layout, cr, palette, TRUE);
}

void
_polku_map_draw_shapes (PolkuMapLayout     *layout,
                        cairo_t            *cr,
                        const PolkuPalette *palette)
{
  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));

  draw_map (layout, cr, palette, FALSE);
}

void
polku_map_draw_set_raster_scale (cairo_t *cr,
                                 double   scale)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (scale > 0);

  _polku_text_set_raster_scale (cr, scale);
}

void
polku_map_draw_fitted (PolkuMapLayout     *layout,
                       cairo_t            *cr,
                       const PolkuPalette *palette,
                       const PolkuRect    *box)
{
  double width;
  double height;
  double scale;

  g_return_if_fail (POLKU_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (box != NULL);

  width = polku_map_layout_get_width (layout);
  height = polku_map_layout_get_height (layout);
  scale = MIN (1.0, MIN (box->width / width, box->height / height));

  cairo_save (cr);
  cairo_translate (cr,
                   box->x + (box->width - width * scale) / 2,
                   box->y + (box->height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  polku_map_draw (layout, cr, palette);
  cairo_restore (cr);
}
