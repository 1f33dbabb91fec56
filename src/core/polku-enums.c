/* polku-enums.c: names of the model's enumerations, in files and on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-catalog.h"
#include "polku-enums.h"

/* Each enumeration is one table: its GEnumValue nicks are the file tokens,
 * and a parallel array holds the untranslated labels for people. */

static const GEnumValue phase_kind_values[] = {
  { POLKU_PHASE_KIND_PRE_PURCHASE, "POLKU_PHASE_KIND_PRE_PURCHASE", "pre-purchase" },
  { POLKU_PHASE_KIND_PURCHASE, "POLKU_PHASE_KIND_PURCHASE", "purchase" },
  { POLKU_PHASE_KIND_POST_PURCHASE, "POLKU_PHASE_KIND_POST_PURCHASE", "post-purchase" },
  { 0, NULL, NULL }
};

static const char * const phase_kind_labels[] = {
  /* Translators: the first phase of a customer's process */
  N_("Pre-purchase"),
  /* Translators: the second phase of a customer's process */
  N_("Purchase"),
  /* Translators: the third phase of a customer's process */
  N_("Post-purchase"),
};

static const GEnumValue criticality_values[] = {
  { POLKU_CRITICALITY_NON_CRITICAL, "POLKU_CRITICALITY_NON_CRITICAL", "non-critical" },
  { POLKU_CRITICALITY_CRITICAL, "POLKU_CRITICALITY_CRITICAL", "critical" },
  { 0, NULL, NULL }
};

static const char * const criticality_labels[] = {
  /* Translators: a touchpoint where a basic level is enough */
  N_("Non-critical"),
  /* Translators: a touchpoint that must always be in order */
  N_("Critical"),
};

static const GEnumValue role_values[] = {
  { POLKU_ROLE_PREREQUISITE, "POLKU_ROLE_PREREQUISITE", "prerequisite" },
  { POLKU_ROLE_OPPORTUNITY, "POLKU_ROLE_OPPORTUNITY", "opportunity" },
  { 0, NULL, NULL }
};

static const char * const role_labels[] = {
  /* Translators: the customer takes it for granted; failing it dissatisfies */
  N_("Prerequisite"),
  /* Translators: where the company can win the customer */
  N_("Opportunity"),
};

static const GEnumValue channel_values[] = {
  { POLKU_CHANNEL_NONE, "POLKU_CHANNEL_NONE", "none" },
  { POLKU_CHANNEL_SERVICE_PREMISES, "POLKU_CHANNEL_SERVICE_PREMISES", "service-premises" },
  { POLKU_CHANNEL_PHONE, "POLKU_CHANNEL_PHONE", "phone" },
  { POLKU_CHANNEL_BOOKING_SYSTEM, "POLKU_CHANNEL_BOOKING_SYSTEM", "booking-system" },
  { POLKU_CHANNEL_EMAIL_AND_POST, "POLKU_CHANNEL_EMAIL_AND_POST", "email-and-post" },
  { POLKU_CHANNEL_WEBSITE, "POLKU_CHANNEL_WEBSITE", "website" },
  { POLKU_CHANNEL_SOCIAL_MEDIA, "POLKU_CHANNEL_SOCIAL_MEDIA", "social-media" },
  { POLKU_CHANNEL_MOBILE, "POLKU_CHANNEL_MOBILE", "mobile" },
  { POLKU_CHANNEL_PRODUCT, "POLKU_CHANNEL_PRODUCT", "product" },
  { POLKU_CHANNEL_DELIVERY, "POLKU_CHANNEL_DELIVERY", "delivery" },
  { POLKU_CHANNEL_ADVERTISING, "POLKU_CHANNEL_ADVERTISING", "advertising" },
  { POLKU_CHANNEL_DOCUMENTS, "POLKU_CHANNEL_DOCUMENTS", "documents" },
  { POLKU_CHANNEL_RESULT, "POLKU_CHANNEL_RESULT", "result" },
  { POLKU_CHANNEL_FIELD_STAFF, "POLKU_CHANNEL_FIELD_STAFF", "field-staff" },
  { POLKU_CHANNEL_VEHICLES, "POLKU_CHANNEL_VEHICLES", "vehicles" },
  { POLKU_CHANNEL_OTHER, "POLKU_CHANNEL_OTHER", "other" },
  { 0, NULL, NULL }
};

