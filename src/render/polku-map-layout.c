/* polku-map-layout.c: the geometry of a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-map-layout-private.h"
#include "polku-rect.h"
#include "polku-text-cache-private.h"

/* The grid of the map, in points. Columns run left to right in one row, or
 * wrap into a few rows when the map is laid out for a page. */
#define MARGIN             32.0
#define HEADER_SPACING     22.0  /* between the header and the first row */
#define ROW_GAP            28.0
#define GUTTER_WIDTH       96.0  /* lane names and the satisfaction axis */
#define GUTTER_GAP         10.0
#define PHASE_GAP          12.0
#define BAND_PAD_X         12.0
#define BAND_PAD_Y         7.0
#define EMPTY_PHASE_WIDTH  140.0
#define STEP_PAD_X         10.0
#define STEP_PAD_Y         10.0
#define EMPTY_STEP_WIDTH   84.0
#define WORD_MAX_WIDTH     160.0 /* a wider word in a heading breaks */
#define LANE_PAD           12.0
#define CARD_GAP           8.0
#define CARD_MIN_HEIGHT    64.0
#define PLOT_HEIGHT        132.0
#define PLOT_PAD           24.0  /* room for values above and below points */
#define MAX_PAGE_ROWS      4

G_DEFINE_FINAL_TYPE (PolkuMapLayout, polku_map_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_MAX_ROWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A unit of width that a row break cannot split: a step with its cards, or
 * a phase without steps. */
typedef struct
{
  PolkuPhase *phase;   /* owned by the journey */
  int         step;    /* in self->steps; -1 for a phase without steps */
  double      width;
  guint       row;
} Unit;

static void
measure_text (PolkuMapText *text,
              const char   *str,
              double        width)
{
  PolkuTextMeasure measure;

  _polku_text_cache_measure (text->style, str, width, text->alignment, &measure);
  /* The new layout first: str may be the old one's text. */
  g_object_ref (measure.layout);
  g_clear_object (&text->layout);
  text->layout = measure.layout;
  text->width = measure.width;
  text->height = measure.height;
}

void
_polku_map_text_set (PolkuMapLayout *self,
                     PolkuMapText   *text,
                     PolkuTextStyle  style,
                     const char     *str,
                     double          width)
{
  g_assert (text->layout == NULL);

  text->style = style;
  measure_text (text, str, width);
}

double
_polku_map_text_set_narrow (PolkuMapLayout *self,
                            PolkuMapText   *text,
                            PolkuTextStyle  style,
                            const char     *str)
{
  _polku_map_text_set (self, text, style, str, -1);
  return _polku_text_cache_widest_word (style, str);
}

void
_polku_map_text_set_shared (PolkuMapLayout *self,
                            PolkuMapText   *text,
                            PolkuTextStyle  style,
                            const char     *str)
{
  _polku_map_text_set (self, text, style, str, -1);
}

void
_polku_map_text_set_alignment (PolkuMapText   *text,
                               PangoAlignment  alignment)
{
  text->alignment = alignment;
}

void
_polku_map_text_rewrap (PolkuMapText *text,
                        double        width)
{
  measure_text (text, pango_layout_get_text (text->layout), width);
}

void
_polku_map_text_move (PolkuMapText *text,
                      double        x,
                      double        y)
{
  text->x = x;
  text->y = y;
}

void
_polku_map_text_clear (PolkuMapText *text)
{
  g_clear_object (&text->layout);
}

static void
clear_key (gpointer data)
{
  _polku_map_text_clear (&((PolkuMapKey *) data)->label);
}

static void
clear_phase (gpointer data)
{
  PolkuMapPhase *phase = data;

  g_clear_object (&phase->phase);
  _polku_map_text_clear (&phase->label);
  _polku_map_text_clear (&phase->placeholder);
}

static void
clear_step (gpointer data)
{
  PolkuMapStep *step = data;

  g_clear_object (&step->step);
  _polku_map_text_clear (&step->name);
  _polku_map_text_clear (&step->placeholder_label);
}

static void
clear_card (gpointer data)
{
  _polku_map_card_clear (data);
}

static void
clear_tick (gpointer data)
{
  _polku_map_text_clear (&((PolkuMapTick *) data)->label);
}

static void
clear_row (gpointer data)
{
  PolkuMapRow *row = data;

  _polku_map_text_clear (&row->touchpoint_label);
  _polku_map_text_clear (&row->satisfaction_label);
  g_clear_pointer (&row->ticks, g_array_unref);
}

static void
remember_position (PolkuMapLayout *self,
                   gpointer        object,
                   guint           position)
{
  g_hash_table_insert (self->positions, object, GUINT_TO_POINTER (position + 1));
}

static gboolean
lookup_position (PolkuMapLayout *self,
                 gpointer        object,
                 guint          *position)
{
  gpointer value = g_hash_table_lookup (self->positions, object);

  if (value == NULL)
    return FALSE;
  *position = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

/* A heading as wide as its widest word, unless that is very wide. */
static double
set_heading (PolkuMapLayout *self,
             PolkuMapText   *text,
             PolkuTextStyle  style,
             const char     *str)
{
  double widest_word = _polku_map_text_set_narrow (self, text, style, str);

  return MIN (ceil (widest_word), WORD_MAX_WIDTH);
}

#define STEP_AT(self, i) (&g_array_index ((self)->steps, PolkuMapStep, (i)))
#define CARD_AT(self, i) (&g_array_index ((self)->cards, PolkuMapCard, (i)))
#define PHASE_AT(self, i) (&g_array_index ((self)->phases, PolkuMapPhase, (i)))
#define ROW_AT(self, i) (&g_array_index ((self)->rows, PolkuMapRow, (i)))

/* Measuring: the cards and steps get their natural widths, left to right. */

static guint
measure_step (PolkuMapLayout *self,
              PolkuStep      *step,
              PolkuPhaseKind  kind)
{
  PolkuMapStep column = { 0 };
  const char *name = polku_step_get_name (step);
  double cards_width = 0;
  double name_width;

  column.step = g_object_ref (step);
  column.kind = kind;
  column.first_card = self->cards->len;
  column.n_cards = polku_step_get_n_touchpoints (step);

  for (guint i = 0; i < column.n_cards; i++)
    {
      PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, i);
      PolkuMapCard card;

      _polku_map_card_measure (self, &card, touchpoint);
      card.kind = kind;
      cards_width += card.rect.width;
      remember_position (self, touchpoint, self->cards->len);
      g_array_append_val (self->cards, card);
    }
  if (column.n_cards > 0)
    cards_width += (column.n_cards - 1) * CARD_GAP;
  else
    cards_width = EMPTY_STEP_WIDTH - 2 * STEP_PAD_X;

  name_width = set_heading (self, &column.name, POLKU_TEXT_STEP, name);
  column.width = 2 * STEP_PAD_X + MAX (cards_width, name_width);
  _polku_map_text_rewrap (&column.name, column.width - 2 * STEP_PAD_X);
  if (column.n_cards == 0)
    {
      _polku_map_text_set_alignment (&column.placeholder_label, PANGO_ALIGN_CENTER);
      _polku_map_text_set (self, &column.placeholder_label, POLKU_TEXT_PLACEHOLDER,
                           /* Translators: shown in a step of the journey map that has no touchpoints */
                           _("No touchpoints"), column.width - 2 * STEP_PAD_X);
    }

  remember_position (self, step, self->steps->len);
  g_array_append_val (self->steps, column);
  return self->steps->len - 1;
}

static GArray *
measure_units (PolkuMapLayout *self)
{
  GListModel *phases = polku_journey_get_phases (self->journey);
  GArray *units = g_array_new (FALSE, FALSE, sizeof (Unit));

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(PolkuPhase) phase = g_list_model_get_item (phases, i);
      guint n_steps = polku_phase_get_n_steps (phase);
      Unit unit = { phase, -1, EMPTY_PHASE_WIDTH, 0 };

      if (n_steps == 0)
        g_array_append_val (units, unit);
      for (guint j = 0; j < n_steps; j++)
        {
          unit.step = measure_step (self, polku_phase_get_step (phase, j),
                                    polku_phase_get_kind (phase));
          unit.width = STEP_AT (self, unit.step)->width;
          g_array_append_val (units, unit);
        }
    }
  return units;
}

