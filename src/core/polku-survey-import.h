/* polku-survey-import.h: survey answers counted into a measurement round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Answers come one per row, "touchpoint,survey,answer[,respondent,date]",
 * or as survey tools export them, a row per respondent and a column per
 * question, which a column map ("column,touchpoint,survey") assigns to
 * touchpoints (without a map, columns named after a touchpoint answer it);
 * Qualtrics' second and third header rows and the timestamp of Google
 * Forms are recognised. A touchpoint is named by its id or its
 * name; a survey is satisfaction (on the journey's scale), nps (0–10) or
 * ces (1–5). Every answer is checked, and a bad one is skipped and reported
 * as "FILE:LINE: problem"; nothing changes when no answer is usable. The
 * answers counted become one new round of the journey: one command, which
 * undo takes back whole.
 */

#pragma once

#include <glib-object.h>

#include "polku-csv.h"
#include "polku-types.h"

G_BEGIN_DECLS

/* The most problems an import keeps the messages of; it counts them all. */
#define POLKU_SURVEY_IMPORT_MAX_PROBLEMS 100

typedef struct _PolkuSurveyImport PolkuSurveyImport;

PolkuSurveyImport *polku_survey_import_new            (PolkuJourney       *journey);
void               polku_survey_import_free           (PolkuSurveyImport  *self);

/* Reads a column map, "column,touchpoint,survey" with a header row, for a
 * wide export. Errors name the map's file and line. */
gboolean           polku_survey_import_read_map       (PolkuSurveyImport  *self,
                                                       PolkuCsvReader     *map,
                                                       GError            **error);
/* Maps a column of a wide export, as a map's row does; a touchpoint of
 * NULL leaves the column out. Once a column is mapped, none is guessed. */
void               polku_survey_import_map_column     (PolkuSurveyImport  *self,
                                                       const char         *column,
                                                       PolkuTouchpoint    *touchpoint,
                                                       PolkuSurvey         survey);
/* The touchpoint and survey a column's name suggests: a touchpoint's id or
 * name, followed by "NPS" or "CES" for those surveys. FALSE when none. */
gboolean           polku_survey_import_guess_column   (PolkuSurveyImport  *self,
                                                       const char         *column,
                                                       PolkuTouchpoint   **touchpoint,
                                                       PolkuSurvey        *survey);

/* Reads the answers and counts those that are good. FALSE, and nothing
 * counted, when the file cannot be read, has neither shape, or holds no
 * usable answer. */
gboolean           polku_survey_import_read           (PolkuSurveyImport  *self,
                                                       PolkuCsvReader     *answers,
                                                       GError            **error);

/* Whether the answers were one per row; the wide export's columns
 * otherwise, which polku_survey_import_read () found in its header. */
gboolean           polku_survey_import_is_long        (PolkuSurveyImport  *self);
/* The columns of the answers' header, in order. (transfer none) */
const char * const *polku_survey_import_get_columns   (PolkuSurveyImport  *self);

guint              polku_survey_import_get_n_answers  (PolkuSurveyImport  *self);
guint              polku_survey_import_get_n_skipped  (PolkuSurveyImport  *self);
/* "FILE:LINE: problem" for the first POLKU_SURVEY_IMPORT_MAX_PROBLEMS bad
 * answers, NULL-terminated. */
const char * const *polku_survey_import_get_problems  (PolkuSurveyImport  *self);
/* The answers counted for a touchpoint, or NULL when it has none. */
const guint32     *polku_survey_import_get_counts     (PolkuSurveyImport  *self,
                                                       PolkuTouchpoint    *touchpoint,
                                                       PolkuSurvey         survey,
                                                       gsize              *n_values);
/* The latest date the answers carry, as xsd:date, or NULL. */
const char        *polku_survey_import_get_last_date  (PolkuSurveyImport  *self);

/* The answers as a new round of the journey in document, one command: the
 * round (dated date, else by the answers' latest date, else today; from
 * source), the touchpoints' counts replaced by the round's, and with
 * set_scores their scores set to the mean of their satisfaction answers. */
PolkuCommand      *polku_survey_import_make_command   (PolkuSurveyImport  *self,
                                                       PolkuDocument      *document,
                                                       const char         *date,
                                                       const char         *source,
                                                       gboolean            set_scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuSurveyImport, polku_survey_import_free)

G_END_DECLS
