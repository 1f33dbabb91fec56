/* polku-writer.c: writing the model as a journey file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer owns the canonical form of a journey file: two-space
 * indentation, one element per line, attributes in the order of the
 * format's table, optional values left out, tokens and lists collapsed. It
 * writes every value the reader kept: dates and scores as they were read
 * unless they were changed, and the attributes and elements of other
 * namespaces where they stood. Whatever it reads, it writes back the same
 * way every time.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-document.h"
#include "polku-extensions-private.h"
#include "polku-file-write.h"
#include "polku-format-private.h"
#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-phase.h"
#include "polku-reader.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-walk.h"
#include "polku-writer.h"

typedef struct
{
  GString    *out;
  GString    *scratch;   /* for values that have to be made */
  guint       depth;
  /* The journey being written, and the ids of its touchpoints once its
   * rounds need them. */
  PolkuJourney *journey;
  GHashTable *touchpoints;
} Writer;

static void
indent (Writer *w)
{
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
open_tag (Writer     *w,
          const char *name)
{
  indent (w);
  g_string_append_c (w->out, '<');
  g_string_append (w->out, name);
}

static void
attribute (Writer     *w,
           const char *prefix,
           const char *name,
           const char *value)
{
  g_string_append_c (w->out, ' ');
  if (prefix != NULL)
    {
      g_string_append (w->out, prefix);
      g_string_append_c (w->out, ':');
    }
  g_string_append (w->out, name);
  g_string_append (w->out, "=\"");
  _polku_xml_escape (w->out, value, strlen (value), TRUE);
  g_string_append_c (w->out, '"');
}

/* Writes the attributes of an element in the order of the format's table,
 * then those of other namespaces it carries, with their declarations. */
static void
write_attributes (Writer       *w,
                  PolkuElement  element,
                  GObject      *object)
{
  const PolkuAttributeRule *rules;
  PolkuExtensions *extensions;
  guint n_rules, n_foreign;

  rules = _polku_format_get_attributes (element, &n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      const char *value = _polku_format_get_attribute (element, i, object, w->scratch);

      if (value != NULL)
        attribute (w, NULL, rules[i].name, value);
    }

  if (!_polku_format_is_extension_point (element))
    return;
  extensions = _polku_extensions_get (object);
  n_foreign = _polku_extensions_get_n_attributes (extensions);
  for (guint i = 0; i < n_foreign; i++)
    {
      const PolkuForeignAttribute *a = _polku_extensions_get_attribute (extensions, i);
      gboolean declared = g_strcmp0 (a->prefix, "xml") == 0;
      g_autofree char *xmlns = g_strconcat ("xmlns:", a->prefix, NULL);

      for (guint j = 0; j < i && !declared; j++)
        declared = g_strcmp0 (_polku_extensions_get_attribute (extensions, j)->prefix, a->prefix) == 0;
      if (!declared)
        attribute (w, NULL, xmlns, a->uri);
    }
  for (guint i = 0; i < n_foreign; i++)
    {
      const PolkuForeignAttribute *a = _polku_extensions_get_attribute (extensions, i);

      attribute (w, a->prefix, a->name, a->value);
    }
}

static void
end_open_tag (Writer *w)
{
  g_string_append (w->out, ">\n");
  w->depth++;
}

static void
end_empty_tag (Writer *w)
{
  g_string_append (w->out, "/>\n");
}

static void
close_tag (Writer     *w,
           const char *name)
{
  w->depth--;
  indent (w);
  g_string_append (w->out, "</");
  g_string_append (w->out, name);
  g_string_append (w->out, ">\n");
}

static void
text_element (Writer     *w,
              const char *name,
              const char *text)
{
  open_tag (w, name);
  if (text == NULL || *text == '\0')
    {
      end_empty_tag (w);
      return;
    }
  g_string_append_c (w->out, '>');
  _polku_xml_escape (w->out, text, strlen (text), FALSE);
  g_string_append (w->out, "</");
  g_string_append (w->out, name);
  g_string_append (w->out, ">\n");
}

/* Whether an element has anything to write inside its start tag's end. */
static gboolean write_children (Writer       *w,
                                PolkuElement  element,
                                GObject      *object,
                                gboolean      dry_run);

static void
write_element (Writer       *w,
               const char   *name,
               PolkuElement  element,
               GObject      *object)
{
  if (element == POLKU_ELEMENT_JOURNEY)
    {
      w->journey = POLKU_JOURNEY (object);
      g_clear_pointer (&w->touchpoints, g_hash_table_unref);
    }
  open_tag (w, name);
  write_attributes (w, element, object);
  if (!write_children (w, element, object, TRUE))
    {
      end_empty_tag (w);
      return;
    }
  end_open_tag (w);
  write_children (w, element, object, FALSE);
  close_tag (w, name);
}

static void
counts_attribute (Writer        *w,
                  const char    *name,
                  const guint32 *values,
                  gsize          n)
{
  g_string_truncate (w->scratch, 0);
  for (gsize i = 0; i < n; i++)
    g_string_append_printf (w->scratch, i == 0 ? "%u" : " %u", values[i]);
  attribute (w, NULL, name, w->scratch->str);
}

static void
write_counts (Writer        *w,
              const char    *name,
              const guint32 *values,
              gsize          n)
{
  open_tag (w, name);
  counts_attribute (w, "counts", values, n);
  end_empty_tag (w);
}

static void
note_touchpoint (PolkuStep       *step,
                 PolkuTouchpoint *touchpoint,
                 gpointer         touchpoints)
{
  g_hash_table_add (touchpoints, (gpointer) polku_touchpoint_get_id (touchpoint));
}

/* A round and its results: those of touchpoints the journey still has,
 * and of its satisfaction counts those that fit the journey's scale. */
static void
write_round (Writer     *w,
             const char *name,
             PolkuRound *round)
{
  const PolkuAttributeRule *rules;
  guint n_rules, n_results, first;

  if (w->touchpoints == NULL)
    {
      w->touchpoints = g_hash_table_new (g_str_hash, g_str_equal);
      polku_foreach_touchpoint (G_OBJECT (w->journey), note_touchpoint, w->touchpoints);
    }

  open_tag (w, name);
  write_attributes (w, POLKU_ELEMENT_ROUND, G_OBJECT (round));
  n_results = polku_round_get_n_results (round);
  for (first = 0; first < n_results; first++)
    if (g_hash_table_contains (w->touchpoints, polku_round_get_result_touchpoint (round, first)))
      break;
  if (first == n_results)
    {
      end_empty_tag (w);
      return;
    }
  end_open_tag (w);

  rules = _polku_format_get_attributes (POLKU_ELEMENT_RESULT, &n_rules);
  for (guint i = first; i < n_results; i++)
    {
      const char *touchpoint = polku_round_get_result_touchpoint (round, i);

      if (!g_hash_table_contains (w->touchpoints, touchpoint))
        continue;
      open_tag (w, "result");
      attribute (w, NULL, rules[POLKU_RESULT_TOUCHPOINT].name, touchpoint);
      for (guint s = 0; s < POLKU_N_SURVEYS; s++)
        {
          gsize n;
          const guint32 *counts = polku_round_get_result_counts (round, i, s, &n);

          if (counts != NULL && n == polku_metrics_survey_size (w->journey, s))
            counts_attribute (w, rules[POLKU_RESULT_FIRST_COUNTS + s].name, counts, n);
        }
      end_empty_tag (w);
    }
  close_tag (w, name);
}

/* The elements of other namespaces an object carries at a place among its
 * children: after count children of a rule (clamped to the last child
 * written when some are gone), or before all with a count of 0. */
static gboolean
write_foreign_elements (Writer          *w,
                        PolkuExtensions *extensions,
                        guint            rule,
                        guint            count,
                        gboolean         last,
                        gboolean         dry_run)
{
  guint n = _polku_extensions_get_n_elements (extensions);
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const PolkuForeignElement *e = _polku_extensions_get_element (extensions, i);

      if (count == 0 ? e->count != 0 : (e->rule != rule || (last ? e->count < count : e->count != count)))
        continue;
      any = TRUE;
      if (dry_run)
        return TRUE;
      indent (w);
      g_string_append (w->out, e->xml);
      g_string_append_c (w->out, '\n');
    }
  return any;
}

