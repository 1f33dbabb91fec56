/* polku-enums.h: names of the model's enumerations, in files and on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PHASE_KIND  (polku_phase_kind_get_type ())
#define POLKU_TYPE_CRITICALITY (polku_criticality_get_type ())
#define POLKU_TYPE_ROLE        (polku_role_get_type ())
#define POLKU_TYPE_CHANNEL     (polku_channel_get_type ())
#define POLKU_TYPE_KANO        (polku_kano_get_type ())
#define POLKU_TYPE_FREQUENCY   (polku_frequency_get_type ())
#define POLKU_TYPE_INTERACTION (polku_interaction_get_type ())
#define POLKU_TYPE_LANE        (polku_lane_get_type ())

GType        polku_phase_kind_get_type   (void) G_GNUC_CONST;
GType        polku_criticality_get_type  (void) G_GNUC_CONST;
GType        polku_role_get_type         (void) G_GNUC_CONST;
GType        polku_channel_get_type      (void) G_GNUC_CONST;
GType        polku_kano_get_type         (void) G_GNUC_CONST;
GType        polku_frequency_get_type    (void) G_GNUC_CONST;
GType        polku_interaction_get_type  (void) G_GNUC_CONST;
GType        polku_lane_get_type         (void) G_GNUC_CONST;

/* The token used in files ("pre-purchase"), and back. The parsers return
 * FALSE for a token they do not know. */
const char  *polku_phase_kind_to_string  (PolkuPhaseKind    kind);
gboolean     polku_phase_kind_from_string (const char       *str,
                                           PolkuPhaseKind   *kind);
const char  *polku_criticality_to_string (PolkuCriticality  criticality);
gboolean     polku_criticality_from_string (const char      *str,
                                            PolkuCriticality *criticality);
const char  *polku_role_to_string        (PolkuRole         role);
gboolean     polku_role_from_string      (const char       *str,
                                          PolkuRole        *role);
const char  *polku_channel_to_string     (PolkuChannel      channel);
gboolean     polku_channel_from_string   (const char       *str,
                                          PolkuChannel     *channel);
const char  *polku_kano_to_string        (PolkuKano         kano);
gboolean     polku_kano_from_string      (const char       *str,
                                          PolkuKano        *kano);
const char  *polku_frequency_to_string   (PolkuFrequency    frequency);
gboolean     polku_frequency_from_string (const char       *str,
                                          PolkuFrequency   *frequency);
/* Interactions are written as tokens separated by spaces, in flag order. */
char        *polku_interaction_to_string (PolkuInteraction  interaction);
gboolean     polku_interaction_from_string (const char      *str,
                                            PolkuInteraction *interaction);
const char  *polku_interaction_get_nick  (PolkuInteraction  single_flag);
/* Lanes too are written as tokens separated by spaces, in lane order. */
char        *polku_lane_to_string        (PolkuLane         lanes);
gboolean     polku_lane_from_string      (const char       *str,
                                          PolkuLane        *lanes);

/* Translated names for people. */
const char  *polku_phase_kind_get_label  (PolkuPhaseKind    kind);
const char  *polku_criticality_get_label (PolkuCriticality  criticality);
const char  *polku_role_get_label        (PolkuRole         role);
const char  *polku_channel_get_label     (PolkuChannel      channel);
const char  *polku_kano_get_label        (PolkuKano         kano);
const char  *polku_frequency_get_label   (PolkuFrequency    frequency);
const char  *polku_interaction_get_label (PolkuInteraction  single_flag);
const char  *polku_lane_get_label        (PolkuLane         single_lane);
/* The same in a catalogue's language (NULL for the process's): what a
 * printed map says in its journey's language. */
const char  *polku_phase_kind_get_label_in  (PolkuPhaseKind    kind,
                                             PolkuCatalog     *catalog);
const char  *polku_criticality_get_label_in (PolkuCriticality  criticality,
                                             PolkuCatalog     *catalog);
const char  *polku_role_get_label_in        (PolkuRole         role,
                                             PolkuCatalog     *catalog);
const char  *polku_channel_get_label_in     (PolkuChannel      channel,
                                             PolkuCatalog     *catalog);
const char  *polku_kano_get_label_in        (PolkuKano         kano,
                                             PolkuCatalog     *catalog);
const char  *polku_frequency_get_label_in   (PolkuFrequency    frequency,
                                             PolkuCatalog     *catalog);
const char  *polku_interaction_get_label_in (PolkuInteraction  single_flag,
                                             PolkuCatalog     *catalog);
const char  *polku_lane_get_label_in        (PolkuLane         single_lane,
                                             PolkuCatalog     *catalog);

/* The channel a person names with text: its name in the user's language or
 * in English, or its token, in any case and without the spaces around it.
 * FALSE when text names none; "Not set" names POLKU_CHANNEL_NONE. */
gboolean     polku_channel_find          (const char       *text,
                                          PolkuChannel     *channel);

G_END_DECLS
