/* polku-reader.c: reading journey files into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader streams the file through libxml2's SAX2 interface and builds
 * the model as it goes, checking structure and values on the way against
 * the format's tables of elements and attributes, and each value with its
 * datatype (polku-datatypes.c): no tree is built, memory stays proportional
 * to the model, and every problem is reported with the line and column
 * where it stands, an attribute's own. Elements and attributes of other
 * namespaces at the extension points are kept as they are. Network access,
 * DTDs and entities are refused.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "polku-datatypes.h"
#include "polku-document.h"
#include "polku-enums.h"
#include "polku-error.h"
#include "polku-extensions-private.h"
#include "polku-format-private.h"
#include "polku-metrics.h"
#include "polku-journey.h"
#include "polku-journey-private.h"
#include "polku-phase.h"
#include "polku-reader.h"
#include "polku-reader-private.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-touchpoint-private.h"

/* The parser takes the file in pieces of this size; libxml2 refuses to look
 * far ahead in one huge piece. */
#define PARSE_CHUNK_SIZE (256 * 1024)

/* Longest text a single field may hold, in characters (as in the schema).
 * No attribute's value may be longer either: the labels of the scale are
 * such texts, and every other value is far shorter. */
#define MAX_TEXT_LENGTH 65536

/* The longest libxml2 message passed on, in characters: it may quote names
 * from the file. */
#define MAX_PARSER_MESSAGE_LENGTH 200

/* An absent choice stands for 0 in the model. */
G_STATIC_ASSERT (POLKU_KANO_NONE == 0 && POLKU_FREQUENCY_NONE == 0);

/* The most elements a message lists as expected. */
#define MAX_EXPECTED_LISTED 6

typedef struct
{
  PolkuElement          element;
  const PolkuChildRule *self;    /* the rule that admitted this element */
  guint                 rule;    /* index of the rule of the last child seen */
  guint                 count;   /* how many children of that rule so far */
  GObject              *object;  /* what the element stands for, if anything */
} Frame;

typedef struct
{
  xmlParserCtxtPtr  ctxt;
  const char       *display_name;
  GError           *error;

  const PolkuChildRule *rules;
  guint             n_rules;
  Frame             stack[POLKU_FORMAT_MAX_DEPTH];
  guint             depth;

  GString          *text;
  GHashTable       *ids;         /* id → the line of its first use */
  GPtrArray        *quotes;

  /* An element of another namespace being kept, and where it goes. */
  PolkuForeignWriter *foreign;
  guint             foreign_depth;

  PolkuDocument    *document;
  PolkuJourney     *journey;
  PolkuPhase       *phase;
  PolkuStep        *step;
  PolkuTouchpoint  *touchpoint;
  PolkuRound       *round;
  /* The ids of the journey's touchpoints, which its rounds name. */
  GHashTable       *journey_touchpoints;
} Reader;

static const char *
frame_name (const Frame *frame)
{
  return frame->self != NULL ? frame->self->name : "";
}

/* What a message quotes of a value or name from the file: a short prefix
 * when it is long, so that a message stays a line however large the file.
 * The reader keeps the quote until it is cleared. */
static const char *
quote (Reader     *reader,
       const char *value)
{
  char *excerpt = _polku_reader_excerpt (value, -1, POLKU_READER_QUOTE_LENGTH);

  if (reader->quotes == NULL)
    reader->quotes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reader->quotes, excerpt);
  return excerpt;
}

/* The '<' of the tag the parser has just read: libxml2 reports the position
 * after a tag. Sets the number of lines between the two. */
static const xmlChar *
current_tag_start (Reader *reader,
                   int    *back_lines)
{
  xmlParserInputPtr input = reader->ctxt->input;
  const xmlChar *p;

  *back_lines = 0;
  if (input->cur == NULL || input->base == NULL || input->cur == input->base)
    return NULL;

  /* The parser stands after the tag, or at its closing '>' or "/>". */
  for (p = input->cur - 1; p > input->base && *p != '<'; p--)
    if (*p == '\n')
      (*back_lines)++;
  return *p == '<' ? p : NULL;
}

/* The line and column, counting characters, of a place in the start tag
 * the parser has just read, given how many lines lie between it and the
 * parser's position. */
static void
position_in_tag (Reader        *reader,
                 const xmlChar *place,
                 int            back_lines,
                 int           *line,
                 int           *column)
{
  xmlParserInputPtr input = reader->ctxt->input;
  const xmlChar *line_start = place;

  *line = input->line - back_lines;
  if (back_lines == 0)
    {
      *column = input->col;
      for (const xmlChar *q = place; q < input->cur; q++)
        if ((*q & 0xC0) != 0x80)
          (*column)--;
      return;
    }

  while (line_start > input->base && line_start[-1] != '\n')
    line_start--;
  *column = 1;
  for (const xmlChar *q = line_start; q < place; q++)
    if ((*q & 0xC0) != 0x80)
      (*column)++;
}

/* Where the markup that the parser has just read begins. */
static void
current_tag_position (Reader *reader,
                      int    *line,
                      int    *column)
{
  int back_lines;
  const xmlChar *start = current_tag_start (reader, &back_lines);

  *line = reader->ctxt->input->line;
  *column = reader->ctxt->input->col;
  if (start != NULL)
    position_in_tag (reader, start, back_lines, line, column);
}

