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

G_END_DECLS
