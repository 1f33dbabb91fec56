/* polku-map-layout-card.c: the card of a touchpoint on a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"

#define CARD_ROW_GAP         2.5
#define CHIP_GAP_X           6.0
#define CHIP_GAP_Y           2.0
#define CHIP_MARKER_GAP      3.5
#define TAG_PAD_X            4.5
#define TAG_PAD_Y            1.0

static void
move_rect (PolkuRect *rect,
           double     dx,
           double     dy)
{
  rect->x += dx;
  rect->y += dy;
}

static void
move_text_by (PolkuMapText *text,
              double        dx,
              double        dy)
{
  _polku_map_text_move (text, text->x + dx, text->y + dy);
}

/* A marker followed by its text. */
static void
measure_marked_chip (PolkuMapLayout *self,
                     PolkuMapChip   *chip,
                     const char     *label)
{
  _polku_map_text_set_shared (self, &chip->label, POLKU_TEXT_TAG, label);
  chip->rect = (PolkuRect) {
    0, 0,
    POLKU_MAP_MARKER_SIZE + CHIP_MARKER_GAP + chip->label.width,
    MAX (POLKU_MAP_MARKER_SIZE, chip->label.height)
  };
}

/* The tags of a card; returns the width the widest needs. */
static double
measure_chips (PolkuMapLayout *self,
               PolkuMapCard   *card)
{
  PolkuMapChip *critical = &card->critical_chip;
  double width;

  measure_marked_chip (self, &card->role_chip, polku_role_get_label_in (card->role, self->catalog));
  width = card->role_chip.rect.width;

  if (card->criticality == POLKU_CRITICALITY_CRITICAL)
    {
      _polku_map_text_set_shared (self, &critical->label, POLKU_TEXT_TAG,
                                  polku_criticality_get_label_in (card->criticality, self->catalog));
      critical->rect = (PolkuRect) {
        0, 0,
        critical->label.width + 2 * TAG_PAD_X,
        critical->label.height + 2 * TAG_PAD_Y
      };
      width = MAX (width, critical->rect.width);
    }

  if (card->alert)
    {
      /* Translators: a tag on a touchpoint's card on the journey map: it is on the fix-first list */
      measure_marked_chip (self, &card->fix_chip, polku_catalog_gettext (self->catalog, "Fix first"));
      width = MAX (width, card->fix_chip.rect.width);
    }
  return width;
}

static void
place_chip_label (PolkuMapChip *chip,
                  gboolean      pill)
{
  if (pill)
    _polku_map_text_move (&chip->label, chip->rect.x + TAG_PAD_X, chip->rect.y + TAG_PAD_Y);
  else
    _polku_map_text_move (&chip->label,
                          chip->rect.x + POLKU_MAP_MARKER_SIZE + CHIP_MARKER_GAP,
                          chip->rect.y + (chip->rect.height - chip->label.height) / 2);
}

/* Flows the tags in lines of text_width, each line's tags centred on the
 * line; returns their height. */
static double
flow_chips (PolkuMapCard *card,
            double        text_width)
{
  PolkuMapChip *chips[] = { &card->role_chip, &card->critical_chip, &card->fix_chip };
  gboolean pills[] = { FALSE, TRUE, FALSE };
  guint line_start = 0;
  double x = 0;
  double y = 0;
  double line_height = 0;

  for (guint i = 0; i <= G_N_ELEMENTS (chips); i++)
    {
      gboolean end = i == G_N_ELEMENTS (chips);

      if (!end && chips[i]->label.layout == NULL)
        continue;

      if (end || (x > 0 && x + chips[i]->rect.width > text_width))
        {
          /* Close the line: centre its tags vertically. */
          for (guint j = line_start; j < i; j++)
            if (chips[j]->label.layout != NULL)
              {
                chips[j]->rect.y = card->pad + y + (line_height - chips[j]->rect.height) / 2;
                place_chip_label (chips[j], pills[j]);
              }
          if (end)
            break;
          y += line_height + CHIP_GAP_Y;
          x = 0;
          line_height = 0;
          line_start = i;
        }

      chips[i]->rect.x = card->pad + x;
      x += chips[i]->rect.width + CHIP_GAP_X;
      line_height = MAX (line_height, chips[i]->rect.height);
    }
  return y + line_height;
}

/* Measures a card at the origin: as wide as its widest word needs, within
 * bounds (a longer word breaks), as tall as its texts need. */
/* Where the touchpoint's figure went since the previous round, when the
 * map shows it at a score. */
static PolkuTrendDirection
trend_of (PolkuMapLayout  *self,
          PolkuTouchpoint *touchpoint)
{
  PolkuTrend trend;

  if (!self->show_plot || !polku_touchpoint_has_score (touchpoint) ||
      !polku_rounds_get_main_trend (self->journey, touchpoint, &trend))
    return POLKU_TREND_NONE;
  return polku_trend_get_direction (&trend);
}