static gboolean
is_xml_space (xmlChar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Where the attribute named qname begins in the start tag the parser has
 * just read; the tag's own position when it is not found. */
static void
attribute_position (Reader     *reader,
                    const char *qname,
                    int        *line,
                    int        *column)
{
  xmlParserInputPtr input = reader->ctxt->input;
  int back_lines;
  const xmlChar *p = current_tag_start (reader, &back_lines);
  gsize qname_length = strlen (qname);

  current_tag_position (reader, line, column);
  if (p == NULL)
    return;

  /* Past the element's name, then name="value" pairs. */
  for (p++; p < input->cur && !is_xml_space (*p) && *p != '>' && *p != '/'; p++)
    ;
  while (p < input->cur)
    {
      const xmlChar *name;
      xmlChar quote_char;

      for (; p < input->cur && is_xml_space (*p); p++)
        if (*p == '\n')
          back_lines--;
      name = p;
      for (; p < input->cur && !is_xml_space (*p) && *p != '=' && *p != '>' && *p != '/'; p++)
        ;
      if (p == name)
        return;
      if ((gsize) (p - name) == qname_length && memcmp (name, qname, qname_length) == 0)
        {
          position_in_tag (reader, name, back_lines, line, column);
          return;
        }
      for (; p < input->cur && *p != '"' && *p != '\''; p++)
        if (*p == '\n')
          back_lines--;
      if (p == input->cur)
        return;
      quote_char = *p;
      for (p++; p < input->cur && *p != quote_char; p++)
        if (*p == '\n')
          back_lines--;
      p++;
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

/* Reports a problem at the attribute named qname of the tag the parser has
 * just read, or at the tag itself when qname is NULL. */
static void fail_valist (Reader         *reader,
                         PolkuFileError  code,
                         const char     *qname,
                         const char     *format,
                         va_list         args) G_GNUC_PRINTF (4, 0);

static void
fail_valist (Reader         *reader,
             PolkuFileError  code,
             const char     *qname,
             const char     *format,
             va_list         args)
{
  g_autofree char *problem = NULL;
  int line, column;

  if (reader->error != NULL)
    return;

  problem = g_strdup_vprintf (format, args);
  if (qname != NULL)
    attribute_position (reader, qname, &line, &column);
  else
    current_tag_position (reader, &line, &column);
  fail_at (reader, code, line, column, problem);
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
  va_list args;

  va_start (args, format);
  fail_valist (reader, code, NULL, format, args);
  va_end (args);
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

static const char *
attribute_prefix (const Attributes *attrs,
                  int               i)
{
  return (const char *) attrs->attributes[i * 5 + 1];
}

static const char *
attribute_uri (const Attributes *attrs,
               int               i)
{
  return (const char *) attrs->attributes[i * 5 + 2];
}

static void fail_attribute (Reader           *reader,
                            const Attributes *attrs,
                            int               i,
                            PolkuFileError    code,
                            const char       *format,
                            ...) G_GNUC_PRINTF (5, 6);

/* Reports a problem at the i-th attribute of the tag just read. */
static void
fail_attribute (Reader           *reader,
                const Attributes *attrs,
                int               i,
                PolkuFileError    code,
                const char       *format,
                ...)
{
  g_autofree char *qname = NULL;
  va_list args;

  qname = attribute_prefix (attrs, i) != NULL
          ? g_strconcat (attribute_prefix (attrs, i), ":", attribute_name (attrs, i), NULL)
          : g_strdup (attribute_name (attrs, i));
  va_start (args, format);
  fail_valist (reader, code, qname, format, args);
  va_end (args);
}

static char *
dup_unescaped (const char *begin,
               gsize       length)
{
  GString *value;

  if (memchr (begin, '&', length) == NULL)
    return g_strndup (begin, length);

  /* Without entity substitution libxml2 hands an ampersand in an attribute
   * over as "&#38;", and nothing else in that form: in namespace names too. */
  value = g_string_new_len (begin, length);
  g_string_replace (value, "&#38;", "&", 0);
  return g_string_free (value, FALSE);
}

static char *
attribute_dup_value (const Attributes *attrs,
                     int               i)
{
  const char *begin = (const char *) attrs->attributes[i * 5 + 3];
  const char *end = (const char *) attrs->attributes[i * 5 + 4];

  return dup_unescaped (begin, end - begin);
}

/* A namespace's name as the file means it; NULL for none. */
static char *
dup_namespace (const char *uri)
{
  return uri != NULL ? dup_unescaped (uri, strlen (uri)) : NULL;
}

/* Whether a value is longer than MAX_TEXT_LENGTH characters, judged before
 * it is copied. */
static gboolean
attribute_is_too_long (const Attributes *attrs,
                       int               i)
{
  const char *begin = (const char *) attrs->attributes[i * 5 + 3];
  const char *end = (const char *) attrs->attributes[i * 5 + 4];
  glong length;

  /* A character takes at most four bytes, or five as "&#38;". */
  if (end - begin <= MAX_TEXT_LENGTH)
    return FALSE;
  if (end - begin > 5 * MAX_TEXT_LENGTH)
    return TRUE;

  length = g_utf8_strlen (begin, end - begin);
  for (const char *p = begin; (p = memchr (p, '&', end - p)) != NULL; p++)
    length -= strlen ("&#38;") - 1;
  return length > MAX_TEXT_LENGTH;
}

/* Whether a value needs XML Schema's whitespace collapse to change. */
static gboolean
needs_collapse (const char *value)
{
  if (is_xml_space (value[0]))
    return TRUE;
  for (const char *p = value; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r' ||
        (*p == ' ' && (p[1] == ' ' || p[1] == '\0')))
      return TRUE;
  return FALSE;
}

/* The values a choice allows, for a message: "a, b, c". */
static char *
join_values (const char * const *values)
{
  return g_strjoinv (", ", (char **) values);
}

/* The index of a token among a choice's values, or -1. */
static int
index_of (const char         *value,
          gsize               length,
          const char * const *values)
{
  for (int i = 0; values[i] != NULL; i++)
    if (strncmp (values[i], value, length) == 0 && values[i][length] == '\0')
      return i;
  return -1;
}

/* Checks the i-th attribute's value against its datatype, and replaces it
 * with the form the model keeps: collapsed, and canonical for decimals. A
 * choice's number is what its value stands for (flags OR'ed for a list). */
static gboolean
check_value (Reader                   *reader,
             const Attributes         *attrs,
             int                       i,
             const char               *element,
             const PolkuAttributeRule *rule,
             char                    **value,
             int                      *number)
{
  const char *name = rule->name;
  const char *cursor, *item;
  gsize length;
  guint n_items = 0;
  int k;

  if (rule->type != POLKU_DATATYPE_STRING && needs_collapse (*value))
    {
      char *collapsed = polku_datatype_collapse (*value);

      g_free (*value);
      *value = collapsed;
    }

  switch (rule->type)
    {
    case POLKU_DATATYPE_STRING:
      return TRUE;

    case POLKU_DATATYPE_ID:
      if (polku_datatype_is_ncname (*value))
        return TRUE;
      fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                      _("“%s” is not a valid id for <%s>: an id starts with a letter or “_”, followed by letters, digits, “.”, “-” or “_”"),
                      quote (reader, *value), element);
      return FALSE;

    case POLKU_DATATYPE_CHOICE:
      k = index_of (*value, strlen (*value), rule->values);
      if (k >= 0)
        {
          *number = rule->numbers[k];
          return TRUE;
        }
      {
        g_autofree char *allowed = join_values (rule->values);

        fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                        /* Translators: e.g. the channel of <touchpoint> cannot be “fax”; use one of: phone, … */
                        _("the %s of <%s> cannot be “%s”; use one of: %s"),
                        name, element, quote (reader, *value), allowed);
      }
      return FALSE;

    case POLKU_DATATYPE_CHOICE_LIST:
      cursor = *value;
      *number = 0;
      while (polku_datatype_next_list_item (&cursor, &item, &length))
        {
          g_autofree char *allowed = NULL;
          g_autofree char *token = NULL;

          n_items++;
          k = index_of (item, length, rule->values);
          if (k >= 0)
            {
              *number |= rule->numbers[k];
              continue;
            }
          allowed = join_values (rule->values);
          token = g_strndup (item, length);
          fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                          /* Translators: e.g. the interaction of <touchpoint> cannot hold “robots”; use one or more of: staff, … */
                          _("the %s of <%s> cannot hold “%s”; use one or more of: %s"),
                          name, element, quote (reader, token), allowed);
          return FALSE;
        }
      if (n_items > 0)
        return TRUE;
      {
        g_autofree char *allowed = join_values (rule->values);

        fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                        /* Translators: e.g. the interaction of <touchpoint> is empty; … */
                        _("the %s of <%s> is empty; leave it out, or use one or more of: %s"),
                        name, element, allowed);
      }
      return FALSE;

    case POLKU_DATATYPE_DECIMAL:
      {
        char *canonical = polku_datatype_decimal_canonical (*value);

        if (canonical == NULL)
          {
            fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                            /* Translators: e.g. the score “four” of <touchpoint> is not a number … */
                            _("the %s “%s” of <%s> is not a number such as 4 or 3.5 (with at most 24 digits)"),
                            name, quote (reader, *value), element);
            return FALSE;
          }
        g_free (*value);
        *value = canonical;
        if (polku_datatype_decimal_compare (canonical, "0") >= 0 &&
            polku_datatype_decimal_compare (canonical, "10") <= 0)
          return TRUE;
        fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                        /* Translators: e.g. the score 12 of <touchpoint> is not from 0 to 10 */
                        _("the %s %s of <%s> is not from 0 to 10"),
                        name, quote (reader, canonical), element);
        return FALSE;
      }

    case POLKU_DATATYPE_DATE_TIME:
      if (polku_datatype_parse_date_time (*value, NULL))
        return TRUE;
      fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                      /* Translators: e.g. the created date “yesterday” of <journey> is not … */
                      _("the %s date “%s” of <%s> is not a date and time such as 2026-05-31T14:00:00Z or 2026-05-31T17:00:00+03:00"),
                      name, quote (reader, *value), element);
      return FALSE;

    case POLKU_DATATYPE_LANGUAGE:
      if (polku_datatype_is_language (*value))
        return TRUE;
      fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                      _("“%s” is not a language tag such as fi or en-GB"), quote (reader, *value));
      return FALSE;

    case POLKU_DATATYPE_IDREF:
      if (polku_datatype_is_ncname (*value))
        return TRUE;
      fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                      /* Translators: e.g. the touchpoint of <result> names an id … */
                      _("the %s of <%s> names an id, and “%s” is not one: an id starts with a letter or “_”, followed by letters, digits, “.”, “-” or “_”"),
                      name, element, quote (reader, *value));
      return FALSE;

    case POLKU_DATATYPE_DATE:
      if (polku_datatype_is_date (*value))
        return TRUE;
      fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                      /* Translators: e.g. the date “May” of <round> is not … */
                      _("the %s “%s” of <%s> is not a date such as 2026-05-31"),
                      name, quote (reader, *value), element);
      return FALSE;

    case POLKU_DATATYPE_UNSIGNED_INT:
      {
        guint32 parsed;

        if (polku_datatype_parse_unsigned_int (*value, strlen (*value), &parsed))
          return TRUE;
      }
      fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                      /* Translators: e.g. the answers “many” of <round> is not … */
                      _("the %s “%s” of <%s> is not a whole number from 0 to 4294967295"),
                      name, quote (reader, *value), element);
      return FALSE;

    case POLKU_DATATYPE_COUNTS:
      cursor = *value;
      while (polku_datatype_next_list_item (&cursor, &item, &length))
        {
          guint32 count;

          if (polku_datatype_parse_unsigned_int (item, length, &count))
            continue;
          fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                          _("the counts of <%s> must be whole numbers from 0 to 4294967295 separated by spaces, not “%s”"),
                          element, quote (reader, *value));
          return FALSE;
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* Reads an element's attributes by the format's table into values, in its
 * order, each checked against its datatype; NULL where an optional one is
 * absent. Sets numbers[j] to what a choice stands for, and where[j] to the
 * index of the attribute that gave values[j], for the messages of later
 * checks. Attributes of other namespaces are left for
 * keep_foreign_attributes() where the element may carry them. */
