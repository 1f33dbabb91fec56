/* polku-touchpoint.c: one contact of the customer with the company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-datatypes.h"
#include "polku-enums.h"
#include "polku-property-private.h"
#include "polku-text-fields-private.h"
#include "polku-touchpoint.h"
#include "polku-touchpoint-private.h"

struct _PolkuTouchpoint
{
  GObject           parent_instance;

  char             *id;
  char             *fields[POLKU_TOUCHPOINT_N_FIELDS];
  PolkuChannel      channel;
  PolkuCriticality  criticality;
  PolkuRole         role;
  PolkuInteraction  interaction;
  PolkuKano         kano;
  PolkuFrequency    frequency;
  gboolean          standardised;
  double            score;
  double            target;
  /* The digits the score and target were read with, or NULL. */
  char             *digits[2];
  /* Each a single block: the number of values, then the values. */
  guint32          *counts[POLKU_N_SURVEYS];
};

G_DEFINE_FINAL_TYPE (PolkuTouchpoint, polku_touchpoint, G_TYPE_OBJECT)

static const PolkuTextFieldInfo field_info[POLKU_TOUCHPOINT_N_FIELDS] = {
  [POLKU_TOUCHPOINT_FIELD_NAME] = { "name", N_("Name") },
  [POLKU_TOUCHPOINT_FIELD_DESCRIPTION] = { "description", N_("Description") },
  /* Translators: the name of a channel that is not in the list */
  [POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER] = { "channel-other", N_("Other channel") },
  [POLKU_TOUCHPOINT_FIELD_EXPECTATION] = { "expectation", N_("Customer’s expectation") },
  [POLKU_TOUCHPOINT_FIELD_TARGET_LEVEL] = { "target-level", N_("Target level") },
  [POLKU_TOUCHPOINT_FIELD_WAY_OF_WORKING] = { "way-of-working", N_("Way of working") },
  [POLKU_TOUCHPOINT_FIELD_MEASUREMENT] = { "measurement", N_("Measurement and follow-up") },
  [POLKU_TOUCHPOINT_FIELD_FRONT_LINE] = { "front-line", N_("Front-line needs") },
  [POLKU_TOUCHPOINT_FIELD_SUPPORT] = { "support", N_("Support functions") },
  /* Translators: who is responsible for a touchpoint */
  [POLKU_TOUCHPOINT_FIELD_OWNER] = { "owner", N_("Owner") },
  [POLKU_TOUCHPOINT_FIELD_NOTES] = { "notes", N_("Notes") },
};

static const char * const survey_names[POLKU_N_SURVEYS] = {
  [POLKU_SURVEY_SATISFACTION] = "responses",
  [POLKU_SURVEY_NPS] = "nps",
  [POLKU_SURVEY_CES] = "ces",
};

enum {
  PROP_0,
  PROP_ID,
  PROP_CHANNEL,
  PROP_CRITICALITY,
  PROP_ROLE,
  PROP_INTERACTION,
  PROP_KANO,
  PROP_FREQUENCY,
  PROP_STANDARDISED,
  PROP_SCORE,
  PROP_TARGET,
  PROP_FIRST_COUNTS,
  PROP_FIRST_FIELD = PROP_FIRST_COUNTS + POLKU_N_SURVEYS,
  N_PROPS = PROP_FIRST_FIELD + POLKU_TOUCHPOINT_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

/* GParamSpecDouble cannot hold NAN, so the score properties say "unset"
 * with -1; the C API uses NAN, which no comparison mistakes for a score. */
static double
score_to_property (double score)
{
  return isnan (score) ? -1.0 : score;
}

static double
score_from_property (double value)
{
  return value < 0 ? NAN : value;
}

static GVariant *
counts_to_variant (const guint32 *block)
{
  if (block == NULL)
    return NULL;
  return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, block + 1, block[0], sizeof (guint32));
}

static void
polku_touchpoint_finalize (GObject *object)
{
  PolkuTouchpoint *self = (PolkuTouchpoint *) object;

  g_clear_pointer (&self->id, g_free);
  _polku_text_fields_clear (self->fields, POLKU_TOUCHPOINT_N_FIELDS);
  for (guint i = 0; i < POLKU_N_SURVEYS; i++)
    g_clear_pointer (&self->counts[i], g_free);
  g_clear_pointer (&self->digits[POLKU_SCORE_KIND_SCORE], g_free);
  g_clear_pointer (&self->digits[POLKU_SCORE_KIND_TARGET], g_free);

  G_OBJECT_CLASS (polku_touchpoint_parent_class)->finalize (object);
}

