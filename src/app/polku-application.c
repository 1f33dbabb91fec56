/* polku-application.c: the application, its windows and app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-application.h"
#include "polku-preferences-window.h"
#include "polku-resources.h"
#include "polku-window-private.h"

struct _PolkuApplication
{
  AdwApplication parent_instance;

  /* Quitting closes the windows one by one; one that asks may stop it. */
  gboolean       quitting;
  guint          close_next_idle;
  /* Drafts left by a crash are offered once, at the first window. */
  gboolean       drafts_offered;
};

G_DEFINE_FINAL_TYPE (PolkuApplication, polku_application, ADW_TYPE_APPLICATION)

static PolkuWindow *
polku_application_get_first_window (PolkuApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (POLKU_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static gpointer
copy_ref (gconstpointer object,
          gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

/* Closes the journey windows in turn; a window with unsaved changes asks
 * first, and quitting goes on when it has closed. */
static void
polku_application_close_next (PolkuApplication *self)
{
  PolkuWindow *window;
  GList *windows;

  g_assert (POLKU_IS_APPLICATION (self));

  /* First the windows that close without asking. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              copy_ref, NULL);
  for (GList *l = windows; l != NULL && self->quitting; l = l->next)
    {
      PolkuWindow *clean = l->data;

      if (POLKU_IS_WINDOW (clean) && !polku_window_get_dirty (clean))
        gtk_window_close (GTK_WINDOW (clean));
    }
  g_list_free_full (windows, g_object_unref);

  while (self->quitting && (window = polku_application_get_first_window (self)) != NULL)
    {
      g_autoptr(PolkuWindow) closing = g_object_ref (window);

      gtk_window_close (GTK_WINDOW (closing));
      if (gtk_window_get_application (GTK_WINDOW (closing)) != NULL)
        return;
    }

  if (self->quitting)
    {
      self->quitting = FALSE;
      g_application_quit (G_APPLICATION (self));
    }
}

static gboolean
close_next_idle_cb (gpointer data)
{
  PolkuApplication *self = data;

  self->close_next_idle = 0;
  polku_application_close_next (self);
  return G_SOURCE_REMOVE;
}

static void
polku_application_window_removed (GtkApplication *application,
                                  GtkWindow      *window)
{
  PolkuApplication *self = POLKU_APPLICATION (application);

  GTK_APPLICATION_CLASS (polku_application_parent_class)->window_removed (application, window);

  if (self->quitting && self->close_next_idle == 0)
    self->close_next_idle = g_idle_add (close_next_idle_cb, self);
}

/* A window with unsaved changes was kept open: quitting stops. */
static void
on_window_close_cancelled_cb (PolkuApplication *self)
{
  self->quitting = FALSE;
  g_clear_handle_id (&self->close_next_idle, g_source_remove);
}

static void
polku_application_window_added (GtkApplication *application,
                                GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (polku_application_parent_class)->window_added (application, window);

  if (POLKU_IS_WINDOW (window))
    g_signal_connect_object (window, "close-cancelled", G_CALLBACK (on_window_close_cancelled_cb),
                             application, G_CONNECT_SWAPPED);
}

static void
polku_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  PolkuApplication *self = POLKU_APPLICATION (user_data);

  self->quitting = TRUE;
  polku_application_close_next (self);
}

static void
polku_application_new_window_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  PolkuWindow *window = polku_window_new (POLKU_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
polku_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  PolkuPreferencesWindow *preferences = polku_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
restore_drafts (PolkuApplication *self,
                PolkuWindow      *window,
                GPtrArray        *drafts)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      PolkuDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autoptr(PolkuDocument) document = NULL;
      g_autoptr(PolkuSession) session = NULL;
      g_autoptr(GError) error = NULL;
      PolkuWindow *target = window;

      document = polku_draft_info_load (info, &error);
      if (document == NULL)
        {
          g_autofree char *message = NULL;

          /* Translators: why unsaved changes could not be recovered */
          message = g_strdup_printf (_("Could not recover the unsaved changes: %s"), error->message);
          _polku_window_show_error (window, message);
          continue;
        }

      if (_polku_window_is_in_use (target))
        target = polku_window_new (self);
      session = polku_session_new_for_draft (info->dir, document, info->file, info->id);
      _polku_window_set_session (target, session);
      gtk_window_present (GTK_WINDOW (target));
    }
}

static void
on_recover_dialog_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               GPtrArray        *drafts)
{
  PolkuWindow *window = POLKU_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  PolkuApplication *self = POLKU_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (g_str_equal (response, "restore"))
    {
      restore_drafts (self, window, drafts);
    }
  else if (g_str_equal (response, "discard"))
    {
      for (guint i = 0; i < drafts->len; i++)
        {
          PolkuDraftInfo *info = g_ptr_array_index (drafts, i);
          g_autoptr(GError) error = NULL;

          if (!polku_drafts_remove (info->dir, info->id, &error))
            _polku_window_show_error (window, error->message);
        }
    }
  /* Closed otherwise: the drafts wait for the next start. */
}

static void
unref_drafts (gpointer  data,
              GClosure *closure)
{
  g_ptr_array_unref (data);
}

/* The line that names one recovered journey in the offer. */
static char *
describe_draft (PolkuDraftInfo *info)
{
  g_autofree char *time = g_date_time_format (info->saved, "%x %X");
  const char *title = info->title[0] != '\0' ? info->title : _("Untitled Journey");

  if (info->file != NULL)
    {
      g_autofree char *name = polku_file_dup_display_name (info->file);

      /* Translators: a journey's title, its file name, and when its changes were last kept */
      return g_strdup_printf (_("“%s” in %s, changed %s"), title, name, time);
    }

  /* Translators: a journey's title, and when its changes were last kept */
  return g_strdup_printf (_("“%s”, never saved, changed %s"), title, time);
}

/* Offers back, once, the unsaved changes of a session that crashed. */
static void
polku_application_offer_drafts (PolkuApplication *self,
                                PolkuWindow      *window)
{
  g_autofree char *dir = polku_drafts_dup_default_dir ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GString) body = NULL;
  AdwMessageDialog *dialog;

  g_assert (POLKU_IS_APPLICATION (self));

  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;

  drafts = polku_drafts_list_orphans (dir);
  g_debug ("Application: %u drafts left by a crash in %s", drafts->len, dir);
  if (drafts->len == 0)
    return;

  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Polku stopped before a journey was saved:",
                                    "Polku stopped before these journeys were saved:",
                                    drafts->len));
  g_string_append_c (body, '\n');
  for (guint i = 0; i < drafts->len; i++)
    {
      g_autofree char *line = describe_draft (g_ptr_array_index (drafts, i));

      g_string_append_printf (body, "\n%s", line);
    }
  g_string_append (body, "\n\n");
  g_string_append (body, _("Restore the changes to carry on where you left off, or discard them."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Recover Unsaved Changes?"),
                                                       body->str));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_recover_dialog_response_cb),
                         g_steal_pointer (&drafts), unref_drafts, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
  { "new-window", polku_application_new_window_action },
  { "preferences", polku_application_preferences_action },
};

static void
polku_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control><Shift>n", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  g_autofree char *drafts_dir = polku_drafts_dup_default_dir ();

  G_APPLICATION_CLASS (polku_application_parent_class)->startup (application);

  /* Drafts that a crash cut short while they were written are of no use. */
  polku_file_write_remove_leftovers_async (drafts_dir, NULL, NULL, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                         "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                         "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                         "app.preferences", preferences_accels);
}

static void
polku_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* A new window shows the start page. */
  if (window == NULL)
    window = GTK_WINDOW (polku_window_new (POLKU_APPLICATION (application)));

  gtk_window_present (window);
  if (POLKU_IS_WINDOW (window))
    polku_application_offer_drafts (POLKU_APPLICATION (application), POLKU_WINDOW (window));
}

static void
polku_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  PolkuWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      window = polku_window_new (POLKU_APPLICATION (application));
      polku_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }

  if (window != NULL)
    polku_application_offer_drafts (POLKU_APPLICATION (application), window);
}

static void
polku_application_class_init (PolkuApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_application_class = GTK_APPLICATION_CLASS (klass);

  gtk_application_class->window_added = polku_application_window_added;
  gtk_application_class->window_removed = polku_application_window_removed;
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
