/* polku-group-command.c: several commands done and undone as one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-command.h"

#define POLKU_TYPE_GROUP_COMMAND (polku_group_command_get_type ())

G_DECLARE_FINAL_TYPE (PolkuGroupCommand, polku_group_command, POLKU, GROUP_COMMAND, PolkuCommand)

struct _PolkuGroupCommand
{
  PolkuCommand  parent_instance;

  GPtrArray    *commands;
};

G_DEFINE_FINAL_TYPE (PolkuGroupCommand, polku_group_command, POLKU_TYPE_COMMAND)

static void
polku_group_command_apply (PolkuCommand *command)
{
  PolkuGroupCommand *self = POLKU_GROUP_COMMAND (command);

  for (guint i = 0; i < self->commands->len; i++)
    polku_command_apply (g_ptr_array_index (self->commands, i));
}

/* Undone in reverse, so that each part meets the state it was made for. */
static void
polku_group_command_revert (PolkuCommand *command)
{
  PolkuGroupCommand *self = POLKU_GROUP_COMMAND (command);

  for (guint i = self->commands->len; i > 0; i--)
    polku_command_revert (g_ptr_array_index (self->commands, i - 1));
}

static void
polku_group_command_finalize (GObject *object)
{
  PolkuGroupCommand *self = (PolkuGroupCommand *) object;

  g_clear_pointer (&self->commands, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_group_command_parent_class)->finalize (object);
}

static void
polku_group_command_class_init (PolkuGroupCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PolkuCommandClass *command_class = POLKU_COMMAND_CLASS (klass);

  object_class->finalize = polku_group_command_finalize;
  command_class->apply = polku_group_command_apply;
  command_class->revert = polku_group_command_revert;
}

static void
polku_group_command_init (PolkuGroupCommand *self)
{
}

PolkuCommand *
polku_command_new_group (const char *label,
                         GPtrArray  *commands)
{
  PolkuGroupCommand *self;

  g_return_val_if_fail (commands != NULL, NULL);

  self = g_object_new (POLKU_TYPE_GROUP_COMMAND, NULL);
  self->commands = commands;
  g_ptr_array_set_free_func (self->commands, g_object_unref);
  polku_command_set_label (POLKU_COMMAND (self), label);
  return POLKU_COMMAND (self);
}
