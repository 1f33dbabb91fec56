/* polku-plural-private.h: which plural form of a message a number takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The form a catalogue's header gives, "nplurals=2; plural=(n != 1);",
 * read once. */
typedef struct _PolkuPlural PolkuPlural;

/* NULL when header has no plural forms, or forms this does not
 * understand: the caller then picks as English does. */
PolkuPlural *_polku_plural_new_from_header (const char  *header);
void         _polku_plural_free            (PolkuPlural *plural);
/* The index of the form for n, from 0 to nplurals − 1. */
guint        _polku_plural_get_form        (PolkuPlural *plural,
                                            gulong       n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPlural, _polku_plural_free)

G_END_DECLS
