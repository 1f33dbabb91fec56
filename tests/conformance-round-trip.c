/* conformance-round-trip.c: load, save, load and save many journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * conformance-round-trip OUTDIR FILE…: for each FILE that loads, writes the
 * first save to OUTDIR under the same base name and checks that loading it
 * and saving again gives the same bytes. Prints "FILE: problem" for each
 * file where that fails, and exits 1 then; files that do not load are the
 * conformance test's business, and are only listed as "FILE: refused".
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "polku-core.h"

int
main (int    argc,
      char **argv)
{
  int status = EXIT_SUCCESS;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s OUTDIR FILE…\n", argv[0]);
      return 2;
    }

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (argv[i]);
      g_autoptr(PolkuDocument) first = polku_reader_load_file (file, NULL, &error);
      g_autoptr(PolkuDocument) second = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      g_autofree char *base = g_path_get_basename (argv[i]);
      g_autofree char *out = g_build_filename (argv[1], base, NULL);

      if (first == NULL)
        {
          printf ("%s: refused\n", argv[i]);
          continue;
        }

      saved = polku_writer_write (first);
      if (!g_file_set_contents (out, g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), &error))
        {
          printf ("%s: %s\n", argv[i], error->message);
          status = EXIT_FAILURE;
          continue;
        }
      second = polku_reader_load_bytes (saved, out, &error);
      if (second == NULL)
        {
          printf ("%s: its saved form does not load: %s\n", argv[i], error->message);
          status = EXIT_FAILURE;
          continue;
        }
      saved_again = polku_writer_write (second);
      if (!g_bytes_equal (saved, saved_again))
        {
          printf ("%s: saved again, it is not the same bytes\n", argv[i]);
          status = EXIT_FAILURE;
        }
    }
  return status;
}
