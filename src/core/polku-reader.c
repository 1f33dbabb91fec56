/* polku-reader.c: reading journey files into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader streams the file through libxml2's SAX2 interface and builds
 * the model as it goes, checking structure and values on the way: no tree is
 * built, memory stays proportional to the model, and every problem is
 * reported with the line and column where it stands. Network access, DTDs
 * and entities are refused outright.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "polku-document.h"
#include "polku-enums.h"
#include "polku-error.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-reader.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

/* Longest text a single field may hold, in characters (as in the schema). */
#define MAX_TEXT_LENGTH 65536

typedef enum
{
  EL_START,
  EL_POLKU,
  EL_JOURNEY,
  EL_TITLE,
  EL_SEGMENT,
  EL_SEGMENT_NAME,
  EL_SCALE,
  EL_PHASE,
  EL_PHASE_LABEL,
  EL_STEP,
  EL_STEP_NAME,
  EL_TOUCHPOINT,
  EL_TOUCHPOINT_NAME,
  N_ELEMENTS
} Element;

static const char * const element_names[N_ELEMENTS] = {
  [EL_START] = "",
  [EL_POLKU] = "polku",
  [EL_JOURNEY] = "journey",
  [EL_TITLE] = "title",
  [EL_SEGMENT] = "segment",
  [EL_SEGMENT_NAME] = "name",
  [EL_SCALE] = "scale",
  [EL_PHASE] = "phase",
  [EL_PHASE_LABEL] = "label",
  [EL_STEP] = "step",
  [EL_STEP_NAME] = "name",
  [EL_TOUCHPOINT] = "touchpoint",
  [EL_TOUCHPOINT_NAME] = "name",
};

/* The content model: for each parent, the children it may hold, in order,
 * with how many of each. This is the schema's structure, checked while
 * streaming. */
typedef struct
{
  Element parent;
  Element child;
  guint   min;
  guint   max;
} ChildRule;

static const ChildRule child_rules[] = {
  { EL_START, EL_POLKU, 1, 1 },
  { EL_POLKU, EL_JOURNEY, 1, G_MAXUINT },
  { EL_JOURNEY, EL_TITLE, 1, 1 },
  { EL_JOURNEY, EL_SEGMENT, 1, 1 },
  { EL_JOURNEY, EL_SCALE, 1, 1 },
  { EL_JOURNEY, EL_PHASE, POLKU_N_PHASE_KINDS, POLKU_N_PHASE_KINDS },
  { EL_SEGMENT, EL_SEGMENT_NAME, 1, 1 },
  { EL_PHASE, EL_PHASE_LABEL, 0, 1 },
  { EL_PHASE, EL_STEP, 0, G_MAXUINT },
  { EL_STEP, EL_STEP_NAME, 1, 1 },
  { EL_STEP, EL_TOUCHPOINT, 0, G_MAXUINT },
  { EL_TOUCHPOINT, EL_TOUCHPOINT_NAME, 1, 1 },
};

/* The deepest the format nests: polku/journey/phase/step/touchpoint/name. */
#define MAX_DEPTH 7

typedef struct
{
  Element element;
  guint   rule;     /* index in child_rules of the last child seen */
  guint   count;    /* how many children of that rule so far */
} Frame;

typedef struct
{
  xmlParserCtxtPtr  ctxt;
  const char       *display_name;
  GError           *error;

  Frame             stack[MAX_DEPTH];
  guint             depth;

  GString          *text;
  GHashTable       *ids;

  PolkuDocument    *document;
  PolkuJourney     *journey;
  PolkuPhase       *phase;
  PolkuStep        *step;
  PolkuTouchpoint  *touchpoint;
} Reader;

static gboolean
is_text_element (Element element)
{
  return element == EL_TITLE || element == EL_SEGMENT_NAME ||
         element == EL_PHASE_LABEL || element == EL_STEP_NAME ||
         element == EL_TOUCHPOINT_NAME;
}

/* Where the markup that the parser has just read begins: libxml2 reports the
 * position after a tag, so step back to its '<'. Columns count characters. */
