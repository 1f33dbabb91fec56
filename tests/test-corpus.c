/* test-corpus.c: every file of the fuzzing corpus through the reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files named valid-* must load and save back in a form that loads again;
 * files named invalid-* must be refused with a journey file error whose
 * message starts with "NAME:LINE:COLUMN: ". Whatever else the fuzzer adds
 * to the corpus only has to load or be refused cleanly.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-core.h"

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
          if (!has_location_prefix (error->message, name))
            fail_msg ("%s: message without FILE:LINE:COLUMN: %s", name, error->message);
          if (g_str_has_prefix (name, "valid-"))
            fail_msg ("%s: refused: %s", name, error->message);
        }
    }

  assert_true (n_files >= 10);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_corpus),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
