/* polku-cli-normalize.c: polku-cli normalize FILE [-o OUTPUT]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"

int
polku_cli_normalize (int    argc,
                     char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUTPUT instead of rewriting FILE (- for standard output)"), N_("OUTPUT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("normalize", entries);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *target;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2)
    {
      polku_cli_fail ("%s", _("normalize needs one journey file"));
      return 2;
    }

  document = polku_cli_load (argv[1], &error);
  if (document == NULL)
    {
      polku_cli_print_error (argv[1], error);
      return EXIT_FAILURE;
    }

  bytes = polku_writer_write (document);
  if (g_strcmp0 (output, "-") == 0)
    {
      fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
      return fflush (stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
    }

  /* Written whole or not at all: the old file stays until the new one is complete. */
  target = output != NULL ? output : argv[1];
  file = g_file_new_for_commandline_arg (target);
  if (!polku_file_write (file, bytes, NULL, &error))
    {
      g_printerr ("%s: %s\n", target, error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
