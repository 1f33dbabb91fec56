/* polku-format.c: the structure of a journey file, for reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-document.h"
#include "polku-enums.h"
#include "polku-format-private.h"
#include "polku-journey.h"
#include "polku-journey-private.h"
#include "polku-phase.h"
#include "polku-reader.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-touchpoint-private.h"

static void
add_rule (GArray       *rules,
          PolkuElement  parent,
          PolkuElement  child,
          int           field,
          const char   *name,
          guint         min,
          guint         max)
{
  PolkuChildRule rule = { parent, child, field, name, min, max };

  g_array_append_val (rules, rule);
}

static GArray *
build_rules (void)
{
  GArray *rules = g_array_new (FALSE, FALSE, sizeof (PolkuChildRule));

  add_rule (rules, POLKU_ELEMENT_START, POLKU_ELEMENT_POLKU, -1, "polku", 1, 1);
  add_rule (rules, POLKU_ELEMENT_POLKU, POLKU_ELEMENT_JOURNEY, -1, "journey", 1, G_MAXUINT);

  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_TITLE, "title", 1, 1);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_DESCRIPTION, "description", 0, 1);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_SEGMENT, -1, "segment", 1, 1);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_AUTHORS, "authors", 0, 1);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_SCALE, -1, "scale", 1, 1);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_NOTES, "notes", 0, 1);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_PHASE, -1, "phase", POLKU_N_PHASE_KINDS, POLKU_N_PHASE_KINDS);
  add_rule (rules, POLKU_ELEMENT_JOURNEY, POLKU_ELEMENT_ROUND, -1, "round", 0, G_MAXUINT);

  add_rule (rules, POLKU_ELEMENT_SEGMENT, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_SEGMENT, "name", 1, 1);
  add_rule (rules, POLKU_ELEMENT_SEGMENT, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_SEGMENT_DESCRIPTION, "description", 0, 1);
  add_rule (rules, POLKU_ELEMENT_SEGMENT, POLKU_ELEMENT_TEXT, POLKU_JOURNEY_FIELD_SEGMENT_CRITERIA, "criteria", 0, 1);

  add_rule (rules, POLKU_ELEMENT_PHASE, POLKU_ELEMENT_TEXT, 0, "label", 0, 1);
  add_rule (rules, POLKU_ELEMENT_PHASE, POLKU_ELEMENT_STEP, -1, "step", 0, G_MAXUINT);

  for (guint f = 0; f < POLKU_STEP_N_FIELDS; f++)
    add_rule (rules, POLKU_ELEMENT_STEP, POLKU_ELEMENT_TEXT, f,
              polku_step_field_get_name (f), f == POLKU_STEP_FIELD_NAME, 1);
  add_rule (rules, POLKU_ELEMENT_STEP, POLKU_ELEMENT_TOUCHPOINT, -1, "touchpoint", 0, G_MAXUINT);

  for (guint f = 0; f < POLKU_TOUCHPOINT_N_FIELDS; f++)
    add_rule (rules, POLKU_ELEMENT_TOUCHPOINT, POLKU_ELEMENT_TEXT, f,
              polku_touchpoint_field_get_name (f), f == POLKU_TOUCHPOINT_FIELD_NAME, 1);
  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    add_rule (rules, POLKU_ELEMENT_TOUCHPOINT, POLKU_ELEMENT_COUNTS, s,
              polku_survey_get_name (s), 0, 1);

  add_rule (rules, POLKU_ELEMENT_ROUND, POLKU_ELEMENT_RESULT, -1, "result", 0, G_MAXUINT);

  return rules;
}

const PolkuChildRule *
_polku_format_get_rules (guint *n_rules)
{
  static GArray *rules;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      rules = build_rules ();
      g_once_init_leave (&initialized, 1);
    }

  *n_rules = rules->len;
  return (const PolkuChildRule *) (gpointer) rules->data;
}

const char *
_polku_format_get_text (const PolkuChildRule *rule,
                        GObject              *owner)
{
  g_assert (rule->child == POLKU_ELEMENT_TEXT);

  switch (rule->parent)
    {
    case POLKU_ELEMENT_JOURNEY:
    case POLKU_ELEMENT_SEGMENT:
      return polku_journey_get_field (POLKU_JOURNEY (owner), rule->field);
    case POLKU_ELEMENT_PHASE:
      return polku_phase_get_label (POLKU_PHASE (owner));
    case POLKU_ELEMENT_STEP:
      return polku_step_get_field (POLKU_STEP (owner), rule->field);
    case POLKU_ELEMENT_TOUCHPOINT:
      return polku_touchpoint_get_field (POLKU_TOUCHPOINT (owner), rule->field);
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_POLKU:
    case POLKU_ELEMENT_SCALE:
    case POLKU_ELEMENT_TEXT:
    case POLKU_ELEMENT_COUNTS:
    case POLKU_ELEMENT_ROUND:
    case POLKU_ELEMENT_RESULT:
    default:
      g_assert_not_reached ();
    }
}

void
_polku_format_set_text (const PolkuChildRule *rule,
                        GObject              *owner,
                        const char           *text)
{
  g_assert (rule->child == POLKU_ELEMENT_TEXT);

  switch (rule->parent)
    {
    case POLKU_ELEMENT_JOURNEY:
    case POLKU_ELEMENT_SEGMENT:
      polku_journey_set_field (POLKU_JOURNEY (owner), rule->field, text);
      break;
    case POLKU_ELEMENT_PHASE:
      polku_phase_set_label (POLKU_PHASE (owner), text);
      break;
    case POLKU_ELEMENT_STEP:
      polku_step_set_field (POLKU_STEP (owner), rule->field, text);
      break;
    case POLKU_ELEMENT_TOUCHPOINT:
      polku_touchpoint_set_field (POLKU_TOUCHPOINT (owner), rule->field, text);
      break;
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_POLKU:
    case POLKU_ELEMENT_SCALE:
    case POLKU_ELEMENT_TEXT:
    case POLKU_ELEMENT_COUNTS:
    case POLKU_ELEMENT_ROUND:
    case POLKU_ELEMENT_RESULT:
    default:
      g_assert_not_reached ();
    }
}

/* A choice's tokens and what each stands for. */
typedef struct
{
  const char * const *tokens;
  const int          *numbers;
} Choice;

