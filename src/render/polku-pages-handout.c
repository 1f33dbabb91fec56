/* polku-pages-handout.c: a handout for front-line training
 *
 * A cover first: the journey's title, its whole map in miniature, the
 * legend of the map's signs and the fix-first list. Then each step that
 * the handout covers starts a page: its phase, name and gate, its slice of
 * the map large enough to read (a slice taller than a page goes on over
 * the next, cut between lanes), then every touchpoint: tags, score and
 * target, and those of the method's answers that are written (the
 * customer's expectation, the target level, the way of working,
 * measurement and follow-up, what the front line needs, the support
 * functions behind it). Text that does not fit flows on to the next page
 * under the step's name. No text is smaller than 8 points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-draw-private.h"
#include "polku-map-shapes-private.h"
#include "polku-pages-private.h"
#include "polku-palette.h"
#include "polku-text-cache-private.h"

#define LABEL_WIDTH     132.0  /* the column of field names */
#define COLUMN_GAP      12.0
#define HEADING_GAP     4.0
#define SECTION_GAP     14.0
#define ROW_GAP         5.0
#define TAG_GAP         10.0
#define TAG_MARKER_GAP  4.0
#define PILL_PAD_X      4.5
#define PILL_PAD_Y      1.0
#define SLICE_SCALE     0.85   /* a slice's 11-point text prints at 9.35 points */
#define SLICE_BORDER    0.5
#define SLICE_PAGE_SHARE 0.75  /* of the body's height, a lane at most */
#define OVERVIEW_SHARE  0.4    /* of the body's height, the cover's map at most */
#define BAND_LABEL_PAD  4.0
#define KEY_GAP         6.0
#define KEY_COLUMNS     2
#define KEEP_TOGETHER   90.0   /* a touchpoint's name, tags, score and first field */
#define HEADING_LINES   2      /* of a continued page's head; a longer one is cut */

typedef enum
{
  INK_TEXT,
  INK_MUTED,
  INK_ALERT,
} Ink;

typedef enum
{
  ITEM_TEXT,      /* a text, or the part of it that fits */
  ITEM_TAGS,      /* a touchpoint's tags, in shapes and words */
  ITEM_GATE,      /* a gate step's sign and explanation */
  ITEM_SLICE,     /* a step's column of the map, or a part of it */
  ITEM_OVERVIEW,  /* the whole map without its words */
  ITEM_PHASE,     /* a phase's name on the miniature */
  ITEM_KEY,       /* the sign of a legend's entry */
  ITEM_RULE,      /* a line between touchpoints */
} ItemKind;

typedef struct
{
  ItemKind         kind;
  PolkuRect        rect;
  PolkuMapText     text;     /* ITEM_TEXT and ITEM_GATE; ITEM_SLICE: its band's name */
  Ink              ink;
  double           offset;   /* ITEM_TEXT: where in the text the part begins */
  PolkuMapCard     tags;     /* ITEM_TAGS: criticality, role, alert and chips */
  guint            step;     /* ITEM_SLICE: in the map's steps */
  double           scale;    /* ITEM_SLICE and ITEM_OVERVIEW */
  double           top;      /* ITEM_SLICE and ITEM_OVERVIEW: the map's y at rect's top */
  PolkuMapKeyKind  key;      /* ITEM_KEY */
  PolkuPhaseKind   phase;    /* ITEM_PHASE */
} Item;

struct _PolkuHandoutPage
{
  GArray *items;          /* Item */
  char   *foot;
};

typedef struct
{
  PolkuPages       *self;
  PolkuHandoutPage *page;
  PolkuCatalog     *catalog;
  double            y;
  double            top;         /* under the page's head: nothing placed yet */
  const char       *step_name;   /* for the head of a continued page */
  PolkuMapText      heading;     /* that head, once a page needs it */
  char             *foot;
  gboolean          full;        /* the budget of pages is spent */
} Flow;

static void
clear_item (gpointer data)
{
  Item *item = data;

  _polku_map_text_clear (&item->text);
  _polku_map_card_clear (&item->tags);
}

void
_polku_handout_page_free (gpointer data)
{
  PolkuHandoutPage *page = data;

  g_array_unref (page->items);
  g_free (page->foot);
  g_free (page);
}

static double
body_bottom (Flow *flow)
{
  return flow->self->body.y + flow->self->body.height;
}

static double
body_right (Flow *flow)
{
  return flow->self->body.x + flow->self->body.width;
}

static Item *
add_item (Flow     *flow,
          ItemKind  kind)
{
  Item item = { .kind = kind };

  g_array_append_val (flow->page->items, item);
  return &g_array_index (flow->page->items, Item, flow->page->items->len - 1);
}

/* A text wrapped at width, placed at (x, y) and taken from the cache. */
static void
set_text (PolkuMapText   *text,
          PolkuTextStyle  style,
          const char     *str,
          double          width,
          double          x,
          double          y)
{
  PolkuTextMeasure measure;

  _polku_text_cache_measure (style, str, width, PANGO_ALIGN_LEFT, &measure);
  text->layout = g_object_ref (measure.layout);
  text->style = style;
  text->x = x;
  text->y = y;
  text->width = measure.width;
  text->height = measure.height;
}

static void add_continued_heading (Flow *flow);

/* Starts a page, under the step's name when it goes on with the step;
 * FALSE when the pages' budget is spent, and then no page is made: the
 * flow is full, and places nothing more. */
static gboolean
new_page (Flow    *flow,
          gboolean continued)
{
  PolkuHandoutPage *page;

  if (flow->full)
    return FALSE;
  if (!polku_render_budget_check_pages (polku_render_budget_get_default (),
                                        flow->self->handout_pages->len + 1, &flow->self->error))
    {
      flow->full = TRUE;
      return FALSE;
    }

  page = g_new0 (PolkuHandoutPage, 1);
  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (page->items, clear_item);
  page->foot = g_strdup (flow->foot);
  g_ptr_array_add (flow->self->handout_pages, page);
  flow->page = page;
  flow->y = flow->self->body.y;
  if (continued)
    add_continued_heading (flow);
  flow->top = flow->y;
  return TRUE;
}

