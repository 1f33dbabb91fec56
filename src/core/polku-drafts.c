/* polku-drafts.c: unsaved changes kept on disk, to offer back after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "polku-core.h"

#define GROUP "Draft"
#define FORMAT_VERSION 1
#define CONTENTS_SUFFIX ".polku"
#define INFO_SUFFIX ".draft"

char *
polku_drafts_dup_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "polku", "drafts", NULL);
}

void
polku_draft_info_free (PolkuDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->dir);
  g_free (info->id);
  g_free (info->title);
  g_clear_object (&info->file);
  g_clear_pointer (&info->saved, g_date_time_unref);
  g_free (info);
}

static char *
contents_path (const char *dir,
               const char *id)
{
  g_autofree char *name = g_strconcat (id, CONTENTS_SUFFIX, NULL);

  return g_build_filename (dir, name, NULL);
}

static char *
info_path (const char *dir,
           const char *id)
{
  g_autofree char *name = g_strconcat (id, INFO_SUFFIX, NULL);

  return g_build_filename (dir, name, NULL);
}

static char *
dup_own_owner (void)
{
  g_autofree char *boot_id = polku_process_dup_boot_id ();

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%" G_GUINT64_FORMAT,
                          boot_id, (gint64) getpid (), polku_process_get_own_start_time ());
}

gboolean
polku_drafts_owner_is_running (const char *owner)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *boot_id = NULL;

  g_return_val_if_fail (owner != NULL, FALSE);

  parts = g_strsplit (owner, ":", 3);
  if (g_strv_length (parts) != 3)
    return FALSE;

  boot_id = polku_process_dup_boot_id ();
  if (parts[0][0] != '\0' && boot_id[0] != '\0' && !g_str_equal (parts[0], boot_id))
    return FALSE;

  return polku_process_is_running (g_ascii_strtoll (parts[1], NULL, 10),
                                   g_ascii_strtoull (parts[2], NULL, 10));
}

gboolean
polku_drafts_write (const char  *dir,
                    const char  *id,
                    GBytes      *contents,
                    GFile       *file,
                    const char  *title,
                    GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  g_autofree char *owner = dup_own_owner ();
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) info_bytes = NULL;
  gsize length;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_dir = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: a folder, then why it could not be made */
                   _("Could not create the folder “%s”: %s"),
                   display_dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* The document first: a draft counts once its key file is there. Both
   * are replaced whole; the folder is this user's alone. */
  path = contents_path (dir, id);
  if (!polku_file_write_path (path, contents, NULL, error))
    return FALSE;

  g_key_file_set_integer (key_file, GROUP, "Version", FORMAT_VERSION);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (key_file, GROUP, "File", uri);
    }
  g_key_file_set_string (key_file, GROUP, "Title", title != NULL ? title : "");
  g_key_file_set_string (key_file, GROUP, "Saved", saved);
  g_key_file_set_string (key_file, GROUP, "Owner", owner);

  g_clear_pointer (&path, g_free);
  path = info_path (dir, id);
  data = g_key_file_to_data (key_file, &length, NULL);
  info_bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  return polku_file_write_path (path, info_bytes, NULL, error);
}

static gboolean
remove_if_there (const char  *path,
                 GError     **error)
{
  int saved_errno;
  g_autofree char *display_path = NULL;

  if (g_unlink (path) == 0 || errno == ENOENT)
    return TRUE;

  saved_errno = errno;
  display_path = g_filename_display_name (path);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: a file, then why it could not be deleted */
               _("Could not delete “%s”: %s"), display_path, g_strerror (saved_errno));
  return FALSE;
}

gboolean
polku_drafts_remove (const char  *dir,
                     const char  *id,
                     GError     **error)
{
  g_autofree char *info = NULL;
  g_autofree char *contents = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  /* The key file first: without it, what is left is no draft. */
  info = info_path (dir, id);
  contents = contents_path (dir, id);
  return remove_if_there (info, error) && remove_if_there (contents, error);
}

