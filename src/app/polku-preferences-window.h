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

/* The position in the scale list of a "default-scale" nick, and back: plain
 * functions of the setting, tested without a display. */
guint       polku_preferences_scale_to_position (const char *nick);
const char *polku_preferences_position_to_scale (guint       position);

G_END_DECLS