static gboolean
page_is_fresh (Flow *flow)
{
  return flow->y <= flow->top;
}

/* Makes room for height more, on a new page when this one is full. */
static void
make_room (Flow   *flow,
           double  height)
{
  if (flow->y + height > body_bottom (flow) && !page_is_fresh (flow))
    new_page (flow, TRUE);
}

/* The y of the bottom of each line of a text, from its top. */
static GArray *
line_bottoms (PangoLayout *layout)
{
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return bottoms;
}

/* The end of the lines from first on that fit in room: first itself when
 * not even that line does. */
static guint
lines_that_fit (GArray *bottoms,
                guint   first,
                double  room)
{
  double top = first > 0 ? g_array_index (bottoms, double, first - 1) : 0;
  guint end = first;

  while (end < bottoms->len && g_array_index (bottoms, double, end) - top <= room)
    end++;
  return end;
}

/* Places a text at x in the flow, with a label at label_x beside its first
 * line when label is not NULL; a text longer than the page left goes on
 * over the next pages a line at a time. Every turn of the loop places a
 * line at least, so a text of n lines takes at most n turns. */
static void
flow_text (Flow           *flow,
           PolkuTextStyle  style,
           Ink             ink,
           const char     *str,
           double          x,
           double          width,
           const char     *label,
           double          label_x)
{
  PolkuMapText text = { 0 };
  PolkuMapText label_text = { 0 };
  g_autoptr(GArray) bottoms = NULL;
  double done = 0;
  double first_height;
  guint first = 0;

  if (flow->full)
    return;

  set_text (&text, style, str, width, x, 0);
  if (label != NULL)
    set_text (&label_text, POLKU_TEXT_HANDOUT_LABEL, label, LABEL_WIDTH, label_x, 0);

  bottoms = line_bottoms (text.layout);
  first_height = MAX (g_array_index (bottoms, double, 0), label_text.height);
  make_room (flow, MIN (MAX (text.height, label_text.height), first_height * 3));

  while (first < bottoms->len && !flow->full)
    {
      guint end = lines_that_fit (bottoms, first, body_bottom (flow) - flow->y);
      double part;
      double advance;
      Item *item;

      /* As many whole lines as fit; on a new page if none does here, and
       * one at least on a fresh page, cut at the page's foot if it is
       * taller than the page. */
      if (end == first && !page_is_fresh (flow))
        {
          if (!new_page (flow, TRUE))
            break;
          end = lines_that_fit (bottoms, first, body_bottom (flow) - flow->y);
        }
      end = MAX (end, first + 1);
      part = g_array_index (bottoms, double, end - 1) - done;
      first = end;

      advance = part;
      if (label_text.layout != NULL)
        {
          item = add_item (flow, ITEM_TEXT);
          item->text = label_text;
          item->text.y = flow->y;
          item->ink = INK_MUTED;
          item->rect = (PolkuRect) { label_x, flow->y, LABEL_WIDTH, label_text.height };
          advance = MAX (advance, label_text.height);
          label_text = (PolkuMapText) { 0 };
        }

      item = add_item (flow, ITEM_TEXT);
      item->text = text;
      g_object_ref (item->text.layout);
      item->text.y = flow->y - done;
      item->ink = ink;
      item->offset = done;
      item->rect = (PolkuRect) { x, flow->y, width, MIN (part, body_bottom (flow) - flow->y) };
      flow->y += advance;
      done += part;
    }
  _polku_map_text_clear (&text);
  _polku_map_text_clear (&label_text);
}

/* The step whose pages go on under its name from now; NULL for none. */
static void
set_continued_step (Flow       *flow,
                    const char *step_name)
{
  flow->step_name = step_name;
  _polku_map_text_clear (&flow->heading);
}

/* The step's name over a page that goes on with it; a name longer than
 * HEADING_LINES lines is cut there with an ellipsis, so that the page
 * always has room for more. */
static void
add_continued_heading (Flow *flow)
{
  PolkuMapText *heading = &flow->heading;
  Item *item;

  if (flow->step_name == NULL)
    return;
  if (heading->layout == NULL)
    {
      /* Translators: the head of a handout page that goes on with the step of the page before */
      g_autofree char *str = g_strdup_printf (polku_catalog_gettext (flow->catalog, "%s (continued)"),
                                              flow->step_name);

      heading->style = POLKU_TEXT_HANDOUT_HEADING;
      heading->layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (),
                                                        heading->style, str,
                                                        flow->self->body.width, HEADING_LINES);
      _polku_text_layout_get_size (heading->layout, &heading->width, &heading->height);
      heading->x = flow->self->body.x;
    }
  item = add_item (flow, ITEM_TEXT);
  item->text = *heading;
  g_object_ref (item->text.layout);
  item->text.y = flow->y;
  item->ink = INK_MUTED;
  item->rect = (PolkuRect) { heading->x, flow->y, heading->width, heading->height };
  flow->y += heading->height + SECTION_GAP;
}

/* White space, but none at the top of a page. */
static void
add_gap (Flow   *flow,
         double  gap)
{
  if (!page_is_fresh (flow))
    flow->y = MIN (flow->y + gap, body_bottom (flow));
}


/* A text across the body. */
static void
add_line (Flow           *flow,
          PolkuTextStyle  style,
          Ink             ink,
          const char     *str)
{
  flow_text (flow, style, ink, str, flow->self->body.x, flow->self->body.width, NULL, 0);
}

/* The tags of a touchpoint as on its card: the role's marker and name,
 * "Critical" in a pill, the warning sign and "Fix first"; then the
 * channel. */