/* Breaks the units into at most n_rows rows of about equal width; a unit
 * goes to the row its middle falls in. */
static void
break_units (GArray *units,
             guint   n_rows)
{
  double total = 0;
  double before = 0;
  guint previous = 0;
  guint row = 0;

  for (guint i = 0; i < units->len; i++)
    total += g_array_index (units, Unit, i).width;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      guint wanted = (guint) ((before + unit->width / 2) / (total / n_rows));

      wanted = MIN (wanted, n_rows - 1);
      /* A very wide unit may skip a row; rows stay consecutive. */
      if (i > 0 && wanted > previous)
        row++;
      previous = wanted;
      unit->row = row;
      before += unit->width;
    }
}

static void
widen_step (PolkuMapStep *step,
            double        extra)
{
  step->width += extra;
  _polku_map_text_rewrap (&step->name, step->width - 2 * STEP_PAD_X);
  if (step->placeholder_label.layout != NULL)
    _polku_map_text_rewrap (&step->placeholder_label, step->width - 2 * STEP_PAD_X);
}

/* A part of a phase is as wide as its steps and its label need; the
 * label's need widens the steps alike. */
static void
measure_part (PolkuMapLayout *self,
              PolkuMapPhase  *part)
{
  const char *label = polku_phase_get_display_label (part->phase);
  g_autofree char *continued = NULL;
  double steps_width = 0;
  double label_width;

  if (part->continued)
    /* Translators: the band of a phase that a printed map wraps onto the next row */
    label = continued = g_strdup_printf (_("%s (continued)"), label);

  for (guint i = 0; i < part->n_steps; i++)
    steps_width += STEP_AT (self, part->first_step + i)->width;
  label_width = set_heading (self, &part->label, POLKU_TEXT_PHASE, label);
  part->width = MAX (steps_width, 2 * BAND_PAD_X + label_width);

  if (part->n_steps == 0)
    {
      part->width = MAX (part->width, EMPTY_PHASE_WIDTH);
      _polku_map_text_set (self, &part->placeholder, POLKU_TEXT_PLACEHOLDER,
                           /* Translators: shown in a phase of the journey map that has no steps */
                           _("No steps"), part->width - 2 * BAND_PAD_X);
    }
  for (guint i = 0; i < part->n_steps; i++)
    widen_step (STEP_AT (self, part->first_step + i),
                (part->width - steps_width) / part->n_steps);
  _polku_map_text_rewrap (&part->label, part->width - 2 * BAND_PAD_X);
}

