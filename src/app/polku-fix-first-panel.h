/* polku-fix-first-panel.h: the touchpoints to fix first, ranked, as scores
 * change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_FIX_FIRST_PANEL (polku_fix_first_panel_get_type ())

G_DECLARE_FINAL_TYPE (PolkuFixFirstPanel, polku_fix_first_panel, POLKU, FIX_FIRST_PANEL, GtkWidget)

/* The list polku-cli stats prints, polku_metrics_fix_first (): critical
 * prerequisites first, then the largest gap to the target. It follows
 * every change of the journey, its rows while it shows; its length is
 * "n-items". Activating a row emits "touchpoint-activated" (touchpoint). */
GtkWidget    *polku_fix_first_panel_new         (void);
PolkuJourney *polku_fix_first_panel_get_journey (PolkuFixFirstPanel *self);
void          polku_fix_first_panel_set_journey (PolkuFixFirstPanel *self,
                                                 PolkuJourney       *journey);
guint         polku_fix_first_panel_get_n_items (PolkuFixFirstPanel *self);

/* For tests: the list view of the rows. */
GtkListView  *_polku_fix_first_panel_get_list_view (PolkuFixFirstPanel *self);

G_END_DECLS
