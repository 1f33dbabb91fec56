/* polku-touchpoint.c: one contact of the customer with the company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-enums.h"
#include "polku-property-private.h"
#include "polku-touchpoint.h"

struct _PolkuTouchpoint
{
  GObject           parent_instance;

  char             *id;
  char             *name;
  PolkuChannel      channel;
  PolkuCriticality  criticality;
  PolkuRole         role;
  double            score;
  double            target;
};

G_DEFINE_FINAL_TYPE (PolkuTouchpoint, polku_touchpoint, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CHANNEL,
  PROP_CRITICALITY,
  PROP_ROLE,
  PROP_SCORE,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GParamSpecDouble cannot hold NAN, so the score properties say "unset"
 * with -1; the C API uses NAN, which no comparison mistakes for a score. */
static double
score_to_property (double score)
{
  return isnan (score) ? -1.0 : score;
}

static double
score_from_property (double value)
{
  return value < 0 ? NAN : value;
}

static void
polku_touchpoint_finalize (GObject *object)
{
  PolkuTouchpoint *self = (PolkuTouchpoint *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (polku_touchpoint_parent_class)->finalize (object);
}

static void
polku_touchpoint_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuTouchpoint *self = POLKU_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_CRITICALITY:
      g_value_set_enum (value, self->criticality);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_SCORE:
      g_value_set_double (value, score_to_property (self->score));
      break;
    case PROP_TARGET:
      g_value_set_double (value, score_to_property (self->target));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_touchpoint_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PolkuTouchpoint *self = POLKU_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      polku_touchpoint_set_name (self, g_value_get_string (value));
      break;
    case PROP_CHANNEL:
      polku_touchpoint_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_CRITICALITY:
      polku_touchpoint_set_criticality (self, g_value_get_enum (value));
      break;
    case PROP_ROLE:
      polku_touchpoint_set_role (self, g_value_get_enum (value));
      break;
    case PROP_SCORE:
      polku_touchpoint_set_score (self, score_from_property (g_value_get_double (value)));
      break;
    case PROP_TARGET:
      polku_touchpoint_set_target (self, score_from_property (g_value_get_double (value)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_touchpoint_class_init (PolkuTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_touchpoint_finalize;
  object_class->get_property = polku_touchpoint_get_property;
  object_class->set_property = polku_touchpoint_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL,
                       POLKU_TYPE_CHANNEL, POLKU_CHANNEL_SERVICE_PREMISES,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CRITICALITY] =
    g_param_spec_enum ("criticality", NULL, NULL,
                       POLKU_TYPE_CRITICALITY, POLKU_CRITICALITY_NON_CRITICAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       POLKU_TYPE_ROLE, POLKU_ROLE_PREREQUISITE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -1.0, 10.0, -1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL, -1.0, 10.0, -1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_touchpoint_init (PolkuTouchpoint *self)
{
  self->name = g_strdup ("");
  self->score = NAN;
  self->target = NAN;
}

PolkuTouchpoint *
polku_touchpoint_new (const char *id,
                      const char *name)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (POLKU_TYPE_TOUCHPOINT,
                       "id", id,
                       "name", name,
                       NULL);
}

const char *
polku_touchpoint_get_id (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NULL);
  return self->id;
}

const char *
polku_touchpoint_get_name (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NULL);
  return self->name;
}

void
polku_touchpoint_set_name (PolkuTouchpoint *self,
                           const char      *name)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));

  if (_polku_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PolkuChannel
polku_touchpoint_get_channel (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_CHANNEL_OTHER);
  return self->channel;
}

void
polku_touchpoint_set_channel (PolkuTouchpoint *self,
                              PolkuChannel     channel)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (channel < POLKU_N_CHANNELS);

  if (self->channel == channel)
    return;
  self->channel = channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

PolkuCriticality
polku_touchpoint_get_criticality (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_CRITICALITY_NON_CRITICAL);
  return self->criticality;
}

void
polku_touchpoint_set_criticality (PolkuTouchpoint  *self,
                                  PolkuCriticality  criticality)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (criticality == POLKU_CRITICALITY_NON_CRITICAL ||
                    criticality == POLKU_CRITICALITY_CRITICAL);

  if (self->criticality == criticality)
    return;
  self->criticality = criticality;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITICALITY]);
}

PolkuRole
polku_touchpoint_get_role (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_ROLE_PREREQUISITE);
  return self->role;
}

void
polku_touchpoint_set_role (PolkuTouchpoint *self,
                           PolkuRole        role)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (role == POLKU_ROLE_PREREQUISITE || role == POLKU_ROLE_OPPORTUNITY);

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

double
polku_touchpoint_get_score (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NAN);
  return self->score;
}

void
polku_touchpoint_set_score (PolkuTouchpoint *self,
                            double           score)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));

  if (_polku_set_score (&self->score, score))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

gboolean
polku_touchpoint_has_score (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), FALSE);
  return !isnan (self->score);
}

double
polku_touchpoint_get_target (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NAN);
  return self->target;
}

void
polku_touchpoint_set_target (PolkuTouchpoint *self,
                             double           target)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));

  if (_polku_set_score (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

gboolean
polku_touchpoint_has_target (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), FALSE);
  return !isnan (self->target);
}
