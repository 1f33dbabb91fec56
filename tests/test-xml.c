/* test-xml.c: reading and writing journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <glib/gstdio.h>

#include "polku-core.h"

/* A file in canonical form: every kind of value the format holds. */
static const char canonical[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
  "  <journey id=\"car\" language=\"en-GB\" created=\"2026-01-31T08:30:00Z\" modified=\"2026-11-23T12:00:00Z\" hidden-lanes=\"front-line notes\">\n"
  "    <title>Car &amp; van service &lt;2026&gt;</title>\n"
  "    <description>From the first reminder to the next one.</description>\n"
  "    <segment>\n"
  "      <name>Yksityiset autonomistajat</name>\n"
  "      <description>People who own one or two cars.</description>\n"
  "      <criteria>Private customer; car older than three years</criteria>\n"
  "    </segment>\n"
  "    <authors>Aino, Mikko</authors>\n"
  "    <scale min=\"0\" max=\"10\" min-label=\"Not at all &quot;happy&quot;\" max-label=\"Delighted &amp; loyal\"/>\n"
  "    <notes>Workshop of 23 November.</notes>\n"
  "    <phase kind=\"pre-purchase\">\n"
  "      <label>Before the visit</label>\n"
  "      <step id=\"s1\" gate=\"true\">\n"
  "        <name>Noticing service is due</name>\n"
  "        <doing>Looks at the dashboard</doing>\n"
  "        <thinking>Is it time already?</thinking>\n"
  "        <feeling>Mildly annoyed</feeling>\n"
  "        <expectation>A clear reminder in good time</expectation>\n"
  "        <front-stage>Reminder two weeks ahead</front-stage>\n"
  "        <front-line>Up-to-date customer register</front-line>\n"
  "        <support>CRM, text message service</support>\n"
  "        <notes>Idea: remind by mileage.</notes>\n"
  "        <touchpoint id=\"t1\" channel=\"mobile\" criticality=\"non-critical\" role=\"opportunity\" interaction=\"staff systems customers\" kano=\"attractive\" frequency=\"regular\" standardised=\"true\" score=\"7.25\" target=\"8\">\n"
  "          <name>Reminder \"text\" message</name>\n"
  "          <description>Sent by the booking system.</description>\n"
  "          <expectation>Arrives before the light comes on</expectation>\n"
  "          <target-level>Every customer, two weeks ahead</target-level>\n"
  "          <way-of-working>Automatic, checked weekly</way-of-working>\n"
  "          <measurement>Share of bookings made from the link</measurement>\n"
  "          <front-line>Knows what was sent</front-line>\n"
  "          <support>Text message gateway</support>\n"
  "          <owner>Service manager</owner>\n"
  "          <notes>Tab\there.</notes>\n"
  "          <responses counts=\"0 0 1 0 2 3 5 10 20 7 4\"/>\n"
  "          <nps counts=\"1 0 0 2 0 0 3 4 8 20 12\"/>\n"
  "          <ces counts=\"0 1 2 10 7\"/>\n"
  "        </touchpoint>\n"
  "        <touchpoint id=\"t2\" channel=\"other\" criticality=\"critical\" role=\"prerequisite\">\n"
  "          <name/>\n"
  "          <channel-other>Radio advert</channel-other>\n"
  "        </touchpoint>\n"
  "      </step>\n"
  "      <step id=\"s2\">\n"
  "        <name>Empty step</name>\n"
  "      </step>\n"
  "    </phase>\n"
  "    <phase kind=\"purchase\"/>\n"
  "    <phase kind=\"post-purchase\">\n"
  "      <step id=\"s3\">\n"
  "        <name>Paying\n"
  "the invoice</name>\n"
  "        <touchpoint id=\"t3\" channel=\"email-and-post\" criticality=\"critical\" role=\"prerequisite\" score=\"0\" target=\"9.5\">\n"
  "          <name>Invoice matches the estimate</name>\n"
  "        </touchpoint>\n"
  "      </step>\n"
  "    </phase>\n"
  "  </journey>\n"
  "  <journey id=\"fleet\">\n"
  "    <title>Fleet service</title>\n"
  "    <segment>\n"
  "      <name>Companies</name>\n"
  "    </segment>\n"
  "    <scale min=\"1\" max=\"5\"/>\n"
  "    <phase kind=\"pre-purchase\">\n"
  "      <step id=\"f1\">\n"
  "        <name>Asking for a quote</name>\n"
  "        <touchpoint id=\"f2\" criticality=\"non-critical\" role=\"prerequisite\">\n"
  "          <name>Channel not known yet</name>\n"
  "        </touchpoint>\n"
  "      </step>\n"
  "    </phase>\n"
  "    <phase kind=\"purchase\"/>\n"
  "    <phase kind=\"post-purchase\"/>\n"
  "  </journey>\n"
  "</polku>\n";

static PolkuDocument *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  return polku_reader_load_bytes (bytes, "test.polku", error);
}

