/* polku-export-toast.c: saying that a map was exported, and opening it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-export-toast.h"

GFile *
polku_export_toast_dup_target (GFile *file)
{
  GFile *folder;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_query_exists (file, NULL) || (folder = g_file_get_parent (file)) == NULL)
    return g_object_ref (file);
  return folder;
}

static void
on_launched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AdwToastOverlay) overlay = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  /* Translators: a toast when the exported file could not be opened; the reason follows */
  message = g_strdup_printf (_("Could not open the export: %s"), error->message);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  if (gtk_widget_get_root (GTK_WIDGET (overlay)) != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
unref_file (gpointer  data,
            GClosure *closure)
{
  g_object_unref (data);
}

static void
on_open_clicked_cb (AdwToast *toast,
                    gpointer  user_data)
{
  AdwToastOverlay *overlay = g_object_get_data (G_OBJECT (toast), "polku-overlay");
  GFile *file = user_data;
  g_autoptr(GFile) target = polku_export_toast_dup_target (file);
  g_autofree char *uri = g_file_get_uri (target);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (overlay)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_launched_cb, g_object_ref (overlay));
}

static void
on_dismissed_cb (AdwToast        *toast,
                 AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), "polku-export-toast") == toast)
    g_object_set_data (G_OBJECT (overlay), "polku-export-toast", NULL);
}

AdwToast *
polku_export_toast_show (AdwToastOverlay *overlay,
                         GFile           *file)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  /* Translators: a toast; %s is the name of the file the map was exported to */
  title = g_strdup_printf (_("Exported “%s”"), name);
  toast = adw_toast_new (title);
  /* Translators: the button of the toast that says a map was exported: opens the file */
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "polku-overlay", g_object_ref (overlay), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                         g_object_ref (file), unref_file, 0);
  /* Kept on the overlay until it goes. */
  g_object_set_data (G_OBJECT (overlay), "polku-export-toast", toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_dismissed_cb), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
  return toast;
}

AdwToast *
polku_export_toast_get_last (AdwToastOverlay *overlay)
{
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);

  return g_object_get_data (G_OBJECT (overlay), "polku-export-toast");
}
