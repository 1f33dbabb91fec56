/* polku-journey.h: the customer's process for one customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-scale.h"
#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_JOURNEY (polku_journey_get_type ())

G_DECLARE_FINAL_TYPE (PolkuJourney, polku_journey, POLKU, JOURNEY, GObject)

typedef enum
{
  POLKU_JOURNEY_FIELD_TITLE,
  POLKU_JOURNEY_FIELD_DESCRIPTION,
  POLKU_JOURNEY_FIELD_SEGMENT,              /* the customer segment's name */
  POLKU_JOURNEY_FIELD_SEGMENT_DESCRIPTION,
  POLKU_JOURNEY_FIELD_SEGMENT_CRITERIA,     /* how a customer is recognised */
  POLKU_JOURNEY_FIELD_AUTHORS,
  POLKU_JOURNEY_FIELD_LANGUAGE,             /* a language tag, such as "fi" */
  POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL,      /* what the lowest score means */
  POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL,      /* what the highest score means */
  POLKU_JOURNEY_FIELD_NOTES,
  POLKU_JOURNEY_N_FIELDS
} PolkuJourneyField;

PolkuJourney *polku_journey_new             (const char     *id);
const char   *polku_journey_get_id          (PolkuJourney   *self);
const char   *polku_journey_get_title       (PolkuJourney   *self);
void          polku_journey_set_title       (PolkuJourney   *self,
                                             const char     *title);
const char   *polku_journey_get_segment     (PolkuJourney   *self);
void          polku_journey_set_segment     (PolkuJourney   *self,
                                             const char     *segment);
const char   *polku_journey_get_field       (PolkuJourney      *self,
                                             PolkuJourneyField  field);
void          polku_journey_set_field       (PolkuJourney      *self,
                                             PolkuJourneyField  field,
                                             const char        *value);
const char   *polku_journey_field_get_name  (PolkuJourneyField  field);
const char   *polku_journey_field_get_label (PolkuJourneyField  field);
/* When the journey was first made and last changed; NULL when unknown. */
GDateTime    *polku_journey_get_created     (PolkuJourney   *self);
void          polku_journey_set_created     (PolkuJourney   *self,
                                             GDateTime      *created);
GDateTime    *polku_journey_get_modified    (PolkuJourney   *self);
void          polku_journey_set_modified    (PolkuJourney   *self,
                                             GDateTime      *modified);
/* The lanes the map shows for this journey; all by default. */
PolkuLane     polku_journey_get_lanes       (PolkuJourney   *self);
void          polku_journey_set_lanes       (PolkuJourney   *self,
                                             PolkuLane       lanes);
int           polku_journey_get_scale_min   (PolkuJourney   *self);
int           polku_journey_get_scale_max   (PolkuJourney   *self);
void          polku_journey_set_scale       (PolkuJourney   *self,
                                             int             min,
                                             int             max);
/* A language tag such as "fi" or "en-GB", or "" for none. */
gboolean      polku_language_tag_is_valid   (const char     *tag);
/* Always three phases, in the order of PolkuPhaseKind. */
GListModel   *polku_journey_get_phases      (PolkuJourney   *self);
PolkuPhase   *polku_journey_get_phase       (PolkuJourney   *self,
                                             PolkuPhaseKind  kind);
guint         polku_journey_count_steps     (PolkuJourney   *self);
guint         polku_journey_count_touchpoints (PolkuJourney *self);
/* The journey's measurement rounds, oldest first: a GListModel of
 * PolkuRound. */
GListModel   *polku_journey_get_rounds      (PolkuJourney   *self);
guint         polku_journey_get_n_rounds    (PolkuJourney   *self);
PolkuRound   *polku_journey_get_round       (PolkuJourney   *self,
                                             guint           position);
void          polku_journey_insert_round    (PolkuJourney   *self,
                                             guint           position,
                                             PolkuRound     *round);
void          polku_journey_append_round    (PolkuJourney   *self,
                                             PolkuRound     *round);
void          polku_journey_remove_round    (PolkuJourney   *self,
                                             guint           position);

G_END_DECLS
