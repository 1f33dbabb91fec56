/* polku-document.h: a journey file's contents, one journey per customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DOCUMENT (polku_document_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDocument, polku_document, POLKU, DOCUMENT, GObject)

PolkuDocument *polku_document_new            (void);
/* A GListModel of PolkuJourney, in order. */
GListModel    *polku_document_get_journeys   (PolkuDocument *self);
guint          polku_document_get_n_journeys (PolkuDocument *self);
PolkuJourney  *polku_document_get_journey    (PolkuDocument *self,
                                              guint          position);
void           polku_document_append_journey (PolkuDocument *self,
                                              PolkuJourney  *journey);
void           polku_document_insert_journey (PolkuDocument *self,
                                              guint          position,
                                              PolkuJourney  *journey);
void           polku_document_remove_journey (PolkuDocument *self,
                                              guint          position);
/* An id no journey, step or touchpoint of the document has: prefix and the
 * next free number ("t26"). */
char          *polku_document_generate_id    (PolkuDocument *self,
                                              const char    *prefix);

G_END_DECLS