static void
polku_touchpoint_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuTouchpoint *self = POLKU_TOUCHPOINT (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
      return;
    }
  if (prop_id >= PROP_FIRST_COUNTS && prop_id < PROP_FIRST_FIELD)
    {
      g_value_set_variant (value, counts_to_variant (self->counts[prop_id - PROP_FIRST_COUNTS]));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_CRITICALITY:
      g_value_set_enum (value, self->criticality);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_INTERACTION:
      g_value_set_flags (value, self->interaction);
      break;
    case PROP_KANO:
      g_value_set_enum (value, self->kano);
      break;
    case PROP_FREQUENCY:
      g_value_set_enum (value, self->frequency);
      break;
    case PROP_STANDARDISED:
      g_value_set_boolean (value, self->standardised);
      break;
    case PROP_SCORE:
      g_value_set_double (value, score_to_property (self->score));
      break;
    case PROP_TARGET:
      g_value_set_double (value, score_to_property (self->target));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_touchpoint_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PolkuTouchpoint *self = POLKU_TOUCHPOINT (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      polku_touchpoint_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
      return;
    }
  if (prop_id >= PROP_FIRST_COUNTS && prop_id < PROP_FIRST_FIELD)
    {
      GVariant *variant = g_value_get_variant (value);
      gsize n = 0;
      const guint32 *counts = variant ? g_variant_get_fixed_array (variant, &n, sizeof (guint32)) : NULL;

      polku_touchpoint_set_counts (self, prop_id - PROP_FIRST_COUNTS, counts, n);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_CHANNEL:
      polku_touchpoint_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_CRITICALITY:
      polku_touchpoint_set_criticality (self, g_value_get_enum (value));
      break;
    case PROP_ROLE:
      polku_touchpoint_set_role (self, g_value_get_enum (value));
      break;
    case PROP_INTERACTION:
      polku_touchpoint_set_interaction (self, g_value_get_flags (value));
      break;
    case PROP_KANO:
      polku_touchpoint_set_kano (self, g_value_get_enum (value));
      break;
    case PROP_FREQUENCY:
      polku_touchpoint_set_frequency (self, g_value_get_enum (value));
      break;
    case PROP_STANDARDISED:
      polku_touchpoint_set_standardised (self, g_value_get_boolean (value));
      break;
    case PROP_SCORE:
      polku_touchpoint_set_score (self, score_from_property (g_value_get_double (value)));
      break;
    case PROP_TARGET:
      polku_touchpoint_set_target (self, score_from_property (g_value_get_double (value)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_touchpoint_class_init (PolkuTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = polku_touchpoint_finalize;
  object_class->get_property = polku_touchpoint_get_property;
  object_class->set_property = polku_touchpoint_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL,
                       POLKU_TYPE_CHANNEL, POLKU_CHANNEL_NONE, flags);
  properties[PROP_CRITICALITY] =
    g_param_spec_enum ("criticality", NULL, NULL,
                       POLKU_TYPE_CRITICALITY, POLKU_CRITICALITY_NON_CRITICAL, flags);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       POLKU_TYPE_ROLE, POLKU_ROLE_PREREQUISITE, flags);
  properties[PROP_INTERACTION] =
    g_param_spec_flags ("interaction", NULL, NULL,
                        POLKU_TYPE_INTERACTION, 0, flags);
  properties[PROP_KANO] =
    g_param_spec_enum ("kano", NULL, NULL,
                       POLKU_TYPE_KANO, POLKU_KANO_NONE, flags);
  properties[PROP_FREQUENCY] =
    g_param_spec_enum ("frequency", NULL, NULL,
                       POLKU_TYPE_FREQUENCY, POLKU_FREQUENCY_NONE, flags);
  properties[PROP_STANDARDISED] =
    g_param_spec_boolean ("standardised", NULL, NULL, FALSE, flags);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -1.0, 10.0, -1.0, flags);
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL, -1.0, 10.0, -1.0, flags);
  for (guint i = 0; i < POLKU_N_SURVEYS; i++)
    properties[PROP_FIRST_COUNTS + i] =
      g_param_spec_variant (survey_names[i], NULL, NULL,
                            G_VARIANT_TYPE ("au"), NULL, flags);

  g_object_class_install_properties (object_class, PROP_FIRST_FIELD, properties);
  _polku_text_fields_install (object_class, PROP_FIRST_FIELD, field_info,
                              POLKU_TOUCHPOINT_N_FIELDS, &properties[PROP_FIRST_FIELD]);
}

static void
polku_touchpoint_init (PolkuTouchpoint *self)
{
  _polku_text_fields_init (self->fields, POLKU_TOUCHPOINT_N_FIELDS);
  self->score = NAN;
  self->target = NAN;
}

