/* polku-map-layout.c: the geometry of a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-layout-private.h"
#include "polku-rect.h"
#include "polku-text-cache-private.h"

/* The grid of the map, in points. Columns run left to right in one row, or
 * wrap into a few rows when the map is laid out for a page. */
#define GUTTER_GAP         POLKU_MAP_GUTTER_GAP
#define PHASE_GAP          8.0
#define BAND_PAD_X         10.0
#define EMPTY_PHASE_WIDTH  120.0
#define EMPTY_STEP_WIDTH   76.0
#define WORD_MAX_WIDTH     150.0 /* a wider word in a heading breaks */
#define GATE_GAP           3.0   /* between a step's name and its gate tag */
#define GATE_LABEL_GAP     3.5
#define CARD_MIN_HEIGHT    56.0
#define MAX_PAGE_ROWS      6
#define PAGE_MARGIN        2.0   /* around a map on a page, which has margins */
#define GUTTER_MAX_WIDTH   128.0 /* on a page, to name each lane on one line */
#define WIDEN_TRIES        3     /* to widen a map for a page */

/* On screen, and on a page. */
static const PolkuMapSpacing roomy = {
  .gutter_width = 84.0,
  .step_pad_x = 6.0,
  .card_gap = 6.0,
  .lane_pad = 8.0,
  .card_pad = 7.0,
  .plot_pad = 12.0,
  .scale_step = 14.0,
  .band_pad_y = 4.0,
  .step_pad_y = 5.0,
  .header_spacing = 14.0,
  .row_gap = 16.0,
};

static const PolkuMapSpacing compact = {
  .gutter_width = 84.0,
  .step_pad_x = 4.0,
  .card_gap = 4.0,
  .lane_pad = 2.0,
  .card_pad = 4.0,
  .plot_pad = 6.0,
  .scale_step = 10.0,
  .band_pad_y = 2.5,
  .step_pad_y = 3.0,
  .header_spacing = 8.0,
  .row_gap = 10.0,
};

G_DEFINE_FINAL_TYPE (PolkuMapLayout, polku_map_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_CATALOG,
  PROP_PHASE,
  PROP_MAX_ROWS,
  PROP_CARD_WIDTH,
  PROP_MARGIN,
  PROP_COMPACT,
  PROP_MIN_WIDTH,
  PROP_WRAP_WIDTH,
  PROP_SOURCE,
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

/* What measuring a journey gives before its columns wrap: the units, and
 * the steps and cards at their natural sizes. Never changed once made;
 * shared by the layouts of the journey, unchanged, for other widths. */
struct _PolkuMapMeasured
{
  GArray *units;   /* Unit */
  GArray *steps;   /* PolkuMapStep */
  GArray *cards;   /* PolkuMapCard */
};

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
  _polku_map_text_clear (&step->gate_chip.label);
  _polku_map_text_clear (&step->placeholder_label);
  _polku_map_lanes_clear_step (step);
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

  g_clear_pointer (&row->lanes, g_array_unref);
  g_clear_pointer (&row->ticks, g_array_unref);
}

