/* polku-segment-switcher.h: the customer segments of a document, one
 * journey each, to switch between, add, rename, copy and remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"

G_BEGIN_DECLS

#define POLKU_TYPE_SEGMENT_SWITCHER (polku_segment_switcher_get_type ())

G_DECLARE_FINAL_TYPE (PolkuSegmentSwitcher, polku_segment_switcher, POLKU, SEGMENT_SWITCHER, GtkWidget)

/* Shows the document's journeys by segment, the one shown marked. Choosing
 * one activates win.show-segment with its position; the buttons activate
 * win.add-segment, win.duplicate-segment and win.remove-segment. A rename
 * comes out as a command in "push-command". */
GtkWidget    *polku_segment_switcher_new         (void);
void          polku_segment_switcher_set_document (PolkuSegmentSwitcher *self,
                                                   PolkuDocument        *document);
void          polku_segment_switcher_set_journey (PolkuSegmentSwitcher *self,
                                                  PolkuJourney         *journey);
/* Opens the list with the name of the segment shown ready to type over. */
void          polku_segment_switcher_start_rename (PolkuSegmentSwitcher *self);

/* For tests: the label on the button, and the name entry. */
const char   *_polku_segment_switcher_get_label  (PolkuSegmentSwitcher *self);
GtkEditable  *_polku_segment_switcher_get_entry  (PolkuSegmentSwitcher *self);

/* The name to show for a journey's segment. */
char         *polku_segment_dup_display_name     (PolkuJourney         *journey);

G_END_DECLS