void
_polku_map_card_measure (PolkuMapLayout  *self,
                         PolkuMapCard    *card,
                         PolkuTouchpoint *touchpoint)
{
  const char *name = polku_touchpoint_get_name (touchpoint);
  const char *channel = polku_describe_channel_in (touchpoint, self->catalog);
  double chips_width;
  double name_width;
  double channel_width;
  double text_width;
  double chips_height;

  g_assert (POLKU_IS_MAP_LAYOUT (self));
  g_assert (POLKU_IS_TOUCHPOINT (touchpoint));

  *card = (PolkuMapCard) {
    .touchpoint = g_object_ref (touchpoint),
    .criticality = polku_touchpoint_get_criticality (touchpoint),
    .role = polku_touchpoint_get_role (touchpoint),
    .alert = polku_metrics_needs_fixing (self->journey, touchpoint),
    .score_y = NAN,
    .target_y = NAN,
    .trend = trend_of (self, touchpoint),
    .as_is = { .next = -1 },
    .to_be = { .next = -1 },
    .pad = self->spacing.card_pad,
  };

  chips_width = measure_chips (self, card);
  name_width = _polku_map_text_set_narrow (self, &card->name, POLKU_TEXT_CARD_NAME, name);
  /* A channel not set leaves its line empty, the card as tall as others. */
  channel_width = _polku_map_text_set_narrow (self, &card->channel, POLKU_TEXT_CARD_DETAIL,
                                              channel != NULL ? channel : "");
  text_width = MAX (chips_width, MAX (name_width, channel_width));
  text_width = CLAMP (ceil (text_width), self->card_width, POLKU_MAP_CARD_TEXT_MAX_WIDTH);
  _polku_map_text_rewrap (&card->name, text_width);
  _polku_map_text_rewrap (&card->channel, text_width);

  chips_height = flow_chips (card, text_width);
  _polku_map_text_move (&card->name, card->pad, card->pad + chips_height + CARD_ROW_GAP);

  /* The score's figure, which the satisfaction lane places. */
  if (self->show_plot && polku_touchpoint_has_score (touchpoint))
    {
      g_autofree char *value = polku_catalog_format_number (self->catalog,
                                                            polku_touchpoint_get_score (touchpoint), 1);

      _polku_map_text_set_shared (self, &card->value, POLKU_TEXT_VALUE, value);
    }

  card->rect.width = text_width + 2 * card->pad;
  card->natural_height = card->pad + chips_height + CARD_ROW_GAP + card->name.height +
                         CARD_ROW_GAP + card->channel.height + card->pad;
}

/* Cards of a lane share a height; the channel sits at the bottom, level
 * across the lane. A card of a hidden lane is only a slot of zero height
 * that the satisfaction lane places its point by. */
void
_polku_map_card_place (PolkuMapCard *card,
                       double        x,
                       double        y,
                       double        height)
{
  PolkuMapChip *chips[] = { &card->role_chip, &card->critical_chip, &card->fix_chip };

  g_assert (height == 0 || height >= card->natural_height);

  card->rect.x = x;
  card->rect.y = y;
  card->rect.height = height;

  for (guint i = 0; i < G_N_ELEMENTS (chips); i++)
    if (chips[i]->label.layout != NULL)
      {
        move_rect (&chips[i]->rect, x, y);
        move_text_by (&chips[i]->label, x, y);
      }
  move_text_by (&card->name, x, y);
  _polku_map_text_move (&card->channel, x + card->pad,
                        y + MAX (height, card->natural_height) - card->pad - card->channel.height);
}

void
_polku_map_card_copy (PolkuMapCard       *dest,
                      const PolkuMapCard *src)
{
  *dest = *src;
  g_object_ref (dest->touchpoint);
  _polku_map_text_copy (&dest->role_chip.label, &src->role_chip.label);
  _polku_map_text_copy (&dest->critical_chip.label, &src->critical_chip.label);
  _polku_map_text_copy (&dest->fix_chip.label, &src->fix_chip.label);
  _polku_map_text_copy (&dest->name, &src->name);
  _polku_map_text_copy (&dest->channel, &src->channel);
  _polku_map_text_copy (&dest->value, &src->value);
  _polku_map_text_copy (&dest->trend_text, &src->trend_text);
}

void
_polku_map_card_clear (PolkuMapCard *card)
{
  g_clear_object (&card->touchpoint);
  _polku_map_text_clear (&card->role_chip.label);
  _polku_map_text_clear (&card->critical_chip.label);
  _polku_map_text_clear (&card->fix_chip.label);
  _polku_map_text_clear (&card->name);
  _polku_map_text_clear (&card->channel);
  _polku_map_text_clear (&card->value);
  _polku_map_text_clear (&card->trend_text);
}