static void
clear_lane (gpointer data)
{
  PolkuMapLane *lane = data;

  _polku_map_text_clear (&lane->title);
  _polku_map_text_clear (&lane->label);
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

#define STEP_AT  POLKU_MAP_STEP_AT
#define CARD_AT  POLKU_MAP_CARD_AT
#define PHASE_AT POLKU_MAP_PHASE_AT
#define ROW_AT   POLKU_MAP_ROW_AT

/* Measuring: the cards and steps get their natural widths, left to right. */

/* The tag under a gate step's name: a gate mark and "Gate". */
static double
measure_gate (PolkuMapLayout *self,
              PolkuMapStep   *column)
{
  PolkuMapChip *chip = &column->gate_chip;

  _polku_map_text_set_shared (self, &chip->label, POLKU_TEXT_TAG,
                              /* Translators: a tag under a step's name on the journey map: if the step fails, the next never happens */
                              polku_catalog_gettext (self->catalog, "Gate"));
  chip->rect = (PolkuRect) {
    0, 0,
    POLKU_MAP_GATE_WIDTH + GATE_LABEL_GAP + chip->label.width,
    MAX (POLKU_MAP_GATE_HEIGHT, chip->label.height)
  };
  return chip->rect.width;
}

static guint
measure_step (PolkuMapLayout *self,
              PolkuStep      *step,
              PolkuPhaseKind  kind)
{
  PolkuMapStep column = { 0 };
  const char *name = polku_step_get_name (step);
  double cards_width = 0;
  double content_width;
  double lanes_width;

  column.step = g_object_ref (step);
  column.kind = kind;
  column.gate = polku_step_get_gate (step);
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
    cards_width += (column.n_cards - 1) * self->spacing.card_gap;
  else
    cards_width = EMPTY_STEP_WIDTH - 2 * self->spacing.step_pad_x;
  if (!self->show_cards && !self->show_plot)
    cards_width = 0;

  /* (MAX evaluates its arguments twice.) */
  content_width = set_heading (self, &column.name, POLKU_TEXT_STEP, name);
  content_width = MAX (content_width, cards_width);
  if (column.gate)
    {
      double gate_width = measure_gate (self, &column);

      content_width = MAX (content_width, gate_width);
    }
  lanes_width = _polku_map_lanes_step_width (self, step);
  content_width = MAX (content_width, lanes_width);
  column.width = 2 * self->spacing.step_pad_x + MAX (content_width, EMPTY_STEP_WIDTH - 2 * self->spacing.step_pad_x);
  _polku_map_text_rewrap (&column.name, column.width - 2 * self->spacing.step_pad_x);
  if (column.n_cards == 0 && self->show_cards)
    {
      _polku_map_text_set_alignment (&column.placeholder_label, PANGO_ALIGN_CENTER);
      _polku_map_text_set (self, &column.placeholder_label, POLKU_TEXT_PLACEHOLDER,
                           /* Translators: shown in a step of the journey map that has no touchpoints */
                           polku_catalog_gettext (self->catalog, "No touchpoints"),
                           column.width - 2 * self->spacing.step_pad_x);
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

      if (self->phase >= 0 && polku_phase_get_kind (phase) != (PolkuPhaseKind) self->phase)
        continue;
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

static void
copy_step (PolkuMapStep       *dest,
           const PolkuMapStep *src)
{
  *dest = *src;
  g_object_ref (dest->step);
  _polku_map_text_copy (&dest->name, &src->name);
  _polku_map_text_copy (&dest->gate_chip.label, &src->gate_chip.label);
  _polku_map_text_copy (&dest->placeholder_label, &src->placeholder_label);
  for (guint f = 0; f < POLKU_STEP_N_FIELDS; f++)
    _polku_map_text_copy (&dest->cells[f], &src->cells[f]);
}

/* Copies of the steps and cards measured, for a layout to place. */
static void
copy_measured (GArray *dest_steps,
               GArray *dest_cards,
               GArray *steps,
               GArray *cards)
{
  g_array_set_size (dest_steps, steps->len);
  for (guint i = 0; i < steps->len; i++)
    copy_step (&g_array_index (dest_steps, PolkuMapStep, i), &g_array_index (steps, PolkuMapStep, i));
  g_array_set_size (dest_cards, cards->len);
  for (guint i = 0; i < cards->len; i++)
    _polku_map_card_copy (&g_array_index (dest_cards, PolkuMapCard, i), &g_array_index (cards, PolkuMapCard, i));
}

static void
measured_clear (gpointer data)
{
  PolkuMapMeasured *measured = data;

  g_clear_pointer (&measured->units, g_array_unref);
  g_clear_pointer (&measured->steps, g_array_unref);
  g_clear_pointer (&measured->cards, g_array_unref);
}

/* Keeps what was measured for layouts at other widths. */
static void
keep_measured (PolkuMapLayout *self,
               GArray         *units)
{
  PolkuMapMeasured *measured = g_rc_box_new0 (PolkuMapMeasured);

  measured->units = g_array_copy (units);
  measured->steps = g_array_new (FALSE, TRUE, sizeof (PolkuMapStep));
  g_array_set_clear_func (measured->steps, clear_step);
  measured->cards = g_array_new (FALSE, TRUE, sizeof (PolkuMapCard));
  g_array_set_clear_func (measured->cards, clear_card);
  copy_measured (measured->steps, measured->cards, self->steps, self->cards);
  self->measured = measured;
}

/* The units of the source's journey, which is as it was then, and its
 * steps and cards as measured. */
static GArray *
reuse_measured (PolkuMapLayout *self)
{
  PolkuMapMeasured *measured = g_rc_box_acquire (self->source->measured);

  self->measured = measured;
  copy_measured (self->steps, self->cards, measured->steps, measured->cards);
  for (guint i = 0; i < self->steps->len; i++)
    remember_position (self, STEP_AT (self, i)->step, i);
  for (guint i = 0; i < self->cards->len; i++)
    remember_position (self, CARD_AT (self, i)->touchpoint, i);
  return g_array_copy (measured->units);
}

/* Packs the units into rows at most cap wide, each as full as it goes;
 * returns how many rows that takes. */
static guint
pack_units (GArray  *units,
            double   cap,
            gboolean assign)
{
  PolkuPhase *phase = NULL;
  double width = 0;
  guint row = 0;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      double needed = unit->width + (width > 0 && unit->phase != phase ? PHASE_GAP : 0);

      if (width > 0 && width + needed > cap)
        {
          row++;
          width = 0;
          needed = unit->width;
        }
      width += needed;
      phase = unit->phase;
      if (assign)
        unit->row = row;
    }
  return row + 1;
}

/* Breaks the units into at most n_rows rows so that the widest row is as
 * narrow as it can be: packing greedily under a cap is optimal for a cap,
 * and the least cap that needs no more rows is found by bisection. */
static void
break_units (GArray *units,
             guint   n_rows)
{
  double low = 0;
  double high = 0;

  for (guint i = 0; i < units->len; i++)
    {
      low = MAX (low, g_array_index (units, Unit, i).width);
      high += g_array_index (units, Unit, i).width + PHASE_GAP;
    }

  while (n_rows > 1 && high - low > 0.5)
    {
      double middle = (low + high) / 2;

      if (pack_units (units, middle, FALSE) <= n_rows)
        high = middle;
      else
        low = middle;
    }
  pack_units (units, n_rows > 1 ? high : G_MAXDOUBLE, TRUE);
}

static void
widen_step (PolkuMapLayout *self,
            PolkuMapStep   *step,
            double          extra)
{
  step->width += extra;
  _polku_map_text_rewrap (&step->name, step->width - 2 * self->spacing.step_pad_x);
  if (step->placeholder_label.layout != NULL)
    _polku_map_text_rewrap (&step->placeholder_label, step->width - 2 * self->spacing.step_pad_x);
}

/* A part of a phase is as wide as its steps and its label need; the
 * label's need widens the steps alike. */
static void
measure_part (PolkuMapLayout *self,
              PolkuMapPhase  *part)
{
  const char *label = polku_phase_get_display_label_in (part->phase, self->catalog);
  g_autofree char *continued = NULL;
  double steps_width = 0;
  double label_width;

  if (part->continued)
    /* Translators: the band of a phase that a printed map wraps onto the next row */
    label = continued = g_strdup_printf (polku_catalog_gettext (self->catalog, "%s (continued)"),
                                         label);

  for (guint i = 0; i < part->n_steps; i++)
    steps_width += STEP_AT (self, part->first_step + i)->width;
  label_width = set_heading (self, &part->label, POLKU_TEXT_PHASE, label);
  part->width = MAX (steps_width, 2 * BAND_PAD_X + label_width);

  if (part->n_steps == 0)
    {
      part->width = MAX (part->width, EMPTY_PHASE_WIDTH);
      _polku_map_text_set (self, &part->placeholder, POLKU_TEXT_PLACEHOLDER,
                           /* Translators: shown in a phase of the journey map that has no steps */
                           polku_catalog_gettext (self->catalog, "No steps"),
                           part->width - 2 * BAND_PAD_X);
    }
  for (guint i = 0; i < part->n_steps; i++)
    widen_step (self, STEP_AT (self, part->first_step + i),
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
          new_row.lanes = g_array_new (FALSE, TRUE, sizeof (PolkuMapLane));
          g_array_set_clear_func (new_row.lanes, clear_lane);
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
          if (row->n_steps == 0)
            row->first_step = unit->step;
          row->n_steps++;
          if (row->n_cards == 0)
            row->first_card = step->first_card;
          row->n_cards += step->n_cards;
        }
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      row = ROW_AT (self, i);
      row->width = self->spacing.gutter_width + (row->n_phases - 1) * PHASE_GAP;
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
        widen_step (self, STEP_AT (self, part->first_step + j), share);
    }
  row->width += extra;
}

/* Placing: rows top to bottom, columns left to right, lanes top to
 * bottom. */

/* The columns' x; their y and height come once the lanes are placed. */
static void
place_columns_across (PolkuMapLayout *self,
                      PolkuMapRow    *row)
{
  double x = row->content_left;

  for (guint i = 0; i < row->n_phases; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, row->first_phase + i);
      double step_x = x;

      part->column.x = part->band.x = x;
      part->column.width = part->band.width = part->width;
      for (guint j = 0; j < part->n_steps; j++)
        {
          PolkuMapStep *step = STEP_AT (self, part->first_step + j);

          step->column.x = step_x;
          step->column.width = step->width;
          /* The mark of a gate stands between it and the next step. */
          step->gate_x = step_x + step->width;
          if (j + 1 == part->n_steps && i + 1 < row->n_phases)
            step->gate_x += PHASE_GAP / 2;
          step_x += step->width;
        }
      x += part->width + PHASE_GAP;
    }
  row->content_right = x - PHASE_GAP;
}

