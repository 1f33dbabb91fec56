/* polku-render-types.h: forward declarations and plain types of the renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PolkuMapLayout PolkuMapLayout;
typedef struct _PolkuPalette   PolkuPalette;

/* A rectangle in map coordinates: points (1/72 inch) at 100 %. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PolkuRect;

/* A colour, components from 0 to 1. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PolkuColor;

G_END_DECLS
