/* polku-pages.h: a journey map printed on pages
 *
 * The pages that printing and PDF export share: the whole map fitted to
 * one page, a poster tiled over sheets, or a handout for front-line
 * training. Every page has a running head (the journey's title and date)
 * and foot ("Page X of Y"), and is drawn in the light palette. What the
 * pages say is in the journey's language, or in one chosen for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "polku-types.h"
#include "polku-paper.h"
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

/* How a poster is tiled: sheets across and down, 0 for as many as the
 * scale needs. */
#define POLKU_POSTER_SHEETS_MAX 20

/* What pages are made of a journey: the mode, and each mode's choices. */
typedef struct
{
  PolkuPrintMode      mode;
  /* The language of the pages' words, a tag such as "fi"; NULL or "" for
   * the journey's. */
  const char         *language;
  /* Posters: how large the map prints, 1 being its size on screen at
   * 100 %; or, when columns or rows is not 0, as large as fills that many
   * sheets across or down. */
  double              poster_scale;
  guint               poster_columns;
  guint               poster_rows;
  /* Handouts: the phases (a bit per PolkuPhaseKind) and the steps (their
   * ids) they cover; both 0 and NULL for all of them. */
  guint               handout_phases;
  const char * const *handout_steps;
} PolkuPagesOptions;

/* A fitted map, posters at 100 %, handouts of every step. */
void            polku_pages_options_init     (PolkuPagesOptions *options);

/* The orientation a mode prints in unless one is chosen: handouts are
 * portrait, a map landscape. */
PolkuOrientation polku_print_mode_get_default_orientation (PolkuPrintMode mode);

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
PolkuPages     *polku_pages_new_with_options (PolkuJourney            *journey,
                                              const PolkuPagesOptions *options,
                                              double                   page_width,
                                              double                   page_height);
PolkuPrintMode  polku_pages_get_mode         (PolkuPages     *self);
guint           polku_pages_get_n_pages      (PolkuPages     *self);
double          polku_pages_get_page_width   (PolkuPages     *self);
double          polku_pages_get_page_height  (PolkuPages     *self);
/* A poster's sheets: columns across and rows down; 1 × 1 otherwise. A
 * poster prints no sheet that would be blank, so it may have fewer pages
 * than columns × rows. */
void            polku_pages_get_grid         (PolkuPages     *self,
                                              guint          *columns,
                                              guint          *rows);
/* How large a poster prints its map, 1 being 100 %; 0 for other modes. */
double          polku_pages_get_poster_scale (PolkuPages     *self);
/* Which sheet of a poster page page_nr is, and the part of the map (in
 * points at 100 %, as polku_map_layout_new() lays it out) from its left
 * and top edges, where it is trimmed, to where the next sheet's edges lie
 * on it; its overlap with the next sheets is beyond. FALSE for pages of
 * other modes. */
gboolean        polku_pages_get_sheet        (PolkuPages     *self,
                                              guint           page_nr,
                                              guint          *column,
                                              guint          *row,
                                              PolkuRect      *region);
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