PolkuTouchpoint *
polku_touchpoint_new (const char *id,
                      const char *name)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (POLKU_TYPE_TOUCHPOINT,
                       "id", id,
                       "name", name,
                       NULL);
}

const char *
polku_touchpoint_get_id (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NULL);
  return self->id;
}

const char *
polku_touchpoint_get_field (PolkuTouchpoint      *self,
                            PolkuTouchpointField  field)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NULL);
  g_return_val_if_fail (field < POLKU_TOUCHPOINT_N_FIELDS, NULL);
  return self->fields[field];
}

void
polku_touchpoint_set_field (PolkuTouchpoint      *self,
                            PolkuTouchpointField  field,
                            const char           *value)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (field < POLKU_TOUCHPOINT_N_FIELDS);

  _polku_text_fields_set (G_OBJECT (self), self->fields, field, value,
                          properties[PROP_FIRST_FIELD + field]);
}

const char *
polku_touchpoint_field_get_name (PolkuTouchpointField field)
{
  g_return_val_if_fail (field < POLKU_TOUCHPOINT_N_FIELDS, NULL);
  return field_info[field].name;
}

const char *
polku_touchpoint_field_get_label (PolkuTouchpointField field)
{
  return polku_touchpoint_field_get_label_in (field, NULL);
}

const char *
polku_touchpoint_field_get_label_in (PolkuTouchpointField  field,
                                     PolkuCatalog         *catalog)
{
  g_return_val_if_fail (field < POLKU_TOUCHPOINT_N_FIELDS, NULL);
  return _polku_text_fields_get_label (field_info, field, catalog);
}

const char *
polku_touchpoint_get_name (PolkuTouchpoint *self)
{
  return polku_touchpoint_get_field (self, POLKU_TOUCHPOINT_FIELD_NAME);
}

void
polku_touchpoint_set_name (PolkuTouchpoint *self,
                           const char      *name)
{
  polku_touchpoint_set_field (self, POLKU_TOUCHPOINT_FIELD_NAME, name);
}

/* Sets an enumeration-valued member and notifies when it changed. */
static void
set_enum_member (PolkuTouchpoint *self,
                 guint           *member,
                 guint            value,
                 guint            prop_id)
{
  if (*member == value)
    return;
  *member = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

PolkuChannel
polku_touchpoint_get_channel (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_CHANNEL_OTHER);
  return self->channel;
}

void
polku_touchpoint_set_channel (PolkuTouchpoint *self,
                              PolkuChannel     channel)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (channel < POLKU_N_CHANNELS);

  set_enum_member (self, &self->channel, channel, PROP_CHANNEL);
}

PolkuCriticality
polku_touchpoint_get_criticality (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_CRITICALITY_NON_CRITICAL);
  return self->criticality;
}

void
polku_touchpoint_set_criticality (PolkuTouchpoint  *self,
                                  PolkuCriticality  criticality)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (criticality == POLKU_CRITICALITY_NON_CRITICAL ||
                    criticality == POLKU_CRITICALITY_CRITICAL);

  set_enum_member (self, &self->criticality, criticality, PROP_CRITICALITY);
}

PolkuRole
polku_touchpoint_get_role (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_ROLE_PREREQUISITE);
  return self->role;
}

void
polku_touchpoint_set_role (PolkuTouchpoint *self,
                           PolkuRole        role)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (role == POLKU_ROLE_PREREQUISITE || role == POLKU_ROLE_OPPORTUNITY);

  set_enum_member (self, &self->role, role, PROP_ROLE);
}

PolkuInteraction
polku_touchpoint_get_interaction (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), 0);
  return self->interaction;
}

void
polku_touchpoint_set_interaction (PolkuTouchpoint  *self,
                                  PolkuInteraction  interaction)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (interaction < (1 << POLKU_N_INTERACTIONS));

  set_enum_member (self, &self->interaction, interaction, PROP_INTERACTION);
}

PolkuKano
polku_touchpoint_get_kano (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_KANO_NONE);
  return self->kano;
}

void
polku_touchpoint_set_kano (PolkuTouchpoint *self,
                           PolkuKano        kano)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (kano < POLKU_N_KANOS);

  set_enum_member (self, &self->kano, kano, PROP_KANO);
}

PolkuFrequency
polku_touchpoint_get_frequency (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), POLKU_FREQUENCY_NONE);
  return self->frequency;
}

