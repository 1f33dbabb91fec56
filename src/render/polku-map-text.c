/* polku-map-text.c: the texts of a map: laid out when measured, moved
 * when placed, drawn in a colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-map-text-private.h"
#include "polku-text-cache-private.h"

static void
measure_text (PolkuMapText *text,
              const char   *str,
              double        width)
{
  PolkuTextMeasure measure;

  _polku_text_cache_measure (text->style, str, width, text->alignment, &measure);
  /* The new layout first: str may be the old one's text. */
  g_object_ref (measure.layout);
  g_clear_object (&text->layout);
  text->layout = measure.layout;
  text->width = measure.width;
  text->height = measure.height;
}

void
_polku_map_text_set (PolkuMapLayout *self,
                     PolkuMapText   *text,
                     PolkuTextStyle  style,
                     const char     *str,
                     double          width)
{
  g_assert (text->layout == NULL);

  text->style = style;
  measure_text (text, str, width);
}

double
_polku_map_text_set_narrow (PolkuMapLayout *self,
                            PolkuMapText   *text,
                            PolkuTextStyle  style,
                            const char     *str)
{
  _polku_map_text_set (self, text, style, str, -1);
  return _polku_text_cache_widest_word (style, str);
}

void
_polku_map_text_set_shared (PolkuMapLayout *self,
                            PolkuMapText   *text,
                            PolkuTextStyle  style,
                            const char     *str)
{
  _polku_map_text_set (self, text, style, str, -1);
}

void
_polku_map_text_set_alignment (PolkuMapText   *text,
                               PangoAlignment  alignment)
{
  text->alignment = alignment;
}

void
_polku_map_text_rewrap (PolkuMapText *text,
                        double        width)
{
  measure_text (text, pango_layout_get_text (text->layout), width);
}

void
_polku_map_text_move (PolkuMapText *text,
                      double        x,
                      double        y)
{
  text->x = x;
  text->y = y;
}

void
_polku_map_text_clear (PolkuMapText *text)
{
  g_clear_object (&text->layout);
}

void
_polku_map_text_copy (PolkuMapText       *dest,
                      const PolkuMapText *src)
{
  *dest = *src;
  if (dest->layout != NULL)
    g_object_ref (dest->layout);
}

void
_polku_map_text_draw (cairo_t            *cr,
                      const PolkuMapText *text,
                      const PolkuColor   *color)
{
  if (text->layout == NULL)
    return;
  polku_cairo_set_source_color (cr, color);
  _polku_text_show_layout (cr, text->layout, text->x, text->y);
}
