/* polku-selection.c: the one item of a journey the editor works on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-selection.h"

struct _PolkuSelection
{
  GObject        parent_instance;

  PolkuJourney  *journey;
  GObject       *item;
  /* Where the item was when last seen, to fall back on after it went. */
  PolkuLocation  location;
};

G_DEFINE_FINAL_TYPE (PolkuSelection, polku_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
polku_selection_dispose (GObject *object)
{
  PolkuSelection *self = POLKU_SELECTION (object);

  g_clear_object (&self->item);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (polku_selection_parent_class)->dispose (object);
}

static void
polku_selection_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuSelection *self = POLKU_SELECTION (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_selection_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PolkuSelection *self = POLKU_SELECTION (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      polku_selection_set_journey (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      polku_selection_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_selection_class_init (PolkuSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_selection_dispose;
  object_class->get_property = polku_selection_get_property;
  object_class->set_property = polku_selection_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         POLKU_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_selection_init (PolkuSelection *self)
{
}

PolkuSelection *
polku_selection_new (void)
{
  return g_object_new (POLKU_TYPE_SELECTION, NULL);
}

PolkuJourney *
polku_selection_get_journey (PolkuSelection *self)
{
  g_return_val_if_fail (POLKU_IS_SELECTION (self), NULL);

  return self->journey;
}

static void
polku_selection_replace_item (PolkuSelection *self,
                              GObject        *item)
{
  g_assert (POLKU_IS_SELECTION (self));

  if (self->journey != NULL)
    polku_navigation_locate (self->journey, item, &self->location);
  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

void
polku_selection_set_journey (PolkuSelection *self,
                             PolkuJourney   *journey)
{
  g_return_if_fail (POLKU_IS_SELECTION (self));
  g_return_if_fail (journey == NULL || POLKU_IS_JOURNEY (journey));

  if (!g_set_object (&self->journey, journey))
    return;

  polku_selection_replace_item (self, G_OBJECT (journey));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
}

GObject *
polku_selection_get_item (PolkuSelection *self)
{
  g_return_val_if_fail (POLKU_IS_SELECTION (self), NULL);

  return self->item;
}

gboolean
polku_selection_set_item (PolkuSelection *self,
                          GObject        *item)
{
  PolkuLocation location;

  g_return_val_if_fail (POLKU_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (item == NULL || G_IS_OBJECT (item), FALSE);

  if (self->journey == NULL || !polku_navigation_locate (self->journey, item, &location))
    return FALSE;

  polku_selection_replace_item (self, item);
  return TRUE;
}

/* What stands at location now: the item of the same kind at the same place,
 * else the one before it, else what held it. */
static GObject *
find_fallback (PolkuJourney        *journey,
               const PolkuLocation *location,
               GType                kind)
{
  PolkuPhase *phase;
  PolkuStep *step;
  guint n;

  if (location->phase == NULL)
    return G_OBJECT (journey);

  phase = polku_journey_get_phase (journey, location->phase_position);
  if (kind == POLKU_TYPE_PHASE)
    return G_OBJECT (phase);

  n = polku_phase_get_n_steps (phase);
  if (n == 0)
    return G_OBJECT (phase);

  if (kind == POLKU_TYPE_STEP)
    return G_OBJECT (polku_phase_get_step (phase, MIN (location->step_position, n - 1)));

  /* A touchpoint: its step, when it is still there. */
  step = polku_phase_get_step (phase, MIN (location->step_position, n - 1));
  if (step != location->step)
    return G_OBJECT (step);
  n = polku_step_get_n_touchpoints (step);
  if (n == 0)
    return G_OBJECT (step);
  return G_OBJECT (polku_step_get_touchpoint (step, MIN (location->touchpoint_position, n - 1)));
}

void
polku_selection_revalidate (PolkuSelection *self)
{
  PolkuLocation location;

  g_return_if_fail (POLKU_IS_SELECTION (self));

  if (self->journey == NULL)
    return;

  if (polku_navigation_locate (self->journey, self->item, &location))
    {
      self->location = location;
      return;
    }

  polku_selection_replace_item (self, find_fallback (self->journey, &self->location,
                                                     self->item != NULL ? G_OBJECT_TYPE (self->item)
                                                                        : POLKU_TYPE_JOURNEY));
}
