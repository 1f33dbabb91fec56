/* polku-document.c: a journey file's contents, one journey per customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-document.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

struct _PolkuDocument
{
  GObject     parent_instance;

  GListStore *journeys;
};

G_DEFINE_FINAL_TYPE (PolkuDocument, polku_document, G_TYPE_OBJECT)

static void
polku_document_dispose (GObject *object)
{
  PolkuDocument *self = (PolkuDocument *) object;

  g_clear_object (&self->journeys);

  G_OBJECT_CLASS (polku_document_parent_class)->dispose (object);
}

static void
polku_document_class_init (PolkuDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_document_dispose;
}

static void
polku_document_init (PolkuDocument *self)
{
  self->journeys = g_list_store_new (POLKU_TYPE_JOURNEY);
}

PolkuDocument *
polku_document_new (void)
{
  return g_object_new (POLKU_TYPE_DOCUMENT, NULL);
}

GListModel *
polku_document_get_journeys (PolkuDocument *self)
{
  g_return_val_if_fail (POLKU_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->journeys);
}

guint
polku_document_get_n_journeys (PolkuDocument *self)
{
  g_return_val_if_fail (POLKU_IS_DOCUMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->journeys));
}

/* Returns: (transfer none) */
PolkuJourney *
polku_document_get_journey (PolkuDocument *self,
                            guint          position)
{
  g_autoptr(PolkuJourney) journey = NULL;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (self), NULL);

  journey = g_list_model_get_item (G_LIST_MODEL (self->journeys), position);
  return journey;
}

void
polku_document_append_journey (PolkuDocument *self,
                               PolkuJourney  *journey)
{
  g_return_if_fail (POLKU_IS_DOCUMENT (self));
  g_return_if_fail (POLKU_IS_JOURNEY (journey));

  g_list_store_append (self->journeys, journey);
}

void
polku_document_insert_journey (PolkuDocument *self,
                               guint          position,
                               PolkuJourney  *journey)
{
  g_return_if_fail (POLKU_IS_DOCUMENT (self));
  g_return_if_fail (POLKU_IS_JOURNEY (journey));
  g_return_if_fail (position <= polku_document_get_n_journeys (self));

  g_list_store_insert (self->journeys, position, journey);
}

void
polku_document_remove_journey (PolkuDocument *self,
                               guint          position)
{
  g_return_if_fail (POLKU_IS_DOCUMENT (self));
  g_return_if_fail (position < polku_document_get_n_journeys (self));

  g_list_store_remove (self->journeys, position);
}

/* The number after prefix in id, or 0 when id is not prefix and digits. */
static guint64
id_number (const char *id,
           const char *prefix)
{
  guint64 n;

  if (!g_str_has_prefix (id, prefix) ||
      !g_ascii_string_to_unsigned (id + strlen (prefix), 10, 0, G_MAXUINT32, &n, NULL))
    return 0;
  return n;
}

char *
polku_document_generate_id (PolkuDocument *self,
                            const char    *prefix)
{
  guint64 highest = 0;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (prefix != NULL && g_ascii_isalpha (*prefix), NULL);

  for (guint j = 0; j < polku_document_get_n_journeys (self); j++)
    {
      PolkuJourney *journey = polku_document_get_journey (self, j);

      highest = MAX (highest, id_number (polku_journey_get_id (journey), prefix));
      for (guint r = 0; r < polku_journey_get_n_rounds (journey); r++)
        highest = MAX (highest, id_number (polku_round_get_id (polku_journey_get_round (journey, r)), prefix));
      for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
        {
          PolkuPhase *phase = polku_journey_get_phase (journey, kind);

          for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
            {
              PolkuStep *step = polku_phase_get_step (phase, s);

              highest = MAX (highest, id_number (polku_step_get_id (step), prefix));
              for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
                highest = MAX (highest, id_number (polku_touchpoint_get_id (polku_step_get_touchpoint (step, t)), prefix));
            }
        }
    }

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, prefix, highest + 1);
}
