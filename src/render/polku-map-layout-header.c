/* polku-map-layout-header.c: the title, segment, date, scale and legend of a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-map-layout-private.h"

#define HEADER_GAP       32.0  /* between the title and the legend */
#define TITLE_MIN_WIDTH  260.0
#define TITLE_LINE_GAP   4.0
#define DATE_GAP         16.0  /* between a line of the title's and one beside it */
#define LEGEND_TOP       4.0   /* lowers the legend towards the title's middle */
#define LEGEND_BELOW     14.0  /* between the title block and a legend under it */
#define MAX_TITLE_LINES_BESIDE 2
#define KEY_LABEL_GAP    6.0
#define KEY_COLUMN_GAP   20.0
#define KEY_ROW_GAP      6.0
#define KEY_ROWS         3

static const char *
key_label (PolkuCatalog    *catalog,
           PolkuMapKeyKind  kind)
{
  switch (kind)
    {
    case POLKU_MAP_KEY_CRITICAL:
      /* Translators: legend of the journey map, next to a card with a heavy double border */
      return polku_catalog_gettext (catalog, "Critical");
    case POLKU_MAP_KEY_NON_CRITICAL:
      /* Translators: legend of the journey map, next to a card with a thin border */
      return polku_catalog_gettext (catalog, "Non-critical");
    case POLKU_MAP_KEY_PREREQUISITE:
      /* Translators: legend of the journey map, next to a square marker */
      return polku_catalog_gettext (catalog, "Prerequisite");
    case POLKU_MAP_KEY_OPPORTUNITY:
      /* Translators: legend of the journey map, next to a star marker */
      return polku_catalog_gettext (catalog, "Opportunity");
    case POLKU_MAP_KEY_FIX_FIRST:
      /* Translators: legend of the journey map, next to a ringed red triangle: a touchpoint without a target score counts as below it when its score is below the scale's midpoint */
      return polku_catalog_gettext (catalog, "Fix first: critical or prerequisite below target (no target: below midpoint)");
    case POLKU_MAP_KEY_SCORE:
      /* Translators: legend of the journey map, next to the solid curve and a dot */
      return polku_catalog_gettext (catalog, "As-is: satisfaction score");
    case POLKU_MAP_KEY_TARGET:
      /* Translators: legend of the journey map, next to a dashed curve and a short bar */
      return polku_catalog_gettext (catalog, "To-be: target score");
    case POLKU_MAP_KEY_MIDPOINT:
      /* Translators: legend of the journey map, next to a dashed line */
      return polku_catalog_gettext (catalog, "Scale midpoint");
    case POLKU_MAP_KEY_GATE:
      /* Translators: legend of the journey map, next to the mark of a gate between two steps */
      return polku_catalog_gettext (catalog, "Gate: if this step fails, the next never happens");
    case POLKU_MAP_KEY_TREND:
      /* Translators: legend of the journey map, next to an arrow up and an arrow down */
      return polku_catalog_gettext (catalog, "Rise or fall since the previous measurement round");
    case POLKU_MAP_N_KEYS:
    default:
      g_assert_not_reached ();
    }
}

/* Which encodings the map uses: the legend explains those. */
static void
find_used_keys (PolkuMapLayout *self,
                gboolean        used[POLKU_MAP_N_KEYS])
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      PolkuMapCard *card = POLKU_MAP_CARD_AT (self, i);
      PolkuTouchpoint *touchpoint = card->touchpoint;

      if (self->show_cards)
        {
          used[card->criticality == POLKU_CRITICALITY_CRITICAL ?
               POLKU_MAP_KEY_CRITICAL : POLKU_MAP_KEY_NON_CRITICAL] = TRUE;
          used[card->role == POLKU_ROLE_PREREQUISITE ?
               POLKU_MAP_KEY_PREREQUISITE : POLKU_MAP_KEY_OPPORTUNITY] = TRUE;
        }
      if (card->alert)
        used[POLKU_MAP_KEY_FIX_FIRST] = TRUE;
      if (self->show_plot && polku_touchpoint_has_score (touchpoint))
        used[POLKU_MAP_KEY_SCORE] = TRUE;
      if (self->show_plot && polku_touchpoint_has_target (touchpoint))
        used[POLKU_MAP_KEY_TARGET] = TRUE;
      if (card->trend != POLKU_TREND_NONE)
        used[POLKU_MAP_KEY_TREND] = TRUE;
    }
  used[POLKU_MAP_KEY_MIDPOINT] = self->show_plot;
  for (guint i = 0; i < self->steps->len; i++)
    if (POLKU_MAP_STEP_AT (self, i)->gate)
      used[POLKU_MAP_KEY_GATE] = TRUE;
}

