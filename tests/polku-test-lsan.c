/* polku-test-lsan.c: what GTK 4.8 itself leaks, told to the leak checker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked into the window's tests when they run under AddressSanitizer.
 * GTK 4.8 never frees some objects it asks GLib for: the file chooser's path
 * bar keeps the details it fetches of each folder it shows, and the recent
 * files manager the time it stamps on the list whenever it writes it. The
 * details are read in a worker thread, so nothing in the leak's stack says
 * whose they are, and no suppression in lsan.supp can single them out.
 * Instead, these functions stand in for GLib's: what they return to GTK is
 * marked as GTK's, which LeakSanitizer does not report, and what they
 * return to Polku is checked as before.
 */

/* For dladdr () and RTLD_NEXT. */
#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <string.h>

#include <gio/gio.h>
#include <sanitizer/lsan_interface.h>

/* GLib's own function of that name. */
static gpointer
lookup_real (const char *name)
{
  gpointer real = dlsym (RTLD_NEXT, name);

  g_assert (real != NULL);
  return real;
}

/* Marks object as GTK's when the code at caller is GTK's. */
static void
ignore_if_called_by_gtk (gconstpointer object,
                         gconstpointer caller)
{
  Dl_info info;

  if (object != NULL && dladdr (caller, &info) != 0 &&
      info.dli_fname != NULL && strstr (info.dli_fname, "/libgtk-4.so") != NULL)
    __lsan_ignore_object (object);
}

GFileInfo *
g_file_query_info_finish (GFile         *file,
                          GAsyncResult  *res,
                          GError       **error)
{
  static GFileInfo *(*real) (GFile *, GAsyncResult *, GError **);
  GFileInfo *info;

  if (real == NULL)
    real = (GFileInfo *(*) (GFile *, GAsyncResult *, GError **)) lookup_real ("g_file_query_info_finish");

  info = real (file, res, error);
  ignore_if_called_by_gtk (info, __builtin_return_address (0));
  return info;
}

GDateTime *
g_date_time_new_now_utc (void)
{
  static GDateTime *(*real) (void);
  GDateTime *now;

  if (real == NULL)
    real = (GDateTime *(*) (void)) lookup_real ("g_date_time_new_now_utc");

  now = real ();
  ignore_if_called_by_gtk (now, __builtin_return_address (0));
  return now;
}
