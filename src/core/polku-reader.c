/* polku-reader.c: reading journey files into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader streams the file through libxml2's SAX2 interface and builds
 * the model as it goes, checking structure and values on the way against
 * the format's table of elements: no tree is built, memory stays
 * proportional to the model, and every problem is reported with the line and
 * column where it stands. Network access, DTDs and entities are refused.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "polku-document.h"
#include "polku-enums.h"
#include "polku-error.h"
#include "polku-format-private.h"
#include "polku-metrics.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-reader.h"
#include "polku-reader-private.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

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

typedef struct
{
  PolkuElement          element;
  const PolkuChildRule *self;    /* the rule that admitted this element */
  guint                 rule;    /* index of the rule of the last child seen */
  guint                 count;   /* how many children of that rule so far */
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
  GHashTable       *ids;
  GPtrArray        *quotes;

  PolkuDocument    *document;
  PolkuJourney     *journey;
  PolkuPhase       *phase;
  PolkuStep        *step;
  PolkuTouchpoint  *touchpoint;
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
  char *excerpt = _polku_reader_excerpt (value, strnlen (value, 4 * POLKU_READER_QUOTE_LENGTH + 1),
                                         POLKU_READER_QUOTE_LENGTH);

  if (reader->quotes == NULL)
    reader->quotes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reader->quotes, excerpt);
  return excerpt;
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
  const char *begin = (const char *) attrs->attributes[i * 5 + 3];
  const char *end = (const char *) attrs->attributes[i * 5 + 4];
  GString *value;

  if (memchr (begin, '&', end - begin) == NULL)
    return g_strndup (begin, end - begin);

  /* Without entity substitution libxml2 hands an ampersand in an attribute
   * over as "&#38;", and nothing else in that form. */
  value = g_string_new_len (begin, end - begin);
  g_string_replace (value, "&#38;", "&", 0);
  return g_string_free (value, FALSE);
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

/* Looks up the attributes an element may have, in the order of names; a
 * missing required attribute, an unknown one or one too long is an error.
 * Values come back newly allocated, NULL where an optional attribute is
 * absent. */
static gboolean
take_attributes (Reader           *reader,
                 const Attributes *attrs,
                 const char       *element,
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
            if (attribute_is_too_long (attrs, i))
              {
                fail (reader, POLKU_FILE_ERROR_TOO_LARGE,
                      _("the “%s” attribute of <%s> is longer than %d characters"),
                      name, element, MAX_TEXT_LENGTH);
                return FALSE;
              }
            values[j] = attribute_dup_value (attrs, i);
            known = TRUE;
            break;
          }

      if (!known)
        {
          fail (reader, POLKU_FILE_ERROR_INVALID,
                /* Translators: an attribute not allowed on an element of the file */
                _("unknown attribute “%s” on <%s>"),
                quote (reader, name), element);
          return FALSE;
        }
    }

  for (guint j = 0; j < n_required; j++)
    if (values[j] == NULL)
      {
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<%s> is missing its “%s” attribute"),
              element, names[j]);
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
          const char *element,
          const char *id)
{
  if (!is_valid_id (id))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a valid id for <%s>: use letters, digits, “-” and “_”, starting with a letter"),
            quote (reader, id), element);
      return FALSE;
    }
  if (!g_hash_table_add (reader->ids, g_strdup (id)))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("the id “%s” is used twice; each id must be unique in the file"), quote (reader, id));
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
            attribute, quote (reader, str));
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
  const char *version, *digits;

  if (!take_attributes (reader, attrs, "polku", names, 1, values))
    goto out;

  /* A whole number of any length: a version too large for an int is still
   * one that a newer Polku wrote. Leading zeros do not count. */
  version = values[0];
  digits = version + strspn (version, "0");
  if (*version == '\0' || version[strspn (version, "0123456789")] != '\0' || *digits == '\0')
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("“%s” is not a format version; it must be a whole number such as 1"),
          quote (reader, version));
  else if (strlen (digits) > 9 || atoi (digits) > POLKU_FORMAT_VERSION)
    fail (reader, POLKU_FILE_ERROR_NEWER,
          _("the file is in format version %s, written by a newer Polku; this version reads format %d. Update Polku to open it."),
          quote (reader, digits), POLKU_FORMAT_VERSION);
  else
    reader->document = polku_document_new ();

out:
  free_values (values, G_N_ELEMENTS (values));
}

/* Parses a token with a table's from_string function, or says what is wrong. */
#define PARSE_TOKEN(reader, from_string, str, out, ...)                        \
  (from_string (str, out) ? TRUE                                               \
                          : (fail (reader, POLKU_FILE_ERROR_INVALID, __VA_ARGS__), FALSE))