/* Places the legend's entries in columns of rows entries, relative to its
 * top left corner. */
static void
place_keys (PolkuMapLayout *self,
            guint           rows,
            double          row_height,
            double         *width,
            double         *height)
{
  double x = 0;
  double column_width = 0;

  *height = 0;
  *width = 0;
  for (guint i = 0; i < self->keys->len; i++)
    {
      PolkuMapKey *key = &g_array_index (self->keys, PolkuMapKey, i);
      guint row = i % rows;
      double y = row * (row_height + KEY_ROW_GAP);

      if (row == 0 && i > 0)
        {
          x += column_width + KEY_COLUMN_GAP;
          column_width = 0;
        }
      key->glyph = (PolkuRect) {
        x, y + (row_height - POLKU_MAP_KEY_HEIGHT) / 2,
        POLKU_MAP_KEY_WIDTH, POLKU_MAP_KEY_HEIGHT
      };
      _polku_map_text_move (&key->label, x + POLKU_MAP_KEY_WIDTH + KEY_LABEL_GAP,
                            y + (row_height - key->label.height) / 2);
      column_width = MAX (column_width, POLKU_MAP_KEY_WIDTH + KEY_LABEL_GAP + key->label.width);
      *height = MAX (*height, y + row_height);
      *width = x + column_width;
    }
}

/* The legend in columns of KEY_ROWS entries, or of more when that is wider
 * than max_width, placed relative to its top left corner: a map wrapped
 * narrow keeps its legend within its rows. */
static void
measure_legend (PolkuMapLayout *self,
                double          max_width,
                double         *width,
                double         *height)
{
  gboolean used[POLKU_MAP_N_KEYS] = { FALSE };
  double row_height = POLKU_MAP_KEY_HEIGHT;

  find_used_keys (self, used);
  for (guint i = 0; i < POLKU_MAP_N_KEYS; i++)
    {
      PolkuMapKey key = { .kind = i };

      if (!used[i])
        continue;
      _polku_map_text_set (self, &key.label, POLKU_TEXT_LEGEND, key_label (self->catalog, i), -1);
      row_height = MAX (row_height, key.label.height);
      g_array_append_val (self->keys, key);
    }

  for (guint rows = KEY_ROWS;; rows++)
    {
      place_keys (self, rows, row_height, width, height);
      if (*width <= max_width || rows >= self->keys->len)
        break;
    }
}

static void
move_legend (PolkuMapLayout *self,
             double          dx,
             double          dy)
{
  for (guint i = 0; i < self->keys->len; i++)
    {
      PolkuMapKey *key = &g_array_index (self->keys, PolkuMapKey, i);

      key->glyph.x += dx;
      key->glyph.y += dy;
      _polku_map_text_move (&key->label, key->label.x + dx, key->label.y + dy);
    }
}

static void
set_title_texts (PolkuMapLayout *self)
{
  const char *title = polku_journey_get_title (self->journey);
  const char *segment = polku_journey_get_segment (self->journey);
  g_autofree char *scale = NULL;
  g_autofree char *date = NULL;

  if (title == NULL || title[0] == '\0')
    /* Translators: the title of a journey map whose journey has none */
    title = polku_catalog_gettext (self->catalog, "Untitled journey");
  _polku_map_text_set (self, &self->title, POLKU_TEXT_TITLE, title, -1);

  if (segment != NULL && segment[0] != '\0')
    {
      g_autofree char *line = NULL;

      /* Translators: under the title of a journey map; %s is the customer segment */
      line = g_strdup_printf (polku_catalog_gettext (self->catalog, "Customer segment: %s"), segment);
      _polku_map_text_set (self, &self->segment, POLKU_TEXT_SUBTITLE, line, -1);
    }

  /* Translators: under the title of a journey map, e.g. "Satisfaction scale 1–5" */
  scale = g_strdup_printf (polku_catalog_gettext (self->catalog, "Satisfaction scale %d–%d"),
                           self->scale_min, self->scale_max);
  _polku_map_text_set (self, &self->scale, POLKU_TEXT_CAPTION, scale, -1);

  date = _polku_map_format_journey_date (self->journey, self->catalog);
  if (date != NULL)
    _polku_map_text_set (self, &self->date, POLKU_TEXT_CAPTION, date, -1);
}

