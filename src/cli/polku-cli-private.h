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

G_END_DECLS