static void
current_tag_position (Reader *reader,
                      int    *line,
                      int    *column)
{
  xmlParserInputPtr input = reader->ctxt->input;
  const xmlChar *p;
  int back_lines = 0;

  *line = input->line;
  *column = input->col;

  if (input->cur == NULL || input->base == NULL || input->cur == input->base)
    return;

  /* The parser stands after the tag, or at its closing '>' or "/>". */
  for (p = input->cur - 1; p > input->base && *p != '<'; p--)
    if (*p == '\n')
      back_lines++;
  if (*p != '<')
    return;

  if (back_lines == 0)
    {
      for (const xmlChar *q = p; q < input->cur; q++)
        if ((*q & 0xC0) != 0x80)
          (*column)--;
    }
  else
    {
      const xmlChar *line_start = p;

      while (line_start > input->base && line_start[-1] != '\n')
        line_start--;
      *line -= back_lines;
      *column = 1;
      for (const xmlChar *q = line_start; q < p; q++)
        if ((*q & 0xC0) != 0x80)
          (*column)++;
    }
}

static void
fail_at (Reader         *reader,
         PolkuFileError  code,
         int             line,
         int             column,
         const char     *problem)
{
  if (reader->error != NULL)
    return;

  reader->error = g_error_new (POLKU_FILE_ERROR, code, "%s:%d:%d: %s",
                               reader->display_name, line, column, problem);
  if (reader->ctxt != NULL)
    xmlStopParser (reader->ctxt);
}

static void fail (Reader         *reader,
                  PolkuFileError  code,
                  const char     *format,
                  ...) G_GNUC_PRINTF (3, 4);

/* Reports a problem at the tag the parser has just read. */
static void
fail (Reader         *reader,
      PolkuFileError  code,
      const char     *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;
  int line, column;

  if (reader->error != NULL)
    return;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  current_tag_position (reader, &line, &column);
  fail_at (reader, code, line, column, problem);
}

/* Attributes as SAX2 passes them: five pointers each, the value unterminated. */
typedef struct
{
  const xmlChar **attributes;
  int             n_attributes;
} Attributes;

static const char *
attribute_name (const Attributes *attrs,
                int               i)
{
  return (const char *) attrs->attributes[i * 5];
}

static char *
attribute_dup_value (const Attributes *attrs,
                     int               i)
{
  const xmlChar *begin = attrs->attributes[i * 5 + 3];
  const xmlChar *end = attrs->attributes[i * 5 + 4];

  return g_strndup ((const char *) begin, end - begin);
}

/* Looks up the attributes an element may have, in the order of names; a
 * missing required attribute or an unknown one is an error. Values come back
 * newly allocated, NULL where an optional attribute is absent. */
static gboolean
take_attributes (Reader           *reader,
                 const Attributes *attrs,
                 Element           element,
                 const char *const *names,
                 guint             n_required,
                 char            **values)
{
  guint n_names = g_strv_length ((char **) names);

  for (int i = 0; i < attrs->n_attributes; i++)
    {
      const char *name = attribute_name (attrs, i);
      const xmlChar *prefix = attrs->attributes[i * 5 + 1];
      gboolean known = FALSE;

      for (guint j = 0; j < n_names && prefix == NULL; j++)
        if (strcmp (names[j], name) == 0)
          {
            values[j] = attribute_dup_value (attrs, i);
            known = TRUE;
            break;
          }

      if (!known)
        {
          fail (reader, POLKU_FILE_ERROR_INVALID,
                /* Translators: an attribute not allowed on an element of the file */
                _("unknown attribute “%s” on <%s>"),
                name, element_names[element]);
          return FALSE;
        }
    }

  for (guint j = 0; j < n_required; j++)
    if (values[j] == NULL)
      {
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> is missing its “%s” attribute"),
              element_names[element], names[j]);
        return FALSE;
      }

  return TRUE;
}

static void
free_values (char   **values,
             guint    n)
{
  for (guint i = 0; i < n; i++)
    g_free (values[i]);
}

/* Ids follow XML's NCName: a letter or underscore, then letters, digits,
 * '-', '_' or '.'; characters beyond ASCII count as letters. */
static gboolean
is_valid_id (const char *id)
{
  if (!(g_ascii_isalpha (*id) || *id == '_' || (guchar) *id >= 0x80))
    return FALSE;
  for (const char *p = id + 1; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' || (guchar) *p >= 0x80))
      return FALSE;
  return TRUE;
}

/* Checks an id's form and uniqueness in the file, and keeps it. */
static gboolean
claim_id (Reader     *reader,
          Element     element,
          const char *id)
{
  if (!is_valid_id (id))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a valid id for <%s>: use letters, digits, “-” and “_”, starting with a letter"),
            id, element_names[element]);
      return FALSE;
    }
  if (!g_hash_table_add (reader->ids, g_strdup (id)))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("the id “%s” is used twice; each id must be unique in the file"), id);
      return FALSE;
    }
  return TRUE;
}

