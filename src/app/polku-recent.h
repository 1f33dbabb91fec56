/* polku-recent.h: journey files used lately, as GTK's recent files know them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define POLKU_MIME_TYPE "application/x-polku+xml"

/* How many recent journeys the start page and the Open menu list. */
#define POLKU_RECENT_MAX 8

/* Whether a recent file, by its URI and MIME type, is a journey file. */
gboolean   polku_recent_is_journey      (const char       *uri,
                                         const char       *mime_type);
/* Records that the file was opened or saved, with the title of its
 * journey (may be NULL) to list it by. */
void       polku_recent_add             (GFile            *file,
                                         const char       *title);
/* What a recent journey is listed by: the title of its journey as it was
 * last opened or saved, or its file's name when it had none. (transfer
 * none) */
const char *polku_recent_get_title      (GtkRecentInfo    *info);
/* The journey files among the recent files that still exist, newest first:
 * at most max GtkRecentInfo. */
GPtrArray *polku_recent_list_journeys   (GtkRecentManager *manager,
                                         guint             max);
/* The folder to show under a recent file's name, with "~" for the home
 * folder; NULL for files that are not local. */
char      *polku_recent_dup_folder_name (GFile            *file);

G_END_DECLS
