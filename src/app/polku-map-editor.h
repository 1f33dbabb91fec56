/* polku-map-editor.h: selecting, renaming and dragging on the map canvas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-map-view.h"
#include "polku-selection.h"

G_BEGIN_DECLS

#define POLKU_TYPE_MAP_EDITOR (polku_map_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMapEditor, polku_map_editor, POLKU, MAP_EDITOR, GObject)

/* Makes the canvas editable: a click selects the item under it, a double
 * click renames it in place (in an entry over the canvas, in overlay),
 * cards and steps are dragged to move them, and the view shows the
 * selection. Edits come out as commands in "push-command". */
PolkuMapEditor *polku_map_editor_new             (PolkuMapView   *view,
                                                  GtkOverlay     *overlay,
                                                  PolkuSelection *selection);
/* Edits the selected item's name where the map shows it. */
void            polku_map_editor_start_rename    (PolkuMapEditor *self);
gboolean        polku_map_editor_is_renaming     (PolkuMapEditor *self);
/* Ends a rename in progress, keeping the name typed. */
void            polku_map_editor_finish_rename   (PolkuMapEditor *self);

/* Scrolls the map to show the selected item, after it moved. */
void            polku_map_editor_reveal_selection (PolkuMapEditor *self);

/* For tests: the entry over the canvas while renaming. */
GtkEditable    *_polku_map_editor_get_rename_entry (PolkuMapEditor *self);
/* Moves item as dropping it at (x, y) on the view would; FALSE when it
 * cannot go there. */
gboolean        _polku_map_editor_drop           (PolkuMapEditor *self,
                                                  GObject        *item,
                                                  double          x,
                                                  double          y);

G_END_DECLS
