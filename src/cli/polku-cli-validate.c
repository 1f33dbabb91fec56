/* polku-cli-validate.c: polku-cli validate FILE…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"

int
polku_cli_validate (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = polku_cli_context ("validate", NULL);
  int status = EXIT_SUCCESS;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc < 2)
    {
      polku_cli_fail ("%s", _("validate needs at least one journey file"));
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PolkuDocument) document = polku_cli_load (argv[i], &error);

      if (document == NULL)
        {
          polku_cli_print_error (argv[i], error);
          status = EXIT_FAILURE;
        }
    }
  return status;
}