static void
add_tags (Flow            *flow,
          PolkuTouchpoint *touchpoint)
{
  PolkuJourney *journey = flow->self->journey;
  PolkuMapCard card = {
    .criticality = polku_touchpoint_get_criticality (touchpoint),
    .role = polku_touchpoint_get_role (touchpoint),
    .alert = polku_metrics_needs_fixing (journey, touchpoint),
  };
  const char *channel = polku_describe_channel_in (touchpoint, flow->catalog);
  double x = flow->self->body.x;
  double height;
  Item *item;

  set_text (&card.role_chip.label, POLKU_TEXT_TAG, polku_role_get_label_in (card.role, flow->catalog),
            -1, 0, 0);
  set_text (&card.critical_chip.label, POLKU_TEXT_TAG,
            polku_criticality_get_label_in (card.criticality, flow->catalog), -1, 0, 0);
  if (card.alert)
    /* Translators: a tag on a touchpoint's card on the journey map: it is on the fix-first list */
    set_text (&card.fix_chip.label, POLKU_TEXT_TAG, polku_catalog_gettext (flow->catalog, "Fix first"),
              -1, 0, 0);

  /* Across: the role's marker and name; "Critical" in a dark pill,
   * "Non-critical" as plain words in a thin one; "Fix first"; and the
   * channel on one line in what is left, cut with an ellipsis. */
  card.role_chip.label.x = x + POLKU_MAP_MARKER_SIZE + TAG_MARKER_GAP;
  x = card.role_chip.label.x + card.role_chip.label.width + TAG_GAP;
  card.critical_chip.rect.x = x;
  card.critical_chip.label.x = x + PILL_PAD_X;
  x += card.critical_chip.label.width + 2 * PILL_PAD_X + TAG_GAP;
  if (card.alert)
    {
      card.fix_chip.rect.x = x;
      card.fix_chip.label.x = x + POLKU_MAP_MARKER_SIZE + TAG_MARKER_GAP;
      x = card.fix_chip.label.x + card.fix_chip.label.width + TAG_GAP;
    }
  card.channel.style = POLKU_TEXT_HANDOUT_BODY;
  card.channel.x = x + TAG_GAP;
  card.channel.layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (),
                                                        card.channel.style, channel != NULL ? channel : "",
                                                        MAX (1, body_right (flow) - card.channel.x), 1);
  _polku_text_layout_get_size (card.channel.layout, &card.channel.width, &card.channel.height);

  height = MAX (card.role_chip.label.height + 2 * PILL_PAD_Y, card.channel.height);
  make_room (flow, height);

  /* Down: each centred on the line. */
  card.role_chip.rect = (PolkuRect) { flow->self->body.x, flow->y, POLKU_MAP_MARKER_SIZE, height };
  card.role_chip.label.y = flow->y + (height - card.role_chip.label.height) / 2;
  card.critical_chip.rect.y = flow->y + (height - card.critical_chip.label.height) / 2 - PILL_PAD_Y;
  card.critical_chip.rect.width = card.critical_chip.label.width + 2 * PILL_PAD_X;
  card.critical_chip.rect.height = card.critical_chip.label.height + 2 * PILL_PAD_Y;
  card.critical_chip.label.y = card.critical_chip.rect.y + PILL_PAD_Y;
  if (card.alert)
    {
      card.fix_chip.rect = (PolkuRect) { card.fix_chip.rect.x, flow->y, POLKU_MAP_MARKER_SIZE, height };
      card.fix_chip.label.y = flow->y + (height - card.fix_chip.label.height) / 2;
    }
  card.channel.y = flow->y + (height - card.channel.height) / 2;

  item = add_item (flow, ITEM_TAGS);
  item->tags = card;
  item->rect = (PolkuRect) { flow->self->body.x, flow->y, card.channel.x + card.channel.width, height };
  flow->y += height;
}

/* "Satisfaction 3.2, target 4.5, on a scale of 1–5", and how far below
 * its target or the midpoint the score is. */
static char *
dup_scores (Flow            *flow,
            PolkuTouchpoint *touchpoint)
{
  PolkuJourney *journey = flow->self->journey;
  PolkuCatalog *catalog = flow->catalog;
  g_autofree char *score = NULL;
  g_autofree char *target = NULL;
  g_autofree char *line = NULL;
  g_autofree char *gap = NULL;
  double below = polku_metrics_gap (journey, touchpoint);

  if (polku_touchpoint_has_score (touchpoint))
    {
      g_autofree char *value = polku_catalog_format_number (catalog, polku_touchpoint_get_score (touchpoint), 1);

      /* Translators: in a training handout; %s is a touchpoint's satisfaction score */
      score = g_strdup_printf (polku_catalog_gettext (catalog, "Satisfaction %s"), value);
    }
  else
    /* Translators: in a training handout, for a touchpoint that has no satisfaction score */
    score = g_strdup (polku_catalog_gettext (catalog, "Not scored"));
  if (polku_touchpoint_has_target (touchpoint))
    {
      g_autofree char *value = polku_catalog_format_number (catalog, polku_touchpoint_get_target (touchpoint), 1);

      /* Translators: in a training handout; %s is a touchpoint's target score */
      target = g_strdup_printf (polku_catalog_gettext (catalog, "target %s"), value);
    }
  else
    /* Translators: in a training handout, for a touchpoint that has no target score */
    target = g_strdup (polku_catalog_gettext (catalog, "no target"));

  /* Translators: in a training handout: the score, the target, and the scale's ends, as in "Satisfaction 3.2, target 4.5, on a scale of 1–5" */
  line = g_strdup_printf (polku_catalog_gettext (catalog, "%s, %s, on a scale of %d–%d"), score, target,
                          polku_journey_get_scale_min (journey), polku_journey_get_scale_max (journey));
  if (below <= 0)
    return g_steal_pointer (&line);

  gap = polku_catalog_format_number (catalog, below, 1);
  if (polku_touchpoint_has_target (touchpoint))
    /* Translators: in a training handout, after a touchpoint's scores; %s is how far the score is below the target */
    return g_strdup_printf (polku_catalog_gettext (catalog, "%s: %s below its target"), line, gap);
  /* Translators: in a training handout, after the scores of a touchpoint without a target; %s is how far the score is below the scale's midpoint */
  return g_strdup_printf (polku_catalog_gettext (catalog, "%s: %s below the scale’s midpoint"), line, gap);
}

static void
add_scores (Flow            *flow,
            PolkuTouchpoint *touchpoint)
{
  g_autofree char *line = dup_scores (flow, touchpoint);
  g_autofree char *round = polku_describe_round_in (flow->self->journey, touchpoint, flow->catalog);

  add_line (flow, POLKU_TEXT_HANDOUT_BODY,
            polku_metrics_needs_fixing (flow->self->journey, touchpoint) ? INK_ALERT : INK_TEXT,
            line);
  /* How the latest survey round went against the one before. */
  if (round != NULL)
    add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_TEXT, round);
}

