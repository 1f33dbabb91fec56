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

/* Where the customer meets the company. */
typedef enum
{
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

#define POLKU_N_CHANNELS 15

G_END_DECLS