/* The tokens of an enumeration or flags type as files write them, with
 * their values; "none" stands for an attribute left out, and is not one of
 * them. Kept for the life of the program, as the type's class is. */
static Choice
choice_of (GType type)
{
  GPtrArray *tokens = g_ptr_array_new ();
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (int));
  gpointer klass = g_type_class_ref (type);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumClass *enum_class = klass;

      for (guint i = 0; i < enum_class->n_values; i++)
        if (g_strcmp0 (enum_class->values[i].value_nick, "none") != 0)
          {
            g_ptr_array_add (tokens, (gpointer) enum_class->values[i].value_nick);
            g_array_append_val (numbers, enum_class->values[i].value);
          }
    }
  else
    {
      GFlagsClass *flags_class = klass;

      for (guint i = 0; i < flags_class->n_values; i++)
        {
          int value = (int) flags_class->values[i].value;

          g_ptr_array_add (tokens, (gpointer) flags_class->values[i].value_nick);
          g_array_append_val (numbers, value);
        }
    }
  g_ptr_array_add (tokens, NULL);
  return (Choice) { (const char * const *) g_ptr_array_free (tokens, FALSE),
                    (const int *) (gpointer) g_array_free (numbers, FALSE) };
}

static const char * const format_versions[] = { "1", NULL };
static const int format_numbers[] = { 1 };
static const char * const booleans[] = { "true", "false", NULL };
static const int boolean_numbers[] = { TRUE, FALSE };
static const char * const scale_minima[] = { "0", "1", NULL };
static const int scale_minimum_numbers[] = { 0, 1 };
static const char * const scale_maxima[] = { "5", "7", "10", NULL };
static const int scale_maximum_numbers[] = { 5, 7, 10 };

