/* polku-window-private.h: what the files of PolkuWindow share, and the
 * hooks its tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-core.h"
#include "polku-drafts.h"
#include "polku-inspector.h"
#include "polku-map-editor.h"
#include "polku-map-view.h"
#include "polku-outline.h"
#include "polku-segment-switcher.h"
#include "polku-selection.h"
#include "polku-window.h"
/* Printing */
#include "polku-export-dialog.h"
#include "polku-print-operation.h"

G_BEGIN_DECLS

struct _PolkuWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  PolkuMapView         *map_view;
  GtkLabel             *zoom_label;

  PolkuDocument        *document;
  GFile                *file;
  /* Every edit of the document goes through it; it knows whether the
   * document differs from the file. A new one comes with each document. */
  PolkuUndoStack       *undo_stack;

  /* Cancelled when the window goes; saves run under it. */
  GCancellable         *cancellable;
  /* The load in progress, cancelled by the next one. */
  GCancellable         *load_cancellable;
  /* The file the load in progress reads. */
  GFile                *loading_file;
  /* The file being written while a save runs, and the undo state it writes. */
  GFile                *saving_file;
  guint64               saving_state;
  GtkFileChooserNative *file_chooser;
  AdwToast             *last_toast;

  /* Files */
  GSettings            *settings;
  AdwSplitButton       *open_button;
  GMenu                *recent_menu;
  GtkDropTarget        *drop_target;
  /* The unsaved changes of the document, kept on disk after a delay. */
  PolkuDraft           *draft;
  guint                 draft_timeout;
  gboolean              draft_failure_shown;
  /* Watches the file for changes by other programs; the entity tag is that
   * of the file as last read or written here. */
  GFileMonitor         *file_monitor;
  GFile                *monitored_file;
  char                 *file_etag;
  guint                 file_check_timeout;
  GCancellable         *file_check_cancellable;
  AdwMessageDialog     *close_dialog;
  AdwMessageDialog     *changed_dialog;
  /* The example is a document without a file, and says so. */
  gboolean              is_example;
  /* Save, then close once the document is safely on disk. */
  gboolean              close_after_save;
  /* The user chose to discard the changes: closing asks no more. */
  gboolean              close_discarding;

  /* Editor */
  PolkuOutline         *outline;
  PolkuInspector       *inspector;
  GtkOverlay           *map_overlay;
  GMenu                *undo_section;
  /* What the canvas, the outline and the inspector show and work on: view
   * state, apart from the document. */
  PolkuSelection       *selection;
  PolkuMapEditor       *map_editor;
  /* The undo stack whose changes the editor follows. */
  PolkuUndoStack       *edit_undo_stack;
  PolkuSegmentSwitcher *segment_switcher;
  /* The header's editing buttons, shown with a journey. */
  GtkWidget            *outline_button;
  GtkWidget            *add_button;
  GtkWidget            *inspector_button;
  /* Where the journey shown was in the document, to show its neighbour
   * when an undo takes it away. */
  guint                 shown_segment;

  /* Printing */
  PolkuPrintOperation  *print_operation;   /* while its dialog shows */
  /* The printer, mode and poster scale of the last print, for the next. */
  GtkPrintSettings     *print_settings;
  PolkuPrintMode        print_mode;
  double                poster_scale;
  PolkuExportDialog    *export_dialog;     /* while it shows */
};

/* polku-window.c */
void          _polku_window_set_document           (PolkuWindow   *self,
                                                    PolkuDocument *document,
                                                    GFile         *file);
/* Shows message (plain text) in a toast that stays until dismissed. */
void          _polku_window_show_error             (PolkuWindow   *self,
                                                    const char    *message);

/* polku-window-actions.c */
void          _polku_window_class_add_actions      (GtkWidgetClass *widget_class);
void          _polku_window_update_actions         (PolkuWindow   *self);

/* Applies command to the document, undoably (takes ownership). */
void          _polku_window_push_command           (PolkuWindow   *self,
                                                    PolkuCommand  *command);

