/* polku-inline-text.h: a text view that shows all of its lines, for long
 * texts inside a list
 *
 * GtkTextView (GTK 4.8) asks for the height of its text as laid out at the
 * width it had last, whatever width it is measured for, and lays the text
 * out at a new width only while it is being allocated.  The resize it asks
 * for then is lost, as GTK takes an allocation as final: its row keeps the
 * height measured at the old width (at first, before the view had a width,
 * that of no line or one) and the lines below are cut off.  This view sees,
 * once allocated, that its text needs another height than it asked for,
 * and asks again on the next frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define POLKU_TYPE_INLINE_TEXT (polku_inline_text_get_type ())

G_DECLARE_FINAL_TYPE (PolkuInlineText, polku_inline_text, POLKU, INLINE_TEXT, GtkTextView)

GtkWidget *polku_inline_text_new (void);

G_END_DECLS
