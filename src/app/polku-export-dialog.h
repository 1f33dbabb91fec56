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

/* A dialog over parent to export the journey's map: the format, and for
 * PDF the print mode, paper and orientation (as settings keep them for
 * printing), a poster's scale, for PNG the resolution. Export… asks where
 * to with a file chooser; the dialog closes once the file is written,
 * emitting "exported" with it. */
PolkuExportDialog *polku_export_dialog_new          (GtkWindow          *parent,
                                                     PolkuJourney       *journey,
                                                     GSettings          *settings);
PolkuExportFormat  polku_export_dialog_get_format   (PolkuExportDialog  *self);
void               polku_export_dialog_set_format   (PolkuExportDialog  *self,
                                                     PolkuExportFormat   format);
void               polku_export_dialog_set_mode     (PolkuExportDialog  *self,
                                                     PolkuPrintMode      mode);
/* The options as the dialog's rows have them. */
void               polku_export_dialog_get_options  (PolkuExportDialog  *self,
                                                     PolkuExportOptions *options);
/* What the choice makes, as the dialog says it: "1 page", "16 sheets …". */
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
