/* polku-csv-journey.c: journeys as spreadsheets, one row per touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table names the columns, the level of the journey they belong to
 * (journey, phase, step or touchpoint), how their cells read and which
 * property of the model they hold: export, import and update all follow
 * it. Import and update first read every row, so that ids given in the
 * file are known before any is made up.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-command.h"
#include "polku-csv-journey.h"
#include "polku-datatypes.h"
#include "polku-document.h"
#include "polku-enums.h"
#include "polku-error.h"
#include "polku-journey.h"
#include "polku-journey-private.h"
#include "polku-metrics.h"
#include "polku-phase.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-touchpoint-private.h"
#include "polku-walk.h"

typedef enum
{
  LEVEL_JOURNEY,
  LEVEL_PHASE,
  LEVEL_STEP,
  LEVEL_TOUCHPOINT,
} Level;

typedef enum
{
  VALUE_TEXT,      /* the text as it is */
  VALUE_ID,        /* an id, which the object is made with */
  VALUE_SCALE,     /* "1-5", "1–5", "0-10" */
  VALUE_DATE,      /* xsd:dateTime */
  VALUE_LANGUAGE,
  VALUE_LANES,     /* the lanes hidden */
  VALUE_PHASE,     /* a kind, or a name that a rule assigns to one */
  VALUE_BOOLEAN,
  VALUE_ENUM,
  VALUE_FLAGS,
  VALUE_SCORE,
  VALUE_COUNTS,
} ValueKind;

typedef struct
{
  const char *header;
  Level       level;
  ValueKind   kind;
  const char *property;  /* of the level's object; NULL where it is not one */
  gboolean    always;    /* exported even when empty everywhere */
} Column;

/* The columns in the order they are written: the journey's, the phase's,
 * the step's and the touchpoint's, each in the order of the file format. */
enum {
  COLUMN_JOURNEY,
  COLUMN_TITLE,
  COLUMN_JOURNEY_DESCRIPTION,
  COLUMN_SEGMENT,
  COLUMN_SEGMENT_DESCRIPTION,
  COLUMN_SEGMENT_CRITERIA,
  COLUMN_AUTHORS,
  COLUMN_LANGUAGE,
  COLUMN_CREATED,
  COLUMN_MODIFIED,
  COLUMN_HIDDEN_LANES,
  COLUMN_SCALE,
  COLUMN_SCALE_MIN_LABEL,
  COLUMN_SCALE_MAX_LABEL,
  COLUMN_JOURNEY_NOTES,
  COLUMN_PHASE,
  COLUMN_PHASE_LABEL,
  COLUMN_STEP_ID,
  COLUMN_STEP,
  COLUMN_GATE,
  COLUMN_DOING,
  COLUMN_THINKING,
  COLUMN_FEELING,
  COLUMN_STEP_EXPECTATION,
  COLUMN_FRONT_STAGE,
  COLUMN_STEP_FRONT_LINE,
  COLUMN_STEP_SUPPORT,
  COLUMN_STEP_NOTES,
  COLUMN_TOUCHPOINT_ID,
  COLUMN_TOUCHPOINT,
  COLUMN_DESCRIPTION,
  COLUMN_CHANNEL,
  COLUMN_CHANNEL_OTHER,
  COLUMN_CRITICALITY,
  COLUMN_ROLE,
  COLUMN_INTERACTION,
  COLUMN_KANO,
  COLUMN_FREQUENCY,
  COLUMN_STANDARDISED,
  COLUMN_EXPECTATION,
  COLUMN_TARGET_LEVEL,
  COLUMN_WAY_OF_WORKING,
  COLUMN_MEASUREMENT,
  COLUMN_FRONT_LINE,
  COLUMN_SUPPORT,
  COLUMN_OWNER,
  COLUMN_NOTES,
  COLUMN_SCORE,
  COLUMN_TARGET,
  COLUMN_RESPONSES,
  COLUMN_NPS,
  COLUMN_CES,
  N_COLUMNS
};

