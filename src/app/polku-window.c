/* polku-window.c: a window showing one journey file's map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-document-io.h"
#include "polku-accessible.h"
#include "polku-window-private.h"

G_DEFINE_FINAL_TYPE (PolkuWindow, polku_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_SHOW_OUTLINE,
  PROP_SHOW_INSPECTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
polku_window_update_title (PolkuWindow *self)
{
  const char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_assert (POLKU_IS_WINDOW (self));

  /* The journey shown, one of the document's segments. */
  if (self->selection != NULL && _polku_window_get_journey (self) != NULL)
    title = polku_journey_get_title (_polku_window_get_journey (self));
  else if (self->document != NULL && polku_document_get_n_journeys (self->document) > 0)
    title = polku_journey_get_title (polku_document_get_journey (self->document, 0));
  if (self->document == NULL)
    title = _("Polku");
  else if (title == NULL || title[0] == '\0')
    title = _("Untitled Journey");

  if (self->file != NULL)
    subtitle = polku_file_dup_display_name (self->file);
  else if (self->is_example)
    subtitle = g_strdup (_("Example, not saved"));
  else if (self->document != NULL)
    subtitle = g_strdup (_("Not saved"));

  /* An unsaved document says so, as GNOME apps do: "• name". */
  if (self->undo_stack != NULL && polku_undo_stack_get_dirty (self->undo_stack))
    {
      char *marked = g_strdup_printf ("• %s", subtitle);

      g_free (subtitle);
      subtitle = marked;
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
on_undo_stack_dirty_changed_cb (PolkuWindow *self)
{
  polku_window_update_title (self);
  _polku_window_update_actions (self);
}

void
_polku_window_push_command (PolkuWindow  *self,
                            PolkuCommand *command)
{
  g_assert (POLKU_IS_WINDOW (self));
  g_assert (POLKU_IS_COMMAND (command));
  g_return_if_fail (self->undo_stack != NULL);

  polku_undo_stack_push (self->undo_stack, command);
}

static void
on_map_view_zoom_changed_cb (PolkuWindow  *self,
                             GParamSpec   *pspec,
                             PolkuMapView *map_view)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom level in percent; use your language's spacing */
  label = g_strdup_printf (_("%.0f%%"), polku_map_view_get_zoom (map_view) * 100);
  gtk_label_set_label (self->zoom_label, label);
  _polku_window_update_actions (self);
}

void
_polku_window_set_document (PolkuWindow   *self,
                            PolkuDocument *document,
                            GFile         *file)
{
  g_assert (POLKU_IS_WINDOW (self));
  g_assert (POLKU_IS_DOCUMENT (document));
  g_assert (file == NULL || G_IS_FILE (file));

  /* A new document starts a new history; the same one, saved under a new
   * name, keeps its own. */
  if (g_set_object (&self->document, document) || self->undo_stack == NULL)
    {
      if (self->undo_stack != NULL)
        g_signal_handlers_disconnect_by_data (self->undo_stack, self);
      g_clear_object (&self->undo_stack);
      self->undo_stack = polku_undo_stack_new ();
      g_signal_connect_object (self->undo_stack, "notify::dirty",
                               G_CALLBACK (on_undo_stack_dirty_changed_cb), self,
                               G_CONNECT_SWAPPED);
      _polku_window_files_track_document (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
    }
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  _polku_window_files_watch_file (self);

  _polku_window_edit_document_changed (self);
  gtk_stack_set_visible_child_name (self->stack, "map");

  /* An error about an earlier file no longer applies. */
  if (self->last_toast != NULL)
    adw_toast_dismiss (self->last_toast);

  polku_window_update_title (self);
  _polku_window_update_actions (self);
}

static void
polku_window_add_toast (PolkuWindow *self,
                        AdwToast    *toast)
{
  g_assert (POLKU_IS_WINDOW (self));

  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_polku_window_show_error (PolkuWindow *self,
                          const char  *message)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_assert (POLKU_IS_WINDOW (self));
  g_assert (message != NULL);

  /* Toast titles are markup; file names may hold '&' or '<'. */
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  polku_window_add_toast (self, toast);
}

static void
polku_window_load_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->loading_file);

  document = polku_document_io_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      if (error->domain == POLKU_FILE_ERROR)
        {
          /* The reader's message names the file, line and column already. */
          _polku_window_show_error (self, error->message);
        }
      else
        {
          g_autofree char *name = polku_file_dup_display_name (file);
          g_autofree char *message = NULL;

          /* Translators: a file name, then why it could not be read */
          message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
          _polku_window_show_error (self, message);
        }
      return;
    }

  _polku_window_set_document (self, document, file);
  _polku_window_files_loaded (self, file, polku_document_io_get_etag (result));
}