/* A score: digits with an optional decimal part, within the journey's scale. */
static gboolean
parse_score (Reader     *reader,
             const char *attribute,
             const char *str,
             double     *score)
{
  int min = polku_journey_get_scale_min (reader->journey);
  int max = polku_journey_get_scale_max (reader->journey);
  gboolean digits = FALSE, point = FALSE;

  for (const char *p = str; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        {
          digits = FALSE;
          break;
        }
    }

  if (!digits || strlen (str) > 32)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            /* Translators: e.g. the score “four” of a <touchpoint> is not a number */
            _("the %s “%s” of <touchpoint> is not a number"),
            attribute, str);
      return FALSE;
    }

  *score = g_ascii_strtod (str, NULL);
  if (*score < min || *score > max)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            /* Translators: e.g. the score 7 is outside the journey's scale 1–5 */
            _("the %s %s is outside the journey’s scale %d–%d"),
            attribute, str, min, max);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_int (const char *str,
           int        *value)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (str, 10, 0, G_MAXINT, &v, NULL))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

static void
start_polku (Reader           *reader,
             const Attributes *attrs)
{
  static const char * const names[] = { "format", NULL };
  char *values[1] = { NULL };
  int format;

  if (!take_attributes (reader, attrs, EL_POLKU, names, 1, values))
    goto out;

  if (!parse_int (values[0], &format) || format < 1)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("“%s” is not a format version; it must be a whole number such as 1"),
          values[0]);
  else if (format > POLKU_FORMAT_VERSION)
    fail (reader, POLKU_FILE_ERROR_NEWER,
          _("the file is in format version %d, written by a newer Polku; this version reads format %d. Update Polku to open it."),
          format, POLKU_FORMAT_VERSION);
  else
    reader->document = polku_document_new ();

out:
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_journey (Reader           *reader,
               const Attributes *attrs)
{
  static const char * const names[] = { "id", NULL };
  char *values[1] = { NULL };

  if (take_attributes (reader, attrs, EL_JOURNEY, names, 1, values) &&
      claim_id (reader, EL_JOURNEY, values[0]))
    {
      g_autoptr(PolkuJourney) journey = polku_journey_new (values[0]);

      polku_document_append_journey (reader->document, journey);
      reader->journey = journey;
    }

  free_values (values, G_N_ELEMENTS (values));
}

static void
start_scale (Reader           *reader,
             const Attributes *attrs)
{
  static const char * const names[] = { "min", "max", NULL };
  char *values[2] = { NULL, NULL };
  int min, max;

  if (!take_attributes (reader, attrs, EL_SCALE, names, 2, values))
    goto out;

  if (!parse_int (values[0], &min) || !parse_int (values[1], &max) ||
      !polku_scale_is_supported (min, max))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("the satisfaction scale %s–%s is not supported; use 1–5, 1–7, 1–10 or 0–10"),
            values[0], values[1]);
      goto out;
    }

  polku_journey_set_scale (reader->journey, min, max);

out:
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_phase (Reader           *reader,
             const Attributes *attrs,
             guint             position)
{
  static const char * const names[] = { "kind", NULL };
  char *values[1] = { NULL };
  PolkuPhaseKind kind;

  if (!take_attributes (reader, attrs, EL_PHASE, names, 1, values))
    goto out;

  if (!polku_phase_kind_from_string (values[0], &kind))
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("“%s” is not a phase kind; use pre-purchase, purchase or post-purchase"),
          values[0]);
  else if (kind != position)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("the phase “%s” is out of order: phase %u must be “%s”"),
          values[0], position + 1, polku_phase_kind_to_string (position));
  else
    reader->phase = polku_journey_get_phase (reader->journey, kind);

out:
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_step (Reader           *reader,
            const Attributes *attrs)
{
  static const char * const names[] = { "id", NULL };
  char *values[1] = { NULL };

  if (take_attributes (reader, attrs, EL_STEP, names, 1, values) &&
      claim_id (reader, EL_STEP, values[0]))
    {
      g_autoptr(PolkuStep) step = polku_step_new (values[0], NULL);

      polku_phase_append_step (reader->phase, step);
      reader->step = step;
    }

  free_values (values, G_N_ELEMENTS (values));
}

