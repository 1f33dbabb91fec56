/* polku-rect.h: rectangles in map coordinates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-render-types.h"

G_BEGIN_DECLS

gboolean polku_rect_intersects      (const PolkuRect *a,
                                     const PolkuRect *b);
gboolean polku_rect_contains_point  (const PolkuRect *rect,
                                     double           x,
                                     double           y);
gboolean polku_rect_contains_rect   (const PolkuRect *outer,
                                     const PolkuRect *inner);
/* The part that a and b share, in result (which may be either); FALSE,
 * and result empty, when they do not intersect. */
gboolean polku_rect_intersect       (const PolkuRect *a,
                                     const PolkuRect *b,
                                     PolkuRect       *result);
/* The smallest rectangle holding a and b, in result (which may be either). */
void     polku_rect_union           (const PolkuRect *a,
                                     const PolkuRect *b,
                                     PolkuRect       *result);

G_END_DECLS
