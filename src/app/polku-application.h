/* polku-application.h: the application, its windows and app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define POLKU_TYPE_APPLICATION (polku_application_get_type ())

G_DECLARE_FINAL_TYPE (PolkuApplication, polku_application, POLKU, APPLICATION, AdwApplication)

/* flags are added to G_APPLICATION_HANDLES_OPEN. */
PolkuApplication *polku_application_new (const char        *application_id,
                                         GApplicationFlags  flags);

/* The resource path of the bundled example journey in the language that
 * gettext would pick for the user interface from language_names (as
 * g_get_language_names() returns them): Finnish or English. */
const char *polku_application_get_example_path (const char * const *language_names);

/* Stops quitting after a window with unsaved changes was kept open. */
void        polku_application_cancel_quit      (PolkuApplication   *self);

G_END_DECLS