enum {
  TP_ID,
  TP_CHANNEL,
  TP_CRITICALITY,
  TP_ROLE,
  TP_SCORE,
  TP_TARGET,
  N_TP_ATTRIBUTES
};

static void
start_touchpoint (Reader           *reader,
                  const Attributes *attrs)
{
  static const char * const names[] = {
    "id", "channel", "criticality", "role", "score", "target", NULL
  };
  char *values[N_TP_ATTRIBUTES] = { NULL };
  g_autoptr(PolkuTouchpoint) touchpoint = NULL;
  PolkuChannel channel;
  PolkuCriticality criticality;
  PolkuRole role;
  double score = NAN, target = NAN;

  if (!take_attributes (reader, attrs, EL_TOUCHPOINT, names, TP_SCORE, values) ||
      !claim_id (reader, EL_TOUCHPOINT, values[TP_ID]))
    goto out;

  if (!polku_channel_from_string (values[TP_CHANNEL], &channel))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a channel; see the list of channels in the file format’s schema"),
            values[TP_CHANNEL]);
      goto out;
    }
  if (!polku_criticality_from_string (values[TP_CRITICALITY], &criticality))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a criticality; use critical or non-critical"),
            values[TP_CRITICALITY]);
      goto out;
    }
  if (!polku_role_from_string (values[TP_ROLE], &role))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a role; use prerequisite or opportunity"),
            values[TP_ROLE]);
      goto out;
    }
  if (values[TP_SCORE] != NULL &&
      !parse_score (reader, "score", values[TP_SCORE], &score))
    goto out;
  if (values[TP_TARGET] != NULL &&
      !parse_score (reader, "target", values[TP_TARGET], &target))
    goto out;

  touchpoint = polku_touchpoint_new (values[TP_ID], NULL);
  polku_touchpoint_set_channel (touchpoint, channel);
  polku_touchpoint_set_criticality (touchpoint, criticality);
  polku_touchpoint_set_role (touchpoint, role);
  polku_touchpoint_set_score (touchpoint, score);
  polku_touchpoint_set_target (touchpoint, target);
  polku_step_append_touchpoint (reader->step, touchpoint);
  reader->touchpoint = touchpoint;

out:
  free_values (values, G_N_ELEMENTS (values));
}

/* Finds the rule that admits child under the frame, moving past rules whose
 * minimum is met; FALSE when the child is not allowed here. */
static gboolean
admit_child (Frame   *frame,
             Element  child)
{
  for (guint i = frame->rule; i < G_N_ELEMENTS (child_rules); i++)
    {
      const ChildRule *rule = &child_rules[i];
      guint count = (i == frame->rule) ? frame->count : 0;

      if (rule->parent != frame->element)
        continue;

      if (rule->child == child && count < rule->max)
        {
          frame->rule = i;
          frame->count = count + 1;
          return TRUE;
        }
      if (count < rule->min)
        return FALSE;
    }
  return FALSE;
}

/* The first child the frame still lacks, or EL_START when it lacks none. */
static Element
missing_child (const Frame *frame)
{
  for (guint i = frame->rule; i < G_N_ELEMENTS (child_rules); i++)
    {
      const ChildRule *rule = &child_rules[i];
      guint count = (i == frame->rule) ? frame->count : 0;

      if (rule->parent == frame->element && count < rule->min)
        return rule->child;
    }
  return EL_START;
}

static Element
element_for_name (Element     parent,
                  const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (child_rules); i++)
    if (child_rules[i].parent == parent &&
        strcmp (element_names[child_rules[i].child], name) == 0)
      return child_rules[i].child;
  return N_ELEMENTS;
}