static PolkuAttributeRule
choice_rule (const char    *name,
             PolkuDatatype  type,
             gboolean       required,
             GType          enum_type)
{
  Choice choice = choice_of (enum_type);

  return (PolkuAttributeRule) { name, type, required, choice.tokens, choice.numbers };
}

typedef struct
{
  PolkuAttributeRule polku[POLKU_POLKU_N_ATTRIBUTES];
  PolkuAttributeRule journey[POLKU_JOURNEY_N_ATTRIBUTES];
  PolkuAttributeRule scale[POLKU_SCALE_N_ATTRIBUTES];
  PolkuAttributeRule phase[POLKU_PHASE_N_ATTRIBUTES];
  PolkuAttributeRule step[POLKU_STEP_N_ATTRIBUTES];
  PolkuAttributeRule touchpoint[POLKU_TOUCHPOINT_N_ATTRIBUTES];
  PolkuAttributeRule counts[POLKU_COUNTS_N_ATTRIBUTES];
  PolkuAttributeRule round[POLKU_ROUND_N_ATTRIBUTES];
  PolkuAttributeRule result[POLKU_RESULT_N_ATTRIBUTES];
} AttributeRules;

static AttributeRules *
build_attribute_rules (void)
{
  AttributeRules *r = g_new0 (AttributeRules, 1);

  r->polku[POLKU_POLKU_FORMAT] = (PolkuAttributeRule) { "format", POLKU_DATATYPE_CHOICE, TRUE, format_versions, format_numbers };

  r->journey[POLKU_JOURNEY_ID] = (PolkuAttributeRule) { "id", POLKU_DATATYPE_ID, TRUE, NULL, NULL };
  r->journey[POLKU_JOURNEY_LANGUAGE] = (PolkuAttributeRule) { "language", POLKU_DATATYPE_LANGUAGE, FALSE, NULL, NULL };
  r->journey[POLKU_JOURNEY_CREATED] = (PolkuAttributeRule) { "created", POLKU_DATATYPE_DATE_TIME, FALSE, NULL, NULL };
  r->journey[POLKU_JOURNEY_MODIFIED] = (PolkuAttributeRule) { "modified", POLKU_DATATYPE_DATE_TIME, FALSE, NULL, NULL };
  r->journey[POLKU_JOURNEY_HIDDEN_LANES] =
    choice_rule ("hidden-lanes", POLKU_DATATYPE_CHOICE_LIST, FALSE, POLKU_TYPE_LANE);

  r->scale[POLKU_SCALE_MIN] = (PolkuAttributeRule) { "min", POLKU_DATATYPE_CHOICE, TRUE, scale_minima, scale_minimum_numbers };
  r->scale[POLKU_SCALE_MAX] = (PolkuAttributeRule) { "max", POLKU_DATATYPE_CHOICE, TRUE, scale_maxima, scale_maximum_numbers };
  r->scale[POLKU_SCALE_MIN_LABEL] = (PolkuAttributeRule) { "min-label", POLKU_DATATYPE_STRING, FALSE, NULL, NULL };
  r->scale[POLKU_SCALE_MAX_LABEL] = (PolkuAttributeRule) { "max-label", POLKU_DATATYPE_STRING, FALSE, NULL, NULL };

  r->phase[POLKU_PHASE_KIND] = choice_rule ("kind", POLKU_DATATYPE_CHOICE, TRUE, POLKU_TYPE_PHASE_KIND);

  r->step[POLKU_STEP_ID] = (PolkuAttributeRule) { "id", POLKU_DATATYPE_ID, TRUE, NULL, NULL };
  r->step[POLKU_STEP_GATE] = (PolkuAttributeRule) { "gate", POLKU_DATATYPE_CHOICE, FALSE, booleans, boolean_numbers };

  r->touchpoint[POLKU_TOUCHPOINT_ID] = (PolkuAttributeRule) { "id", POLKU_DATATYPE_ID, TRUE, NULL, NULL };
  r->touchpoint[POLKU_TOUCHPOINT_CHANNEL] = choice_rule ("channel", POLKU_DATATYPE_CHOICE, FALSE, POLKU_TYPE_CHANNEL);
  r->touchpoint[POLKU_TOUCHPOINT_CRITICALITY] = choice_rule ("criticality", POLKU_DATATYPE_CHOICE, TRUE, POLKU_TYPE_CRITICALITY);
  r->touchpoint[POLKU_TOUCHPOINT_ROLE] = choice_rule ("role", POLKU_DATATYPE_CHOICE, TRUE, POLKU_TYPE_ROLE);
  r->touchpoint[POLKU_TOUCHPOINT_INTERACTION] = choice_rule ("interaction", POLKU_DATATYPE_CHOICE_LIST, FALSE, POLKU_TYPE_INTERACTION);
  r->touchpoint[POLKU_TOUCHPOINT_KANO] = choice_rule ("kano", POLKU_DATATYPE_CHOICE, FALSE, POLKU_TYPE_KANO);
  r->touchpoint[POLKU_TOUCHPOINT_FREQUENCY] = choice_rule ("frequency", POLKU_DATATYPE_CHOICE, FALSE, POLKU_TYPE_FREQUENCY);
  r->touchpoint[POLKU_TOUCHPOINT_STANDARDISED] =
    (PolkuAttributeRule) { "standardised", POLKU_DATATYPE_CHOICE, FALSE, booleans, boolean_numbers };
  r->touchpoint[POLKU_TOUCHPOINT_SCORE] = (PolkuAttributeRule) { "score", POLKU_DATATYPE_DECIMAL, FALSE, NULL, NULL };
  r->touchpoint[POLKU_TOUCHPOINT_TARGET] = (PolkuAttributeRule) { "target", POLKU_DATATYPE_DECIMAL, FALSE, NULL, NULL };

  r->counts[POLKU_COUNTS_COUNTS] = (PolkuAttributeRule) { "counts", POLKU_DATATYPE_COUNTS, TRUE, NULL, NULL };

  r->round[POLKU_ROUND_ID] = (PolkuAttributeRule) { "id", POLKU_DATATYPE_ID, TRUE, NULL, NULL };
  r->round[POLKU_ROUND_DATE] = (PolkuAttributeRule) { "date", POLKU_DATATYPE_DATE, TRUE, NULL, NULL };
  r->round[POLKU_ROUND_SOURCE] = (PolkuAttributeRule) { "source", POLKU_DATATYPE_STRING, FALSE, NULL, NULL };
  r->round[POLKU_ROUND_ANSWERS] = (PolkuAttributeRule) { "answers", POLKU_DATATYPE_UNSIGNED_INT, TRUE, NULL, NULL };

  r->result[POLKU_RESULT_TOUCHPOINT] = (PolkuAttributeRule) { "touchpoint", POLKU_DATATYPE_IDREF, TRUE, NULL, NULL };
  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    r->result[POLKU_RESULT_FIRST_COUNTS + s] =
      (PolkuAttributeRule) { polku_survey_get_name (s), POLKU_DATATYPE_COUNTS, FALSE, NULL, NULL };

  return r;
}