static gboolean
read_attributes (Reader           *reader,
                 const Attributes *attrs,
                 PolkuElement      element,
                 const char       *element_name,
                 char            **values,
                 int              *numbers,
                 int              *where)
{
  const PolkuAttributeRule *rules;
  guint n_rules;

  rules = _polku_format_get_attributes (element, &n_rules);
  for (guint j = 0; j < n_rules; j++)
    where[j] = -1;

  for (int i = 0; i < attrs->n_attributes; i++)
    {
      const char *name = attribute_name (attrs, i);
      const char *uri = attribute_uri (attrs, i);
      guint j;

      if (uri != NULL)
        {
          if (strcmp (uri, POLKU_NAMESPACE) == 0)
            {
              fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                              _("the attribute “%s” of <%s> is in the journey file’s namespace; Polku’s attributes have no prefix"),
                              quote (reader, name), element_name);
              return FALSE;
            }
          if (!_polku_format_is_extension_point (element))
            {
              fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                              _("<%s> cannot carry the attribute “%s” of another namespace; only <journey>, <step> and <touchpoint> can"),
                              element_name, quote (reader, name));
              return FALSE;
            }
          continue;
        }

      for (j = 0; j < n_rules && strcmp (rules[j].name, name) != 0; j++)
        ;
      if (j == n_rules)
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (guint k = 0; k < n_rules; k++)
            g_string_append_printf (known, k == 0 ? "%s" : ", %s", rules[k].name);
          if (n_rules == 0)
            fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                            _("unknown attribute “%s” on <%s>, which has no attributes"),
                            quote (reader, name), element_name);
          else
            fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_INVALID,
                            /* Translators: an attribute not allowed on an element of the file; then the ones allowed */
                            _("unknown attribute “%s” on <%s>; it may have: %s"),
                            quote (reader, name), element_name, known->str);
          return FALSE;
        }
      if (attribute_is_too_long (attrs, i))
        {
          fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_TOO_LARGE,
                          _("the “%s” attribute of <%s> is longer than %d characters"),
                          name, element_name, MAX_TEXT_LENGTH);
          return FALSE;
        }
      values[j] = attribute_dup_value (attrs, i);
      where[j] = i;
      if (!check_value (reader, attrs, i, element_name, &rules[j], &values[j], &numbers[j]))
        return FALSE;
    }

  for (guint j = 0; j < n_rules; j++)
    if (rules[j].required && values[j] == NULL)
      {
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> is missing its “%s” attribute"),
              element_name, rules[j].name);
        return FALSE;
      }

  return TRUE;
}

/* Keeps the attributes of other namespaces on the object an element
 * stands for. */