/* On a page, a gate's tag goes beside a step's name of one line when
 * there is room. */
static gboolean
gate_beside_name (PolkuMapLayout *self,
                  PolkuMapStep   *step)
{
  return self->compact && step->gate &&
         pango_layout_get_line_count (step->name.layout) == 1 &&
         step->name.width + 2 * GATE_GAP + step->gate_chip.rect.width <= step->width - 2 * self->spacing.step_pad_x;
}

static void
place_columns_down (PolkuMapLayout *self,
                    PolkuMapRow    *row,
                    double          top,
                    double          bottom,
                    double          band_height)
{
  for (guint i = 0; i < row->n_phases; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, row->first_phase + i);
      double x = part->column.x;

      part->column.y = part->band.y = top;
      part->column.height = bottom - top;
      part->band.height = band_height;
      _polku_map_text_move (&part->label, x + BAND_PAD_X, top + self->spacing.band_pad_y);
      _polku_map_text_move (&part->placeholder, x + BAND_PAD_X,
                            top + band_height + self->spacing.step_pad_y);

      for (guint j = 0; j < part->n_steps; j++)
        {
          PolkuMapStep *step = STEP_AT (self, part->first_step + j);
          double y = top + band_height + self->spacing.step_pad_y;

          step->column.y = top + band_height;
          step->column.height = bottom - step->column.y;
          _polku_map_text_move (&step->name, step->column.x + self->spacing.step_pad_x, y);
          if (step->gate)
            {
              PolkuMapChip *chip = &step->gate_chip;

              if (gate_beside_name (self, step))
                {
                  chip->rect.x = step->column.x + self->spacing.step_pad_x + step->name.width + 2 * GATE_GAP;
                  chip->rect.y = y + (step->name.height - chip->rect.height) / 2;
                }
              else
                {
                  chip->rect.x = step->column.x + self->spacing.step_pad_x;
                  chip->rect.y = y + step->name.height + GATE_GAP;
                }
              _polku_map_text_move (&chip->label,
                                    chip->rect.x + POLKU_MAP_GATE_WIDTH + GATE_LABEL_GAP,
                                    chip->rect.y + (chip->rect.height - chip->label.height) / 2);
            }
        }
    }
}

