/* main.c: the polku executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-application.h"
#include "polku-i18n.h"

/* Run from the build directory, the settings schema is the one compiled
 * there, unless one was given. */
static void
use_uninstalled_schema (void)
{
  g_autofree char *executable = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;

  if (executable == NULL || g_getenv ("GSETTINGS_SCHEMA_DIR") != NULL)
    return;
  dir = g_path_get_dirname (executable);
  if (g_str_equal (dir, POLKU_UNINSTALLED_DIR))
    g_setenv ("GSETTINGS_SCHEMA_DIR", POLKU_UNINSTALLED_SCHEMA_DIR, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PolkuApplication) app = NULL;

  use_uninstalled_schema ();

  polku_i18n_init ();

  app = polku_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
