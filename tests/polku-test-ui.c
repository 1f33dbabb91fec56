/* polku-test-ui.c: what the tests of the window share: the application and
 * its windows run for real under a display, waited on with a deadline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include <gdk/x11/gdkx.h>

#include "polku-test-ui.h"

void
polku_test_fail_on_warnings (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

char *
polku_test_use_data_home (const char *tmpl)
{
  char *data_home = polku_test_make_tmp_dir (tmpl);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  return data_home;
}

char *
polku_test_write_file (const char *dir,
                       const char *name,
                       const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  assert_null (error);
  return path;
}

/* The application and its windows */

PolkuApplication *
polku_test_app_new (const char *id)
{
  g_autoptr(GError) error = NULL;
  PolkuApplication *app = polku_application_new (id, G_APPLICATION_NON_UNIQUE);

  g_application_register (G_APPLICATION (app), NULL, &error);
  assert_null (error);
  return app;
}

PolkuWindow *
polku_test_app_activate (PolkuApplication *app)
{
  GList *windows;

  g_application_activate (G_APPLICATION (app));
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  assert_int_equal (g_list_length (windows), 1);
  return POLKU_WINDOW (windows->data);
}

void
polku_test_destroy_windows (PolkuApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
}

void
polku_test_app_quit (PolkuApplication *app,
                     guint             milliseconds)
{
  polku_test_destroy_windows (app);
  polku_test_run_for (milliseconds);
  g_object_unref (app);
}

/* What a window shows */

typedef struct
{
  PolkuWindow *window;
  GFile       *file;
} WindowFile;

static gboolean
window_shows_file (gpointer data)
{
  WindowFile *shown = data;
  GFile *file = polku_window_get_file (shown->window);

  return file != NULL && g_file_equal (file, shown->file);
}

gboolean
polku_test_wait_for_file (PolkuWindow *window,
                          GFile       *file)
{
  WindowFile shown = { window, file };

  return polku_test_wait_until (window_shows_file, &shown);
}

typedef struct
{
  PolkuWindow *window;
  const char  *text;
} ToastText;

static gboolean
toast_says (gpointer data)
{
  ToastText *toast = data;
  g_autofree char *text = _polku_window_dup_last_toast_text (toast->window);

  return text != NULL && strstr (text, toast->text) != NULL;
}

gboolean
polku_test_wait_for_toast (PolkuWindow *window,
                           const char  *text)
{
  ToastText toast = { window, text };

  return polku_test_wait_until (toast_says, &toast);
}

gboolean
polku_test_save_finished (gpointer data)
{
  return !_polku_window_is_saving (data);
}

char *
polku_test_dup_draft_path (PolkuWindow *window,
                           const char  *suffix)
{
  g_autofree char *name = g_strconcat (polku_draft_get_id (polku_session_get_draft (window->session)), suffix, NULL);

  return g_build_filename (g_get_user_data_dir (), "polku", "drafts", name, NULL);
}

gboolean
polku_test_draft_holds (gpointer data)
{
  PolkuWindow *window = data;
  g_autofree char *info = polku_test_dup_draft_path (window, ".draft");
  g_autofree char *path = polku_test_dup_draft_path (window, ".polku");
  g_autoptr(GBytes) expected = polku_writer_write (polku_window_get_document (window));
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_test (info, G_FILE_TEST_EXISTS)
      || !g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return length == g_bytes_get_size (expected)
         && memcmp (contents, g_bytes_get_data (expected, NULL), length) == 0;
}

/* Dialogs */

GtkWindow *
polku_test_find_toplevel (GType        type,
                          PolkuWindow *parent)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type)
          && gtk_widget_get_visible (GTK_WIDGET (toplevel))
          && (parent == NULL || gtk_window_get_transient_for (toplevel) == GTK_WINDOW (parent)))
        return toplevel;
    }
  return NULL;
}

AdwMessageDialog *
polku_test_find_message_dialog (PolkuWindow *parent)
{
  return ADW_MESSAGE_DIALOG (polku_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, parent));
}

static gboolean
message_dialog_shown (gpointer data)
{
  return polku_test_find_message_dialog (data) != NULL;
}

AdwMessageDialog *
polku_test_wait_for_message_dialog (PolkuWindow *parent)
{
  assert_true (polku_test_wait_until (message_dialog_shown, parent));
  return polku_test_find_message_dialog (parent);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

void
polku_test_respond (AdwMessageDialog *dialog,
                    const char       *response)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog),
                                   adw_message_dialog_get_response_label (dialog, response));

  assert_non_null (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Frames */

typedef struct
{
  GtkWidget *widget;
  guint      n_frames;
  guint      n;
} FramesPainted;

/* Each frame painted asks for the next, until there have been n: nothing
 * else need be drawing for them to come. */
static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   FramesPainted *painted)
{
  if (++painted->n_frames < painted->n)
    gtk_widget_queue_draw (painted->widget);
}

static gboolean
frames_painted (gpointer data)
{
  FramesPainted *painted = data;

  return painted->n_frames >= painted->n;
}

void
polku_test_wait_for_frames (GtkWidget *widget,
                            guint      n)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  FramesPainted painted = { widget, 0, n };
  gboolean holds;
  gulong handler;

  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  holds = polku_test_wait_until (frames_painted, &painted);
  g_signal_handler_disconnect (frame_clock, handler);
  assert_true (holds);
}

GdkTexture *
polku_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  assert_non_null (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The X server */

void
polku_test_xdotool (const char *format,
                    ...)
{
  g_autofree char *arguments = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;
  int status = -1;

  va_start (args, format);
  arguments = g_strdup_vprintf (format, args);
  va_end (args);

  command = g_strdup_printf ("xdotool %s", arguments);
  if (!g_spawn_command_line_sync (command, NULL, NULL, &status, &error))
    fail_msg ("%s: %s", command, error->message);
  assert_int_equal (status, 0);
}

void
polku_test_wait_for_x_events (GtkWidget *widget)
{
  for (guint i = 0; i < 3; i++)
    {
      gdk_display_sync (gtk_widget_get_display (widget));
      assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
    }
}

gulong
polku_test_window_xid (GtkWidget *widget)
{
  return gdk_x11_surface_get_xid (gtk_native_get_surface (gtk_widget_get_native (widget)));
}

void
polku_test_point_in_window (GtkWidget *widget,
                            double     x,
                            double     y,
                            double    *window_x,
                            double    *window_y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double surface_x, surface_y;

  assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  *window_x = point.x + surface_x;
  *window_y = point.y + surface_y;
}