static void
build_rows (PolkuMapLayout *self,
            GArray         *units)
{
  PolkuMapRow *row = NULL;
  PolkuMapPhase *part = NULL;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);

      if (row == NULL || unit->row != self->rows->len - 1)
        {
          PolkuMapRow new_row = { .first_phase = self->phases->len };

          new_row.ticks = g_array_new (FALSE, TRUE, sizeof (PolkuMapTick));
          g_array_set_clear_func (new_row.ticks, clear_tick);
          g_array_append_val (self->rows, new_row);
          row = ROW_AT (self, self->rows->len - 1);
          part = NULL;
        }

      if (part == NULL || part->phase != unit->phase)
        {
          PolkuMapPhase new_part = {
            .phase = g_object_ref (unit->phase),
            .kind = polku_phase_get_kind (unit->phase),
            .first_step = unit->step < 0 ? 0 : (guint) unit->step,
          };
          guint position;

          new_part.continued = lookup_position (self, unit->phase, &position);
          if (!new_part.continued)
            remember_position (self, unit->phase, self->phases->len);
          g_array_append_val (self->phases, new_part);
          part = PHASE_AT (self, self->phases->len - 1);
          row->n_phases++;
        }

      if (unit->step >= 0)
        {
          PolkuMapStep *step = STEP_AT (self, unit->step);

          step->first_in_phase = part->n_steps == 0;
          part->n_steps++;
          if (row->n_cards == 0)
            row->first_card = step->first_card;
          row->n_cards += step->n_cards;
        }
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      row = ROW_AT (self, i);
      row->width = GUTTER_WIDTH + (row->n_phases - 1) * PHASE_GAP;
      for (guint j = 0; j < row->n_phases; j++)
        {
          part = PHASE_AT (self, row->first_phase + j);
          measure_part (self, part);
          row->width += part->width;
        }
    }
}

