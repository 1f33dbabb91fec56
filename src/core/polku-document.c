/* polku-document.c: a journey file's contents, one journey per customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-document.h"
#include "polku-journey.h"

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
