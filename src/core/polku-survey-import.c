/* polku-survey-import.c: survey answers counted into a measurement round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers are read once, record by record, and counted straight into a
 * table of the journey's touchpoints: a file of answers costs its own bytes
 * and one record, and the counts.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-command.h"
#include "polku-datatypes.h"
#include "polku-document.h"
#include "polku-error.h"
#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-round.h"
#include "polku-survey-import.h"
#include "polku-touchpoint.h"
#include "polku-walk.h"

/* A name that several touchpoints have names none of them. */
#define AMBIGUOUS G_MAXUINT

typedef struct
{
  guint32  counts[POLKU_N_SURVEYS][POLKU_NPS_N_VALUES];
  gboolean any[POLKU_N_SURVEYS];
} Tally;

typedef struct
{
  guint       touchpoint;   /* index + 1, 0 for a column left out */
  PolkuSurvey survey;
} Mapping;

struct _PolkuSurveyImport
{
  PolkuJourney *journey;
  GPtrArray    *touchpoints;   /* PolkuTouchpoint, in map order */
  GHashTable   *by_id;         /* id → index + 1 */
  GHashTable   *by_name;       /* name → index + 1, or AMBIGUOUS */
  Tally        *tallies;       /* one per touchpoint */
  GHashTable   *map;           /* column name → Mapping */

  gboolean      is_long;
  GStrv         columns;
  guint         n_answers;
  guint         n_skipped;
  GPtrArray    *problems;
  char         *last_date;
};

static void
add_touchpoint (PolkuStep       *step,
                PolkuTouchpoint *touchpoint,
                gpointer         user_data)
{
  PolkuSurveyImport *self = user_data;
  guint index = self->touchpoints->len + 1;
  const char *name = polku_touchpoint_get_name (touchpoint);

  g_ptr_array_add (self->touchpoints, touchpoint);
  g_hash_table_insert (self->by_id, (gpointer) polku_touchpoint_get_id (touchpoint), GUINT_TO_POINTER (index));
  if (*name == '\0')
    return;
  g_hash_table_insert (self->by_name, (gpointer) name,
                       GUINT_TO_POINTER (g_hash_table_contains (self->by_name, name) ? AMBIGUOUS : index));
}

PolkuSurveyImport *
polku_survey_import_new (PolkuJourney *journey)
{
  PolkuSurveyImport *self;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  self = g_new0 (PolkuSurveyImport, 1);
  self->journey = g_object_ref (journey);
  self->touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  polku_foreach_touchpoint (G_OBJECT (journey), add_touchpoint, self);
  for (guint i = 0; i < self->touchpoints->len; i++)
    g_object_ref (g_ptr_array_index (self->touchpoints, i));
  self->tallies = g_new0 (Tally, self->touchpoints->len);
  return self;
}

void
polku_survey_import_free (PolkuSurveyImport *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->by_name);
  g_hash_table_unref (self->map);
  g_ptr_array_unref (self->touchpoints);
  g_ptr_array_unref (self->problems);
  g_strfreev (self->columns);
  g_free (self->tallies);
  g_free (self->last_date);
  g_object_unref (self->journey);
  g_free (self);
}

/* The touchpoint a text names, by id or by name: its index + 1, 0 when
 * none, AMBIGUOUS when several have the name. */
static guint
find_touchpoint (PolkuSurveyImport *self,
                 const char        *text)
{
  gpointer index = g_hash_table_lookup (self->by_id, text);

  if (index == NULL)
    index = g_hash_table_lookup (self->by_name, text);
  return GPOINTER_TO_UINT (index);
}

/* A survey's name as files give it, in any case; -1 when unknown. Read
 * for every answer, so without allocating for the usual names. */