static gboolean
has_text (const char *value)
{
  return value != NULL && value[0] != '\0';
}

static void
add_touchpoint (Flow            *flow,
                PolkuTouchpoint *touchpoint,
                gboolean         first)
{
  static const PolkuTouchpointField fields[] = {
    POLKU_TOUCHPOINT_FIELD_EXPECTATION,
    POLKU_TOUCHPOINT_FIELD_TARGET_LEVEL,
    POLKU_TOUCHPOINT_FIELD_WAY_OF_WORKING,
    POLKU_TOUCHPOINT_FIELD_MEASUREMENT,
    POLKU_TOUCHPOINT_FIELD_FRONT_LINE,
    POLKU_TOUCHPOINT_FIELD_SUPPORT,
    POLKU_TOUCHPOINT_FIELD_OWNER,
  };
  const PolkuRect *body = &flow->self->body;
  double text_x = body->x + LABEL_WIDTH + COLUMN_GAP;
  double text_width = body->width - LABEL_WIDTH - COLUMN_GAP;
  gboolean described = FALSE;
  Item *rule;

  if (flow->full)
    return;

  /* The rule, name, tags and score keep together with the first field. */
  if (!first)
    {
      add_gap (flow, SECTION_GAP / 2);
      make_room (flow, SECTION_GAP / 2 + KEEP_TOGETHER);
      /* Under a page's head, the rule has nothing to set apart. */
      if (!page_is_fresh (flow))
        {
          rule = add_item (flow, ITEM_RULE);
          rule->rect = (PolkuRect) { body->x, flow->y, body->width, 0 };
          add_gap (flow, SECTION_GAP / 2);
        }
    }
  make_room (flow, KEEP_TOGETHER);
  add_line (flow, POLKU_TEXT_HANDOUT_NAME, INK_TEXT, polku_touchpoint_get_name (touchpoint));
  add_gap (flow, ROW_GAP);
  add_tags (flow, touchpoint);
  add_gap (flow, ROW_GAP);
  add_scores (flow, touchpoint);

  /* The method's answers that are written; one line saying so when none
   * is. Who owns it is no answer of the method. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = polku_touchpoint_get_field (touchpoint, fields[i]);

      if (!has_text (value))
        continue;
      if (fields[i] != POLKU_TOUCHPOINT_FIELD_OWNER)
        described = TRUE;
      add_gap (flow, ROW_GAP);
      flow_text (flow, POLKU_TEXT_HANDOUT_BODY, INK_TEXT, value, text_x, text_width,
                 polku_touchpoint_field_get_label_in (fields[i], flow->catalog), body->x);
    }
  if (!described)
    {
      add_gap (flow, ROW_GAP);
      /* Translators: in a training handout, for a touchpoint none of whose method fields (expectation, target level, way of working…) has text */
      add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED,
                polku_catalog_gettext (flow->catalog, "Not described yet"));
    }
}

/* Where the slices of a step begin and end down the map: its band's top,
 * then every lane's bottom. A slice is cut there when it is taller than a
 * page. */
static GArray *
slice_breaks (PolkuMapLayout *map,
              PolkuMapStep   *step)
{
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (double));
  PolkuMapRow *row = POLKU_MAP_ROW_AT (map, 0);
  double top = POLKU_MAP_PHASE_AT (map, 0)->column.y;
  double bottom = step->column.y + step->column.height;

  g_array_append_val (breaks, top);
  for (guint i = 0; i < row->lanes->len; i++)
    {
      const PolkuRect *lane = &g_array_index (row->lanes, PolkuMapLane, i).rect;
      double end = lane->y + lane->height;

      if (end > top && end < bottom)
        g_array_append_val (breaks, end);
    }
  g_array_append_val (breaks, bottom);
  return breaks;
}

/* The name of the phase for its band over a slice width wide. */
static void
set_band_label (Flow         *flow,
                PolkuMapText *text,
                PolkuPhase   *phase,
                double        width)
{
  text->style = POLKU_TEXT_PHASE;
  text->layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (), text->style,
                                                 polku_phase_get_display_label_in (phase, flow->catalog),
                                                 MAX (1, width), 1);
}

/* The step's column of the map with the lane names beside it, at 85 %:
 * large enough to read, and leaving the page room for the touchpoints;
 * smaller only when the column is wider than the page or a lane taller. A
 * slice taller than the page left goes on over the next pages, cut
 * between lanes. */
static void
add_slice (Flow       *flow,
           PolkuPhase *phase,
           guint       step_index)
{
  PolkuPages *self = flow->self;
  PolkuMapStep *step = POLKU_MAP_STEP_AT (self->map, step_index);
  PolkuMapRow *row = POLKU_MAP_ROW_AT (self->map, 0);
  double gutter = row->content_left - self->map->margin;
  double width = gutter + step->column.width;
  double scale = MIN (SLICE_SCALE, self->body.width / width);
  g_autoptr(GArray) breaks = slice_breaks (self->map, step);
  double tallest = 0;
  guint from = 0;

  /* Every lane, and the headings, fit a page under a continued page's
   * head. */
  for (guint i = 0; i + 1 < breaks->len; i++)
    tallest = MAX (tallest, g_array_index (breaks, double, i + 1) - g_array_index (breaks, double, i));
  if (tallest * scale > self->body.height * SLICE_PAGE_SHARE)
    scale = self->body.height * SLICE_PAGE_SHARE / tallest;

  while (from + 1 < breaks->len && !flow->full)
    {
      double top = g_array_index (breaks, double, from);
      double room;
      guint to = from + 1;
      Item *item;

      /* As many lanes as fit here; on a new page when not even one does,
       * and one at least on a fresh page. */
      room = body_bottom (flow) - flow->y;
      while (to + 1 < breaks->len && (g_array_index (breaks, double, to + 1) - top) * scale <= room)
        to++;
      if ((g_array_index (breaks, double, to) - top) * scale > room && !page_is_fresh (flow))
        {
          if (!new_page (flow, TRUE))
            break;
          continue;
        }

      item = add_item (flow, ITEM_SLICE);
      item->step = step_index;
      item->scale = scale;
      item->top = top;
      item->rect = (PolkuRect) {
        self->body.x, flow->y, width * scale,
        MIN ((g_array_index (breaks, double, to) - top) * scale, body_bottom (flow) - flow->y)
      };
      if (from == 0)
        set_band_label (flow, &item->text, phase,
                        step->column.width - 2 * BAND_LABEL_PAD);
      flow->y += item->rect.height;
      from = to;
    }
  self->smallest_text = MIN (self->smallest_text,
                             _polku_map_layout_get_smallest_text_size (self->map) * scale);
}

