/* polku-answers-dialog.h: importing survey answers as a measurement round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows how the answers of a file are read: for a survey tool's export,
 * which touchpoint and survey each column answers, to change; the date of
 * the round; and a preview of the counts each touchpoint gets and of the
 * answers skipped, with their lines. Importing makes one command of it.
 *
 * Signals: "import" (PolkuCommand *command) when the user imports; the
 * command is the new round, to push.
 */

#pragma once

#include <adwaita.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_ANSWERS_DIALOG (polku_answers_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuAnswersDialog, polku_answers_dialog, POLKU, ANSWERS_DIALOG, AdwMessageDialog)

/* A dialog for the answers reader reads (which it takes) into journey, a
 * journey of document. */
PolkuAnswersDialog *polku_answers_dialog_new         (GtkWindow          *parent,
                                                      PolkuDocument      *document,
                                                      PolkuJourney       *journey,
                                                      PolkuCsvReader     *reader);
/* The preview as shown, for tests. */
const char         *polku_answers_dialog_get_preview (PolkuAnswersDialog *self);

G_END_DECLS
