/* polku-pages-private.h: what the files of PolkuPages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-map-layout-private.h"
#include "polku-pages.h"
#include "polku-render-budget.h"

G_BEGIN_DECLS

/* Every page: 10 mm margins, then a running head and foot. */
#define POLKU_PAGE_MARGIN     28.35
#define POLKU_PAGE_HEAD       18.0   /* from the head's top to the body */
#define POLKU_PAGE_FOOT       18.0   /* from the body to the foot's bottom */

typedef struct _PolkuHandoutPage PolkuHandoutPage;

struct _PolkuPages
{
  GObject          parent_instance;

  PolkuJourney    *journey;
  PolkuPrintMode   mode;
  double           page_width;
  double           page_height;
  double           poster_scale;

  PolkuRect        body;          /* between the head and the foot */
  char            *title;
  char            *date;
  guint            n_pages;
  double           smallest_text;
  /* Why the pages are only one that says the journey is over the budget. */
  GError          *error;
  /* The lines of the heads and feet, laid out once: "width alignment text"
   * to PangoLayout. */
  GHashTable      *running_texts;

  /* Fit and poster: the map, and where and how large it prints. */
  PolkuMapLayout  *map;
  double           map_scale;
  double           map_x;
  double           map_y;

  /* Poster: its sheets, and how much each repeats of the next. */
  guint            columns;
  guint            rows;
  double           overlap;

  /* Handout: PolkuHandoutPage, and the map its slices come from. */
  GPtrArray       *handout_pages;
};

/* The text on the left of a page's foot; NULL for none. */
typedef char *(*PolkuPagesFootFunc) (PolkuPages *self,
                                     guint       page_nr);

/* polku-pages-poster.c */
void   _polku_pages_poster_lay_out      (PolkuPages *self);
void   _polku_pages_poster_draw         (PolkuPages *self,
                                         cairo_t    *cr,
                                         guint       page_nr);
char  *_polku_pages_poster_dup_foot     (PolkuPages *self,
                                         guint       page_nr);

/* polku-pages-handout.c */
void   _polku_pages_handout_lay_out     (PolkuPages *self);
void   _polku_pages_handout_draw        (PolkuPages *self,
                                         cairo_t    *cr,
                                         guint       page_nr);
char  *_polku_pages_handout_dup_foot    (PolkuPages *self,
                                         guint       page_nr);
void   _polku_handout_page_free         (gpointer    page);


G_END_DECLS
