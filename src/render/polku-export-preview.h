/* polku-export-preview.h: what an export makes, to show before it is made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "polku-export.h"

G_BEGIN_DECLS

#define POLKU_TYPE_EXPORT_PREVIEW (polku_export_preview_get_type ())

G_DECLARE_FINAL_TYPE (PolkuExportPreview, polku_export_preview, POLKU, EXPORT_PREVIEW, GObject)

/* The pages of a PDF, or the images of a PNG or SVG export, laid out as
 * the export lays them out, drawn by the same renderer. Like a layout, a
 * preview is a snapshot, drawn in the thread that made it. */
PolkuExportPreview *polku_export_preview_new          (PolkuJourney             *journey,
                                                       PolkuExportFormat         format,
                                                       const PolkuExportOptions *options);
/* Pages, or images. */
guint               polku_export_preview_get_n_items  (PolkuExportPreview       *self);
/* The size of each, in points (pixels of a PNG image). */
void                polku_export_preview_get_size     (PolkuExportPreview       *self,
                                                       double                   *width,
                                                       double                   *height);
/* The pages of a PDF; NULL for images. (transfer none) */
PolkuPages         *polku_export_preview_get_pages    (PolkuExportPreview       *self);
/* FALSE, saying why, when the export would be refused. */
gboolean            polku_export_preview_check        (PolkuExportPreview       *self,
                                                       GError                  **error);
/* Draws item item_nr with its top left corner at the origin, at its size. */
void                polku_export_preview_draw         (PolkuExportPreview       *self,
                                                       cairo_t                  *cr,
                                                       guint                     item_nr);

G_END_DECLS
