/* polku-pages.h: a journey map printed on pages
 *
 * The pages that printing and PDF export share: the whole map fitted to
 * one page, a poster tiled over sheets, or a handout for front-line
 * training. Every page has a running head (the journey's title and date)
 * and foot ("Page X of Y"), and is drawn in the light palette.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "polku-types.h"
#include "polku-render-types.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_PRINT_MODE_FIT,      /* the whole map on one page */
  POLKU_PRINT_MODE_POSTER,   /* the map at a scale, tiled over sheets */
  POLKU_PRINT_MODE_HANDOUT,  /* per step, its touchpoints in full */
} PolkuPrintMode;

#define POLKU_N_PRINT_MODES 3

/* Poster scales: how large the map prints, 1 being its size on screen at
 * 100 %. */
#define POLKU_POSTER_SCALE_MIN     0.25
#define POLKU_POSTER_SCALE_MAX     8.0
#define POLKU_POSTER_SCALE_DEFAULT 1.0

/* "fit", "poster" or "handout", and back. */
const char     *polku_print_mode_to_string   (PolkuPrintMode  mode);
gboolean        polku_print_mode_from_string (const char     *name,
                                              PolkuPrintMode *mode);
/* Its name for people, and a line saying what it prints. */
const char     *polku_print_mode_get_label   (PolkuPrintMode  mode);
const char     *polku_print_mode_get_description (PolkuPrintMode mode);

#define POLKU_TYPE_PAGES (polku_pages_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPages, polku_pages, POLKU, PAGES, GObject)

/* Lays out the pages of a journey's map on paper of page_width ×
 * page_height points. poster_scale matters only for posters. Like a map
 * layout, the pages are a snapshot, drawn in the thread that made them. */
PolkuPages     *polku_pages_new              (PolkuJourney   *journey,
                                              PolkuPrintMode  mode,
                                              double          page_width,
                                              double          page_height,
                                              double          poster_scale);
PolkuPrintMode  polku_pages_get_mode         (PolkuPages     *self);
guint           polku_pages_get_n_pages      (PolkuPages     *self);
double          polku_pages_get_page_width   (PolkuPages     *self);
double          polku_pages_get_page_height  (PolkuPages     *self);
/* A poster's sheets: columns across and rows down; 1 × 1 otherwise. */
void            polku_pages_get_grid         (PolkuPages     *self,
                                              guint          *columns,
                                              guint          *rows);
/* FALSE, saying why, when the journey or its pages are over the budget of
 * export and printing (see polku-render-budget.h): the pages are then one
 * that gives the same reason, and nothing is laid out. */
gboolean        polku_pages_check_budget     (PolkuPages     *self,
                                              GError        **error);
/* The smallest text any page prints, in points on paper. */
double          polku_pages_get_smallest_text_size (PolkuPages *self);
/* Draws page page_nr (from 0) with its top left corner at the origin, in
 * points; the caller makes the surface or the page. */
void            polku_pages_draw_page        (PolkuPages     *self,
                                              cairo_t        *cr,
                                              guint           page_nr);

G_END_DECLS
