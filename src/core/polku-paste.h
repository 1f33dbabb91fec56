/* polku-paste.h: capturing a list pasted onto the map, one item a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator pastes what the team said, written down elsewhere: a list
 * from notes, a column or a few columns of a spreadsheet. Onto a step (or a
 * touchpoint in it) each line becomes a touchpoint, onto a phase a step.
 * A touchpoint's line may hold, separated by tabs as a spreadsheet copies
 * them, its name, channel, score and target, in that order.
 */

#pragma once

#include <glib-object.h>

#include "polku-command.h"
#include "polku-types.h"

G_BEGIN_DECLS

/* The most lines one paste takes. */
#define POLKU_PASTE_MAX_LINES 1000

typedef enum
{
  POLKU_PASTE_TOUCHPOINTS,
  POLKU_PASTE_STEPS,
} PolkuPasteKind;

/* Where what is pasted onto item goes: touchpoints after a touchpoint or
 * at the end of a step, steps at the end of a phase. FALSE for the journey,
 * which takes neither. */
gboolean      polku_paste_find_target  (PolkuJourney    *journey,
                                        GObject         *item,
                                        PolkuPasteKind  *kind,
                                        GObject        **container,
                                        guint           *position);

/* The items that the lines of text make, new steps or touchpoints with ids
 * unused in document; empty lines are skipped, and so are list bullets
 * ("- ", "* ", "• ") before a name. A touchpoint's channel is matched to
 * the channels' names, in the user's language or in English, or their
 * tokens in the file ("website"); one not among them is "other", named as
 * written. Scores are on the journey's scale, with a decimal point or
 * comma. NULL with an error that names the line and what is wrong with it,
 * when a line cannot be read; then nothing is made at all. (transfer full)
 * GObject */
GPtrArray    *polku_paste_read         (PolkuDocument   *document,
                                        PolkuJourney    *journey,
                                        PolkuPasteKind   kind,
                                        const char      *text,
                                        GError         **error);

/* Inserts items into container from position on, as one edit. */
PolkuCommand *polku_paste_command_new  (GObject         *container,
                                        guint            position,
                                        GPtrArray       *items);

G_END_DECLS