static char *
source_path (const char *relative)
{
  const char *top = g_getenv ("POLKU_SOURCE_DIR");

  assert_non_null (top);
  return g_build_filename (top, relative, NULL);
}

static void
test_read_values (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = load_string (canonical, &error);
  PolkuJourney *journey;
  PolkuPhase *pre;
  PolkuStep *step;
  PolkuTouchpoint *touchpoint;

  assert_null (error);
  assert_non_null (document);
  assert_int_equal (polku_document_get_n_journeys (document), 2);

  journey = polku_document_get_journey (document, 0);
  assert_string_equal (polku_journey_get_id (journey), "car");
  assert_string_equal (polku_journey_get_title (journey), "Car & van service <2026>");
  assert_string_equal (polku_journey_get_segment (journey), "Yksityiset autonomistajat");
  assert_int_equal (polku_journey_get_scale_min (journey), 0);
  assert_int_equal (polku_journey_get_scale_max (journey), 10);
  assert_int_equal (polku_journey_count_steps (journey), 3);
  assert_int_equal (polku_journey_count_touchpoints (journey), 3);

  pre = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE);
  assert_string_equal (polku_phase_get_label (pre), "Before the visit");
  step = polku_phase_get_step (pre, 0);
  assert_string_equal (polku_step_get_name (step), "Noticing service is due");
  touchpoint = polku_step_get_touchpoint (step, 0);
  assert_string_equal (polku_touchpoint_get_id (touchpoint), "t1");
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Reminder \"text\" message");
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_MOBILE);
  assert_int_equal (polku_touchpoint_get_criticality (touchpoint), POLKU_CRITICALITY_NON_CRITICAL);
  assert_int_equal (polku_touchpoint_get_role (touchpoint), POLKU_ROLE_OPPORTUNITY);
  assert_true (polku_touchpoint_get_score (touchpoint) == 7.25);
  assert_true (polku_touchpoint_get_target (touchpoint) == 8);

  assert_int_equal (polku_touchpoint_get_interaction (touchpoint),
                    POLKU_INTERACTION_STAFF | POLKU_INTERACTION_SYSTEMS | POLKU_INTERACTION_CUSTOMERS);
  assert_int_equal (polku_touchpoint_get_kano (touchpoint), POLKU_KANO_ATTRACTIVE);
  assert_int_equal (polku_touchpoint_get_frequency (touchpoint), POLKU_FREQUENCY_REGULAR);
  assert_true (polku_touchpoint_get_standardised (touchpoint));
  assert_string_equal (polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_OWNER), "Service manager");
  assert_string_equal (polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_NOTES), "Tab\there.");
  {
    gsize n;
    const guint32 *counts = polku_touchpoint_get_counts (touchpoint, POLKU_SURVEY_NPS, &n);

    assert_int_equal (n, 11);
    assert_int_equal (counts[9], 20);
    assert_null (polku_touchpoint_get_counts (polku_step_get_touchpoint (step, 1), POLKU_SURVEY_CES, &n));
  }
  assert_true (polku_step_get_gate (step));
  assert_string_equal (polku_step_get_field (step, POLKU_STEP_FIELD_FRONT_STAGE), "Reminder two weeks ahead");
  assert_string_equal (polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SEGMENT_CRITERIA),
                       "Private customer; car older than three years");
  assert_string_equal (polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL),
                       "Not at all \"happy\"");
  assert_string_equal (polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL),
                       "Delighted & loyal");
  assert_string_equal (polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE), "en-GB");
  assert_int_equal (g_date_time_get_month (polku_journey_get_created (journey)), 1);
  assert_int_equal (polku_journey_get_lanes (journey),
                    POLKU_ALL_LANES & ~(POLKU_LANE_FRONT_LINE | POLKU_LANE_NOTES));
  assert_int_equal (polku_journey_get_lanes (polku_document_get_journey (document, 1)), POLKU_ALL_LANES);
  assert_null (polku_journey_get_created (polku_document_get_journey (document, 1)));

  touchpoint = polku_step_get_touchpoint (step, 1);
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "");
  assert_false (polku_touchpoint_has_score (touchpoint));
  assert_false (polku_touchpoint_has_target (touchpoint));

  step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE), 0);
  assert_string_equal (polku_step_get_name (step), "Paying\nthe invoice");
  assert_true (polku_touchpoint_get_score (polku_step_get_touchpoint (step, 0)) == 0);

  /* Without a channel attribute, the channel is not set. */
  journey = polku_document_get_journey (document, 1);
  step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE), 0);
  assert_int_equal (polku_touchpoint_get_channel (polku_step_get_touchpoint (step, 0)), POLKU_CHANNEL_NONE);
}

