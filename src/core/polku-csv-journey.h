/* polku-csv-journey.h: journeys as spreadsheets, one row per touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row holds a touchpoint with every field, its score, target and answer
 * counts, and its step, phase and journey, whose columns repeat on each of
 * their rows; a row without a touchpoint holds a step that has none. The
 * header row names the columns by the file format's names ("touchpoint",
 * "channel", "score", "step", "doing", "step-notes", …), in any order and
 * case; a column that is left out is empty on every row. Exported and
 * imported again, a journey is as it was but for its measurement rounds and
 * what other tools keep in it.
 */

#pragma once

#include <gio/gio.h>

#include "polku-command.h"
#include "polku-csv.h"
#include "polku-phase-rule.h"
#include "polku-types.h"

G_BEGIN_DECLS

/* The journey as CSV: UTF-8, comma-separated, CRLF, a header row. */
GBytes        *polku_csv_journey_export      (PolkuJourney    *journey);
/* The headers of the columns a journey file may have, NULL-terminated. */
const char * const *polku_csv_journey_get_columns (void);

/* A document of the journeys of a CSV file (one per value of its "journey"
 * column). A phase that is not named by its kind ("purchase",
 * "Hankinta", 2) is assigned one by rule (NULL: by guess alone), and gives
 * its name to the phase's label. Errors read "NAME:LINE: problem". */
PolkuDocument *polku_csv_journey_import      (PolkuCsvReader  *reader,
                                              PolkuPhaseRule  *rule,
                                              GError         **error);
/* The phase names of the file's "phase" column that are not kinds, for a
 * rule to assign. */
gboolean       polku_csv_journey_list_phases (PolkuCsvReader  *reader,
                                              PolkuPhaseRule  *rule,
                                              GError         **error);
/* An update of journey (in document) by the rows of a CSV file, as one
 * command: a row's touchpoint is found by its id, else by its step's and
 * its own name, and takes the values of the columns the file has; rows of
 * touchpoints not found add them, to their step, or to a new step in their
 * phase. */
PolkuCommand  *polku_csv_journey_update      (PolkuJourney    *journey,
                                              PolkuDocument   *document,
                                              PolkuCsvReader  *reader,
                                              PolkuPhaseRule  *rule,
                                              GError         **error);

G_END_DECLS