static const Column columns[N_COLUMNS] = {
  [COLUMN_JOURNEY] = { "journey", LEVEL_JOURNEY, VALUE_ID, NULL, TRUE },
  [COLUMN_TITLE] = { "title", LEVEL_JOURNEY, VALUE_TEXT, "title", TRUE },
  [COLUMN_JOURNEY_DESCRIPTION] = { "journey-description", LEVEL_JOURNEY, VALUE_TEXT, "description", FALSE },
  [COLUMN_SEGMENT] = { "segment", LEVEL_JOURNEY, VALUE_TEXT, "segment", TRUE },
  [COLUMN_SEGMENT_DESCRIPTION] = { "segment-description", LEVEL_JOURNEY, VALUE_TEXT, "segment-description", FALSE },
  [COLUMN_SEGMENT_CRITERIA] = { "segment-criteria", LEVEL_JOURNEY, VALUE_TEXT, "segment-criteria", FALSE },
  [COLUMN_AUTHORS] = { "authors", LEVEL_JOURNEY, VALUE_TEXT, "authors", FALSE },
  [COLUMN_LANGUAGE] = { "language", LEVEL_JOURNEY, VALUE_LANGUAGE, "language", FALSE },
  [COLUMN_CREATED] = { "created", LEVEL_JOURNEY, VALUE_DATE, NULL, FALSE },
  [COLUMN_MODIFIED] = { "modified", LEVEL_JOURNEY, VALUE_DATE, NULL, FALSE },
  [COLUMN_HIDDEN_LANES] = { "hidden-lanes", LEVEL_JOURNEY, VALUE_LANES, "lanes", FALSE },
  [COLUMN_SCALE] = { "scale", LEVEL_JOURNEY, VALUE_SCALE, NULL, TRUE },
  [COLUMN_SCALE_MIN_LABEL] = { "scale-min-label", LEVEL_JOURNEY, VALUE_TEXT, "scale-min-label", FALSE },
  [COLUMN_SCALE_MAX_LABEL] = { "scale-max-label", LEVEL_JOURNEY, VALUE_TEXT, "scale-max-label", FALSE },
  [COLUMN_JOURNEY_NOTES] = { "journey-notes", LEVEL_JOURNEY, VALUE_TEXT, "notes", FALSE },
  [COLUMN_PHASE] = { "phase", LEVEL_PHASE, VALUE_PHASE, NULL, TRUE },
  [COLUMN_PHASE_LABEL] = { "phase-label", LEVEL_PHASE, VALUE_TEXT, "label", FALSE },
  [COLUMN_STEP_ID] = { "step-id", LEVEL_STEP, VALUE_ID, NULL, TRUE },
  [COLUMN_STEP] = { "step", LEVEL_STEP, VALUE_TEXT, "name", TRUE },
  [COLUMN_GATE] = { "gate", LEVEL_STEP, VALUE_BOOLEAN, "gate", FALSE },
  [COLUMN_DOING] = { "doing", LEVEL_STEP, VALUE_TEXT, "doing", FALSE },
  [COLUMN_THINKING] = { "thinking", LEVEL_STEP, VALUE_TEXT, "thinking", FALSE },
  [COLUMN_FEELING] = { "feeling", LEVEL_STEP, VALUE_TEXT, "feeling", FALSE },
  [COLUMN_STEP_EXPECTATION] = { "step-expectation", LEVEL_STEP, VALUE_TEXT, "expectation", FALSE },
  [COLUMN_FRONT_STAGE] = { "front-stage", LEVEL_STEP, VALUE_TEXT, "front-stage", FALSE },
  [COLUMN_STEP_FRONT_LINE] = { "step-front-line", LEVEL_STEP, VALUE_TEXT, "front-line", FALSE },
  [COLUMN_STEP_SUPPORT] = { "step-support", LEVEL_STEP, VALUE_TEXT, "support", FALSE },
  [COLUMN_STEP_NOTES] = { "step-notes", LEVEL_STEP, VALUE_TEXT, "notes", FALSE },
  [COLUMN_TOUCHPOINT_ID] = { "touchpoint-id", LEVEL_TOUCHPOINT, VALUE_ID, NULL, TRUE },
  [COLUMN_TOUCHPOINT] = { "touchpoint", LEVEL_TOUCHPOINT, VALUE_TEXT, "name", TRUE },
  [COLUMN_DESCRIPTION] = { "description", LEVEL_TOUCHPOINT, VALUE_TEXT, "description", FALSE },
  [COLUMN_CHANNEL] = { "channel", LEVEL_TOUCHPOINT, VALUE_ENUM, "channel", TRUE },
  [COLUMN_CHANNEL_OTHER] = { "channel-other", LEVEL_TOUCHPOINT, VALUE_TEXT, "channel-other", FALSE },
  [COLUMN_CRITICALITY] = { "criticality", LEVEL_TOUCHPOINT, VALUE_ENUM, "criticality", TRUE },
  [COLUMN_ROLE] = { "role", LEVEL_TOUCHPOINT, VALUE_ENUM, "role", TRUE },
  [COLUMN_INTERACTION] = { "interaction", LEVEL_TOUCHPOINT, VALUE_FLAGS, "interaction", FALSE },
  [COLUMN_KANO] = { "kano", LEVEL_TOUCHPOINT, VALUE_ENUM, "kano", FALSE },
  [COLUMN_FREQUENCY] = { "frequency", LEVEL_TOUCHPOINT, VALUE_ENUM, "frequency", FALSE },
  [COLUMN_STANDARDISED] = { "standardised", LEVEL_TOUCHPOINT, VALUE_BOOLEAN, "standardised", FALSE },
  [COLUMN_EXPECTATION] = { "expectation", LEVEL_TOUCHPOINT, VALUE_TEXT, "expectation", FALSE },
  [COLUMN_TARGET_LEVEL] = { "target-level", LEVEL_TOUCHPOINT, VALUE_TEXT, "target-level", FALSE },
  [COLUMN_WAY_OF_WORKING] = { "way-of-working", LEVEL_TOUCHPOINT, VALUE_TEXT, "way-of-working", FALSE },
  [COLUMN_MEASUREMENT] = { "measurement", LEVEL_TOUCHPOINT, VALUE_TEXT, "measurement", FALSE },
  [COLUMN_FRONT_LINE] = { "front-line", LEVEL_TOUCHPOINT, VALUE_TEXT, "front-line", FALSE },
  [COLUMN_SUPPORT] = { "support", LEVEL_TOUCHPOINT, VALUE_TEXT, "support", FALSE },
  [COLUMN_OWNER] = { "owner", LEVEL_TOUCHPOINT, VALUE_TEXT, "owner", FALSE },
  [COLUMN_NOTES] = { "notes", LEVEL_TOUCHPOINT, VALUE_TEXT, "notes", FALSE },
  [COLUMN_SCORE] = { "score", LEVEL_TOUCHPOINT, VALUE_SCORE, "score", TRUE },
  [COLUMN_TARGET] = { "target", LEVEL_TOUCHPOINT, VALUE_SCORE, "target", TRUE },
  [COLUMN_RESPONSES] = { "responses", LEVEL_TOUCHPOINT, VALUE_COUNTS, "responses", FALSE },
  [COLUMN_NPS] = { "nps", LEVEL_TOUCHPOINT, VALUE_COUNTS, "nps", FALSE },
  [COLUMN_CES] = { "ces", LEVEL_TOUCHPOINT, VALUE_COUNTS, "ces", FALSE },
};

const char * const *
polku_csv_journey_get_columns (void)
{
  static const char *headers[N_COLUMNS + 1];

  if (headers[0] == NULL)
    for (guint c = 0; c < N_COLUMNS; c++)
      headers[c] = columns[c].header;
  return headers;
}

/* Export */

static GObject *
object_at_level (Level            level,
                 PolkuJourney    *journey,
                 PolkuPhase      *phase,
                 PolkuStep       *step,
                 PolkuTouchpoint *touchpoint)
{
  switch (level)
    {
    case LEVEL_JOURNEY:
      return G_OBJECT (journey);
    case LEVEL_PHASE:
      return G_OBJECT (phase);
    case LEVEL_STEP:
      return G_OBJECT (step);
    case LEVEL_TOUCHPOINT:
      return G_OBJECT (touchpoint);
    default:
      g_assert_not_reached ();
    }
}

/* The cell of a column for an object; "" where it holds nothing. */
static char *
format_cell (const Column *column,
             GObject      *object)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (object == NULL)
    return g_strdup ("");

  switch (column->kind)
    {
    case VALUE_ID:
      if (POLKU_IS_JOURNEY (object))
        return g_strdup (polku_journey_get_id (POLKU_JOURNEY (object)));
      if (POLKU_IS_STEP (object))
        return g_strdup (polku_step_get_id (POLKU_STEP (object)));
      return g_strdup (polku_touchpoint_get_id (POLKU_TOUCHPOINT (object)));
    case VALUE_SCALE:
      return g_strdup_printf ("%d-%d", polku_journey_get_scale_min (POLKU_JOURNEY (object)),
                              polku_journey_get_scale_max (POLKU_JOURNEY (object)));
    case VALUE_DATE:
      {
        char *text = _polku_journey_dup_date_text (POLKU_JOURNEY (object),
                                                   g_str_equal (column->header, "created")
                                                   ? POLKU_JOURNEY_DATE_CREATED : POLKU_JOURNEY_DATE_MODIFIED);
        return text != NULL ? text : g_strdup ("");
      }
    case VALUE_PHASE:
      return g_strdup (polku_phase_kind_to_string (polku_phase_get_kind (POLKU_PHASE (object))));
    case VALUE_LANES:
      {
        PolkuLane hidden = POLKU_ALL_LANES & ~polku_journey_get_lanes (POLKU_JOURNEY (object));

        return hidden != 0 ? polku_lane_to_string (hidden) : g_strdup ("");
      }
    case VALUE_SCORE:
      {
        char buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE];
        const char *digits = _polku_touchpoint_get_score_digits (POLKU_TOUCHPOINT (object),
                                                                 g_str_equal (column->property, "score")
                                                                 ? POLKU_SCORE_KIND_SCORE : POLKU_SCORE_KIND_TARGET,
                                                                 buf);
        return g_strdup (digits != NULL ? digits : "");
      }
    case VALUE_TEXT:
    case VALUE_LANGUAGE:
    case VALUE_BOOLEAN:
    case VALUE_ENUM:
    case VALUE_FLAGS:
    case VALUE_COUNTS:
    default:
      break;
    }

  g_object_get_property (object, column->property, &value);
  switch (column->kind)
    {
    case VALUE_TEXT:
    case VALUE_LANGUAGE:
      return g_value_dup_string (&value);
    case VALUE_BOOLEAN:
      return g_strdup (g_value_get_boolean (&value) ? "true" : "");
    case VALUE_ENUM:
      {
        GEnumValue *v = g_enum_get_value (G_ENUM_CLASS (g_type_class_peek (G_VALUE_TYPE (&value))),
                                          g_value_get_enum (&value));

        return g_strdup (v == NULL || g_str_equal (v->value_nick, "none") ? "" : v->value_nick);
      }
    case VALUE_FLAGS:
      return g_value_get_flags (&value) != 0 ? polku_interaction_to_string (g_value_get_flags (&value))
                                             : g_strdup ("");
    case VALUE_COUNTS:
      {
        GVariant *counts = g_value_get_variant (&value);
        GString *text = g_string_new (NULL);
        const guint32 *items;
        gsize n = 0;

        items = counts != NULL ? g_variant_get_fixed_array (counts, &n, sizeof (guint32)) : NULL;
        for (gsize i = 0; i < n; i++)
          g_string_append_printf (text, i == 0 ? "%u" : " %u", items[i]);
        return g_string_free (text, FALSE);
      }
    case VALUE_ID:
    case VALUE_SCALE:
    case VALUE_DATE:
    case VALUE_PHASE:
    case VALUE_LANES:
    case VALUE_SCORE:
    default:
      g_assert_not_reached ();
    }
}