static void
assert_round_trip (const char *xml,
                   gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) input = g_bytes_new_static (xml, len);
  g_autoptr(PolkuDocument) document = polku_reader_load_bytes (input, "round-trip.polku", &error);
  g_autoptr(GBytes) output = NULL;

  assert_null (error);
  assert_non_null (document);
  output = polku_writer_write (document);
  assert_int_equal (g_bytes_get_size (output), len);
  assert_memory_equal (g_bytes_get_data (output, NULL), xml, len);
}

static void
test_round_trip_is_byte_identical (void **state)
{
  assert_round_trip (canonical, strlen (canonical));
}

static void
test_examples_are_canonical (void **state)
{
  static const char * const examples[] = {
    "data/examples/car-service.polku",
    "data/examples/car-service.fi.polku",
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = source_path (examples[i]);
      g_autofree char *contents = NULL;
      gsize len;

      assert_true (g_file_get_contents (path, &contents, &len, NULL));
      assert_round_trip (contents, len);
    }
}

/* The bundled example is what a new user sees first: it must use the whole
 * method (three phases, both tag axes, scores under target). */
static void
test_example_uses_the_method (void **state)
{
  g_autofree char *path = source_path ("data/examples/car-service.polku");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = polku_reader_load_file (file, NULL, &error);
  PolkuJourney *journey;
  guint combinations[2][2] = { { 0 } };
  guint under_target = 0;

  assert_null (error);
  journey = polku_document_get_journey (document, 0);
  assert_true (polku_journey_count_steps (journey) >= 5);
  assert_true (polku_journey_count_touchpoints (journey) >= 12);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, kind);

      assert_true (polku_phase_get_n_steps (phase) > 0);
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *tp = polku_step_get_touchpoint (step, t);

              combinations[polku_touchpoint_get_criticality (tp)][polku_touchpoint_get_role (tp)]++;
              if (polku_touchpoint_get_score (tp) < polku_touchpoint_get_target (tp))
                under_target++;
            }
        }
    }

  for (guint c = 0; c < 2; c++)
    for (guint r = 0; r < 2; r++)
      assert_true (combinations[c][r] > 0);
  assert_true (under_target >= 2);
}

/* Validates with xmllint; says why not when a valid file was expected. */
static gboolean
xmllint_validates (const char *path,
                   gboolean    expect_valid)
{
  g_autofree char *schema = source_path ("data/polku.rng");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xmllint", "--noout", "--relaxng", schema, path, NULL };
  g_autofree char *err_out = NULL;
  int status;

  assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                             NULL, NULL, NULL, &err_out, &status, &error));
  if (expect_valid && !g_spawn_check_wait_status (status, NULL))
    print_error ("%s", err_out);
  return g_spawn_check_wait_status (status, NULL);
}

