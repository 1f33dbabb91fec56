/* polku-drafts.h: unsaved changes kept on disk, to offer back after a crash
 *
 * A draft is two files in the drafts folder: ID.polku holds the document as
 * the writer saves it, ID.draft (a key file) says which file the document
 * belongs to, its title, when the draft was written and which process wrote
 * it. A draft whose process is gone was left by a crash.
 *
 * This file uses GLib and GIO only, so that it is tested without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-document.h"

G_BEGIN_DECLS

/* Where drafts are kept: polku/drafts in the user data folder. */
char          *polku_drafts_dup_default_dir  (void);

/* One draft found on disk. */
typedef struct
{
  char      *dir;
  char      *id;
  /* The journey's title when the draft was written; may be "". */
  char      *title;
  /* The file the document was opened from or saved to; NULL for one that
   * never had a file. */
  GFile     *file;
  /* When the draft was written, in local time. */
  GDateTime *saved;
} PolkuDraftInfo;

void           polku_draft_info_free         (PolkuDraftInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuDraftInfo, polku_draft_info_free)

/* The drafts in dir whose writing process has ended, newest first (a
 * GPtrArray of PolkuDraftInfo). Drafts of running processes, this one
 * included, are left out, and so are half-written ones. */
GPtrArray     *polku_drafts_list_orphans     (const char      *dir);
/* Reads the draft's document. */
PolkuDocument *polku_draft_info_load         (PolkuDraftInfo  *info,
                                              GError         **error);
/* Deletes both files of the draft id in dir; a draft that is not there
 * is no error. */
gboolean       polku_drafts_remove           (const char      *dir,
                                              const char      *id,
                                              GError         **error);

/* Writes a draft synchronously: what PolkuDraft does in a thread. file may
 * be NULL. */
gboolean       polku_drafts_write            (const char      *dir,
                                              const char      *id,
                                              GBytes          *contents,
                                              GFile           *file,
                                              const char      *title,
                                              GError         **error);

/* Whether the process that the owner string of a draft names (pid and
 * start time, as written by polku_drafts_write()) is still running. */
gboolean       polku_drafts_owner_is_running (const char      *owner);

#define POLKU_TYPE_DRAFT (polku_draft_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDraft, polku_draft, POLKU, DRAFT, GObject)

/* The draft of one document, written in the background. id is that of an
 * existing draft to carry on, or NULL for a new one. While it has work to
 * do it holds the default GApplication, if any, so that quitting waits. */
PolkuDraft    *polku_draft_new               (const char      *dir,
                                              const char      *id);
const char    *polku_draft_get_id            (PolkuDraft      *self);
const char    *polku_draft_get_dir           (PolkuDraft      *self);
/* Writes contents as the draft. Requests queue behind the one in
 * progress; only the newest waiting one is carried out. */
void           polku_draft_save              (PolkuDraft      *self,
                                              GBytes          *contents,
                                              GFile           *file,
                                              const char      *title);
/* Deletes the draft, after the write in progress if there is one. */
void           polku_draft_remove            (PolkuDraft      *self);
/* Whether a write or a removal is in progress or waiting. */
gboolean       polku_draft_get_busy          (PolkuDraft      *self);

/* Signals: "failed" (const GError *) when a draft could not be written. */

G_END_DECLS
