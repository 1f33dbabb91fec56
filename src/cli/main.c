/* main.c: polku-cli, journey files from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-cli-private.h"

int
main (int    argc,
      char **argv)
{
  polku_i18n_init ();
  return polku_cli_run (argc, argv);
}
