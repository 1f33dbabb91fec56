/* polku-map-layout-lanes.c: the lanes of a map that hold the steps' texts
 *
 * The customer's lane has a field per row: what the customer does, thinks,
 * feels and expects. The company's answer, the front line's
 * prerequisites, the support functions and the notes have one each. A
 * field that no step fills in is left out: an empty lane tells a reader
 * nothing and makes the printed map smaller.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <string.h>

#include "polku-map-layout-private.h"
#include "polku-text-cache-private.h"

#define CELL_LINES       4      /* a column widens to keep texts this short */
#define CELL_MAX_WIDTH   180.0  /* … up to this */
#define CELL_WORD_MAX    160.0  /* a wider word breaks */
#define LABEL_GAP        2.0

static PolkuLane
lane_of_field (PolkuStepField field)
{
  switch (field)
    {
    case POLKU_STEP_FIELD_DOING:
    case POLKU_STEP_FIELD_THINKING:
    case POLKU_STEP_FIELD_FEELING:
    case POLKU_STEP_FIELD_EXPECTATION:
      return POLKU_LANE_CUSTOMER;
    case POLKU_STEP_FIELD_FRONT_STAGE:
      return POLKU_LANE_FRONT_STAGE;
    case POLKU_STEP_FIELD_FRONT_LINE:
      return POLKU_LANE_FRONT_LINE;
    case POLKU_STEP_FIELD_SUPPORT:
      return POLKU_LANE_SUPPORT;
    case POLKU_STEP_FIELD_NOTES:
      return POLKU_LANE_NOTES;
    case POLKU_STEP_FIELD_NAME:
    case POLKU_STEP_N_FIELDS:
    default:
      return 0;
    }
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

void
_polku_map_lanes_choose_fields (PolkuMapLayout *self)
{
  GListModel *phases = polku_journey_get_phases (self->journey);

  g_assert (POLKU_IS_MAP_LAYOUT (self));

  memset (self->fields, 0, sizeof self->fields);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(PolkuPhase) phase = g_list_model_get_item (phases, i);

      for (guint j = 0; j < polku_phase_get_n_steps (phase); j++)
        {
          PolkuStep *step = polku_phase_get_step (phase, j);

          for (PolkuStepField f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
            if (!self->fields[f] && (self->lanes & lane_of_field (f)) &&
                has_text (polku_step_get_field (step, f)))
              self->fields[f] = TRUE;
        }
    }
}

double
_polku_map_lanes_step_width (PolkuMapLayout *self,
                             PolkuStep      *step)
{
  double width = 0;

  g_assert (POLKU_IS_MAP_LAYOUT (self));

  for (PolkuStepField f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
    {
      const char *text = polku_step_get_field (step, f);
      PolkuTextMeasure natural;
      double word;

      if (!self->fields[f] || !has_text (text))
        continue;

      _polku_text_cache_measure (POLKU_TEXT_CELL, text, -1, PANGO_ALIGN_LEFT, &natural);
      word = MIN (_polku_text_cache_widest_word (POLKU_TEXT_CELL, text), CELL_WORD_MAX);
      width = MAX (width, MAX (word, MIN (natural.width / CELL_LINES, CELL_MAX_WIDTH)));
    }
  return ceil (width);
}

/* How wide a lane's name is on one line, or its widest word. */
static double
text_width (PolkuTextStyle  style,
            const char     *text,
            gboolean        whole)
{
  PolkuTextMeasure measure;

  if (!whole)
    return _polku_text_cache_widest_word (style, text);
  _polku_text_cache_measure (style, text, -1, PANGO_ALIGN_LEFT, &measure);
  return measure.width;
}

double
_polku_map_lanes_gutter_width (PolkuMapLayout *self,
                               gboolean        whole)
{
  double width = 0;

  g_assert (POLKU_IS_MAP_LAYOUT (self));

  for (guint i = 0; i < POLKU_N_LANES; i++)
    {
      PolkuLane lane = 1 << i;
      double title;

      if (!(self->lanes & lane))
        continue;
      title = text_width (POLKU_TEXT_LANE, polku_lane_get_label_in (lane, self->catalog), whole);

      /* The satisfaction lane's name stands left of the axis's labels. */
      if (lane == POLKU_LANE_SATISFACTION)
        {
          g_autofree char *highest = g_strdup_printf ("%d", polku_journey_get_scale_max (self->journey));

          title += text_width (POLKU_TEXT_AXIS, highest, TRUE) + POLKU_MAP_AXIS_GAP + POLKU_MAP_GUTTER_GAP;
        }
      width = MAX (width, title);
    }
  for (PolkuStepField f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
    if (self->fields[f] && lane_of_field (f) == POLKU_LANE_CUSTOMER)
      width = MAX (width, text_width (POLKU_TEXT_LANE_FIELD,
                                      polku_step_field_get_label_in (f, self->catalog), whole));
  return ceil (width);
}

/* The lane's name in the gutter: its title over the field's label in a
 * lane of several fields, else the title alone. Returns its height. */
static double
place_gutter (PolkuMapLayout *self,
              PolkuMapLane   *lane,
              PolkuLane       kind,
              double          y)
{
  double width = self->spacing.gutter_width - POLKU_MAP_GUTTER_GAP;
  double height = 0;

  if (!lane->continues)
    {
      _polku_map_text_set (self, &lane->title, POLKU_TEXT_LANE,
                           polku_lane_get_label_in (kind, self->catalog), width);
      _polku_map_text_move (&lane->title, self->margin, y);
      height = lane->title.height + LABEL_GAP;
    }
  if (kind == POLKU_LANE_CUSTOMER)
    {
      _polku_map_text_set (self, &lane->label, POLKU_TEXT_LANE_FIELD,
                           polku_step_field_get_label_in (lane->field, self->catalog), width);
      _polku_map_text_move (&lane->label, self->margin, y + height);
      height += lane->label.height;
    }
  return height;
}

double
_polku_map_lanes_place (PolkuMapLayout *self,
                        PolkuMapRow    *row,
                        PolkuLane       kind,
                        double          top,
                        double          width)
{
  gboolean first = TRUE;

  g_assert (POLKU_IS_MAP_LAYOUT (self));

  for (PolkuStepField f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
    {
      PolkuMapLane lane = {
        .kind = POLKU_MAP_LANE_TEXT,
        .field = f,
        .continues = !first,
      };
      double y = top + self->spacing.lane_pad;
      double height;

      if (!self->fields[f] || lane_of_field (f) != kind)
        continue;
      first = FALSE;

      height = place_gutter (self, &lane, kind, y);
      for (guint i = 0; i < row->n_steps; i++)
        {
          PolkuMapStep *step = POLKU_MAP_STEP_AT (self, row->first_step + i);
          PolkuMapText *cell = &step->cells[f];
          const char *text = polku_step_get_field (step->step, f);

          if (!has_text (text))
            continue;
          _polku_map_text_set (self, cell, POLKU_TEXT_CELL, text,
                               step->column.width - 2 * self->spacing.step_pad_x);
          _polku_map_text_move (cell, step->column.x + self->spacing.step_pad_x, y);
          height = MAX (height, cell->height);
        }

      lane.rect = (PolkuRect) { self->margin, top, width, height + 2 * self->spacing.lane_pad };
      g_array_append_val (row->lanes, lane);
      top += lane.rect.height;
    }
  return top;
}

void
_polku_map_lanes_clear_step (PolkuMapStep *step)
{
  for (guint f = 0; f < POLKU_STEP_N_FIELDS; f++)
    _polku_map_text_clear (&step->cells[f]);
}
