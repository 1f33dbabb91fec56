/* polku-children-command.c: adding, removing and moving journeys, steps and touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One command serves all three: a child leaves one place (or comes from
 * nowhere) and arrives at another (or goes nowhere).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-children-private.h"
#include "polku-command.h"

#define POLKU_TYPE_CHILDREN_COMMAND (polku_children_command_get_type ())

G_DECLARE_FINAL_TYPE (PolkuChildrenCommand, polku_children_command, POLKU, CHILDREN_COMMAND, PolkuCommand)

struct _PolkuChildrenCommand
{
  PolkuCommand  parent_instance;

  GObject      *child;
  GObject      *from;            /* NULL for an insertion */
  guint         from_position;
  GObject      *to;              /* NULL for a removal */
  guint         to_position;
};

G_DEFINE_FINAL_TYPE (PolkuChildrenCommand, polku_children_command, POLKU_TYPE_COMMAND)

static void
polku_children_command_apply (PolkuCommand *command)
{
  PolkuChildrenCommand *self = POLKU_CHILDREN_COMMAND (command);

  if (self->from != NULL)
    _polku_children_remove (self->from, self->from_position);
  if (self->to != NULL)
    _polku_children_insert (self->to, self->to_position, self->child);
}

static void
polku_children_command_revert (PolkuCommand *command)
{
  PolkuChildrenCommand *self = POLKU_CHILDREN_COMMAND (command);

  if (self->to != NULL)
    _polku_children_remove (self->to, self->to_position);
  if (self->from != NULL)
    _polku_children_insert (self->from, self->from_position, self->child);
}

static void
polku_children_command_finalize (GObject *object)
{
  PolkuChildrenCommand *self = (PolkuChildrenCommand *) object;

  g_clear_object (&self->child);
  g_clear_object (&self->from);
  g_clear_object (&self->to);

  G_OBJECT_CLASS (polku_children_command_parent_class)->finalize (object);
}

static void
polku_children_command_class_init (PolkuChildrenCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PolkuCommandClass *command_class = POLKU_COMMAND_CLASS (klass);

  object_class->finalize = polku_children_command_finalize;
  command_class->apply = polku_children_command_apply;
  command_class->revert = polku_children_command_revert;
}

static void
polku_children_command_init (PolkuChildrenCommand *self)
{
}

static PolkuCommand *
children_command_new (GObject    *child,
                      GObject    *from,
                      guint       from_position,
                      GObject    *to,
                      guint       to_position,
                      const char *label)
{
  PolkuChildrenCommand *self = g_object_new (POLKU_TYPE_CHILDREN_COMMAND, NULL);

  self->child = g_object_ref (child);
  self->from = from ? g_object_ref (from) : NULL;
  self->from_position = from_position;
  self->to = to ? g_object_ref (to) : NULL;
  self->to_position = to_position;
  polku_command_set_label (POLKU_COMMAND (self), label);
  return POLKU_COMMAND (self);
}

PolkuCommand *
polku_command_new_insert (GObject *container,
                          guint    position,
                          GObject *child)
{
  g_return_val_if_fail (G_IS_OBJECT (container), NULL);
  g_return_val_if_fail (_polku_children_accepts (container, child), NULL);
  g_return_val_if_fail (position <= _polku_children_get_n (container), NULL);

  /* Translators: the undo menu says "Undo Add" */
  return children_command_new (child, NULL, 0, container, position, _("Add"));
}

PolkuCommand *
polku_command_new_remove (GObject *container,
                          guint    position)
{
  g_return_val_if_fail (G_IS_OBJECT (container), NULL);
  g_return_val_if_fail (position < _polku_children_get_n (container), NULL);

  /* Translators: the undo menu says "Undo Delete" */
  return children_command_new (_polku_children_get (container, position),
                               container, position, NULL, 0, _("Delete"));
}

PolkuCommand *
polku_command_new_move (GObject *from,
                        guint    from_position,
                        GObject *to,
                        guint    to_position)
{
  GObject *child;
  guint n_after_removal;

  g_return_val_if_fail (G_IS_OBJECT (from), NULL);
  g_return_val_if_fail (G_IS_OBJECT (to), NULL);
  g_return_val_if_fail (from_position < _polku_children_get_n (from), NULL);

  child = _polku_children_get (from, from_position);
  g_return_val_if_fail (_polku_children_accepts (to, child), NULL);
  n_after_removal = _polku_children_get_n (to) - (from == to ? 1 : 0);
  g_return_val_if_fail (to_position <= n_after_removal, NULL);

  /* Translators: the undo menu says "Undo Move" */
  return children_command_new (child, from, from_position, to, to_position, _("Move"));
}