/* The i-th child of a rule on an object, or NULL past the last one. */
static GObject *
nth_child (const PolkuChildRule *rule,
           GObject              *object,
           guint                 i)
{
  switch (rule->child)
    {
    case POLKU_ELEMENT_JOURNEY:
      return i < polku_document_get_n_journeys (POLKU_DOCUMENT (object))
             ? G_OBJECT (polku_document_get_journey (POLKU_DOCUMENT (object), i)) : NULL;
    case POLKU_ELEMENT_PHASE:
      return i < POLKU_N_PHASE_KINDS ? G_OBJECT (polku_journey_get_phase (POLKU_JOURNEY (object), i)) : NULL;
    case POLKU_ELEMENT_STEP:
      return i < polku_phase_get_n_steps (POLKU_PHASE (object))
             ? G_OBJECT (polku_phase_get_step (POLKU_PHASE (object), i)) : NULL;
    case POLKU_ELEMENT_TOUCHPOINT:
      return i < polku_step_get_n_touchpoints (POLKU_STEP (object))
             ? G_OBJECT (polku_step_get_touchpoint (POLKU_STEP (object), i)) : NULL;
    case POLKU_ELEMENT_TEXT:
      if (i > 0)
        return NULL;
      return rule->min > 0 || *_polku_format_get_text (rule, object) != '\0' ? object : NULL;
    case POLKU_ELEMENT_COUNTS:
      {
        gsize n;

        if (i > 0)
          return NULL;
        return polku_touchpoint_get_counts (POLKU_TOUCHPOINT (object), rule->field, &n) != NULL
               ? object : NULL;
      }
    case POLKU_ELEMENT_ROUND:
      return i < polku_journey_get_n_rounds (POLKU_JOURNEY (object))
             ? G_OBJECT (polku_journey_get_round (POLKU_JOURNEY (object), i)) : NULL;
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_SCALE:
      return i == 0 ? object : NULL;
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_POLKU:
    case POLKU_ELEMENT_RESULT:
    default:
      g_assert_not_reached ();
    }
}

