/* test-lossless.c: a journey file saves back with every value it held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates keep their form and offset, scores their digits, and what other
 * tools keep in a file stays where it stood: through a save, an edit and
 * its undo, and a copy. Messages point at the attribute that is wrong.
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-core.h"

static const char file[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" xmlns:o=\"urn:example:other\" format=\" 1 \">\n"
  "  <journey id=\"j\" created=\" 9999-12-31T23:59:59-01:00 \" modified=\"12025-06-01T10:00:00.125+03:00\""
  " o:origin=\"survey tool\">\n"
  "    <o:head o:k=\"v &amp; w\">kept <o:b>as it is</o:b></o:head>\n"
  "    <title>T</title>\n"
  "    <segment>\n"
  "      <name>S</name>\n"
  "    </segment>\n"
  "    <scale min=\"1\" max=\"5\"/>\n"
  "    <phase kind=\"pre-purchase\">\n"
  "      <step id=\"s\">\n"
  "        <name>S</name>\n"
  "        <touchpoint id=\"t\" channel=\" phone\t\" criticality=\"critical\" role=\"prerequisite\""
  " score=\"+3.14159265358979323846264\" target=\" +05.00 \" o:flag=\"1\">\n"
  "          <name>N</name>\n"
  "          <o:between/>\n"
  "          <ces counts=\" 1\t2  03 4 5\"/>\n"
  "        </touchpoint>\n"
  "        <o:after-touchpoint>x</o:after-touchpoint>\n"
  "      </step>\n"
  "    </phase>\n"
  "    <phase kind=\"purchase\"/>\n"
  "    <phase kind=\"post-purchase\"/>\n"
  "  </journey>\n"
  "</polku>\n";

/* What the writer makes of it: every value, collapsed or canonical. */
static const char saved[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
  "  <journey id=\"j\" created=\"9999-12-31T23:59:59-01:00\" modified=\"12025-06-01T10:00:00.125+03:00\""
  " xmlns:o=\"urn:example:other\" o:origin=\"survey tool\">\n"
  "    <o:head xmlns:o=\"urn:example:other\" o:k=\"v &amp; w\">kept <o:b>as it is</o:b></o:head>\n"
  "    <title>T</title>\n"
  "    <segment>\n"
  "      <name>S</name>\n"
  "    </segment>\n"
  "    <scale min=\"1\" max=\"5\"/>\n"
  "    <phase kind=\"pre-purchase\">\n"
  "      <step id=\"s\">\n"
  "        <name>S</name>\n"
  "        <touchpoint id=\"t\" channel=\"phone\" criticality=\"critical\" role=\"prerequisite\""
  " score=\"3.14159265358979323846264\" target=\"5\" xmlns:o=\"urn:example:other\" o:flag=\"1\">\n"
  "          <name>N</name>\n"
  "          <o:between xmlns:o=\"urn:example:other\"/>\n"
  "          <ces counts=\"1 2 3 4 5\"/>\n"
  "        </touchpoint>\n"
  "        <o:after-touchpoint xmlns:o=\"urn:example:other\">x</o:after-touchpoint>\n"
  "      </step>\n"
  "    </phase>\n"
  "    <phase kind=\"purchase\"/>\n"
  "    <phase kind=\"post-purchase\"/>\n"
  "  </journey>\n"
  "</polku>\n";

static PolkuDocument *
load (const char *xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  PolkuDocument *document = polku_reader_load_bytes (bytes, "test.polku", &error);

  assert_null (error);
  return document;
}

static void
assert_writes (PolkuDocument *document,
               const char    *expected)
{
  g_autoptr(GBytes) bytes = polku_writer_write (document);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  assert_string_equal (text, expected);
}

static PolkuTouchpoint *
first_touchpoint (PolkuDocument *document)
{
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE), 0);

  return polku_step_get_touchpoint (step, 0);
}

