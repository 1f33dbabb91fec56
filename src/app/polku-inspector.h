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
/* Gives the keys to the text field of property on the page shown, or to
 * its first text field when property is NULL, the cursor at the end of
 * its text; FALSE when the page has no such field, or none shows. */
gboolean        polku_inspector_focus_field   (PolkuInspector *self,
                                               const char     *property);

/* Signals: "change-scale" (min, max) asks the window to change the
 * journey's scale, which it does after asking what becomes of the scores;
 * "choose-channel" (text) asks it for the channel picker, filtered by the
 * text typed on the channel's row. */

/* For tests: the widget that edits property of the page's object ("journey",
 * "phase", "step", "touchpoint"); for flags, the check of one flag. */
GtkWidget      *_polku_inspector_get_editor   (PolkuInspector *self,
                                               const char     *page,
                                               const char     *property,
                                               guint           flag);
/* The visible page's name. */
const char     *_polku_inspector_get_page     (PolkuInspector *self);

G_END_DECLS
