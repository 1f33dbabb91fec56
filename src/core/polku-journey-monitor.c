/* polku-journey-monitor.c: one signal for any change anywhere in a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-journey.h"
#include "polku-journey-monitor.h"
#include "polku-phase.h"
#include "polku-step.h"

struct _PolkuJourneyMonitor
{
  GObject       parent_instance;

  PolkuJourney *journey;
  /* Every watched step and touchpoint (a reference each) → the
   * generation in which it was last seen. */
  GHashTable   *watched;
  guint         generation;
  /* How many changes it has seen. */
  guint64       serial;
};

G_DEFINE_FINAL_TYPE (PolkuJourneyMonitor, polku_journey_monitor, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_object_notify_cb (PolkuJourneyMonitor *self)
{
  self->serial++;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void polku_journey_monitor_sync (PolkuJourneyMonitor *self);

static void
on_children_changed_cb (PolkuJourneyMonitor *self)
{
  polku_journey_monitor_sync (self);
  self->serial++;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
watch (PolkuJourneyMonitor *self,
       GObject             *object,
       GListModel          *children)
{
  gboolean known;

  g_assert (POLKU_IS_JOURNEY_MONITOR (self));

  known = g_hash_table_contains (self->watched, object);
  g_hash_table_insert (self->watched, g_object_ref (object),
                       GUINT_TO_POINTER (self->generation));
  if (known)
    return;

  g_signal_connect_swapped (object, "notify", G_CALLBACK (on_object_notify_cb), self);
  if (children != NULL)
    g_signal_connect_swapped (children, "items-changed", G_CALLBACK (on_children_changed_cb), self);
}

static void
unwatch (PolkuJourneyMonitor *self,
         GObject             *object)
{
  g_signal_handlers_disconnect_by_data (object, self);
  if (POLKU_IS_STEP (object))
    g_signal_handlers_disconnect_by_data (polku_step_get_touchpoints (POLKU_STEP (object)), self);
  else if (POLKU_IS_PHASE (object))
    g_signal_handlers_disconnect_by_data (polku_phase_get_steps (POLKU_PHASE (object)), self);
}

static gboolean
remove_stale (gpointer key,
              gpointer value,
              gpointer user_data)
{
  PolkuJourneyMonitor *self = user_data;

  if (GPOINTER_TO_UINT (value) == self->generation)
    return FALSE;

  unwatch (self, key);
  return TRUE;
}

/* Watches what the journey holds now and lets go of what it no longer does. */
static void
polku_journey_monitor_sync (PolkuJourneyMonitor *self)
{
  g_assert (POLKU_IS_JOURNEY_MONITOR (self));

  self->generation++;
  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self->journey, p);

      watch (self, G_OBJECT (phase), polku_phase_get_steps (phase));
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          watch (self, G_OBJECT (step), polku_step_get_touchpoints (step));
          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            watch (self, G_OBJECT (polku_step_get_touchpoint (step, t)), NULL);
        }
    }

  g_hash_table_foreach_remove (self->watched, remove_stale, self);
}

static void
polku_journey_monitor_dispose (GObject *object)
{
  PolkuJourneyMonitor *self = (PolkuJourneyMonitor *) object;

  if (self->watched != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->watched);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        unwatch (self, key);
      g_clear_pointer (&self->watched, g_hash_table_unref);
    }
  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_data (self->journey, self);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (polku_journey_monitor_parent_class)->dispose (object);
}

static void
polku_journey_monitor_class_init (PolkuJourneyMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_journey_monitor_dispose;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
polku_journey_monitor_init (PolkuJourneyMonitor *self)
{
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

PolkuJourneyMonitor *
polku_journey_monitor_new (PolkuJourney *journey)
{
  PolkuJourneyMonitor *self;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  self = g_object_new (POLKU_TYPE_JOURNEY_MONITOR, NULL);
  self->journey = g_object_ref (journey);
  g_signal_connect_swapped (journey, "notify", G_CALLBACK (on_object_notify_cb), self);
  polku_journey_monitor_sync (self);
  return self;
}

PolkuJourney *
polku_journey_monitor_get_journey (PolkuJourneyMonitor *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY_MONITOR (self), NULL);

  return self->journey;
}

guint64
polku_journey_monitor_get_serial (PolkuJourneyMonitor *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY_MONITOR (self), 0);

  return self->serial;
}
