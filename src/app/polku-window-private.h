/* polku-window-private.h: what the files of PolkuWindow share, and the
 * hooks its tests use
 *
 * PolkuWindow is split by topic. polku-window.c holds the window itself:
 * the session it shows, its title, toasts and the journey shown. Each
 * topic file installs its own win. actions and enables them in its own
 * _update_actions (); polku-window.c calls the topics' hooks, and the
 * topic files call only polku-window.c, never each other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-core.h"
#include "polku-inspector.h"
#include "polku-map-editor.h"
#include "polku-map-view.h"
#include "polku-outline.h"
#include "polku-segment-switcher.h"
#include "polku-selection.h"
#include "polku-window.h"
#include "polku-channel-picker.h"
#include "polku-export-dialog.h"
#include "polku-fix-first-panel.h"
#include "polku-find-bar.h"
#include "polku-print-operation.h"

G_BEGIN_DECLS

/* The panes beside the map. */
typedef enum
{
  POLKU_PANE_OUTLINE,
  POLKU_PANE_INSPECTOR,
  POLKU_N_PANES
} PolkuPane;

struct _PolkuWindow
{
  AdwApplicationWindow  parent_instance;

  /* polku-window.c */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  PolkuMapView         *map_view;
  /* The open journey; NULL on the start page. The window follows it
   * through one signal group and one binding group. */
  PolkuSession         *session;
  GSignalGroup         *session_signals;
  GBindingGroup        *session_bindings;
  GSettings            *settings;
  AdwToast             *last_toast;
  /* A toast whose Undo takes back the edit just made, and the undo stack's
   * state after it: another edit, or an undo, takes its button away. */
  AdwToast             *undo_toast;
  guint64               undo_toast_state;

  /* polku-window-files.c */
  /* A session reading a file, shown here once the file is read. */
  PolkuSession         *loading_session;
  GCancellable         *load_cancellable;
  GtkFileChooserNative *file_chooser;
  AdwSplitButton       *open_button;
  GMenu                *recent_menu;
  GtkDropTarget        *drop_target;
  AdwMessageDialog     *close_dialog;
  AdwMessageDialog     *changed_dialog;

  /* polku-window-view.c */
  GtkLabel             *zoom_label;
  GtkWidget            *header_bar;
  AdwFlap              *outline_flap;
  AdwFlap              *inspector_flap;
  /* Whether each pane shows beside the map: the preference. */
  gboolean              pane_wanted[POLKU_N_PANES];
  guint                 update_panes_id;
  /* Shown over the map of a journey too large for one. */
  AdwStatusPage        *too_large_page;

  /* polku-window-navigate.c */
  PolkuFindBar         *find_bar;
  gboolean              overview;
  double                overview_zoom;    /* to go back to */

  /* polku-window-present.c */
  gboolean              presenting;
  /* Turning to a page, which is shown once the selection is on it. */
  gboolean              present_turning;
  GtkWidget            *present_bar;
  GtkLabel             *present_label;
  /* How the window was before the presentation, to put back. */
  struct {
    gboolean fullscreen;
    double   zoom;
    gboolean fitting;
    gboolean wrap;
  } present_saved;

  /* polku-window-edit.c */
  PolkuOutline         *outline;
  PolkuInspector       *inspector;
  GtkOverlay           *map_overlay;
  GMenu                *undo_section;
  /* What the canvas, the outline and the inspector show and work on: view
   * state, apart from the document. */
  PolkuSelection       *selection;
  PolkuMapEditor       *map_editor;
  /* Whether the selection, an empty step, was reached along the
   * touchpoints' lane: see polku_navigation_neighbour (). */
  gboolean              in_lane;
  /* The header's editing buttons, shown with a journey. */
  GtkWidget            *outline_button;
  GtkWidget            *add_button;
  GtkWidget            *inspector_button;

  /* polku-window-segments.c */
  PolkuSegmentSwitcher *segment_switcher;
  /* Where the journey shown was in the document, to show its neighbour
   * when an undo takes it away. */
  guint                 shown_segment;