static void
keep_foreign_attributes (const Attributes *attrs,
                         GObject          *object)
{
  for (int i = 0; i < attrs->n_attributes; i++)
    {
      g_autofree char *uri = dup_namespace (attribute_uri (attrs, i));
      g_autofree char *value = NULL;

      if (uri == NULL)
        continue;
      value = attribute_dup_value (attrs, i);
      _polku_extensions_add_attribute (_polku_extensions_ensure (object), uri,
                                       attribute_prefix (attrs, i), attribute_name (attrs, i), value);
    }
}

static void
free_values (char   **values,
             guint    n)
{
  for (guint i = 0; i < n; i++)
    g_free (values[i]);
}

/* Checks that an id is unique in the file, and keeps it. */
static gboolean
claim_id (Reader           *reader,
          const Attributes *attrs,
          int               where,
          const char       *id)
{
  gpointer first;

  if (g_hash_table_lookup_extended (reader->ids, id, NULL, &first))
    {
      fail_attribute (reader, attrs, where, POLKU_FILE_ERROR_INVALID,
                      _("the id “%s” is used twice, first on line %u; each id must be unique in the file"),
                      quote (reader, id), GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert (reader->ids, g_strdup (id), GUINT_TO_POINTER (reader->ctxt->input->line));
  return TRUE;
}

/* A score must lie on the journey's scale, which the schema cannot say. */
static gboolean
check_score (Reader           *reader,
             const Attributes *attrs,
             int               where,
             const char       *score)
{
  static const char * const numbers[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10" };
  int min = polku_journey_get_scale_min (reader->journey);
  int max = polku_journey_get_scale_max (reader->journey);

  if (polku_datatype_decimal_compare (score, numbers[min]) >= 0 &&
      polku_datatype_decimal_compare (score, numbers[max]) <= 0)
    return TRUE;
  fail_attribute (reader, attrs, where, POLKU_FILE_ERROR_INVALID,
                  /* Translators: e.g. the score 7 is outside the journey's scale 1–5 */
                  _("the %s %s is outside the journey’s scale %d–%d"),
                  attribute_name (attrs, where), quote (reader, score), min, max);
  return FALSE;
}

static void
start_polku (Reader           *reader,
             const Attributes *attrs)
{
  char *values[POLKU_POLKU_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_POLKU_N_ATTRIBUTES] = { 0 };
  int where[POLKU_POLKU_N_ATTRIBUTES];

  /* A later version is a whole number other than 1, of any length: one too
   * large for an int is still one that a newer Polku wrote. */
  for (int i = 0; i < attrs->n_attributes; i++)
    if (attribute_uri (attrs, i) == NULL && strcmp (attribute_name (attrs, i), "format") == 0)
      {
        g_autofree char *value = attribute_dup_value (attrs, i);
        g_autofree char *version = polku_datatype_collapse (value);

        if (*version != '\0' && version[strspn (version, "0123456789")] == '\0' &&
            *version != '0' && strcmp (version, "1") != 0)
          {
            fail_attribute (reader, attrs, i, POLKU_FILE_ERROR_NEWER,
                            _("the file is in format version %s, written by a newer Polku; this version reads format %d. Update Polku to open it."),
                            quote (reader, version), POLKU_FORMAT_VERSION);
            return;
          }
      }

  if (read_attributes (reader, attrs, POLKU_ELEMENT_POLKU, "polku", values, numbers, where))
    reader->document = polku_document_new ();
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_journey (Reader           *reader,
               const Attributes *attrs)
{
  char *values[POLKU_JOURNEY_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_JOURNEY_N_ATTRIBUTES] = { 0 };
  int where[POLKU_JOURNEY_N_ATTRIBUTES];
  g_autoptr(PolkuJourney) journey = NULL;
  PolkuLane hidden = 0;

  if (!read_attributes (reader, attrs, POLKU_ELEMENT_JOURNEY, "journey", values, numbers, where) ||
      !claim_id (reader, attrs, where[POLKU_JOURNEY_ID], values[POLKU_JOURNEY_ID]))
    goto out;

  hidden = numbers[POLKU_JOURNEY_HIDDEN_LANES];

  g_hash_table_remove_all (reader->journey_touchpoints);
  journey = polku_journey_new (values[POLKU_JOURNEY_ID]);
  polku_journey_set_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE, values[POLKU_JOURNEY_LANGUAGE]);
  if (values[POLKU_JOURNEY_CREATED] != NULL)
    _polku_journey_set_date_text (journey, POLKU_JOURNEY_DATE_CREATED, values[POLKU_JOURNEY_CREATED]);
  if (values[POLKU_JOURNEY_MODIFIED] != NULL)
    _polku_journey_set_date_text (journey, POLKU_JOURNEY_DATE_MODIFIED, values[POLKU_JOURNEY_MODIFIED]);
  polku_journey_set_lanes (journey, POLKU_ALL_LANES & ~hidden);
  keep_foreign_attributes (attrs, G_OBJECT (journey));
  polku_document_append_journey (reader->document, journey);
  reader->journey = journey;
  reader->stack[reader->depth - 1].object = G_OBJECT (journey);

out:
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_scale (Reader           *reader,
             const Attributes *attrs)
{
  char *values[POLKU_SCALE_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_SCALE_N_ATTRIBUTES] = { 0 };
  int where[POLKU_SCALE_N_ATTRIBUTES];
  int min, max;

  if (!read_attributes (reader, attrs, POLKU_ELEMENT_SCALE, "scale", values, numbers, where))
    goto out;

  min = numbers[POLKU_SCALE_MIN];
  max = numbers[POLKU_SCALE_MAX];
  if (!polku_scale_is_supported (min, max))
    {
      fail_attribute (reader, attrs, where[POLKU_SCALE_MIN], POLKU_FILE_ERROR_INVALID,
                      _("the satisfaction scale %d–%d is not supported; use 1–5, 1–7, 1–10 or 0–10"),
                      min, max);
      goto out;
    }

  polku_journey_set_scale (reader->journey, min, max);
  polku_journey_set_field (reader->journey, POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL, values[POLKU_SCALE_MIN_LABEL]);
  polku_journey_set_field (reader->journey, POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL, values[POLKU_SCALE_MAX_LABEL]);

out:
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_phase (Reader           *reader,
             const Attributes *attrs,
             guint             position)
{
  char *values[POLKU_PHASE_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_PHASE_N_ATTRIBUTES] = { 0 };
  int where[POLKU_PHASE_N_ATTRIBUTES];
  PolkuPhaseKind kind;

  if (!read_attributes (reader, attrs, POLKU_ELEMENT_PHASE, "phase", values, numbers, where))
    goto out;

  kind = numbers[POLKU_PHASE_KIND];
  if (kind > position)
    fail_attribute (reader, attrs, where[POLKU_PHASE_KIND], POLKU_FILE_ERROR_INVALID,
                    /* Translators: e.g. <journey> lacks the phase “purchase” before “post-purchase” */
                    _("<journey> lacks the phase “%s” before “%s”; a journey holds the phases pre-purchase, purchase and post-purchase, in that order"),
                    polku_phase_kind_to_string (position), values[POLKU_PHASE_KIND]);
  else if (kind < position)
    fail_attribute (reader, attrs, where[POLKU_PHASE_KIND], POLKU_FILE_ERROR_INVALID,
                    _("the phase “%s” is out of order or repeated: phase %u must be “%s”"),
                    values[POLKU_PHASE_KIND], position + 1, polku_phase_kind_to_string (position));
  else
    reader->phase = polku_journey_get_phase (reader->journey, kind);

out:
  free_values (values, G_N_ELEMENTS (values));
}

static void
start_step (Reader           *reader,
            const Attributes *attrs)
{
  char *values[POLKU_STEP_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_STEP_N_ATTRIBUTES] = { 0 };
  int where[POLKU_STEP_N_ATTRIBUTES];

  if (read_attributes (reader, attrs, POLKU_ELEMENT_STEP, "step", values, numbers, where) &&
      claim_id (reader, attrs, where[POLKU_STEP_ID], values[POLKU_STEP_ID]))
    {
      g_autoptr(PolkuStep) step = polku_step_new (values[POLKU_STEP_ID], NULL);

      polku_step_set_gate (step, numbers[POLKU_STEP_GATE]);
      keep_foreign_attributes (attrs, G_OBJECT (step));
      polku_phase_append_step (reader->phase, step);
      reader->step = step;
      reader->stack[reader->depth - 1].object = G_OBJECT (step);
    }

  free_values (values, G_N_ELEMENTS (values));
}

static void
start_touchpoint (Reader           *reader,
                  const Attributes *attrs)
{
  char *values[POLKU_TOUCHPOINT_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_TOUCHPOINT_N_ATTRIBUTES] = { 0 };
  int where[POLKU_TOUCHPOINT_N_ATTRIBUTES];
  g_autoptr(PolkuTouchpoint) touchpoint = NULL;

  if (!read_attributes (reader, attrs, POLKU_ELEMENT_TOUCHPOINT, "touchpoint", values, numbers, where) ||
      !claim_id (reader, attrs, where[POLKU_TOUCHPOINT_ID], values[POLKU_TOUCHPOINT_ID]) ||
      (values[POLKU_TOUCHPOINT_SCORE] != NULL &&
       !check_score (reader, attrs, where[POLKU_TOUCHPOINT_SCORE], values[POLKU_TOUCHPOINT_SCORE])) ||
      (values[POLKU_TOUCHPOINT_TARGET] != NULL &&
       !check_score (reader, attrs, where[POLKU_TOUCHPOINT_TARGET], values[POLKU_TOUCHPOINT_TARGET])))
    goto out;

  /* Absent choices stand for 0: no channel set yet, no interaction, no
   * Kano category or frequency (their "none"), not standardised. */
  touchpoint = polku_touchpoint_new (values[POLKU_TOUCHPOINT_ID], NULL);
  polku_touchpoint_set_channel (touchpoint, numbers[POLKU_TOUCHPOINT_CHANNEL]);
  polku_touchpoint_set_criticality (touchpoint, numbers[POLKU_TOUCHPOINT_CRITICALITY]);
  polku_touchpoint_set_role (touchpoint, numbers[POLKU_TOUCHPOINT_ROLE]);
  polku_touchpoint_set_interaction (touchpoint, numbers[POLKU_TOUCHPOINT_INTERACTION]);
  polku_touchpoint_set_kano (touchpoint, numbers[POLKU_TOUCHPOINT_KANO]);
  polku_touchpoint_set_frequency (touchpoint, numbers[POLKU_TOUCHPOINT_FREQUENCY]);
  polku_touchpoint_set_standardised (touchpoint, numbers[POLKU_TOUCHPOINT_STANDARDISED]);
  if (values[POLKU_TOUCHPOINT_SCORE] != NULL)
    _polku_touchpoint_set_score_digits (touchpoint, POLKU_SCORE_KIND_SCORE, values[POLKU_TOUCHPOINT_SCORE]);
  if (values[POLKU_TOUCHPOINT_TARGET] != NULL)
    _polku_touchpoint_set_score_digits (touchpoint, POLKU_SCORE_KIND_TARGET, values[POLKU_TOUCHPOINT_TARGET]);
  keep_foreign_attributes (attrs, G_OBJECT (touchpoint));
  g_hash_table_add (reader->journey_touchpoints, g_strdup (values[POLKU_TOUCHPOINT_ID]));
  polku_step_append_touchpoint (reader->step, touchpoint);
  reader->touchpoint = touchpoint;
  reader->stack[reader->depth - 1].object = G_OBJECT (touchpoint);

out:
  free_values (values, G_N_ELEMENTS (values));
}


/* Reads a list of counts, checked by its datatype, and checks that it holds
 * one count per answer value of a survey, which the schema cannot say. */
static gboolean
read_counts (Reader           *reader,
             const Attributes *attrs,
             int               where,
             const char       *element,
             PolkuSurvey       survey,
             const char       *value,
             guint32           counts[64],
             guint            *n)
{
  guint expected = polku_metrics_survey_size (reader->journey, survey);
  const char *cursor = value, *item;
  gsize length;

  *n = 0;
  while (polku_datatype_next_list_item (&cursor, &item, &length))
    {
      if (*n < 64)
        polku_datatype_parse_unsigned_int (item, length, &counts[*n]);
      (*n)++;
    }
  if (*n == expected)
    return TRUE;
  if (strcmp (element, polku_survey_get_name (survey)) == 0)
    fail_attribute (reader, attrs, where, POLKU_FILE_ERROR_INVALID,
                    _("<%s> must hold %u counts, one for each answer value, but holds %u"),
                    element, expected, *n);
  else
    fail_attribute (reader, attrs, where, POLKU_FILE_ERROR_INVALID,
                    /* Translators: e.g. the nps of <result> must hold 11 counts … */
                    _("the %s of <%s> must hold %u counts, one for each answer value, but holds %u"),
                    polku_survey_get_name (survey), element, expected, *n);
  return FALSE;
}

static void
start_counts (Reader               *reader,
              const Attributes     *attrs,
              const PolkuChildRule *rule)
{
  char *values[POLKU_COUNTS_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_COUNTS_N_ATTRIBUTES] = { 0 };
  int where[POLKU_COUNTS_N_ATTRIBUTES];
  guint32 counts[64];
  guint n;

  /* The datatype has checked every count; how many there must be is the
   * journey's scale's. */
  if (read_attributes (reader, attrs, POLKU_ELEMENT_COUNTS, rule->name, values, numbers, where) &&
      read_counts (reader, attrs, where[POLKU_COUNTS_COUNTS], rule->name, rule->field,
                   values[POLKU_COUNTS_COUNTS], counts, &n))
    polku_touchpoint_set_counts (reader->touchpoint, rule->field, counts, n);

  free_values (values, G_N_ELEMENTS (values));
}

static void
start_round (Reader           *reader,
             const Attributes *attrs)
{
  char *values[POLKU_ROUND_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_ROUND_N_ATTRIBUTES] = { 0 };
  int where[POLKU_ROUND_N_ATTRIBUTES];

  if (read_attributes (reader, attrs, POLKU_ELEMENT_ROUND, "round", values, numbers, where) &&
      claim_id (reader, attrs, where[POLKU_ROUND_ID], values[POLKU_ROUND_ID]))
    {
      g_autoptr(PolkuRound) round = NULL;
      guint32 answers = 0;

      polku_datatype_parse_unsigned_int (values[POLKU_ROUND_ANSWERS],
                                         strlen (values[POLKU_ROUND_ANSWERS]), &answers);
      round = polku_round_new (values[POLKU_ROUND_ID], values[POLKU_ROUND_DATE],
                               values[POLKU_ROUND_SOURCE], answers);
      polku_journey_append_round (reader->journey, round);
      reader->round = round;
    }

  free_values (values, G_N_ELEMENTS (values));
}

/* A touchpoint's counts in a round: the touchpoint must be one of the
 * journey's, measured once in the round, which the schema cannot say. */
static void
start_result (Reader           *reader,
              const Attributes *attrs)
{
  char *values[POLKU_RESULT_N_ATTRIBUTES] = { NULL };
  int numbers[POLKU_RESULT_N_ATTRIBUTES] = { 0 };
  int where[POLKU_RESULT_N_ATTRIBUTES];
  const char *touchpoint;
  guint n_results;

  if (!read_attributes (reader, attrs, POLKU_ELEMENT_RESULT, "result", values, numbers, where))
    goto out;

  touchpoint = values[POLKU_RESULT_TOUCHPOINT];
  if (!g_hash_table_contains (reader->journey_touchpoints, touchpoint))
    {
      fail_attribute (reader, attrs, where[POLKU_RESULT_TOUCHPOINT], POLKU_FILE_ERROR_INVALID,
                      _("the round “%s” names the touchpoint “%s”, which its journey does not have"),
                      polku_round_get_id (reader->round), quote (reader, touchpoint));
      goto out;
    }
  n_results = polku_round_get_n_results (reader->round);
  polku_round_add_result (reader->round, touchpoint);
  if (polku_round_get_n_results (reader->round) == n_results)
    {
      fail_attribute (reader, attrs, where[POLKU_RESULT_TOUCHPOINT], POLKU_FILE_ERROR_INVALID,
                      _("the round “%s” names the touchpoint “%s” twice; a round holds one result for each touchpoint"),
                      polku_round_get_id (reader->round), quote (reader, touchpoint));
      goto out;
    }

  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    {
      guint32 counts[64];
      guint n;

      if (values[POLKU_RESULT_FIRST_COUNTS + s] == NULL)
        continue;
      if (!read_counts (reader, attrs, where[POLKU_RESULT_FIRST_COUNTS + s], "result", s,
                        values[POLKU_RESULT_FIRST_COUNTS + s], counts, &n))
        goto out;
      polku_round_set_counts (reader->round, touchpoint, s, counts, n);
    }

out:
  free_values (values, G_N_ELEMENTS (values));
}

/* Finds the rule that admits a child named name under the frame, moving
 * past rules whose minimum is met; NULL when no rule admits it here. */
static const PolkuChildRule *
admit_child (Reader     *reader,
             Frame      *frame,
             const char *name)
{
  for (guint i = frame->rule; i < reader->n_rules; i++)
    {
      const PolkuChildRule *rule = &reader->rules[i];
      guint count = (i == frame->rule) ? frame->count : 0;

      if (rule->parent != frame->element)
        continue;

      if (strcmp (rule->name, name) == 0 && count < rule->max)
        {
          frame->rule = i;
          frame->count = count + 1;
          return rule;
        }
      if (count < rule->min)
        return NULL;
    }
  return NULL;
}

/* The first child the frame still lacks, or NULL when it lacks none. */
static const PolkuChildRule *
missing_child (Reader      *reader,
               const Frame *frame)
{
  for (guint i = frame->rule; i < reader->n_rules; i++)
    {
      const PolkuChildRule *rule = &reader->rules[i];
      guint count = (i == frame->rule) ? frame->count : 0;

      if (rule->parent == frame->element && count < rule->min)
        return rule;
    }
  return NULL;
}

static gboolean
is_known_child (Reader       *reader,
                PolkuElement  parent,
                const char   *name)
{
  for (guint i = 0; i < reader->n_rules; i++)
    if (reader->rules[i].parent == parent && strcmp (reader->rules[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

/* What may come next in the frame: "<a>, <b>, or the end of <c>". */
static char *
describe_expected (Reader      *reader,
                   const Frame *frame)
{
  g_autoptr(GString) names = g_string_new (NULL);
  gboolean may_end = TRUE;
  guint listed = 0;

  for (guint i = frame->rule; i < reader->n_rules; i++)
    {
      const PolkuChildRule *rule = &reader->rules[i];
      guint count = (i == frame->rule) ? frame->count : 0;

      if (rule->parent != frame->element || count >= rule->max)
        continue;
      if (listed == MAX_EXPECTED_LISTED)
        g_string_append (names, ", …");
      else if (listed < MAX_EXPECTED_LISTED)
        g_string_append_printf (names, listed == 0 ? "<%s>" : ", <%s>", rule->name);
      listed++;
      if (count < rule->min)
        {
          may_end = FALSE;
          break;
        }
    }

  if (!may_end)
    return g_string_free (g_steal_pointer (&names), FALSE);
  if (listed == 0)
    /* Translators: what may come next in an element: nothing more */
    return g_strdup_printf (_("the end of <%s>"), frame_name (frame));
  /* Translators: what may come next in an element: "<a>, <b>, or the end of <c>" */
  return g_strdup_printf (_("%s, or the end of <%s>"), names->str, frame_name (frame));
}

static void
refuse_child (Reader      *reader,
              const Frame *parent,
              const char  *name)
{
  const PolkuChildRule *missing = missing_child (reader, parent);
  g_autofree char *expected = NULL;

  if (parent->element == POLKU_ELEMENT_START)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("this is not a Polku journey file: the root element is <%s>, not <polku>"),
            quote (reader, name));
      return;
    }

  expected = describe_expected (reader, parent);
  if (parent->element == POLKU_ELEMENT_JOURNEY && missing != NULL &&
      missing->child == POLKU_ELEMENT_PHASE && missing->max > 1)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("<journey> lacks the phase “%s” before <%s>; a journey holds the phases pre-purchase, purchase and post-purchase, in that order"),
          polku_phase_kind_to_string (&reader->rules[parent->rule] == missing ? parent->count : 0),
          quote (reader, name));
  else if (is_known_child (reader, parent->element, name) && missing != NULL)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("<%s> must come after <%s> in <%s>"),
          name, missing->name, frame_name (parent));
  else if (is_known_child (reader, parent->element, name))
    fail (reader, POLKU_FILE_ERROR_INVALID,
          /* Translators: e.g. <name> is out of place or repeated in <step>; expected <doing>, … */
          _("<%s> is out of place or repeated in <%s>; expected %s"),
          name, frame_name (parent), expected);
  else
    fail (reader, POLKU_FILE_ERROR_INVALID,
          /* Translators: e.g. unexpected element <colour> in <step>; expected <doing>, … */
          _("unexpected element <%s> in <%s>; expected %s"),
          quote (reader, name), frame_name (parent), expected);
}

/* Starts keeping an element of another namespace, or its descendants. */
static void
keep_foreign_start (Reader           *reader,
                    const char       *prefix,
                    const char       *name,
                    const char       *uri,
                    const Attributes *attrs)
{
  const char *prefixes[attrs->n_attributes + 1];
  const char *names[attrs->n_attributes + 1];
  char *uris[attrs->n_attributes + 1];
  char *values[attrs->n_attributes + 1];
  g_autofree char *element_uri = dup_namespace (uri);

  if (reader->foreign == NULL)
    reader->foreign = _polku_foreign_writer_new ();

  for (int i = 0; i < attrs->n_attributes; i++)
    {
      prefixes[i] = attribute_prefix (attrs, i);
      names[i] = attribute_name (attrs, i);
      uris[i] = dup_namespace (attribute_uri (attrs, i));
      values[i] = attribute_dup_value (attrs, i);
    }
  _polku_foreign_writer_start (reader->foreign, prefix, name, element_uri, attrs->n_attributes,
                               prefixes, names, (const char * const *) uris, (const char * const *) values);
  free_values (uris, attrs->n_attributes);
  free_values (values, attrs->n_attributes);
  reader->foreign_depth++;
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
  const PolkuChildRule *rule;

  if (reader->error != NULL)
    return;

  if (reader->foreign_depth > 0)
    {
      keep_foreign_start (reader, (const char *) prefix, name, (const char *) uri, &attrs);
      return;
    }

  if (uri == NULL || strcmp ((const char *) uri, POLKU_NAMESPACE) != 0)
    {
      if (parent->element == POLKU_ELEMENT_START)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("this is not a Polku journey file: its root element <%s> is not in the namespace %s"),
              quote (reader, name), POLKU_NAMESPACE);
      else if (uri == NULL)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("the element <%s> in <%s> is in no namespace; journey files’ elements are in %s, other tools’ in namespaces of their own"),
              quote (reader, name), frame_name (parent), POLKU_NAMESPACE);
      else if (!_polku_format_is_extension_point (parent->element) || parent->object == NULL)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> cannot hold the element <%s> of another namespace; only <journey>, <step> and <touchpoint> can"),
              frame_name (parent), quote (reader, name));
      else
        keep_foreign_start (reader, (const char *) prefix, name, (const char *) uri, &attrs);
      return;
    }

  if (parent->element == POLKU_ELEMENT_RESULT)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("<%s> holds no elements, not even <%s>; its counts are its attributes"),
            frame_name (parent), quote (reader, name));
      return;
    }
  if (parent->element == POLKU_ELEMENT_TEXT || parent->element == POLKU_ELEMENT_COUNTS)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("<%s> holds only text, not the element <%s>"),
            frame_name (parent), quote (reader, name));
      return;
    }

  rule = admit_child (reader, parent, name);
  if (rule == NULL)
    {
      refuse_child (reader, parent, name);
      return;
    }

  /* Nesting is bounded by the rules; this only guards the stack. */
  g_assert (reader->depth < POLKU_FORMAT_MAX_DEPTH);
  reader->stack[reader->depth++] = (Frame) { rule->child, rule, 0, 0, NULL };

  switch (rule->child)
    {
    case POLKU_ELEMENT_POLKU:
      start_polku (reader, &attrs);
      break;
    case POLKU_ELEMENT_JOURNEY:
      start_journey (reader, &attrs);
      break;
    case POLKU_ELEMENT_SCALE:
      start_scale (reader, &attrs);
      break;
    case POLKU_ELEMENT_PHASE:
      start_phase (reader, &attrs, parent->count - 1);
      break;
    case POLKU_ELEMENT_STEP:
      start_step (reader, &attrs);
      break;
    case POLKU_ELEMENT_TOUCHPOINT:
      start_touchpoint (reader, &attrs);
      break;
    case POLKU_ELEMENT_COUNTS:
      start_counts (reader, &attrs, rule);
      break;
    case POLKU_ELEMENT_ROUND:
      start_round (reader, &attrs);
      break;
    case POLKU_ELEMENT_RESULT:
      start_result (reader, &attrs);
      break;
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_TEXT:
      if (n_attributes > 0)
        fail_attribute (reader, &attrs, 0, POLKU_FILE_ERROR_INVALID,
                        _("unknown attribute “%s” on <%s>, which has no attributes"),
                        quote (reader, (const char *) attributes[0]), name);
      g_string_truncate (reader->text, 0);
      break;
    case POLKU_ELEMENT_START:
    default:
      g_assert_not_reached ();
    }
}

