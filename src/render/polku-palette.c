/* polku-palette.c: the colours of a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, \
                   ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, \
                   1.0 }

/* Calm tints for the phases (blue, green, sand), ink-dark text, one warm
 * accent for opportunities and one red kept for what must be fixed first.
 *
 * Every text stands out from what it is written on by at least 4.5:1, and
 * every mark that carries meaning (a card's edge, a marker, a curve, a
 * target, the midline) by at least 3:1, as WCAG 2.1 asks (test-a11y checks
 * each pair). The rules between lanes and steps only divide, and stay light. */
static const PolkuPalette light_palette = {
  .background = RGB (0xffffff),
  .text = RGB (0x1d232a),
  .text_muted = RGB (0x5c6773),
  .rule = RGB (0xd3d9e0),
  .phase_fill = { RGB (0xeff5fb), RGB (0xf0f7f1), RGB (0xfbf5ec) },
  .phase_band = { RGB (0xd6e6f5), RGB (0xd5ebd9), RGB (0xf3e1c7) },
  .phase_text = { RGB (0x1c4b75), RGB (0x245c32), RGB (0x7a4a12) },
  .card_fill = RGB (0xffffff),
  .card_border = RGB (0x7b8692),
  .critical_border = RGB (0x1d232a),
  .critical_tag_fill = RGB (0x1d232a),
  .critical_tag_text = RGB (0xffffff),
  .prerequisite_marker = RGB (0x35597f),
  .opportunity_marker = RGB (0xc07c12),
  .placeholder = RGB (0x636d78),
  .curve = RGB (0x2b6a9e),
  .target = RGB (0x1d232a),
  .midline = RGB (0x7d8894),
  .alert = RGB (0xc4262e),
};

static const PolkuPalette dark_palette = {
  .background = RGB (0x1e1e1e),
  .text = RGB (0xedeff2),
  .text_muted = RGB (0xa6aeb8),
  .rule = RGB (0x3a3f45),
  .phase_fill = { RGB (0x1f2935), RGB (0x1f2c23), RGB (0x302a20) },
  .phase_band = { RGB (0x2a405a), RGB (0x2a4634), RGB (0x4e3e26) },
  .phase_text = { RGB (0xbfd9f2), RGB (0xbfe3c8), RGB (0xf2d7ae) },
  .card_fill = RGB (0x2c2f33),
  .card_border = RGB (0x7b848e),
  .critical_border = RGB (0xedeff2),
  .critical_tag_fill = RGB (0xedeff2),
  .critical_tag_text = RGB (0x1e1e1e),
  .prerequisite_marker = RGB (0x8db4de),
  .opportunity_marker = RGB (0xf0b451),
  .placeholder = RGB (0x959ea8),
  .curve = RGB (0x78b3e6),
  .target = RGB (0xedeff2),
  .midline = RGB (0x8a939d),
  .alert = RGB (0xff6b6b),
};

const PolkuPalette *
polku_palette_light (void)
{
  return &light_palette;
}

const PolkuPalette *
polku_palette_dark (void)
{
  return &dark_palette;
}

void
polku_cairo_set_source_color (cairo_t          *cr,
                              const PolkuColor *color)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