static void
test_writer_output_validates (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = load_string (canonical, &error);
  g_autofree char *dir = g_dir_make_tmp ("polku-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  assert_non_null (dir);
  assert_true (polku_writer_save_file (document, file, NULL, &error));
  assert_null (error);
  assert_true (xmllint_validates (path, TRUE));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_schema_refuses_what_reader_refuses (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("polku-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bad.polku", NULL);
  g_autofree char *bad = g_strdup (canonical);
  char *at = strstr (bad, "channel=\"mobile\"");

  /* "mobile" → "mobilx": neither the schema nor the reader accept it. */
  at[strlen ("channel=\"mobil")] = 'x';
  assert_true (g_file_set_contents (path, bad, -1, NULL));
  assert_false (xmllint_validates (path, FALSE));
  assert_null (load_string (bad, &error));
  assert_true (g_error_matches (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_INVALID));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  const char     *what;
  const char     *xml;
  PolkuFileError  code;
  const char     *message;   /* the start of the error message */
} BadFile;

#define HEAD "<?xml version=\"1.0\"?>\n<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
#define JOURNEY_START "<journey id=\"j\"><title>T</title><segment><name>S</name></segment><scale min=\"1\" max=\"5\"/>\n"
#define PHASES "<phase kind=\"pre-purchase\"/><phase kind=\"purchase\"/><phase kind=\"post-purchase\"/>"
#define TP(attrs) \
  HEAD JOURNEY_START "<phase kind=\"pre-purchase\">\n<step id=\"s\"><name>S</name>\n" \
  "<touchpoint id=\"t\" " attrs "><name>N</name></touchpoint>\n" \
  "</step></phase><phase kind=\"purchase\"/><phase kind=\"post-purchase\"/></journey></polku>"
#define TP_OK "channel=\"phone\" criticality=\"critical\" role=\"prerequisite\""

static const BadFile bad_files[] = {
  { "unclosed element",
    HEAD JOURNEY_START PHASES "\n</polku>\n",
    POLKU_FILE_ERROR_MALFORMED, "test.polku:5:9: not well-formed XML: Opening and ending tag mismatch" },
  { "empty file", "", POLKU_FILE_ERROR_MALFORMED, "test.polku:1:1: " },
  { "not XML", "hello", POLKU_FILE_ERROR_MALFORMED, "test.polku:1:1: this is not XML" },
  { "other root",
    "<?xml version=\"1.0\"?>\n<svg xmlns=\"urn:polku:journey\"/>",
    POLKU_FILE_ERROR_INVALID, "test.polku:2:1: this is not a Polku journey file: the root element is <svg>" },
  { "no namespace",
    "<?xml version=\"1.0\"?>\n<polku format=\"1\"/>",
    POLKU_FILE_ERROR_INVALID, "test.polku:2:1: this is not a Polku journey file" },
  { "newer format",
    "<?xml version=\"1.0\"?>\n<polku xmlns=\"urn:polku:journey\" format=\"7\"><future/></polku>",
    POLKU_FILE_ERROR_NEWER, "test.polku:2:34: the file is in format version 7, written by a newer Polku" },
  { "no journey",
    HEAD "</polku>",
    POLKU_FILE_ERROR_INVALID, "test.polku:3:1: <polku> is missing <journey>" },
  { "two phases",
    HEAD JOURNEY_START "<phase kind=\"pre-purchase\"/><phase kind=\"purchase\"/>\n</journey></polku>",
    POLKU_FILE_ERROR_INVALID, "test.polku:5:1: <journey> lacks the phase “post-purchase”; a journey holds the phases pre-purchase, purchase and post-purchase, in that order" },
  { "phases out of order",
    HEAD JOURNEY_START "<phase kind=\"purchase\"/>",
    POLKU_FILE_ERROR_INVALID, "test.polku:4:8: <journey> lacks the phase “pre-purchase” before “purchase”" },
  { "title after scale",
    HEAD "<journey id=\"j\"><segment><name>S</name></segment>\n<title>T</title>",
    POLKU_FILE_ERROR_INVALID, "test.polku:3:17: <segment> must come after <title> in <journey>" },
  { "unknown element",
    HEAD JOURNEY_START PHASES "\n<colour/>",
    POLKU_FILE_ERROR_INVALID, "test.polku:5:1: unexpected element <colour> in <journey>; expected <round>, or the end of <journey>" },
  { "unknown channel",
    TP ("channel=\"telepathy\" criticality=\"critical\" role=\"prerequisite\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:20: the channel of <touchpoint> cannot be “telepathy”; use one of: service-premises, phone, booking-system," },
  { "the token of a channel not set",
    TP ("channel=\"none\" criticality=\"critical\" role=\"prerequisite\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:20: the channel of <touchpoint> cannot be “none”; use one of: service-premises, phone, booking-system," },
  { "unknown criticality",
    TP ("channel=\"phone\" criticality=\"very\" role=\"prerequisite\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:36: the criticality of <touchpoint> cannot be “very”; use one of: non-critical, critical" },
  { "missing role",
    TP ("channel=\"phone\" criticality=\"critical\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:1: <touchpoint> is missing its “role” attribute" },
  { "unknown attribute",
    TP (TP_OK " colour=\"red\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:79: unknown attribute “colour” on <touchpoint>; it may have: id, channel, criticality, role," },
  { "score above the scale",
    TP (TP_OK " score=\"6\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:79: the score 6 is outside the journey’s scale 1–5" },
  { "target not a number",
    TP (TP_OK " target=\"high\""),
    POLKU_FILE_ERROR_INVALID, "test.polku:6:79: the target “high” of <touchpoint> is not a number" },
  { "unsupported scale",
    HEAD "<journey id=\"j\"><title>T</title><segment><name>S</name></segment>\n  <scale min=\"0\" max=\"5\"/>",
    POLKU_FILE_ERROR_INVALID, "test.polku:4:10: the satisfaction scale 0–5 is not supported; use 1–5, 1–7, 1–10 or 0–10" },
  { "scale out of its values",
    HEAD "<journey id=\"j\"><title>T</title><segment><name>S</name></segment>\n  <scale min=\"2\" max=\"9\"/>",
    POLKU_FILE_ERROR_INVALID, "test.polku:4:10: the min of <scale> cannot be “2”; use one of: 0, 1" },
  { "duplicate id",
    HEAD JOURNEY_START "<phase kind=\"pre-purchase\">\n<step id=\"j\">",
    POLKU_FILE_ERROR_INVALID, "test.polku:5:7: the id “j” is used twice, first on line 3" },
  { "bad id",
    HEAD "<journey id=\"1 2\">",
    POLKU_FILE_ERROR_INVALID, "test.polku:3:10: “1 2” is not a valid id for <journey>" },
  { "text in a step",
    HEAD JOURNEY_START "<phase kind=\"pre-purchase\">\n<step id=\"s\"><name>S</name>loose words",
    POLKU_FILE_ERROR_INVALID, "test.polku:5:" },
  { "element in a name",
    HEAD JOURNEY_START "<phase kind=\"pre-purchase\">\n<step id=\"s\"><name><b>S</b>",
    POLKU_FILE_ERROR_INVALID, "test.polku:5:20: <name> holds only text, not the element <b>" },
  { "doctype",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE polku [ <!ENTITY a \"aaaa\"> ]>\n<polku xmlns=\"urn:polku:journey\" format=\"1\"/>",
    POLKU_FILE_ERROR_FORBIDDEN, "test.polku:2:" },
  { "external entity",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE polku SYSTEM \"file:///etc/passwd\">\n<polku/>",
    POLKU_FILE_ERROR_FORBIDDEN, "test.polku:2:" },
  { "undeclared entity",
    HEAD "<journey id=\"j\"><title>&lol;</title>",
    POLKU_FILE_ERROR_FORBIDDEN, "test.polku:3:" },
};

static void
test_bad_files_are_refused (void **state)
{
  guint failures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(PolkuDocument) document = load_string (bad->xml, &error);

      if (document != NULL || error == NULL ||
          !g_error_matches (error, POLKU_FILE_ERROR, bad->code) ||
          !g_str_has_prefix (error->message, bad->message))
        {
          print_error ("%s: expected code %d “%s…”, got %s\n",
                       bad->what, bad->code, bad->message,
                       error ? error->message : "no error");
          failures++;
        }
    }
  assert_int_equal (failures, 0);
}

/* The billion laughs: refused before any expansion, in no time. */
static void
test_entity_expansion_is_refused (void **state)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE polku [\n<!ENTITY l0 \"ha\">\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  gint64 start;

  for (int i = 1; i < 30; i++)
    g_string_append_printf (xml, "<!ENTITY l%d \"&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;\">\n",
                            i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
  g_string_append (xml, "]>\n<polku xmlns=\"urn:polku:journey\" format=\"1\"><journey id=\"j\"><title>&l29;</title>");

  start = g_get_monotonic_time ();
  document = load_string (xml->str, &error);
  assert_null (document);
  assert_true (g_error_matches (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_FORBIDDEN));
  assert_true (g_get_monotonic_time () - start < G_USEC_PER_SEC);
}

static void
test_too_large_is_refused (void **state)
{
  gsize size = POLKU_FILE_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_static (data, size);
  assert_null (polku_reader_load_bytes (bytes, "huge.polku", &error));
  assert_true (g_error_matches (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE));
  assert_true (g_str_has_prefix (error->message, "huge.polku:1:1: the file is"));
}

static void
test_load_file_names_the_path (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("polku-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/none.polku");
  g_autofree char *expected = g_strconcat (path, ":2:", NULL);

  assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<polku xmlns=\"urn:polku:journey\" format=\"1\"><journey id=\"j\"></polku>", -1, NULL));
  assert_null (polku_reader_load_file (file, NULL, &error));
  assert_true (g_error_matches (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_MALFORMED));
  assert_true (g_str_has_prefix (error->message, expected));
  g_clear_error (&error);

  assert_null (polku_reader_load_file (missing, NULL, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_read_values),
    cmocka_unit_test (test_round_trip_is_byte_identical),
    cmocka_unit_test (test_examples_are_canonical),
    cmocka_unit_test (test_example_uses_the_method),
    cmocka_unit_test (test_writer_output_validates),
    cmocka_unit_test (test_schema_refuses_what_reader_refuses),
    cmocka_unit_test (test_bad_files_are_refused),
    cmocka_unit_test (test_entity_expansion_is_refused),
    cmocka_unit_test (test_too_large_is_refused),
    cmocka_unit_test (test_load_file_names_the_path),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
