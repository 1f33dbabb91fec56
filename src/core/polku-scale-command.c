/* polku-scale-command.c: changing a journey's satisfaction scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-command.h"
#include "polku-journey.h"
#include "polku-scale.h"
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

/* Sets a score to value, unless it is that already. */
static void
add_score (GPtrArray       *commands,
           PolkuTouchpoint *touchpoint,
           const char      *property,
           double           score,
           double           value)
{
  g_auto(GValue) new_value = G_VALUE_INIT;

  if (isnan (score) || score == value)
    return;

  g_value_init (&new_value, G_TYPE_DOUBLE);
  g_value_set_double (&new_value, value);
  g_ptr_array_add (commands, polku_command_new_set_property (G_OBJECT (touchpoint), property, &new_value));
}

typedef struct
{
  GPtrArray *commands;
  int        old_min;
  int        old_max;
  int        min;
  int        max;
  gboolean   convert;
} Fixing;

static double
new_score (const Fixing *fixing,
           double        score)
{
  return polku_scale_move_score (score, fixing->old_min, fixing->old_max, fixing->min, fixing->max,
                                 fixing->convert);
}

static void
add_touchpoint_fixes (PolkuStep       *step,
                      PolkuTouchpoint *touchpoint,
                      gpointer         user_data)
{
  Fixing *fixing = user_data;
  gsize n_responses;
  const guint32 *responses = polku_touchpoint_get_counts (touchpoint, POLKU_SURVEY_SATISFACTION, &n_responses);
  double score = polku_touchpoint_get_score (touchpoint);
  double target = polku_touchpoint_get_target (touchpoint);

  add_score (fixing->commands, touchpoint, "score", score, new_score (fixing, score));
  add_score (fixing->commands, touchpoint, "target", target, new_score (fixing, target));

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

/* The scale command and the changes of scores it brings, as one. */
static PolkuCommand *
new_scale_command (PolkuJourney *journey,
                   int           min,
                   int           max,
                   gboolean      convert,
                   const char   *label)
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
                            &(Fixing) { commands, scale->old_min, scale->old_max, min, max, convert });

  return polku_command_new_group (label, commands);
}

PolkuCommand *
polku_command_new_set_scale (PolkuJourney *journey,
                             int           min,
                             int           max)
{
  /* Translators: the undo menu says "Undo Change Scale" */
  return new_scale_command (journey, min, max, FALSE, _("Change Scale"));
}

PolkuCommand *
polku_command_new_convert_scale (PolkuJourney *journey,
                                 int           min,
                                 int           max)
{
  /* Translators: the undo menu says "Undo Convert Scale" */
  return new_scale_command (journey, min, max, TRUE, _("Convert Scale"));
}
