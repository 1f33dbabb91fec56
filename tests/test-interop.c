/* test-interop.c: journeys in and out as spreadsheets, CJML and Mermaid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Round trips keep what each format can hold, asserted field by field or as
 * the bytes of the journey file; files written by hand from the formats'
 * public descriptions, with the quirks real tools produce, are read or
 * refused with the line of the problem.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-core.h"
#include "polku-test.h"

static char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;

  g_ptr_array_add (parts, (gpointer) g_getenv ("POLKU_SOURCE_DIR"));
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static PolkuDocument *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuDocument *document = polku_reader_load_file (file, NULL, &error);

  if (document == NULL)
    fail_msg ("%s", error->message);
  return document;
}

/* The journey file of one journey, to compare journeys whole. */
static char *
journey_xml (PolkuJourney *journey)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(GBytes) bytes = NULL;

  polku_document_append_journey (document, journey);
  bytes = polku_writer_write (document);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static PolkuCsvReader *
csv_reader (const char *text,
            const char *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  PolkuCsvReader *reader = polku_csv_reader_new (bytes, name, &error);

  if (reader == NULL)
    fail_msg ("%s", error->message);
  return reader;
}

static PolkuDocument *
import_csv (const char  *text,
            GError     **error)
{
  g_autoptr(PolkuCsvReader) reader = csv_reader (text, "journey.csv");

  return polku_csv_journey_import (reader, NULL, error);
}

/* Spreadsheets */

/* Every journey of a file with every field, on a 0–10 scale and with
 * dates, hidden lanes and a step without touchpoints: exported and
 * imported again, the journey file is the same to the byte. */
static void
test_csv_round_trip_is_identical (void **state)
{
  static const char * const files[][2] = {
    { "tests/corpus", "valid-every-field.polku" },
    { "data/examples", "car-service.polku" },
    { "data/examples", "car-service.fi.polku" },
    { "tests/corpus", "valid-zero-to-ten.polku" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = source_path (files[f][0], files[f][1], NULL);
      g_autoptr(PolkuDocument) document = load_path (path);

      for (guint j = 0; j < polku_document_get_n_journeys (document); j++)
        {
          PolkuJourney *journey = polku_document_get_journey (document, j);
          g_autoptr(GBytes) csv = polku_csv_journey_export (journey);
          g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
          g_autoptr(GError) error = NULL;
          g_autoptr(PolkuDocument) imported = import_csv (text, &error);
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          if (imported == NULL)
            fail_msg ("%s: %s", files[f][1], error->message);
          assert_int_equal (polku_document_get_n_journeys (imported), 1);
          before = journey_xml (journey);
          after = journey_xml (polku_document_get_journey (imported, 0));
          if (!g_str_equal (before, after))
            fail_msg ("%s: the journey changed through CSV:\n%s\n---\n%s", files[f][1], before, after);
        }
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_csv_round_trip_is_identical),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
