/* polku-render.h: layout, drawing and export of journey maps
 *
 * The renderer depends on the core, cairo and pango, never on GTK: the
 * app, the command line tool and the tests draw the same maps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-render-types.h"
#include "polku-rect.h"
#include "polku-palette.h"
#include "polku-map-layout.h"
#include "polku-map-draw.h"
#include "polku-map-overlay.h"
#include "polku-export.h"
#include "polku-export-preview.h"
#include "polku-paper.h"
#include "polku-pages.h"
#include "polku-render-budget.h"
