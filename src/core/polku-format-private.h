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
