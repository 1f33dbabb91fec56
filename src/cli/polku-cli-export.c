/* polku-cli-export.c: polku-cli export FILE -o OUTPUT
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"
#include "polku-render.h"

static PolkuJourney *
find_journey (PolkuDocument *document,
              const char    *id)
{
  for (guint i = 0; i < polku_document_get_n_journeys (document); i++)
    {
      PolkuJourney *journey = polku_document_get_journey (document, i);

      if (id == NULL || g_strcmp0 (polku_journey_get_id (journey), id) == 0)
        return journey;
    }
  return NULL;
}

int
polku_cli_export (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *journey_id = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map to OUTPUT (.pdf, .svg or .png)"), N_("OUTPUT") },
    { "journey", 'j', 0, G_OPTION_ARG_STRING, &journey_id,
      N_("Export the journey with this id (default: the first)"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("export", entries);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  PolkuJourney *journey;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2 || output == NULL)
    {
      polku_cli_fail ("%s", _("export needs one journey file and -o OUTPUT"));
      return 2;
    }

  document = polku_cli_load (argv[1], &error);
  if (document == NULL)
    {
      polku_cli_print_error (argv[1], error);
      return EXIT_FAILURE;
    }

  journey = find_journey (document, journey_id);
  if (journey == NULL)
    {
      g_printerr ("%s: ", argv[1]);
      g_printerr (_("the file has no journey with the id “%s”"), journey_id);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  if (!polku_export_journey (journey, output, &error))
    {
      polku_cli_fail ("%s", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