typedef void (*RowFunc) (PolkuJourney    *journey,
                         PolkuPhase      *phase,
                         PolkuStep       *step,
                         PolkuTouchpoint *touchpoint,
                         gpointer         user_data);

/* One row per touchpoint, and one for each step without touchpoints and
 * each labelled phase without steps; one for the journey alone when it has
 * none of them. */
static void
foreach_row (PolkuJourney *journey,
             RowFunc       func,
             gpointer      user_data)
{
  gboolean any = FALSE;

  for (guint k = 0; k < POLKU_N_PHASE_KINDS && !any; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      any = polku_phase_get_n_steps (phase) > 0 || *polku_phase_get_label (phase) != '\0';
    }
  if (!any)
    func (journey, NULL, NULL, NULL, user_data);

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      if (polku_phase_get_n_steps (phase) == 0 && *polku_phase_get_label (phase) != '\0')
        func (journey, phase, NULL, NULL, user_data);
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          if (polku_step_get_n_touchpoints (step) == 0)
            func (journey, phase, step, NULL, user_data);
          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            func (journey, phase, step, polku_step_get_touchpoint (step, t), user_data);
        }
    }
}

static void
note_used_columns (PolkuJourney    *journey,
                   PolkuPhase      *phase,
                   PolkuStep       *step,
                   PolkuTouchpoint *touchpoint,
                   gpointer         user_data)
{
  gboolean *used = user_data;

  for (guint c = 0; c < N_COLUMNS; c++)
    if (!used[c])
      {
        g_autofree char *cell = format_cell (&columns[c], object_at_level (columns[c].level, journey,
                                                                            phase, step, touchpoint));
        used[c] = *cell != '\0';
      }
}

typedef struct
{
  GString        *out;
  const gboolean *used;
} Export;

static void
write_row (PolkuJourney    *journey,
           PolkuPhase      *phase,
           PolkuStep       *step,
           PolkuTouchpoint *touchpoint,
           gpointer         user_data)
{
  Export *export = user_data;
  gboolean first = TRUE;

  for (guint c = 0; c < N_COLUMNS; c++)
    if (export->used[c])
      {
        g_autofree char *cell = format_cell (&columns[c], object_at_level (columns[c].level, journey,
                                                                            phase, step, touchpoint));

        polku_csv_append_field (export->out, cell, ',', first);
        first = FALSE;
      }
  polku_csv_end_record (export->out);
}

GBytes *
polku_csv_journey_export (PolkuJourney *journey)
{
  gboolean used[N_COLUMNS];
  Export export;
  gboolean first = TRUE;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  for (guint c = 0; c < N_COLUMNS; c++)
    used[c] = columns[c].always;
  foreach_row (journey, note_used_columns, used);

  export = (Export) { g_string_new (NULL), used };
  for (guint c = 0; c < N_COLUMNS; c++)
    if (used[c])
      {
        polku_csv_append_field (export.out, columns[c].header, ',', first);
        first = FALSE;
      }
  polku_csv_end_record (export.out);
  foreach_row (journey, write_row, &export);
  return g_string_free_to_bytes (export.out);
}

/* Reading the rows */

typedef struct
{
  guint  line;
  char  *cells[N_COLUMNS];   /* NULL where the file has no such column */
} Row;

static void
row_free (Row *row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (row->cells[c]);
  g_free (row);
}

typedef struct
{
  PolkuCsvReader *reader;
  gboolean        present[N_COLUMNS];
  GPtrArray      *rows;     /* Row */
  PolkuPhaseRule *rule;
  PolkuPhaseRule *own_rule;
} Sheet;