  /* polku-window-capture.c */
  PolkuChannelPicker   *channel_picker;
  GtkWidget            *picker_return_focus;  /* weak */
  GtkMenuButton        *fix_first_button;
  GtkLabel             *fix_first_count;
  PolkuFixFirstPanel   *fix_first_panel;
  AdwMessageDialog     *scale_dialog;         /* weak, while it shows */

  /* polku-window-print.c */
  PolkuPrintOperation  *print_operation;   /* while its dialog shows */
  /* The printer, mode and poster scale of the last print, for the next. */
  GtkPrintSettings     *print_settings;
  PolkuPrintMode        print_mode;
  double                poster_scale;
  PolkuExportDialog    *export_dialog;     /* while it shows */
};

/* polku-window.c */
/* Shows session, which may be NULL for the start page. */
void            _polku_window_set_session          (PolkuWindow   *self,
                                                    PolkuSession  *session);
PolkuSession   *_polku_window_get_session          (PolkuWindow   *self);
PolkuDocument  *_polku_window_get_document         (PolkuWindow   *self);
PolkuUndoStack *_polku_window_get_undo_stack       (PolkuWindow   *self);
/* Applies command to the document, undoably (takes ownership); typing may
 * merge into the command before. */
void            _polku_window_push_command         (PolkuWindow   *self,
                                                    PolkuCommand  *command);
/* Applies an edit the window made as an undo step of its own, labelled
 * for the undo menu unless label is NULL (takes ownership). */
void            _polku_window_push_edit            (PolkuWindow   *self,
                                                    PolkuCommand  *command,
                                                    const char    *label);
/* The journey the window shows and edits, and the selection in it. */
PolkuJourney   *_polku_window_get_journey          (PolkuWindow   *self);
PolkuSelection *_polku_window_get_selection        (PolkuWindow   *self);
void            _polku_window_show_journey         (PolkuWindow   *self,
                                                    PolkuJourney  *journey);
/* Shows message (plain text) in a toast that stays until dismissed. */
void            _polku_window_show_error           (PolkuWindow   *self,
                                                    const char    *message);
/* Dismisses the error shown, which no longer applies. */
void            _polku_window_dismiss_error        (PolkuWindow   *self);
/* Says message (plain text) of the edit just made in a toast with a
 * button that undoes it, which goes once the document changes again. */
void            _polku_window_show_undo_toast      (PolkuWindow   *self,
                                                    const char    *message);
/* Shows the journey's title and the file's name, marked when unsaved. */
void            _polku_window_update_title         (PolkuWindow   *self);
/* Enables the actions of every topic. */
void            _polku_window_update_actions       (PolkuWindow   *self);

/* polku-window-files.c: new journeys, opening, saving, recent and dropped
 * files, closing with unsaved changes, files changed by other programs,
 * and the window's remembered size */
void            _polku_window_files_class_init     (GtkWidgetClass *widget_class);
void            _polku_window_files_init           (PolkuWindow   *self);
void            _polku_window_files_dispose        (PolkuWindow   *self);
void            _polku_window_files_update_actions (PolkuWindow   *self);
/* Whether the window holds a document someone may still want. */
gboolean        _polku_window_is_in_use            (PolkuWindow   *self);

/* polku-window-view.c: zoom, the panes beside the canvas, full screen */
void            _polku_window_view_class_init      (GtkWidgetClass *widget_class);
void            _polku_window_view_init            (PolkuWindow   *self);
void            _polku_window_view_dispose         (PolkuWindow   *self);
void            _polku_window_view_update_actions  (PolkuWindow   *self);
/* Whether a pane shows: beside the map as preferred, or over it while the
 * window is too narrow for it beside. */
gboolean        _polku_window_view_get_pane_shown  (PolkuWindow   *self,
                                                    PolkuPane      pane);
void            _polku_window_view_set_pane_shown  (PolkuWindow   *self,
                                                    PolkuPane      pane,
                                                    gboolean       shown);
/* Shows or hides the panes and the header bar, for a presentation. */
void            _polku_window_view_update_panes    (PolkuWindow   *self);

/* polku-window-navigate.c: finding one's way on a large map: finding by
 * text, zooming to the selection, the overview */
void            _polku_window_navigate_class_init  (GtkWidgetClass *widget_class);
void            _polku_window_navigate_init        (PolkuWindow   *self);
void            _polku_window_navigate_update_actions (PolkuWindow *self);

