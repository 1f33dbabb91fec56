/* polku-export-toast.h: saying that a map was exported, and opening it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows a toast in overlay saying that the map was exported to file,
 * with an Open button that opens the file in the desktop's application
 * for it, through the portal in a sandbox; its folder when the export
 * wrote a file for each phase beside it instead. (transfer none) */
AdwToast *polku_export_toast_show       (AdwToastOverlay *overlay,
                                         GFile           *file);
/* The last toast shown in overlay, while it shows; NULL for none.
 * (transfer none) */
AdwToast *polku_export_toast_get_last   (AdwToastOverlay *overlay);
/* What Open opens: the file if it exists, else its folder. */
GFile    *polku_export_toast_dup_target (GFile           *file);

G_END_DECLS
