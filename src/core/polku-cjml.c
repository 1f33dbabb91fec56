/* polku-cjml.c: journeys as CJML 2.0, SINTEF's Customer Journey Modelling Language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * There is no schema of CJML 2.0; this follows what its two public tools,
 * the CJML web editor and CJMLExcel, read and write. Elements are found by
 * name wherever they stand among their siblings, as those tools find them.
 * The file is parsed as libxml2 parses journey files: no network, no DTD,
 * no entities.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "polku-cjml.h"
#include "polku-datatypes.h"
#include "polku-document.h"
#include "polku-enums.h"
#include "polku-error.h"
#include "polku-import-private.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

#define MAX_SIZE (64 * 1024 * 1024)

/* The channels' names as CJML's tools write them, squeezed to lower-case
 * letters and digits, and the channel each is in Polku. The first name of
 * each channel is the one Polku writes. */
static const struct
{
  const char   *name;
  const char   *squeezed;
  PolkuChannel  channel;
} channel_names[] = {
  { "Face To Face", "facetoface", POLKU_CHANNEL_SERVICE_PREMISES },
  { NULL, "shopcounter", POLKU_CHANNEL_SERVICE_PREMISES },
  { NULL, "servicedesk", POLKU_CHANNEL_SERVICE_PREMISES },
  { "Phone", "phone", POLKU_CHANNEL_PHONE },
  { NULL, "telephone", POLKU_CHANNEL_PHONE },
  { NULL, "callcenter", POLKU_CHANNEL_PHONE },
  { "Booking System", "bookingsystem", POLKU_CHANNEL_BOOKING_SYSTEM },
  { "Email", "email", POLKU_CHANNEL_EMAIL_AND_POST },
  { NULL, "letter", POLKU_CHANNEL_EMAIL_AND_POST },
  { NULL, "invoice", POLKU_CHANNEL_EMAIL_AND_POST },
  { NULL, "fax", POLKU_CHANNEL_EMAIL_AND_POST },
  { "Internet Via Pc", "internetviapc", POLKU_CHANNEL_WEBSITE },
  { NULL, "web", POLKU_CHANNEL_WEBSITE },
  { NULL, "internetglobe", POLKU_CHANNEL_WEBSITE },
  { NULL, "internetviatablet", POLKU_CHANNEL_WEBSITE },
  { NULL, "onlineshopping", POLKU_CHANNEL_WEBSITE },
  { NULL, "apponpc", POLKU_CHANNEL_WEBSITE },
  { "Social Media", "socialmedia", POLKU_CHANNEL_SOCIAL_MEDIA },
  { NULL, "socialmediamessage", POLKU_CHANNEL_SOCIAL_MEDIA },
  { "SMS", "sms", POLKU_CHANNEL_MOBILE },
  { NULL, "message", POLKU_CHANNEL_MOBILE },
  { NULL, "messageservice", POLKU_CHANNEL_MOBILE },
  { NULL, "chat", POLKU_CHANNEL_MOBILE },
  { NULL, "internetviasmartphone", POLKU_CHANNEL_MOBILE },
  { NULL, "apponsmartphone", POLKU_CHANNEL_MOBILE },
  { NULL, "appontablet", POLKU_CHANNEL_MOBILE },
  { "Product", "product", POLKU_CHANNEL_PRODUCT },
  { "Parcel", "parcel", POLKU_CHANNEL_DELIVERY },
  { "Advertising", "advertising", POLKU_CHANNEL_ADVERTISING },
  { "Documents", "documents", POLKU_CHANNEL_DOCUMENTS },
  { "Result", "result", POLKU_CHANNEL_RESULT },
  { "Technician", "technician", POLKU_CHANNEL_FIELD_STAFF },
  { "Vehicles", "vehicles", POLKU_CHANNEL_VEHICLES },
  { "Unknown Channel", "unknownchannel", POLKU_CHANNEL_OTHER },
  { NULL, "unknown", POLKU_CHANNEL_OTHER },
};

static char *
squeeze (const char *name)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (squeezed, g_ascii_tolower (*p));
  return g_string_free (squeezed, FALSE);
}

/* Export */

static void
append_element (GString    *out,
                int         depth,
                const char *name,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (out, "%*s<%s>%s</%s>\n", 2 * depth, "", name, escaped, name);
}