/* Spreads extra width over a row: over every step, and over every phase
 * part that has none. */
static void
widen_row (PolkuMapLayout *self,
           PolkuMapRow    *row,
           double          extra)
{
  guint n_units = 0;
  double share;

  for (guint i = 0; i < row->n_phases; i++)
    n_units += MAX (1, PHASE_AT (self, row->first_phase + i)->n_steps);
  if (n_units == 0 || extra <= 0)
    return;

  share = extra / n_units;
  for (guint i = 0; i < row->n_phases; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, row->first_phase + i);

      part->width += share * MAX (1, part->n_steps);
      _polku_map_text_rewrap (&part->label, part->width - 2 * BAND_PAD_X);
      if (part->placeholder.layout != NULL)
        _polku_map_text_rewrap (&part->placeholder, part->width - 2 * BAND_PAD_X);
      for (guint j = 0; j < part->n_steps; j++)
        widen_step (STEP_AT (self, part->first_step + j), share);
    }
  row->width += extra;
}

/* Placing: rows top to bottom, columns left to right. */

static void
place_step (PolkuMapLayout *self,
            PolkuMapStep   *step,
            double          x,
            double          top,
            double          bottom,
            double          cards_top,
            double          card_height)
{
  double cards_width = (step->n_cards - 1) * CARD_GAP;
  double card_x;

  step->column = (PolkuRect) { x, top, step->width, bottom - top };
  _polku_map_text_move (&step->name, x + STEP_PAD_X, top + STEP_PAD_Y);

  if (step->n_cards == 0)
    {
      step->placeholder = (PolkuRect) {
        x + STEP_PAD_X, cards_top, step->width - 2 * STEP_PAD_X, card_height
      };
      _polku_map_text_move (&step->placeholder_label, step->placeholder.x,
                            cards_top + (card_height - step->placeholder_label.height) / 2);
      return;
    }

  for (guint i = 0; i < step->n_cards; i++)
    cards_width += CARD_AT (self, step->first_card + i)->rect.width;

  card_x = x + (step->width - cards_width) / 2;
  for (guint i = 0; i < step->n_cards; i++)
    {
      PolkuMapCard *card = CARD_AT (self, step->first_card + i);

      _polku_map_card_place (card, card_x, cards_top, card_height);
      card_x += card->rect.width + CARD_GAP;
    }
}

static void
place_columns (PolkuMapLayout *self,
               PolkuMapRow    *row,
               double          top,
               double          bottom,
               double          band_height,
               double          card_height)
{
  double cards_top = row->touchpoint_lane.y + LANE_PAD;
  double x = row->content_left;

  for (guint i = 0; i < row->n_phases; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, row->first_phase + i);
      double step_x = x;

      part->column = (PolkuRect) { x, top, part->width, bottom - top };
      part->band = (PolkuRect) { x, top, part->width, band_height };
      _polku_map_text_move (&part->label, x + BAND_PAD_X, top + BAND_PAD_Y);
      _polku_map_text_move (&part->placeholder, x + BAND_PAD_X, top + band_height + STEP_PAD_Y);

      for (guint j = 0; j < part->n_steps; j++)
        {
          PolkuMapStep *step = STEP_AT (self, part->first_step + j);

          place_step (self, step, step_x, top + band_height, bottom, cards_top, card_height);
          step_x += step->width;
        }
      x += part->width + PHASE_GAP;
    }
  row->content_right = x - PHASE_GAP;
}

