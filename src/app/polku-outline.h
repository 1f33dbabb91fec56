/* polku-outline.h: the journey's phases, steps and touchpoints as a tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-selection.h"

G_BEGIN_DECLS

#define POLKU_TYPE_OUTLINE (polku_outline_get_type ())

G_DECLARE_FINAL_TYPE (PolkuOutline, polku_outline, POLKU, OUTLINE, GtkWidget)

/* The outline shows the selection's journey and follows and sets its item.
 * Renaming and dragging change nothing themselves: each edit comes out as a
 * command in the "push-command" signal, for the window to apply. */
GtkWidget      *polku_outline_new           (void);
PolkuSelection *polku_outline_get_selection (PolkuOutline   *self);
void            polku_outline_set_selection (PolkuOutline   *self,
                                             PolkuSelection *selection);
/* Edits the selected item's name in its row. */
void            polku_outline_start_rename  (PolkuOutline   *self);
/* Gives the selected row the keys, scrolled to it. */
void            polku_outline_focus_selection (PolkuOutline *self);
gboolean        polku_outline_is_renaming   (PolkuOutline   *self);

/* For tests: the text the row of item shows, or NULL when the row is not
 * on screen; and the entry of a rename in progress. */
char           *_polku_outline_dup_row_text (PolkuOutline   *self,
                                             GObject        *item);
GtkEditable    *_polku_outline_get_rename_entry (PolkuOutline *self);
/* The row that shows item, or NULL when it is not on screen. */
GtkWidget      *_polku_outline_get_row_widget (PolkuOutline   *self,
                                               GObject        *item);

G_END_DECLS