/* A point in time in ISO 8601, kept in UTC. */
static gboolean
parse_date (Reader      *reader,
            const char  *attribute,
            const char  *str,
            GDateTime  **date)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (str, utc);

  if (parsed == NULL)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            /* Translators: e.g. the created date “yesterday” of <journey> is not … */
            _("the %s date “%s” of <journey> is not a date and time such as 2026-05-31T14:00:00Z"),
            attribute, quote (reader, str));
      return FALSE;
    }
  *date = g_date_time_to_utc (parsed);
  return TRUE;
}

enum { J_ID, J_LANGUAGE, J_CREATED, J_MODIFIED, J_HIDDEN_LANES, N_J_ATTRIBUTES };

static void
start_journey (Reader           *reader,
               const Attributes *attrs)
{
  static const char * const names[] = { "id", "language", "created", "modified", "hidden-lanes", NULL };
  char *values[N_J_ATTRIBUTES] = { NULL };
  g_autoptr(PolkuJourney) journey = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  PolkuLane hidden = 0;

  if (!take_attributes (reader, attrs, "journey", names, 1, values) ||
      !claim_id (reader, "journey", values[J_ID]))
    goto out;

  if (values[J_LANGUAGE] != NULL && !polku_language_tag_is_valid (values[J_LANGUAGE]))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a language tag such as fi or en-GB"), quote (reader, values[J_LANGUAGE]));
      goto out;
    }
  if ((values[J_CREATED] != NULL && !parse_date (reader, "created", values[J_CREATED], &created)) ||
      (values[J_MODIFIED] != NULL && !parse_date (reader, "modified", values[J_MODIFIED], &modified)))
    goto out;
  if (values[J_HIDDEN_LANES] != NULL &&
      !PARSE_TOKEN (reader, polku_lane_from_string, values[J_HIDDEN_LANES], &hidden,
                    _("“%s” is not a list of lanes; use customer, touchpoints, satisfaction, front-stage, front-line, support and notes"),
                    quote (reader, values[J_HIDDEN_LANES])))
    goto out;

  journey = polku_journey_new (values[J_ID]);
  polku_journey_set_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE, values[J_LANGUAGE]);
  polku_journey_set_created (journey, created);
  polku_journey_set_modified (journey, modified);
  polku_journey_set_lanes (journey, POLKU_ALL_LANES & ~hidden);
  polku_document_append_journey (reader->document, journey);
  reader->journey = journey;

out:
  free_values (values, G_N_ELEMENTS (values));
}

enum { S_MIN, S_MAX, S_MIN_LABEL, S_MAX_LABEL, N_S_ATTRIBUTES };

static void
start_scale (Reader           *reader,
             const Attributes *attrs)
{
  static const char * const names[] = { "min", "max", "min-label", "max-label", NULL };
  char *values[N_S_ATTRIBUTES] = { NULL };
  int min, max;

  if (!take_attributes (reader, attrs, "scale", names, 2, values))
    goto out;

  if (!parse_int (values[S_MIN], &min) || !parse_int (values[S_MAX], &max) ||
      !polku_scale_is_supported (min, max))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("the satisfaction scale %s–%s is not supported; use 1–5, 1–7, 1–10 or 0–10"),
            quote (reader, values[S_MIN]), quote (reader, values[S_MAX]));
      goto out;
    }

  polku_journey_set_scale (reader->journey, min, max);
  polku_journey_set_field (reader->journey, POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL, values[S_MIN_LABEL]);
  polku_journey_set_field (reader->journey, POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL, values[S_MAX_LABEL]);

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

  if (!take_attributes (reader, attrs, "phase", names, 1, values))
    goto out;

  if (!polku_phase_kind_from_string (values[0], &kind))
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("“%s” is not a phase kind; use pre-purchase, purchase or post-purchase"),
          quote (reader, values[0]));
  else if (kind != position)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("the phase “%s” is out of order: phase %u must be “%s”"),
          values[0], position + 1, polku_phase_kind_to_string (position));
  else
    reader->phase = polku_journey_get_phase (reader->journey, kind);

out:
  free_values (values, G_N_ELEMENTS (values));
}

static gboolean
parse_boolean (Reader     *reader,
               const char *element,
               const char *attribute,
               const char *str,
               gboolean   *value)
{
  if (g_strcmp0 (str, "true") == 0 || g_strcmp0 (str, "false") == 0)
    {
      *value = str[0] == 't';
      return TRUE;
    }
  fail (reader, POLKU_FILE_ERROR_INVALID,
        _("the %s “%s” of <%s> must be true or false"), attribute, quote (reader, str), element);
  return FALSE;
}