static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  Reader *reader = user_data;
  Frame *parent = &reader->stack[reader->depth - 1];
  const char *name = (const char *) localname;
  Attributes attrs = { attributes, n_attributes };
  Element element;
  guint position;

  if (reader->error != NULL)
    return;

  if (uri == NULL || strcmp ((const char *) uri, POLKU_NAMESPACE) != 0)
    {
      if (parent->element == EL_START)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("this is not a Polku journey file: its root element <%s> is not in the namespace %s"),
              name, POLKU_NAMESPACE);
      else
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("the element <%s> in <%s> is not in the journey file’s namespace"),
              name, element_names[parent->element]);
      return;
    }

  if (is_text_element (parent->element))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("<%s> holds only text, not the element <%s>"),
            element_names[parent->element], name);
      return;
    }

  element = element_for_name (parent->element, name);
  if (element == N_ELEMENTS || !admit_child (parent, element))
    {
      Element missing = missing_child (parent);

      if (parent->element == EL_START)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("this is not a Polku journey file: the root element is <%s>, not <polku>"),
              name);
      else if (element != N_ELEMENTS && missing != EL_START)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> must come after <%s> in <%s>"),
              name, element_names[missing], element_names[parent->element]);
      else
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("unexpected element <%s> in <%s>"),
              name, element_names[parent->element]);
      return;
    }

  /* Nesting is bounded by the content model; this only guards the stack. */
  g_assert (reader->depth < MAX_DEPTH);
  position = parent->count - 1;
  reader->stack[reader->depth++] = (Frame) { element, 0, 0 };

  switch (element)
    {
    case EL_POLKU:
      start_polku (reader, &attrs);
      break;
    case EL_JOURNEY:
      start_journey (reader, &attrs);
      break;
    case EL_SCALE:
      start_scale (reader, &attrs);
      break;
    case EL_PHASE:
      start_phase (reader, &attrs, position);
      break;
    case EL_STEP:
      start_step (reader, &attrs);
      break;
    case EL_TOUCHPOINT:
      start_touchpoint (reader, &attrs);
      break;
    case EL_TITLE:
    case EL_SEGMENT:
    case EL_SEGMENT_NAME:
    case EL_PHASE_LABEL:
    case EL_STEP_NAME:
    case EL_TOUCHPOINT_NAME:
      if (n_attributes > 0)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("unknown attribute “%s” on <%s>"),
              (const char *) attributes[0], name);
      g_string_truncate (reader->text, 0);
      break;
    case EL_START:
    case N_ELEMENTS:
    default:
      g_assert_not_reached ();
    }
}

static void
end_text (Reader  *reader,
          Element  element)
{
  const char *text = reader->text->str;

  if (reader->text->len > MAX_TEXT_LENGTH &&
      g_utf8_strlen (text, -1) > MAX_TEXT_LENGTH)
    {
      fail (reader, POLKU_FILE_ERROR_TOO_LARGE,
            _("the text of <%s> is longer than %d characters"),
            element_names[element], MAX_TEXT_LENGTH);
      return;
    }

  switch (element)
    {
    case EL_TITLE:
      polku_journey_set_title (reader->journey, text);
      break;
    case EL_SEGMENT_NAME:
      polku_journey_set_segment (reader->journey, text);
      break;
    case EL_PHASE_LABEL:
      polku_phase_set_label (reader->phase, text);
      break;
    case EL_STEP_NAME:
      polku_step_set_name (reader->step, text);
      break;
    case EL_TOUCHPOINT_NAME:
      polku_touchpoint_set_name (reader->touchpoint, text);
      break;
    case EL_START:
    case EL_POLKU:
    case EL_JOURNEY:
    case EL_SEGMENT:
    case EL_SCALE:
    case EL_PHASE:
    case EL_STEP:
    case EL_TOUCHPOINT:
    case N_ELEMENTS:
    default:
      g_assert_not_reached ();
    }
}

static void
on_end_element (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Reader *reader = user_data;
  Frame *frame;
  Element missing;

  if (reader->error != NULL)
    return;

  frame = &reader->stack[reader->depth - 1];
  missing = missing_child (frame);
  if (missing != EL_START)
    {
      if (frame->element == EL_JOURNEY && missing == EL_PHASE)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<journey> must hold exactly three phases: pre-purchase, purchase and post-purchase"));
      else
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> is missing <%s>"),
              element_names[frame->element], element_names[missing]);
      return;
    }

  if (is_text_element (frame->element))
    end_text (reader, frame->element);

  switch (frame->element)
    {
    case EL_TOUCHPOINT:
      reader->touchpoint = NULL;
      break;
    case EL_STEP:
      reader->step = NULL;
      break;
    case EL_PHASE:
      reader->phase = NULL;
      break;
    case EL_JOURNEY:
      reader->journey = NULL;
      break;
    case EL_START:
    case EL_POLKU:
    case EL_TITLE:
    case EL_SEGMENT:
    case EL_SEGMENT_NAME:
    case EL_SCALE:
    case EL_PHASE_LABEL:
    case EL_STEP_NAME:
    case EL_TOUCHPOINT_NAME:
    case N_ELEMENTS:
    default:
      break;
    }

  reader->depth--;
}