static const char *
channel_name (PolkuTouchpoint *touchpoint)
{
  PolkuChannel channel = polku_touchpoint_get_channel (touchpoint);
  const char *other = polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER);

  /* A channel not set yet has no name, and no <channel>. */
  if (channel == POLKU_CHANNEL_NONE)
    return NULL;
  if (channel == POLKU_CHANNEL_OTHER && *other != '\0')
    return other;
  for (guint i = 0; i < G_N_ELEMENTS (channel_names); i++)
    if (channel_names[i].channel == channel && channel_names[i].name != NULL)
      return channel_names[i].name;
  g_return_val_if_reached ("Unknown Channel");
}

GBytes *
polku_cjml_export (PolkuJourney *journey)
{
  GString *out;
  const char *authors;
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CJML version=\"2.0\">\n  <plannedJourney>\n");
  append_element (out, 2, "journeyID", polku_journey_get_id (journey));
  append_element (out, 2, "journeyTitle", polku_journey_get_title (journey));
  g_string_append (out, "    <journeyPhases>\n");
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      g_string_append_printf (out, "      <journeyPhase phaseID=\"%s\">\n", polku_phase_kind_to_string (k));
      append_element (out, 4, "phaseName", polku_phase_get_display_label (phase));
      g_string_append (out, "      </journeyPhase>\n");
    }
  g_string_append (out, "    </journeyPhases>\n");
  if (*polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION) != '\0')
    append_element (out, 2, "journeyShortSummary", polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION));
  if (*polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_NOTES) != '\0')
    append_element (out, 2, "journeyLongSummary", polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_NOTES));

  /* The customer segment is the end user; the company answers. */
  authors = polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_AUTHORS);
  g_string_append (out, "    <actors>\n      <endUser actorID=\"customer\">\n");
  append_element (out, 4, "actorName", polku_journey_get_segment (journey));
  g_string_append (out, "      </endUser>\n      <serviceProvider actorID=\"provider\">\n");
  append_element (out, 4, "companyName", *authors != '\0' ? authors : "Service provider");
  g_string_append (out, "      </serviceProvider>\n    </actors>\n    <touchpoints>\n");

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, t);
              g_autofree char *id = g_strdup_printf ("T%u", ++n);

              g_string_append (out, "      <plannedCommunicationPoint>\n");
              append_element (out, 4, "touchpointID", id);
              g_string_append_printf (out, "        <belongsTo phaseIDref=\"%s\"/>\n", polku_phase_kind_to_string (k));
              g_string_append (out, "        <initiator>\n          <refersTo actorIDref=\"provider\"/>\n");
              append_element (out, 5, "initiatorLabel", polku_touchpoint_get_name (touchpoint));
              g_string_append (out, "        </initiator>\n        <receiver>\n          <refersTo actorIDref=\"customer\"/>\n");
              append_element (out, 5, "receiverLabel",
                              polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_DESCRIPTION));
              g_string_append (out, "        </receiver>\n");
              if (channel_name (touchpoint) != NULL)
                {
                  g_string_append (out, "        <channel>\n");
                  append_element (out, 5, "channelName", channel_name (touchpoint));
                  g_string_append (out, "        </channel>\n");
                }
              g_string_append (out, "      </plannedCommunicationPoint>\n");
            }
        }
    }
  g_string_append (out, "    </touchpoints>\n  </plannedJourney>\n</CJML>\n");
  return g_string_free_to_bytes (out);
}

/* Import */

static xmlNodePtr
first_child (xmlNodePtr  node,
             const char *name)
{
  for (xmlNodePtr child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *) child->name, name))
      return child;
  return NULL;
}

/* An element's text, or an attribute's value, without spaces around it:
 * the tools write " Phase" for "Phase". "" when there is none. */
static char *
text_of (xmlNodePtr node)
{
  xmlChar *content = node != NULL ? xmlNodeGetContent (node) : NULL;
  char *text = g_strstrip (g_strdup (content != NULL ? (const char *) content : ""));

  xmlFree (content);
  return text;
}

static char *
child_text (xmlNodePtr  node,
            const char *name)
{
  return text_of (first_child (node, name));
}

static char *
attribute_of (xmlNodePtr  node,
              const char *name)
{
  xmlChar *value = node != NULL ? xmlGetProp (node, (const xmlChar *) name) : NULL;
  char *text = g_strstrip (g_strdup (value != NULL ? (const char *) value : ""));

  xmlFree (value);
  return text;
}

