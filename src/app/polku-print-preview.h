/* polku-print-preview.h: the pages of a print, before they are printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-render.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PRINT_PREVIEW (polku_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPrintPreview, polku_print_preview, POLKU, PRINT_PREVIEW, AdwWindow)

/* A window over parent showing pages one at a time, drawn by the renderer
 * as they print, with buttons and Page Up and Page Down to turn them.
 * Print… closes it and activates "win.print" on parent. */
PolkuPrintPreview *polku_print_preview_new      (GtkWindow         *parent,
                                                 PolkuPages        *pages);
PolkuPages        *polku_print_preview_get_pages (PolkuPrintPreview *self);
/* The page shown, from 0. */
guint              polku_print_preview_get_page (PolkuPrintPreview *self);
void               polku_print_preview_set_page (PolkuPrintPreview *self,
                                                 guint              page_nr);
/* What it says of the page shown: "Page 2 of 21". */
const char        *polku_print_preview_get_page_label (PolkuPrintPreview *self);

G_END_DECLS