static double
place_cards (PolkuMapLayout *self,
             PolkuMapRow    *row,
             double          top,
             double          width)
{
  double card_height = CARD_MIN_HEIGHT;
  double cards_top = top + self->spacing.lane_pad;
  PolkuMapLane lane = { .kind = POLKU_MAP_LANE_CARDS };

  for (guint i = 0; i < row->n_cards; i++)
    card_height = MAX (card_height, CARD_AT (self, row->first_card + i)->natural_height);

  _polku_map_text_set (self, &lane.title, POLKU_TEXT_LANE,
                       polku_lane_get_label_in (POLKU_LANE_TOUCHPOINTS, self->catalog),
                       self->spacing.gutter_width - GUTTER_GAP);
  _polku_map_text_move (&lane.title, self->margin, cards_top);
  card_height = MAX (card_height, lane.title.height);
  lane.rect = (PolkuRect) { self->margin, top, width, card_height + 2 * self->spacing.lane_pad };
  row->touchpoint_lane = lane.rect;
  g_array_append_val (row->lanes, lane);

  for (guint i = 0; i < row->n_steps; i++)
    {
      PolkuMapStep *step = STEP_AT (self, row->first_step + i);
      double x = step->column.x;
      double cards_width;
      double card_x;

      if (step->n_cards == 0)
        {
          step->placeholder = (PolkuRect) {
            x + self->spacing.step_pad_x, cards_top, step->width - 2 * self->spacing.step_pad_x, card_height
          };
          _polku_map_text_move (&step->placeholder_label, step->placeholder.x,
                                cards_top + (card_height - step->placeholder_label.height) / 2);
          continue;
        }

      cards_width = (step->n_cards - 1) * self->spacing.card_gap;
      for (guint j = 0; j < step->n_cards; j++)
        cards_width += CARD_AT (self, step->first_card + j)->rect.width;
      card_x = x + (step->width - cards_width) / 2;
      for (guint j = 0; j < step->n_cards; j++)
        {
          PolkuMapCard *card = CARD_AT (self, step->first_card + j);

          _polku_map_card_place (card, card_x, cards_top, card_height);
          card_x += card->rect.width + self->spacing.card_gap;
        }
    }
  return top + lane.rect.height;
}

/* Cards of a hidden lane are slots along the satisfaction lane's top, so
 * that points stand where the cards would. */
static void
place_card_slots (PolkuMapLayout *self,
                  PolkuMapRow    *row,
                  double          y)
{
  for (guint i = 0; i < row->n_steps; i++)
    {
      PolkuMapStep *step = STEP_AT (self, row->first_step + i);
      double cards_width = step->n_cards > 0 ? (step->n_cards - 1) * self->spacing.card_gap : 0;
      double card_x;

      for (guint j = 0; j < step->n_cards; j++)
        cards_width += CARD_AT (self, step->first_card + j)->rect.width;
      card_x = step->column.x + (step->width - cards_width) / 2;
      for (guint j = 0; j < step->n_cards; j++)
        {
          PolkuMapCard *card = CARD_AT (self, step->first_card + j);

          _polku_map_card_place (card, card_x, y, 0);
          card_x += card->rect.width + self->spacing.card_gap;
        }
    }
}

static double
place_plot (PolkuMapLayout *self,
            PolkuMapRow    *row,
            double          top,
            double          width)
{
  PolkuMapLane lane = { .kind = POLKU_MAP_LANE_PLOT };

  row->plot_top = top + self->spacing.plot_pad;
  row->plot_bottom = row->plot_top + _polku_map_layout_plot_height (self);
  lane.rect = (PolkuRect) { self->margin, top, width, row->plot_bottom + self->spacing.plot_pad - top };
  row->satisfaction_lane = lane.rect;
  g_array_append_val (row->lanes, lane);
  /* The lane's name goes in once the axis says how much room it leaves. */
  return top + lane.rect.height;
}