static void
add_gate (Flow *flow)
{
  PolkuMapText text = { 0 };
  Item *item;
  double x = flow->self->body.x + POLKU_MAP_GATE_WIDTH + TAG_MARKER_GAP + 2;

  set_text (&text, POLKU_TEXT_HANDOUT_BODY,
            /* Translators: in a training handout, under the name of a gate step */
            polku_catalog_gettext (flow->catalog, "Gate: if this step fails, the next never happens"),
            flow->self->body.width - (x - flow->self->body.x), x, flow->y);
  make_room (flow, text.height);
  text.y = flow->y;
  item = add_item (flow, ITEM_GATE);
  item->text = text;
  item->rect = (PolkuRect) { flow->self->body.x, flow->y, flow->self->body.width, text.height };
  flow->y += text.height;
}

static void
add_step (Flow       *flow,
          PolkuPhase *phase,
          guint       position,
          guint       step_index)
{
  PolkuStep *step = polku_phase_get_step (phase, position);
  const char *phase_label = polku_phase_get_display_label_in (phase, flow->catalog);
  guint n_touchpoints = polku_step_get_n_touchpoints (step);
  g_autofree char *where = NULL;

  g_free (flow->foot);
  /* Translators: in the foot of a handout page: the phase, then the step */
  flow->foot = g_strdup_printf (polku_catalog_gettext (flow->catalog, "%s: %s"), phase_label,
                                polku_step_get_name (step));
  set_continued_step (flow, NULL);
  if (!new_page (flow, FALSE))
    return;

  /* Translators: over a step's name in a training handout: the phase, the step's number and how many the phase has */
  where = g_strdup_printf (polku_catalog_gettext (flow->catalog, "%s, step %u of %u"), phase_label,
                           position + 1, polku_phase_get_n_steps (phase));
  add_line (flow, POLKU_TEXT_HANDOUT_LABEL, INK_MUTED, where);
  add_gap (flow, HEADING_GAP);
  add_line (flow, POLKU_TEXT_HANDOUT_TITLE, INK_TEXT, polku_step_get_name (step));
  set_continued_step (flow, polku_step_get_name (step));
  if (polku_step_get_gate (step))
    {
      add_gap (flow, HEADING_GAP);
      add_gate (flow);
    }
  add_gap (flow, SECTION_GAP);
  add_slice (flow, phase, step_index);
  add_gap (flow, SECTION_GAP);

  if (n_touchpoints == 0)
    /* Translators: in a training handout, for a step without touchpoints */
    add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED,
              polku_catalog_gettext (flow->catalog, "No touchpoints in this step yet."));
  for (guint i = 0; i < n_touchpoints; i++)
    add_touchpoint (flow, polku_step_get_touchpoint (step, i), i == 0);
}

/* A phase without steps still has its page, saying so. */
static void
add_empty_phase (Flow       *flow,
                 PolkuPhase *phase)
{
  const char *label = polku_phase_get_display_label_in (phase, flow->catalog);

  g_free (flow->foot);
  flow->foot = g_strdup (label);
  set_continued_step (flow, NULL);
  if (!new_page (flow, FALSE))
    return;
  add_line (flow, POLKU_TEXT_HANDOUT_TITLE, INK_TEXT, label);
  add_gap (flow, SECTION_GAP);
  /* Translators: in a training handout, for a phase without steps */
  add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED,
            polku_catalog_gettext (flow->catalog, "No steps in this phase yet."));
}

/* The cover */

/* Whether the handout covers a step: all do unless phases or steps are
 * chosen. */
static gboolean
covers_step (PolkuPages *self,
             PolkuPhase *phase,
             PolkuStep  *step)
{
  if (self->handout_phases == 0 && self->handout_steps == NULL)
    return TRUE;
  return (self->handout_phases & (1u << polku_phase_get_kind (phase))) != 0 ||
         (self->handout_steps != NULL && g_hash_table_contains (self->handout_steps, polku_step_get_id (step)));
}

/* The whole map in miniature, without its header or words: its phases
 * named on their bands. */
static void
add_overview (Flow *flow)
{
  PolkuPages *self = flow->self;
  double height = self->body.height * OVERVIEW_SHARE;
  g_autoptr(PolkuMapLayout) map = _polku_map_layout_new_full (self->journey, flow->catalog, -1,
                                                              self->body.width, height);
  double top = map->phases->len > 0 ? POLKU_MAP_PHASE_AT (map, 0)->column.y : map->margin;
  double map_height = polku_map_layout_get_height (map) - top;
  double scale = MIN (1.0, MIN (self->body.width / polku_map_layout_get_width (map),
                                height / map_height));
  PolkuRect rect;
  Item *item;

  make_room (flow, map_height * scale);
  rect = (PolkuRect) {
    self->body.x, flow->y, polku_map_layout_get_width (map) * scale, map_height * scale
  };
  item = add_item (flow, ITEM_OVERVIEW);
  item->scale = scale;
  item->top = top;
  item->rect = rect;
  flow->y += rect.height;

  /* The phases' names, in print large enough to read, over their bands. */
  for (guint i = 0; i < map->phases->len; i++)
    {
      PolkuMapPhase *part = POLKU_MAP_PHASE_AT (map, i);
      Item *label;

      label = add_item (flow, ITEM_PHASE);
      label->text.style = POLKU_TEXT_HANDOUT_LABEL;
      label->text.layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (),
                                                           label->text.style,
                                                           polku_phase_get_display_label_in (part->phase, flow->catalog),
                                                           MAX (1, part->band.width * scale - 2 * BAND_LABEL_PAD), 1);
      _polku_text_layout_get_size (label->text.layout, &label->text.width, &label->text.height);
      label->text.x = rect.x + part->band.x * scale + BAND_LABEL_PAD;
      label->text.y = rect.y + (part->band.y - top) * scale;
      label->ink = INK_TEXT;
      label->rect = (PolkuRect) {
        label->text.x - BAND_LABEL_PAD, label->text.y,
        label->text.width + 2 * BAND_LABEL_PAD, label->text.height
      };
      label->phase = part->kind;
    }
  g_set_object (&self->overview, map);
}