static int
parse_survey (const char *text)
{
  static const struct { const char *name; PolkuSurvey survey; } names[] = {
    { "satisfaction", POLKU_SURVEY_SATISFACTION },
    { "csat", POLKU_SURVEY_SATISFACTION },
    { "responses", POLKU_SURVEY_SATISFACTION },
    { "tyytyväisyys", POLKU_SURVEY_SATISFACTION },
    { "nps", POLKU_SURVEY_NPS },
    { "ces", POLKU_SURVEY_CES },
  };
  g_autofree char *folded = NULL;
  gsize length;

  while (*text == ' ')
    text++;
  length = strlen (text);
  while (length > 0 && text[length - 1] == ' ')
    length--;
  if (length == 0)
    return POLKU_SURVEY_SATISFACTION;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strlen (names[i].name) == length && g_ascii_strncasecmp (text, names[i].name, length) == 0)
      return names[i].survey;

  /* Letters beyond ASCII, in any case. */
  folded = g_utf8_strdown (text, length);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (folded, names[i].name))
      return names[i].survey;
  return -1;
}

static void
survey_range (PolkuSurveyImport *self,
              PolkuSurvey        survey,
              int               *min,
              int               *max)
{
  switch (survey)
    {
    case POLKU_SURVEY_SATISFACTION:
      *min = polku_journey_get_scale_min (self->journey);
      *max = polku_journey_get_scale_max (self->journey);
      break;
    case POLKU_SURVEY_NPS:
      *min = 0;
      *max = POLKU_NPS_N_VALUES - 1;
      break;
    case POLKU_SURVEY_CES:
      *min = 1;
      *max = POLKU_CES_N_VALUES;
      break;
    default:
      g_assert_not_reached ();
    }
}

static void add_problem (PolkuSurveyImport *self,
                         PolkuCsvReader    *reader,
                         const char        *format,
                         ...) G_GNUC_PRINTF (3, 4);

/* Counts a bad answer, and keeps what is wrong with it while there are
 * few. */
static void
add_problem (PolkuSurveyImport *self,
             PolkuCsvReader    *reader,
             const char        *format,
             ...)
{
  va_list args;

  self->n_skipped++;
  if (self->problems->len >= POLKU_SURVEY_IMPORT_MAX_PROBLEMS)
    return;
  va_start (args, format);
  g_ptr_array_add (self->problems, polku_file_error_format_at (polku_csv_reader_get_name (reader),
                                                               polku_csv_reader_get_line (reader), format, args));
  va_end (args);
}

/* A whole number, between spaces; FALSE when the text is not one. */
static gboolean
parse_answer (const char *text,
              gint64     *value)
{
  const char *p = text;
  gboolean negative = FALSE;
  gint64 n = 0;

  while (*p == ' ')
    p++;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    if ((n = n * 10 + (*p - '0')) > G_MAXINT32)
      n = G_MAXINT32;
  while (*p == ' ')
    p++;
  if (*p != '\0')
    return FALSE;
  *value = negative ? -n : n;
  return TRUE;
}

/* Reads a number of one to max_digits digits at *p. */
static gboolean
read_digits (const char **p,
             guint        max_digits,
             int         *value)
{
  guint n = 0;

  *value = 0;
  for (; g_ascii_isdigit (**p) && n < max_digits; (*p)++, n++)
    *value = *value * 10 + (**p - '0');
  return n > 0;
}

/* The date of an answer as xsd:date, in day: from 2026-05-31 and
 * 2026-05-31 14:00:00 (ISO 8601), 31.5.2026 (Finnish) and 5/31/2026 (as
 * Google Forms writes in English). FALSE for none of them. */
