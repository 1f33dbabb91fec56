/* polku-test-ui.h: what the tests of the window share: the application and
 * its windows run for real under a display, waited on with a deadline
 *
 * The helpers fail the cmocka test that calls them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-application.h"
#include "polku-window-private.h"

#include "polku-test.h"

G_BEGIN_DECLS

/* A warning from GTK fails the program: it is a bug in how the window uses
 * GTK. */
void              polku_test_fail_on_warnings        (void);
/* A new folder from a g_dir_make_tmp () template for the recent files and
 * drafts, which the program's applications use from now on. */
char             *polku_test_use_data_home           (const char         *tmpl);
/* Writes contents to a file name in dir: its path. */
char             *polku_test_write_file              (const char         *dir,
                                                      const char         *name,
                                                      const char         *contents);

/* A new instance of the application, registered on the bus under id. */
PolkuApplication *polku_test_app_new                 (const char         *id);
/* Activates app, as a start from the desktop does: its one window. */
PolkuWindow      *polku_test_app_activate            (PolkuApplication   *app);
/* Destroys the windows of app without asking about their changes. */
void              polku_test_destroy_windows         (PolkuApplication   *app);
/* Destroys the windows of app, lets what they leave behind settle for
 * milliseconds, and drops app. */
void              polku_test_app_quit                (PolkuApplication   *app,
                                                      guint               milliseconds);

/* Waits until window shows file, opened or saved there. */
gboolean          polku_test_wait_for_file           (PolkuWindow        *window,
                                                      GFile              *file);
/* Waits until the window's last toast says text, among other things. */
gboolean          polku_test_wait_for_toast          (PolkuWindow        *window,
                                                      const char         *text);
/* A condition: the window (data) is not saving. */
gboolean          polku_test_save_finished           (gpointer            data);
/* Where the window's draft is kept in the user's data folder: its file
 * with suffix ".draft" (what it is a draft of) or ".polku" (the journey). */
char             *polku_test_dup_draft_path          (PolkuWindow        *window,
                                                      const char         *suffix);
/* A condition: the draft of the window (data) holds the window's document
 * as the writer writes it. */
gboolean          polku_test_draft_holds             (gpointer            data);

/* The first toplevel of type that is shown and, unless parent is NULL,
 * transient for parent. */
GtkWindow        *polku_test_find_toplevel           (GType               type,
                                                      PolkuWindow        *parent);
/* The message dialog shown for parent, or for any window when NULL. */
AdwMessageDialog *polku_test_find_message_dialog     (PolkuWindow        *parent);
/* Waits until a message dialog is shown for parent, or for any window
 * when NULL: the dialog. */
AdwMessageDialog *polku_test_wait_for_message_dialog (PolkuWindow        *parent);
/* Answers the dialog by clicking the response's button. */
void              polku_test_respond                 (AdwMessageDialog   *dialog,
                                                      const char         *response);

/* Queues a draw of widget and waits until its window painted n frames. */
void              polku_test_wait_for_frames         (GtkWidget          *widget,
                                                      guint               n);
/* Renders what the widget shows now with its window's renderer. */
GdkTexture       *polku_test_render_widget           (GtkWidget          *widget);

/* Real events, through the X server: runs xdotool with the arguments,
 * which xdotool must carry out. */
void              polku_test_xdotool                 (const char         *format,
                                                      ...) G_GNUC_PRINTF (1, 2);
/* Presses keys, xdotool's names of keys separated by spaces ("ctrl+z Tab"),
 * one after another. */
void              polku_test_press                   (const char         *keys);
/* Types text, key by key. */
void              polku_test_type                    (const char         *text);
/* Waits until window shows, and gives it the keyboard on the X server. */
void              polku_test_focus_window            (PolkuWindow        *window);
/* The contents of a file in the source tree's tests folder. */
GBytes           *polku_test_read_test_file          (const char         *name);
/* Writes contents into dir as name, opens it in window and waits until
 * the window shows it. */
void              polku_test_open_copy               (PolkuWindow        *window,
                                                      const char         *dir,
                                                      const char         *name,
                                                      GBytes             *contents);
/* Fails unless actual is expected, keeping actual in the build tree's
 * tests folder as name, to compare (a test's message cuts it short). */
void              polku_test_assert_bytes_equal      (GBytes             *expected,
                                                      GBytes             *actual,
                                                      const char         *name);
/* A new instance of the application registered under id, its drafts and
 * recent files in a new folder from a g_dir_make_tmp () template, set in
 * tmp_dir: its one window, at the size the editing tests use. */
PolkuWindow      *polku_test_start_window            (const char         *id,
                                                      const char         *tmpl,
                                                      PolkuApplication  **app,
                                                      char              **tmp_dir);
/* Quits app without asking about the window's changes, and removes the
 * folder that polku_test_start_window () made, and frees its name. */
void              polku_test_stop_window             (PolkuApplication   *app,
                                                      PolkuWindow        *window,
                                                      char               *tmp_dir);

/* A condition: the string property of an object has a value. */
typedef struct
{
  GObject    *object;
  const char *property;
  const char *value;
} PolkuTestStringIs;
gboolean          polku_test_string_is               (gpointer            data);
/* A condition: the window selects something other than before, of type. */
typedef struct
{
  PolkuWindow *window;
  GObject     *before;
  GType        type;
} PolkuTestNewSelection;
gboolean          polku_test_selection_is_new        (gpointer            data);
/* A condition: the widget (data) is hidden. */
gboolean          polku_test_widget_is_hidden        (gpointer            data);
/* The touchpoint of journey called name; fails the test without one. */
PolkuTouchpoint  *polku_test_find_touchpoint         (PolkuJourney       *journey,
                                                      const char         *name);

/* Waits until widget's window has handled what the X server has for it,
 * as xdotool's events: the server answers a round trip only after the
 * events sent before it, and the main loop goes idle only once they are
 * handled. Three rounds, so that a drag between two widgets of the window
 * reaches the drop target and its answer comes back to the drag. */
void              polku_test_wait_for_x_events       (GtkWidget          *widget);
/* The X window of widget's toplevel, for xdotool's --window. */
gulong            polku_test_window_xid              (GtkWidget          *widget);
/* Where the point (x, y) of widget is in its X window, for xdotool. */
void              polku_test_point_in_window         (GtkWidget          *widget,
                                                      double              x,
                                                      double              y,
                                                      double             *window_x,
                                                      double             *window_y);

G_END_DECLS
