/* polku-duplicate.c: copies of journeys, steps and touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy holds everything the original does but its id: its scores with
 * all their digits, and what other tools keep on it.
 */

#include "config.h"

#include <string.h>

#include "polku-document.h"
#include "polku-duplicate.h"
#include "polku-extensions-private.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-touchpoint-private.h"

/* Hands out ids that the document does not use: the first is the one the
 * document would give, the rest count on from it, since the copies are not
 * in the document yet. */
typedef struct
{
  PolkuDocument *document;
  guint64        next[4];
  /* The touchpoints' ids: original → copy's, when a journey is copied. */
  GHashTable    *touchpoints;
} IdSource;

static const char *id_prefixes[] = { "journey", "s", "t", "r" };

enum { ID_JOURNEY, ID_STEP, ID_TOUCHPOINT, ID_ROUND };

static char *
id_source_next (IdSource *ids,
                guint     kind)
{
  const char *prefix = id_prefixes[kind];

  g_assert (kind < G_N_ELEMENTS (id_prefixes));

  if (ids->next[kind] == 0)
    {
      g_autofree char *first = polku_document_generate_id (ids->document, prefix);

      ids->next[kind] = g_ascii_strtoull (first + strlen (prefix), NULL, 10);
    }

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, prefix, ids->next[kind]++);
}

/* Copies every property that can be written after construction, but for
 * those named in skip. */
static void
copy_properties (GObject            *from,
                 GObject            *to,
                 const char * const *skip)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert (G_OBJECT_TYPE (from) == G_OBJECT_TYPE (to));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      if (skip != NULL && g_strv_contains (skip, pspec->name))
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (from, pspec->name, &value);
      g_object_set_property (to, pspec->name, &value);
    }
}

static PolkuTouchpoint *
duplicate_touchpoint (PolkuTouchpoint *touchpoint,
                      IdSource        *ids)
{
  g_autofree char *id = id_source_next (ids, ID_TOUCHPOINT);
  PolkuTouchpoint *copy = polku_touchpoint_new (id, polku_touchpoint_get_name (touchpoint));

  copy_properties (G_OBJECT (touchpoint), G_OBJECT (copy), NULL);
  _polku_touchpoint_copy_score_digits (touchpoint, copy);
  if (ids->touchpoints != NULL)
    g_hash_table_insert (ids->touchpoints, g_strdup (polku_touchpoint_get_id (touchpoint)), g_strdup (id));
  _polku_extensions_copy (G_OBJECT (touchpoint), G_OBJECT (copy));
  return copy;
}

static PolkuStep *
duplicate_step (PolkuStep *step,
                IdSource  *ids)
{
  g_autofree char *id = id_source_next (ids, ID_STEP);
  PolkuStep *copy = polku_step_new (id, polku_step_get_name (step));

  copy_properties (G_OBJECT (step), G_OBJECT (copy), NULL);
  _polku_extensions_copy (G_OBJECT (step), G_OBJECT (copy));
  for (guint i = 0; i < polku_step_get_n_touchpoints (step); i++)
    {
      g_autoptr(PolkuTouchpoint) touchpoint =
        duplicate_touchpoint (polku_step_get_touchpoint (step, i), ids);

      polku_step_append_touchpoint (copy, touchpoint);
    }
  return copy;
}

PolkuTouchpoint *
polku_duplicate_touchpoint (PolkuTouchpoint *touchpoint,
                            PolkuDocument   *document)
{
  IdSource ids = { document, { 0, }, NULL };

  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), NULL);
  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  return duplicate_touchpoint (touchpoint, &ids);
}

PolkuStep *
polku_duplicate_step (PolkuStep     *step,
                      PolkuDocument *document)
{
  IdSource ids = { document, { 0, }, NULL };

  g_return_val_if_fail (POLKU_IS_STEP (step), NULL);
  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  return duplicate_step (step, &ids);
}

PolkuJourney *
polku_duplicate_journey (PolkuJourney  *journey,
                         PolkuDocument *document)
{
  static const char * const skip[] = { "created", "modified", NULL };
  g_autoptr(GHashTable) touchpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  IdSource ids = { document, { 0, }, touchpoints };
  g_autofree char *id = NULL;
  PolkuJourney *copy;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  id = id_source_next (&ids, ID_JOURNEY);
  copy = polku_journey_new (id);
  copy_properties (G_OBJECT (journey), G_OBJECT (copy), skip);
  _polku_extensions_copy (G_OBJECT (journey), G_OBJECT (copy));
  polku_journey_set_scale (copy, polku_journey_get_scale_min (journey),
                           polku_journey_get_scale_max (journey));

  for (guint p = 0; p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, p);
      PolkuPhase *phase_copy = polku_journey_get_phase (copy, p);

      copy_properties (G_OBJECT (phase), G_OBJECT (phase_copy), NULL);
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          g_autoptr(PolkuStep) step = duplicate_step (polku_phase_get_step (phase, s), &ids);

          polku_phase_append_step (phase_copy, step);
        }
    }

  /* The rounds measured the copies of the touchpoints. */
  for (guint r = 0; r < polku_journey_get_n_rounds (journey); r++)
    {
      g_autofree char *round_id = id_source_next (&ids, ID_ROUND);
      g_autoptr(PolkuRound) round = polku_round_copy (polku_journey_get_round (journey, r),
                                                      round_id, touchpoints);

      polku_journey_append_round (copy, round);
    }
  return copy;
}
