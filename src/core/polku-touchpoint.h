/* polku-touchpoint.h: one contact of the customer with the company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TOUCHPOINT (polku_touchpoint_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTouchpoint, polku_touchpoint, POLKU, TOUCHPOINT, GObject)

/* What the method asks of each touchpoint, in the order it asks. */
typedef enum
{
  POLKU_TOUCHPOINT_FIELD_NAME,
  POLKU_TOUCHPOINT_FIELD_DESCRIPTION,
  POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER,   /* the channel, when it is "other" */
  POLKU_TOUCHPOINT_FIELD_EXPECTATION,     /* the customer's expectation */
  POLKU_TOUCHPOINT_FIELD_TARGET_LEVEL,    /* the company's target level */
  POLKU_TOUCHPOINT_FIELD_WAY_OF_WORKING,
  POLKU_TOUCHPOINT_FIELD_MEASUREMENT,     /* measurement and follow-up */
  POLKU_TOUCHPOINT_FIELD_FRONT_LINE,      /* what the front line needs */
  POLKU_TOUCHPOINT_FIELD_SUPPORT,         /* the support functions behind it */
  POLKU_TOUCHPOINT_FIELD_OWNER,
  POLKU_TOUCHPOINT_FIELD_NOTES,
  POLKU_TOUCHPOINT_N_FIELDS
} PolkuTouchpointField;

PolkuTouchpoint  *polku_touchpoint_new             (const char       *id,
                                                    const char       *name);
const char       *polku_touchpoint_get_id          (PolkuTouchpoint  *self);
const char       *polku_touchpoint_get_name        (PolkuTouchpoint  *self);
void              polku_touchpoint_set_name        (PolkuTouchpoint  *self,
                                                    const char       *name);
PolkuChannel      polku_touchpoint_get_channel     (PolkuTouchpoint  *self);
void              polku_touchpoint_set_channel     (PolkuTouchpoint  *self,
                                                    PolkuChannel      channel);
PolkuCriticality  polku_touchpoint_get_criticality (PolkuTouchpoint  *self);
void              polku_touchpoint_set_criticality (PolkuTouchpoint  *self,
                                                    PolkuCriticality  criticality);
PolkuRole         polku_touchpoint_get_role        (PolkuTouchpoint  *self);
void              polku_touchpoint_set_role        (PolkuTouchpoint  *self,
                                                    PolkuRole         role);
/* Satisfaction on the journey's scale; NAN when not scored. */
double            polku_touchpoint_get_score       (PolkuTouchpoint  *self);
void              polku_touchpoint_set_score       (PolkuTouchpoint  *self,
                                                    double            score);
gboolean          polku_touchpoint_has_score       (PolkuTouchpoint  *self);
/* The score the company aims at; NAN when none is set. */
double            polku_touchpoint_get_target      (PolkuTouchpoint  *self);
void              polku_touchpoint_set_target      (PolkuTouchpoint  *self,
                                                    double            target);
gboolean          polku_touchpoint_has_target      (PolkuTouchpoint  *self);

const char       *polku_touchpoint_get_field       (PolkuTouchpoint      *self,
                                                    PolkuTouchpointField  field);
void              polku_touchpoint_set_field       (PolkuTouchpoint      *self,
                                                    PolkuTouchpointField  field,
                                                    const char           *value);
/* The field's property and file element name, and its label for people. */
const char       *polku_touchpoint_field_get_name  (PolkuTouchpointField  field);
const char       *polku_touchpoint_field_get_label (PolkuTouchpointField  field);
/* The same in a catalogue's language; NULL for the process's. */
const char       *polku_touchpoint_field_get_label_in (PolkuTouchpointField  field,
                                                      PolkuCatalog         *catalog);

PolkuInteraction  polku_touchpoint_get_interaction (PolkuTouchpoint  *self);
void              polku_touchpoint_set_interaction (PolkuTouchpoint  *self,
                                                    PolkuInteraction  interaction);
PolkuKano         polku_touchpoint_get_kano        (PolkuTouchpoint  *self);
void              polku_touchpoint_set_kano        (PolkuTouchpoint  *self,
                                                    PolkuKano         kano);
PolkuFrequency    polku_touchpoint_get_frequency   (PolkuTouchpoint  *self);
void              polku_touchpoint_set_frequency   (PolkuTouchpoint  *self,
                                                    PolkuFrequency    frequency);
gboolean          polku_touchpoint_get_standardised (PolkuTouchpoint *self);
void              polku_touchpoint_set_standardised (PolkuTouchpoint *self,
                                                     gboolean         standardised);
/* Survey answer counts, one per answer value, lowest first; NULL when the
 * touchpoint has none. The property of the same name holds them as a
 * GVariant "au". */
const guint32    *polku_touchpoint_get_counts      (PolkuTouchpoint  *self,
                                                    PolkuSurvey       survey,
                                                    gsize            *n_values);
/* Sets the counts; NULL (or no values) clears them. */
void              polku_touchpoint_set_counts      (PolkuTouchpoint  *self,
                                                    PolkuSurvey       survey,
                                                    const guint32    *counts,
                                                    gsize             n_values);
const char       *polku_survey_get_name            (PolkuSurvey       survey);
/* What files of answers call a survey: "satisfaction", "nps", "ces". */
const char       *polku_survey_get_token           (PolkuSurvey       survey);

G_END_DECLS