static gboolean
parse_date (const char *text,
            char        day[11])
{
  const char *p = text;
  int a, b, c, year, month, date;
  char separator;

  while (*p == ' ')
    p++;
  if (!read_digits (&p, 4, &a))
    return FALSE;
  separator = *p;
  if (separator != '-' && separator != '.' && separator != '/')
    return FALSE;
  p++;
  if (!read_digits (&p, 2, &b) || *p++ != separator || !read_digits (&p, 4, &c) ||
      (*p != '\0' && *p != ' ' && *p != 'T'))
    return FALSE;
  if (separator == '-')
    year = a, month = b, date = c;
  else if (separator == '.')
    year = c, month = b, date = a;
  else
    year = c, month = a, date = b;
  if (year < 1000 || year > 9999 || month > 99 || date > 99)
    return FALSE;

  day[0] = '0' + year / 1000;
  day[1] = '0' + year / 100 % 10;
  day[2] = '0' + year / 10 % 10;
  day[3] = '0' + year % 10;
  day[4] = '-';
  day[5] = '0' + month / 10;
  day[6] = '0' + month % 10;
  day[7] = '-';
  day[8] = '0' + date / 10;
  day[9] = '0' + date % 10;
  day[10] = '\0';
  return polku_datatype_is_date (day);
}

/* Counts one answer of a survey for the touchpoint at index + 1. */
static void
count_answer (PolkuSurveyImport *self,
              PolkuCsvReader    *reader,
              const char        *column,
              guint              touchpoint,
              PolkuSurvey        survey,
              const char        *text)
{
  Tally *tally = &self->tallies[touchpoint - 1];
  g_autofree char *problem = NULL;
  gint64 answer = 0;
  int min, max;

  survey_range (self, survey, &min, &max);
  if (!parse_answer (text, &answer))
    problem = g_strdup_printf (_("the answer “%s” is not a whole number"), text);
  else if (answer < min || answer > max)
    /* Translators: e.g. the answer 6 to nps is outside 0–10 */
    problem = g_strdup_printf (_("the answer %s to %s is outside %d–%d"),
                               text, polku_survey_get_token (survey), min, max);
  if (problem != NULL)
    {
      if (column != NULL)
        /* Translators: a column's name, then what is wrong with its answer */
        add_problem (self, reader, _("column “%s”: %s"), column, problem);
      else
        add_problem (self, reader, "%s", problem);
      return;
    }
  tally->counts[survey][answer - min]++;
  tally->any[survey] = TRUE;
  self->n_answers++;
}

/* Reads the date of a row, and keeps the latest; FALSE, having said so,
 * when it is not a date. */
static gboolean
note_date (PolkuSurveyImport *self,
           PolkuCsvReader    *reader,
           const char        *text)
{
  char day[11];

  if (*text == '\0')
    return TRUE;
  if (!parse_date (text, day))
    {
      add_problem (self, reader, _("“%s” is not a date such as 2026-05-31 or 31.5.2026"), text);
      return FALSE;
    }
  if (self->last_date == NULL || strcmp (day, self->last_date) > 0)
    {
      g_free (self->last_date);
      self->last_date = g_strdup (day);
    }
  return TRUE;
}

/* A respondent, a touchpoint and a survey in one key: the respondent's
 * number above, the touchpoint's and the survey's below. */
static guint
answer_key_hash (gconstpointer key)
{
  guint64 k = GPOINTER_TO_SIZE (key);

  k ^= k >> 29;
  k *= G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (k >> 32);
}

/* A header as it is compared: lower case, without spaces around it. */
static char *
fold_header (const char *header)
{
  char *folded = g_utf8_strdown (header, -1);

  return g_strstrip (folded);
}

static int
find_column (GStrv               columns,
             const char * const *names)
{
  for (guint i = 0; columns[i] != NULL; i++)
    {
      g_autofree char *folded = fold_header (columns[i]);

      if (g_strv_contains (names, folded))
        return i;
    }
  return -1;
}

static const char * const touchpoint_headers[] = { "touchpoint", "touchpoint-id", "kosketuspiste", NULL };
static const char * const survey_headers[] = { "survey", "kysely", NULL };
static const char * const answer_headers[] = { "answer", "vastaus", NULL };
static const char * const respondent_headers[] = { "respondent", "responseid", "vastaaja", NULL };
static const char * const date_headers[] = {
  "date", "timestamp", "recordeddate", "enddate", "päivämäärä", "aikaleima", NULL
};

