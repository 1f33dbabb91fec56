/* polku-preferences-window.c: the settings a user can change
 *
 * Every row is bound to a key of the application's GSettings schema; the
 * windows follow the keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-core.h"
#include "polku-preferences-window.h"

struct _PolkuPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *scale_row;
  GtkSwitch            *outline_switch;
  GtkSwitch            *inspector_switch;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (PolkuPreferencesWindow, polku_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
scale_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  guint position = polku_scale_find_nick (g_variant_get_string (variant, NULL));

  g_value_set_uint (value, position != G_MAXUINT ? position : 0);
  return TRUE;
}

static GVariant *
scale_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  const char *nick = polku_scale_get_nick (g_value_get_uint (value));

  return nick != NULL ? g_variant_new_string (nick) : NULL;
}

static void
polku_preferences_window_dispose (GObject *object)
{
  PolkuPreferencesWindow *self = POLKU_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (polku_preferences_window_parent_class)->dispose (object);
}

static void
polku_preferences_window_class_init (PolkuPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/polku/Polku/ui/polku-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, scale_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, outline_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, inspector_switch);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
polku_preferences_window_init (PolkuPreferencesWindow *self)
{
  g_auto(GStrv) scales = polku_scale_dup_labels ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new ((const char * const *) scales);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The scales, as the inspector offers them. */
  adw_combo_row_set_model (self->scale_row, G_LIST_MODEL (labels));
  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "default-scale",
                                self->scale_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                scale_get_mapping, scale_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "show-outline", self->outline_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-inspector", self->inspector_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

PolkuPreferencesWindow *
polku_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (POLKU_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