static void
start_step (Reader           *reader,
            const Attributes *attrs)
{
  static const char * const names[] = { "id", "gate", NULL };
  char *values[2] = { NULL, NULL };
  gboolean gate = FALSE;

  if (take_attributes (reader, attrs, "step", names, 1, values) &&
      claim_id (reader, "step", values[0]) &&
      (values[1] == NULL || parse_boolean (reader, "step", "gate", values[1], &gate)))
    {
      g_autoptr(PolkuStep) step = polku_step_new (values[0], NULL);

      polku_step_set_gate (step, gate);
      polku_phase_append_step (reader->phase, step);
      reader->step = step;
    }

  free_values (values, G_N_ELEMENTS (values));
}

enum {
  TP_ID,
  TP_CRITICALITY,
  TP_ROLE,
  TP_CHANNEL,
  TP_INTERACTION,
  TP_KANO,
  TP_FREQUENCY,
  TP_STANDARDISED,
  TP_SCORE,
  TP_TARGET,
  N_TP_ATTRIBUTES
};


static void
start_touchpoint (Reader           *reader,
                  const Attributes *attrs)
{
  static const char * const names[] = {
    "id", "criticality", "role", "channel", "interaction", "kano", "frequency",
    "standardised", "score", "target", NULL
  };
  char *values[N_TP_ATTRIBUTES] = { NULL };
  g_autoptr(PolkuTouchpoint) touchpoint = NULL;
  PolkuChannel channel = POLKU_CHANNEL_NONE;
  PolkuCriticality criticality;
  PolkuRole role;
  PolkuInteraction interaction = 0;
  PolkuKano kano = POLKU_KANO_NONE;
  PolkuFrequency frequency = POLKU_FREQUENCY_NONE;
  gboolean standardised = FALSE;
  double score = NAN, target = NAN;

  if (!take_attributes (reader, attrs, "touchpoint", names, TP_CHANNEL, values) ||
      !claim_id (reader, "touchpoint", values[TP_ID]))
    goto out;

  /* No channel attribute is a channel not set yet, which has no token. */
  if (values[TP_CHANNEL] != NULL &&
      (!polku_channel_from_string (values[TP_CHANNEL], &channel) || channel == POLKU_CHANNEL_NONE))
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("“%s” is not a channel; see the list of channels in the file format’s schema"),
            quote (reader, values[TP_CHANNEL]));
      goto out;
    }

  if (!PARSE_TOKEN (reader, polku_criticality_from_string, values[TP_CRITICALITY], &criticality,
                    _("“%s” is not a criticality; use critical or non-critical"),
                    quote (reader, values[TP_CRITICALITY])) ||
      !PARSE_TOKEN (reader, polku_role_from_string, values[TP_ROLE], &role,
                    _("“%s” is not a role; use prerequisite or opportunity"),
                    quote (reader, values[TP_ROLE])))
    goto out;

  if ((values[TP_INTERACTION] != NULL &&
       !PARSE_TOKEN (reader, polku_interaction_from_string, values[TP_INTERACTION], &interaction,
                     _("“%s” is not a list of interactions; use staff, resources, systems, product and customers"),
                     quote (reader, values[TP_INTERACTION]))) ||
      (values[TP_KANO] != NULL &&
       !PARSE_TOKEN (reader, polku_kano_from_string, values[TP_KANO], &kano,
                     _("“%s” is not a Kano category; use must-be, one-dimensional, attractive or indifferent"),
                     quote (reader, values[TP_KANO]))) ||
      (values[TP_FREQUENCY] != NULL &&
       !PARSE_TOKEN (reader, polku_frequency_from_string, values[TP_FREQUENCY], &frequency,
                     _("“%s” is not a frequency; use routine, regular or exceptional"),
                     quote (reader, values[TP_FREQUENCY]))) ||
      (values[TP_STANDARDISED] != NULL &&
       !parse_boolean (reader, "touchpoint", "standardised", values[TP_STANDARDISED], &standardised)) ||
      (values[TP_SCORE] != NULL &&
       !parse_score (reader, "score", values[TP_SCORE], &score)) ||
      (values[TP_TARGET] != NULL &&
       !parse_score (reader, "target", values[TP_TARGET], &target)))
    goto out;

  touchpoint = polku_touchpoint_new (values[TP_ID], NULL);
  polku_touchpoint_set_channel (touchpoint, channel);
  polku_touchpoint_set_criticality (touchpoint, criticality);
  polku_touchpoint_set_role (touchpoint, role);
  polku_touchpoint_set_interaction (touchpoint, interaction);
  polku_touchpoint_set_kano (touchpoint, kano);
  polku_touchpoint_set_frequency (touchpoint, frequency);
  polku_touchpoint_set_standardised (touchpoint, standardised);
  polku_touchpoint_set_score (touchpoint, score);
  polku_touchpoint_set_target (touchpoint, target);
  polku_step_append_touchpoint (reader->step, touchpoint);
  reader->touchpoint = touchpoint;

out:
  free_values (values, G_N_ELEMENTS (values));
}

