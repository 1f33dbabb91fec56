/* polku-inspector.h: every field of the selected journey, phase, step or
 * touchpoint, to read and edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-selection.h"

G_BEGIN_DECLS

#define POLKU_TYPE_INSPECTOR (polku_inspector_get_type ())

G_DECLARE_FINAL_TYPE (PolkuInspector, polku_inspector, POLKU, INSPECTOR, GtkWidget)

/* The inspector changes nothing itself: each edit comes out as a command
 * in the "push-command" signal, for the window to apply undoably; "seal"
 * says that an edit of a text field is finished (its editor lost focus). */
GtkWidget      *polku_inspector_new           (void);
PolkuSelection *polku_inspector_get_selection (PolkuInspector *self);
void            polku_inspector_set_selection (PolkuInspector *self,
                                               PolkuSelection *selection);

/* For tests: the widget that edits property of the page's object ("journey",
 * "phase", "step", "touchpoint"); for flags, the check of one flag. */
GtkWidget      *_polku_inspector_get_editor   (PolkuInspector *self,
                                               const char     *page,
                                               const char     *property,
                                               guint           flag);
/* The visible page's name. */
const char     *_polku_inspector_get_page     (PolkuInspector *self);

G_END_DECLS