static gboolean
is_named (xmlNodePtr  node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static xmlDocPtr
parse (GBytes      *bytes,
       const char  *display_name,
       GError     **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (size > MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (MAX_SIZE);

      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE,
                   _("%s:1:1: the file is larger than the %s a CJML file may be"), display_name, limit);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  /* Never the network, never entity substitution, never a DTD. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, display_name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      xmlErrorPtr xml_error = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strchomp (g_strdup (xml_error != NULL && xml_error->message != NULL
                                                       ? xml_error->message : ""));

      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_MALFORMED,
                   /* Translators: the rest is libxml2's own description, in English */
                   _("%s:%d:%d: not well-formed XML: %s"), display_name,
                   xml_error != NULL ? xml_error->line : 1, xml_error != NULL ? xml_error->int2 : 1, message);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  if (doc->intSubset != NULL)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_FORBIDDEN,
                   _("%s:%d:1: document type declarations (DOCTYPE) are not allowed"),
                   display_name, (int) xmlGetLineNo ((xmlNodePtr) doc->intSubset));
      xmlFreeDoc (doc);
      return NULL;
    }
  if (xmlDocGetRootElement (doc) == NULL || !is_named (xmlDocGetRootElement (doc), "CJML"))
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                   _("%s:%d:1: this is not a CJML file: its root element is not <CJML>"), display_name,
                   xmlDocGetRootElement (doc) != NULL ? (int) xmlGetLineNo (xmlDocGetRootElement (doc)) : 1);
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* A phase of a planned journey: the kind it is assigned to, and its name
 * unless it only names the kind. */
typedef struct
{
  PolkuPhaseKind  kind;
  char           *name;
} Phase;

static void
phase_free (Phase *phase)
{
  g_free (phase->name);
  g_free (phase);
}

typedef struct
{
  const char     *name;
  GPtrArray      *notes;
  PolkuPhaseRule *rule;
  PolkuDocument  *document;
} Import;

/* What a planned journey's phase is called, for the rule: its name, else
 * its id. */
static char *
phase_name (xmlNodePtr phase)
{
  g_autofree char *name = child_text (phase, "phaseName");

  return *name != '\0' ? g_steal_pointer (&name) : attribute_of (phase, "phaseID");
}

/* The planned journey's phases by id; a phase whose id is a kind's token
 * is that kind, others are assigned by the rule. */
static GHashTable *
read_phases (Import     *import,
             xmlNodePtr  journey)
{
  GHashTable *phases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) phase_free);

  for (xmlNodePtr node = first_child (first_child (journey, "journeyPhases"), "journeyPhase");
       node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      Phase *phase;

      if (!is_named (node, "journeyPhase"))
        continue;
      id = attribute_of (node, "phaseID");
      phase = g_new0 (Phase, 1);
      phase->name = phase_name (node);
      if (!polku_phase_kind_from_string (id, &phase->kind))
        phase->kind = polku_phase_rule_lookup (import->rule, phase->name);
      g_hash_table_insert (phases, g_steal_pointer (&id), phase);
    }
  return phases;
}

/* The actors of a journey by id and by name: CJML files refer to actors
 * by either. */
static GHashTable *
read_actors (xmlNodePtr journey)
{
  GHashTable *actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (xmlNodePtr node = first_child (journey, "actors") != NULL ? first_child (journey, "actors")->children : NULL;
       node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      char *name;

      if (!is_named (node, "endUser") && !is_named (node, "serviceProvider"))
        continue;
      id = attribute_of (node, "actorID");
      name = child_text (node, is_named (node, "endUser") ? "actorName" : "companyName");
      if (*id != '\0')
        g_hash_table_insert (actors, g_strdup (id), g_strdup (name));
      if (*name != '\0')
        g_hash_table_insert (actors, name, g_strdup (name));
      else
        g_free (name);
    }
  return actors;
}

static void
check_actor (Import      *import,
             GHashTable  *actors,
             xmlNodePtr   party,
             const char  *touchpoint_id)
{
  xmlNodePtr refers = first_child (party, "refersTo");
  g_autofree char *ref = attribute_of (refers, "actorIDref");

  if (refers == NULL || *ref == '\0' || g_hash_table_contains (actors, ref))
    return;
  _polku_import_note (import->notes, import->name, xmlGetLineNo (refers),
                      _("the touchpoint %s refers to the actor “%s”, which the journey does not declare by that id or name"),
                      touchpoint_id, ref);
}

static PolkuChannel
read_channel (const char *name,
              const char **other)
{
  g_autofree char *squeezed = squeeze (name);

  *other = NULL;
  /* No channel named: not set. */
  if (*squeezed == '\0' && *name == '\0')
    return POLKU_CHANNEL_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (channel_names); i++)
    if (g_str_equal (channel_names[i].squeezed, squeezed))
      return channel_names[i].channel;
  if (*name != '\0')
    *other = name;
  return POLKU_CHANNEL_OTHER;
}

