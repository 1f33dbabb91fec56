/* polku-rect.c: rectangles in map coordinates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-rect.h"

/* Rectangles that only share an edge do not intersect. */
gboolean
polku_rect_intersects (const PolkuRect *a,
                       const PolkuRect *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
polku_rect_contains_point (const PolkuRect *rect,
                           double           x,
                           double           y)
{
  g_return_val_if_fail (rect != NULL, FALSE);

  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

gboolean
polku_rect_contains_rect (const PolkuRect *outer,
                          const PolkuRect *inner)
{
  g_return_val_if_fail (outer != NULL, FALSE);
  g_return_val_if_fail (inner != NULL, FALSE);

  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

gboolean
polku_rect_intersect (const PolkuRect *a,
                      const PolkuRect *b,
                      PolkuRect       *result)
{
  double x0, y0, x1, y1;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (!polku_rect_intersects (a, b))
    {
      *result = (PolkuRect) { 0, 0, 0, 0 };
      return FALSE;
    }
  x0 = MAX (a->x, b->x);
  y0 = MAX (a->y, b->y);
  x1 = MIN (a->x + a->width, b->x + b->width);
  y1 = MIN (a->y + a->height, b->y + b->height);
  *result = (PolkuRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

void
polku_rect_union (const PolkuRect *a,
                  const PolkuRect *b,
                  PolkuRect       *result)
{
  double x0, y0, x1, y1;

  g_return_if_fail (a != NULL);
  g_return_if_fail (b != NULL);
  g_return_if_fail (result != NULL);

  x0 = MIN (a->x, b->x);
  y0 = MIN (a->y, b->y);
  x1 = MAX (a->x + a->width, b->x + b->width);
  y1 = MAX (a->y + a->height, b->y + b->height);
  *result = (PolkuRect) { x0, y0, x1 - x0, y1 - y0 };
}
