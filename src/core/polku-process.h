/* polku-process.h: whether the process that left something behind is still
 * running
 *
 * A process is known by its number and its start time: a number that an
 * ended process had may come back for a new one, whose start time differs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* When the process started, in clock ticks since the machine booted; 0
 * where that is not known. */
guint64   polku_process_get_start_time (gint64   pid);
/* The start time of this process, read once. */
guint64   polku_process_get_own_start_time (void);
/* Whether process pid, started at start_time (0: not known), is running.
 * A process of another user counts as running. */
gboolean  polku_process_is_running     (gint64   pid,
                                        guint64  start_time);
/* The boot of this machine, so that processes of an earlier boot count as
 * ended even when their number has come back; "" where unknown. */
char     *polku_process_dup_boot_id    (void);
/* When this machine booted, in seconds since 1970; 0 where unknown. */
gint64    polku_process_get_boot_time  (void);

G_END_DECLS
