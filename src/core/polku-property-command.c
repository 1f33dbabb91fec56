/* polku-property-command.c: setting one property of a model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-command.h"

#define POLKU_TYPE_PROPERTY_COMMAND (polku_property_command_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPropertyCommand, polku_property_command, POLKU, PROPERTY_COMMAND, PolkuCommand)

struct _PolkuPropertyCommand
{
  PolkuCommand  parent_instance;

  GObject      *object;
  GParamSpec   *pspec;
  GValue        old_value;
  GValue        new_value;
};

G_DEFINE_FINAL_TYPE (PolkuPropertyCommand, polku_property_command, POLKU_TYPE_COMMAND)

static void
polku_property_command_apply (PolkuCommand *command)
{
  PolkuPropertyCommand *self = POLKU_PROPERTY_COMMAND (command);

  g_object_set_property (self->object, self->pspec->name, &self->new_value);
}

static void
polku_property_command_revert (PolkuCommand *command)
{
  PolkuPropertyCommand *self = POLKU_PROPERTY_COMMAND (command);

  g_object_set_property (self->object, self->pspec->name, &self->old_value);
}

/* Typing into one text field makes a command per keystroke; they become one,
 * keeping the first old value and the latest new one. */
static gboolean
polku_property_command_merge (PolkuCommand *command,
                              PolkuCommand *next_command)
{
  PolkuPropertyCommand *self = POLKU_PROPERTY_COMMAND (command);
  PolkuPropertyCommand *next;

  if (!POLKU_IS_PROPERTY_COMMAND (next_command))
    return FALSE;

  next = POLKU_PROPERTY_COMMAND (next_command);
  if (next->object != self->object || next->pspec != self->pspec ||
      G_PARAM_SPEC_VALUE_TYPE (self->pspec) != G_TYPE_STRING)
    return FALSE;

  g_value_copy (&next->new_value, &self->new_value);
  return TRUE;
}

static void
polku_property_command_finalize (GObject *object)
{
  PolkuPropertyCommand *self = (PolkuPropertyCommand *) object;

  g_clear_object (&self->object);
  g_clear_pointer (&self->pspec, g_param_spec_unref);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);

  G_OBJECT_CLASS (polku_property_command_parent_class)->finalize (object);
}

static void
polku_property_command_class_init (PolkuPropertyCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PolkuCommandClass *command_class = POLKU_COMMAND_CLASS (klass);

  object_class->finalize = polku_property_command_finalize;
  command_class->apply = polku_property_command_apply;
  command_class->revert = polku_property_command_revert;
  command_class->merge = polku_property_command_merge;
}

static void
polku_property_command_init (PolkuPropertyCommand *self)
{
}

PolkuCommand *
polku_command_new_set_property (GObject      *object,
                                const char   *property,
                                const GValue *value)
{
  PolkuPropertyCommand *self;
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (G_IS_VALUE (value), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE), NULL);
  g_return_val_if_fail (g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type), NULL);

  self = g_object_new (POLKU_TYPE_PROPERTY_COMMAND, NULL);
  self->object = g_object_ref (object);
  self->pspec = g_param_spec_ref (pspec);
  g_value_init (&self->old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &self->old_value);
  g_value_init (&self->new_value, pspec->value_type);
  g_value_transform (value, &self->new_value);

  /* Translators: the undo menu says "Undo Change" */
  polku_command_set_label (POLKU_COMMAND (self), _("Change"));
  return POLKU_COMMAND (self);
}

PolkuCommand *
polku_command_new_rename (GObject    *object,
                          const char *property,
                          const char *text,
                          const char *label)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *current = NULL;
  PolkuCommand *command;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_object_get (object, property, &current, NULL);
  if (g_strcmp0 (current, text) == 0)
    return NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  command = polku_command_new_set_property (object, property, &value);
  if (label != NULL)
    polku_command_set_label (command, label);
  return command;
}
