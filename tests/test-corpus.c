/* test-corpus.c: every file of the fuzzing corpus through the reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files named valid-* must load and save back in a form that loads again;
 * files named invalid-* must be refused with a journey file error whose
 * message starts with "NAME:LINE:COLUMN: ", and where the table below says
 * what the message is, with that message. Whatever else the fuzzer adds to
 * the corpus only has to load or be refused cleanly. Every message stays
 * one short line, however large the value it is about.
 */

#include "config.h"

#include <sys/resource.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-core.h"

/* The most characters a message may have after "NAME:LINE:COLUMN: ". */
#define MAX_PROBLEM_LENGTH 250

typedef struct
{
  const char *name;
  const char *message;   /* the start of the message */
} Expected;

static const Expected expected[] = {
  { "invalid-empty.polku", "invalid-empty.polku:1:1: the file is empty" },
  { "invalid-whitespace-only.polku",
    "invalid-whitespace-only.polku:1:1: the file holds only spaces and line breaks, no journey" },
  { "invalid-declaration-only.polku",
    "invalid-declaration-only.polku:3:1: the file holds no element; a journey file holds a <polku> element" },
  { "invalid-not-xml.polku",
    "invalid-not-xml.polku:1:1: this is not XML: a journey file starts with “<?xml” or “<polku”" },
  { "invalid-unclosed.polku",
    "invalid-unclosed.polku:11:34: the file ends inside <journey>; it may have been cut short" },
  { "invalid-bad-utf8.polku",
    "invalid-bad-utf8.polku:9:1: byte 0xFF is not UTF-8 text; journey files are UTF-8" },
  { "invalid-nul-byte.polku",
    "invalid-nul-byte.polku:6:13: byte 0x00 is not UTF-8 text; journey files are UTF-8" },
  { "invalid-utf16.polku",
    "invalid-utf16.polku:1:1: the file is in UTF-16, not in UTF-8 as journey files are" },
  { "invalid-utf16-no-bom.polku",
    "invalid-utf16-no-bom.polku:1:1: the file is in UTF-16, not in UTF-8 as journey files are" },
  { "invalid-utf32.polku",
    "invalid-utf32.polku:1:1: the file is in UTF-32, not in UTF-8 as journey files are" },
  { "invalid-utf32-no-bom.polku",
    "invalid-utf32-no-bom.polku:1:1: the file is in UTF-32, not in UTF-8 as journey files are" },
  { "invalid-ebcdic.polku",
    "invalid-ebcdic.polku:1:1: the file is in EBCDIC, not in UTF-8 as journey files are" },
  { "invalid-latin1.polku",
    "invalid-latin1.polku:1:31: the file declares the encoding “ISO-8859-1”, but journey files are UTF-8" },
  { "invalid-newer-format.polku",
    "invalid-newer-format.polku:2:34: the file is in format version 99, written by a newer Polku" },
  { "invalid-format-20-digits.polku",
    "invalid-format-20-digits.polku:2:34: the file is in format version 12345678901234567890, written by a newer Polku" },
  { "invalid-long-value.polku",
    "invalid-long-value.polku:3:19: “fi-" "äääääääääääääääääääääääääääääääääääää" "…” is not a language tag" },
  { "invalid-long-counts.polku",
    "invalid-long-counts.polku:14:16: <ces> must hold 5 counts, one for each answer value, but holds 1000" },
  { "invalid-long-tag.polku",
    "invalid-long-tag.polku:4:1022: not well-formed XML: Opening and ending tag mismatch: title line 4 and title-xxx" },
  { "invalid-counts-length.polku",
    "invalid-counts-length.polku:14:16: <ces> must hold 5 counts, one for each answer value, but holds 3" },
  { "invalid-round-unknown-touchpoint.polku",
    "invalid-round-unknown-touchpoint.polku:25:15: the round “r1” names the touchpoint “t9”, which its journey does not have" },
  { "invalid-round-result-twice.polku",
    "invalid-round-result-twice.polku:29:15: the round “r2” names the touchpoint “t1” twice" },
};

