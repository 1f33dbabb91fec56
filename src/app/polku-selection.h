/* polku-selection.h: the one item of a journey the editor works on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * View state, apart from the document: the canvas, the outline and the
 * inspector all show and change this one selection.
 */

#pragma once

#include <glib-object.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_SELECTION (polku_selection_get_type ())

G_DECLARE_FINAL_TYPE (PolkuSelection, polku_selection, POLKU, SELECTION, GObject)

PolkuSelection *polku_selection_new          (void);
PolkuJourney   *polku_selection_get_journey  (PolkuSelection *self);
/* Shows another journey (or none); selects the journey itself. */
void            polku_selection_set_journey  (PolkuSelection *self,
                                              PolkuJourney   *journey);
/* The journey, one of its phases, steps or touchpoints; NULL only when
 * there is no journey. */
GObject        *polku_selection_get_item     (PolkuSelection *self);
/* Selects item when the journey holds it; FALSE (and nothing changes)
 * when it does not. */
gboolean        polku_selection_set_item     (PolkuSelection *self,
                                              GObject        *item);
/* After the journey changed: when the selected item is no longer in it,
 * selects what now stands where it stood, else what held it. */
void            polku_selection_revalidate   (PolkuSelection *self);

G_END_DECLS
