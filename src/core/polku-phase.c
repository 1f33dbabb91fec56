/* polku-phase.c: one of the three phases of the customer's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-enums.h"
#include "polku-phase.h"
#include "polku-property-private.h"
#include "polku-step.h"

struct _PolkuPhase
{
  GObject         parent_instance;

  PolkuPhaseKind  kind;
  char           *label;
  GListStore     *steps;
};

G_DEFINE_FINAL_TYPE (PolkuPhase, polku_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
polku_phase_dispose (GObject *object)
{
  PolkuPhase *self = (PolkuPhase *) object;

  g_clear_object (&self->steps);

  G_OBJECT_CLASS (polku_phase_parent_class)->dispose (object);
}

static void
polku_phase_finalize (GObject *object)
{
  PolkuPhase *self = (PolkuPhase *) object;

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (polku_phase_parent_class)->finalize (object);
}

static void
polku_phase_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PolkuPhase *self = POLKU_PHASE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_phase_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PolkuPhase *self = POLKU_PHASE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_LABEL:
      polku_phase_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_phase_class_init (PolkuPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_phase_dispose;
  object_class->finalize = polku_phase_finalize;
  object_class->get_property = polku_phase_get_property;
  object_class->set_property = polku_phase_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       POLKU_TYPE_PHASE_KIND, POLKU_PHASE_KIND_PRE_PURCHASE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_phase_init (PolkuPhase *self)
{
  self->label = g_strdup ("");
  self->steps = g_list_store_new (POLKU_TYPE_STEP);
}

PolkuPhase *
polku_phase_new (PolkuPhaseKind kind)
{
  g_return_val_if_fail (kind < POLKU_N_PHASE_KINDS, NULL);

  return g_object_new (POLKU_TYPE_PHASE, "kind", kind, NULL);
}

PolkuPhaseKind
polku_phase_get_kind (PolkuPhase *self)
{
  g_return_val_if_fail (POLKU_IS_PHASE (self), POLKU_PHASE_KIND_PRE_PURCHASE);
  return self->kind;
}

const char *
polku_phase_get_label (PolkuPhase *self)
{
  g_return_val_if_fail (POLKU_IS_PHASE (self), NULL);
  return self->label;
}

void
polku_phase_set_label (PolkuPhase *self,
                       const char *label)
{
  g_return_if_fail (POLKU_IS_PHASE (self));

  if (_polku_set_string (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
polku_phase_get_display_label (PolkuPhase *self)
{
  return polku_phase_get_display_label_in (self, NULL);
}

const char *
polku_phase_get_display_label_in (PolkuPhase   *self,
                                  PolkuCatalog *catalog)
{
  g_return_val_if_fail (POLKU_IS_PHASE (self), NULL);

  if (self->label[0] != '\0')
    return self->label;
  return polku_phase_kind_get_label_in (self->kind, catalog);
}

GListModel *
polku_phase_get_steps (PolkuPhase *self)
{
  g_return_val_if_fail (POLKU_IS_PHASE (self), NULL);
  return G_LIST_MODEL (self->steps);
}

guint
polku_phase_get_n_steps (PolkuPhase *self)
{
  g_return_val_if_fail (POLKU_IS_PHASE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->steps));
}

/* Returns: (transfer none): the store keeps its own reference. */
PolkuStep *
polku_phase_get_step (PolkuPhase *self,
                      guint       position)
{
  g_autoptr(PolkuStep) step = NULL;

  g_return_val_if_fail (POLKU_IS_PHASE (self), NULL);

  step = g_list_model_get_item (G_LIST_MODEL (self->steps), position);
  return step;
}

void
polku_phase_insert_step (PolkuPhase *self,
                         guint       position,
                         PolkuStep  *step)
{
  g_return_if_fail (POLKU_IS_PHASE (self));
  g_return_if_fail (POLKU_IS_STEP (step));
  g_return_if_fail (position <= polku_phase_get_n_steps (self));

  g_list_store_insert (self->steps, position, step);
}

void
polku_phase_append_step (PolkuPhase *self,
                         PolkuStep  *step)
{
  g_return_if_fail (POLKU_IS_PHASE (self));
  g_return_if_fail (POLKU_IS_STEP (step));

  g_list_store_append (self->steps, step);
}

void
polku_phase_remove_step (PolkuPhase *self,
                         guint       position)
{
  g_return_if_fail (POLKU_IS_PHASE (self));
  g_return_if_fail (position < polku_phase_get_n_steps (self));

  g_list_store_remove (self->steps, position);
}
