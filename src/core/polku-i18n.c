/* polku-i18n.c: setting up translations for Polku's programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "polku-i18n.h"

const char *
polku_i18n_get_localedir (void)
{
  const char *localedir = g_getenv ("POLKU_LOCALEDIR");

  return localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR;
}

void
polku_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, polku_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
