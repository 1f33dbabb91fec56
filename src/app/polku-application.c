/* polku-application.c: the application, its windows and app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-application.h"
#include "polku-resources.h"
#include "polku-window.h"

#define EXAMPLE_PATH_EN "/fi/polku/Polku/examples/car-service.polku"
#define EXAMPLE_PATH_FI "/fi/polku/Polku/examples/car-service.fi.polku"

struct _PolkuApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PolkuApplication, polku_application, ADW_TYPE_APPLICATION)

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
polku_application_get_example_path (const char * const *language_names)
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

static void
polku_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
polku_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Polku developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Polku"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Map your customers’ journeys"),
                         "developer-name", _("The Polku developers"),
                         "developers", developers,
                         "copyright", _("© 2026 The Polku developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", polku_application_quit_action },
  { "about", polku_application_about_action },
};

static void
polku_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (polku_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                         "app.quit", quit_accels);
}

static void
polku_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      PolkuWindow *new_window = polku_window_new (POLKU_APPLICATION (application));

      polku_window_open_resource (new_window,
                                  polku_application_get_example_path (g_get_language_names ()));
      window = GTK_WINDOW (new_window);
    }

  gtk_window_present (window);
}

static void
polku_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      PolkuWindow *window = polku_window_new (POLKU_APPLICATION (application));

      polku_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
polku_application_class_init (PolkuApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->startup = polku_application_startup;
  application_class->activate = polku_application_activate;
  application_class->open = polku_application_open;

  polku_app_register_resource ();
}

static void
polku_application_init (PolkuApplication *self)
{
}

PolkuApplication *
polku_application_new (const char        *application_id,
                       GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id == NULL || g_application_id_is_valid (application_id), NULL);

  return g_object_new (POLKU_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/fi/polku/Polku",
                       NULL);
}
