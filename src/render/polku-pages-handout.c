/* polku-pages-handout.c: a handout for front-line training
 *
 * Each step starts a page: its phase, name and gate, its slice of the map,
 * then every touchpoint in full: tags, score and target, and what the
 * method asks of it (the customer's expectation, the target level, the way
 * of working, measurement and follow-up, what the front line needs, the
 * support functions behind it). Text that does not fit flows on to the
 * next page under the step's name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-map-draw.h"
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
#define SLICE_SHARE     0.42   /* of the body's height, at most */
#define SLICE_BORDER    0.5
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
  ITEM_TEXT,   /* a text, or the part of it that fits */
  ITEM_TAGS,   /* a touchpoint's tags, in shapes and words */
  ITEM_GATE,   /* a gate step's sign and explanation */
  ITEM_SLICE,  /* a step's column of the map */
  ITEM_RULE,   /* a line between touchpoints */
} ItemKind;

typedef struct
{
  ItemKind      kind;
  PolkuRect     rect;
  PolkuMapText  text;     /* ITEM_TEXT and ITEM_GATE */
  Ink           ink;
  double        offset;   /* ITEM_TEXT: where in the text the part begins */
  PolkuMapCard  tags;     /* ITEM_TAGS: criticality, role, alert and chips */
  guint         step;     /* ITEM_SLICE: in the map's steps */
  double        scale;    /* ITEM_SLICE */
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
      g_autofree char *str = g_strdup_printf (_("%s (continued)"), flow->step_name);

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
  const char *channel = polku_describe_channel (touchpoint);
  double x = flow->self->body.x;
  double height;
  Item *item;

  set_text (&card.role_chip.label, POLKU_TEXT_TAG, polku_role_get_label (card.role), -1, 0, 0);
  set_text (&card.critical_chip.label, POLKU_TEXT_TAG,
            polku_criticality_get_label (card.criticality), -1, 0, 0);
  if (card.alert)
    /* Translators: a tag on a touchpoint's card on the journey map: it is on the fix-first list */
    set_text (&card.fix_chip.label, POLKU_TEXT_TAG, _("Fix first"), -1, 0, 0);

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

static void
add_scores (Flow            *flow,
            PolkuTouchpoint *touchpoint)
{
  PolkuJourney *journey = flow->self->journey;
  g_autofree char *score = NULL;
  g_autofree char *target = NULL;
  g_autofree char *line = NULL;

  if (polku_touchpoint_has_score (touchpoint))
    {
      g_autofree char *value = polku_describe_score (polku_touchpoint_get_score (touchpoint));

      /* Translators: in a training handout; %s is a touchpoint's satisfaction score */
      score = g_strdup_printf (_("Satisfaction %s"), value);
    }
  else
    /* Translators: in a training handout, for a touchpoint that has no satisfaction score */
    score = g_strdup (_("Not scored"));
  if (polku_touchpoint_has_target (touchpoint))
    {
      g_autofree char *value = polku_describe_score (polku_touchpoint_get_target (touchpoint));

      /* Translators: in a training handout; %s is a touchpoint's target score */
      target = g_strdup_printf (_("target %s"), value);
    }
  else
    /* Translators: in a training handout, for a touchpoint that has no target score */
    target = g_strdup (_("no target"));

  /* Translators: in a training handout: the score, the target, and the scale's ends, as in "Satisfaction 3.2, target 4.5, on a scale of 1–5" */
  line = g_strdup_printf (_("%s, %s, on a scale of %d–%d"), score, target,
                          polku_journey_get_scale_min (journey), polku_journey_get_scale_max (journey));
  flow_text (flow, POLKU_TEXT_HANDOUT_BODY,
             polku_metrics_needs_fixing (journey, touchpoint) ? INK_ALERT : INK_TEXT,
             line, flow->self->body.x, flow->self->body.width, NULL, 0);
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
  flow_text (flow, POLKU_TEXT_HANDOUT_NAME, INK_TEXT, polku_touchpoint_get_name (touchpoint),
             body->x, body->width, NULL, 0);
  add_gap (flow, ROW_GAP);
  add_tags (flow, touchpoint);
  add_gap (flow, ROW_GAP);
  add_scores (flow, touchpoint);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = polku_touchpoint_get_field (touchpoint, fields[i]);
      gboolean empty = value == NULL || value[0] == '\0';

      /* Who owns it only when someone does; the method's questions always,
       * so that a gap in the answers shows. */
      if (empty && fields[i] == POLKU_TOUCHPOINT_FIELD_OWNER)
        continue;
      add_gap (flow, ROW_GAP);
      flow_text (flow, POLKU_TEXT_HANDOUT_BODY, empty ? INK_MUTED : INK_TEXT,
                 /* Translators: in a training handout, a field of a touchpoint that has no text */
                 empty ? _("Not described yet") : value,
                 text_x, text_width, polku_touchpoint_field_get_label (fields[i]), body->x);
    }
}

/* The step's column of the map with the lane names beside it, as large
 * as the body's width and a share of its height allow, never above 100 %. */