typedef struct
{
  PolkuJourney *journey;
  GHashTable   *touchpoints;   /* CJML touchpoint id → PolkuTouchpoint */
  guint32      *counts;        /* answers 1–5 per touchpoint, in the order of touchpoints */
  GPtrArray    *order;         /* PolkuTouchpoint, as counted */
  guint         n_answers;
  char         *last_date;
} Planned;

static void
planned_free (Planned *planned)
{
  g_hash_table_unref (planned->touchpoints);
  g_ptr_array_unref (planned->order);
  g_free (planned->counts);
  g_free (planned->last_date);
  g_free (planned);
}

static void
read_touchpoint (Import         *import,
                 Planned        *planned,
                 GHashTable     *actors,
                 xmlNodePtr      node,
                 PolkuPhaseKind  kind)
{
  g_autofree char *id = child_text (node, "touchpointID");
  g_autofree char *initiator = child_text (first_child (node, "initiator"), "initiatorLabel");
  g_autofree char *receiver = child_text (first_child (node, "receiver"), "receiverLabel");
  g_autofree char *channel = child_text (first_child (node, "channel"), "channelName");
  const char *other;
  PolkuTouchpoint *touchpoint;

  check_actor (import, actors, first_child (node, "initiator"), id);
  check_actor (import, actors, first_child (node, "receiver"), id);

  /* What the initiator does names the touchpoint; what the receiver does
   * describes it. */
  touchpoint = _polku_import_add_touchpoint (import->document, planned->journey, kind, initiator, initiator, FALSE);
  polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_DESCRIPTION, receiver);
  polku_touchpoint_set_channel (touchpoint, read_channel (channel, &other));
  if (other != NULL)
    polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER, other);
  if (*id != '\0')
    g_hash_table_insert (planned->touchpoints, g_steal_pointer (&id), touchpoint);
}

/* A planned journey as a journey of the document. */
static Planned *
read_planned (Import     *import,
              xmlNodePtr  node)
{
  g_autofree char *title = child_text (node, "journeyTitle");
  g_autofree char *id = child_text (node, "journeyID");
  g_autoptr(GHashTable) phases = read_phases (import, node);
  g_autoptr(GHashTable) actors = read_actors (node);
  g_autofree char *description = child_text (node, "journeyShortSummary");
  g_autofree char *notes = child_text (node, "journeyLongSummary");
  GString *labels[POLKU_N_PHASE_KINDS] = { NULL, };
  xmlNodePtr touchpoints = first_child (node, "touchpoints");
  PolkuPhaseKind kind = POLKU_PHASE_KIND_PURCHASE;
  gboolean has_phase = FALSE;
  Planned *planned = g_new0 (Planned, 1);
  Phase *phase;

  planned->journey = _polku_import_add_journey (import->document, *title != '\0' ? title : id);
  planned->touchpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  planned->order = g_ptr_array_new ();
  polku_journey_set_field (planned->journey, POLKU_JOURNEY_FIELD_DESCRIPTION, description);
  polku_journey_set_field (planned->journey, POLKU_JOURNEY_FIELD_NOTES, notes);

  for (xmlNodePtr user = first_child (first_child (node, "actors"), "endUser"); user != NULL; user = user->next)
    if (is_named (user, "endUser"))
      {
        g_autofree char *name = child_text (user, "actorName");
        g_autofree char *actor_id = attribute_of (user, "actorID");

        polku_journey_set_segment (planned->journey, *name != '\0' ? name : actor_id);
        break;
      }

  /* The first phase, until a touchpoint says another; without phases,
   * every touchpoint is part of the purchase. */
  for (xmlNodePtr first = first_child (first_child (node, "journeyPhases"), "journeyPhase");
       first != NULL && !has_phase; first = first->next)
    if (is_named (first, "journeyPhase"))
      {
        g_autofree char *first_id = attribute_of (first, "phaseID");

        kind = ((Phase *) g_hash_table_lookup (phases, first_id))->kind;
        has_phase = TRUE;
      }

  for (xmlNodePtr tp = touchpoints != NULL ? touchpoints->children : NULL; tp != NULL; tp = tp->next)
    {
      xmlNodePtr belongs;
      g_autofree char *ref = NULL;

      if (!is_named (tp, "plannedCommunicationPoint") && !is_named (tp, "plannedAction"))
        continue;
      belongs = first_child (tp, "belongsTo");
      ref = attribute_of (belongs, "phaseIDref");
      if (*ref != '\0' && g_hash_table_contains (phases, ref))
        kind = ((Phase *) g_hash_table_lookup (phases, ref))->kind;
      else if (*ref != '\0')
        _polku_import_note (import->notes, import->name, xmlGetLineNo (belongs),
                            _("the touchpoint belongs to the phase “%s”, which the journey does not declare; it stays in the phase before it"),
                            ref);
      read_touchpoint (import, planned, actors, tp, kind);
    }
  if (!has_phase && g_hash_table_size (planned->touchpoints) > 0)
    _polku_import_note (import->notes, import->name, xmlGetLineNo (node), "%s",
                        _("the journey has no phases; its touchpoints are in the purchase phase"));

  /* The phases' names are the labels of the phases they are in. */
  for (xmlNodePtr p = first_child (first_child (node, "journeyPhases"), "journeyPhase"); p != NULL; p = p->next)
    {
      g_autofree char *phase_id = NULL;
      g_autofree char *kind_label = NULL;

      if (!is_named (p, "journeyPhase"))
        continue;
      phase_id = attribute_of (p, "phaseID");
      phase = g_hash_table_lookup (phases, phase_id);
      kind_label = g_utf8_casefold (polku_phase_kind_get_label (phase->kind), -1);
      {
        g_autofree char *folded = g_utf8_casefold (phase->name, -1);

        if (g_str_equal (folded, kind_label) || g_str_equal (folded, polku_phase_kind_to_string (phase->kind)) ||
            *phase->name == '\0')
          continue;
      }
      if (labels[phase->kind] == NULL)
        labels[phase->kind] = g_string_new (phase->name);
      else
        g_string_append_printf (labels[phase->kind], " / %s", phase->name);
    }
  for (PolkuPhaseKind k = 0; k < POLKU_N_PHASE_KINDS; k++)
    if (labels[k] != NULL)
      {
        polku_phase_set_label (polku_journey_get_phase (planned->journey, k), labels[k]->str);
        g_string_free (labels[k], TRUE);
      }
  return planned;
}