const PolkuAttributeRule *
_polku_format_get_attributes (PolkuElement  element,
                              guint        *n_attributes)
{
  static AttributeRules *rules;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      rules = build_attribute_rules ();
      g_once_init_leave (&initialized, 1);
    }

#define RULES_OF(member) (*n_attributes = G_N_ELEMENTS (rules->member), rules->member)
  switch (element)
    {
    case POLKU_ELEMENT_POLKU:
      return RULES_OF (polku);
    case POLKU_ELEMENT_JOURNEY:
      return RULES_OF (journey);
    case POLKU_ELEMENT_SCALE:
      return RULES_OF (scale);
    case POLKU_ELEMENT_PHASE:
      return RULES_OF (phase);
    case POLKU_ELEMENT_STEP:
      return RULES_OF (step);
    case POLKU_ELEMENT_TOUCHPOINT:
      return RULES_OF (touchpoint);
    case POLKU_ELEMENT_COUNTS:
      return RULES_OF (counts);
    case POLKU_ELEMENT_ROUND:
      return RULES_OF (round);
    case POLKU_ELEMENT_RESULT:
      return RULES_OF (result);
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_TEXT:
    default:
      *n_attributes = 0;
      return NULL;
    }
#undef RULES_OF
}

gboolean
_polku_format_is_extension_point (PolkuElement element)
{
  return element == POLKU_ELEMENT_JOURNEY || element == POLKU_ELEMENT_STEP ||
         element == POLKU_ELEMENT_TOUCHPOINT;
}