static void
sheet_clear (Sheet *sheet)
{
  g_clear_pointer (&sheet->rows, g_ptr_array_unref);
  g_clear_pointer (&sheet->own_rule, polku_phase_rule_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sheet, sheet_clear)

/* A header as the table spells it: lower case, hyphens for spaces and
 * underscores. */
static char *
normalize_header (const char *header)
{
  g_autofree char *stripped = g_strstrip (g_strdup (header));
  char *folded = g_utf8_strdown (stripped, -1);

  g_strdelimit (folded, " _", '-');
  return folded;
}

static gboolean
read_header (Sheet   *sheet,
             int     *map,
             GError **error)
{
  guint n;

  if (!polku_csv_reader_next (sheet->reader, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                     /* Translators: FILE:1: … */
                     _("%s:1: the file is empty; a journey’s CSV file starts with a row of column names"),
                     polku_csv_reader_get_name (sheet->reader));
      return FALSE;
    }

  n = polku_csv_reader_get_n_fields (sheet->reader);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *header = normalize_header (polku_csv_reader_get_field (sheet->reader, i));
      guint c;

      map[i] = -1;
      if (*header == '\0')
        continue;
      for (c = 0; c < N_COLUMNS && !g_str_equal (columns[c].header, header); c++)
        ;
      if (c == N_COLUMNS)
        {
          g_autofree char *known = g_strjoinv (", ", (char **) polku_csv_journey_get_columns ());

          polku_csv_reader_set_error (sheet->reader, error,
                                      _("unknown column “%s”; a journey’s columns are: %s"),
                                      polku_csv_reader_get_field (sheet->reader, i), known);
          return FALSE;
        }
      if (sheet->present[c])
        {
          polku_csv_reader_set_error (sheet->reader, error, _("the column “%s” is there twice"),
                                      columns[c].header);
          return FALSE;
        }
      sheet->present[c] = TRUE;
      map[i] = c;
    }

  if (!sheet->present[COLUMN_STEP] && !sheet->present[COLUMN_TOUCHPOINT])
    {
      polku_csv_reader_set_error (sheet->reader, error, "%s",
                                  _("the file has neither a “step” nor a “touchpoint” column"));
      return FALSE;
    }
  if (!sheet->present[COLUMN_PHASE])
    {
      polku_csv_reader_set_error (sheet->reader, error, "%s",
                                  _("the file has no “phase” column; each row needs its phase: pre-purchase, purchase or post-purchase, or a name of your own"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_sheet (Sheet           *sheet,
            PolkuCsvReader  *reader,
            PolkuPhaseRule  *rule,
            GError         **error)
{
  int map[POLKU_CSV_MAX_FIELDS];
  GError *local_error = NULL;

  sheet->reader = reader;
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  if (rule == NULL)
    rule = sheet->own_rule = polku_phase_rule_new ();
  sheet->rule = rule;

  if (!read_header (sheet, map, error))
    return FALSE;

  while (polku_csv_reader_next (reader, &local_error))
    {
      guint n = polku_csv_reader_get_n_fields (reader);
      Row *row = g_new0 (Row, 1);

      row->line = polku_csv_reader_get_line (reader);
      for (guint c = 0; c < N_COLUMNS; c++)
        if (sheet->present[c])
          row->cells[c] = g_strdup ("");
      for (guint i = 0; i < n; i++)
        {
          const char *cell = polku_csv_reader_get_field (reader, i);

          if (i >= G_N_ELEMENTS (map) || map[i] < 0)
            {
              if (*cell != '\0')
                {
                  polku_csv_reader_set_error (reader, error,
                                              _("field %u holds “%s”, but its column has no name"),
                                              i + 1, cell);
                  row_free (row);
                  return FALSE;
                }
              continue;
            }
          g_free (row->cells[map[i]]);
          row->cells[map[i]] = g_strdup (cell);
        }
      g_ptr_array_add (sheet->rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static const char *
cell (const Row *row,
      guint      column)
{
  return row->cells[column] != NULL ? row->cells[column] : "";
}

static gboolean
row_has_level (const Row *row,
               Level      level)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    if (columns[c].level == level && *cell (row, c) != '\0')
      return TRUE;
  return FALSE;
}

/* A journey without steps has a row of its own. */
static gboolean
is_journey_row (const Row *row)
{
  return !row_has_level (row, LEVEL_PHASE) && !row_has_level (row, LEVEL_STEP) &&
         !row_has_level (row, LEVEL_TOUCHPOINT);
}

#define sheet_error(sheet, row, error, ...) \
  polku_file_error_set_at ((error), POLKU_FILE_ERROR_INVALID, polku_csv_reader_get_name ((sheet)->reader), \
                           (row)->line, __VA_ARGS__)

/* The kind a phase cell names: a kind's token or name, its number, or a
 * name of the file's own that the rule assigns; FALSE when empty. */
static gboolean
phase_of (Sheet          *sheet,
          const Row      *row,
          PolkuPhaseKind *kind,
          gboolean       *named,
          GError        **error)
{
  g_autofree char *name = g_strstrip (g_strdup (cell (row, COLUMN_PHASE)));
  g_autofree char *folded = g_utf8_casefold (name, -1);

  *named = FALSE;
  if (*name == '\0')
    {
      sheet_error (sheet, row, error, "%s",
                   _("the row has no phase; give pre-purchase, purchase or post-purchase, or a name of your own"));
      return FALSE;
    }
  if (polku_phase_kind_from_string (folded, kind))
    return TRUE;
  if (strlen (name) == 1 && name[0] >= '1' && name[0] <= '3')
    {
      *kind = name[0] - '1';
      return TRUE;
    }
  for (PolkuPhaseKind k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      g_autofree char *label = g_utf8_casefold (polku_phase_kind_get_label (k), -1);

      if (g_str_equal (label, folded))
        {
          *kind = k;
          return TRUE;
        }
    }
  *kind = polku_phase_rule_lookup (sheet->rule, name);
  *named = TRUE;
  return TRUE;
}

/* Reading cells */

static gboolean
parse_boolean (const char *text,
               gboolean   *value)
{
  static const char * const yes[] = { "true", "yes", "x", "1", "kyllä", "on", NULL };
  static const char * const no[] = { "", "false", "no", "0", "ei", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strstrip (folded);
  if (g_strv_contains (yes, folded))
    *value = TRUE;
  else if (g_strv_contains (no, folded))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* The value of an enumeration named by its token or its name, in any
 * case; "" is the default the property has. */
static gboolean
parse_enum (GParamSpec *pspec,
            const char *text,
            int        *value)
{
  GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
  g_autofree char *token = g_utf8_strdown (text, -1);

  g_strstrip (token);
  g_strdelimit (token, " _", '-');
  /* An empty cell is the default: for a channel, not set yet. */
  if (*token == '\0')
    {
      *value = G_PARAM_SPEC_ENUM (pspec)->default_value;
      return TRUE;
    }
  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *label = NULL;
      int v = klass->values[i].value;

      if (g_str_equal (klass->values[i].value_nick, token))
        {
          *value = v;
          return TRUE;
        }
      if (pspec->value_type == POLKU_TYPE_CHANNEL)
        label = g_utf8_strdown (polku_channel_get_label (v), -1);
      else if (pspec->value_type == POLKU_TYPE_CRITICALITY)
        label = g_utf8_strdown (polku_criticality_get_label (v), -1);
      else if (pspec->value_type == POLKU_TYPE_ROLE)
        label = g_utf8_strdown (polku_role_get_label (v), -1);
      else if (pspec->value_type == POLKU_TYPE_KANO)
        label = g_utf8_strdown (polku_kano_get_label (v), -1);
      else if (pspec->value_type == POLKU_TYPE_FREQUENCY)
        label = g_utf8_strdown (polku_frequency_get_label (v), -1);
      if (label != NULL)
        {
          g_strdelimit (label, " _", '-');
          if (g_str_equal (label, token))
            {
              *value = v;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* The tokens of a list, separated by spaces, commas or semicolons. */
static char *
list_tokens (const char *text)
{
  g_autofree char *spaced = g_strdup (text);

  g_strdelimit (spaced, ",;", ' ');
  return polku_datatype_collapse (spaced);
}

/* A decimal with '.' or ',' as its decimal mark, canonical; NULL when it
 * is not one. */
static char *
parse_decimal (const char *text)
{
  g_autofree char *dotted = g_strdup (text);

  g_strdelimit (dotted, ",", '.');
  return polku_datatype_decimal_canonical (dotted);
}

/* A cell read into the value of its column's property; a score's digits
 * also in digits. Sets problem to what is wrong. */
static gboolean
parse_cell (const Column  *column,
            GObject       *object,
            PolkuJourney  *journey,
            const char    *text,
            GValue        *value,
            char         **digits,
            char         **problem)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), column->property);

  g_assert (pspec != NULL);
  g_value_init (value, pspec->value_type);

  switch (column->kind)
    {
    case VALUE_TEXT:
      g_value_set_string (value, text);
      return TRUE;

    case VALUE_LANGUAGE:
      {
        g_autofree char *tag = polku_datatype_collapse (text);

        if (*tag == '\0' || polku_datatype_is_language (tag))
          {
            g_value_set_string (value, tag);
            return TRUE;
          }
        *problem = g_strdup_printf (_("“%s” is not a language tag such as fi or en-GB"), text);
        return FALSE;
      }

    case VALUE_BOOLEAN:
      {
        gboolean b;

        if (parse_boolean (text, &b))
          {
            g_value_set_boolean (value, b);
            return TRUE;
          }
        *problem = g_strdup_printf (_("“%s” is neither true nor false; leave it empty for false"), text);
        return FALSE;
      }

    case VALUE_ENUM:
      {
        int v;

        if (parse_enum (pspec, text, &v))
          {
            g_value_set_enum (value, v);
            return TRUE;
          }
      }
      {
        GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        g_autoptr(GString) allowed = g_string_new (NULL);

        for (guint i = 0; i < klass->n_values; i++)
          if (!g_str_equal (klass->values[i].value_nick, "none"))
            g_string_append_printf (allowed, allowed->len > 0 ? ", %s" : "%s", klass->values[i].value_nick);
        *problem = g_strdup_printf (_("“%s” is not a %s; use one of: %s"), text, column->header, allowed->str);
        return FALSE;
      }

    case VALUE_FLAGS:
    case VALUE_LANES:
      {
        g_autofree char *tokens = list_tokens (text);
        guint flags = 0;
        gboolean ok = column->kind == VALUE_FLAGS
                      ? polku_interaction_from_string (tokens, (PolkuInteraction *) &flags)
                      : polku_lane_from_string (tokens, (PolkuLane *) &flags);

        if (*tokens == '\0')
          ok = TRUE, flags = 0;
        if (!ok)
          {
            *problem = g_strdup_printf (_("“%s” holds what is not a %s"), text, column->header);
            return FALSE;
          }
        g_value_set_flags (value, column->kind == VALUE_LANES ? POLKU_ALL_LANES & ~flags : flags);
        return TRUE;
      }

    case VALUE_SCORE:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (text));
        g_autofree char *canonical = NULL;
        double score;
        int min = polku_journey_get_scale_min (journey), max = polku_journey_get_scale_max (journey);

        if (*stripped == '\0')
          {
            g_value_set_double (value, -1);
            return TRUE;
          }
        canonical = parse_decimal (stripped);
        if (canonical == NULL)
          {
            *problem = g_strdup_printf (_("“%s” is not a number such as 4 or 3.5"), text);
            return FALSE;
          }
        score = g_ascii_strtod (canonical, NULL);
        if (score < min || score > max)
          {
            *problem = g_strdup_printf (_("%s is outside the journey’s scale %d–%d; give the scale in a “scale” column, such as 1-10"),
                                        text, min, max);
            return FALSE;
          }
        g_value_set_double (value, score);
        if (digits != NULL)
          *digits = g_steal_pointer (&canonical);
        return TRUE;
      }

    case VALUE_COUNTS:
      {
        PolkuSurvey survey = g_str_equal (column->property, "nps") ? POLKU_SURVEY_NPS
                             : g_str_equal (column->property, "ces") ? POLKU_SURVEY_CES
                             : POLKU_SURVEY_SATISFACTION;
        guint expected = polku_metrics_survey_size (journey, survey);
        g_autofree char *tokens = list_tokens (text);
        const char *cursor = tokens, *item;
        guint32 counts[64];
        gsize length;
        guint n = 0;

        while (polku_datatype_next_list_item (&cursor, &item, &length))
          {
            if (n == G_N_ELEMENTS (counts) || !polku_datatype_parse_unsigned_int (item, length, &counts[n]))
              {
                *problem = g_strdup_printf (_("“%s” is not a list of whole numbers, one for each answer value"), text);
                return FALSE;
              }
            n++;
          }
        if (n != 0 && n != expected)
          {
            *problem = g_strdup_printf (_("“%s” holds %u counts, but there are %u answer values"), text, n, expected);
            return FALSE;
          }
        g_value_set_variant (value, n == 0 ? NULL
                                           : g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, counts, n, sizeof (guint32)));
        return TRUE;
      }

    case VALUE_ID:
    case VALUE_SCALE:
    case VALUE_DATE:
    case VALUE_PHASE:
    default:
      g_assert_not_reached ();
    }
}

/* Reads the cell of a column into object: directly for an object being
 * made (commands NULL), else as a command when the value changes. */
static gboolean
apply_cell (Sheet        *sheet,
            const Row    *row,
            guint         c,
            GObject      *object,
            PolkuJourney *journey,
            GPtrArray    *commands,
            GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) old = G_VALUE_INIT;
  g_autofree char *digits = NULL;
  g_autofree char *problem = NULL;

  if (row->cells[c] == NULL || columns[c].property == NULL)
    return TRUE;
  if (!parse_cell (&columns[c], object, journey, row->cells[c], &value,
                   commands == NULL ? &digits : NULL, &problem))
    {
      /* Translators: a column's name, then what is wrong with its cell */
      sheet_error (sheet, row, error, _("column “%s”: %s"), columns[c].header, problem);
      return FALSE;
    }

  if (commands == NULL)
    {
      if (digits != NULL)
        _polku_touchpoint_set_score_digits (POLKU_TOUCHPOINT (object),
                                            g_str_equal (columns[c].property, "score")
                                            ? POLKU_SCORE_KIND_SCORE : POLKU_SCORE_KIND_TARGET, digits);
      else
        g_object_set_property (object, columns[c].property, &value);
      return TRUE;
    }

  g_value_init (&old, G_VALUE_TYPE (&value));
  g_object_get_property (object, columns[c].property, &old);
  if (g_param_values_cmp (g_object_class_find_property (G_OBJECT_GET_CLASS (object), columns[c].property),
                          &old, &value) != 0)
    g_ptr_array_add (commands, polku_command_new_set_property (object, columns[c].property, &value));
  return TRUE;
}

/* Checks that a row repeats what the first row of its journey, phase or
 * step said in that level's columns. */
static gboolean
check_repeats (Sheet      *sheet,
               const Row  *row,
               const Row  *first,
               Level       level,
               GError    **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    if (columns[c].level == level && row->cells[c] != NULL &&
        c != COLUMN_PHASE && !g_str_equal (row->cells[c], first->cells[c]))
      {
        sheet_error (sheet, row, error,
                     /* Translators: e.g. column “doing”: “Calls” differs from line 3’s “Waits” … */
                     _("column “%s”: “%s” differs from line %u’s “%s”; the rows of a step, a phase or a journey repeat its values"),
                     columns[c].header, row->cells[c], first->line, first->cells[c]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
apply_level (Sheet        *sheet,
             const Row    *row,
             Level         level,
             GObject      *object,
             PolkuJourney *journey,
             GPtrArray    *commands,
             GError      **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    if (columns[c].level == level &&
        !apply_cell (sheet, row, c, object, journey, commands, error))
      return FALSE;
  return TRUE;
}

/* Journey-level values that are not properties: the scale first, since
 * scores are read on it, and the dates. */
static gboolean
read_scale (Sheet      *sheet,
            const Row  *row,
            int        *min,
            int        *max,
            GError    **error)
{
  g_autofree char *text = g_strdup (cell (row, COLUMN_SCALE));
  char *end;

  g_strstrip (text);
  if (*text == '\0')
    {
      *min = POLKU_SCALE_DEFAULT_MIN;
      *max = POLKU_SCALE_DEFAULT_MAX;
      return TRUE;
    }
  *min = strtol (text, &end, 10);
  if (end != text && (g_str_has_prefix (end, "-") || g_str_has_prefix (end, "–")))
    {
      char *max_start = end + (*end == '-' ? 1 : strlen ("–"));

      *max = strtol (max_start, &end, 10);
      if (end != max_start && *end == '\0' && polku_scale_is_supported (*min, *max))
        return TRUE;
    }
  sheet_error (sheet, row, error, _("column “scale”: “%s” is not a scale; use 1-5, 1-7, 1-10 or 0-10"),
               cell (row, COLUMN_SCALE));
  return FALSE;
}

static gboolean
read_dates (Sheet        *sheet,
            const Row    *row,
            PolkuJourney *journey,
            GError      **error)
{
  static const guint date_columns[] = { COLUMN_CREATED, COLUMN_MODIFIED };

  for (guint i = 0; i < G_N_ELEMENTS (date_columns); i++)
    {
      g_autofree char *date = polku_datatype_collapse (cell (row, date_columns[i]));

      if (*date == '\0')
        continue;
      if (!polku_datatype_parse_date_time (date, NULL))
        {
          sheet_error (sheet, row, error,
                       _("column “%s”: “%s” is not a date and time such as 2026-05-31T14:00:00Z"),
                       columns[date_columns[i]].header, cell (row, date_columns[i]));
          return FALSE;
        }
      _polku_journey_set_date_text (journey, i == 0 ? POLKU_JOURNEY_DATE_CREATED : POLKU_JOURNEY_DATE_MODIFIED,
                                    date);
    }
  return TRUE;
}

/* Ids */

typedef struct
{
  GHashTable *used;   /* id → the line where the file gives it, or 0 */
  guint       next[3];  /* the last number made up for journeys, steps, touchpoints */
} Ids;

static gboolean
claim_given_ids (Sheet   *sheet,
                 Ids     *ids,
                 GError **error)
{
  static const guint id_columns[] = { COLUMN_JOURNEY, COLUMN_STEP_ID, COLUMN_TOUCHPOINT_ID };
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) step_journeys = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < sheet->rows->len; r++)
    {
      Row *row = g_ptr_array_index (sheet->rows, r);

      for (guint i = 0; i < G_N_ELEMENTS (id_columns); i++)
        {
          guint c = id_columns[i];
          char *id = row->cells[c];
          gpointer first_line, kind;

          if (id == NULL)
            continue;
          g_strstrip (id);
          if (*id == '\0')
            continue;
          if (!polku_datatype_is_ncname (id))
            {
              sheet_error (sheet, row, error,
                           _("column “%s”: “%s” is not an id: an id starts with a letter or “_”, followed by letters, digits, “.”, “-” or “_”"),
                           columns[c].header, id);
              return FALSE;
            }
          /* A journey's and a step's id repeat on their rows, a step's
           * within one journey; a touchpoint's does not, nor is any id
           * of two kinds. */
          if (g_hash_table_lookup_extended (ids->used, id, NULL, &first_line) &&
              ((kind = g_hash_table_lookup (kinds, id)) != GUINT_TO_POINTER (c + 1) || c == COLUMN_TOUCHPOINT_ID ||
               (c == COLUMN_STEP_ID && !g_str_equal (g_hash_table_lookup (step_journeys, id),
                                                     cell (row, COLUMN_JOURNEY)))))
            {
              sheet_error (sheet, row, error, _("the id “%s” is used on line %u already; each id must be unique"),
                           id, GPOINTER_TO_UINT (first_line));
              return FALSE;
            }
          if (!g_hash_table_contains (ids->used, id))
            {
              g_hash_table_insert (ids->used, g_strdup (id), GUINT_TO_POINTER (row->line));
              g_hash_table_insert (kinds, id, GUINT_TO_POINTER (c + 1));
              if (c == COLUMN_STEP_ID)
                g_hash_table_insert (step_journeys, id, (gpointer) cell (row, COLUMN_JOURNEY));
            }
        }
    }
  return TRUE;
}

/* An id that neither the file nor the document uses. */
static char *
make_id (Ids        *ids,
         const char *prefix)
{
  guint *next = &ids->next[*prefix == 'j' ? 0 : *prefix == 's' ? 1 : 2];

  for (;;)
    {
      char *id = g_strdup_printf ("%s%u", prefix, ++*next);

      if (!g_hash_table_contains (ids->used, id))
        {
          g_hash_table_insert (ids->used, g_strdup (id), GUINT_TO_POINTER (0));
          return id;
        }
      g_free (id);
    }
}

static char *
given_or_made_id (const Row  *row,
                  guint       column,
                  Ids        *ids,
                  const char *prefix)
{
  const char *given = cell (row, column);

  return *given != '\0' ? g_strdup (given) : make_id (ids, prefix);
}

/* Import */

typedef struct
{
  PolkuJourney *journey;
  const Row    *first;
  const Row    *phase_first[POLKU_N_PHASE_KINDS];
  gboolean      phase_named[POLKU_N_PHASE_KINDS];
  GHashTable   *steps;   /* step id, or phase and name → StepEntry */
} JourneyEntry;

typedef struct
{
  PolkuStep      *step;
  PolkuPhaseKind  kind;
  const Row      *first;
} StepEntry;

static void
journey_entry_free (JourneyEntry *entry)
{
  g_object_unref (entry->journey);
  g_hash_table_unref (entry->steps);
  g_free (entry);
}

/* What finds a row's step: its id, else its phase and name. */
static char *
step_key (const Row      *row,
          PolkuPhaseKind  kind)
{
  const char *id = cell (row, COLUMN_STEP_ID);
  const char *name = *cell (row, COLUMN_STEP) != '\0' ? cell (row, COLUMN_STEP) : cell (row, COLUMN_TOUCHPOINT);

  if (*id != '\0')
    return g_strconcat ("#", id, NULL);
  return g_strdup_printf ("%d:%s", kind, name);
}

static JourneyEntry *
find_journey (Sheet          *sheet,
              GHashTable     *journeys,
              PolkuDocument  *document,
              const Row      *row,
              Ids            *ids,
              GError        **error)
{
  JourneyEntry *entry = g_hash_table_lookup (journeys, cell (row, COLUMN_JOURNEY));
  g_autofree char *id = NULL;
  int min, max;

  if (entry != NULL)
    return check_repeats (sheet, row, entry->first, LEVEL_JOURNEY, error) ? entry : NULL;

  if (!read_scale (sheet, row, &min, &max, error))
    return NULL;
  id = given_or_made_id (row, COLUMN_JOURNEY, ids, "journey");
  entry = g_new0 (JourneyEntry, 1);
  entry->journey = polku_journey_new (id);
  entry->first = row;
  entry->steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (journeys, g_strdup (cell (row, COLUMN_JOURNEY)), entry);
  polku_document_append_journey (document, entry->journey);

  polku_journey_set_scale (entry->journey, min, max);
  if (!apply_level (sheet, row, LEVEL_JOURNEY, G_OBJECT (entry->journey), entry->journey, NULL, error) ||
      !read_dates (sheet, row, entry->journey, error))
    return NULL;
  if (*polku_journey_get_title (entry->journey) == '\0')
    {
      g_autofree char *base = g_path_get_basename (polku_csv_reader_get_name (sheet->reader));
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      polku_journey_set_title (entry->journey, base);
    }
  return entry;
}

static gboolean
import_row (Sheet          *sheet,
            const Row      *row,
            GHashTable     *journeys,
            PolkuDocument  *document,
            Ids            *ids,
            GError        **error)
{
  JourneyEntry *entry;
  StepEntry *step_entry;
  PolkuPhaseKind kind;
  gboolean named;
  g_autofree char *key = NULL;
  PolkuPhase *phase;

  entry = find_journey (sheet, journeys, document, row, ids, error);
  if (entry == NULL)
    return FALSE;
  if (is_journey_row (row))
    return TRUE;
  if (!phase_of (sheet, row, &kind, &named, error))
    return FALSE;

  phase = polku_journey_get_phase (entry->journey, kind);
  if (entry->phase_first[kind] == NULL)
    {
      entry->phase_first[kind] = row;
      if (!apply_level (sheet, row, LEVEL_PHASE, G_OBJECT (phase), entry->journey, NULL, error))
        return FALSE;
    }
  else if (!check_repeats (sheet, row, entry->phase_first[kind], LEVEL_PHASE, error))
    return FALSE;
  entry->phase_named[kind] |= named;

  if (!row_has_level (row, LEVEL_STEP) && !row_has_level (row, LEVEL_TOUCHPOINT))
    return TRUE;

  key = step_key (row, kind);
  step_entry = g_hash_table_lookup (entry->steps, key);
  if (step_entry == NULL)
    {
      g_autofree char *id = given_or_made_id (row, COLUMN_STEP_ID, ids, "s");
      g_autoptr(PolkuStep) step = polku_step_new (id, NULL);

      if (!apply_level (sheet, row, LEVEL_STEP, G_OBJECT (step), entry->journey, NULL, error))
        return FALSE;
      /* A list of touchpoints without steps: a step for each. */
      if (!sheet->present[COLUMN_STEP] || *cell (row, COLUMN_STEP) == '\0')
        polku_step_set_name (step, cell (row, COLUMN_TOUCHPOINT));
      polku_phase_append_step (phase, step);
      step_entry = g_new0 (StepEntry, 1);
      *step_entry = (StepEntry) { step, kind, row };
      g_hash_table_insert (entry->steps, g_steal_pointer (&key), step_entry);
    }
  else if (step_entry->kind != kind)
    {
      sheet_error (sheet, row, error,
                   _("the step “%s” is in the phase %s on line %u, and here in %s; a step is in one phase"),
                   polku_step_get_name (step_entry->step), polku_phase_kind_to_string (step_entry->kind),
                   step_entry->first->line, polku_phase_kind_to_string (kind));
      return FALSE;
    }
  else if (!check_repeats (sheet, row, step_entry->first, LEVEL_STEP, error))
    return FALSE;

  if (row_has_level (row, LEVEL_TOUCHPOINT))
    {
      g_autofree char *id = given_or_made_id (row, COLUMN_TOUCHPOINT_ID, ids, "t");
      g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, NULL);

      if (!apply_level (sheet, row, LEVEL_TOUCHPOINT, G_OBJECT (touchpoint), entry->journey, NULL, error))
        return FALSE;
      polku_step_append_touchpoint (step_entry->step, touchpoint);
    }
  return TRUE;
}

PolkuDocument *
polku_csv_journey_import (PolkuCsvReader  *reader,
                          PolkuPhaseRule  *rule,
                          GError         **error)
{
  g_auto(Sheet) sheet = { NULL };
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GHashTable) journeys = NULL;
  g_autoptr(GHashTable) used = NULL;
  Ids ids;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_sheet (&sheet, reader, rule, error))
    return NULL;

  used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ids = (Ids) { used, { 0, } };
  if (!claim_given_ids (&sheet, &ids, error))
    return NULL;

  document = polku_document_new ();
  journeys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) journey_entry_free);
  for (guint r = 0; r < sheet.rows->len; r++)
    if (!import_row (&sheet, g_ptr_array_index (sheet.rows, r), journeys, document, &ids, error))
      return NULL;

  if (polku_document_get_n_journeys (document) == 0)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                   _("%s:2: the file has no rows below its column names"),
                   polku_csv_reader_get_name (reader));
      return NULL;
    }

  /* Phases named in the file's own words take those words as labels. */
  {
    GHashTableIter iter;
    JourneyEntry *entry;

    g_hash_table_iter_init (&iter, journeys);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
      for (PolkuPhaseKind k = 0; k < POLKU_N_PHASE_KINDS; k++)
        if (entry->phase_named[k] && !sheet.present[COLUMN_PHASE_LABEL])
          {
            g_autofree char *label = polku_phase_rule_dup_label (sheet.rule, k);

            polku_phase_set_label (polku_journey_get_phase (entry->journey, k), label);
          }
  }
  return g_steal_pointer (&document);
}