/* The legend of the map's signs, those the map uses, in columns. */
static void
add_legend (Flow *flow)
{
  PolkuPages *self = flow->self;
  PolkuMapLayout *map = self->overview;
  double column_width = (self->body.width - (KEY_COLUMNS - 1) * COLUMN_GAP) / KEY_COLUMNS;
  double label_width = column_width - POLKU_MAP_KEY_WIDTH - KEY_GAP;

  /* Translators: a heading on the cover of a training handout, over what the map's signs mean */
  add_line (flow, POLKU_TEXT_HANDOUT_HEADING, INK_TEXT, polku_catalog_gettext (flow->catalog, "Legend"));
  add_gap (flow, HEADING_GAP);
  for (guint i = 0; map != NULL && i < map->keys->len; i += KEY_COLUMNS)
    {
      double row_height = 0;
      PolkuMapText labels[KEY_COLUMNS] = { { 0 } };

      for (guint c = 0; c < KEY_COLUMNS && i + c < map->keys->len; c++)
        {
          const PolkuMapKey *key = &g_array_index (map->keys, PolkuMapKey, i + c);

          set_text (&labels[c], POLKU_TEXT_HANDOUT_BODY, pango_layout_get_text (key->label.layout),
                    label_width, self->body.x + c * (column_width + COLUMN_GAP) + POLKU_MAP_KEY_WIDTH + KEY_GAP, 0);
          row_height = MAX (row_height, MAX (labels[c].height, POLKU_MAP_KEY_HEIGHT));
        }
      make_room (flow, row_height);
      for (guint c = 0; c < KEY_COLUMNS && i + c < map->keys->len; c++)
        {
          const PolkuMapKey *key = &g_array_index (map->keys, PolkuMapKey, i + c);
          Item *glyph = add_item (flow, ITEM_KEY);
          Item *label;

          /* (Adding an item moves those before it.) */
          glyph->key = key->kind;
          glyph->rect = (PolkuRect) {
            self->body.x + c * (column_width + COLUMN_GAP),
            flow->y + (MIN (row_height, labels[c].height) - POLKU_MAP_KEY_HEIGHT) / 2,
            POLKU_MAP_KEY_WIDTH, POLKU_MAP_KEY_HEIGHT
          };
          label = add_item (flow, ITEM_TEXT);
          label->text = labels[c];
          label->text.y = flow->y;
          label->ink = INK_TEXT;
          label->rect = (PolkuRect) { labels[c].x, flow->y, label_width, labels[c].height };
        }
      flow->y += row_height + ROW_GAP;
    }
}

/* Where each touchpoint is: its step and phase. */
typedef struct
{
  PolkuPhase *phase;
  PolkuStep  *step;
} Place;

static GHashTable *
find_places (PolkuJourney *journey)
{
  GHashTable *places = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);

          for (guint j = 0; j < polku_step_get_n_touchpoints (step); j++)
            {
              Place *place = g_new (Place, 1);

              *place = (Place) { phase, step };
              g_hash_table_insert (places, polku_step_get_touchpoint (step, j), place);
            }
        }
    }
  return places;
}

/* A text of at most max_lines lines at (x, y) of the page, cut with an
 * ellipsis. */
static void
set_clipped_text (PolkuMapText   *text,
                  PolkuTextStyle  style,
                  const char     *str,
                  double          width,
                  guint           max_lines)
{
  text->style = style;
  text->layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (), style, str,
                                                 MAX (1, width), max_lines);
  _polku_text_layout_get_size (text->layout, &text->width, &text->height);
}

/* An entry of the fix-first list: the touchpoint's number and name, where
 * it is, and its scores; each cut short, since its step's page has them
 * in full. */
typedef struct
{
  PolkuMapText texts[3];
  Ink          inks[3];
  double       height;
} Entry;

#define FIX_COLUMNS    2
#define FIX_NAME_LINES 2
#define FIX_LINES      3

static void
clear_entry (gpointer data)
{
  Entry *entry = data;

  for (guint i = 0; i < G_N_ELEMENTS (entry->texts); i++)
    _polku_map_text_clear (&entry->texts[i]);
}

