/* polku-journey.c: the customer's process for one customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-property-private.h"
#include "polku-step.h"

struct _PolkuJourney
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *segment;
  int         scale_min;
  int         scale_max;
  GListStore *phases;
};

G_DEFINE_FINAL_TYPE (PolkuJourney, polku_journey, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SEGMENT,
  PROP_SCALE_MIN,
  PROP_SCALE_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
polku_journey_dispose (GObject *object)
{
  PolkuJourney *self = (PolkuJourney *) object;

  g_clear_object (&self->phases);

  G_OBJECT_CLASS (polku_journey_parent_class)->dispose (object);
}

static void
polku_journey_finalize (GObject *object)
{
  PolkuJourney *self = (PolkuJourney *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->segment, g_free);

  G_OBJECT_CLASS (polku_journey_parent_class)->finalize (object);
}

static void
polku_journey_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuJourney *self = POLKU_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SEGMENT:
      g_value_set_string (value, self->segment);
      break;
    case PROP_SCALE_MIN:
      g_value_set_int (value, self->scale_min);
      break;
    case PROP_SCALE_MAX:
      g_value_set_int (value, self->scale_max);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_journey_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuJourney *self = POLKU_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      polku_journey_set_title (self, g_value_get_string (value));
      break;
    case PROP_SEGMENT:
      polku_journey_set_segment (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_journey_class_init (PolkuJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_journey_dispose;
  object_class->finalize = polku_journey_finalize;
  object_class->get_property = polku_journey_get_property;
  object_class->set_property = polku_journey_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEGMENT] =
    g_param_spec_string ("segment", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_MIN] =
    g_param_spec_int ("scale-min", NULL, NULL, 0, 10, POLKU_SCALE_DEFAULT_MIN,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_MAX] =
    g_param_spec_int ("scale-max", NULL, NULL, 0, 10, POLKU_SCALE_DEFAULT_MAX,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_journey_init (PolkuJourney *self)
{
  self->title = g_strdup ("");
  self->segment = g_strdup ("");
  self->scale_min = POLKU_SCALE_DEFAULT_MIN;
  self->scale_max = POLKU_SCALE_DEFAULT_MAX;
  self->phases = g_list_store_new (POLKU_TYPE_PHASE);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      g_autoptr(PolkuPhase) phase = polku_phase_new (kind);
      g_list_store_append (self->phases, phase);
    }
}

PolkuJourney *
polku_journey_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (POLKU_TYPE_JOURNEY, "id", id, NULL);
}

const char *
polku_journey_get_id (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return self->id;
}

const char *
polku_journey_get_title (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return self->title;
}

void
polku_journey_set_title (PolkuJourney *self,
                         const char   *title)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));

  if (_polku_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
polku_journey_get_segment (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return self->segment;
}

void
polku_journey_set_segment (PolkuJourney *self,
                           const char   *segment)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));

  if (_polku_set_string (&self->segment, segment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENT]);
}

int
polku_journey_get_scale_min (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), POLKU_SCALE_DEFAULT_MIN);
  return self->scale_min;
}

int
polku_journey_get_scale_max (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), POLKU_SCALE_DEFAULT_MAX);
  return self->scale_max;
}

/* The scales the method uses in practice: 1–5, 1–7, 1–10 and 0–10. */
gboolean
polku_scale_is_supported (int min,
                          int max)
{
  return (min == 1 && (max == 5 || max == 7 || max == 10)) ||
         (min == 0 && max == 10);
}

void
polku_journey_set_scale (PolkuJourney *self,
                         int           min,
                         int           max)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail (polku_scale_is_supported (min, max));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->scale_min != min)
    {
      self->scale_min = min;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MIN]);
    }
  if (self->scale_max != max)
    {
      self->scale_max = max;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MAX]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

GListModel *
polku_journey_get_phases (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return G_LIST_MODEL (self->phases);
}

/* Returns: (transfer none) */
PolkuPhase *
polku_journey_get_phase (PolkuJourney   *self,
                         PolkuPhaseKind  kind)
{
  g_autoptr(PolkuPhase) phase = NULL;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (kind < POLKU_N_PHASE_KINDS, NULL);

  phase = g_list_model_get_item (G_LIST_MODEL (self->phases), kind);
  return phase;
}

guint
polku_journey_count_steps (PolkuJourney *self)
{
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), 0);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    n += polku_phase_get_n_steps (polku_journey_get_phase (self, kind));
  return n;
}

guint
polku_journey_count_touchpoints (PolkuJourney *self)
{
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), 0);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self, kind);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        n += polku_step_get_n_touchpoints (polku_phase_get_step (phase, i));
    }
  return n;
}
