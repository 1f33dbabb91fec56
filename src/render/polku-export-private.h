/* polku-export-private.h: what export and its preview share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-export.h"
#include "polku-map-layout-private.h"

G_BEGIN_DECLS

/* A map in an image: the layout drawn at scale with its top left corner
 * at (x, y), in an image of width × height pixels or SVG points. */
typedef struct
{
  PolkuMapLayout *layout;
  double          width;
  double          height;
  double          scale;
  double          x;
  double          y;
} PolkuExportFrame;

/* The map, or a phase of it (phase ≥ 0), as the options lay it out in an
 * image of a format. */
void    _polku_export_frame_init  (PolkuExportFrame         *frame,
                                   PolkuJourney             *journey,
                                   PolkuCatalog             *catalog,
                                   int                       phase,
                                   PolkuExportFormat         format,
                                   const PolkuExportOptions *options);
void    _polku_export_frame_clear (PolkuExportFrame         *frame);
/* On white, the whole image. */
void    _polku_export_frame_draw  (const PolkuExportFrame   *frame,
                                   cairo_t                  *cr);
/* The phases (PolkuPhaseKind, or -1 for the whole map) of the images an
 * export makes, in order. */
GArray *_polku_export_image_phases (PolkuJourney            *journey,
                                    const PolkuExportOptions *options);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PolkuExportFrame, _polku_export_frame_clear)

G_END_DECLS
