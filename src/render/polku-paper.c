/* polku-paper.c: the paper a map is printed on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-paper.h"

#define MM (72.0 / 25.4)
#define INCH 72.0

typedef struct
{
  const char *name;
  const char *pwg_name;
  double      width;    /* portrait, in points */
  double      height;
} Paper;

static const Paper papers[] = {
  [POLKU_PAPER_A4] = { "A4", "iso_a4", 210 * MM, 297 * MM },
  [POLKU_PAPER_A3] = { "A3", "iso_a3", 297 * MM, 420 * MM },
  [POLKU_PAPER_A2] = { "A2", "iso_a2", 420 * MM, 594 * MM },
  [POLKU_PAPER_A1] = { "A1", "iso_a1", 594 * MM, 841 * MM },
  [POLKU_PAPER_A0] = { "A0", "iso_a0", 841 * MM, 1189 * MM },
  [POLKU_PAPER_LETTER] = { "Letter", "na_letter", 8.5 * INCH, 11 * INCH },
  [POLKU_PAPER_LEGAL] = { "Legal", "na_legal", 8.5 * INCH, 14 * INCH },
};

G_STATIC_ASSERT (G_N_ELEMENTS (papers) == POLKU_N_PAPERS);

static const char * const orientations[] = {
  [POLKU_ORIENTATION_PORTRAIT] = "portrait",
  [POLKU_ORIENTATION_LANDSCAPE] = "landscape",
};

const char *
polku_paper_to_string (PolkuPaper paper)
{
  g_return_val_if_fail (paper < POLKU_N_PAPERS, NULL);

  return papers[paper].name;
}

gboolean
polku_paper_from_string (const char *name,
                         PolkuPaper *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < POLKU_N_PAPERS; i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        if (paper != NULL)
          *paper = i;
        return TRUE;
      }
  return FALSE;
}

const char *
polku_paper_get_pwg_name (PolkuPaper paper)
{
  g_return_val_if_fail (paper < POLKU_N_PAPERS, NULL);

  return papers[paper].pwg_name;
}

gboolean
polku_paper_from_pwg_name (const char *pwg_name,
                           PolkuPaper *paper)
{
  g_return_val_if_fail (pwg_name != NULL, FALSE);

  /* Full PWG names carry the size too: "iso_a4_210x297mm". */
  for (guint i = 0; i < POLKU_N_PAPERS; i++)
    {
      gsize length = strlen (papers[i].pwg_name);

      if (strncmp (pwg_name, papers[i].pwg_name, length) == 0 &&
          (pwg_name[length] == '\0' || pwg_name[length] == '_'))
        {
          if (paper != NULL)
            *paper = i;
          return TRUE;
        }
    }
  return FALSE;
}

void
polku_paper_get_size (PolkuPaper        paper,
                      PolkuOrientation  orientation,
                      double           *width,
                      double           *height)
{
  const Paper *p;
  gboolean landscape = orientation == POLKU_ORIENTATION_LANDSCAPE;

  g_return_if_fail (paper < POLKU_N_PAPERS);

  p = &papers[paper];
  if (width != NULL)
    *width = landscape ? p->height : p->width;
  if (height != NULL)
    *height = landscape ? p->width : p->height;
}

const char *
polku_orientation_to_string (PolkuOrientation orientation)
{
  g_return_val_if_fail (orientation < G_N_ELEMENTS (orientations), NULL);

  return orientations[orientation];
}

gboolean
polku_orientation_from_string (const char       *name,
                               PolkuOrientation *orientation)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (orientations); i++)
    if (g_ascii_strcasecmp (name, orientations[i]) == 0)
      {
        if (orientation != NULL)
          *orientation = i;
        return TRUE;
      }
  return FALSE;
}
