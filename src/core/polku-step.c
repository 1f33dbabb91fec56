/* polku-step.c: one step of a phase of the customer's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-step.h"
#include "polku-text-fields-private.h"
#include "polku-touchpoint.h"

struct _PolkuStep
{
  GObject     parent_instance;

  char       *id;
  char       *fields[POLKU_STEP_N_FIELDS];
  gboolean    gate;
  GListStore *touchpoints;
};

G_DEFINE_FINAL_TYPE (PolkuStep, polku_step, G_TYPE_OBJECT)

static const PolkuTextFieldInfo field_info[POLKU_STEP_N_FIELDS] = {
  [POLKU_STEP_FIELD_NAME] = { "name", N_("Name") },
  /* Translators: what the customer does at a step */
  [POLKU_STEP_FIELD_DOING] = { "doing", N_("Doing") },
  /* Translators: what the customer thinks at a step */
  [POLKU_STEP_FIELD_THINKING] = { "thinking", N_("Thinking") },
  /* Translators: what the customer feels at a step */
  [POLKU_STEP_FIELD_FEELING] = { "feeling", N_("Feeling") },
  [POLKU_STEP_FIELD_EXPECTATION] = { "expectation", N_("Customer’s expectation") },
  /* Translators: the company's answer to the customer, seen by the customer */
  [POLKU_STEP_FIELD_FRONT_STAGE] = { "front-stage", N_("Company’s answer") },
  [POLKU_STEP_FIELD_FRONT_LINE] = { "front-line", N_("Front-line prerequisites") },
  [POLKU_STEP_FIELD_SUPPORT] = { "support", N_("Support functions") },
  /* Translators: notes, ideas and pain points of a step */
  [POLKU_STEP_FIELD_NOTES] = { "notes", N_("Notes and ideas") },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_GATE,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + POLKU_STEP_N_FIELDS
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
  _polku_text_fields_clear (self->fields, POLKU_STEP_N_FIELDS);

  G_OBJECT_CLASS (polku_step_parent_class)->finalize (object);
}

static void
polku_step_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PolkuStep *self = POLKU_STEP (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_GATE:
      g_value_set_boolean (value, self->gate);
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

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      polku_step_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_GATE:
      polku_step_set_gate (self, g_value_get_boolean (value));
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
  properties[PROP_GATE] =
    g_param_spec_boolean ("gate", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, PROP_FIRST_FIELD, properties);
  _polku_text_fields_install (object_class, PROP_FIRST_FIELD, field_info,
                              POLKU_STEP_N_FIELDS, &properties[PROP_FIRST_FIELD]);
}

static void
polku_step_init (PolkuStep *self)
{
  _polku_text_fields_init (self->fields, POLKU_STEP_N_FIELDS);
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
polku_step_get_field (PolkuStep      *self,
                      PolkuStepField  field)
{
  g_return_val_if_fail (POLKU_IS_STEP (self), NULL);
  g_return_val_if_fail (field < POLKU_STEP_N_FIELDS, NULL);
  return self->fields[field];
}

void
polku_step_set_field (PolkuStep      *self,
                      PolkuStepField  field,
                      const char     *value)
{
  g_return_if_fail (POLKU_IS_STEP (self));
  g_return_if_fail (field < POLKU_STEP_N_FIELDS);

  _polku_text_fields_set (G_OBJECT (self), self->fields, field, value,
                          properties[PROP_FIRST_FIELD + field]);
}

const char *
polku_step_field_get_name (PolkuStepField field)
{
  g_return_val_if_fail (field < POLKU_STEP_N_FIELDS, NULL);
  return field_info[field].name;
}

const char *
polku_step_field_get_label (PolkuStepField field)
{
  return polku_step_field_get_label_in (field, NULL);
}

const char *
polku_step_field_get_label_in (PolkuStepField  field,
                               PolkuCatalog   *catalog)
{
  g_return_val_if_fail (field < POLKU_STEP_N_FIELDS, NULL);
  return _polku_text_fields_get_label (field_info, field, catalog);
}

const char *
polku_step_get_name (PolkuStep *self)
{
  return polku_step_get_field (self, POLKU_STEP_FIELD_NAME);
}

void
polku_step_set_name (PolkuStep  *self,
                     const char *name)
{
  polku_step_set_field (self, POLKU_STEP_FIELD_NAME, name);
}

gboolean
polku_step_get_gate (PolkuStep *self)
{
  g_return_val_if_fail (POLKU_IS_STEP (self), FALSE);
  return self->gate;
}

void
polku_step_set_gate (PolkuStep *self,
                     gboolean   gate)
{
  g_return_if_fail (POLKU_IS_STEP (self));

  gate = !!gate;
  if (self->gate == gate)
    return;
  self->gate = gate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GATE]);
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
