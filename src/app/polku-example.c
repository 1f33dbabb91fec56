/* polku-example.c: the example journey bundled with Polku
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-example.h"

#define EXAMPLE_PATH_EN "/fi/polku/Polku/examples/car-service.polku"
#define EXAMPLE_PATH_FI "/fi/polku/Polku/examples/car-service.fi.polku"

/* Does a locale name such as "fi_FI.UTF-8" name the language code? */
static gboolean
locale_is_language (const char *locale,
                    const char *code)
{
  gsize length = strlen (code);

  /* strchr() also finds the terminating NUL: the code alone matches. */
  return strncmp (locale, code, length) == 0
         && strchr ("_.@", locale[length]) != NULL;
}

const char *
polku_example_get_resource_path (const char * const *language_names)
{
  g_return_val_if_fail (language_names != NULL, EXAMPLE_PATH_EN);

  /* Like gettext: the first language that has a translation, or is the
   * language of the source strings, wins. */
  for (guint i = 0; language_names[i] != NULL; i++)
    {
      const char *name = language_names[i];

      if (locale_is_language (name, "fi"))
        return EXAMPLE_PATH_FI;
      if (locale_is_language (name, "en")
          || locale_is_language (name, "C")
          || locale_is_language (name, "POSIX"))
        return EXAMPLE_PATH_EN;
    }

  return EXAMPLE_PATH_EN;
}