static void
on_characters (void          *user_data,
               const xmlChar *chars,
               int            len)
{
  Reader *reader = user_data;
  Element element;

  if (reader->error != NULL)
    return;

  element = reader->stack[reader->depth - 1].element;
  if (is_text_element (element))
    {
      g_string_append_len (reader->text, (const char *) chars, len);
      return;
    }

  for (int i = 0; i < len; i++)
    if (!g_ascii_isspace (chars[i]))
      {
        if (element == EL_START)
          fail (reader, POLKU_FILE_ERROR_MALFORMED,
                _("text outside the root element"));
        else
          fail (reader, POLKU_FILE_ERROR_INVALID,
                _("unexpected text in <%s>; text belongs in elements such as <name>"),
                element_names[element]);
        return;
      }
}

static void
on_internal_subset (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  fail (user_data, POLKU_FILE_ERROR_FORBIDDEN,
        _("document type declarations (DOCTYPE) are not allowed in journey files"));
}

static void
on_processing_instruction (void          *user_data,
                           const xmlChar *target,
                           const xmlChar *data)
{
  /* Processing instructions carry nothing the model keeps. */
}

static void
on_structured_error (void        *user_data,
                     xmlErrorPtr  xml_error)
{
  Reader *reader = user_data;
  g_autofree char *message = NULL;
  g_autofree char *problem = NULL;

  if (xml_error->level < XML_ERR_ERROR || reader->error != NULL)
    return;

  message = g_strchomp (g_strdup (xml_error->message ? xml_error->message : ""));
  /* Translators: the rest is libxml2's own description, in English */
  problem = g_strdup_printf (_("not well-formed XML: %s"), message);
  fail_at (reader,
           xml_error->code == XML_ERR_UNDECLARED_ENTITY ? POLKU_FILE_ERROR_FORBIDDEN
                                                        : POLKU_FILE_ERROR_MALFORMED,
           xml_error->line, xml_error->int2, problem);
}

static void
reader_clear (Reader *reader)
{
  g_clear_error (&reader->error);
  g_clear_pointer (&reader->ids, g_hash_table_unref);
  if (reader->text != NULL)
    g_string_free (reader->text, TRUE);
  reader->text = NULL;
  g_clear_object (&reader->document);
  g_clear_pointer (&reader->ctxt, xmlFreeParserCtxt);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

static void
set_too_large_error (GError     **error,
                     const char  *display_name,
                     guint64      size)
{
  g_autofree char *actual = g_format_size (size);
  g_autofree char *limit = g_format_size (POLKU_FILE_MAX_SIZE);

  g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE,
               /* Translators: FILE:1:1: the file is 70 MB, more than the 67 MB … */
               _("%s:1:1: the file is %s, more than the %s a journey file may be"),
               display_name, actual, limit);
}

PolkuDocument *
polku_reader_load_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GError     **error)
{
  g_auto(Reader) reader = { NULL };
  xmlSAXHandler sax = { NULL };
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  reader.display_name = display_name;

  if (size > POLKU_FILE_MAX_SIZE)
    {
      set_too_large_error (error, display_name, size);
      return NULL;
    }

  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;
  sax.internalSubset = on_internal_subset;
  sax.processingInstruction = on_processing_instruction;
  sax.serror = on_structured_error;

  reader.text = g_string_new (NULL);
  reader.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.stack[0] = (Frame) { EL_START, 0, 0 };
  reader.depth = 1;

  reader.ctxt = xmlCreatePushParserCtxt (&sax, &reader, NULL, 0, display_name);
  if (reader.ctxt == NULL)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_MALFORMED,
                   _("%s: the XML parser could not be started"), display_name);
      return NULL;
    }
  /* Never the network, never entity substitution, never a DTD. */
  xmlCtxtUseOptions (reader.ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);

  xmlParseChunk (reader.ctxt, data, (int) size, 1);

  if (reader.error == NULL && reader.document == NULL)
    fail_at (&reader, POLKU_FILE_ERROR_MALFORMED, 1, 1,
             _("the file is empty or holds no journey"));

  if (reader.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      return NULL;
    }

  return g_steal_pointer (&reader.document);
}

PolkuDocument *
polku_reader_load_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;

  name = g_file_get_parse_name (file);
  if (g_file_info_get_size (info) > POLKU_FILE_MAX_SIZE)
    {
      set_too_large_error (error, name, g_file_info_get_size (info));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return polku_reader_load_bytes (bytes, name, error);
}