gboolean
polku_survey_import_read_map (PolkuSurveyImport  *self,
                              PolkuCsvReader     *map,
                              GError            **error)
{
  g_auto(GStrv) header = NULL;
  GError *local_error = NULL;
  int column, touchpoint, survey;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (map != NULL, FALSE);

  if (!polku_csv_reader_next (map, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                     _("%s:1: the column map is empty; it starts with the row column,touchpoint,survey"),
                     polku_csv_reader_get_name (map));
      return FALSE;
    }
  header = g_new0 (char *, polku_csv_reader_get_n_fields (map) + 1);
  for (guint i = 0; i < polku_csv_reader_get_n_fields (map); i++)
    header[i] = g_strdup (polku_csv_reader_get_field (map, i));
  column = find_column (header, (const char * const []) { "column", "sarake", NULL });
  touchpoint = find_column (header, touchpoint_headers);
  survey = find_column (header, survey_headers);
  if (column < 0 || touchpoint < 0)
    {
      polku_csv_reader_set_error (map, error, "%s",
                                  _("a column map has the columns column, touchpoint and survey"));
      return FALSE;
    }

  while (polku_csv_reader_next (map, &local_error))
    {
      const char *name = polku_csv_reader_get_field (map, column);
      const char *tp = polku_csv_reader_get_field (map, touchpoint);
      int s = survey >= 0 ? parse_survey (polku_csv_reader_get_field (map, survey)) : POLKU_SURVEY_SATISFACTION;
      guint index = find_touchpoint (self, tp);
      Mapping *mapping;

      if (index == 0 || index == AMBIGUOUS)
        {
          polku_csv_reader_set_error (map, error,
                                      index == 0 ? _("the journey has no touchpoint “%s”")
                                                 : _("several touchpoints are named “%s”; give its id"),
                                      tp);
          return FALSE;
        }
      if (s < 0)
        {
          polku_csv_reader_set_error (map, error, _("unknown survey “%s”; use satisfaction, nps or ces"),
                                      polku_csv_reader_get_field (map, survey));
          return FALSE;
        }
      mapping = g_new (Mapping, 1);
      *mapping = (Mapping) { index, s };
      g_hash_table_insert (self->map, g_strdup (name), mapping);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

void
polku_survey_import_map_column (PolkuSurveyImport *self,
                                const char        *column,
                                PolkuTouchpoint   *touchpoint,
                                PolkuSurvey        survey)
{
  guint index;
  Mapping *mapping;

  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);
  g_return_if_fail (survey < POLKU_N_SURVEYS);

  index = touchpoint != NULL
          ? GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, polku_touchpoint_get_id (touchpoint))) : 0;
  g_return_if_fail (touchpoint == NULL || index > 0);
  mapping = g_new (Mapping, 1);
  *mapping = (Mapping) { index, survey };
  g_hash_table_insert (self->map, g_strdup (column), mapping);
}

gboolean
polku_survey_import_guess_column (PolkuSurveyImport  *self,
                                  const char         *column,
                                  PolkuTouchpoint   **touchpoint,
                                  PolkuSurvey        *survey)
{
  static const struct { const char *suffix; PolkuSurvey survey; } suffixes[] = {
    { " nps", POLKU_SURVEY_NPS },
    { " ces", POLKU_SURVEY_CES },
    { "", POLKU_SURVEY_SATISFACTION },
  };
  g_autofree char *text = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  text = g_strstrip (g_strdup (column));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize length = strlen (text);
      gsize suffix = strlen (suffixes[i].suffix);
      g_autofree char *name = NULL;
      guint index;

      if (length <= suffix || g_ascii_strcasecmp (text + length - suffix, suffixes[i].suffix) != 0)
        continue;
      name = g_strndup (text, length - suffix);
      g_strchomp (name);
      if (g_str_has_suffix (name, "–") || g_str_has_suffix (name, "-") || g_str_has_suffix (name, ":"))
        name[strlen (name) - (g_str_has_suffix (name, "–") ? strlen ("–") : 1)] = '\0';
      g_strchomp (name);
      index = find_touchpoint (self, name);
      if (index != 0 && index != AMBIGUOUS)
        {
          *touchpoint = g_ptr_array_index (self->touchpoints, index - 1);
          *survey = suffixes[i].survey;
          return TRUE;
        }
    }
  return FALSE;
}