gboolean
polku_csv_journey_list_phases (PolkuCsvReader  *reader,
                               PolkuPhaseRule  *rule,
                               GError         **error)
{
  g_auto(Sheet) sheet = { NULL };

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!read_sheet (&sheet, reader, rule, error))
    return FALSE;
  for (guint r = 0; r < sheet.rows->len; r++)
    {
      const Row *row = g_ptr_array_index (sheet.rows, r);
      PolkuPhaseKind kind;
      gboolean named;

      if (!is_journey_row (row) && !phase_of (&sheet, row, &kind, &named, error))
        return FALSE;
    }
  return TRUE;
}

/* Update */

typedef struct
{
  PolkuJourney  *journey;
  PolkuDocument *document;
  GPtrArray     *commands;
  Ids           *ids;
  GHashTable    *done;       /* steps and phases whose columns are read → first row */
  GHashTable    *added;      /* step → touchpoints added to it so far */
  GHashTable    *new_steps;  /* step key → step made for the update */
} Update;

typedef struct
{
  const Row       *row;
  PolkuStep       *step;
  PolkuTouchpoint *touchpoint;
} Found;

/* A row's touchpoint is found by its id, else by its name and its step's. */
static void
find_touchpoint (PolkuStep       *step,
                 PolkuTouchpoint *touchpoint,
                 gpointer         user_data)
{
  Found *found = user_data;
  const char *id = cell (found->row, COLUMN_TOUCHPOINT_ID);

  if (found->touchpoint != NULL)
    return;
  if (*id != '\0' ? g_str_equal (id, polku_touchpoint_get_id (touchpoint))
                  : (g_str_equal (cell (found->row, COLUMN_TOUCHPOINT), polku_touchpoint_get_name (touchpoint)) &&
                     g_str_equal (cell (found->row, COLUMN_STEP), polku_step_get_name (step))))
    {
      found->step = step;
      found->touchpoint = touchpoint;
    }
}

