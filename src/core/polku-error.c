/* polku-error.c: errors of reading and writing journey files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-error.h"

G_DEFINE_QUARK (polku-file-error-quark, polku_file_error)