/* One answer per row. */
static void
read_long (PolkuSurveyImport *self,
           PolkuCsvReader    *reader,
           GError           **error)
{
  int touchpoint = find_column (self->columns, touchpoint_headers);
  int survey = find_column (self->columns, survey_headers);
  int answer = find_column (self->columns, answer_headers);
  int respondent = find_column (self->columns, respondent_headers);
  int date = find_column (self->columns, date_headers);
  /* respondent → number; respondent, touchpoint and survey → the line of
   * their answer */
  g_autoptr(GHashTable) respondents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) answered = g_hash_table_new (answer_key_hash, g_direct_equal);

  G_STATIC_ASSERT (sizeof (gpointer) >= sizeof (guint64));

  while (polku_csv_reader_next (reader, error))
    {
      const char *tp = polku_csv_reader_get_field (reader, touchpoint);
      const char *text = polku_csv_reader_get_field (reader, answer);
      guint index = find_touchpoint (self, tp);
      int s = survey >= 0 ? parse_survey (polku_csv_reader_get_field (reader, survey)) : POLKU_SURVEY_SATISFACTION;
      guint line = polku_csv_reader_get_line (reader);
      gpointer first;

      if (index == 0 || index == AMBIGUOUS)
        {
          add_problem (self, reader, index == 0 ? _("the journey has no touchpoint “%s”")
                                                : _("several touchpoints are named “%s”; give its id"),
                       tp);
          continue;
        }
      if (s < 0)
        {
          add_problem (self, reader, _("unknown survey “%s”; use satisfaction, nps or ces"),
                       polku_csv_reader_get_field (reader, survey));
          continue;
        }
      if (date >= 0 && !note_date (self, reader, polku_csv_reader_get_field (reader, date)))
        continue;
      if (respondent >= 0 && *polku_csv_reader_get_field (reader, respondent) != '\0')
        {
          const char *who = polku_csv_reader_get_field (reader, respondent);
          guint number = GPOINTER_TO_UINT (g_hash_table_lookup (respondents, who));
          gpointer key;

          if (number == 0)
            {
              number = g_hash_table_size (respondents) + 1;
              g_hash_table_insert (respondents, g_strdup (who), GUINT_TO_POINTER (number));
            }
          key = GSIZE_TO_POINTER (((guint64) number << 32) | ((guint64) index * POLKU_N_SURVEYS + s));
          if (g_hash_table_lookup_extended (answered, key, NULL, &first))
            {
              add_problem (self, reader,
                           /* Translators: e.g. respondent “r7” answered nps for “Call” on line 4 already */
                           _("respondent “%s” answered %s for “%s” on line %u already"),
                           polku_csv_reader_get_field (reader, respondent), polku_survey_get_token (s), tp,
                           GPOINTER_TO_UINT (first));
              continue;
            }
          g_hash_table_insert (answered, key, GUINT_TO_POINTER (line));
        }
      count_answer (self, reader, NULL, index, s, text);
    }
}