static const char * const channel_labels[] = {
  /* Translators: a touchpoint whose channel is not chosen yet */
  N_("Not set"),
  N_("Service premises"),
  N_("Phone"),
  N_("Booking system"),
  N_("E-mail and post"),
  N_("Website"),
  N_("Social media"),
  N_("Mobile and text messages"),
  N_("Product and packaging"),
  N_("Delivery and transport"),
  N_("Advertising"),
  N_("Documents, instructions and signage"),
  N_("Result of the work"),
  N_("Staff in the field"),
  N_("Vehicles and equipment"),
  /* Translators: a channel not in the list */
  N_("Other"),
};

static const GEnumValue kano_values[] = {
  { POLKU_KANO_NONE, "POLKU_KANO_NONE", "none" },
  { POLKU_KANO_MUST_BE, "POLKU_KANO_MUST_BE", "must-be" },
  { POLKU_KANO_ONE_DIMENSIONAL, "POLKU_KANO_ONE_DIMENSIONAL", "one-dimensional" },
  { POLKU_KANO_ATTRACTIVE, "POLKU_KANO_ATTRACTIVE", "attractive" },
  { POLKU_KANO_INDIFFERENT, "POLKU_KANO_INDIFFERENT", "indifferent" },
  { 0, NULL, NULL }
};

static const char * const kano_labels[] = {
  /* Translators: no Kano category chosen */
  N_("Not classified"),
  /* Translators: Kano category: expected; missing it dissatisfies */
  N_("Must-be"),
  /* Translators: Kano category: the more the better */
  N_("One-dimensional"),
  /* Translators: Kano category: delights when present */
  N_("Attractive"),
  /* Translators: Kano category: makes no difference */
  N_("Indifferent"),
};

static const GEnumValue frequency_values[] = {
  { POLKU_FREQUENCY_NONE, "POLKU_FREQUENCY_NONE", "none" },
  { POLKU_FREQUENCY_ROUTINE, "POLKU_FREQUENCY_ROUTINE", "routine" },
  { POLKU_FREQUENCY_REGULAR, "POLKU_FREQUENCY_REGULAR", "regular" },
  { POLKU_FREQUENCY_EXCEPTIONAL, "POLKU_FREQUENCY_EXCEPTIONAL", "exceptional" },
  { 0, NULL, NULL }
};

static const char * const frequency_labels[] = {
  /* Translators: how often the customer meets a touchpoint: not classified */
  N_("Not classified"),
  N_("Routine"),
  /* Translators: a regular or seasonal encounter */
  N_("Regular or seasonal"),
  N_("Exceptional"),
};

static const GFlagsValue interaction_values[] = {
  { POLKU_INTERACTION_STAFF, "POLKU_INTERACTION_STAFF", "staff" },
  { POLKU_INTERACTION_RESOURCES, "POLKU_INTERACTION_RESOURCES", "resources" },
  { POLKU_INTERACTION_SYSTEMS, "POLKU_INTERACTION_SYSTEMS", "systems" },
  { POLKU_INTERACTION_PRODUCT, "POLKU_INTERACTION_PRODUCT", "product" },
  { POLKU_INTERACTION_CUSTOMERS, "POLKU_INTERACTION_CUSTOMERS", "customers" },
  { 0, NULL, NULL }
};

static const char * const interaction_labels[] = {
  /* Translators: the customer deals with the company's staff */
  N_("Staff"),
  /* Translators: premises, signage, parking and other physical or technical resources */
  N_("Physical or technical resources"),
  /* Translators: booking, invoicing and other systems */
  N_("Systems"),
  N_("The product or service itself"),
  N_("Other customers"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (kano_values) == POLKU_N_KANOS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (kano_labels) == POLKU_N_KANOS);
G_STATIC_ASSERT (G_N_ELEMENTS (frequency_values) == POLKU_N_FREQUENCIES + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (frequency_labels) == POLKU_N_FREQUENCIES);
G_STATIC_ASSERT (G_N_ELEMENTS (interaction_values) == POLKU_N_INTERACTIONS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (interaction_labels) == POLKU_N_INTERACTIONS);
G_STATIC_ASSERT (G_N_ELEMENTS (phase_kind_values) == POLKU_N_PHASE_KINDS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (phase_kind_labels) == POLKU_N_PHASE_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (criticality_values) == G_N_ELEMENTS (criticality_labels) + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (role_values) == G_N_ELEMENTS (role_labels) + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (channel_values) == POLKU_N_CHANNELS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (channel_labels) == POLKU_N_CHANNELS);

static const char *
nick_of (const GEnumValue *values,
         int               value)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (values[i].value == value)
      return values[i].value_nick;
  g_return_val_if_reached (NULL);
}