/* The object whose text fields the children of an element set. */
static GObject *
text_owner (Reader       *reader,
            PolkuElement  parent)
{
  switch (parent)
    {
    case POLKU_ELEMENT_JOURNEY:
    case POLKU_ELEMENT_SEGMENT:
      return G_OBJECT (reader->journey);
    case POLKU_ELEMENT_PHASE:
      return G_OBJECT (reader->phase);
    case POLKU_ELEMENT_STEP:
      return G_OBJECT (reader->step);
    case POLKU_ELEMENT_TOUCHPOINT:
      return G_OBJECT (reader->touchpoint);
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

static void
end_text (Reader      *reader,
          const Frame *frame)
{
  const char *text = reader->text->str;

  if (reader->text->len > MAX_TEXT_LENGTH &&
      g_utf8_strlen (text, -1) > MAX_TEXT_LENGTH)
    {
      fail (reader, POLKU_FILE_ERROR_TOO_LARGE,
            _("the text of <%s> is longer than %d characters"),
            frame_name (frame), MAX_TEXT_LENGTH);
      return;
    }

  _polku_format_set_text (frame->self, text_owner (reader, frame->self->parent), text);
}

static void
on_end_element (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Reader *reader = user_data;
  const PolkuChildRule *missing;
  Frame *frame;

  if (reader->error != NULL)
    return;

  frame = &reader->stack[reader->depth - 1];
  if (reader->foreign_depth > 0)
    {
      /* The whole element is kept, after the known children read so far. */
      reader->foreign_depth--;
      if (_polku_foreign_writer_end (reader->foreign))
        _polku_extensions_add_element (_polku_extensions_ensure (frame->object),
                                       frame->rule, frame->count,
                                       _polku_foreign_writer_steal (reader->foreign));
      return;
    }

  missing = missing_child (reader, frame);
  if (missing != NULL)
    {
      if (frame->element == POLKU_ELEMENT_JOURNEY && missing->child == POLKU_ELEMENT_PHASE)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<journey> lacks the phase “%s”; a journey holds the phases pre-purchase, purchase and post-purchase, in that order"),
              polku_phase_kind_to_string (&reader->rules[frame->rule] == missing ? frame->count : 0));
      else
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> is missing <%s>"), frame_name (frame), missing->name);
      return;
    }

  switch (frame->element)
    {
    case POLKU_ELEMENT_TEXT:
      end_text (reader, frame);
      break;
    case POLKU_ELEMENT_TOUCHPOINT:
      reader->touchpoint = NULL;
      break;
    case POLKU_ELEMENT_STEP:
      reader->step = NULL;
      break;
    case POLKU_ELEMENT_PHASE:
      reader->phase = NULL;
      break;
    case POLKU_ELEMENT_JOURNEY:
      reader->journey = NULL;
      break;
    case POLKU_ELEMENT_ROUND:
      reader->round = NULL;
      break;
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_POLKU:
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_SCALE:
    case POLKU_ELEMENT_COUNTS:
    case POLKU_ELEMENT_RESULT:
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
  const Frame *frame;

  if (reader->error != NULL)
    return;

  if (reader->foreign_depth > 0)
    {
      _polku_foreign_writer_text (reader->foreign, (const char *) chars, len);
      return;
    }

  frame = &reader->stack[reader->depth - 1];
  if (frame->element == POLKU_ELEMENT_TEXT)
    {
      g_string_append_len (reader->text, (const char *) chars, len);
      return;
    }

  for (int i = 0; i < len; i++)
    if (!is_xml_space (chars[i]))
      {
        if (frame->element == POLKU_ELEMENT_START)
          fail (reader, POLKU_FILE_ERROR_MALFORMED,
                _("text outside the root element"));
        else
          fail (reader, POLKU_FILE_ERROR_INVALID,
                _("unexpected text in <%s>; text belongs in elements such as <name>"),
                frame_name (frame));
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

/* What is wrong, in the reader's words where libxml2's would mislead: its
 * push parser reports a file that ends early as "Extra content at the end
 * of the document", and one that does not begin with "<" as "Document is
 * empty". */
static char *
describe_parser_error (Reader      *reader,
                       xmlErrorPtr  xml_error)
{
  const char *message = xml_error->message ? xml_error->message : "";
  g_autofree char *excerpt = NULL;

  if (xml_error->code == XML_ERR_DOCUMENT_EMPTY)
    return g_strdup (_("this is not XML: a journey file starts with “<?xml” or “<polku”"));
  if (xml_error->code == XML_ERR_DOCUMENT_END && reader->depth > 1)
    return g_strdup_printf (_("the file ends inside <%s>; it may have been cut short"),
                            frame_name (&reader->stack[reader->depth - 1]));
  /* Only a declaration, comments or processing instructions. */
  if (xml_error->code == XML_ERR_DOCUMENT_END && reader->stack[0].count == 0)
    return g_strdup (_("the file holds no element; a journey file holds a <polku> element"));

  excerpt = g_strchomp (_polku_reader_excerpt (message, -1, MAX_PARSER_MESSAGE_LENGTH));
  /* Translators: the rest is libxml2's own description, in English */
  return g_strdup_printf (_("not well-formed XML: %s"), excerpt);
}

static void
on_structured_error (void        *user_data,
                     xmlErrorPtr  xml_error)
{
  Reader *reader = user_data;
  g_autofree char *problem = NULL;

  if (xml_error->level < XML_ERR_ERROR || reader->error != NULL)
    return;

  problem = describe_parser_error (reader, xml_error);
  fail_at (reader,
           xml_error->code == XML_ERR_UNDECLARED_ENTITY ? POLKU_FILE_ERROR_FORBIDDEN
                                                        : POLKU_FILE_ERROR_MALFORMED,
           xml_error->line, xml_error->int2, problem);
}

static void
ignore_generic_error (void       *user_data,
                      const char *format,
                      ...)
{
}

static void
reader_clear (Reader *reader)
{
  g_clear_error (&reader->error);
  g_clear_pointer (&reader->ids, g_hash_table_unref);
  g_clear_pointer (&reader->journey_touchpoints, g_hash_table_unref);
  g_clear_pointer (&reader->quotes, g_ptr_array_unref);
  g_clear_pointer (&reader->foreign, _polku_foreign_writer_free);
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
                     guint64      size,
                     guint64      max_size)
{
  g_autofree char *actual = g_format_size (size);
  g_autofree char *limit = g_format_size (max_size);

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
  return polku_reader_load_bytes_with_limit (bytes, display_name, POLKU_FILE_MAX_SIZE, error);
}

PolkuDocument *
polku_reader_load_bytes_with_limit (GBytes      *bytes,
                                    const char  *display_name,
                                    gsize        max_size,
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

  if (size > max_size)
    {
      set_too_large_error (error, display_name, size, max_size);
      return NULL;
    }
  if (!_polku_reader_check_utf8 (data, size, display_name, error))
    return NULL;

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
  reader.journey_touchpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.rules = _polku_format_get_rules (&reader.n_rules);
  reader.stack[0] = (Frame) { POLKU_ELEMENT_START, NULL, 0, 0, NULL };
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

  /* Problems reach the user through the structured handler; libxml2's own
   * printing to standard error (of encoding errors, say) stays quiet. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  for (gsize offset = 0; reader.error == NULL; offset += PARSE_CHUNK_SIZE)
    {
      gsize n = MIN (PARSE_CHUNK_SIZE, size - offset);
      gboolean last = offset + n == size;

      xmlParseChunk (reader.ctxt, data + offset, (int) n, last);
      if (last)
        break;
    }
  xmlSetGenericErrorFunc (NULL, NULL);

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
      set_too_large_error (error, name, g_file_info_get_size (info), POLKU_FILE_MAX_SIZE);
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return polku_reader_load_bytes (bytes, name, error);
}