/* A row per respondent, the columns mapped to touchpoints and surveys. */
static gboolean
read_wide (PolkuSurveyImport *self,
           PolkuCsvReader    *reader,
           GError           **error)
{
  guint n_columns = g_strv_length (self->columns);
  g_autofree Mapping **mappings = g_new0 (Mapping *, n_columns);
  int date = find_column (self->columns, date_headers);
  gboolean any = FALSE;
  GHashTableIter iter;
  const char *name;

  /* Without a map, columns named after touchpoints answer them. */
  if (g_hash_table_size (self->map) == 0)
    for (guint i = 0; i < n_columns; i++)
      {
        PolkuTouchpoint *touchpoint;
        PolkuSurvey survey;

        if (polku_survey_import_guess_column (self, self->columns[i], &touchpoint, &survey))
          polku_survey_import_map_column (self, self->columns[i], touchpoint, survey);
      }

  /* Every column the map names must be there. */
  g_hash_table_iter_init (&iter, self->map);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    {
      guint i;

      for (i = 0; i < n_columns && !g_str_equal (self->columns[i], name); i++)
        ;
      if (i == n_columns)
        {
          g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                       _("%s:1: the column map names the column “%s”, which the answers do not have"),
                       polku_csv_reader_get_name (reader), name);
          return FALSE;
        }
      mappings[i] = g_hash_table_lookup (self->map, name);
      any |= mappings[i]->touchpoint != 0;
    }
  if (!any)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                   _("%s:1: the answers are not one per row (columns touchpoint, survey and answer), and no column is named after a touchpoint or mapped to one; give a column map"),
                   polku_csv_reader_get_name (reader));
      return FALSE;
    }

  while (polku_csv_reader_next (reader, error))
    {
      const char *first = polku_csv_reader_get_field (reader, 0);

      /* Qualtrics' second and third header rows: the questions' texts,
       * and their import ids. */
      if (polku_csv_reader_get_line (reader) <= 3 &&
          (g_str_has_prefix (first, "{\"ImportId\"") ||
           (polku_csv_reader_get_line (reader) == 2 && g_str_has_prefix (first, "Start Date"))))
        continue;

      if (date >= 0 && !note_date (self, reader, polku_csv_reader_get_field (reader, date)))
        continue;
      for (guint i = 0; i < n_columns; i++)
        {
          const char *text = polku_csv_reader_get_field (reader, i);

          if (mappings[i] == NULL || mappings[i]->touchpoint == 0 || *text == '\0')
            continue;
          count_answer (self, reader, self->columns[i], mappings[i]->touchpoint, mappings[i]->survey, text);
        }
    }
  return TRUE;
}

gboolean
polku_survey_import_read (PolkuSurveyImport  *self,
                          PolkuCsvReader     *answers,
                          GError            **error)
{
  GError *local_error = NULL;
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!polku_csv_reader_next (answers, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                     _("%s:1: the file is empty; answers start with a row of column names"),
                     polku_csv_reader_get_name (answers));
      g_propagate_error (error, local_error);
      return FALSE;
    }
  n = polku_csv_reader_get_n_fields (answers);
  g_clear_pointer (&self->columns, g_strfreev);
  self->columns = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->columns[i] = g_strdup (polku_csv_reader_get_field (answers, i));

  self->is_long = find_column (self->columns, touchpoint_headers) >= 0 &&
                  find_column (self->columns, answer_headers) >= 0;
  if (self->is_long)
    read_long (self, answers, &local_error);
  else
    read_wide (self, answers, &local_error);

  if (local_error == NULL && self->n_answers == 0)
    g_set_error (&local_error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s: no answer could be counted: %u was skipped",
                              "%s: no answer could be counted: %u were skipped", self->n_skipped),
                 polku_csv_reader_get_name (answers), self->n_skipped);
  if (local_error != NULL)
    {
      /* Nothing is counted from a file that could not be read whole. */
      memset (self->tallies, 0, self->touchpoints->len * sizeof (Tally));
      self->n_answers = 0;
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

gboolean
polku_survey_import_is_long (PolkuSurveyImport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->is_long;
}

const char * const *
polku_survey_import_get_columns (PolkuSurveyImport *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (self != NULL, NULL);
  return self->columns != NULL ? (const char * const *) self->columns : none;
}

guint
polku_survey_import_get_n_answers (PolkuSurveyImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_answers;
}

guint
polku_survey_import_get_n_skipped (PolkuSurveyImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_skipped;
}

const char * const *
polku_survey_import_get_problems (PolkuSurveyImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* Kept NULL-terminated for the caller. */
  g_ptr_array_add (self->problems, NULL);
  g_ptr_array_set_size (self->problems, self->problems->len - 1);
  return (const char * const *) self->problems->pdata;
}

const guint32 *
polku_survey_import_get_counts (PolkuSurveyImport *self,
                                PolkuTouchpoint   *touchpoint,
                                PolkuSurvey        survey,
                                gsize             *n_values)
{
  guint index;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), NULL);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, polku_touchpoint_get_id (touchpoint)));
  *n_values = 0;
  if (index == 0 || !self->tallies[index - 1].any[survey])
    return NULL;
  *n_values = polku_metrics_survey_size (self->journey, survey);
  return self->tallies[index - 1].counts[survey];
}