static PolkuStep *
find_step (PolkuJourney *journey,
           const Row    *row)
{
  const char *id = cell (row, COLUMN_STEP_ID);

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          if (*id != '\0' ? g_str_equal (id, polku_step_get_id (step))
                          : g_str_equal (cell (row, COLUMN_STEP), polku_step_get_name (step)))
            return step;
        }
    }
  return NULL;
}

/* Reads the columns of a level into an object the first time a row names
 * it; later rows must repeat them. */
static gboolean
update_level_once (Sheet      *sheet,
                   Update     *update,
                   const Row  *row,
                   Level       level,
                   GObject    *object,
                   GError    **error)
{
  const Row *first = g_hash_table_lookup (update->done, object);

  if (first != NULL)
    return check_repeats (sheet, row, first, level, error);
  g_hash_table_insert (update->done, object, (gpointer) row);
  return apply_level (sheet, row, level, object, update->journey, update->commands, error);
}

/* The step a row's new touchpoint goes to: one the journey has, one made
 * for an earlier row, or one made now. */
static PolkuStep *
step_for_new_touchpoint (Sheet           *sheet,
                         Update          *update,
                         const Row       *row,
                         PolkuPhaseKind   kind,
                         gboolean        *is_new,
                         GError         **error)
{
  g_autofree char *key = step_key (row, kind);
  PolkuStep *step = g_hash_table_lookup (update->new_steps, key);
  PolkuPhase *phase = polku_journey_get_phase (update->journey, kind);
  guint added = GPOINTER_TO_UINT (g_hash_table_lookup (update->added, phase));
  g_autofree char *id = NULL;

  *is_new = step != NULL;
  if (step != NULL)
    return check_repeats (sheet, row, g_hash_table_lookup (update->done, step), LEVEL_STEP, error) ? step : NULL;

  step = find_step (update->journey, row);
  if (step != NULL)
    return update_level_once (sheet, update, row, LEVEL_STEP, G_OBJECT (step), error) ? step : NULL;

  id = make_id (update->ids, "s");
  step = polku_step_new (id, NULL);
  g_hash_table_insert (update->new_steps, g_steal_pointer (&key), step);
  if (!apply_level (sheet, row, LEVEL_STEP, G_OBJECT (step), update->journey, NULL, error))
    return NULL;
  if (*cell (row, COLUMN_STEP) == '\0')
    polku_step_set_name (step, cell (row, COLUMN_TOUCHPOINT));
  g_hash_table_insert (update->done, step, (gpointer) row);
  g_ptr_array_add (update->commands,
                   polku_command_new_insert (G_OBJECT (phase), polku_phase_get_n_steps (phase) + added,
                                             G_OBJECT (step)));
  g_hash_table_insert (update->added, phase, GUINT_TO_POINTER (added + 1));
  *is_new = TRUE;
  return step;
}

