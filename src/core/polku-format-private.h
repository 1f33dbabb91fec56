/* polku-format-private.h: the structure of a journey file, for reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table says which elements each element holds, in which order and how
 * many: the reader checks files against it while streaming, and the writer
 * follows it, so the two cannot disagree. data/polku.rng says the same for
 * other tools.
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_ELEMENT_START,        /* before the root element */
  POLKU_ELEMENT_POLKU,
  POLKU_ELEMENT_JOURNEY,
  POLKU_ELEMENT_SEGMENT,
  POLKU_ELEMENT_SCALE,
  POLKU_ELEMENT_PHASE,
  POLKU_ELEMENT_STEP,
  POLKU_ELEMENT_TOUCHPOINT,
  POLKU_ELEMENT_TEXT,         /* a text field of the object the parent stands for */
  POLKU_ELEMENT_COUNTS,       /* a touchpoint's survey answer counts */
  POLKU_ELEMENT_ROUND,        /* a measurement round of a journey */
  POLKU_ELEMENT_RESULT,       /* a touchpoint's answer counts in a round */
} PolkuElement;

typedef struct
{
  PolkuElement  parent;
  PolkuElement  child;
  int           field;        /* the text field or survey; -1 for others */
  const char   *name;         /* the child's element name */
  guint         min;
  guint         max;
} PolkuChildRule;

/* How an attribute's value is read: see polku-datatypes.h. */
typedef enum
{
  POLKU_DATATYPE_STRING,       /* xsd:string of at most 65,536 characters, as it is */
  POLKU_DATATYPE_ID,           /* xsd:NCName, unique in the file */
  POLKU_DATATYPE_CHOICE,       /* one of the rule's values, a token */
  POLKU_DATATYPE_CHOICE_LIST,  /* a list of one or more of the rule's values */
  POLKU_DATATYPE_DECIMAL,      /* xsd:decimal from 0 to 10 */
  POLKU_DATATYPE_DATE_TIME,    /* xsd:dateTime */
  POLKU_DATATYPE_LANGUAGE,     /* xsd:language */
  POLKU_DATATYPE_COUNTS,       /* a list of xsd:unsignedInt */
  POLKU_DATATYPE_DATE,         /* xsd:date */
  POLKU_DATATYPE_UNSIGNED_INT, /* xsd:unsignedInt */
  POLKU_DATATYPE_IDREF,        /* xsd:NCName, the id of an element of the file */
} PolkuDatatype;

typedef struct
{
  const char         *name;
  PolkuDatatype       type;
  gboolean            required;
  const char * const *values;  /* what a choice may be, NULL-terminated */
  const int          *numbers; /* what each of them stands for in the model:
                                * an enumeration's value, a flag, a number */
} PolkuAttributeRule;

/* The attributes of each element, in the order the writer writes them;
 * the reader hands values on in the same order. */
enum { POLKU_POLKU_FORMAT, POLKU_POLKU_N_ATTRIBUTES };
enum {
  POLKU_JOURNEY_ID,
  POLKU_JOURNEY_LANGUAGE,
  POLKU_JOURNEY_CREATED,
  POLKU_JOURNEY_MODIFIED,
  POLKU_JOURNEY_HIDDEN_LANES,
  POLKU_JOURNEY_N_ATTRIBUTES
};
enum { POLKU_SCALE_MIN, POLKU_SCALE_MAX, POLKU_SCALE_MIN_LABEL, POLKU_SCALE_MAX_LABEL, POLKU_SCALE_N_ATTRIBUTES };
enum { POLKU_PHASE_KIND, POLKU_PHASE_N_ATTRIBUTES };
enum { POLKU_STEP_ID, POLKU_STEP_GATE, POLKU_STEP_N_ATTRIBUTES };
enum {
  POLKU_TOUCHPOINT_ID,
  POLKU_TOUCHPOINT_CHANNEL,
  POLKU_TOUCHPOINT_CRITICALITY,
  POLKU_TOUCHPOINT_ROLE,
  POLKU_TOUCHPOINT_INTERACTION,
  POLKU_TOUCHPOINT_KANO,
  POLKU_TOUCHPOINT_FREQUENCY,
  POLKU_TOUCHPOINT_STANDARDISED,
  POLKU_TOUCHPOINT_SCORE,
  POLKU_TOUCHPOINT_TARGET,
  POLKU_TOUCHPOINT_N_ATTRIBUTES
};
enum { POLKU_COUNTS_COUNTS, POLKU_COUNTS_N_ATTRIBUTES };
enum { POLKU_ROUND_ID, POLKU_ROUND_DATE, POLKU_ROUND_SOURCE, POLKU_ROUND_ANSWERS, POLKU_ROUND_N_ATTRIBUTES };
/* A result's counts, one attribute per survey, in the order of PolkuSurvey. */
enum {
  POLKU_RESULT_TOUCHPOINT,
  POLKU_RESULT_FIRST_COUNTS,
  POLKU_RESULT_N_ATTRIBUTES = POLKU_RESULT_FIRST_COUNTS + POLKU_N_SURVEYS
};

/* The most attributes an element of the format has. */
#define POLKU_FORMAT_MAX_ATTRIBUTES POLKU_TOUCHPOINT_N_ATTRIBUTES

const PolkuAttributeRule *_polku_format_get_attributes (PolkuElement  element,
                                                        guint        *n_attributes);
/* The value the writer writes for an attribute of an object, or NULL to
 * leave it out; a value that has to be made is made in scratch. Results,
 * which are not objects, the writer writes with their round. */
const char           *_polku_format_get_attribute     (PolkuElement  element,
                                                       guint         attribute,
                                                       GObject      *object,
                                                       GString      *scratch);
/* Whether an element may carry attributes and elements of other
 * namespaces: <journey>, <step> and <touchpoint>. */
gboolean              _polku_format_is_extension_point (PolkuElement element);

/* All rules, grouped by parent, each group in document order. */
const PolkuChildRule *_polku_format_get_rules (guint        *n_rules);

/* The text field a POLKU_ELEMENT_TEXT rule stands for, on the object its
 * parent element stands for (a journey for <journey> and <segment>, a phase,
 * a step or a touchpoint). */
const char           *_polku_format_get_text  (const PolkuChildRule *rule,
                                               GObject              *owner);
void                  _polku_format_set_text  (const PolkuChildRule *rule,
                                               GObject              *owner,
                                               const char           *text);

/* The deepest the format nests, polku/journey/phase/step/touchpoint/name,
 * with the start below it. */
#define POLKU_FORMAT_MAX_DEPTH 7

G_END_DECLS