static void
test_every_value_is_kept (void **state)
{
  g_autoptr(PolkuDocument) document = load (file);
  g_autoptr(PolkuDocument) again = NULL;
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  GDateTime *created = polku_journey_get_created (journey);

  /* The model reads the values; GLib holds no year 12025. */
  assert_non_null (created);
  assert_int_equal (g_date_time_get_year (created), 9999);
  assert_int_equal (g_date_time_get_utc_offset (created), -G_TIME_SPAN_HOUR);
  assert_null (polku_journey_get_modified (journey));
  assert_true (fabs (polku_touchpoint_get_score (first_touchpoint (document)) - 3.14159265358979) < 1e-12);
  assert_true (polku_touchpoint_get_target (first_touchpoint (document)) == 5);

  assert_writes (document, saved);
  again = load (saved);
  assert_writes (again, saved);
}

/* An edit writes the new value; its undo gives back the old one whole. */
static void
test_edit_and_undo_keep_the_digits (void **state)
{
  g_autoptr(PolkuDocument) document = load (file);
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  PolkuTouchpoint *touchpoint = first_touchpoint (document);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GTimeZone) helsinki = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) made = g_date_time_new (helsinki, 2026, 2, 1, 9, 30, 0);
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  GDateTime *old_created = g_date_time_ref (polku_journey_get_created (journey));

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, 4.25);
  polku_undo_stack_push (stack, polku_command_new_set_property (G_OBJECT (touchpoint), "score", &value));
  edited = polku_writer_write (document);
  assert_non_null (g_strstr_len (g_bytes_get_data (edited, NULL), g_bytes_get_size (edited), " score=\"4.25\""));

  polku_undo_stack_undo (stack);
  assert_writes (document, saved);

  /* A date set from the model is written with its own offset. */
  polku_journey_set_created (journey, made);
  g_clear_pointer (&edited, g_bytes_unref);
  edited = polku_writer_write (document);
  assert_non_null (g_strstr_len (g_bytes_get_data (edited, NULL), g_bytes_get_size (edited),
                                 " created=\"2026-02-01T09:30:00+02:00\""));
  polku_journey_set_created (journey, old_created);
  g_date_time_unref (old_created);
  assert_writes (document, saved);
}

static guint
count (const char *text,
       gsize       size,
       const char *needle)
{
  guint n = 0;

  for (const char *p = text; (p = g_strstr_len (p, size - (p - text), needle)) != NULL; p++)
    n++;
  return n;
}

/* A copy carries what other tools keep, and the digits of its scores. */
static void
test_copies_carry_everything (void **state)
{
  g_autoptr(PolkuDocument) document = load (file);
  PolkuTouchpoint *touchpoint = first_touchpoint (document);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (polku_document_get_journey (document, 0),
                                                                   POLKU_PHASE_KIND_PRE_PURCHASE), 0);
  g_autoptr(PolkuTouchpoint) copy = polku_duplicate_touchpoint (touchpoint, document);
  g_autoptr(PolkuStep) step_copy = polku_duplicate_step (step, document);
  g_autoptr(GBytes) bytes = NULL;
  const char *text;
  gsize size;

  polku_step_append_touchpoint (step, copy);
  polku_phase_append_step (polku_journey_get_phase (polku_document_get_journey (document, 0),
                                                    POLKU_PHASE_KIND_PURCHASE), step_copy);
  bytes = polku_writer_write (document);
  text = g_bytes_get_data (bytes, &size);

  /* The original, the copied touchpoint, and the one in the copied step. */
  assert_int_equal (count (text, size, "score=\"3.14159265358979323846264\""), 3);
  assert_int_equal (count (text, size, "o:flag=\"1\""), 3);
  assert_int_equal (count (text, size, "<o:between xmlns:o=\"urn:example:other\"/>"), 3);
  /* The step, and its copy. */
  assert_int_equal (count (text, size, "<o:after-touchpoint xmlns:o=\"urn:example:other\">x</o:after-touchpoint>"), 2);
}

typedef struct
{
  const char *what;
  const char *xml;
  const char *message;
} Refused;

#define HEAD "<?xml version=\"1.0\"?>\n<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
#define JOURNEY "<journey id=\"j\"><title>T</title><segment><name>S</name></segment><scale min=\"1\" max=\"5\"/>\n"