static gboolean
update_row (Sheet      *sheet,
            Update     *update,
            const Row  *row,
            GError    **error)
{
  Found found = { row, NULL, NULL };
  PolkuPhaseKind kind;
  gboolean named, is_new;
  PolkuStep *step;

  if (is_journey_row (row))
    return TRUE;
  if (!phase_of (sheet, row, &kind, &named, error) ||
      !update_level_once (sheet, update, row, LEVEL_PHASE,
                          G_OBJECT (polku_journey_get_phase (update->journey, kind)), error))
    return FALSE;
  if (!row_has_level (row, LEVEL_STEP) && !row_has_level (row, LEVEL_TOUCHPOINT))
    return TRUE;

  if (row_has_level (row, LEVEL_TOUCHPOINT))
    polku_foreach_touchpoint (G_OBJECT (update->journey), find_touchpoint, &found);
  if (found.touchpoint != NULL)
    return update_level_once (sheet, update, row, LEVEL_STEP, G_OBJECT (found.step), error) &&
           apply_level (sheet, row, LEVEL_TOUCHPOINT, G_OBJECT (found.touchpoint), update->journey,
                        update->commands, error);

  step = step_for_new_touchpoint (sheet, update, row, kind, &is_new, error);
  if (step == NULL)
    return FALSE;

  if (row_has_level (row, LEVEL_TOUCHPOINT))
    {
      const char *given = cell (row, COLUMN_TOUCHPOINT_ID);
      g_autofree char *id = *given != '\0' && !g_hash_table_contains (update->ids->used, given)
                            ? g_strdup (given) : make_id (update->ids, "t");
      g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, NULL);

      g_hash_table_insert (update->ids->used, g_strdup (id), GUINT_TO_POINTER (0));
      if (!apply_level (sheet, row, LEVEL_TOUCHPOINT, G_OBJECT (touchpoint), update->journey, NULL, error))
        return FALSE;
      /* A step made for the update takes its touchpoints before it is
       * added; one of the journey's takes them undoably. */
      if (is_new)
        polku_step_append_touchpoint (step, touchpoint);
      else
        {
          guint added = GPOINTER_TO_UINT (g_hash_table_lookup (update->added, step));

          g_ptr_array_add (update->commands,
                           polku_command_new_insert (G_OBJECT (step), polku_step_get_n_touchpoints (step) + added,
                                                     G_OBJECT (touchpoint)));
          g_hash_table_insert (update->added, step, GUINT_TO_POINTER (added + 1));
        }
    }
  return TRUE;
}

