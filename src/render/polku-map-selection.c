/* polku-map-selection.c: what the editor shows and picks on a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"
#include "polku-map-selection.h"
#include "polku-map-shapes-private.h"
#include "polku-palette.h"
#include "polku-rect.h"

#define PHASE_AT(layout, i) (&g_array_index ((layout)->phases, PolkuMapPhase, (i)))
#define STEP_AT(layout, i)  (&g_array_index ((layout)->steps, PolkuMapStep, (i)))
#define CARD_AT(layout, i)  (&g_array_index ((layout)->cards, PolkuMapCard, (i)))
#define ROW_AT(layout, i)   (&g_array_index ((layout)->rows, PolkuMapRow, (i)))

#define RING_WIDTH    2.5
#define RING_GAP      2.5
#define RING_RADIUS   (POLKU_MAP_CARD_RADIUS + RING_GAP)
#define HEADER_RING_GAP 8.0
#define MARKER_WIDTH  3.0
#define NAME_MIN_HEIGHT 16.0

static PolkuMapCard *
find_card (PolkuMapLayout  *self,
           PolkuTouchpoint *touchpoint)
{
  for (guint i = 0; i < self->cards->len; i++)
    if (CARD_AT (self, i)->touchpoint == touchpoint)
      return CARD_AT (self, i);
  return NULL;
}

static PolkuMapStep *
find_step (PolkuMapLayout *self,
           PolkuStep      *step)
{
  for (guint i = 0; i < self->steps->len; i++)
    if (STEP_AT (self, i)->step == step)
      return STEP_AT (self, i);
  return NULL;
}

/* The first part of a phase; a phase wrapped over rows has more. */
static PolkuMapPhase *
find_phase (PolkuMapLayout *self,
            PolkuPhase     *phase)
{
  for (guint i = 0; i < self->phases->len; i++)
    if (PHASE_AT (self, i)->phase == phase && !PHASE_AT (self, i)->continued)
      return PHASE_AT (self, i);
  return NULL;
}

GObject *
polku_map_selection_hit_test (PolkuMapLayout *self,
                              double          x,
                              double          y)
{
  PolkuTouchpoint *touchpoint;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), NULL);

  touchpoint = polku_map_layout_hit_test (self, x, y);
  if (touchpoint != NULL)
    return G_OBJECT (touchpoint);

  for (guint i = 0; i < self->phases->len; i++)
    if (polku_rect_contains_point (&PHASE_AT (self, i)->band, x, y))
      return G_OBJECT (PHASE_AT (self, i)->phase);

  for (guint i = 0; i < self->steps->len; i++)
    if (polku_rect_contains_point (&STEP_AT (self, i)->column, x, y))
      return G_OBJECT (STEP_AT (self, i)->step);

  if (polku_rect_contains_point (&self->header, x, y))
    return G_OBJECT (self->journey);

  return NULL;
}

gboolean
polku_map_selection_get_item_rect (PolkuMapLayout *self,
                                   GObject        *item,
                                   PolkuRect      *rect)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (item == NULL)
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (item))
    return polku_map_layout_get_touchpoint_rect (self, POLKU_TOUCHPOINT (item), rect);

  if (POLKU_IS_STEP (item))
    return polku_map_layout_get_step_rect (self, POLKU_STEP (item), rect);

  if (POLKU_IS_PHASE (item))
    {
      PolkuMapPhase *part = find_phase (self, POLKU_PHASE (item));

      if (part == NULL)
        return FALSE;
      *rect = part->band;
      return TRUE;
    }

  if (item == G_OBJECT (self->journey))
    {
      *rect = self->header;
      return TRUE;
    }

  return FALSE;
}

static void
text_rect (const PolkuMapText *text,
           double              right,
           PolkuRect          *rect)
{
  rect->x = text->x;
  rect->y = text->y;
  rect->width = MAX (right - text->x, text->width);
  rect->height = MAX (text->height, NAME_MIN_HEIGHT);
}

gboolean
polku_map_selection_get_name_rect (PolkuMapLayout *self,
                                   GObject        *item,
                                   PolkuRect      *rect)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (item == NULL)
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (item))
    {
      PolkuMapCard *card = find_card (self, POLKU_TOUCHPOINT (item));
      double inset;

      if (card == NULL)
        return FALSE;
      /* The name sits inside the card as the tags do. */
      inset = card->role_chip.rect.x - card->rect.x;
      text_rect (&card->name, card->rect.x + card->rect.width - inset, rect);
      if (card->name.layout == NULL)
        rect->x = card->rect.x + inset;
      return TRUE;
    }

  if (POLKU_IS_STEP (item))
    {
      PolkuMapStep *step = find_step (self, POLKU_STEP (item));

      if (step == NULL)
        return FALSE;
      text_rect (&step->name, step->column.x + step->column.width - (step->name.x - step->column.x), rect);
      return TRUE;
    }

  if (POLKU_IS_PHASE (item))
    {
      PolkuMapPhase *part = find_phase (self, POLKU_PHASE (item));

      if (part == NULL)
        return FALSE;
      text_rect (&part->label, part->band.x + part->band.width - (part->label.x - part->band.x), rect);
      return TRUE;
    }

  if (item == G_OBJECT (self->journey))
    {
      text_rect (&self->title, self->title.x + MAX (self->title.width, 320), rect);
      return TRUE;
    }

  return FALSE;
}

/* The position among the steps of its phase of the step at index in the
 * layout's steps, counting steps on earlier parts of a wrapped phase. */
