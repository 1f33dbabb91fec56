/* polku-undo-stack.h: the commands done to a document, to undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "polku-command.h"

G_BEGIN_DECLS

#define POLKU_TYPE_UNDO_STACK (polku_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (PolkuUndoStack, polku_undo_stack, POLKU, UNDO_STACK, GObject)

/* Signals: "changed" after every push, undo and redo, that is whenever the
 * document changed, also when a command merged into the previous one. */

PolkuUndoStack *polku_undo_stack_new            (void);
/* Applies command and records it (taking ownership), dropping what could be
 * redone. It merges into the previous command when both edit the same text
 * field, unless the stack was sealed since or the save point lies between. */
void            polku_undo_stack_push           (PolkuUndoStack *self,
                                                 PolkuCommand   *command);
/* Ends merging: the next command pushed starts a new undo step. */
void            polku_undo_stack_seal           (PolkuUndoStack *self);
gboolean        polku_undo_stack_undo           (PolkuUndoStack *self);
gboolean        polku_undo_stack_redo           (PolkuUndoStack *self);
gboolean        polku_undo_stack_can_undo       (PolkuUndoStack *self);
gboolean        polku_undo_stack_can_redo       (PolkuUndoStack *self);
/* Labels of the commands undo and redo would take back; NULL when none. */
const char     *polku_undo_stack_get_undo_label (PolkuUndoStack *self);
const char     *polku_undo_stack_get_redo_label (PolkuUndoStack *self);
/* Whether the document differs from its last save point. */
gboolean        polku_undo_stack_get_dirty      (PolkuUndoStack *self);
/* Marks the present state as saved. */
void            polku_undo_stack_set_clean      (PolkuUndoStack *self);
/* A number for the present state, to mark it clean later: a save begins
 * with the state it writes, and edits may come while it runs. */
guint64         polku_undo_stack_get_state      (PolkuUndoStack *self);
/* Marks the state that polku_undo_stack_get_state () gave as saved; when
 * it can no longer be reached, nothing is clean. */
void            polku_undo_stack_set_clean_state (PolkuUndoStack *self,
                                                  guint64         state);
/* Forgets every command; the present state becomes the clean one. */
void            polku_undo_stack_clear          (PolkuUndoStack *self);

G_END_DECLS