/* Places a row at top; returns its bottom. */
static double
place_row (PolkuMapLayout *self,
           PolkuMapRow    *row,
           double          top,
           double          width,
           double          band_height,
           double          heading_height,
           double          card_height)
{
  double y = top + band_height + heading_height;

  row->content_left = MARGIN + GUTTER_WIDTH;
  row->touchpoint_lane = (PolkuRect) { MARGIN, y, width, card_height + 2 * LANE_PAD };
  _polku_map_text_set (self, &row->touchpoint_label, POLKU_TEXT_LANE,
                       /* Translators: the name of a lane of the journey map, in its left margin */
                       _("Touchpoints"), GUTTER_WIDTH - GUTTER_GAP);
  _polku_map_text_move (&row->touchpoint_label, MARGIN, y + LANE_PAD);
  y += row->touchpoint_lane.height;

  _polku_map_text_set (self, &row->satisfaction_label, POLKU_TEXT_LANE,
                       /* Translators: the name of a lane of the journey map, in its left margin */
                       _("Satisfaction"), GUTTER_WIDTH - GUTTER_GAP);
  _polku_map_text_move (&row->satisfaction_label, MARGIN, y + LANE_PAD);
  row->plot_top = y + MAX (PLOT_PAD, LANE_PAD + row->satisfaction_label.height + PLOT_PAD / 2);
  row->plot_bottom = row->plot_top + PLOT_HEIGHT;
  row->satisfaction_lane = (PolkuRect) { MARGIN, y, width, row->plot_bottom + PLOT_PAD - y };
  y += row->satisfaction_lane.height;

  place_columns (self, row, top, y, band_height, card_height);
  _polku_map_layout_satisfaction (self, row);
  return y;
}

static void
polku_map_layout_constructed (GObject *object)
{
  PolkuMapLayout *self = (PolkuMapLayout *) object;
  g_autoptr(GArray) units = NULL;
  double rows_width = 0;
  double width;
  double band_height = 0;
  double heading_height = 0;
  double card_height = CARD_MIN_HEIGHT;
  double y;

  G_OBJECT_CLASS (polku_map_layout_parent_class)->constructed (object);

  g_assert (POLKU_IS_JOURNEY (self->journey));

  self->scale_min = polku_journey_get_scale_min (self->journey);
  self->scale_max = polku_journey_get_scale_max (self->journey);

  units = measure_units (self);
  break_units (units, self->max_rows);
  build_rows (self, units);

  for (guint i = 0; i < self->rows->len; i++)
    rows_width = MAX (rows_width, ROW_AT (self, i)->width);
  width = _polku_map_layout_header (self, MARGIN, MARGIN, rows_width);
  for (guint i = 0; i < self->rows->len; i++)
    widen_row (self, ROW_AT (self, i), width - ROW_AT (self, i)->width);

  /* Bands, headings and cards are as tall as their tallest, on every row. */
  for (guint i = 0; i < self->phases->len; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, i);

      band_height = MAX (band_height, part->label.height);
      if (part->placeholder.layout != NULL)
        heading_height = MAX (heading_height, part->placeholder.height);
    }
  for (guint i = 0; i < self->steps->len; i++)
    heading_height = MAX (heading_height, STEP_AT (self, i)->name.height);
  for (guint i = 0; i < self->cards->len; i++)
    card_height = MAX (card_height, CARD_AT (self, i)->natural_height);
  band_height += 2 * BAND_PAD_Y;
  heading_height += 2 * STEP_PAD_Y;

  y = self->header.y + self->header.height + HEADER_SPACING;
  for (guint i = 0; i < self->rows->len; i++)
    {
      y = place_row (self, ROW_AT (self, i), y, width,
                     band_height, heading_height, card_height);
      if (i + 1 < self->rows->len)
        y += ROW_GAP;
    }

  self->width = width + 2 * MARGIN;
  self->height = y + MARGIN;

  _polku_text_cache_trim ();
}

static void
polku_map_layout_dispose (GObject *object)
{
  PolkuMapLayout *self = (PolkuMapLayout *) object;

  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->keys, g_array_unref);
  _polku_map_text_clear (&self->title);
  _polku_map_text_clear (&self->segment);
  _polku_map_text_clear (&self->scale);
  g_clear_object (&self->context);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (polku_map_layout_parent_class)->dispose (object);
}