static guint
step_position_in_phase (PolkuMapLayout *self,
                        guint           part_index,
                        guint           index)
{
  PolkuMapPhase *part = PHASE_AT (self, part_index);
  guint position = index - part->first_step;

  for (guint i = 0; i < part_index; i++)
    if (PHASE_AT (self, i)->phase == part->phase)
      position += PHASE_AT (self, i)->n_steps;
  return position;
}

static gboolean
touchpoint_drop_slot (PolkuMapLayout  *self,
                      double           x,
                      double           y,
                      GObject        **container,
                      guint           *position,
                      PolkuRect       *marker)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      PolkuMapStep *step = STEP_AT (self, i);
      PolkuMapCard *card = NULL;
      guint slot;

      if (!polku_rect_contains_point (&step->column, x, y))
        continue;

      *container = G_OBJECT (step->step);
      if (step->n_cards == 0)
        {
          *position = 0;
          *marker = (PolkuRect) { step->placeholder.x, step->placeholder.y,
                                  MARKER_WIDTH, step->placeholder.height };
          return TRUE;
        }

      for (slot = 0; slot < step->n_cards; slot++)
        {
          card = CARD_AT (self, step->first_card + slot);
          if (x < card->rect.x + card->rect.width / 2)
            break;
        }
      *position = slot;

      if (slot < step->n_cards)
        *marker = (PolkuRect) { card->rect.x - (slot > 0 ? 4 : 0) - MARKER_WIDTH, card->rect.y,
                                MARKER_WIDTH, card->rect.height };
      else
        *marker = (PolkuRect) { card->rect.x + card->rect.width + 1, card->rect.y,
                                MARKER_WIDTH, card->rect.height };
      return TRUE;
    }
  return FALSE;
}

static gboolean
step_drop_slot (PolkuMapLayout  *self,
                double           x,
                double           y,
                GObject        **container,
                guint           *position,
                PolkuRect       *marker)
{
  for (guint i = 0; i < self->phases->len; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, i);
      guint slot;

      if (!polku_rect_contains_point (&part->column, x, y))
        continue;

      *container = G_OBJECT (part->phase);
      if (part->n_steps == 0)
        {
          *position = step_position_in_phase (self, i, part->first_step);
          *marker = (PolkuRect) { part->column.x + 2, part->column.y + part->band.height,
                                  MARKER_WIDTH, part->column.height - part->band.height };
          return TRUE;
        }

      for (slot = 0; slot < part->n_steps; slot++)
        {
          PolkuMapStep *step = STEP_AT (self, part->first_step + slot);

          if (x < step->column.x + step->column.width / 2)
            break;
        }
      *position = step_position_in_phase (self, i, part->first_step + slot);

      if (slot < part->n_steps)
        {
          PolkuMapStep *step = STEP_AT (self, part->first_step + slot);

          *marker = (PolkuRect) { step->column.x - MARKER_WIDTH / 2, step->column.y,
                                  MARKER_WIDTH, step->column.height };
        }
      else
        {
          PolkuMapStep *step = STEP_AT (self, part->first_step + part->n_steps - 1);

          *marker = (PolkuRect) { step->column.x + step->column.width - MARKER_WIDTH / 2,
                                  step->column.y, MARKER_WIDTH, step->column.height };
        }
      return TRUE;
    }
  return FALSE;
}

gboolean
polku_map_selection_get_drop_slot (PolkuMapLayout  *self,
                                   GType            item_type,
                                   double           x,
                                   double           y,
                                   GObject        **container,
                                   guint           *position,
                                   PolkuRect       *marker)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (container != NULL && position != NULL && marker != NULL, FALSE);

  if (item_type == POLKU_TYPE_TOUCHPOINT)
    return touchpoint_drop_slot (self, x, y, container, position, marker);
  if (item_type == POLKU_TYPE_STEP)
    return step_drop_slot (self, x, y, container, position, marker);
  return FALSE;
}

void
polku_map_selection_draw (PolkuMapLayout   *self,
                          cairo_t          *cr,
                          GObject          *item,
                          const PolkuColor *color)
{
  PolkuRect rect;
  double gap = RING_GAP + RING_WIDTH / 2;

  g_return_if_fail (POLKU_IS_MAP_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);

  if (!polku_map_selection_get_item_rect (self, item, &rect))
    return;

  /* Outside a card, so that its own border (a critical one is heavy) stays
   * readable, and around the header, clear of the title; inside a column or
   * band, which touches its neighbours. */
  if (POLKU_IS_PHASE (item) || POLKU_IS_STEP (item))
    gap = -RING_WIDTH / 2;
  else if (!POLKU_IS_TOUCHPOINT (item))
    gap = HEADER_RING_GAP;
  rect.x -= gap;
  rect.y -= gap;
  rect.width += 2 * gap;
  rect.height += 2 * gap;

  cairo_save (cr);
  _polku_shape_rounded_rect (cr, &rect, POLKU_IS_TOUCHPOINT (item) ? RING_RADIUS : POLKU_MAP_CARD_RADIUS);
  if (POLKU_IS_STEP (item))
    {
      /* A light wash tells the column from its neighbours. */
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * 0.08);
      cairo_fill_preserve (cr);
    }
  polku_cairo_set_source_color (cr, color);
  cairo_set_line_width (cr, RING_WIDTH);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
polku_map_selection_draw_drop_marker (cairo_t          *cr,
                                      const PolkuRect  *marker,
                                      const PolkuColor *color)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (marker != NULL);
  g_return_if_fail (color != NULL);

  cairo_save (cr);
  _polku_shape_rounded_rect (cr, marker, marker->width / 2);
  polku_cairo_set_source_color (cr, color);
  cairo_fill (cr);
  cairo_restore (cr);
}