static PolkuDraftInfo *
read_info (const char *dir,
           const char *id)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(PolkuDraftInfo) info = g_new0 (PolkuDraftInfo, 1);
  g_autofree char *path = info_path (dir, id);
  g_autofree char *contents = contents_path (dir, id);
  g_autofree char *owner = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GDateTime) saved_utc = NULL;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  if (g_key_file_get_integer (key_file, GROUP, "Version", NULL) != FORMAT_VERSION)
    return NULL;

  owner = g_key_file_get_string (key_file, GROUP, "Owner", NULL);
  if (owner == NULL || polku_drafts_owner_is_running (owner))
    return NULL;
  if (!g_file_test (contents, G_FILE_TEST_IS_REGULAR))
    return NULL;

  info->dir = g_strdup (dir);
  info->id = g_strdup (id);
  info->title = g_key_file_get_string (key_file, GROUP, "Title", NULL);
  if (info->title == NULL)
    info->title = g_strdup ("");
  uri = g_key_file_get_string (key_file, GROUP, "File", NULL);
  if (uri != NULL && uri[0] != '\0')
    info->file = g_file_new_for_uri (uri);
  saved = g_key_file_get_string (key_file, GROUP, "Saved", NULL);
  if (saved != NULL)
    saved_utc = g_date_time_new_from_iso8601 (saved, NULL);
  if (saved_utc == NULL)
    saved_utc = g_date_time_new_from_unix_utc (0);
  info->saved = g_date_time_to_local (saved_utc);

  return g_steal_pointer (&info);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PolkuDraftInfo *info_a = *(PolkuDraftInfo * const *) a;
  const PolkuDraftInfo *info_b = *(PolkuDraftInfo * const *) b;
  int order = g_date_time_compare (info_b->saved, info_a->saved);

  return order != 0 ? order : strcmp (info_a->id, info_b->id);
}

GPtrArray *
polku_drafts_list_orphans (const char *dir)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_draft_info_free);
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return g_steal_pointer (&drafts);

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *id = NULL;
      PolkuDraftInfo *info;

      if (!g_str_has_suffix (name, INFO_SUFFIX))
        continue;
      id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
      info = read_info (dir, id);
      if (info != NULL)
        g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return g_steal_pointer (&drafts);
}

PolkuDocument *
polku_draft_info_load (PolkuDraftInfo  *info,
                       GError         **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (info != NULL, NULL);

  path = contents_path (info->dir, info->id);
  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;
  if (g_mapped_file_get_length (mapped) > POLKU_FILE_MAX_SIZE)
    {
      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE,
                   _("The draft is too large"));
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (mapped);
  name = g_filename_display_basename (path);
  return polku_reader_load_bytes (bytes, name, error);
}

/* One request for the worker thread: write contents, or remove when they
 * are NULL. */
typedef struct
{
  char   *dir;
  char   *id;
  GBytes *contents;
  GFile  *file;
  char   *title;
} Request;

static void
request_free (Request *request)
{
  g_free (request->dir);
  g_free (request->id);
  g_clear_pointer (&request->contents, g_bytes_unref);
  g_clear_object (&request->file);
  g_free (request->title);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

struct _PolkuDraft
{
  GObject       parent_instance;

  char         *dir;
  char         *id;
  /* The newest request not started yet. */
  Request      *waiting;
  gboolean      running;
  GApplication *held_application;
};

G_DEFINE_FINAL_TYPE (PolkuDraft, polku_draft, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void polku_draft_run_next (PolkuDraft *self);

static void
run_request_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  Request *request = task_data;
  GError *error = NULL;
  gboolean done;

  if (request->contents != NULL)
    {
      done = polku_drafts_write (request->dir, request->id, request->contents,
                                 request->file, request->title, &error);
      if (done)
        g_debug ("Draft: wrote %s (%" G_GSIZE_FORMAT " bytes) in %s",
                 request->id, g_bytes_get_size (request->contents), request->dir);
    }
  else
    {
      done = polku_drafts_remove (request->dir, request->id, &error);
      if (done)
        g_debug ("Draft: removed %s", request->id);
    }

  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
request_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PolkuDraft *self = POLKU_DRAFT (object);
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_debug ("Draft: %s failed: %s", self->id, error->message);
      g_signal_emit (self, signals[FAILED], 0, error);
    }


  polku_draft_run_next (self);
}

