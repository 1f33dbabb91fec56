/* polku-children-private.h: the ordered children of documents, phases, steps and journeys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Commands insert, remove and move children without caring whether they
 * are journeys, steps, touchpoints or measurement rounds; this is where the
 * kinds meet.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean  _polku_children_accepts (GObject *container,
                                   GObject *child);
guint     _polku_children_get_n   (GObject *container);
/* Returns: (transfer none) */
GObject  *_polku_children_get     (GObject *container,
                                   guint    position);
void      _polku_children_insert  (GObject *container,
                                   guint    position,
                                   GObject *child);
void      _polku_children_remove  (GObject *container,
                                   guint    position);

G_END_DECLS
