/* polku-command.c: an undoable change to the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-command.h"

typedef struct
{
  char *label;
} PolkuCommandPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PolkuCommand, polku_command, G_TYPE_OBJECT)

static gboolean
polku_command_real_merge (PolkuCommand *self,
                          PolkuCommand *next)
{
  return FALSE;
}

static void
polku_command_finalize (GObject *object)
{
  PolkuCommandPrivate *priv = polku_command_get_instance_private (POLKU_COMMAND (object));

  g_clear_pointer (&priv->label, g_free);

  G_OBJECT_CLASS (polku_command_parent_class)->finalize (object);
}

static void
polku_command_class_init (PolkuCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_command_finalize;
  klass->merge = polku_command_real_merge;
}

static void
polku_command_init (PolkuCommand *self)
{
}

void
polku_command_apply (PolkuCommand *self)
{
  g_return_if_fail (POLKU_IS_COMMAND (self));
  POLKU_COMMAND_GET_CLASS (self)->apply (self);
}

void
polku_command_revert (PolkuCommand *self)
{
  g_return_if_fail (POLKU_IS_COMMAND (self));
  POLKU_COMMAND_GET_CLASS (self)->revert (self);
}

gboolean
polku_command_merge (PolkuCommand *self,
                     PolkuCommand *next)
{
  g_return_val_if_fail (POLKU_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (POLKU_IS_COMMAND (next), FALSE);
  return POLKU_COMMAND_GET_CLASS (self)->merge (self, next);
}

const char *
polku_command_get_label (PolkuCommand *self)
{
  PolkuCommandPrivate *priv;

  g_return_val_if_fail (POLKU_IS_COMMAND (self), NULL);

  priv = polku_command_get_instance_private (self);
  return priv->label != NULL ? priv->label : "";
}

void
polku_command_set_label (PolkuCommand *self,
                         const char   *label)
{
  PolkuCommandPrivate *priv;

  g_return_if_fail (POLKU_IS_COMMAND (self));

  priv = polku_command_get_instance_private (self);
  g_free (priv->label);
  priv->label = g_strdup (label);
}
