/* polku-format.c: the structure of a journey file, for reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-format-private.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

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
    default:
      g_assert_not_reached ();
    }
}