/* polku-window-present.c: presenting the map to a room, a step or a
 * phase at a time */
void            _polku_window_present_class_init   (GtkWidgetClass *widget_class);
void            _polku_window_present_init         (PolkuWindow   *self);
void            _polku_window_present_dispose      (PolkuWindow   *self);
void            _polku_window_present_update_actions (PolkuWindow *self);
gboolean        _polku_window_present_get_presenting (PolkuWindow *self);
void            _polku_window_present_set_presenting (PolkuWindow *self,
                                                      gboolean     presenting);

/* polku-window-edit.c: building a journey: the selection shared by the
 * canvas, outline and inspector, the edits on it, undo and redo */
void            _polku_window_edit_class_init      (GtkWidgetClass *widget_class);
void            _polku_window_edit_init            (PolkuWindow   *self);
void            _polku_window_edit_dispose         (PolkuWindow   *self);
void            _polku_window_edit_update_actions  (PolkuWindow   *self);
/* The document changed (an edit, undo or redo) or is another. */
void            _polku_window_edit_document_changed (PolkuWindow  *self);
/* Renames the selection in the outline when it has the focus, else on
 * the canvas. */
void            _polku_window_start_rename         (PolkuWindow   *self);
/* Adds to widget the single keys for tagging, scoring and capturing
 * (c, o, g, digits, Shift and digits, e, h), Delete, Ctrl+V, Alt+arrows;
 * arrows, Home and End select, and Enter renames, when arrows_select. For
 * the canvas and the outline. */
void            _polku_window_add_item_keys        (GtkWidget     *widget,
                                                    gboolean       arrows_select);

/* polku-window-segments.c: the customer segments of the document: which
 * one the window shows, adding, copying, renaming and removing them */
void            _polku_window_segments_class_init  (GtkWidgetClass *widget_class);
void            _polku_window_segments_init        (PolkuWindow   *self);
void            _polku_window_segments_update_actions (PolkuWindow *self);
void            _polku_window_segments_journey_shown (PolkuWindow *self);
/* After an edit: when the journey shown left the document, shows another. */
void            _polku_window_segments_revalidate  (PolkuWindow   *self);

/* polku-window-panes.c: which pane has the keys: F6 and Shift+F6 go round
 * the panes, Escape in the inspector goes back to the map, and the pane
 * with the keys shows a ring */
void            _polku_window_panes_class_init     (GtkWidgetClass *widget_class);
void            _polku_window_panes_init           (PolkuWindow   *self);
void            _polku_window_panes_update_actions (PolkuWindow   *self);
/* A document shown anew: the map has the keys unless a pane has them. */
void            _polku_window_panes_document_shown (PolkuWindow   *self);
/* Gives the map the keys, on the selection. */
void            _polku_window_focus_map            (PolkuWindow   *self);

/* polku-window-capture.c: pasting lists, the channel picker, e into the
 * expectation, the fix-first list, and what a change of scale does to the
 * scores */
void            _polku_window_capture_class_init   (GtkWidgetClass *widget_class);
void            _polku_window_capture_init         (PolkuWindow   *self);
void            _polku_window_capture_dispose      (PolkuWindow   *self);
void            _polku_window_capture_update_actions (PolkuWindow *self);
void            _polku_window_capture_journey_shown (PolkuWindow  *self);

/* polku-window-print.c: printing and exporting the map shown */
void            _polku_window_print_class_init     (GtkWidgetClass *widget_class);
void            _polku_window_print_init           (PolkuWindow   *self);
void            _polku_window_print_dispose        (PolkuWindow   *self);
void            _polku_window_print_update_actions (PolkuWindow   *self);
/* The export dialog while it shows, for tests. */
PolkuExportDialog *_polku_window_get_export_dialog (PolkuWindow   *self);

/* For tests */
PolkuMapView   *_polku_window_get_map_view         (PolkuWindow   *self);
/* The plain text of the newest toast, or NULL. */
char           *_polku_window_dup_last_toast_text  (PolkuWindow   *self);
gboolean        _polku_window_is_saving            (PolkuWindow   *self);

G_END_DECLS
