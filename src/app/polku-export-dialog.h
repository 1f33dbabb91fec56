/* polku-export-dialog.h: exporting a journey map to PDF, SVG or PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-core.h"
#include "polku-render.h"

G_BEGIN_DECLS

#define POLKU_TYPE_EXPORT_DIALOG (polku_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuExportDialog, polku_export_dialog, POLKU, EXPORT_DIALOG, AdwWindow)

/* A dialog over parent to export the journey's map: the format and the
 * language of the map's words; for PDF the print mode, paper and
 * orientation (as settings keep them for printing), a poster's size, a
 * handout's steps; for PNG and SVG the layout, the slides' shape and
 * width, the resolution. Over them, thumbnails of the pages or images the
 * choices make, and how many. Export… asks where to with a file chooser;
 * the dialog closes once the file is written, emitting "exported" with it. */
PolkuExportDialog *polku_export_dialog_new          (GtkWindow          *parent,
                                                     PolkuJourney       *journey,
                                                     GSettings          *settings);
/* The file the journey is in: the dialog starts from what the last export
 * of it chose (kept in settings, see polku-export-choices.h), and its file
 * chooser in the folder that export went to, or the file's own. */
void               polku_export_dialog_set_journey_file (PolkuExportDialog *self,
                                                         GFile             *file);
/* The folder the file chooser starts in; NULL for the chooser's own. */
GFile             *polku_export_dialog_dup_folder   (PolkuExportDialog  *self);
/* The pages or images the thumbnails show, as the rows have them now.
 * (transfer none) */
PolkuExportPreview *polku_export_dialog_get_preview (PolkuExportDialog  *self);
PolkuExportFormat  polku_export_dialog_get_format   (PolkuExportDialog  *self);
void               polku_export_dialog_set_format   (PolkuExportDialog  *self,
                                                     PolkuExportFormat   format);
void               polku_export_dialog_set_mode     (PolkuExportDialog  *self,
                                                     PolkuPrintMode      mode);
/* Shows format and options in the rows, as if the user chose them. */
void               polku_export_dialog_set_options  (PolkuExportDialog        *self,
                                                     PolkuExportFormat         format,
                                                     const PolkuExportOptions *options);
/* The options as the dialog's rows have them. */
void               polku_export_dialog_get_options  (PolkuExportDialog  *self,
                                                     PolkuExportOptions *options);
/* What the choice makes, as the dialog says it under the thumbnails:
 * "1 page", "16 sheets …". */
char              *polku_export_dialog_dup_summary  (PolkuExportDialog  *self);
/* Writes the map to file with the dialog's choices, replacing the file
 * only once the new one is complete; what Export… does once a file is
 * chosen. */
void               polku_export_dialog_export_async (PolkuExportDialog  *self,
                                                     GFile              *file,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean           polku_export_dialog_export_finish (PolkuExportDialog *self,
                                                      GAsyncResult      *result,
                                                      GError           **error);

G_END_DECLS
