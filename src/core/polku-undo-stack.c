/* polku-undo-stack.c: the commands done to a document, to undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-undo-stack.h"

/* No save point: the saved state can no longer be reached by undo or redo. */
#define UNREACHABLE G_MAXUINT

struct _PolkuUndoStack
{
  GObject    parent_instance;

  GPtrArray *commands;   /* applied ones first, then those that can be redone */
  GArray    *states;     /* guint64: the state each command leads to */
  guint64    next_state;
  guint      n_applied;
  guint      clean;      /* n_applied at the save point, or UNREACHABLE */
  gboolean   sealed;
};

G_DEFINE_FINAL_TYPE (PolkuUndoStack, polku_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  gboolean    can_undo;
  gboolean    can_redo;
  const char *undo_label;
  const char *redo_label;
  gboolean    dirty;
} State;

static State
get_state (PolkuUndoStack *self)
{
  return (State) {
    polku_undo_stack_can_undo (self),
    polku_undo_stack_can_redo (self),
    polku_undo_stack_get_undo_label (self),
    polku_undo_stack_get_redo_label (self),
    polku_undo_stack_get_dirty (self),
  };
}

/* Notifies the properties that differ from before. Labels are compared by
 * pointer: a different command means a different label. */
static void
notify_changes (PolkuUndoStack *self,
                const State    *before)
{
  State after = get_state (self);

  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before->undo_label != after.undo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (before->redo_label != after.redo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (before->dirty != after.dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
polku_undo_stack_finalize (GObject *object)
{
  PolkuUndoStack *self = (PolkuUndoStack *) object;

  g_clear_pointer (&self->commands, g_ptr_array_unref);
  g_clear_pointer (&self->states, g_array_unref);

  G_OBJECT_CLASS (polku_undo_stack_parent_class)->finalize (object);
}

static void
polku_undo_stack_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuUndoStack *self = POLKU_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, polku_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, polku_undo_stack_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, polku_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, polku_undo_stack_get_redo_label (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, polku_undo_stack_get_dirty (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_undo_stack_class_init (PolkuUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_undo_stack_finalize;
  object_class->get_property = polku_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after every push, undo and redo: the document changed (the
   * state polku_undo_stack_get_state () gives is a new one). */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
polku_undo_stack_init (PolkuUndoStack *self)
{
  self->commands = g_ptr_array_new_with_free_func (g_object_unref);
  self->states = g_array_new (FALSE, FALSE, sizeof (guint64));
}

PolkuUndoStack *
polku_undo_stack_new (void)
{
  return g_object_new (POLKU_TYPE_UNDO_STACK, NULL);
}

void
polku_undo_stack_push (PolkuUndoStack *self,
                       PolkuCommand   *command)
{
  g_autoptr(PolkuCommand) owned = command;
  State before;

  g_return_if_fail (POLKU_IS_UNDO_STACK (self));
  g_return_if_fail (POLKU_IS_COMMAND (command));

  before = get_state (self);
  polku_command_apply (command);

  if (self->n_applied < self->commands->len)
    {
      g_ptr_array_remove_range (self->commands, self->n_applied,
                                self->commands->len - self->n_applied);
      g_array_set_size (self->states, self->n_applied);
      if (self->clean != UNREACHABLE && self->clean > self->n_applied)
        self->clean = UNREACHABLE;
    }

  /* Merging changes what the top command does, so never into a command that
   * the save point includes. */
  if (!self->sealed && self->n_applied > 0 &&
      (self->clean == UNREACHABLE || self->clean < self->n_applied) &&
      polku_command_merge (g_ptr_array_index (self->commands, self->n_applied - 1), command))
    {
      /* The merged command leads somewhere new. */
      g_array_index (self->states, guint64, self->n_applied - 1) = ++self->next_state;
      notify_changes (self, &before);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  g_ptr_array_add (self->commands, g_steal_pointer (&owned));
  ++self->next_state;
  g_array_append_val (self->states, self->next_state);
  self->n_applied++;
  self->sealed = FALSE;
  notify_changes (self, &before);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
polku_undo_stack_seal (PolkuUndoStack *self)
{
  g_return_if_fail (POLKU_IS_UNDO_STACK (self));
  self->sealed = TRUE;
}

gboolean
polku_undo_stack_undo (PolkuUndoStack *self)
{
  State before;

  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), FALSE);

  if (self->n_applied == 0)
    return FALSE;

  before = get_state (self);
  self->n_applied--;
  polku_command_revert (g_ptr_array_index (self->commands, self->n_applied));
  self->sealed = TRUE;
  notify_changes (self, &before);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
polku_undo_stack_redo (PolkuUndoStack *self)
{
  State before;

  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), FALSE);

  if (self->n_applied == self->commands->len)
    return FALSE;

  before = get_state (self);
  polku_command_apply (g_ptr_array_index (self->commands, self->n_applied));
  self->n_applied++;
  self->sealed = TRUE;
  notify_changes (self, &before);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
polku_undo_stack_can_undo (PolkuUndoStack *self)
{
  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), FALSE);
  return self->n_applied > 0;
}

gboolean
polku_undo_stack_can_redo (PolkuUndoStack *self)
{
  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), FALSE);
  return self->n_applied < self->commands->len;
}

const char *
polku_undo_stack_get_undo_label (PolkuUndoStack *self)
{
  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), NULL);

  if (self->n_applied == 0)
    return NULL;
  return polku_command_get_label (g_ptr_array_index (self->commands, self->n_applied - 1));
}

const char *
polku_undo_stack_get_redo_label (PolkuUndoStack *self)
{
  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), NULL);

  if (self->n_applied == self->commands->len)
    return NULL;
  return polku_command_get_label (g_ptr_array_index (self->commands, self->n_applied));
}

gboolean
polku_undo_stack_get_dirty (PolkuUndoStack *self)
{
  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), FALSE);
  return self->clean != self->n_applied;
}

void
polku_undo_stack_set_clean (PolkuUndoStack *self)
{
  State before;

  g_return_if_fail (POLKU_IS_UNDO_STACK (self));

  before = get_state (self);
  self->clean = self->n_applied;
  self->sealed = TRUE;
  notify_changes (self, &before);
}

void
polku_undo_stack_clear (PolkuUndoStack *self)
{
  State before;

  g_return_if_fail (POLKU_IS_UNDO_STACK (self));

  before = get_state (self);
  g_ptr_array_set_size (self->commands, 0);
  g_array_set_size (self->states, 0);
  self->n_applied = 0;
  self->clean = 0;
  self->sealed = FALSE;
  notify_changes (self, &before);
}

guint64
polku_undo_stack_get_state (PolkuUndoStack *self)
{
  g_return_val_if_fail (POLKU_IS_UNDO_STACK (self), 0);

  if (self->n_applied == 0)
    return 0;
  return g_array_index (self->states, guint64, self->n_applied - 1);
}

void
polku_undo_stack_set_clean_state (PolkuUndoStack *self,
                                  guint64         state)
{
  State before;

  g_return_if_fail (POLKU_IS_UNDO_STACK (self));

  before = get_state (self);
  self->clean = UNREACHABLE;
  if (state == 0)
    self->clean = 0;
  for (guint i = 0; i < self->states->len && state != 0; i++)
    if (g_array_index (self->states, guint64, i) == state)
      self->clean = i + 1;
  self->sealed = TRUE;
  notify_changes (self, &before);
}
