/* polku-paper.h: the paper a map is printed on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  POLKU_PAPER_A4,
  POLKU_PAPER_A3,
  POLKU_PAPER_A2,
  POLKU_PAPER_A1,
  POLKU_PAPER_A0,
  POLKU_PAPER_LETTER,
  POLKU_PAPER_LEGAL,
} PolkuPaper;

#define POLKU_N_PAPERS 7

typedef enum
{
  POLKU_ORIENTATION_PORTRAIT,
  POLKU_ORIENTATION_LANDSCAPE,
} PolkuOrientation;

/* The paper's name as people and settings write it: "A4", "Letter"; any
 * case is understood. FALSE for a name it does not know. */
const char *polku_paper_to_string         (PolkuPaper         paper);
gboolean    polku_paper_from_string       (const char        *name,
                                           PolkuPaper        *paper);
/* Its name in PWG 5101.1, as printing systems know it: "iso_a4". */
const char *polku_paper_get_pwg_name      (PolkuPaper         paper);
/* The paper the PWG name names, if it is one of these. */
gboolean    polku_paper_from_pwg_name     (const char        *pwg_name,
                                           PolkuPaper        *paper);
/* Width and height in points, turned to the orientation. */
void        polku_paper_get_size          (PolkuPaper         paper,
                                           PolkuOrientation   orientation,
                                           double            *width,
                                           double            *height);
/* "portrait" or "landscape", and back. */
const char *polku_orientation_to_string   (PolkuOrientation   orientation);
gboolean    polku_orientation_from_string (const char        *name,
                                           PolkuOrientation  *orientation);

G_END_DECLS
