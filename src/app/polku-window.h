/* polku-window.h: a window showing one journey file's map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-application.h"
#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_WINDOW (polku_window_get_type ())

G_DECLARE_FINAL_TYPE (PolkuWindow, polku_window, POLKU, WINDOW, AdwApplicationWindow)

PolkuWindow   *polku_window_new           (PolkuApplication *application);
/* The open document, or NULL before one was loaded. */
PolkuDocument *polku_window_get_document  (PolkuWindow      *self);
/* Where the document is saved; NULL for one that never was (the example). */
GFile         *polku_window_get_file      (PolkuWindow      *self);
/* Whether the document has changes that are not saved. */
gboolean       polku_window_get_dirty     (PolkuWindow      *self);
/* Loads the file in the background. On failure the window keeps what it
 * shows and tells why in a toast. */
void           polku_window_open_file     (PolkuWindow      *self,
                                           GFile            *file);
/* Imports a spreadsheet, Mermaid diagram or CJML file, as a new journey
 * in this window or a new one; a spreadsheet may update the journey shown
 * instead, which a dialog asks. */
void           polku_window_import_file   (PolkuWindow      *self,
                                           GFile            *file);
/* Reads a file of survey answers and shows the dialog that imports them
 * into the journey shown as a new measurement round. */
void           polku_window_import_answers (PolkuWindow     *self,
                                            GFile           *file);
/* Shows a journey file from the application's resources, as a new
 * document that has no file yet. */
void           polku_window_open_resource (PolkuWindow      *self,
                                           const char       *resource_path);

/* Signals: "close-cancelled" () when the user kept the window, with its
 * unsaved changes, open after being asked to close it. */

G_END_DECLS