static void
add_slice (Flow *flow,
           guint step_index)
{
  PolkuPages *self = flow->self;
  PolkuMapStep *step = POLKU_MAP_STEP_AT (self->map, step_index);
  PolkuMapRow *row = POLKU_MAP_ROW_AT (self->map, 0);
  double gutter = row->content_left - self->map->margin;
  double top = POLKU_MAP_PHASE_AT (self->map, 0)->column.y;
  double width = gutter + step->column.width;
  double height = step->column.y + step->column.height - top;
  double scale = MIN (1.0, MIN (self->body.width / width, self->body.height * SLICE_SHARE / height));
  Item *item;

  make_room (flow, height * scale);
  item = add_item (flow, ITEM_SLICE);
  item->step = step_index;
  item->scale = scale;
  item->rect = (PolkuRect) { self->body.x, flow->y, width * scale, height * scale };
  flow->y += height * scale;
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
            _("Gate: if this step fails, the next never happens"),
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
  const char *phase_label = polku_phase_get_display_label (phase);
  guint n_touchpoints = polku_step_get_n_touchpoints (step);
  g_autofree char *where = NULL;

  g_free (flow->foot);
  /* Translators: in the foot of a handout page: the phase, then the step */
  flow->foot = g_strdup_printf (_("%s: %s"), phase_label, polku_step_get_name (step));
  set_continued_step (flow, NULL);
  if (!new_page (flow, FALSE))
    return;

  /* Translators: over a step's name in a training handout: the phase, the step's number and how many the phase has */
  where = g_strdup_printf (_("%s, step %u of %u"), phase_label, position + 1,
                           polku_phase_get_n_steps (phase));
  flow_text (flow, POLKU_TEXT_HANDOUT_LABEL, INK_MUTED, where,
             flow->self->body.x, flow->self->body.width, NULL, 0);
  add_gap (flow, HEADING_GAP);
  flow_text (flow, POLKU_TEXT_HANDOUT_TITLE, INK_TEXT, polku_step_get_name (step),
             flow->self->body.x, flow->self->body.width, NULL, 0);
  set_continued_step (flow, polku_step_get_name (step));
  if (polku_step_get_gate (step))
    {
      add_gap (flow, HEADING_GAP);
      add_gate (flow);
    }
  add_gap (flow, SECTION_GAP);
  add_slice (flow, step_index);
  add_gap (flow, SECTION_GAP);

  if (n_touchpoints == 0)
    flow_text (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED,
               /* Translators: in a training handout, for a step without touchpoints */
               _("No touchpoints in this step yet."),
               flow->self->body.x, flow->self->body.width, NULL, 0);
  for (guint i = 0; i < n_touchpoints; i++)
    add_touchpoint (flow, polku_step_get_touchpoint (step, i), i == 0);
}

/* A phase without steps still has its page, saying so. */
static void
add_empty_phase (Flow       *flow,
                 PolkuPhase *phase)
{
  g_free (flow->foot);
  flow->foot = g_strdup (polku_phase_get_display_label (phase));
  set_continued_step (flow, NULL);
  if (!new_page (flow, FALSE))
    return;
  flow_text (flow, POLKU_TEXT_HANDOUT_TITLE, INK_TEXT, polku_phase_get_display_label (phase),
             flow->self->body.x, flow->self->body.width, NULL, 0);
  add_gap (flow, SECTION_GAP);
  flow_text (flow, POLKU_TEXT_HANDOUT_BODY, INK_MUTED,
             /* Translators: in a training handout, for a phase without steps */
             _("No steps in this phase yet."),
             flow->self->body.x, flow->self->body.width, NULL, 0);
}

void
_polku_pages_handout_lay_out (PolkuPages *self)
{
  Flow flow = { self };
  guint step_index = 0;

  self->map = polku_map_layout_new (self->journey);
  self->handout_pages = g_ptr_array_new_with_free_func (_polku_handout_page_free);

  for (PolkuPhaseKind kind = 0; kind < POLKU_N_PHASE_KINDS && !flow.full; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self->journey, kind);
      guint n_steps = polku_phase_get_n_steps (phase);

      if (n_steps == 0)
        add_empty_phase (&flow, phase);
      for (guint i = 0; i < n_steps && !flow.full; i++)
        add_step (&flow, phase, i, step_index++);
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

static void
draw_slice (PolkuPages *self,
            cairo_t    *cr,
            const Item *item)
{
  PolkuMapStep *step = POLKU_MAP_STEP_AT (self->map, item->step);
  PolkuMapRow *row = POLKU_MAP_ROW_AT (self->map, 0);
  double gutter = row->content_left - self->map->margin;
  double top = POLKU_MAP_PHASE_AT (self->map, 0)->column.y;
  double height = item->rect.height / item->scale;

  /* The lane names, then the step's column beside them. */
  cairo_save (cr);
  cairo_rectangle (cr, item->rect.x, item->rect.y, gutter * item->scale, item->rect.height);
  cairo_clip (cr);
  cairo_translate (cr, item->rect.x, item->rect.y);
  cairo_scale (cr, item->scale, item->scale);
  cairo_translate (cr, -self->map->margin, -top);
  polku_map_draw (self->map, cr, polku_palette_light ());
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, item->rect.x + gutter * item->scale, item->rect.y,
                   step->column.width * item->scale, item->rect.height);
  cairo_clip (cr);
  cairo_translate (cr, item->rect.x + gutter * item->scale, item->rect.y);
  cairo_scale (cr, item->scale, item->scale);
  cairo_translate (cr, -step->column.x, -top);
  polku_map_draw (self->map, cr, polku_palette_light ());
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, item->rect.x, item->rect.y, item->rect.width, height * item->scale);
  polku_cairo_set_source_color (cr, &polku_palette_light ()->rule);
  cairo_set_line_width (cr, SLICE_BORDER);
  cairo_stroke (cr);
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