static void
polku_draft_run_next (PolkuDraft *self)
{
  g_autoptr(GTask) task = NULL;

  g_assert (POLKU_IS_DRAFT (self));

  if (self->running)
    return;

  if (self->waiting == NULL)
    {
      if (self->held_application != NULL)
        {
          g_application_release (self->held_application);
          g_clear_object (&self->held_application);
        }
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return;
    }

  /* Quitting waits until the draft is written or gone. */
  if (self->held_application == NULL && g_application_get_default () != NULL)
    {
      self->held_application = g_object_ref (g_application_get_default ());
      g_application_hold (self->held_application);
    }

  self->running = TRUE;
  task = g_task_new (self, NULL, request_done_cb, NULL);
  g_task_set_source_tag (task, polku_draft_run_next);
  g_task_set_task_data (task, g_steal_pointer (&self->waiting), (GDestroyNotify) request_free);
  g_task_run_in_thread (task, run_request_in_thread);
}

static void
polku_draft_request (PolkuDraft *self,
                     Request    *request)
{
  gboolean was_busy = polku_draft_get_busy (self);

  g_assert (POLKU_IS_DRAFT (self));

  g_clear_pointer (&self->waiting, request_free);
  self->waiting = request;
  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  polku_draft_run_next (self);
}

void
polku_draft_save (PolkuDraft *self,
                  GBytes     *contents,
                  GFile      *file,
                  const char *title)
{
  Request *request;

  g_return_if_fail (POLKU_IS_DRAFT (self));
  g_return_if_fail (contents != NULL);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  request = g_new0 (Request, 1);
  request->dir = g_strdup (self->dir);
  request->id = g_strdup (self->id);
  request->contents = g_bytes_ref (contents);
  request->file = file != NULL ? g_object_ref (file) : NULL;
  request->title = g_strdup (title);
  polku_draft_request (self, request);
}

void
polku_draft_remove (PolkuDraft *self)
{
  Request *request;

  g_return_if_fail (POLKU_IS_DRAFT (self));

  request = g_new0 (Request, 1);
  request->dir = g_strdup (self->dir);
  request->id = g_strdup (self->id);
  polku_draft_request (self, request);
}

gboolean
polku_draft_get_busy (PolkuDraft *self)
{
  g_return_val_if_fail (POLKU_IS_DRAFT (self), FALSE);

  return self->running || self->waiting != NULL;
}

const char *
polku_draft_get_id (PolkuDraft *self)
{
  g_return_val_if_fail (POLKU_IS_DRAFT (self), NULL);

  return self->id;
}

const char *
polku_draft_get_dir (PolkuDraft *self)
{
  g_return_val_if_fail (POLKU_IS_DRAFT (self), NULL);

  return self->dir;
}

static void
polku_draft_finalize (GObject *object)
{
  PolkuDraft *self = POLKU_DRAFT (object);

  /* A running task holds a reference: nothing can be running here. */
  g_assert (!self->running);
  g_clear_pointer (&self->waiting, request_free);
  if (self->held_application != NULL)
    g_application_release (self->held_application);
  g_clear_object (&self->held_application);
  g_free (self->dir);
  g_free (self->id);

  G_OBJECT_CLASS (polku_draft_parent_class)->finalize (object);
}

static void
polku_draft_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PolkuDraft *self = POLKU_DRAFT (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, polku_draft_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_draft_class_init (PolkuDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_draft_finalize;
  object_class->get_property = polku_draft_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
polku_draft_init (PolkuDraft *self)
{
}

PolkuDraft *
polku_draft_new (const char *dir,
                 const char *id)
{
  PolkuDraft *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (POLKU_TYPE_DRAFT, NULL);
  self->dir = g_strdup (dir);
  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  return self;
}