/* The fix-first list of the steps the handout covers, in columns. */
static void
add_fix_first (Flow *flow)
{
  PolkuPages *self = flow->self;
  g_autoptr(GPtrArray) list = polku_metrics_fix_first (self->journey);
  g_autoptr(GHashTable) places = find_places (self->journey);
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  double width = (self->body.width - (FIX_COLUMNS - 1) * COLUMN_GAP) / FIX_COLUMNS;

  g_array_set_clear_func (entries, clear_entry);
  for (guint i = 0; i < list->len; i++)
    {
      PolkuTouchpoint *touchpoint = g_ptr_array_index (list, i);
      Place *place = g_hash_table_lookup (places, touchpoint);
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;
      g_autofree char *scores = NULL;
      Entry entry = { .inks = { INK_TEXT, INK_MUTED, INK_ALERT } };

      if (place == NULL || !covers_step (self, place->phase, place->step))
        continue;
      /* Translators: an entry of the fix-first list in a training handout: its number and the touchpoint's name */
      name = g_strdup_printf (polku_catalog_gettext (flow->catalog, "%u. %s"), entries->len + 1,
                              polku_touchpoint_get_name (touchpoint));
      /* Translators: in a training handout, where a touchpoint on the fix-first list is: the phase, then the step */
      where = g_strdup_printf (polku_catalog_gettext (flow->catalog, "%s: %s"),
                               polku_phase_get_display_label_in (place->phase, flow->catalog),
                               polku_step_get_name (place->step));
      scores = dup_scores (flow, touchpoint);
      set_clipped_text (&entry.texts[0], POLKU_TEXT_HANDOUT_NAME, name, width, FIX_NAME_LINES);
      set_clipped_text (&entry.texts[1], POLKU_TEXT_HANDOUT_BODY, where, width, FIX_LINES);
      set_clipped_text (&entry.texts[2], POLKU_TEXT_HANDOUT_BODY, scores, width, FIX_LINES);
      for (guint t = 0; t < G_N_ELEMENTS (entry.texts); t++)
        entry.height += entry.texts[t].height;
      g_array_append_val (entries, entry);
    }

  /* Translators: a heading on the cover of a training handout, over the touchpoints to fix first */
  add_line (flow, POLKU_TEXT_HANDOUT_HEADING, INK_TEXT, polku_catalog_gettext (flow->catalog, "Fix first"));
  add_gap (flow, HEADING_GAP);
  if (entries->len == 0)
    /* Translators: on the cover of a training handout, when no touchpoint is on the fix-first list */
    add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED,
              polku_catalog_gettext (flow->catalog, "Nothing to fix first."));

  /* Across, then down: each row as tall as its tallest entry. */
  for (guint i = 0; i < entries->len && !flow->full; i += FIX_COLUMNS)
    {
      double height = 0;

      for (guint c = 0; c < FIX_COLUMNS && i + c < entries->len; c++)
        height = MAX (height, g_array_index (entries, Entry, i + c).height);
      make_room (flow, height);
      for (guint c = 0; c < FIX_COLUMNS && i + c < entries->len; c++)
        {
          Entry *entry = &g_array_index (entries, Entry, i + c);
          double x = self->body.x + c * (width + COLUMN_GAP);
          double y = flow->y;

          for (guint t = 0; t < G_N_ELEMENTS (entry->texts); t++)
            {
              Item *item = add_item (flow, ITEM_TEXT);

              item->text = entry->texts[t];
              g_object_ref (item->text.layout);
              item->text.x = x;
              item->text.y = y;
              item->ink = entry->inks[t];
              item->rect = (PolkuRect) { x, y, width, entry->texts[t].height };
              y += entry->texts[t].height;
            }
        }
      flow->y += height + ROW_GAP;
    }
}

static void
add_cover (Flow *flow)
{
  PolkuPages *self = flow->self;
  const char *segment = polku_journey_get_segment (self->journey);
  g_autofree char *scale = NULL;

  g_free (flow->foot);
  /* Translators: in the foot of the first page of a training handout */
  flow->foot = g_strdup (polku_catalog_gettext (flow->catalog, "Training handout"));
  if (!new_page (flow, FALSE))
    return;

  add_line (flow, POLKU_TEXT_HANDOUT_TITLE, INK_TEXT, self->title);
  if (has_text (segment))
    {
      /* Translators: under the title of a journey map; %s is the customer segment */
      g_autofree char *line = g_strdup_printf (polku_catalog_gettext (flow->catalog, "Customer segment: %s"),
                                               segment);

      add_gap (flow, HEADING_GAP);
      add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED, line);
    }
  /* Translators: under the title of a journey map, e.g. "Satisfaction scale 1–5" */
  scale = g_strdup_printf (polku_catalog_gettext (flow->catalog, "Satisfaction scale %d–%d"),
                           polku_journey_get_scale_min (self->journey),
                           polku_journey_get_scale_max (self->journey));
  add_line (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED, scale);
  add_gap (flow, SECTION_GAP);
  add_overview (flow);
  add_gap (flow, SECTION_GAP);
  add_legend (flow);
  add_gap (flow, SECTION_GAP);
  add_fix_first (flow);
}

void
_polku_pages_handout_lay_out (PolkuPages *self)
{
  Flow flow = { self };
  gboolean everything = self->handout_phases == 0 && self->handout_steps == NULL;
  guint step_index = 0;

  flow.catalog = self->catalog;
  self->map = _polku_map_layout_new_full (self->journey, self->catalog, -1, 0, 0);
  self->handout_pages = g_ptr_array_new_with_free_func (_polku_handout_page_free);

  add_cover (&flow);
  for (PolkuPhaseKind kind = 0; kind < POLKU_N_PHASE_KINDS && !flow.full; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self->journey, kind);
      guint n_steps = polku_phase_get_n_steps (phase);

      if (n_steps == 0 && everything)
        add_empty_phase (&flow, phase);
      for (guint i = 0; i < n_steps && !flow.full; i++, step_index++)
        if (covers_step (self, phase, polku_phase_get_step (phase, i)))
          add_step (&flow, phase, i, step_index);
    }

  g_free (flow.foot);
  _polku_map_text_clear (&flow.heading);
  self->n_pages = self->handout_pages->len;
  self->smallest_text = MIN (self->smallest_text,
                             MIN (_polku_text_style_get_size (POLKU_TEXT_HANDOUT_LABEL),
                                  _polku_text_style_get_size (POLKU_TEXT_TAG)));
}

char *
_polku_pages_handout_dup_foot (PolkuPages *self,
                               guint       page_nr)
{
  PolkuHandoutPage *page = g_ptr_array_index (self->handout_pages, page_nr);

  return g_strdup (page->foot);
}

static const PolkuColor *
ink_color (Ink ink)
{
  const PolkuPalette *palette = polku_palette_light ();

  switch (ink)
    {
    case INK_MUTED:
      return &palette->text_muted;
    case INK_ALERT:
      return &palette->alert;
    case INK_TEXT:
    default:
      return &palette->text;
    }
}

