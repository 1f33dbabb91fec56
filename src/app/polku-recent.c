/* polku-recent.c: journey files used lately, as GTK's recent files know them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-recent.h"

/* The name recent files are registered under, not shown to users. */
#define RECENT_APP_NAME "Polku"

gboolean
polku_recent_is_journey (const char *uri,
                         const char *mime_type)
{
  g_return_val_if_fail (uri != NULL, FALSE);

  if (mime_type != NULL && g_str_equal (mime_type, POLKU_MIME_TYPE))
    return TRUE;
  return g_str_has_suffix (uri, ".polku");
}

/* The journey's title is kept as the file's description, which GTK's own
 * lists of recent files do not show; their name stays the file's. */
void
polku_recent_add (GFile      *file,
                  const char *title)
{
  g_autofree char *uri = NULL;
  GtkRecentData data = {
    .description = (char *) (title != NULL ? title : ""),
    .mime_type = (char *) POLKU_MIME_TYPE,
    .app_name = (char *) RECENT_APP_NAME,
    .app_exec = (char *) "polku %u",
  };

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

const char *
polku_recent_get_title (GtkRecentInfo *info)
{
  const char *title;

  g_return_val_if_fail (info != NULL, NULL);

  title = gtk_recent_info_get_description (info);
  return title != NULL && title[0] != '\0' ? title : gtk_recent_info_get_display_name (info);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo * const *) b;
  GDateTime *modified_a = gtk_recent_info_get_modified (info_a);
  GDateTime *modified_b = gtk_recent_info_get_modified (info_b);

  if (modified_a == NULL || modified_b == NULL)
    return (modified_a == NULL) - (modified_b == NULL);
  return g_date_time_compare (modified_b, modified_a);
}

GPtrArray *
polku_recent_list_journeys (GtkRecentManager *manager,
                            guint             max)
{
  GPtrArray *journeys = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items;

  g_return_val_if_fail (GTK_IS_RECENT_MANAGER (manager), journeys);

  items = gtk_recent_manager_get_items (manager);
  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      /* Only local files are checked: asking a remote one would block. */
      if (polku_recent_is_journey (gtk_recent_info_get_uri (info),
                                   gtk_recent_info_get_mime_type (info))
          && (!gtk_recent_info_is_local (info) || gtk_recent_info_exists (info)))
        g_ptr_array_add (journeys, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (journeys, compare_newest_first);
  if (journeys->len > max)
    g_ptr_array_set_size (journeys, max);
  return journeys;
}

char *
polku_recent_dup_folder_name (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) home = NULL;
  g_autofree char *path = NULL;
  g_autofree char *relative = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  if (parent == NULL || (path = g_file_get_path (parent)) == NULL)
    return NULL;

  home = g_file_new_for_path (g_get_home_dir ());
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    {
      g_autofree char *display = g_filename_display_name (relative);

      return g_strconcat ("~" G_DIR_SEPARATOR_S, display, NULL);
    }
  return g_filename_display_name (path);
}