static gboolean
value_of (const GEnumValue *values,
          const char       *str,
          int              *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (strcmp (values[i].value_nick, str) == 0)
      {
        *value = values[i].value;
        return TRUE;
      }

  return FALSE;
}

static const char *
label_of (const char * const *labels,
          guint               n_labels,
          int                 value,
          PolkuCatalog       *catalog)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n_labels, NULL);
  return polku_catalog_gettext (catalog, labels[value]);
}

/* One definition of the GType, the string conversions and the label for each
 * enumeration: the four enumerations differ only in their tables. */
#define POLKU_DEFINE_ENUM(TypeName, type_name, values, labels)                 \
  GType                                                                        \
  type_name##_get_type (void)                                                  \
  {                                                                            \
    static gsize type;                                                         \
    if (g_once_init_enter (&type))                                             \
      g_once_init_leave (&type,                                                \
                         g_enum_register_static (g_intern_static_string ("Polku" #TypeName), values)); \
    return (GType) type;                                                       \
  }                                                                            \
                                                                               \
  const char *                                                                 \
  type_name##_to_string (Polku##TypeName value)                                \
  {                                                                            \
    return nick_of (values, value);                                            \
  }                                                                            \
                                                                               \
  gboolean                                                                     \
  type_name##_from_string (const char      *str,                               \
                           Polku##TypeName *value)                             \
  {                                                                            \
    int v;                                                                     \
    g_return_val_if_fail (value != NULL, FALSE);                               \
    if (!value_of (values, str, &v))                                           \
      return FALSE;                                                            \
    *value = (Polku##TypeName) v;                                              \
    return TRUE;                                                               \
  }                                                                            \
                                                                               \
  const char *                                                                 \
  type_name##_get_label (Polku##TypeName value)                                \
  {                                                                            \
    return label_of (labels, G_N_ELEMENTS (labels), value, NULL);              \
  }                                                                            \
                                                                               \
  const char *                                                                 \
  type_name##_get_label_in (Polku##TypeName  value,                            \
                            PolkuCatalog    *catalog)                          \
  {                                                                            \
    return label_of (labels, G_N_ELEMENTS (labels), value, catalog);           \
  }

POLKU_DEFINE_ENUM (PhaseKind, polku_phase_kind, phase_kind_values, phase_kind_labels)
POLKU_DEFINE_ENUM (Criticality, polku_criticality, criticality_values, criticality_labels)
POLKU_DEFINE_ENUM (Role, polku_role, role_values, role_labels)
POLKU_DEFINE_ENUM (Channel, polku_channel, channel_values, channel_labels)
POLKU_DEFINE_ENUM (Kano, polku_kano, kano_values, kano_labels)
POLKU_DEFINE_ENUM (Frequency, polku_frequency, frequency_values, frequency_labels)

static const GFlagsValue lane_values[] = {
  { POLKU_LANE_CUSTOMER, "POLKU_LANE_CUSTOMER", "customer" },
  { POLKU_LANE_TOUCHPOINTS, "POLKU_LANE_TOUCHPOINTS", "touchpoints" },
  { POLKU_LANE_SATISFACTION, "POLKU_LANE_SATISFACTION", "satisfaction" },
  { POLKU_LANE_FRONT_STAGE, "POLKU_LANE_FRONT_STAGE", "front-stage" },
  { POLKU_LANE_FRONT_LINE, "POLKU_LANE_FRONT_LINE", "front-line" },
  { POLKU_LANE_SUPPORT, "POLKU_LANE_SUPPORT", "support" },
  { POLKU_LANE_NOTES, "POLKU_LANE_NOTES", "notes" },
  { 0, NULL, NULL }
};

static const char * const lane_labels[] = {
  /* Translators: the map's row of what the customer does, thinks and feels */
  N_("The customer"),
  N_("Touchpoints"),
  N_("Satisfaction"),
  /* Translators: the map's row of the company's answer, seen by the customer */
  N_("Company’s answer"),
  N_("Front-line prerequisites"),
  N_("Support functions"),
  /* Translators: the map's row of notes, ideas and pain points */
  N_("Notes, ideas and pain points"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (lane_values) == POLKU_N_LANES + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (lane_labels) == POLKU_N_LANES);

/* Flags share their forms: the GType, tokens separated by spaces, and a
 * label per single flag. */

static guint
flag_index (const GFlagsValue *values,
            guint              single_flag)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (values[i].value == single_flag)
      return i;
  g_return_val_if_reached (0);
}

static char *
flags_to_string (const GFlagsValue *values,
                 guint              flags)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (flags & values[i].value)
      {
        if (str->len > 0)
          g_string_append_c (str, ' ');
        g_string_append (str, values[i].value_nick);
      }
  return g_string_free (str, FALSE);
}

static gboolean
flags_from_string (const GFlagsValue *values,
                   const char        *str,
                   guint             *flags)
{
  g_auto(GStrv) tokens = NULL;
  guint result = 0;

  if (str == NULL)
    return FALSE;

  tokens = g_strsplit_set (str, " \t\n", -1);
  for (guint t = 0; tokens[t] != NULL; t++)
    {
      gboolean known = FALSE;

      if (tokens[t][0] == '\0')
        continue;
      for (guint i = 0; values[i].value_nick != NULL; i++)
        if (strcmp (tokens[t], values[i].value_nick) == 0)
          {
            result |= values[i].value;
            known = TRUE;
          }
      if (!known)
        return FALSE;
    }

  *flags = result;
  return TRUE;
}

#define POLKU_DEFINE_FLAGS(TypeName, type_name, values, labels)                \
  GType                                                                        \
  type_name##_get_type (void)                                                  \
  {                                                                            \
    static gsize type;                                                         \
    if (g_once_init_enter (&type))                                             \
      g_once_init_leave (&type,                                                \
                         g_flags_register_static (g_intern_static_string ("Polku" #TypeName), values)); \
    return (GType) type;                                                       \
  }                                                                            \
                                                                               \
  char *                                                                       \
  type_name##_to_string (Polku##TypeName flags)                                \
  {                                                                            \
    return flags_to_string (values, flags);                                   \
  }                                                                            \
                                                                               \
  gboolean                                                                     \
  type_name##_from_string (const char      *str,                               \
                           Polku##TypeName *flags)                             \
  {                                                                            \
    guint v;                                                                   \
    g_return_val_if_fail (flags != NULL, FALSE);                               \
    if (!flags_from_string (values, str, &v))                                  \
      return FALSE;                                                            \
    *flags = (Polku##TypeName) v;                                              \
    return TRUE;                                                               \
  }                                                                            \
                                                                               \
  const char *                                                                 \
  type_name##_get_label (Polku##TypeName single_flag)                          \
  {                                                                            \
    return type_name##_get_label_in (single_flag, NULL);                       \
  }                                                                            \
                                                                               \
  const char *                                                                 \
  type_name##_get_label_in (Polku##TypeName  single_flag,                      \
                            PolkuCatalog    *catalog)                          \
  {                                                                            \
    return polku_catalog_gettext (catalog, labels[flag_index (values, single_flag)]); \
  }

POLKU_DEFINE_FLAGS (Interaction, polku_interaction, interaction_values, interaction_labels)
POLKU_DEFINE_FLAGS (Lane, polku_lane, lane_values, lane_labels)

const char *
polku_interaction_get_nick (PolkuInteraction single_flag)
{
  return interaction_values[flag_index (interaction_values, single_flag)].value_nick;
}

/* Text folded for comparing names as people type them. */
static char *
fold_name (const char *text,
           gssize      length)
{
  g_autofree char *normalized = g_utf8_normalize (text, length, G_NORMALIZE_ALL_COMPOSE);

  return normalized != NULL ? g_utf8_casefold (normalized, -1) : g_strdup ("");
}

gboolean
polku_channel_find (const char   *text,
                    PolkuChannel *channel)
{
  g_autofree char *wanted = NULL;
  const char *start, *end;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (channel != NULL, FALSE);

  for (start = text; g_unichar_isspace (g_utf8_get_char (start)); start = g_utf8_next_char (start))
    ;
  for (end = start + strlen (start); end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end)));)
    end = g_utf8_prev_char (end);
  wanted = fold_name (start, end - start);

  for (guint i = 0; i < POLKU_N_CHANNELS; i++)
    {
      g_autofree char *label = fold_name (polku_channel_get_label (i), -1);
      g_autofree char *english = fold_name (channel_labels[i], -1);

      if (g_str_equal (wanted, label) || g_str_equal (wanted, english) ||
          g_str_equal (wanted, channel_values[i].value_nick))
        {
          *channel = i;
          return TRUE;
        }
    }
  return FALSE;
}
