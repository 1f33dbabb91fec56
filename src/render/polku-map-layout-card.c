/* polku-map-layout-card.c: the card of a touchpoint on a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"

#define CARD_PAD             10.0
#define CARD_ROW_GAP         5.0
#define CARD_TEXT_MIN_WIDTH  96.0
#define CARD_TEXT_MAX_WIDTH  160.0
#define CHIP_GAP             6.0
#define CHIP_MARKER_GAP      4.0
#define TAG_PAD_X            5.0
#define TAG_PAD_Y            1.5

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

/* The role tag (a marker and its name) and, on critical cards, the
 * "Critical" pill; returns the width the wider of them needs. */
static double
measure_chips (PolkuMapLayout *self,
               PolkuMapCard   *card)
{
  PolkuMapChip *role = &card->role_chip;
  PolkuMapChip *critical = &card->critical_chip;

  _polku_map_text_set_shared (self, &role->label, POLKU_TEXT_TAG,
                              polku_role_get_label (card->role));
  role->rect = (PolkuRect) {
    0, 0,
    POLKU_MAP_MARKER_SIZE + CHIP_MARKER_GAP + role->label.width,
    MAX (POLKU_MAP_MARKER_SIZE, role->label.height)
  };
  if (card->criticality != POLKU_CRITICALITY_CRITICAL)
    return role->rect.width;

  _polku_map_text_set_shared (self, &critical->label, POLKU_TEXT_TAG,
                              polku_criticality_get_label (card->criticality));
  critical->rect = (PolkuRect) {
    0, 0,
    critical->label.width + 2 * TAG_PAD_X,
    critical->label.height + 2 * TAG_PAD_Y
  };
  return MAX (role->rect.width, critical->rect.width);
}

/* The two tags share a line when the card is wide enough, the role left and
 * "Critical" right; else "Critical" goes below. Returns their height. */
static double
flow_chips (PolkuMapCard *card,
            double        text_width)
{
  PolkuMapChip *role = &card->role_chip;
  PolkuMapChip *critical = &card->critical_chip;
  double height;

  role->rect.x = CARD_PAD;
  role->rect.y = CARD_PAD;
  if (critical->label.layout == NULL)
    height = role->rect.height;
  else if (role->rect.width + CHIP_GAP + critical->rect.width <= text_width)
    {
      height = MAX (role->rect.height, critical->rect.height);
      role->rect.y += (height - role->rect.height) / 2;
      critical->rect.x = CARD_PAD + text_width - critical->rect.width;
      critical->rect.y = CARD_PAD + (height - critical->rect.height) / 2;
    }
  else
    {
      critical->rect.x = CARD_PAD;
      critical->rect.y = CARD_PAD + role->rect.height + CARD_ROW_GAP;
      height = role->rect.height + CARD_ROW_GAP + critical->rect.height;
    }

  _polku_map_text_move (&role->label,
                        role->rect.x + POLKU_MAP_MARKER_SIZE + CHIP_MARKER_GAP,
                        role->rect.y + (role->rect.height - role->label.height) / 2);
  if (critical->label.layout != NULL)
    _polku_map_text_move (&critical->label,
                          critical->rect.x + TAG_PAD_X, critical->rect.y + TAG_PAD_Y);
  return height;
}

/* Measures a card at the origin: as wide as its widest word needs, within
 * bounds (a longer word breaks), as tall as its texts need. */
void
_polku_map_card_measure (PolkuMapLayout  *self,
                         PolkuMapCard    *card,
                         PolkuTouchpoint *touchpoint)
{
  const char *name = polku_touchpoint_get_name (touchpoint);
  const char *channel = polku_channel_get_label (polku_touchpoint_get_channel (touchpoint));
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
    .score_y = NAN,
    .target_y = NAN,
    .next_scored = -1,
  };

  chips_width = measure_chips (self, card);
  name_width = _polku_map_text_set_narrow (self, &card->name, POLKU_TEXT_CARD_NAME, name);
  channel_width = _polku_map_text_set_narrow (self, &card->channel, POLKU_TEXT_CARD_DETAIL, channel);
  text_width = MAX (chips_width, MAX (name_width, channel_width));
  text_width = CLAMP (ceil (text_width), CARD_TEXT_MIN_WIDTH, CARD_TEXT_MAX_WIDTH);
  _polku_map_text_rewrap (&card->name, text_width);
  _polku_map_text_rewrap (&card->channel, text_width);

  chips_height = flow_chips (card, text_width);
  _polku_map_text_move (&card->name, CARD_PAD, CARD_PAD + chips_height + CARD_ROW_GAP);

  card->rect.width = text_width + 2 * CARD_PAD;
  card->natural_height = CARD_PAD + chips_height + CARD_ROW_GAP + card->name.height +
                         CARD_ROW_GAP + card->channel.height + CARD_PAD;
}

/* Cards of a lane share a height; the channel sits at the bottom, level
 * across the lane. */
void
_polku_map_card_place (PolkuMapCard *card,
                       double        x,
                       double        y,
                       double        height)
{
  g_assert (height >= card->natural_height);

  card->rect.x = x;
  card->rect.y = y;
  card->rect.height = height;

  move_rect (&card->role_chip.rect, x, y);
  move_text_by (&card->role_chip.label, x, y);
  if (card->critical_chip.label.layout != NULL)
    {
      move_rect (&card->critical_chip.rect, x, y);
      move_text_by (&card->critical_chip.label, x, y);
    }
  move_text_by (&card->name, x, y);
  _polku_map_text_move (&card->channel, x + CARD_PAD, y + height - CARD_PAD - card->channel.height);
}

void
_polku_map_card_clear (PolkuMapCard *card)
{
  g_clear_object (&card->touchpoint);
  _polku_map_text_clear (&card->role_chip.label);
  _polku_map_text_clear (&card->critical_chip.label);
  _polku_map_text_clear (&card->name);
  _polku_map_text_clear (&card->channel);
  _polku_map_text_clear (&card->value);
}