static void
take_id (GHashTable *used,
         const char *id)
{
  g_hash_table_insert (used, g_strdup (id), GUINT_TO_POINTER (0));
}

/* Every id the document has. */
static void
take_document_ids (PolkuDocument *document,
                   GHashTable    *used)
{
  for (guint j = 0; j < polku_document_get_n_journeys (document); j++)
    {
      PolkuJourney *journey = polku_document_get_journey (document, j);

      take_id (used, polku_journey_get_id (journey));
      for (guint r = 0; r < polku_journey_get_n_rounds (journey); r++)
        take_id (used, polku_round_get_id (polku_journey_get_round (journey, r)));
      for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
        {
          PolkuPhase *phase = polku_journey_get_phase (journey, k);

          for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
            {
              PolkuStep *step = polku_phase_get_step (phase, s);

              take_id (used, polku_step_get_id (step));
              for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
                take_id (used, polku_touchpoint_get_id (polku_step_get_touchpoint (step, t)));
            }
        }
    }
}

PolkuCommand *
polku_csv_journey_update (PolkuJourney    *journey,
                          PolkuDocument   *document,
                          PolkuCsvReader  *reader,
                          PolkuPhaseRule  *rule,
                          GError         **error)
{
  g_auto(Sheet) sheet = { NULL };
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GHashTable) added = NULL;
  g_autoptr(GHashTable) new_steps = NULL;
  g_autoptr(GPtrArray) commands = NULL;
  const Row *first;
  Update update;
  Ids ids;
  int min, max;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (reader != NULL, NULL);

  if (!read_sheet (&sheet, reader, rule, error))
    return NULL;
  if (sheet.rows->len == 0)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                   _("%s:2: the file has no rows below its column names"),
                   polku_csv_reader_get_name (reader));
      return NULL;
    }

  /* The document's ids are taken; new steps and touchpoints get others. */
  used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  take_document_ids (document, used);
  ids = (Ids) { used, { 0, } };

  commands = g_ptr_array_new_with_free_func (g_object_unref);
  first = g_ptr_array_index (sheet.rows, 0);
  if (sheet.present[COLUMN_SCALE])
    {
      if (!read_scale (&sheet, first, &min, &max, error))
        return NULL;
      if (min != polku_journey_get_scale_min (journey) || max != polku_journey_get_scale_max (journey))
        g_ptr_array_add (commands, polku_command_new_set_scale (journey, min, max));
    }

  done = g_hash_table_new (NULL, NULL);
  added = g_hash_table_new (NULL, NULL);
  new_steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  update = (Update) { journey, document, commands, &ids, done, added, new_steps };

  for (guint r = 0; r < sheet.rows->len; r++)
    {
      const Row *row = g_ptr_array_index (sheet.rows, r);

      if (!check_repeats (&sheet, row, first, LEVEL_JOURNEY, error))
        return NULL;
      if (r == 0 && !apply_level (&sheet, row, LEVEL_JOURNEY, G_OBJECT (journey), journey, commands, error))
        return NULL;
      if (!update_row (&sheet, &update, row, error))
        return NULL;
    }

  /* Translators: the undo menu says "Undo Update from Spreadsheet" */
  return polku_command_new_group (_("Update from Spreadsheet"), g_steal_pointer (&commands));
}
