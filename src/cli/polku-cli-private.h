/* polku-cli-private.h: what the commands of polku-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-core.h"

G_BEGIN_DECLS

/* Loads a journey file, naming it in errors as the user typed it. */
PolkuDocument  *polku_cli_load          (const char          *path,
                                         GError             **error);
/* Prints a load error: journey file errors already read FILE:LINE:COLUMN. */
void            polku_cli_print_error   (const char          *path,
                                         const GError        *error);
/* An option context for the command called name, with its parameters and
 * summary as the command list gives them. */
GOptionContext *polku_cli_context       (const char          *name,
                                         const GOptionEntry  *entries);
gboolean        polku_cli_parse         (GOptionContext      *context,
                                         int                 *argc,
                                         char              ***argv);
/* Prints "polku-cli: message" on standard error. */
void            polku_cli_fail          (const char          *format,
                                         ...) G_GNUC_PRINTF (1, 2);

/* Runs the command argv[1] names with the arguments after it, as
 * polku-cli does: the exit status. */
int             polku_cli_run           (int                  argc,
                                         char               **argv);

int             polku_cli_validate      (int                  argc,
                                         char               **argv);
int             polku_cli_export        (int                  argc,
                                         char               **argv);
int             polku_cli_stats         (int                  argc,
                                         char               **argv);
int             polku_cli_normalize     (int                  argc,
                                         char               **argv);
int             polku_cli_thumbnail     (int                  argc,
                                         char               **argv);
int             polku_cli_import        (int                  argc,
                                         char               **argv);
int             polku_cli_answers       (int                  argc,
                                         char               **argv);

/* Prints notes of an import, "FILE:LINE: note" each. */
void            polku_cli_print_notes   (GPtrArray           *notes);
/* A rule of the phase assignments given as NAME=KIND; NULL, having said
 * why, when one is not. */
PolkuPhaseRule *polku_cli_phase_rule    (char               **assignments);
/* The journey of a document with the id (NULL: the first); NULL, having
 * said so, when it has none. */
PolkuJourney   *polku_cli_find_journey  (PolkuDocument       *document,
                                         const char          *path,
                                         const char          *id);
/* Loads a journey file and finds its journey with the id (NULL: the
 * first); NULL, having said why, when either fails. */
PolkuJourney   *polku_cli_load_journey  (const char          *path,
                                         const char          *id,
                                         PolkuDocument      **document);
/* Writes a journey file whole or not at all; FALSE, having said why. */
gboolean        polku_cli_save          (PolkuDocument       *document,
                                         const char          *path);

G_END_DECLS
