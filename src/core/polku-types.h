/* polku-types.h: forward declarations and enumerations of the journey model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PolkuDocument   PolkuDocument;
typedef struct _PolkuJourney    PolkuJourney;
typedef struct _PolkuPhase      PolkuPhase;
typedef struct _PolkuStep       PolkuStep;
typedef struct _PolkuTouchpoint PolkuTouchpoint;
typedef struct _PolkuCatalog    PolkuCatalog;
typedef struct _PolkuRound      PolkuRound;

/* The three phases of a customer's process, always present and in this order. */
typedef enum
{
  POLKU_PHASE_KIND_PRE_PURCHASE,
  POLKU_PHASE_KIND_PURCHASE,
  POLKU_PHASE_KIND_POST_PURCHASE,
} PolkuPhaseKind;

#define POLKU_N_PHASE_KINDS 3

/* Must a touchpoint always be in order, or is a basic level enough? */
typedef enum
{
  POLKU_CRITICALITY_NON_CRITICAL,
  POLKU_CRITICALITY_CRITICAL,
} PolkuCriticality;

/* Does the customer take it for granted, or can the company win there? */
typedef enum
{
  POLKU_ROLE_PREREQUISITE,
  POLKU_ROLE_OPPORTUNITY,
} PolkuRole;

/* Where the customer meets the company; NONE while not set. */
typedef enum
{
  POLKU_CHANNEL_NONE,
  POLKU_CHANNEL_SERVICE_PREMISES,
  POLKU_CHANNEL_PHONE,
  POLKU_CHANNEL_BOOKING_SYSTEM,
  POLKU_CHANNEL_EMAIL_AND_POST,
  POLKU_CHANNEL_WEBSITE,
  POLKU_CHANNEL_SOCIAL_MEDIA,
  POLKU_CHANNEL_MOBILE,
  POLKU_CHANNEL_PRODUCT,
  POLKU_CHANNEL_DELIVERY,
  POLKU_CHANNEL_ADVERTISING,
  POLKU_CHANNEL_DOCUMENTS,
  POLKU_CHANNEL_RESULT,
  POLKU_CHANNEL_FIELD_STAFF,
  POLKU_CHANNEL_VEHICLES,
  POLKU_CHANNEL_OTHER,
} PolkuChannel;

#define POLKU_N_CHANNELS 16

/* Kano's categories, for designers who classify finer; NONE when unused. */
typedef enum
{
  POLKU_KANO_NONE,
  POLKU_KANO_MUST_BE,
  POLKU_KANO_ONE_DIMENSIONAL,
  POLKU_KANO_ATTRACTIVE,
  POLKU_KANO_INDIFFERENT,
} PolkuKano;

#define POLKU_N_KANOS 5

/* How often the customer meets the touchpoint; NONE when not classified. */
typedef enum
{
  POLKU_FREQUENCY_NONE,
  POLKU_FREQUENCY_ROUTINE,
  POLKU_FREQUENCY_REGULAR,
  POLKU_FREQUENCY_EXCEPTIONAL,
} PolkuFrequency;

#define POLKU_N_FREQUENCIES 4

/* What the customer deals with at a touchpoint; any combination. */
typedef enum
{
  POLKU_INTERACTION_STAFF     = 1 << 0,
  POLKU_INTERACTION_RESOURCES = 1 << 1,
  POLKU_INTERACTION_SYSTEMS   = 1 << 2,
  POLKU_INTERACTION_PRODUCT   = 1 << 3,
  POLKU_INTERACTION_CUSTOMERS = 1 << 4,
} PolkuInteraction;

#define POLKU_N_INTERACTIONS 5

/* The rows of a journey map; each can be shown or hidden per journey. */
typedef enum
{
  POLKU_LANE_CUSTOMER     = 1 << 0,  /* doing, thinking, feeling, expectation */
  POLKU_LANE_TOUCHPOINTS  = 1 << 1,
  POLKU_LANE_SATISFACTION = 1 << 2,
  POLKU_LANE_FRONT_STAGE  = 1 << 3,  /* the company's answer */
  POLKU_LANE_FRONT_LINE   = 1 << 4,  /* front-line prerequisites */
  POLKU_LANE_SUPPORT      = 1 << 5,  /* support functions */
  POLKU_LANE_NOTES        = 1 << 6,  /* notes, ideas and pain points */
} PolkuLane;

#define POLKU_N_LANES 7
#define POLKU_ALL_LANES ((PolkuLane) ((1 << POLKU_N_LANES) - 1))

/* The surveys whose answer counts a touchpoint may carry. */
typedef enum
{
  POLKU_SURVEY_SATISFACTION,  /* one count per value of the journey's scale */
  POLKU_SURVEY_NPS,           /* answers 0–10 to "would you recommend us" */
  POLKU_SURVEY_CES,           /* answers 1–5 to "how easy was it" */
} PolkuSurvey;

#define POLKU_N_SURVEYS 3

G_END_DECLS
