/* polku-accessible.h: names for what a screen reader would otherwise call
 * by a type name, and stack pages out of sight out of its tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names every button under widget that shows an icon, not a label, after
 * its tooltip, and takes icons that say nothing of their own out of the
 * tree: GTK 4.8 calls an icon-only button, a menu button and the parts of a
 * split button by their type names ("GtkImage", "GtkMenuButton"), a split
 * button by its mnemonic ("_Open Open"), and an icon "GtkImage". */
void polku_accessible_name_controls   (GtkWidget  *widget);
/* Names the lists a row holds (a combo row's current choice, an expander
 * row's rows) after the row. */
void polku_accessible_name_row_lists  (GtkWidget  *row,
                                       const char *name);
/* Keeps the pages of stack that it does not show out of the accessible
 * tree, as GTK 4.8 does not. */
void polku_accessible_follow_stack    (GtkStack   *stack);
/* The label a list item widget (GTK's row of a list view) holding child is
 * read by, and its level in a tree; level 0 for none. */
void polku_accessible_name_list_item  (GtkWidget  *child,
                                       const char *name,
                                       guint       level);

/* A factory for a combo row of strings (GtkStringObject) that names each
 * choice for a screen reader, as the row shows it and its list offers it. */
GtkListItemFactory *polku_accessible_choice_factory_new (void);

G_END_DECLS