const char *
polku_survey_import_get_last_date (PolkuSurveyImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->last_date;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

PolkuCommand *
polku_survey_import_make_command (PolkuSurveyImport *self,
                                  PolkuDocument     *document,
                                  const char        *date,
                                  const char        *source,
                                  gboolean           set_scores)
{
  g_autofree char *id = NULL;
  g_autofree char *day = NULL;
  g_autoptr(PolkuRound) new_round = NULL;
  GPtrArray *commands;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (date == NULL || polku_datatype_is_date (date), NULL);

  day = g_strdup (date != NULL ? date : self->last_date != NULL ? self->last_date : NULL);
  if (day == NULL)
    day = today ();
  id = polku_document_generate_id (document, "r");
  new_round = polku_round_new (id, day, source, self->n_answers);

  commands = g_ptr_array_new ();
  for (guint i = 0; i < self->touchpoints->len; i++)
    {
      PolkuTouchpoint *touchpoint = g_ptr_array_index (self->touchpoints, i);
      const Tally *tally = &self->tallies[i];

      for (PolkuSurvey s = 0; s < POLKU_N_SURVEYS; s++)
        {
          guint n = polku_metrics_survey_size (self->journey, s);
          g_auto(GValue) value = G_VALUE_INIT;

          if (!tally->any[s])
            continue;
          polku_round_set_counts (new_round, polku_touchpoint_get_id (touchpoint), s, tally->counts[s], n);
          g_value_init (&value, G_TYPE_VARIANT);
          g_value_set_variant (&value, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, tally->counts[s],
                                                                  n, sizeof (guint32)));
          g_ptr_array_add (commands, polku_command_new_set_property (G_OBJECT (touchpoint),
                                                                     polku_survey_get_name (s), &value));
        }

      if (set_scores && tally->any[POLKU_SURVEY_SATISFACTION])
        {
          guint values[POLKU_NPS_N_VALUES];
          g_auto(GValue) value = G_VALUE_INIT;
          double mean;

          for (guint v = 0; v < POLKU_NPS_N_VALUES; v++)
            values[v] = tally->counts[POLKU_SURVEY_SATISFACTION][v];
          mean = polku_metrics_mean_from_counts (values, polku_journey_get_scale_min (self->journey),
                                                 polku_journey_get_scale_max (self->journey));
          g_value_init (&value, G_TYPE_DOUBLE);
          g_value_set_double (&value, round (mean * 100) / 100);
          g_ptr_array_add (commands, polku_command_new_set_property (G_OBJECT (touchpoint), "score", &value));
        }
    }
  g_ptr_array_insert (commands, 0,
                      polku_command_new_insert (G_OBJECT (self->journey),
                                                polku_journey_get_n_rounds (self->journey), G_OBJECT (new_round)));

  /* Translators: the undo menu says "Undo Import Answers" */
  return polku_command_new_group (_("Import Answers"), commands);
}
