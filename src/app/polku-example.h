/* polku-example.h: the example journey bundled with Polku
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The resource path of the bundled example journey in the language that
 * gettext would pick for the user interface from language_names (as
 * g_get_language_names() returns them): Finnish or English. */
const char *polku_example_get_resource_path (const char * const *language_names);

G_END_DECLS
