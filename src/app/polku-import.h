/* polku-import.h: journeys of other formats into the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a spreadsheet, a Mermaid diagram or a CJML file into a new
 * document, in a thread; when the file names its phases in its own words,
 * a dialog first lets the user correct the phase each is assigned to.
 */

#pragma once

#include <adwaita.h>

#include "polku-core.h"

G_BEGIN_DECLS

/* File filters for the formats: all of them, then each. */
void           polku_import_add_filters      (GtkFileChooser       *chooser);

/* Reads file into a new document. With ask_phases, and a file that names
 * its phases, asks for their assignment in a dialog for parent first;
 * cancelling it ends the import with G_IO_ERROR_CANCELLED. */
void           polku_import_journey_async    (GtkWindow            *parent,
                                              GFile                *file,
                                              gboolean              ask_phases,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
/* The document; notes gets what the file held that could not be kept,
 * "NAME:LINE: note" each (transfer full). */
PolkuDocument *polku_import_journey_finish   (GAsyncResult         *result,
                                              GPtrArray           **notes,
                                              GError              **error);

/* Reads a CSV file, its size judged first, in a thread. */
void           polku_import_read_csv_async   (GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
PolkuCsvReader *polku_import_read_csv_finish (GAsyncResult         *result,
                                              GError              **error);

/* A message for notes of an import: the first, and how many more. */
char          *polku_import_describe_notes   (GPtrArray            *notes);

G_END_DECLS
