/* polku-command.h: an undoable change to the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit of a journey is a command: the undo stack applies it, and can
 * revert and apply it again any number of times. Consecutive edits of one
 * text field merge into one command, so that undo takes back a word typed,
 * not a letter.
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COMMAND (polku_command_get_type ())

G_DECLARE_DERIVABLE_TYPE (PolkuCommand, polku_command, POLKU, COMMAND, GObject)

struct _PolkuCommandClass
{
  GObjectClass parent_class;

  void      (*apply)  (PolkuCommand *self);
  void      (*revert) (PolkuCommand *self);
  /* Absorbs next, a command applied right after this one; FALSE if it can't. */
  gboolean  (*merge)  (PolkuCommand *self,
                       PolkuCommand *next);
};

void         polku_command_apply     (PolkuCommand *self);
void         polku_command_revert    (PolkuCommand *self);
gboolean     polku_command_merge     (PolkuCommand *self,
                                      PolkuCommand *next);
/* What the command does, for "Undo …" menu items; translated. */
const char  *polku_command_get_label (PolkuCommand *self);
void         polku_command_set_label (PolkuCommand *self,
                                      const char   *label);

/* Sets a property of a model object (any type of value). */
PolkuCommand *polku_command_new_set_property (GObject      *object,
                                              const char   *property,
                                              const GValue *value);
/* Sets a string property of a model object to text, labelled label for
 * the undo menu; NULL when the property holds text already, as a rename
 * that changed nothing is no edit. */
PolkuCommand *polku_command_new_rename       (GObject      *object,
                                              const char   *property,
                                              const char   *text,
                                              const char   *label);
/* Inserts child into container (a document, phase or step, or a journey
 * for a measurement round) at position. */
PolkuCommand *polku_command_new_insert       (GObject      *container,
                                              guint         position,
                                              GObject      *child);
/* Removes the child at position from container. */
PolkuCommand *polku_command_new_remove       (GObject      *container,
                                              guint         position);
/* Moves a child from one container to another (or within one) of the same
 * kind; to_position counts in the destination after the removal. */
PolkuCommand *polku_command_new_move         (GObject      *from,
                                              guint         from_position,
                                              GObject      *to,
                                              guint         to_position);
/* Changes a journey's satisfaction scale, keeping scores and targets as
 * they are, brought into the new range, and dropping answer counts that
 * no longer fit. */
PolkuCommand *polku_command_new_set_scale    (PolkuJourney *journey,
                                              int           min,
                                              int           max);
/* The same, moving scores and targets proportionally to the same place on
 * the new scale, as polku_scale_convert () does. */
PolkuCommand *polku_command_new_convert_scale (PolkuJourney *journey,
                                               int           min,
                                               int           max);
/* Several commands done and undone as one. Takes ownership of commands. */
PolkuCommand *polku_command_new_group        (const char   *label,
                                              GPtrArray    *commands);

G_END_DECLS