static gboolean
has_location_prefix (const char *message,
                     const char *name)
{
  g_autofree char *prefix = g_strconcat (name, ":", NULL);
  const char *p;
  guint colons = 0;

  if (!g_str_has_prefix (message, prefix))
    return FALSE;
  for (p = message + strlen (prefix); g_ascii_isdigit (*p) || *p == ':'; p++)
    if (*p == ':')
      colons++;
  return colons == 2 && *p == ' ';
}

static const char *
expected_message (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_str_equal (expected[i].name, name))
      return expected[i].message;
  return NULL;
}

static void
check_message (const char *name,
               const char *message)
{
  const char *want = expected_message (name);
  const char *problem = strstr (message, ": ");

  if (!has_location_prefix (message, name))
    fail_msg ("%s: message without FILE:LINE:COLUMN: %s", name, message);
  if (want != NULL && !g_str_has_prefix (message, want))
    fail_msg ("%s: expected “%s…”, got “%s”", name, want, message);
  if (!g_utf8_validate (message, -1, NULL) || strchr (message, '\n') != NULL ||
      g_utf8_strlen (problem + 2, -1) > MAX_PROBLEM_LENGTH)
    fail_msg ("%s: message not one short line of UTF-8: %.300s", name, message);
}

static void
test_corpus (void **state)
{
  g_autofree char *dir = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "tests", "corpus", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_files = 0;

  assert_non_null (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PolkuDocument) document = NULL;
      gsize len;

      assert_true (g_file_get_contents (path, &contents, &len, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
      document = polku_reader_load_bytes (bytes, name, &error);
      n_files++;

      if (document != NULL)
        {
          g_autoptr(GBytes) saved = polku_writer_write (document);
          g_autoptr(PolkuDocument) again = polku_reader_load_bytes (saved, name, &error);

          if (again == NULL)
            fail_msg ("%s: saved form does not load: %s", name, error->message);
          if (g_str_has_prefix (name, "invalid-"))
            fail_msg ("%s: loaded, but should be refused", name);
        }
      else
        {
          assert_true (error->domain == POLKU_FILE_ERROR);
          check_message (name, error->message);
          if (g_str_has_prefix (name, "valid-"))
            fail_msg ("%s: refused: %s", name, error->message);
        }
    }

  assert_true (n_files >= 10);

  /* Every expectation is about a file that is there. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (dir, expected[i].name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        fail_msg ("%s: expected message for a file not in the corpus", expected[i].name);
    }
}

static glong
peak_kilobytes (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* A 10 MB counts attribute, within the file size limit: refused with a short
 * message, without splitting it (which once took 262 MB). */
static void
test_huge_counts (void **state)
{
  static const char head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<polku xmlns=\"urn:polku:journey\" format=\"1\">\n"
    "<journey id=\"j\"><title>T</title><segment><name>S</name></segment><scale min=\"1\" max=\"5\"/>\n"
    "<phase kind=\"pre-purchase\"><step id=\"s\"><name>S</name>\n"
    "<touchpoint id=\"t\" channel=\"phone\" criticality=\"critical\" role=\"prerequisite\"><name>N</name>\n"
    "<ces counts=\"";
  static const char tail[] =
    "\"/></touchpoint></step></phase><phase kind=\"purchase\"/><phase kind=\"post-purchase\"/></journey></polku>\n";
  const gsize n_counts = 5 * 1000 * 1000;
  gsize size = strlen (head) + 2 * n_counts - 1 + strlen (tail);
  char *xml = g_malloc (size);
  char *p = xml;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  glong before;

  p = g_stpcpy (p, head);
  for (gsize i = 0; i < n_counts; i++)
    {
      *p++ = '1';
      *p++ = ' ';
    }
  p = g_stpcpy (p - 1, tail);
  assert_int_equal (p - xml, size);
  bytes = g_bytes_new_take (xml, size);

  before = peak_kilobytes ();
  document = polku_reader_load_bytes (bytes, "huge.polku", &error);
  assert_null (document);
  assert_string_equal (error->message,
                       "huge.polku:6:6: the “counts” attribute of <ces> is longer than 65536 characters");
#ifndef __SANITIZE_ADDRESS__
  /* libxml2 holds the file and the value once each; nothing more. The
   * sanitizer's bookkeeping makes the figure meaningless there. */
  assert_true ((gsize) (peak_kilobytes () - before) < 3 * size / 1024);
#endif
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_huge_counts),
    cmocka_unit_test (test_corpus),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