/* polku-window-files.c */
void          _polku_window_files_class_init       (GtkWidgetClass *widget_class);
void          _polku_window_files_init             (PolkuWindow   *self);
void          _polku_window_files_dispose          (PolkuWindow   *self);
void          _polku_window_files_update_actions   (PolkuWindow   *self);
/* A new document was set: a new draft, and the old one goes. */
void          _polku_window_files_track_document   (PolkuWindow   *self);
/* The document's file may have changed: watch the new one. */
void          _polku_window_files_watch_file       (PolkuWindow   *self);
/* The document was read from file, or written to it, as etag. */
void          _polku_window_files_loaded           (PolkuWindow   *self,
                                                    GFile         *file,
                                                    const char    *etag);
void          _polku_window_files_saved            (PolkuWindow   *self,
                                                    GFile         *file,
                                                    const char    *etag);
/* A save failed or its file chooser was cancelled: closing is off. */
void          _polku_window_files_save_abandoned   (PolkuWindow   *self);
/* Opens file here when this window holds nothing worth keeping, else in
 * a new window; a file already open is only brought to the front. */
void          _polku_window_open_file_somewhere    (PolkuWindow   *self,
                                                    GFile         *file);
/* Shows a new journey (from the template, or empty) here when this window
 * holds nothing worth keeping, else in a new window. */
void          _polku_window_new_document           (PolkuWindow   *self,
                                                    gboolean       from_template);
/* Shows document, recovered from draft_id, as an unsaved change to file
 * (NULL for a document that never had one). */
void          _polku_window_restore_draft          (PolkuWindow   *self,
                                                    PolkuDocument *document,
                                                    GFile         *file,
                                                    const char    *draft_id);
/* Whether the window holds a document someone may still want. */
gboolean      _polku_window_is_in_use              (PolkuWindow   *self);

/* Shows the journey's title and the file's name, marked when unsaved. */
void          _polku_window_update_title           (PolkuWindow   *self);

/* polku-window-edit.c */
void          _polku_window_edit_class_init        (GtkWidgetClass *widget_class);
void          _polku_window_edit_init              (PolkuWindow   *self);
void          _polku_window_edit_dispose           (PolkuWindow   *self);
void          _polku_window_edit_update_actions    (PolkuWindow   *self);
/* A new document, or a new undo stack: show the first journey, or keep the
 * one shown when the document still holds it. */
void          _polku_window_edit_document_changed  (PolkuWindow   *self);
/* The journey the window shows and edits. */
PolkuJourney *_polku_window_get_journey            (PolkuWindow   *self);
void          _polku_window_show_journey           (PolkuWindow   *self,
                                                    PolkuJourney  *journey);
PolkuSelection *_polku_window_get_selection        (PolkuWindow   *self);
/* Renames the selection in the outline when it has the focus, else on
 * the canvas. */
void          _polku_window_start_rename           (PolkuWindow   *self);
/* Single keys for tagging and scoring, Delete, Alt+arrows; arrows select
 * and Enter renames when arrows_select. For the canvas and the outline. */
GtkEventController *_polku_window_create_item_shortcuts (gboolean arrows_select);

/* polku-window-segments.c */
void          _polku_window_segments_class_init    (GtkWidgetClass *widget_class);
void          _polku_window_segments_init          (PolkuWindow   *self);
void          _polku_window_segments_update_actions (PolkuWindow  *self);
void          _polku_window_segments_journey_shown (PolkuWindow   *self);
void          _polku_window_segments_document_changed (PolkuWindow *self);
/* After an edit: when the journey shown left the document, shows another. */
void          _polku_window_segments_revalidate    (PolkuWindow   *self);

/* polku-window-print.c: Printing */
void          _polku_window_print_class_init       (GtkWidgetClass *widget_class);
void          _polku_window_print_init             (PolkuWindow   *self);
void          _polku_window_print_dispose          (PolkuWindow   *self);
void          _polku_window_print_update_actions   (PolkuWindow   *self);
/* The export dialog while it shows, for tests. */
PolkuExportDialog *_polku_window_get_export_dialog (PolkuWindow   *self);

/* For tests */
PolkuMapView *_polku_window_get_map_view           (PolkuWindow   *self);
/* The plain text of the newest toast, or NULL. */
char         *_polku_window_dup_last_toast_text    (PolkuWindow   *self);
gboolean      _polku_window_is_saving              (PolkuWindow   *self);

G_END_DECLS
