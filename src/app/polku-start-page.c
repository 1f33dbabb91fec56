/* polku-start-page.c: what a window shows when no journey is open
 *
 * New journeys, opening a file, the example and the recent journey files,
 * each a row that activates a window action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-accessible.h"
#include "polku-recent.h"
#include "polku-start-page.h"

struct _PolkuStartPage
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *start_group;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;

  GtkRecentManager    *recent_manager;
};

G_DEFINE_FINAL_TYPE (PolkuStartPage, polku_start_page, ADW_TYPE_BIN)

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autofree char *folder = polku_recent_dup_folder_name (file);
  g_autofree char *uri_display = gtk_recent_info_get_uri_display (info);
  g_autofree char *where = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* The row says where it goes; the arrow only shows it. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  /* File names are shown as they are, not as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* The journey's title, and below it the file's name and folder. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_recent_get_title (info));
  if (folder != NULL)
    /* Translators: under a recent journey's title: its file's name and folder */
    where = g_strdup_printf (_("%s in %s"), gtk_recent_info_get_display_name (info), folder);
  else
    where = g_strdup (gtk_recent_info_get_display_name (info));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));
  gtk_widget_set_tooltip_text (row, uri_display);

  return row;
}

static void
polku_start_page_update_recent (PolkuStartPage *self)
{
  g_autoptr(GPtrArray) journeys = NULL;
  GtkWidget *child;

  g_assert (POLKU_IS_START_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  journeys = polku_recent_list_journeys (self->recent_manager, POLKU_RECENT_MAX);
  for (guint i = 0; i < journeys->len; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (g_ptr_array_index (journeys, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), journeys->len > 0);
}

GtkListBox *
polku_start_page_get_recent_list (PolkuStartPage *self)
{
  g_return_val_if_fail (POLKU_IS_START_PAGE (self), NULL);

  return self->recent_list;
}

static void
polku_start_page_dispose (GObject *object)
{
  PolkuStartPage *self = POLKU_START_PAGE (object);

  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_data (self->recent_manager, self);
  g_clear_object (&self->recent_manager);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_START_PAGE);

  G_OBJECT_CLASS (polku_start_page_parent_class)->dispose (object);
}

static void
polku_start_page_class_init (PolkuStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_start_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, start_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, recent_list);
}

static void
polku_start_page_init (PolkuStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Its list has no title to go by. */
  polku_accessible_name_row_lists (GTK_WIDGET (self->start_group), _("Start"));

  self->recent_manager = g_object_ref (gtk_recent_manager_get_default ());
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (polku_start_page_update_recent), self,
                           G_CONNECT_SWAPPED);
  polku_start_page_update_recent (self);
}

GtkWidget *
polku_start_page_new (void)
{
  return g_object_new (POLKU_TYPE_START_PAGE, NULL);
}
