/* polku-window-private.h: what the files of PolkuWindow share, and the
 * hooks its tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-core.h"
#include "polku-inspector.h"
#include "polku-map-editor.h"
#include "polku-map-view.h"
#include "polku-outline.h"
#include "polku-selection.h"
#include "polku-window.h"

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

/* For tests */
PolkuMapView *_polku_window_get_map_view           (PolkuWindow   *self);
/* The plain text of the newest toast, or NULL. */
char         *_polku_window_dup_last_toast_text    (PolkuWindow   *self);
gboolean      _polku_window_is_saving              (PolkuWindow   *self);

G_END_DECLS
