/* polku-session.h: one open journey: its document, undo history, file, draft
 *
 * A session owns what the life of an open journey file needs: the
 * document, the undo stack every edit goes through, the file and the
 * entity tag it had when last read or written, the monitor that notices
 * other programs changing it, and the draft that keeps unsaved changes on
 * disk. It loads and saves, and it decides what closing, a change on disk
 * and a draft mean for the document. A window shows one session and follows
 * it through its properties and signals; the session knows nothing of
 * windows, so all of this is tested without a display.
 *
 * Properties: "document", "undo-stack", "file", "title", "dirty", "busy",
 * "is-example".
 *
 * Signals:
 * - "changed" (): an edit, an undo or a redo changed the document.
 * - "loaded" (GFile *file), "saved" (GFile *file): the document was read
 *   from file, or written to it.
 * - "save-failed" (GFile *file, const GError *error): a save failed; the
 *   file on disk is as it was. Not emitted for a cancelled save.
 * - "changed-on-disk" (): another program changed the file. Answer with
 *   polku_session_keep_changes() or by loading the file again.
 * - "deleted-on-disk" (): another program deleted or moved the file; what
 *   the session holds is the only copy, and it counts as unsaved.
 * - "draft-failed" (const GError *error): the unsaved changes could not be
 *   kept in a draft; once until the next save.
 * - "close-ready" (): a save made for closing is done: close now.
 * - "close-abandoned" (): a save made for closing failed, or no file was
 *   chosen for it: the journey stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-document.h"
#include "polku-undo-stack.h"
#include "polku-drafts.h"

G_BEGIN_DECLS

/* How long after the first unsaved change its draft is written: half of
 * the second a crash may lose, the other half left for the writing. */
#define POLKU_SESSION_DRAFT_DELAY_MS 500
/* How long to let a burst of change notifications settle before looking at
 * the file. */
#define POLKU_SESSION_FILE_CHECK_DELAY_MS 250

/* What closing needs next. */
typedef enum
{
  /* Nothing would be lost: close. */
  POLKU_CLOSE_NOW,
  /* There are unsaved changes: ask whether to save, discard or cancel,
   * and answer with polku_session_respond_to_close(). */
  POLKU_CLOSE_ASK,
  /* A save for closing runs: "close-ready" or "close-abandoned" follows. */
  POLKU_CLOSE_WAIT,
  /* Saving for closing needs a file: save to the one the user chooses
   * (polku_session_save_async()), or polku_session_abandon_close(). */
  POLKU_CLOSE_CHOOSE_FILE,
  /* Closing was cancelled: the journey stays open. */
  POLKU_CLOSE_STAY,
} PolkuCloseStep;

/* The answers to POLKU_CLOSE_ASK. */
typedef enum
{
  POLKU_CLOSE_RESPONSE_SAVE,
  POLKU_CLOSE_RESPONSE_DISCARD,
  POLKU_CLOSE_RESPONSE_CANCEL,
} PolkuCloseResponse;

/* The answers to "changed-on-disk". */
typedef enum
{
  /* Read the file again; unsaved changes are lost. */
  POLKU_CHANGE_RESPONSE_RELOAD,
  /* Keep the document; the next save replaces the file. */
  POLKU_CHANGE_RESPONSE_KEEP,
} PolkuChangeResponse;

#define POLKU_TYPE_SESSION (polku_session_get_type ())

G_DECLARE_FINAL_TYPE (PolkuSession, polku_session, POLKU, SESSION, GObject)

/* A session with nothing loaded yet, its drafts kept in drafts_dir (NULL:
 * polku_drafts_dup_default_dir()). */
PolkuSession   *polku_session_new                  (const char           *drafts_dir);
/* A session for document, as read from file (NULL: a new journey). */
PolkuSession   *polku_session_new_for_document     (const char           *drafts_dir,
                                                    PolkuDocument        *document,
                                                    GFile                *file);
/* A bundled example: a document without a file, which says so. */
PolkuSession   *polku_session_new_example          (const char           *drafts_dir,
                                                    PolkuDocument        *document);
/* The document recovered from the draft draft_id, an unsaved change to
 * file (NULL for one that never had a file). The session carries on with
 * that draft, and learns the file's present state without reporting it. */
PolkuSession   *polku_session_new_for_draft        (const char           *drafts_dir,
                                                    PolkuDocument        *document,
                                                    GFile                *file,
                                                    const char           *draft_id);

PolkuDocument  *polku_session_get_document         (PolkuSession         *self);
PolkuUndoStack *polku_session_get_undo_stack       (PolkuSession         *self);
GFile          *polku_session_get_file             (PolkuSession         *self);
/* The file a load in progress reads, or NULL. */
GFile          *polku_session_get_loading_file     (PolkuSession         *self);
/* The name to call the document by in titles and messages: its file's
 * name, or else its first journey's title. */
const char     *polku_session_get_title            (PolkuSession         *self);
gboolean        polku_session_get_dirty            (PolkuSession         *self);
/* Whether a load or a save runs. */
gboolean        polku_session_get_busy             (PolkuSession         *self);
gboolean        polku_session_get_saving           (PolkuSession         *self);
gboolean        polku_session_get_is_example       (PolkuSession         *self);
/* Whether the session holds something someone may still want: a file, a
 * load in progress, or unsaved changes. An untouched new journey or
 * example may make way for another. */
gboolean        polku_session_is_in_use            (PolkuSession         *self);
/* The draft of the unsaved changes, or NULL after they were discarded. */
PolkuDraft     *polku_session_get_draft            (PolkuSession         *self);

/* Applies command to the document, undoably (takes ownership); it may
 * merge into the previous command, as polku_undo_stack_push() says. */
void            polku_session_push                 (PolkuSession         *self,
                                                    PolkuCommand         *command);

/* Reads file into the session: on success the document, its history,
 * file and draft are new; on failure the session is as it was. A load in
 * progress is cancelled by the next. */
void            polku_session_load_async           (PolkuSession         *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        polku_session_load_finish          (PolkuSession         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

/* Writes the document to file (NULL: its own file, which it must have).
 * The document is serialised before this returns: edits made while the
 * write runs stay unsaved and keep their draft. One save at a time. */
void            polku_session_save_async           (PolkuSession         *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        polku_session_save_finish          (PolkuSession         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

/* Closing: what happens when someone asks to close the journey. */
PolkuCloseStep  polku_session_request_close        (PolkuSession         *self);
/* The answer to POLKU_CLOSE_ASK: what closing needs next. */
PolkuCloseStep  polku_session_respond_to_close     (PolkuSession         *self,
                                                    PolkuCloseResponse    response);
/* No file was chosen for a save: closing, if it waited for one, stops. */
void            polku_session_abandon_close        (PolkuSession         *self);

/* The answer suggested for "changed-on-disk": reload a document without
 * unsaved changes, keep one with them. */
PolkuChangeResponse polku_session_suggest_change_response (PolkuSession   *self);
/* Keeps the document after "changed-on-disk": it counts as unsaved, and
 * the next save replaces the file without asking. */
void            polku_session_keep_changes         (PolkuSession         *self);
/* Looks at the file now, as a change notification would. */
void            polku_session_check_file           (PolkuSession         *self);

G_END_DECLS