void
polku_window_open_file (PolkuWindow *self,
                        GFile       *file)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_set_object (&self->loading_file, file);

  polku_document_io_load_async (file, self->load_cancellable,
                                polku_window_load_cb, g_object_ref (self));
}

void
polku_window_open_resource (PolkuWindow *self,
                            const char  *resource_path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (resource_path != NULL);

  name = g_path_get_basename (resource_path);
  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    document = polku_reader_load_bytes (bytes, name, &error);

  if (document == NULL)
    {
      _polku_window_show_error (self, error->message);
      return;
    }

  _polku_window_set_document (self, document, NULL);
  self->is_example = TRUE;
  polku_window_update_title (self);
}

PolkuDocument *
polku_window_get_document (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
polku_window_get_file (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->file;
}

PolkuMapView *
_polku_window_get_map_view (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->map_view;
}

char *
_polku_window_dup_last_toast_text (PolkuWindow *self)
{
  char *text = NULL;

  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  if (self->last_toast == NULL)
    return NULL;

  if (!pango_parse_markup (adw_toast_get_title (self->last_toast), -1, 0,
                           NULL, &text, NULL, NULL))
    return NULL;

  return text;
}

gboolean
_polku_window_is_saving (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  return self->saving_file != NULL;
}

static void
polku_window_dispose (GObject *object)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  _polku_window_print_dispose (self);
  _polku_window_edit_dispose (self);
  _polku_window_files_dispose (self);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->load_cancellable);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_WINDOW);

  g_clear_object (&self->document);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->file);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->saving_file);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (polku_window_parent_class)->dispose (object);
}

static void
polku_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_SHOW_OUTLINE:
      g_value_set_boolean (value, self->outline == NULL || gtk_widget_get_visible (GTK_WIDGET (self->outline)));
      break;

    case PROP_SHOW_INSPECTOR:
      g_value_set_boolean (value, self->inspector == NULL || gtk_widget_get_visible (GTK_WIDGET (self->inspector)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);
  GtkWidget *pane;

  switch (prop_id)
    {
    case PROP_SHOW_OUTLINE:
    case PROP_SHOW_INSPECTOR:
      pane = prop_id == PROP_SHOW_OUTLINE ? GTK_WIDGET (self->outline) : GTK_WIDGET (self->inspector);
      if (gtk_widget_get_visible (pane) == g_value_get_boolean (value))
        break;
      gtk_widget_set_visible (pane, g_value_get_boolean (value));
      /* A hidden pane does not keep the keys. */
      if (!g_value_get_boolean (value) && gtk_widget_get_focus_child (pane) != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_class_init (PolkuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_window_dispose;
  object_class->get_property = polku_window_get_property;
  object_class->set_property = polku_window_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         POLKU_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The panes beside the canvas; hidden, the map has the room, as on a
   * projector. */
  properties[PROP_SHOW_OUTLINE] =
    g_param_spec_boolean ("show-outline", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SHOW_INSPECTOR] =
    g_param_spec_boolean ("show-inspector", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (POLKU_TYPE_MAP_VIEW);
  g_type_ensure (POLKU_TYPE_OUTLINE);
  g_type_ensure (POLKU_TYPE_INSPECTOR);
  g_type_ensure (POLKU_TYPE_SEGMENT_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, on_map_view_zoom_changed_cb);

  _polku_window_class_add_actions (widget_class);
  _polku_window_files_class_init (widget_class);
  _polku_window_edit_class_init (widget_class);
  _polku_window_print_class_init (widget_class);
}

static void
polku_window_init (PolkuWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  _polku_window_files_init (self);
  _polku_window_edit_init (self);
  _polku_window_print_init (self);

  /* What a screen reader finds: buttons by name, the page shown only. */
  polku_accessible_name_controls (GTK_WIDGET (self));
  polku_accessible_follow_stack (self->stack);

  polku_window_update_title (self);
  on_map_view_zoom_changed_cb (self, NULL, self->map_view);
}

void
_polku_window_update_title (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  polku_window_update_title (self);
}

PolkuWindow *
polku_window_new (PolkuApplication *application)
{
  g_return_val_if_fail (POLKU_IS_APPLICATION (application), NULL);

  return g_object_new (POLKU_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
