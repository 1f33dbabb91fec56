/* main.c: the polku executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-application.h"
#include "polku-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PolkuApplication) app = NULL;

  polku_i18n_init ();

  app = polku_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
