/* polku-palette.h: the colours of a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "polku-types.h"
#include "polku-render-types.h"

G_BEGIN_DECLS

/* Colour is never the only carrier of meaning on a map: every encoding also
 * has a shape or a text, so that a grayscale print reads the same. */
struct _PolkuPalette
{
  PolkuColor background;
  PolkuColor text;
  PolkuColor text_muted;
  PolkuColor rule;                 /* hairlines and grid lines */

  /* Per phase, in the order of PolkuPhaseKind. */
  PolkuColor phase_fill[POLKU_N_PHASE_KINDS];
  PolkuColor phase_band[POLKU_N_PHASE_KINDS];
  PolkuColor phase_text[POLKU_N_PHASE_KINDS];

  PolkuColor card_fill;
  PolkuColor card_border;
  PolkuColor critical_border;
  PolkuColor critical_tag_fill;
  PolkuColor critical_tag_text;
  PolkuColor prerequisite_marker;
  PolkuColor opportunity_marker;
  PolkuColor placeholder;

  PolkuColor curve;
  PolkuColor target;
  PolkuColor midline;
  PolkuColor alert;                /* critical prerequisites below target */
};

/* For print and every export, and for the screen in the light style. */
const PolkuPalette *polku_palette_light (void);
/* For the screen in the dark style. */
const PolkuPalette *polku_palette_dark  (void);

void polku_cairo_set_source_color (cairo_t          *cr,
                                   const PolkuColor *color);

G_END_DECLS
