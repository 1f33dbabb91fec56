/* polku-phase-rule.c: the phases of other tools assigned to Polku's three
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-enums.h"
#include "polku-phase-rule.h"

#define UNSET (-1)

struct _PolkuPhaseRule
{
  GPtrArray *names;
  GArray    *set;      /* int: the kind set for each name, or UNSET */
};

/* Words that start words in phase names, by the phase they belong to, in
 * English and Finnish; post-purchase is looked for first, so that "after
 * the purchase" is not a purchase, then pre-purchase, for "before buying". */
static const char * const post_words[] = {
  "post-", "post ", "postpurchase", "after", "using", "usage", "support", "return", "maintenance",
  "loyal", "aftercare", "follow", "feedback", "renew", "repair", "dispos",
  "jälkeen", "käyttö", "tuki", "palautus", "huolto", "palaute", "korjaus", NULL
};
static const char * const pre_words[] = {
  "pre-", "pre ", "prepurchase", "before", "aware", "need", "consider", "discover", "research", "search",
  "inspir", "explor", "choos", "compar", "trigger",
  "ennen", "tarve", "harkin", "etsi", "tutki", "vertail", "valin", NULL
};
static const char * const purchase_words[] = {
  "purchase", "buy", "order", "book", "pay", "checkout", "contact", "deliver",
  "osto", "hankinta", "tilau", "varau", "maksu", "toimitus", "yhteydenotto", "sopimus", NULL
};

PolkuPhaseRule *
polku_phase_rule_new (void)
{
  PolkuPhaseRule *self = g_new0 (PolkuPhaseRule, 1);

  self->names = g_ptr_array_new_with_free_func (g_free);
  self->set = g_array_new (FALSE, FALSE, sizeof (int));
  return self;
}

void
polku_phase_rule_free (PolkuPhaseRule *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->names);
  g_array_unref (self->set);
  g_free (self);
}

static int
find_name (PolkuPhaseRule *self,
           const char     *name)
{
  for (guint i = 0; i < self->names->len; i++)
    if (g_str_equal (g_ptr_array_index (self->names, i), name))
      return i;
  return -1;
}

void
polku_phase_rule_add_name (PolkuPhaseRule *self,
                           const char     *name)
{
  int unset = UNSET;

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  if (find_name (self, name) >= 0)
    return;
  g_ptr_array_add (self->names, g_strdup (name));
  g_array_append_val (self->set, unset);
}

guint
polku_phase_rule_get_n_names (PolkuPhaseRule *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->names->len;
}

const char *
polku_phase_rule_get_name (PolkuPhaseRule *self,
                           guint           position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->names->len, NULL);
  return g_ptr_array_index (self->names, position);
}

/* Whether a word of text starts with one of words. */
static gboolean
has_word (const char         *text,
          const char * const *words)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (p != text && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      for (guint i = 0; words[i] != NULL; i++)
        if (g_str_has_prefix (p, words[i]))
          return TRUE;
    }
  return FALSE;
}

/* The kind a name is the token or the name of, or UNSET. */
static int
kind_named (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  PolkuPhaseKind kind;

  g_strstrip (folded);
  if (polku_phase_kind_from_string (folded, &kind))
    return kind;
  for (kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      g_autofree char *label = g_utf8_casefold (polku_phase_kind_get_label (kind), -1);

      if (g_str_equal (label, folded))
        return kind;
    }
  return UNSET;
}

/* What a name says of its phase, or UNSET. */
static int
kind_of_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  if (kind_named (name) != UNSET)
    return kind_named (name);
  if (has_word (folded, post_words))
    return POLKU_PHASE_KIND_POST_PURCHASE;
  if (has_word (folded, pre_words))
    return POLKU_PHASE_KIND_PRE_PURCHASE;
  if (has_word (folded, purchase_words))
    return POLKU_PHASE_KIND_PURCHASE;
  return UNSET;
}

/* The kind guessed for the name at position: what it says, else its place
 * among the names, between the kinds of those that say theirs. */
static PolkuPhaseKind
guess (PolkuPhaseRule *self,
       guint           position)
{
  guint n = self->names->len;
  int said = kind_of_name (g_ptr_array_index (self->names, position));
  int lower = POLKU_PHASE_KIND_PRE_PURCHASE, upper = POLKU_PHASE_KIND_POST_PURCHASE;

  if (said != UNSET)
    return said;
  for (guint i = 0; i < n; i++)
    {
      int kind = g_array_index (self->set, int, i);

      if (kind == UNSET)
        kind = kind_of_name (g_ptr_array_index (self->names, i));
      if (kind == UNSET)
        continue;
      if (i < position)
        lower = MAX (lower, kind);
      else if (i > position)
        upper = MIN (upper, kind);
    }
  return CLAMP ((int) (position * POLKU_N_PHASE_KINDS / n), lower, MAX (lower, upper));
}

PolkuPhaseKind
polku_phase_rule_get_kind (PolkuPhaseRule *self,
                           guint           position)
{
  int kind;

  g_return_val_if_fail (self != NULL, POLKU_PHASE_KIND_PURCHASE);
  g_return_val_if_fail (position < self->names->len, POLKU_PHASE_KIND_PURCHASE);

  kind = g_array_index (self->set, int, position);
  return kind != UNSET ? (PolkuPhaseKind) kind : guess (self, position);
}

void
polku_phase_rule_set_kind (PolkuPhaseRule *self,
                           guint           position,
                           PolkuPhaseKind  kind)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (position < self->names->len);
  g_return_if_fail (kind < POLKU_N_PHASE_KINDS);

  g_array_index (self->set, int, position) = kind;
}

PolkuPhaseKind
polku_phase_rule_lookup (PolkuPhaseRule *self,
                         const char     *name)
{
  g_return_val_if_fail (self != NULL, POLKU_PHASE_KIND_PURCHASE);
  g_return_val_if_fail (name != NULL, POLKU_PHASE_KIND_PURCHASE);

  polku_phase_rule_add_name (self, name);
  return polku_phase_rule_get_kind (self, find_name (self, name));
}

gboolean
polku_phase_rule_parse_assignment (PolkuPhaseRule  *self,
                                   const char      *assignment,
                                   GError         **error)
{
  const char *equals;
  g_autofree char *name = NULL;
  g_autofree char *kind_name = NULL;
  PolkuPhaseKind kind;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (assignment != NULL, FALSE);

  equals = strrchr (assignment, '=');
  if (equals != NULL)
    kind_name = g_strstrip (g_strdup (equals + 1));
  if (equals == NULL || equals == assignment || !polku_phase_kind_from_string (kind_name, &kind))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what the user gave after --phase */
                   _("“%s” does not assign a phase: write NAME=KIND, KIND being pre-purchase, purchase or post-purchase"),
                   assignment);
      return FALSE;
    }
  name = g_strndup (assignment, equals - assignment);
  polku_phase_rule_add_name (self, name);
  polku_phase_rule_set_kind (self, find_name (self, name), kind);
  return TRUE;
}

char *
polku_phase_rule_dup_label (PolkuPhaseRule *self,
                            PolkuPhaseKind  kind)
{
  GString *label = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->names->len; i++)
    if (polku_phase_rule_get_kind (self, i) == kind &&
        kind_named (g_ptr_array_index (self->names, i)) != (int) kind)
      {
        if (label->len > 0)
          g_string_append (label, " / ");
        g_string_append (label, g_ptr_array_index (self->names, i));
      }
  return g_string_free (label, FALSE);
}