/* The date of a CJML timestamp, "2026-05-31 14:00:00" or in ISO 8601. */
static void
note_timestamp (Planned    *planned,
                const char *text)
{
  g_autofree char *date = g_strndup (text, 10);

  if (strlen (date) == 10 && polku_datatype_is_date (date) &&
      (planned->last_date == NULL || strcmp (date, planned->last_date) > 0))
    {
      g_free (planned->last_date);
      planned->last_date = g_steal_pointer (&date);
    }
}

/* An actual journey's experience ratings, counted for its planned one. */
static void
read_actual (Import     *import,
             GHashTable *planned_by_id,
             GPtrArray  *all_planned,
             xmlNodePtr  node)
{
  g_autofree char *reference = child_text (node, "plannedReference");
  Planned *planned = g_hash_table_lookup (planned_by_id, reference);
  xmlNodePtr touchpoints = first_child (node, "touchpoints");

  if (planned == NULL && *reference == '\0' && all_planned->len == 1)
    planned = g_ptr_array_index (all_planned, 0);
  if (planned == NULL)
    {
      if (*reference != '\0')
        _polku_import_note (import->notes, import->name, xmlGetLineNo (node),
                            _("the actual journey refers to the planned journey “%s”, which the file does not have; its ratings are not counted"),
                            reference);
      else
        _polku_import_note (import->notes, import->name, xmlGetLineNo (node), "%s",
                            _("the actual journey names no planned journey, and the file has several; its ratings are not counted"));
      return;
    }

  for (xmlNodePtr tp = touchpoints != NULL ? touchpoints->children : NULL; tp != NULL; tp = tp->next)
    {
      xmlNodePtr rating_node;
      g_autofree char *id = NULL;
      g_autofree char *rating = NULL;
      PolkuTouchpoint *touchpoint;
      guint32 value;

      if (!is_named (tp, "actualCommunicationPoint") && !is_named (tp, "actualAction"))
        continue;
      for (xmlNodePtr t = first_child (tp, "timestamps") != NULL ? first_child (tp, "timestamps")->children : NULL;
           t != NULL; t = t->next)
        if (t->type == XML_ELEMENT_NODE)
          {
            g_autofree char *stamp = text_of (t);

            note_timestamp (planned, stamp);
          }
      rating_node = first_child (first_child (tp, "touchpointExperience"), "experienceRating");
      if (rating_node == NULL)
        continue;
      id = child_text (tp, "touchpointID");
      rating = text_of (rating_node);
      touchpoint = g_hash_table_lookup (planned->touchpoints, id);
      if (touchpoint == NULL)
        {
          _polku_import_note (import->notes, import->name, xmlGetLineNo (rating_node),
                              _("the rating of touchpoint %s is not counted: the planned journey has no such touchpoint (a “D” id marks a deviation from it)"),
                              id);
          continue;
        }
      if (!polku_datatype_parse_unsigned_int (rating, strlen (rating), &value) || value < 1 || value > 5)
        {
          _polku_import_note (import->notes, import->name, xmlGetLineNo (rating_node),
                              _("the rating “%s” of touchpoint %s is not a whole number from 1 to 5; it is not counted"),
                              rating, id);
          continue;
        }
      if (!g_ptr_array_find (planned->order, touchpoint, NULL))
        {
          g_ptr_array_add (planned->order, touchpoint);
          planned->counts = g_renew (guint32, planned->counts, 5 * planned->order->len);
          memset (planned->counts + 5 * (planned->order->len - 1), 0, 5 * sizeof (guint32));
        }
      {
        guint index;

        g_ptr_array_find (planned->order, touchpoint, &index);
        planned->counts[5 * index + value - 1]++;
        planned->n_answers++;
      }
    }
}

