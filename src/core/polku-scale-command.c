/* polku-scale-command.c: changing a journey's satisfaction scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-command.h"
#include "polku-journey.h"
#include "polku-touchpoint.h"
#include "polku-walk.h"

#define POLKU_TYPE_SCALE_COMMAND (polku_scale_command_get_type ())

G_DECLARE_FINAL_TYPE (PolkuScaleCommand, polku_scale_command, POLKU, SCALE_COMMAND, PolkuCommand)

struct _PolkuScaleCommand
{
  PolkuCommand  parent_instance;

  PolkuJourney *journey;
  int           old_min, old_max;
  int           new_min, new_max;
};

G_DEFINE_FINAL_TYPE (PolkuScaleCommand, polku_scale_command, POLKU_TYPE_COMMAND)

static void
polku_scale_command_apply (PolkuCommand *command)
{
  PolkuScaleCommand *self = POLKU_SCALE_COMMAND (command);

  polku_journey_set_scale (self->journey, self->new_min, self->new_max);
}

static void
polku_scale_command_revert (PolkuCommand *command)
{
  PolkuScaleCommand *self = POLKU_SCALE_COMMAND (command);

  polku_journey_set_scale (self->journey, self->old_min, self->old_max);
}

static void
polku_scale_command_finalize (GObject *object)
{
  PolkuScaleCommand *self = (PolkuScaleCommand *) object;

  g_clear_object (&self->journey);

  G_OBJECT_CLASS (polku_scale_command_parent_class)->finalize (object);
}

static void
polku_scale_command_class_init (PolkuScaleCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PolkuCommandClass *command_class = POLKU_COMMAND_CLASS (klass);

  object_class->finalize = polku_scale_command_finalize;
  command_class->apply = polku_scale_command_apply;
  command_class->revert = polku_scale_command_revert;
}

static void
polku_scale_command_init (PolkuScaleCommand *self)
{
}

/* Brings a score within the scale: unset scores stay unset. */
static void
add_clamp (GPtrArray       *commands,
           PolkuTouchpoint *touchpoint,
           const char      *property,
           double           score,
           int              min,
           int              max)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (isnan (score) || (score >= min && score <= max))
    return;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, CLAMP (score, min, max));
  g_ptr_array_add (commands, polku_command_new_set_property (G_OBJECT (touchpoint), property, &value));
}

typedef struct
{
  GPtrArray *commands;
  int        min;
  int        max;
} Fixing;

static void
add_touchpoint_fixes (PolkuStep       *step,
                      PolkuTouchpoint *touchpoint,
                      gpointer         user_data)
{
  Fixing *fixing = user_data;
  gsize n_responses;
  const guint32 *responses = polku_touchpoint_get_counts (touchpoint, POLKU_SURVEY_SATISFACTION, &n_responses);

  add_clamp (fixing->commands, touchpoint, "score", polku_touchpoint_get_score (touchpoint), fixing->min, fixing->max);
  add_clamp (fixing->commands, touchpoint, "target", polku_touchpoint_get_target (touchpoint), fixing->min, fixing->max);

  if (responses != NULL && n_responses != (gsize) (fixing->max - fixing->min + 1))
    {
      g_auto(GValue) none = G_VALUE_INIT;

      g_value_init (&none, G_TYPE_VARIANT);
      g_ptr_array_add (fixing->commands,
                       polku_command_new_set_property (G_OBJECT (touchpoint),
                                                       polku_survey_get_name (POLKU_SURVEY_SATISFACTION),
                                                       &none));
    }
}

PolkuCommand *
polku_command_new_set_scale (PolkuJourney *journey,
                             int           min,
                             int           max)
{
  GPtrArray *commands;
  PolkuScaleCommand *scale;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (polku_scale_is_supported (min, max), NULL);

  scale = g_object_new (POLKU_TYPE_SCALE_COMMAND, NULL);
  scale->journey = g_object_ref (journey);
  scale->old_min = polku_journey_get_scale_min (journey);
  scale->old_max = polku_journey_get_scale_max (journey);
  scale->new_min = min;
  scale->new_max = max;

  commands = g_ptr_array_new ();
  g_ptr_array_add (commands, scale);
  polku_foreach_touchpoint (G_OBJECT (journey), add_touchpoint_fixes,
                            &(Fixing) { commands, min, max });

  /* Translators: the undo menu says "Undo Change Scale" */
  return polku_command_new_group (_("Change Scale"), commands);
}