/* A value that is there, or NULL. */
static const char *
if_set (gboolean    condition,
        const char *value)
{
  return condition && value != NULL && *value != '\0' ? value : NULL;
}

/* A value made in the scratch string, or NULL when there is none. */
static const char *
take (GString *scratch,
      char    *value)
{
  if (value == NULL)
    return NULL;
  g_string_assign (scratch, value);
  g_free (value);
  return scratch->str;
}

static const char *
journey_attribute (PolkuJourney *journey,
                   guint         attribute,
                   GString      *scratch)
{
  switch (attribute)
    {
    case POLKU_JOURNEY_ID:
      return polku_journey_get_id (journey);
    case POLKU_JOURNEY_LANGUAGE:
      return if_set (TRUE, polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE));
    case POLKU_JOURNEY_CREATED:
      return take (scratch, _polku_journey_dup_date_text (journey, POLKU_JOURNEY_DATE_CREATED));
    case POLKU_JOURNEY_MODIFIED:
      return take (scratch, _polku_journey_dup_date_text (journey, POLKU_JOURNEY_DATE_MODIFIED));
    case POLKU_JOURNEY_HIDDEN_LANES:
      if (polku_journey_get_lanes (journey) == POLKU_ALL_LANES)
        return NULL;
      return take (scratch, polku_lane_to_string (POLKU_ALL_LANES & ~polku_journey_get_lanes (journey)));
    default:
      g_assert_not_reached ();
    }
}

static const char *
scale_attribute (PolkuJourney *journey,
                 guint         attribute,
                 GString      *scratch)
{
  switch (attribute)
    {
    case POLKU_SCALE_MIN:
      g_string_printf (scratch, "%d", polku_journey_get_scale_min (journey));
      return scratch->str;
    case POLKU_SCALE_MAX:
      g_string_printf (scratch, "%d", polku_journey_get_scale_max (journey));
      return scratch->str;
    case POLKU_SCALE_MIN_LABEL:
      return if_set (TRUE, polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL));
    case POLKU_SCALE_MAX_LABEL:
      return if_set (TRUE, polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL));
    default:
      g_assert_not_reached ();
    }
}