/* The ratings counted for a planned journey, as its first round. */
static void
add_round (Import  *import,
           Planned *planned)
{
  g_autofree char *id = NULL;
  g_autofree char *source = g_path_get_basename (import->name);
  g_autoptr(PolkuRound) round = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (planned->n_answers == 0)
    return;
  polku_journey_set_scale (planned->journey, 1, 5);
  id = polku_document_generate_id (import->document, "r");
  round = polku_round_new (id, planned->last_date != NULL ? planned->last_date : today, source,
                           planned->n_answers);
  for (guint i = 0; i < planned->order->len; i++)
    {
      PolkuTouchpoint *touchpoint = g_ptr_array_index (planned->order, i);

      polku_round_set_counts (round, polku_touchpoint_get_id (touchpoint), POLKU_SURVEY_SATISFACTION,
                              planned->counts + 5 * i, 5);
      _polku_import_set_responses (planned->journey, touchpoint, planned->counts + 5 * i);
    }
  polku_journey_append_round (planned->journey, round);
}

gboolean
polku_cjml_list_phases (GBytes          *bytes,
                        const char      *display_name,
                        PolkuPhaseRule  *rule,
                        GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  Import import = { display_name, NULL, rule, NULL };

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  doc = parse (bytes, display_name, error);
  if (doc == NULL)
    return FALSE;
  for (xmlNodePtr node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    if (is_named (node, "plannedJourney"))
      g_hash_table_unref (read_phases (&import, node));
  return TRUE;
}

PolkuDocument *
polku_cjml_import (GBytes          *bytes,
                   const char      *display_name,
                   PolkuPhaseRule  *rule,
                   GPtrArray       *notes,
                   GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PolkuPhaseRule) own_rule = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GHashTable) planned_by_id = NULL;
  g_autoptr(GPtrArray) planned = NULL;
  xmlNodePtr root;
  Import import;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = parse (bytes, display_name, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (rule == NULL)
    rule = own_rule = polku_phase_rule_new ();

  /* The phases of every journey are known before any is assigned. */
  polku_cjml_list_phases (bytes, display_name, rule, NULL);

  document = polku_document_new ();
  import = (Import) { display_name, notes, rule, document };
  planned = g_ptr_array_new_with_free_func ((GDestroyNotify) planned_free);
  planned_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    if (is_named (node, "plannedJourney"))
      {
        Planned *p = read_planned (&import, node);

        g_ptr_array_add (planned, p);
        g_hash_table_insert (planned_by_id, child_text (node, "journeyID"), p);
      }
  if (planned->len == 0)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID,
                   _("%s:%d:1: the file has no planned journey; Polku makes a journey of each <plannedJourney>"),
                   display_name, (int) xmlGetLineNo (root));
      return NULL;
    }

  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    if (is_named (node, "actualJourney"))
      read_actual (&import, planned_by_id, planned, node);
  for (guint i = 0; i < planned->len; i++)
    add_round (&import, g_ptr_array_index (planned, i));

  return g_steal_pointer (&document);
}