/* Places a row at top; returns its bottom. */
static double
place_row (PolkuMapLayout *self,
           PolkuMapRow    *row,
           double          top,
           double          width,
           double          band_height,
           double          heading_height)
{
  static const PolkuLane order[] = {
    POLKU_LANE_CUSTOMER, POLKU_LANE_TOUCHPOINTS, POLKU_LANE_SATISFACTION,
    POLKU_LANE_FRONT_STAGE, POLKU_LANE_FRONT_LINE, POLKU_LANE_SUPPORT, POLKU_LANE_NOTES,
  };
  double y = top + band_height + heading_height;

  row->content_left = self->margin + self->spacing.gutter_width;
  place_columns_across (self, row);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      switch (order[i])
        {
        case POLKU_LANE_TOUCHPOINTS:
          if (self->show_cards)
            y = place_cards (self, row, y, width);
          break;

        case POLKU_LANE_SATISFACTION:
          if (!self->show_plot)
            break;
          if (!self->show_cards)
            place_card_slots (self, row, y);
          y = place_plot (self, row, y, width);
          break;

        case POLKU_LANE_CUSTOMER:
        case POLKU_LANE_FRONT_STAGE:
        case POLKU_LANE_FRONT_LINE:
        case POLKU_LANE_SUPPORT:
        case POLKU_LANE_NOTES:
        default:
          y = _polku_map_lanes_place (self, row, order[i], y, width);
          break;
        }
    }
  if (!self->show_cards && !self->show_plot)
    place_card_slots (self, row, y);

  /* A row without lanes still shows its headings. */
  y = MAX (y, top + band_height + heading_height);
  place_columns_down (self, row, top, y, band_height);
  if (self->show_plot)
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
  double y;

  G_OBJECT_CLASS (polku_map_layout_parent_class)->constructed (object);

  g_assert (POLKU_IS_JOURNEY (self->journey));

  if (self->catalog == NULL)
    self->catalog = _polku_map_catalog_new (self->journey, NULL);
  self->scale_min = polku_journey_get_scale_min (self->journey);
  self->scale_max = polku_journey_get_scale_max (self->journey);
  self->lanes = polku_journey_get_lanes (self->journey);
  self->show_cards = (self->lanes & POLKU_LANE_TOUCHPOINTS) != 0;
  self->show_plot = (self->lanes & POLKU_LANE_SATISFACTION) != 0;
  _polku_map_lanes_choose_fields (self);
  /* The gutter names each lane on one line on a page, and breaks no word
   * of a name anywhere: "Kosketuspisteet" is one. */
  self->spacing = self->compact ? compact : roomy;
  self->spacing.gutter_width = MIN (GUTTER_MAX_WIDTH,
                                    MAX (self->spacing.gutter_width,
                                         _polku_map_lanes_gutter_width (self, self->compact) + GUTTER_GAP));

  if (self->source != NULL)
    units = reuse_measured (self);
  else
    {
      units = measure_units (self);
      /* Only a wrapped map is laid out again for another width. */
      if (self->wrap_width > 0)
        keep_measured (self, units);
    }
  g_clear_object (&self->source);
  if (self->wrap_width > 0)
    self->max_rows = pack_units (units, self->wrap_width - 2 * self->margin - self->spacing.gutter_width, FALSE);
  break_units (units, self->max_rows);
  build_rows (self, units);

  for (guint i = 0; i < self->rows->len; i++)
    rows_width = MAX (rows_width, ROW_AT (self, i)->width);
  rows_width = MAX (rows_width, self->min_width - 2 * self->margin);
  width = _polku_map_layout_header (self, self->margin, self->margin, rows_width);
  for (guint i = 0; i < self->rows->len; i++)
    widen_row (self, ROW_AT (self, i), width - ROW_AT (self, i)->width);

  /* Bands and headings are as tall as their tallest, on every row. */
  for (guint i = 0; i < self->phases->len; i++)
    {
      PolkuMapPhase *part = PHASE_AT (self, i);

      band_height = MAX (band_height, part->label.height);
      if (part->placeholder.layout != NULL)
        heading_height = MAX (heading_height, part->placeholder.height);
    }
  for (guint i = 0; i < self->steps->len; i++)
    {
      PolkuMapStep *step = STEP_AT (self, i);
      double height = step->name.height;

      if (gate_beside_name (self, step))
        height = MAX (height, step->gate_chip.rect.height);
      else if (step->gate)
        height += GATE_GAP + step->gate_chip.rect.height;
      heading_height = MAX (heading_height, height);
    }
  band_height += 2 * self->spacing.band_pad_y;
  heading_height += 2 * self->spacing.step_pad_y;

  y = self->header.y + self->header.height + self->spacing.header_spacing;
  for (guint i = 0; i < self->rows->len; i++)
    {
      y = place_row (self, ROW_AT (self, i), y, width, band_height, heading_height);
      if (i + 1 < self->rows->len)
        y += self->spacing.row_gap;
    }

  self->width = width + 2 * self->margin;
  self->height = y + self->margin;

  _polku_text_cache_trim ();
}

static void
measured_release (gpointer measured)
{
  g_rc_box_release_full (measured, measured_clear);
}

