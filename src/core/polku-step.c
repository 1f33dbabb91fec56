/* polku-step.c: one step of a phase of the customer's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-property-private.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

struct _PolkuStep
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  GListStore *touchpoints;
};

G_DEFINE_FINAL_TYPE (PolkuStep, polku_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
polku_step_dispose (GObject *object)
{
  PolkuStep *self = (PolkuStep *) object;

  g_clear_object (&self->touchpoints);

  G_OBJECT_CLASS (polku_step_parent_class)->dispose (object);
}

static void
polku_step_finalize (GObject *object)
{
  PolkuStep *self = (PolkuStep *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (polku_step_parent_class)->finalize (object);
}

static void
polku_step_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PolkuStep *self = POLKU_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_step_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PolkuStep *self = POLKU_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      polku_step_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_step_class_init (PolkuStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_step_dispose;
  object_class->finalize = polku_step_finalize;
  object_class->get_property = polku_step_get_property;
  object_class->set_property = polku_step_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_step_init (PolkuStep *self)
{
  self->name = g_strdup ("");
  self->touchpoints = g_list_store_new (POLKU_TYPE_TOUCHPOINT);
}

PolkuStep *
polku_step_new (const char *id,
                const char *name)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (POLKU_TYPE_STEP,
                       "id", id,
                       "name", name,
                       NULL);
}

const char *
polku_step_get_id (PolkuStep *self)
{
  g_return_val_if_fail (POLKU_IS_STEP (self), NULL);
  return self->id;
}

const char *
polku_step_get_name (PolkuStep *self)
{
  g_return_val_if_fail (POLKU_IS_STEP (self), NULL);
  return self->name;
}

void
polku_step_set_name (PolkuStep  *self,
                     const char *name)
{
  g_return_if_fail (POLKU_IS_STEP (self));

  if (_polku_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

GListModel *
polku_step_get_touchpoints (PolkuStep *self)
{
  g_return_val_if_fail (POLKU_IS_STEP (self), NULL);
  return G_LIST_MODEL (self->touchpoints);
}

guint
polku_step_get_n_touchpoints (PolkuStep *self)
{
  g_return_val_if_fail (POLKU_IS_STEP (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->touchpoints));
}

/* Returns: (transfer none): the store keeps its own reference. */
PolkuTouchpoint *
polku_step_get_touchpoint (PolkuStep *self,
                           guint      position)
{
  g_autoptr(PolkuTouchpoint) touchpoint = NULL;

  g_return_val_if_fail (POLKU_IS_STEP (self), NULL);

  touchpoint = g_list_model_get_item (G_LIST_MODEL (self->touchpoints), position);
  return touchpoint;
}

void
polku_step_insert_touchpoint (PolkuStep       *self,
                              guint            position,
                              PolkuTouchpoint *touchpoint)
{
  g_return_if_fail (POLKU_IS_STEP (self));
  g_return_if_fail (POLKU_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (position <= polku_step_get_n_touchpoints (self));

  g_list_store_insert (self->touchpoints, position, touchpoint);
}

void
polku_step_append_touchpoint (PolkuStep       *self,
                              PolkuTouchpoint *touchpoint)
{
  g_return_if_fail (POLKU_IS_STEP (self));
  g_return_if_fail (POLKU_IS_TOUCHPOINT (touchpoint));

  g_list_store_append (self->touchpoints, touchpoint);
}

void
polku_step_remove_touchpoint (PolkuStep *self,
                              guint      position)
{
  g_return_if_fail (POLKU_IS_STEP (self));
  g_return_if_fail (position < polku_step_get_n_touchpoints (self));

  g_list_store_remove (self->touchpoints, position);
}
