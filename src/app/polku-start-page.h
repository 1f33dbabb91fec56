/* polku-start-page.h: what a window shows when no journey is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define POLKU_TYPE_START_PAGE (polku_start_page_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStartPage, polku_start_page, POLKU, START_PAGE, AdwBin)

GtkWidget *polku_start_page_new             (void);
/* The list of recent journey files, one activatable row each. */
GtkListBox *polku_start_page_get_recent_list (PolkuStartPage *self);

G_END_DECLS