static void
polku_map_layout_dispose (GObject *object)
{
  PolkuMapLayout *self = (PolkuMapLayout *) object;

  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->measured, measured_release);
  g_clear_object (&self->source);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->keys, g_array_unref);
  _polku_map_text_clear (&self->title);
  _polku_map_text_clear (&self->segment);
  _polku_map_text_clear (&self->date);
  _polku_map_text_clear (&self->scale);
  g_clear_object (&self->context);
  g_clear_object (&self->catalog);
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

    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_PHASE:
      g_value_set_int (value, self->phase);
      break;

    case PROP_MAX_ROWS:
      g_value_set_uint (value, self->max_rows);
      break;

    case PROP_CARD_WIDTH:
      g_value_set_double (value, self->card_width);
      break;

    case PROP_MARGIN:
      g_value_set_double (value, self->margin);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    case PROP_MIN_WIDTH:
      g_value_set_double (value, self->min_width);
      break;

    case PROP_WRAP_WIDTH:
      g_value_set_double (value, self->wrap_width);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, NULL);
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

    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    case PROP_PHASE:
      self->phase = g_value_get_int (value);
      break;

    case PROP_MAX_ROWS:
      self->max_rows = g_value_get_uint (value);
      break;

    case PROP_CARD_WIDTH:
      self->card_width = g_value_get_double (value);
      break;

    case PROP_MARGIN:
      self->margin = g_value_get_double (value);
      break;

    case PROP_COMPACT:
      self->compact = g_value_get_boolean (value);
      break;

    case PROP_MIN_WIDTH:
      self->min_width = g_value_get_double (value);
      break;

    case PROP_WRAP_WIDTH:
      self->wrap_width = g_value_get_double (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
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

  /* The language of the map's words; NULL for the journey's. */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         POLKU_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The PolkuPhaseKind of the one phase the map shows, or -1 for all. */
  properties[PROP_PHASE] =
    g_param_spec_int ("phase", NULL, NULL,
                      -1, POLKU_N_PHASE_KINDS - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The columns wrap into at most this many rows of about equal width. */
  properties[PROP_MAX_ROWS] =
    g_param_spec_uint ("max-rows", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The narrowest a card's text may be; a longer word or its tags widen
   * it. Narrower cards are taller: a page layout tries a few widths. */
  properties[PROP_CARD_WIDTH] =
    g_param_spec_double ("card-width", NULL, NULL,
                         POLKU_MAP_CARD_TEXT_MIN_WIDTH, POLKU_MAP_CARD_TEXT_MAX_WIDTH,
                         POLKU_MAP_CARD_TEXT_WIDTH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The white space around the map; a page has margins of its own. */
  properties[PROP_MARGIN] =
    g_param_spec_double ("margin", NULL, NULL,
                         0, 100, POLKU_MAP_MARGIN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Spaced for a page: tighter, each lane named on one line if it can. */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The columns widen to make the map at least this wide, margins
   * included: wider columns wrap their texts into fewer lines. */
  properties[PROP_MIN_WIDTH] =
    g_param_spec_double ("min-width", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* When above 0, the columns wrap into as few rows as keep the map this
   * wide, its margins included; max-rows then does not count. A step
   * wider than that has a row of its own. */
  properties[PROP_WRAP_WIDTH] =
    g_param_spec_double ("wrap-width", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* A layout of the same journey, unchanged since, spaced alike, whose
   * measured steps and cards this one places anew. */
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         POLKU_TYPE_MAP_LAYOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_map_layout_init (PolkuMapLayout *self)
{
  self->phase = -1;
  self->max_rows = 1;
  self->card_width = POLKU_MAP_CARD_TEXT_WIDTH;
  self->margin = POLKU_MAP_MARGIN;
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

/* Fitting a map to a page or a window: the rows and card widths to try,
 * and how large it may grow. */
typedef struct
{
  PolkuJourney *journey;
  double        width;
  double        height;
  double        max_scale;
  double        margin;
  const double *card_widths;  /* tried in order */
  guint         n_card_widths;
  guint         max_rows;
  gboolean      estimate;     /* start from the rows an estimate finds */
  PolkuCatalog *catalog;      /* the candidates share it */
  int           phase;        /* the one phase shown, or -1 */
  gboolean      compact;      /* spaced for a page */
} FitSearch;

static double
fit_scale (PolkuMapLayout  *self,
           const FitSearch *search)
{
  return MIN (search->max_scale, MIN (search->width / self->width, search->height / self->height));
}

/* Whether the map's height, not its width, decides its scale: more rows
 * would only make it smaller. */
static gboolean
is_height_bound (PolkuMapLayout  *self,
                 const FitSearch *search)
{
  return search->height / self->height <= search->width / self->width;
}

static PolkuMapLayout *
fit_candidate (const FitSearch *search,
               double           card_width,
               guint            rows)
{
  return g_object_new (POLKU_TYPE_MAP_LAYOUT,
                       "journey", search->journey,
                       "catalog", search->catalog,
                       "phase", search->phase,
                       "max-rows", rows,
                       "card-width", card_width,
                       "margin", search->margin,
                       "compact", search->compact,
                       NULL);
}

/* The rows at which a map laid out in one row would fit best, were every
 * row as tall as that one and its columns shared out evenly: where to
 * start looking on a map of many rows. */
static guint
estimate_rows (PolkuMapLayout  *one_row,
               const FitSearch *search)
{
  PolkuMapRow *row = ROW_AT (one_row, 0);
  double fixed_width = 2 * one_row->margin + one_row->spacing.gutter_width;
  double columns = MAX (1, one_row->width - fixed_width);
  /* The row, from its band to the bottom of its lanes, and the rest. */
  double row_height = one_row->height - one_row->margin -
                      (one_row->header.y + one_row->header.height + one_row->spacing.header_spacing);
  double head = one_row->height - row_height;
  double best_scale = 0;
  guint best = 1;
  for (guint n = 1; n <= MIN (search->max_rows, row->n_steps + row->n_phases); n++)
    {
      double width = fixed_width + columns / n;
      double height = head + n * row_height + (n - 1) * one_row->spacing.row_gap;
      double scale = MIN (search->width / width, search->height / height);

      if (scale <= best_scale)
        break;
      best_scale = scale;
      best = n;
    }
  return best;
}

/* Tries rows for a card width, from start up while the map's width bounds
 * its scale and down while its height does; keeps the best in *best. More
 * rows or narrower cards must pay for themselves in larger text. */
static void
fit_rows (const FitSearch  *search,
          double            card_width,
          PolkuMapLayout   *first,
          guint             start,
          PolkuMapLayout  **best,
          double           *best_scale)
{
  int direction = 0;

  for (guint rows = start; rows >= 1 && rows <= search->max_rows && *best_scale < search->max_scale;)
    {
      g_autoptr(PolkuMapLayout) candidate = NULL;
      double scale;
      gboolean height_bound;

      /* The map in one row may be made already. */
      candidate = first != NULL && rows == 1 ? g_object_ref (first) : fit_candidate (search, card_width, rows);
      scale = fit_scale (candidate, search);
      height_bound = is_height_bound (candidate, search);

      if (candidate->rows->len < rows)
        break;
      /* Going down, fewer rows as large are better. */
      if (*best == NULL || (direction < 0 ? scale >= *best_scale : scale > *best_scale * 1.02))
        {
          g_set_object (best, candidate);
          *best_scale = scale;
        }

      /* Which way the scale grows: fewer rows once the height bounds it,
       * more while the width does. */
      if (direction == 0)
        direction = height_bound ? -1 : 1;
      if ((direction > 0 && height_bound) || (direction < 0 && !height_bound))
        break;
      rows += direction;
    }
}

static PolkuMapLayout *
fit_search (const FitSearch *search,
            double          *scale)
{
  g_autoptr(PolkuMapLayout) best = NULL;
  double best_scale = 0;

  for (guint c = 0; c < search->n_card_widths && best_scale < search->max_scale; c++)
    {
      g_autoptr(PolkuMapLayout) one_row = NULL;
      guint start = 1;

      if (search->estimate)
        {
          one_row = fit_candidate (search, search->card_widths[c], 1);
          start = estimate_rows (one_row, search);
        }
      fit_rows (search, search->card_widths[c], one_row, start, &best, &best_scale);
    }
  if (scale != NULL)
    *scale = best_scale;
  return g_steal_pointer (&best);
}

PolkuCatalog *
_polku_map_catalog_new (PolkuJourney *journey,
                        const char   *language)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  if (language == NULL || language[0] == '\0')
    language = polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE);
  return polku_catalog_new_for_language (language);
}

/* A layout for a page, of at most rows rows, at least min_width wide. */
static PolkuMapLayout *
new_compact (PolkuJourney *journey,
             PolkuCatalog *catalog,
             int           phase,
             guint         rows,
             double        card_width,
             double        min_width)
{
  return g_object_new (POLKU_TYPE_MAP_LAYOUT,
                       "journey", journey,
                       "catalog", catalog,
                       "phase", phase,
                       "max-rows", rows,
                       "card-width", card_width,
                       "margin", PAGE_MARGIN,
                       "compact", TRUE,
                       "min-width", min_width,
                       NULL);
}

/* The layout for a box that fits it best. */
static PolkuMapLayout *
new_for_box (PolkuJourney *journey,
             PolkuCatalog *catalog,
             int           phase,
             double        width,
             double        height)
{
  /* Narrower cards make a map taller and narrower: with the number of rows
   * they decide how well the map fills a page. */
  static const double card_widths[] = { POLKU_MAP_CARD_TEXT_MIN_WIDTH, POLKU_MAP_CARD_TEXT_WIDTH, 110 };
  g_autoptr(PolkuMapLayout) best = NULL;
  g_autoptr(PolkuCatalog) own = NULL;
  double best_scale = 0;
  FitSearch search = {
    journey, width, height, 1.0, PAGE_MARGIN,
    card_widths, G_N_ELEMENTS (card_widths), MAX_PAGE_ROWS, FALSE,
    catalog, phase, TRUE,
  };

  /* The candidates share the catalogue. */
  if (search.catalog == NULL)
    search.catalog = own = _polku_map_catalog_new (journey, NULL);
  best = fit_search (&search, &best_scale);

  /* A map the box's height makes small may be widened towards the box's
   * shape: its texts wrap into fewer lines, and it is less high. */
  for (guint i = 0; i < WIDEN_TRIES && best->height * width > best->width * height; i++)
    {
      g_autoptr(PolkuMapLayout) wider = NULL;
      double scale;

      wider = new_compact (journey, search.catalog, phase, best->max_rows, best->card_width,
                           best->height * width / height);
      scale = fit_scale (wider, &search);
      if (scale <= best_scale)
        break;
      g_set_object (&best, wider);
      best_scale = scale;
    }
  return g_steal_pointer (&best);
}

PolkuMapLayout *
polku_map_layout_new_for_width (PolkuJourney *journey,
                                double        width)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (width > 0, NULL);

  return g_object_new (POLKU_TYPE_MAP_LAYOUT, "journey", journey, "wrap-width", width, NULL);
}

PolkuMapLayout *
polku_map_layout_new_for_width_counted (PolkuMapLayout *previous,
                                        PolkuJourney   *journey,
                                        guint64         serial,
                                        double          width)
{
  PolkuMapLayout *self;

  g_return_val_if_fail (previous == NULL || POLKU_IS_MAP_LAYOUT (previous), NULL);
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (width > 0, NULL);

  /* Measured for a width, in the journey's language, as it is now. */
  if (previous != NULL && previous->journey == journey && previous->counted &&
      previous->serial == serial && previous->measured != NULL)
    self = g_object_new (POLKU_TYPE_MAP_LAYOUT,
                         "journey", journey,
                         "catalog", previous->catalog,
                         "wrap-width", width,
                         "source", previous,
                         NULL);
  else
    self = polku_map_layout_new_for_width (journey, width);
  self->counted = TRUE;
  self->serial = serial;
  return self;
}

PolkuMapLayout *
polku_map_layout_new_to_fit (PolkuJourney *journey,
                             double        width,
                             double        height,
                             double        max_scale,
                             double       *scale)
{
  /* Spaced and with cards as a page's fit has them, so that the map on a
   * screen is as large as it prints or larger. */
  static const double card_widths[] = { POLKU_MAP_CARD_TEXT_MIN_WIDTH, POLKU_MAP_CARD_TEXT_WIDTH, 110 };
  FitSearch search = {
    journey, width, height, max_scale, POLKU_MAP_MARGIN,
    card_widths, G_N_ELEMENTS (card_widths), G_MAXUINT, TRUE,
    NULL, -1, TRUE,
  };

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && max_scale > 0, NULL);

  return fit_search (&search, scale);
}

PolkuMapLayout *
_polku_map_layout_new_full (PolkuJourney *journey,
                            PolkuCatalog *catalog,
                            int           phase,
                            double        width,
                            double        height)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (catalog == NULL || POLKU_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (phase >= -1 && phase < POLKU_N_PHASE_KINDS, NULL);

  if (width > 0 && height > 0)
    return new_for_box (journey, catalog, phase, width, height);
  return g_object_new (POLKU_TYPE_MAP_LAYOUT,
                       "journey", journey,
                       "catalog", catalog,
                       "phase", phase,
                       NULL);
}

PolkuMapLayout *
polku_map_layout_new_for_page (PolkuJourney *journey,
                               double        width,
                               double        height)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  return new_for_box (journey, NULL, -1, width, height);
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

  if (!self->show_cards || !lookup_position (self, touchpoint, &position))
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

  if (!self->show_plot || !lookup_position (self, touchpoint, &position))
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

  for (guint i = 0; self->show_cards && i < self->rows->len; i++)
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
visit_cells (PolkuMapStep     *step,
             PolkuStepField    first,
             PolkuStepField    last,
             PolkuMapTextFunc  func,
             gpointer          user_data)
{
  for (PolkuStepField f = first; f <= last; f++)
    visit_text (&step->cells[f], func, user_data);
}

static void
visit_step_texts (PolkuMapLayout   *self,
                  PolkuMapStep     *step,
                  PolkuMapTextFunc  func,
                  gpointer          user_data)
{
  visit_text (&step->name, func, user_data);
  visit_text (&step->gate_chip.label, func, user_data);
  visit_cells (step, POLKU_STEP_FIELD_DOING, POLKU_STEP_FIELD_EXPECTATION, func, user_data);
  visit_text (&step->placeholder_label, func, user_data);
  for (guint i = 0; self->show_cards && i < step->n_cards; i++)
    {
      PolkuMapCard *card = CARD_AT (self, step->first_card + i);

      visit_text (&card->role_chip.label, func, user_data);
      visit_text (&card->critical_chip.label, func, user_data);
      visit_text (&card->fix_chip.label, func, user_data);
      visit_text (&card->name, func, user_data);
      visit_text (&card->channel, func, user_data);
    }
  for (guint i = 0; self->show_plot && i < step->n_cards; i++)
    {
      visit_text (&CARD_AT (self, step->first_card + i)->value, func, user_data);
      visit_text (&CARD_AT (self, step->first_card + i)->trend_text, func, user_data);
    }
  visit_cells (step, POLKU_STEP_FIELD_FRONT_STAGE, POLKU_STEP_FIELD_NOTES, func, user_data);
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
  visit_text (&self->date, func, user_data);
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

      for (guint j = 0; j < row->lanes->len; j++)
        {
          PolkuMapLane *lane = &g_array_index (row->lanes, PolkuMapLane, j);

          visit_text (&lane->title, func, user_data);
          visit_text (&lane->label, func, user_data);
        }
      for (guint j = 0; j < row->ticks->len; j++)
        visit_text (&g_array_index (row->ticks, PolkuMapTick, j).label, func, user_data);
    }
}

static void
find_smallest_text (const PolkuMapText *text,
                    gpointer            user_data)
{
  double *smallest = user_data;

  *smallest = MIN (*smallest, _polku_text_style_get_size (text->style));
}

double
polku_map_layout_get_smallest_text_size (PolkuMapLayout *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), 0);

  return _polku_map_layout_get_smallest_text_size (self);
}

double
_polku_map_layout_get_smallest_text_size (PolkuMapLayout *self)
{
  double smallest = G_MAXDOUBLE;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (self), 0);

  _polku_map_layout_foreach_text (self, find_smallest_text, &smallest);
  return smallest;
}
