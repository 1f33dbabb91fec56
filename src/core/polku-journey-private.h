/* polku-journey-private.h: a journey's dates as a file writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-journey.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_JOURNEY_DATE_CREATED,
  POLKU_JOURNEY_DATE_MODIFIED,
} PolkuJourneyDate;

/* Sets the date from its xsd:dateTime form, which must be valid and
 * collapsed, and keeps that form: its offset, its fraction of a second and
 * years GLib cannot hold (the date is NULL then). */
void   _polku_journey_set_date_text (PolkuJourney     *self,
                                     PolkuJourneyDate  which,
                                     const char       *text);
/* The date in xsd:dateTime form: as it was set while the date is not
 * changed, else formatted from the date; NULL when there is none. */
char  *_polku_journey_dup_date_text (PolkuJourney     *self,
                                     PolkuJourneyDate  which);

G_END_DECLS