static void
write_child (Writer               *w,
             const PolkuChildRule *rule,
             GObject              *child)
{
  gsize n;
  const guint32 *counts;

  switch (rule->child)
    {
    case POLKU_ELEMENT_TEXT:
      text_element (w, rule->name, _polku_format_get_text (rule, child));
      break;
    case POLKU_ELEMENT_SCALE:
      open_tag (w, rule->name);
      write_attributes (w, POLKU_ELEMENT_SCALE, child);
      end_empty_tag (w);
      break;
    case POLKU_ELEMENT_COUNTS:
      counts = polku_touchpoint_get_counts (POLKU_TOUCHPOINT (child), rule->field, &n);
      write_counts (w, rule->name, counts, n);
      break;
    case POLKU_ELEMENT_ROUND:
      write_round (w, rule->name, POLKU_ROUND (child));
      break;
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_JOURNEY:
    case POLKU_ELEMENT_PHASE:
    case POLKU_ELEMENT_STEP:
    case POLKU_ELEMENT_TOUCHPOINT:
      write_element (w, rule->name, rule->child, child);
      break;
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_POLKU:
    case POLKU_ELEMENT_RESULT:
    default:
      g_assert_not_reached ();
    }
}

/* Writes what an element holds, in the order of the format's rules, and
 * the elements of other namespaces where they stood. With dry_run, only
 * says whether there is anything to write. */
static gboolean
write_children (Writer       *w,
                PolkuElement  element,
                GObject      *object,
                gboolean      dry_run)
{
  const PolkuChildRule *rules;
  PolkuExtensions *extensions = NULL;
  gboolean any = FALSE;
  guint n_rules;

  if (_polku_format_is_extension_point (element))
    extensions = _polku_extensions_get (object);
  if (extensions != NULL && write_foreign_elements (w, extensions, 0, 0, FALSE, dry_run))
    {
      if (dry_run)
        return TRUE;
      any = TRUE;
    }

  rules = _polku_format_get_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      const PolkuChildRule *rule = &rules[i];
      GObject *child;
      guint k;

      if (rule->parent != element)
        continue;

      for (k = 0; (child = nth_child (rule, object, k)) != NULL; k++)
        {
          if (dry_run)
            return TRUE;
          write_child (w, rule, child);
          any = TRUE;
          if (extensions != NULL && nth_child (rule, object, k + 1) != NULL)
            write_foreign_elements (w, extensions, i, k + 1, FALSE, FALSE);
        }
      if (extensions != NULL && write_foreign_elements (w, extensions, i, MAX (k, 1), TRUE, dry_run))
        {
          if (dry_run)
            return TRUE;
          any = TRUE;
        }
    }
  return any;
}

GBytes *
polku_writer_write (PolkuDocument *document)
{
  Writer w = { NULL, NULL, 0, NULL, NULL };

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  w.out = g_string_sized_new (4096);
  w.scratch = g_string_new (NULL);
  g_string_append (w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  open_tag (&w, "polku");
  attribute (&w, NULL, "xmlns", POLKU_NAMESPACE);
  write_attributes (&w, POLKU_ELEMENT_POLKU, G_OBJECT (document));
  end_open_tag (&w);
  write_children (&w, POLKU_ELEMENT_POLKU, G_OBJECT (document), FALSE);
  close_tag (&w, "polku");
  g_string_free (w.scratch, TRUE);
  g_clear_pointer (&w.touchpoints, g_hash_table_unref);

  return g_string_free_to_bytes (w.out);
}

gboolean
polku_writer_save_file (PolkuDocument  *document,
                        GFile          *file,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = polku_writer_write (document);
  if (!polku_file_write (file, bytes, cancellable, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: a file name; why it could not be saved follows */
      g_prefix_error (error, _("Could not save “%s”: "), name);
      return FALSE;
    }
  return TRUE;
}
