/* polku-page-thumbnails.h: the pages or images of an export, small
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-render.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PAGE_THUMBNAILS (polku_page_thumbnails_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPageThumbnails, polku_page_thumbnails, POLKU, PAGE_THUMBNAILS, GtkWidget)

/* A row of thumbnails, each a page drawn by the renderer, that scrolls
 * across; the first ones of a great many, and a line saying how many more
 * there are. */
GtkWidget          *polku_page_thumbnails_new          (void);
void                polku_page_thumbnails_set_preview  (PolkuPageThumbnails *self,
                                                        PolkuExportPreview  *preview);
PolkuExportPreview *polku_page_thumbnails_get_preview  (PolkuPageThumbnails *self);
/* How many thumbnails it shows. */
guint               polku_page_thumbnails_get_n_shown  (PolkuPageThumbnails *self);

G_END_DECLS
