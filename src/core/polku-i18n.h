/* polku-i18n.h: setting up translations for Polku's programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds Polku's message
 * catalogues, from where they are installed or, for a build that is run
 * where it was built, from $POLKU_LOCALEDIR. */
void        polku_i18n_init           (void);
/* Where Polku's message catalogues are: $POLKU_LOCALEDIR when it is set,
 * else where they are installed. */
const char *polku_i18n_get_localedir (void);

G_END_DECLS