static void
polku_map_layout_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuMapLayout *self = POLKU_MAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_MAX_ROWS:
      g_value_set_uint (value, self->max_rows);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_map_layout_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PolkuMapLayout *self = POLKU_MAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      self->journey = g_value_dup_object (value);
      break;

    case PROP_MAX_ROWS:
      self->max_rows = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_map_layout_class_init (PolkuMapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = polku_map_layout_constructed;
  object_class->dispose = polku_map_layout_dispose;
  object_class->get_property = polku_map_layout_get_property;
  object_class->set_property = polku_map_layout_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         POLKU_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The columns wrap into at most this many rows of about equal width. */
  properties[PROP_MAX_ROWS] =
    g_param_spec_uint ("max-rows", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_map_layout_init (PolkuMapLayout *self)
{
  self->max_rows = 1;
  self->context = g_object_ref (_polku_text_cache_get_context ());
  self->keys = g_array_new (FALSE, TRUE, sizeof (PolkuMapKey));
  g_array_set_clear_func (self->keys, clear_key);
  self->rows = g_array_new (FALSE, TRUE, sizeof (PolkuMapRow));
  g_array_set_clear_func (self->rows, clear_row);
  self->phases = g_array_new (FALSE, TRUE, sizeof (PolkuMapPhase));
  g_array_set_clear_func (self->phases, clear_phase);
  self->steps = g_array_new (FALSE, TRUE, sizeof (PolkuMapStep));
  g_array_set_clear_func (self->steps, clear_step);
  self->cards = g_array_new (FALSE, TRUE, sizeof (PolkuMapCard));
  g_array_set_clear_func (self->cards, clear_card);
  self->positions = g_hash_table_new (NULL, NULL);
}

PolkuMapLayout *
polku_map_layout_new (PolkuJourney *journey)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  return g_object_new (POLKU_TYPE_MAP_LAYOUT, "journey", journey, NULL);
}

static double
fit_scale (PolkuMapLayout *self,
           double          width,
           double          height)
{
  return MIN (1.0, MIN (width / self->width, height / self->height));
}

PolkuMapLayout *
polku_map_layout_new_for_page (PolkuJourney *journey,
                               double        width,
                               double        height)
{
  g_autoptr(PolkuMapLayout) best = NULL;
  double best_scale;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  best = polku_map_layout_new (journey);
  best_scale = fit_scale (best, width, height);

  for (guint rows = 2; rows <= MAX_PAGE_ROWS && best_scale < 1.0; rows++)
    {
      g_autoptr(PolkuMapLayout) wrapped = NULL;
      double scale;

      wrapped = g_object_new (POLKU_TYPE_MAP_LAYOUT,
                              "journey", journey,
                              "max-rows", rows,
                              NULL);
      if (wrapped->rows->len < rows)
        break;
      scale = fit_scale (wrapped, width, height);
      /* Another row must pay for itself in larger text. */
      if (scale > best_scale * 1.05)
        {
          g_set_object (&best, wrapped);
          best_scale = scale;
        }
    }
  return g_steal_pointer (&best);
}

PolkuJourney *
polku_map_layout_get_journey (PolkuMapLayout *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), NULL);

  return self->journey;
}

double
polku_map_layout_get_width (PolkuMapLayout *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), 0);

  return self->width;
}

double
polku_map_layout_get_height (PolkuMapLayout *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), 0);

  return self->height;
}

guint
polku_map_layout_get_n_rows (PolkuMapLayout *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), 0);

  return self->rows->len;
}

gboolean
polku_map_layout_get_touchpoint_rect (PolkuMapLayout  *self,
                                      PolkuTouchpoint *touchpoint,
                                      PolkuRect       *rect)
{
  guint position;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!lookup_position (self, touchpoint, &position))
    return FALSE;
  *rect = CARD_AT (self, position)->rect;
  return TRUE;
}

gboolean
polku_map_layout_get_step_rect (PolkuMapLayout *self,
                                PolkuStep      *step,
                                PolkuRect      *rect)
{
  guint position;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (POLKU_IS_STEP (step), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!lookup_position (self, step, &position))
    return FALSE;
  *rect = STEP_AT (self, position)->column;
  return TRUE;
}