/* Each message says what is wrong where it stands: at the attribute, with
 * the values allowed, what was expected, where an id was first used. */
static const Refused refused[] = {
  { "kano none", HEAD JOURNEY "<phase kind=\"pre-purchase\"><step id=\"s\"><name>S</name>\n"
    "  <touchpoint id=\"t\" channel=\"phone\" criticality=\"critical\" role=\"opportunity\"\n"
    "    kano=\"none\">",
    "test.polku:6:5: the kano of <touchpoint> cannot be “none”; use one of: must-be, one-dimensional, "
    "attractive, indifferent" },
  { "format 01", "<polku xmlns=\"urn:polku:journey\" format=\"01\">",
    "test.polku:1:34: the format of <polku> cannot be “01”; use one of: 1" },
  { "empty list", HEAD "<journey id=\"j\" hidden-lanes=\" \">",
    "test.polku:3:17: the hidden-lanes of <journey> is empty; leave it out, or use one or more of: customer," },
  { "language e1", HEAD "<journey id=\"j\" language=\"e1\">",
    "test.polku:3:17: “e1” is not a language tag such as fi or en-GB" },
  { "week date", HEAD "<journey id=\"j\" created=\"2026-W22-7T14:00:00\">",
    "test.polku:3:17: the created date “2026-W22-7T14:00:00” of <journey> is not a date and time" },
  { "id beyond Appendix B", HEAD "<journey id=\"ǅ\">",
    "test.polku:3:10: “ǅ” is not a valid id for <journey>" },
  { "duplicate id", HEAD JOURNEY "<phase kind=\"pre-purchase\">\n<step id=\"s\"><name>S</name></step>\n<step id=\"s\">",
    "test.polku:6:7: the id “s” is used twice, first on line 5" },
  { "missing phase", HEAD JOURNEY "<phase kind=\"pre-purchase\"/><phase kind=\"post-purchase\"/>",
    "test.polku:4:36: <journey> lacks the phase “purchase” before “post-purchase”" },
  { "wrong element", HEAD JOURNEY "<phase kind=\"pre-purchase\"><step id=\"s\"><name>S</name><colour/>",
    "test.polku:4:55: unexpected element <colour> in <step>; expected <doing>, <thinking>, <feeling>, "
    "<expectation>, <front-stage>, <front-line>, …, or the end of <step>" },
  { "missing element", HEAD "<journey id=\"j\"><segment>",
    "test.polku:3:17: <segment> must come after <title> in <journey>" },
  { "foreign element in a phase", HEAD JOURNEY "<phase kind=\"pre-purchase\"><o:x xmlns:o=\"urn:o\"/>",
    "test.polku:4:28: <phase> cannot hold the element <x> of another namespace; only <journey>, <step> and <touchpoint> can" },
  { "unprefixed element of no namespace", HEAD JOURNEY "<phase kind=\"pre-purchase\"/><phase kind=\"purchase\"/>"
    "<phase kind=\"post-purchase\"/><x xmlns=\"\"/>",
    "test.polku:4:82: the element <x> in <journey> is in no namespace" },
  { "Polku's namespace on an attribute", HEAD "<journey xmlns:p=\"urn:polku:journey\" id=\"j\" p:id=\"k\">",
    "test.polku:3:45: the attribute “id” of <journey> is in the journey file’s namespace" },
};

static void
test_messages_point_at_the_problem (void **state)
{
  guint failures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (refused[i].xml, strlen (refused[i].xml));
      g_autoptr(PolkuDocument) document = polku_reader_load_bytes (bytes, "test.polku", &error);

      if (document != NULL || error == NULL || !g_str_has_prefix (error->message, refused[i].message))
        {
          print_error ("%s: expected “%s…”, got %s\n", refused[i].what, refused[i].message,
                       error != NULL ? error->message : "no error");
          failures++;
        }
    }
  assert_int_equal (failures, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_value_is_kept),
    cmocka_unit_test (test_edit_and_undo_keep_the_digits),
    cmocka_unit_test (test_copies_carry_everything),
    cmocka_unit_test (test_messages_point_at_the_problem),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