char *
_polku_map_format_journey_date (PolkuJourney *journey,
                                PolkuCatalog *catalog)
{
  GDateTime *modified = polku_journey_get_modified (journey);
  GDateTime *created = polku_journey_get_created (journey);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  if (modified == NULL && created == NULL)
    return NULL;

  /* The date as the map's language writes it, such as 23.11.2026; at
   * the edge of the years GLib holds, in the file's own offset. */
  local = g_date_time_to_local (modified != NULL ? modified : created);
  if (local == NULL)
    local = g_date_time_ref (modified != NULL ? modified : created);
  date = polku_catalog_format_date (catalog, local);
  if (modified != NULL)
    /* Translators: under the title of a journey map; %s is the date the journey was last changed */
    return g_strdup_printf (polku_catalog_gettext (catalog, "Updated %s"), date);
  /* Translators: under the title of a journey map; %s is the date the journey was made */
  return g_strdup_printf (polku_catalog_gettext (catalog, "Created %s"), date);
}

/* Wraps the title, segment and scale at width, one under another; returns
 * their height. */
static double
place_title_texts (PolkuMapLayout *self,
                   double          x,
                   double          y,
                   double          width)
{
  PolkuMapText *texts[] = { &self->title, &self->segment, &self->scale, &self->date };
  double top = y;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (texts[i]->layout == NULL)
        continue;
      /* On a page, the scale and the date go beside the segment when
       * they fit. */
      if (self->compact && i >= 2 && texts[i - 1]->layout != NULL)
        {
          PolkuMapText *before = texts[i - 1];

          _polku_map_text_rewrap (texts[i], width);
          if (before->x + before->width + DATE_GAP + texts[i]->width <= x + width &&
              pango_layout_get_line_count (before->layout) == 1)
            {
              _polku_map_text_move (texts[i], before->x + before->width + DATE_GAP, before->y);
              continue;
            }
        }
      if (i > 0)
        y += TITLE_LINE_GAP;
      _polku_map_text_rewrap (texts[i], width);
      _polku_map_text_move (texts[i], x, y);
      y += texts[i]->height;
    }
  return y - top;
}

/* The legend goes beside the title when the title fits there on two lines,
 * else under it. */
double
_polku_map_layout_header (PolkuMapLayout *self,
                          double          x,
                          double          y,
                          double          min_width)
{
  double legend_width;
  double legend_height;
  double title_height;
  double beside;
  double width;

  g_assert (POLKU_IS_MAP_LAYOUT (self));

  measure_legend (self, MAX (min_width, TITLE_MIN_WIDTH), &legend_width, &legend_height);
  set_title_texts (self);
  width = MAX (min_width, MAX (legend_width, TITLE_MIN_WIDTH));
  beside = width - HEADER_GAP - legend_width;

  /* A title wider than MAX_TITLE_LINES_BESIDE lines of beside unwrapped
   * takes more lines than that wrapped: it is not wrapped to see. */
  if (beside >= TITLE_MIN_WIDTH && self->title.width <= MAX_TITLE_LINES_BESIDE * beside)
    {
      title_height = place_title_texts (self, x, y, beside);
      if (pango_layout_get_line_count (self->title.layout) <= MAX_TITLE_LINES_BESIDE)
        {
          move_legend (self, x + width - legend_width, y + LEGEND_TOP);
          self->header = (PolkuRect) {
            x, y, width, MAX (title_height, LEGEND_TOP + legend_height)
          };
          return width;
        }
    }

  title_height = place_title_texts (self, x, y, width);
  move_legend (self, x, y + title_height + LEGEND_BELOW);
  self->header = (PolkuRect) { x, y, width, title_height + LEGEND_BELOW + legend_height };
  return width;
}
