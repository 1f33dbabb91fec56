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

G_END_DECLS
