/* polku-slides.h: the pages a presentation of a journey's map steps through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A presentation lights one step of the map at a time, or one phase, and
 * pages from one to the next; the team scores and tags the touchpoints of
 * the page lit. These plain functions say which page an item is on, which
 * page comes before or after it, and which touchpoint of a page comes
 * next, so that they are tested without a display.
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_SLIDE_BY_STEP,   /* a page per step */
  POLKU_SLIDE_BY_PHASE,  /* a page per phase */
} PolkuSlideUnit;

/* "step" or "phase", and back. */
const char *polku_slide_unit_to_string   (PolkuSlideUnit  unit);
gboolean    polku_slide_unit_from_string (const char     *name,
                                          PolkuSlideUnit *unit);

/* How many pages the journey has: its steps, or its phases. */
guint       polku_slides_count           (PolkuJourney   *journey,
                                          PolkuSlideUnit  unit);
/* The page at position, from 0, or NULL. (transfer none) */
GObject    *polku_slides_get             (PolkuJourney   *journey,
                                          PolkuSlideUnit  unit,
                                          guint           position);
/* The page that shows item: the step of a touchpoint or a step, the phase
 * of anything in it; the first page for the journey or a phase without
 * steps when paging by step. NULL when the journey has no pages, or item
 * is not in it. (transfer none) */
GObject    *polku_slides_page_of         (PolkuJourney   *journey,
                                          PolkuSlideUnit  unit,
                                          GObject        *item);
/* Where page is among the pages; FALSE when it is not one. */
gboolean    polku_slides_position        (PolkuJourney   *journey,
                                          PolkuSlideUnit  unit,
                                          GObject        *page,
                                          guint          *position);
/* What to select on a page: its first touchpoint, for the team to score,
 * else the page itself. (transfer none) */
GObject    *polku_slides_first_item      (GObject        *page);
/* The touchpoint of page delta places after item (before, when delta is
 * below 0), round from the last to the first; the first one when item is
 * none of them; NULL when the page has none. (transfer none) */
GObject    *polku_slides_next_touchpoint (GObject        *page,
                                          GObject        *item,
                                          int             delta);

G_END_DECLS