static void
draw_tags (cairo_t            *cr,
           const PolkuMapCard *card)
{
  const PolkuPalette *palette = polku_palette_light ();
  const PolkuRect *role = &card->role_chip.rect;
  const PolkuRect *pill = &card->critical_chip.rect;

  _polku_shape_role_marker (cr, card->role, role->x + role->width / 2, role->y + role->height / 2,
                            palette);
  _polku_map_text_draw (cr, &card->role_chip.label, &palette->text);

  if (card->criticality == POLKU_CRITICALITY_CRITICAL)
    {
      _polku_shape_tag (cr, pill, palette);
      _polku_map_text_draw (cr, &card->critical_chip.label, &palette->critical_tag_text);
    }
  else
    {
      cairo_save (cr);
      _polku_shape_rounded_rect (cr, pill, pill->height / 2);
      polku_cairo_set_source_color (cr, &palette->card_border);
      cairo_set_line_width (cr, POLKU_MAP_CARD_BORDER);
      cairo_stroke (cr);
      cairo_restore (cr);
      _polku_map_text_draw (cr, &card->critical_chip.label, &palette->text_muted);
    }

  if (card->alert)
    {
      const PolkuRect *fix = &card->fix_chip.rect;

      _polku_shape_fix_marker (cr, fix->x + fix->width / 2, fix->y + fix->height / 2, palette);
      _polku_map_text_draw (cr, &card->fix_chip.label, &palette->alert);
    }
  _polku_map_text_draw (cr, &card->channel, &palette->text_muted);
}

/* A part of the map, from x0 to x1 across and from top down, at its top
 * left corner. */
static void
draw_map_part (PolkuMapLayout *map,
               cairo_t        *cr,
               double          x,
               double          y,
               double          scale,
               double          x0,
               double          x1,
               double          top,
               double          height,
               gboolean        words)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, (x1 - x0) * scale, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -x0, -top);
  if (words)
    polku_map_draw (map, cr, polku_palette_light ());
  else
    _polku_map_draw_shapes (map, cr, polku_palette_light ());
  cairo_restore (cr);
}

static void
draw_slice (PolkuPages *self,
            cairo_t    *cr,
            const Item *item)
{
  PolkuMapLayout *map = self->map;
  PolkuMapStep *step = POLKU_MAP_STEP_AT (map, item->step);
  PolkuMapRow *row = POLKU_MAP_ROW_AT (map, 0);
  double gutter = row->content_left - map->margin;
  double s = item->scale;

  /* The lane names, then the step's column beside them. */
  draw_map_part (map, cr, item->rect.x, item->rect.y, s, map->margin, row->content_left,
                 item->top, item->rect.height, TRUE);
  draw_map_part (map, cr, item->rect.x + gutter * s, item->rect.y, s, step->column.x,
                 step->column.x + step->column.width, item->top, item->rect.height, TRUE);

  /* Over the step's column, its phase's band with the phase's name: the
   * band names the phase where the phase begins, which may be another
   * step's column. */
  if (item->text.layout != NULL)
    {
      PolkuMapPhase *part = NULL;

      for (guint i = 0; i < map->phases->len && part == NULL; i++)
        if (POLKU_MAP_PHASE_AT (map, i)->kind == step->kind)
          part = POLKU_MAP_PHASE_AT (map, i);
      if (part != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, item->rect.x + gutter * s, item->rect.y);
          cairo_scale (cr, s, s);
          cairo_translate (cr, -step->column.x, -item->top);
          _polku_map_draw_band (cr, part, step->column.x, step->column.width, item->text.layout,
                                polku_palette_light ());
          cairo_restore (cr);
        }
    }

  cairo_save (cr);
  cairo_rectangle (cr, item->rect.x, item->rect.y, item->rect.width, item->rect.height);
  polku_cairo_set_source_color (cr, &polku_palette_light ()->rule);
  cairo_set_line_width (cr, SLICE_BORDER);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_overview (PolkuPages *self,
               cairo_t    *cr,
               const Item *item)
{
  PolkuMapLayout *map = self->overview;

  draw_map_part (map, cr, item->rect.x, item->rect.y, item->scale, 0, polku_map_layout_get_width (map),
                 item->top, item->rect.height, FALSE);
}

/* A phase's name on the miniature, on a piece of its band. */
static void
draw_overview_label (cairo_t    *cr,
                     const Item *item)
{
  const PolkuPalette *palette = polku_palette_light ();

  cairo_save (cr);
  _polku_shape_rounded_rect (cr, &item->rect, 2);
  polku_cairo_set_source_color (cr, &palette->phase_band[item->phase]);
  cairo_fill (cr);
  _polku_map_text_draw (cr, &item->text, &palette->phase_text[item->phase]);
  cairo_restore (cr);
}

void
_polku_pages_handout_draw (PolkuPages *self,
                           cairo_t    *cr,
                           guint       page_nr)
{
  PolkuHandoutPage *page = g_ptr_array_index (self->handout_pages, page_nr);
  const PolkuPalette *palette = polku_palette_light ();

  for (guint i = 0; i < page->items->len; i++)
    {
      const Item *item = &g_array_index (page->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          cairo_save (cr);
          cairo_rectangle (cr, item->rect.x, item->rect.y, item->rect.width + 2, item->rect.height);
          cairo_clip (cr);
          polku_cairo_set_source_color (cr, ink_color (item->ink));
          _polku_text_show_part (cr, item->text.layout, item->text.x, item->text.y,
                                 item->offset, item->offset + item->rect.height);
          cairo_restore (cr);
          break;

        case ITEM_TAGS:
          draw_tags (cr, &item->tags);
          break;

        case ITEM_GATE:
          _polku_shape_gate (cr, item->rect.x + POLKU_MAP_GATE_WIDTH / 2,
                             item->rect.y + item->rect.height / 2, palette, &palette->background);
          _polku_map_text_draw (cr, &item->text, &palette->text);
          break;

        case ITEM_SLICE:
          draw_slice (self, cr, item);
          break;

        case ITEM_OVERVIEW:
          draw_overview (self, cr, item);
          break;

        case ITEM_PHASE:
          draw_overview_label (cr, item);
          break;

        case ITEM_KEY:
          _polku_map_draw_key_glyph (cr, item->key, &item->rect, palette);
          break;

        case ITEM_RULE:
          cairo_save (cr);
          cairo_move_to (cr, item->rect.x, item->rect.y);
          cairo_line_to (cr, item->rect.x + item->rect.width, item->rect.y);
          polku_cairo_set_source_color (cr, &palette->rule);
          cairo_set_line_width (cr, 0.75);
          cairo_stroke (cr);
          cairo_restore (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}
