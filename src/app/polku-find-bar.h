/* polku-find-bar.h: finding steps and touchpoints on a large map by their text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-selection.h"

G_BEGIN_DECLS

#define POLKU_TYPE_FIND_BAR (polku_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (PolkuFindBar, polku_find_bar, POLKU, FIND_BAR, GtkWidget)

/* Finds in the journey of selection, and selects what it finds. */
GtkWidget   *polku_find_bar_new          (PolkuSelection *selection);
/* Shows the bar with the keys in its entry, its text selected to type
 * over. */
void         polku_find_bar_open         (PolkuFindBar   *self);
/* Hides the bar; the selection stays on what was found. */
void         polku_find_bar_close        (PolkuFindBar   *self);
/* Selects the next item found (direction > 0) or the previous one, round
 * from the last to the first; FALSE when nothing is found. */
gboolean     polku_find_bar_next         (PolkuFindBar   *self,
                                          int             direction);
/* How many items match, and which of them is selected (from 0; -1 for
 * none): what the bar says. */
guint        polku_find_bar_get_n_matches (PolkuFindBar  *self);
int          polku_find_bar_get_current  (PolkuFindBar   *self);
GtkEditable *polku_find_bar_get_entry    (PolkuFindBar   *self);

G_END_DECLS
