/* polku-channel-picker.h: choosing a touchpoint's channel by typing part of
 * its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_CHANNEL_PICKER (polku_channel_picker_get_type ())

G_DECLARE_FINAL_TYPE (PolkuChannelPicker, polku_channel_picker, POLKU, CHANNEL_PICKER, GtkPopover)

/* A popover listing the channels, "Not set" first, under an entry that
 * filters them by what is typed there: Up and Down pick among those shown,
 * Enter chooses, Escape closes. "chosen" (channel) says what was chosen. */
GtkWidget *polku_channel_picker_new             (void);
/* Shows the picker, current picked, with text typed in its entry (may be
 * NULL). */
void       polku_channel_picker_popup           (PolkuChannelPicker *self,
                                                 PolkuChannel        current,
                                                 const char         *text);

/* For tests: how many channels the filter shows, and the one picked. */
guint      _polku_channel_picker_get_n_shown    (PolkuChannelPicker *self);
PolkuChannel _polku_channel_picker_get_picked   (PolkuChannelPicker *self);

G_END_DECLS
