/* fuzz-init.c: what every harness sets up before its first input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GLib critical or warning means that code broke an assumption of its
 * own: it ends the run as a crash does, so that the fuzzer reports it.
 * libFuzzer calls this itself; fuzz-files.c calls it from its main().
 */

#include "config.h"

#include <glib.h>

#include "fuzz-harness.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}