void
polku_touchpoint_set_frequency (PolkuTouchpoint *self,
                                PolkuFrequency   frequency)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (frequency < POLKU_N_FREQUENCIES);

  set_enum_member (self, &self->frequency, frequency, PROP_FREQUENCY);
}

gboolean
polku_touchpoint_get_standardised (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), FALSE);
  return self->standardised;
}

void
polku_touchpoint_set_standardised (PolkuTouchpoint *self,
                                   gboolean         standardised)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));

  set_enum_member (self, (guint *) &self->standardised, !!standardised, PROP_STANDARDISED);
}

double
polku_touchpoint_get_score (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NAN);
  return self->score;
}

void
polku_touchpoint_set_score (PolkuTouchpoint *self,
                            double           score)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));

  if (_polku_set_score (&self->score, score))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

gboolean
polku_touchpoint_has_score (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), FALSE);
  return !isnan (self->score);
}

double
polku_touchpoint_get_target (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NAN);
  return self->target;
}

void
polku_touchpoint_set_target (PolkuTouchpoint *self,
                             double           target)
{
  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));

  if (_polku_set_score (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

gboolean
polku_touchpoint_has_target (PolkuTouchpoint *self)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), FALSE);
  return !isnan (self->target);
}

void
_polku_touchpoint_set_score_digits (PolkuTouchpoint *self,
                                    PolkuScoreKind   kind,
                                    const char      *digits)
{
  double value = g_ascii_strtod (digits, NULL);

  g_assert (kind <= POLKU_SCORE_KIND_TARGET);

  /* A double keeps 15 significant digits, and polku_datatype_decimal_from_double()
   * writes up to 22 after the point: only longer ones need keeping. */
  g_free (self->digits[kind]);
  self->digits[kind] = polku_datatype_decimal_digits (digits) > 15 ? g_strdup (digits) : NULL;
  if (kind == POLKU_SCORE_KIND_SCORE)
    polku_touchpoint_set_score (self, value);
  else
    polku_touchpoint_set_target (self, value);
}

const char *
_polku_touchpoint_get_score_digits (PolkuTouchpoint *self,
                                    PolkuScoreKind   kind,
                                    char             buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE])
{
  double value = kind == POLKU_SCORE_KIND_SCORE ? self->score : self->target;

  if (isnan (value))
    return NULL;
  if (self->digits[kind] != NULL && g_ascii_strtod (self->digits[kind], NULL) == value)
    return self->digits[kind];
  return polku_datatype_format_decimal (value, buf);
}

void
_polku_touchpoint_copy_score_digits (PolkuTouchpoint *from,
                                     PolkuTouchpoint *to)
{
  for (guint kind = 0; kind < G_N_ELEMENTS (from->digits); kind++)
    {
      g_free (to->digits[kind]);
      to->digits[kind] = g_strdup (from->digits[kind]);
    }
}

/* Returns: (transfer none) (nullable) */
const guint32 *
polku_touchpoint_get_counts (PolkuTouchpoint *self,
                             PolkuSurvey      survey,
                             gsize           *n_values)
{
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (self), NULL);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  if (self->counts[survey] == NULL)
    {
      *n_values = 0;
      return NULL;
    }
  *n_values = self->counts[survey][0];
  return self->counts[survey] + 1;
}

void
polku_touchpoint_set_counts (PolkuTouchpoint *self,
                             PolkuSurvey      survey,
                             const guint32   *counts,
                             gsize            n_values)
{
  guint32 *old;

  g_return_if_fail (POLKU_IS_TOUCHPOINT (self));
  g_return_if_fail (survey < POLKU_N_SURVEYS);
  g_return_if_fail (n_values < 64);

  if (counts == NULL)
    n_values = 0;

  old = self->counts[survey];
  if ((old == NULL && n_values == 0) ||
      (old != NULL && old[0] == n_values && memcmp (old + 1, counts, n_values * sizeof (guint32)) == 0))
    return;

  g_free (old);
  self->counts[survey] = NULL;
  if (n_values > 0)
    {
      self->counts[survey] = g_new (guint32, n_values + 1);
      self->counts[survey][0] = n_values;
      memcpy (self->counts[survey] + 1, counts, n_values * sizeof (guint32));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_COUNTS + survey]);
}

const char *
polku_survey_get_name (PolkuSurvey survey)
{
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  return survey_names[survey];
}

const char *
polku_survey_get_token (PolkuSurvey survey)
{
  static const char * const tokens[POLKU_N_SURVEYS] = {
    [POLKU_SURVEY_SATISFACTION] = "satisfaction",
    [POLKU_SURVEY_NPS] = "nps",
    [POLKU_SURVEY_CES] = "ces",
  };

  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  return tokens[survey];
}