/* The digits of the largest count, G_MAXUINT32. */
#define MAX_COUNT_DIGITS 10

static void
start_counts (Reader               *reader,
              const Attributes     *attrs,
              const PolkuChildRule *rule)
{
  static const char * const names[] = { "counts", NULL };
  char *values[1] = { NULL };
  guint expected = polku_metrics_survey_size (reader->journey, rule->field);
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (!take_attributes (reader, attrs, rule->name, names, 1, values))
    goto out;

  /* No legal list is longer than this many counts of ten digits each (the
   * most a count may have) with a space between each two: anything longer is
   * refused before it is split into tokens, which would cost many times its
   * size. */
  if (strlen (values[0]) > expected * (MAX_COUNT_DIGITS + 1) - 1)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("the counts of <%s> are too long: %u counts of at most %d digits each, with single spaces between them, take at most %u characters"),
            rule->name, expected, MAX_COUNT_DIGITS, expected * (MAX_COUNT_DIGITS + 1) - 1);
      goto out;
    }

  tokens = g_strsplit (values[0], " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      guint64 count;

      if (!g_ascii_string_to_unsigned (tokens[i], 10, 0, G_MAXUINT32, &count, NULL))
        {
          fail (reader, POLKU_FILE_ERROR_INVALID,
                _("the counts of <%s> must be whole numbers separated by single spaces, not “%s”"),
                rule->name, quote (reader, values[0]));
          goto out;
        }
      g_array_append_val (counts, (guint32) { count });
    }

  if (counts->len != expected)
    {
      fail (reader, POLKU_FILE_ERROR_INVALID,
            _("<%s> must hold %u counts, one for each answer value, but holds %u"),
            rule->name, expected, counts->len);
      goto out;
    }

  polku_touchpoint_set_counts (reader->touchpoint, rule->field,
                               (const guint32 *) (gpointer) counts->data, counts->len);

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

static void
refuse_child (Reader      *reader,
              const Frame *parent,
              const char  *name)
{
  const PolkuChildRule *missing = missing_child (reader, parent);

  if (parent->element == POLKU_ELEMENT_START)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("this is not a Polku journey file: the root element is <%s>, not <polku>"),
          quote (reader, name));
  else if (is_known_child (reader, parent->element, name) && missing != NULL)
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("<%s> must come after <%s> in <%s>"),
          name, missing->name, frame_name (parent));
  else if (is_known_child (reader, parent->element, name))
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("<%s> is out of place or repeated in <%s>"),
          name, frame_name (parent));
  else
    fail (reader, POLKU_FILE_ERROR_INVALID,
          _("unexpected element <%s> in <%s>"),
          quote (reader, name), frame_name (parent));
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

  if (uri == NULL || strcmp ((const char *) uri, POLKU_NAMESPACE) != 0)
    {
      if (parent->element == POLKU_ELEMENT_START)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("this is not a Polku journey file: its root element <%s> is not in the namespace %s"),
              quote (reader, name), POLKU_NAMESPACE);
      else
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("the element <%s> in <%s> is not in the journey file’s namespace"),
              quote (reader, name), frame_name (parent));
      return;
    }

  if (parent->element == POLKU_ELEMENT_TEXT)
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
  reader->stack[reader->depth++] = (Frame) { rule->child, rule, 0, 0 };

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
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_TEXT:
      if (n_attributes > 0)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("unknown attribute “%s” on <%s>"),
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
  missing = missing_child (reader, frame);
  if (missing != NULL)
    {
      if (frame->element == POLKU_ELEMENT_JOURNEY && missing->child == POLKU_ELEMENT_PHASE)
        fail (reader, POLKU_FILE_ERROR_INVALID,
              _("<journey> must hold exactly three phases: pre-purchase, purchase and post-purchase"));
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
    case POLKU_ELEMENT_START:
    case POLKU_ELEMENT_POLKU:
    case POLKU_ELEMENT_SEGMENT:
    case POLKU_ELEMENT_SCALE:
    case POLKU_ELEMENT_COUNTS:
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

  frame = &reader->stack[reader->depth - 1];
  if (frame->element == POLKU_ELEMENT_TEXT)
    {
      g_string_append_len (reader->text, (const char *) chars, len);
      return;
    }

  for (int i = 0; i < len; i++)
    if (!g_ascii_isspace (chars[i]))
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

  excerpt = g_strchomp (_polku_reader_excerpt (message, strnlen (message, 4 * MAX_PARSER_MESSAGE_LENGTH + 1),
                                               MAX_PARSER_MESSAGE_LENGTH));
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
  g_clear_pointer (&reader->quotes, g_ptr_array_unref);
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
  reader.rules = _polku_format_get_rules (&reader.n_rules);
  reader.stack[0] = (Frame) { POLKU_ELEMENT_START, NULL, 0, 0 };
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