static const char *
touchpoint_attribute (PolkuTouchpoint *touchpoint,
                      guint            attribute,
                      GString         *scratch)
{
  switch (attribute)
    {
    case POLKU_TOUCHPOINT_ID:
      return polku_touchpoint_get_id (touchpoint);
    case POLKU_TOUCHPOINT_CHANNEL:
      /* No attribute for a channel not set yet. */
      return if_set (polku_touchpoint_get_channel (touchpoint) != POLKU_CHANNEL_NONE,
                     polku_channel_to_string (polku_touchpoint_get_channel (touchpoint)));
    case POLKU_TOUCHPOINT_CRITICALITY:
      return polku_criticality_to_string (polku_touchpoint_get_criticality (touchpoint));
    case POLKU_TOUCHPOINT_ROLE:
      return polku_role_to_string (polku_touchpoint_get_role (touchpoint));
    case POLKU_TOUCHPOINT_INTERACTION:
      if (polku_touchpoint_get_interaction (touchpoint) == 0)
        return NULL;
      return take (scratch, polku_interaction_to_string (polku_touchpoint_get_interaction (touchpoint)));
    case POLKU_TOUCHPOINT_KANO:
      return if_set (polku_touchpoint_get_kano (touchpoint) != POLKU_KANO_NONE,
                     polku_kano_to_string (polku_touchpoint_get_kano (touchpoint)));
    case POLKU_TOUCHPOINT_FREQUENCY:
      return if_set (polku_touchpoint_get_frequency (touchpoint) != POLKU_FREQUENCY_NONE,
                     polku_frequency_to_string (polku_touchpoint_get_frequency (touchpoint)));
    case POLKU_TOUCHPOINT_STANDARDISED:
      return if_set (polku_touchpoint_get_standardised (touchpoint), "true");
    case POLKU_TOUCHPOINT_SCORE:
    case POLKU_TOUCHPOINT_TARGET:
      {
        char buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE];
        const char *digits = _polku_touchpoint_get_score_digits (touchpoint,
                                                                 attribute == POLKU_TOUCHPOINT_SCORE
                                                                 ? POLKU_SCORE_KIND_SCORE
                                                                 : POLKU_SCORE_KIND_TARGET, buf);

        if (digits == NULL)
          return NULL;
        g_string_assign (scratch, digits);
        return scratch->str;
      }
    default:
      g_assert_not_reached ();
    }
}

static const char *
round_attribute (PolkuRound *round,
                 guint       attribute,
                 GString    *scratch)
{
  switch (attribute)
    {
    case POLKU_ROUND_ID:
      return polku_round_get_id (round);
    case POLKU_ROUND_DATE:
      return polku_round_get_date (round);
    case POLKU_ROUND_SOURCE:
      return if_set (TRUE, polku_round_get_source (round));
    case POLKU_ROUND_ANSWERS:
      g_string_printf (scratch, "%" G_GUINT32_FORMAT, polku_round_get_n_answers (round));
      return scratch->str;
    default:
      g_assert_not_reached ();
    }
}

const char *
_polku_format_get_attribute (PolkuElement  element,
                             guint         attribute,
                             GObject      *object,
                             GString      *scratch)
{
  switch (element)
    {
    case POLKU_ELEMENT_POLKU:
      g_string_printf (scratch, "%d", POLKU_FORMAT_VERSION);
      return scratch->str;
    case POLKU_ELEMENT_JOURNEY:
      return journey_attribute (POLKU_JOURNEY (object), attribute, scratch);
    case POLKU_ELEMENT_SCALE:
      return scale_attribute (POLKU_JOURNEY (object), attribute, scratch);
    case POLKU_ELEMENT_PHASE:
      return polku_phase_kind_to_string (polku_phase_get_kind (POLKU_PHASE (object)));
    case POLKU_ELEMENT_STEP:
      if (attribute == POLKU_STEP_ID)
        return polku_step_get_id (POLKU_STEP (object));
      return if_set (polku_step_get_gate (POLKU_STEP (object)), "true");
    case POLKU_ELEMENT_TOUCHPOINT:
      return touchpoint_attribute (POLKU_TOUCHPOINT (object), attribute, scratch);
    case POLKU_ELEMENT_ROUND:
      return round_attribute (POLKU_ROUND (object), attribute, scratch);
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_TEXT:
    case POLKU_ELEMENT_COUNTS:
    case POLKU_ELEMENT_RESULT:
    default:
      g_assert_not_reached ();
    }
}