gboolean
polku_map_layout_get_phase_rect (PolkuMapLayout *self,
                                 PolkuPhase     *phase,
                                 PolkuRect      *rect)
{
  guint position;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (POLKU_IS_PHASE (phase), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!lookup_position (self, phase, &position))
    return FALSE;
  *rect = PHASE_AT (self, position)->column;
  return TRUE;
}

gboolean
polku_map_layout_get_score_point (PolkuMapLayout  *self,
                                  PolkuTouchpoint *touchpoint,
                                  double          *x,
                                  double          *y)
{
  PolkuMapCard *card;
  guint position;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), FALSE);

  if (!lookup_position (self, touchpoint, &position))
    return FALSE;
  card = CARD_AT (self, position);
  if (isnan (card->score_y))
    return FALSE;
  if (x != NULL)
    *x = card->rect.x + card->rect.width / 2;
  if (y != NULL)
    *y = card->score_y;
  return TRUE;
}

/* The cards of a row run left to right without overlapping, so a binary
 * search on x finds the one candidate. */
PolkuTouchpoint *
polku_map_layout_hit_test (PolkuMapLayout *self,
                           double          x,
                           double          y)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      PolkuMapRow *row = ROW_AT (self, i);
      guint low = row->first_card;
      guint high = row->first_card + row->n_cards;

      if (!polku_rect_contains_point (&row->touchpoint_lane, x, y))
        continue;

      while (low < high)
        {
          guint middle = low + (high - low) / 2;
          PolkuMapCard *card = CARD_AT (self, middle);

          if (x < card->rect.x)
            high = middle;
          else if (x >= card->rect.x + card->rect.width)
            low = middle + 1;
          else
            return polku_rect_contains_point (&card->rect, x, y) ? card->touchpoint : NULL;
        }
    }
  return NULL;
}

static void
visit_text (const PolkuMapText *text,
            PolkuMapTextFunc    func,
            gpointer            user_data)
{
  if (text->layout != NULL)
    func (text, user_data);
}

static void
visit_step_texts (PolkuMapLayout   *self,
                  PolkuMapStep     *step,
                  PolkuMapTextFunc  func,
                  gpointer          user_data)
{
  visit_text (&step->name, func, user_data);
  visit_text (&step->placeholder_label, func, user_data);
  for (guint i = 0; i < step->n_cards; i++)
    {
      PolkuMapCard *card = CARD_AT (self, step->first_card + i);

      visit_text (&card->role_chip.label, func, user_data);
      visit_text (&card->critical_chip.label, func, user_data);
      visit_text (&card->name, func, user_data);
      visit_text (&card->channel, func, user_data);
      visit_text (&card->value, func, user_data);
    }
}

void
_polku_map_layout_foreach_text (PolkuMapLayout   *self,
                                PolkuMapTextFunc  func,
                                gpointer          user_data)
{
  g_return_if_fail (POLKU_IS_MAP_LAYOUT (self));
  g_return_if_fail (func != NULL);

  visit_text (&self->title, func, user_data);
  visit_text (&self->segment, func, user_data);
  visit_text (&self->scale, func, user_data);
  for (guint i = 0; i < self->keys->len; i++)
    visit_text (&g_array_index (self->keys, PolkuMapKey, i).label, func, user_data);

  for (guint i = 0; i < self->rows->len; i++)
    {
      PolkuMapRow *row = ROW_AT (self, i);

      for (guint j = 0; j < row->n_phases; j++)
        {
          PolkuMapPhase *part = PHASE_AT (self, row->first_phase + j);

          visit_text (&part->label, func, user_data);
          visit_text (&part->placeholder, func, user_data);
          for (guint k = 0; k < part->n_steps; k++)
            visit_step_texts (self, STEP_AT (self, part->first_step + k), func, user_data);
        }

      visit_text (&row->touchpoint_label, func, user_data);
      visit_text (&row->satisfaction_label, func, user_data);
      for (guint j = 0; j < row->ticks->len; j++)
        visit_text (&g_array_index (row->ticks, PolkuMapTick, j).label, func, user_data);
    }
}
