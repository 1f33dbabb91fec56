/* polku-preferences-window.h: the settings a user can change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define POLKU_TYPE_PREFERENCES_WINDOW (polku_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPreferencesWindow, polku_preferences_window, POLKU, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* parent may be NULL. */
PolkuPreferencesWindow *polku_preferences_window_new (GtkWindow *parent);

G_END_DECLS
