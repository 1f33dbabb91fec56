/* fuzz-files.c: a harness's main() without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs LLVMFuzzerTestOneInput on each file named on the command line and
 * on each file in each folder named there, in order of name. It prints each
 * file's name before running it, so that a crash shows which file caused
 * it, and fails when it finds no file at all. Each input is a copy of just
 * the file's bytes, as libFuzzer gives it, so that the address sanitizer
 * sees a read past its end.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz-harness.h"

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree guint8 *data = NULL;
  gsize size;

  if (!g_file_get_contents (path, &contents, &size, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (EXIT_FAILURE);
    }

  g_print ("%s\n", path);
  data = g_memdup2 (contents, size);
  LLVMFuzzerTestOneInput (data, size);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static guint
run_folder (const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (EXIT_FAILURE);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
  g_ptr_array_sort (paths, compare_names);

  for (guint i = 0; i < paths->len; i++)
    run_file (g_ptr_array_index (paths, i));
  return paths->len;
}

int
main (int    argc,
      char **argv)
{
  guint n_files = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        n_files += run_folder (argv[i]);
      else
        {
          run_file (argv[i]);
          n_files++;
        }
    }

  if (n_files == 0)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER…: no input files\n", argv[0]);
      return EXIT_FAILURE;
    }
  g_print ("%u files, no crash\n", n_files);
  return EXIT_SUCCESS;
}
