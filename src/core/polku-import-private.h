/* polku-import-private.h: what the importers of other formats share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

/* A new journey in document, with an id the document does not use. */
PolkuJourney    *_polku_import_add_journey     (PolkuDocument  *document,
                                                const char     *title);
/* A new touchpoint at the end of a phase of journey: in its last step when
 * that has the name step_name and join_step is set, else in a new step of
 * that name. Its channel is "other" until told. (transfer none) */
PolkuTouchpoint *_polku_import_add_touchpoint  (PolkuDocument  *document,
                                                PolkuJourney   *journey,
                                                PolkuPhaseKind  kind,
                                                const char     *step_name,
                                                const char     *name,
                                                gboolean        join_step);
/* Adds "NAME:LINE: note" to notes, unless notes is NULL. */
void             _polku_import_note            (GPtrArray      *notes,
                                                const char     *display_name,
                                                int             line,
                                                const char     *format,
                                                ...) G_GNUC_PRINTF (4, 5);
/* Sets satisfaction counts and a score of their mean, to two decimals. */
void             _polku_import_set_responses   (PolkuJourney   *journey,
                                                PolkuTouchpoint *touchpoint,
                                                const guint32  *counts);

G_END_DECLS
