/* polku-map-text-private.h: the texts of a map: laid out when measured,
 * moved when placed, drawn in a colour
 *
 * The layout's parts set and place texts, the drawing and the pages draw
 * them; this file calls none of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "polku-map-layout.h"
#include "polku-palette.h"
#include "polku-text-private.h"

G_BEGIN_DECLS

/* A laid out text and where its top left corner is. */
typedef struct
{
  PangoLayout    *layout;     /* NULL when there is nothing to show; shared,
                               * never changed */
  PolkuTextStyle  style;
  PangoAlignment  alignment;  /* of wrapped lines */
  double          x;
  double          y;
  double          width;
  double          height;
} PolkuMapText;

/* Texts: laid out when measured, moved when placed. */
void   _polku_map_text_set            (PolkuMapLayout     *self,
                                       PolkuMapText       *text,
                                       PolkuTextStyle      style,
                                       const char         *str,
                                       double              width);
/* A text to wrap later, once its column is known; returns the width of
 * its widest word. */
double _polku_map_text_set_narrow     (PolkuMapLayout     *self,
                                       PolkuMapText       *text,
                                       PolkuTextStyle      style,
                                       const char         *str);
/* An unwrapped text laid out once however often it recurs. */
void   _polku_map_text_set_shared     (PolkuMapLayout     *self,
                                       PolkuMapText       *text,
                                       PolkuTextStyle      style,
                                       const char         *str);
/* Before setting the text: how its wrapped lines align. */
void   _polku_map_text_set_alignment  (PolkuMapText       *text,
                                       PangoAlignment      alignment);
void   _polku_map_text_rewrap         (PolkuMapText       *text,
                                       double              width);
void   _polku_map_text_move           (PolkuMapText       *text,
                                       double              x,
                                       double              y);
void   _polku_map_text_clear          (PolkuMapText       *text);
/* A copy sharing the text's layout. */
void   _polku_map_text_copy           (PolkuMapText       *dest,
                                       const PolkuMapText *src);
/* Draws a laid out text in a colour; a text without a layout draws
 * nothing. */
void   _polku_map_text_draw           (cairo_t            *cr,
                                       const PolkuMapText *text,
                                       const PolkuColor   *color);

G_END_DECLS
