/* polku-pages-poster.c: a map at a chosen size, tiled over sheets
 *
 * The map is cut where the sheets' edges fall. Each cut is chosen within
 * the reach of its sheet: where it crosses no card and as few texts as
 * can be, so that cuts fall between steps and between lanes; only a card
 * larger than a sheet is ever cut. Each sheet repeats a strip of its
 * right and lower neighbours' map, the overlap. Trimmed along the crop
 * marks of its left and top edges, a sheet lies over its neighbour's
 * overlap so that the round alignment marks in it meet; the dashed line
 * shows where its edge goes. Sheets are named by row letter and column
 * number, A1 at the top left; one that would be blank is not printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-map-draw-private.h"
#include "polku-pages-private.h"
#include "polku-palette.h"
#include "polku-rect.h"
#include "polku-text-cache-private.h"

#define OVERLAP        28.35  /* 10 mm */
#define CROP_GAP       4.0    /* between a corner and its crop marks */
#define CROP_LENGTH    12.0
#define MARK_RADIUS    5.0
#define MARK_ARM       8.0
#define MARK_LINE      0.6
#define CARD_WEIGHT    1000.0 /* what crossing a card costs a cut … */
#define TEXT_WEIGHT    1.0    /* … crossing a text … */
#define WASTE_WEIGHT   10.0   /* … and leaving a sheet's whole reach unused */
#define FIT_TRIES      40     /* to fit a number of sheets, each 2 % smaller */
#define PLAN_WIDTH     150.0  /* the sheet plan in the foot, at most */
#define PLAN_LINE      0.75
#define RULE_WIDTH     0.75   /* of the rule over a lane */

/* Where on one axis a cut would cross something: a card or a text, from
 * a to b on that axis. */
typedef struct
{
  double a;
  double b;
  double weight;
} Span;

/* What crossing the map at a place costs, along one axis: at each
 * distinct end of a span, and in the open stretch after it. */
typedef struct
{
  GArray *places;   /* double, ascending */
  GArray *at;       /* double: the cost of a cut at places[i] */
  GArray *after;    /* double: in (places[i], places[i + 1]) */
} Costs;

static void
costs_clear (Costs *costs)
{
  g_clear_pointer (&costs->places, g_array_unref);
  g_clear_pointer (&costs->at, g_array_unref);
  g_clear_pointer (&costs->after, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Costs, costs_clear)

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The index of the place x, which is one. */
static guint
find_place (GArray *places,
            double  x)
{
  guint low = 0, high = places->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (places, double, middle) < x)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Sums the spans' weights over places and stretches with running sums of
 * differences: n log n for n spans, however they overlap. */
static void
costs_init (Costs  *costs,
            GArray *spans)
{
  g_autofree double *at_change = NULL;
  g_autofree double *after_change = NULL;
  double at = 0, after = 0;
  guint n = 0;

  costs->places = g_array_sized_new (FALSE, FALSE, sizeof (double), spans->len * 2);
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);

      g_array_append_val (costs->places, span->a);
      g_array_append_val (costs->places, span->b);
    }
  g_array_sort (costs->places, compare_doubles);
  for (guint i = 0; i < costs->places->len; i++)
    if (n == 0 || g_array_index (costs->places, double, i) > g_array_index (costs->places, double, n - 1))
      g_array_index (costs->places, double, n++) = g_array_index (costs->places, double, i);
  g_array_set_size (costs->places, n);

  at_change = g_new0 (double, n + 1);
  after_change = g_new0 (double, n + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      guint first = find_place (costs->places, span->a);
      guint last = find_place (costs->places, span->b);

      /* Inside the span: the stretches from a to b, the places between. */
      after_change[first] += span->weight;
      after_change[last] -= span->weight;
      at_change[first + 1] += span->weight;
      at_change[last] -= span->weight;
    }

  costs->at = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  costs->after = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (guint i = 0; i < n; i++)
    {
      at += at_change[i];
      after += after_change[i];
      g_array_append_val (costs->at, at);
      g_array_append_val (costs->after, after);
    }
}

/* The cost of a cut at x, which need not be a place. */
static double
cost_at (Costs  *costs,
         double  x,
         guint  *index)
{
  guint i = find_place (costs->places, x);

  *index = i;
  if (i < costs->places->len && g_array_index (costs->places, double, i) == x)
    return g_array_index (costs->at, double, i);
  if (i == 0)
    return 0;
  return g_array_index (costs->after, double, i - 1);
}

/* A candidate cut and what it costs; FALSE to stop. */
typedef gboolean (*CandidateFunc) (double   x,
                                   double   cost,
                                   gpointer user_data);

/* Calls func on each candidate cut from low to high (up) or from high to
 * low: the places between them, and low and high themselves, until it
 * returns FALSE. */
static void
foreach_candidate (Costs         *costs,
                   double         low,
                   double         high,
                   gboolean       up,
                   CandidateFunc  func,
                   gpointer       user_data)
{
  double first = up ? low : high;
  double last = up ? high : low;
  guint i, end;

  if (!func (first, cost_at (costs, first, &i), user_data))
    return;
  /* The places strictly between low and high, found by their ends. */
  end = find_place (costs->places, high);
  i = find_place (costs->places, low);
  if (i < costs->places->len && g_array_index (costs->places, double, i) == low)
    i++;
  for (guint k = 0; i + k < end; k++)
    {
      guint index = up ? i + k : end - 1 - k;

      if (!func (g_array_index (costs->places, double, index), g_array_index (costs->at, double, index),
                 user_data))
        return;
    }
  if (low < high)
    func (last, cost_at (costs, last, &i), user_data);
}

typedef struct
{
  double   x;
  double   cost;
  gboolean found;
  double   high;    /* take_cheapest(): where the sheet reaches … */
  double   reach;   /* … and how far it could */
} Choice;

/* The first candidate that crosses no card. */
static gboolean
take_uncut (double   x,
            double   cost,
            gpointer user_data)
{
  Choice *choice = user_data;

  if (cost >= CARD_WEIGHT)
    return TRUE;
  *choice = (Choice) { x, cost, TRUE };
  return FALSE;
}

/* The candidate whose crossings and the paper it leaves unused cost the
 * least; they come furthest first, so that once the paper alone costs
 * more, none further back is cheaper. */
static gboolean
take_cheapest (double   x,
               double   cost,
               gpointer user_data)
{
  Choice *choice = user_data;
  double waste = WASTE_WEIGHT * (choice->high - x) / choice->reach;

  if (choice->found && waste >= choice->cost)
    return FALSE;
  if (!choice->found || cost + waste < choice->cost)
    {
      choice->x = x;
      choice->cost = cost + waste;
      choice->found = TRUE;
    }
  return TRUE;
}

/* Cuts the length of the map into as few sheets of reach on paper as can
 * be without cutting a card, each sheet but the last overlapping the next
 * by overlap; of the ways to, the one whose cuts cross the fewest texts.
 * Returns the positions of the sheets' left (or top) edges, then the
 * map's end.
 *
 * The furthest cuts that cut no card, each from the one before, need the
 * fewest sheets; the nearest ones, each from the one after back from the
 * end, bound how far back each cut may go with that many. Each cut is the
 * cheapest between the two, a text crossed costing as much as a tenth of
 * a sheet left unused. */
static GArray *
plan_cuts (Costs  *costs,
           double  length,
           double  reach,
           double  overlap)
{
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) furthest = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *nearest = NULL;
  double stride = reach - overlap;
  double start = 0;
  guint n;

  while (length - start > reach)
    {
      Choice choice = { 0 };

      foreach_candidate (costs, start + overlap, start + stride, FALSE, take_uncut, &choice);
      start = choice.found ? choice.x : start + stride;
      g_array_append_val (furthest, start);
    }
  n = furthest->len;

  nearest = g_new (double, MAX (n, 1));
  for (guint k = n; k-- > 0;)
    {
      double low = k + 1 < n ? nearest[k + 1] - stride : length - reach;
      Choice choice = { 0 };

      foreach_candidate (costs, low, g_array_index (furthest, double, k), TRUE, take_uncut, &choice);
      nearest[k] = choice.found ? choice.x : g_array_index (furthest, double, k);
    }

  start = 0;
  g_array_append_val (cuts, start);
  for (guint k = 0; k < n; k++)
    {
      double high = MIN (g_array_index (furthest, double, k), start + stride);
      double low = MIN (MAX (nearest[k], start + overlap), high);
      Choice choice = { .high = high, .reach = reach };

      foreach_candidate (costs, low, high, FALSE, take_cheapest, &choice);
      start = choice.found ? choice.x : high;
      g_array_append_val (cuts, start);
    }
  g_array_append_val (cuts, length);
  return cuts;
}

static void
add_span (GArray *spans,
          double  a,
          double  b,
          double  weight)
{
  Span span = { a, b, weight };

  if (b > a)
    g_array_append_val (spans, span);
}

typedef struct
{
  GArray *x;
  GArray *y;
  double  scale;
} Spans;

static void
add_text_spans (const PolkuMapText *text,
                gpointer            user_data)
{
  Spans *spans = user_data;

  add_span (spans->x, text->x * spans->scale, (text->x + text->width) * spans->scale, TEXT_WEIGHT);
  add_span (spans->y, text->y * spans->scale, (text->y + text->height) * spans->scale, TEXT_WEIGHT);
}

/* Where the sheets' edges fall, at the map's scale. */
static void
plan_sheets (PolkuPages *self)
{
  PolkuMapLayout *map = self->map;
  g_autoptr(GArray) span_x = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) span_y = g_array_new (FALSE, FALSE, sizeof (Span));
  g_auto(Costs) costs_x = { 0 };
  g_auto(Costs) costs_y = { 0 };
  Spans spans = { span_x, span_y, self->map_scale };
  double s = self->map_scale;

  for (guint i = 0; map->show_cards && i < map->cards->len; i++)
    {
      const PolkuRect *card = &POLKU_MAP_CARD_AT (map, i)->rect;

      add_span (span_x, card->x * s, (card->x + card->width) * s, CARD_WEIGHT);
      add_span (span_y, card->y * s, (card->y + card->height) * s, CARD_WEIGHT);
    }
  _polku_map_layout_foreach_text (map, add_text_spans, &spans);
  costs_init (&costs_x, span_x);
  costs_init (&costs_y, span_y);

  g_clear_pointer (&self->cuts_x, g_array_unref);
  g_clear_pointer (&self->cuts_y, g_array_unref);
  self->cuts_x = plan_cuts (&costs_x, polku_map_layout_get_width (map) * s,
                            self->body.width, self->overlap);
  self->cuts_y = plan_cuts (&costs_y, polku_map_layout_get_height (map) * s,
                            self->body.height, self->overlap);
  self->columns = self->cuts_x->len - 1;
  self->rows = self->cuts_y->len - 1;
}

static double
cut_x (PolkuPages *self,
       guint       column)
{
  return g_array_index (self->cuts_x, double, column);
}

static double
cut_y (PolkuPages *self,
       guint       row)
{
  return g_array_index (self->cuts_y, double, row);
}

/* The part of the map on paper that a sheet prints, its overlap
 * included. */
static void
get_sheet_extent (PolkuPages *self,
                  guint       column,
                  guint       row,
                  PolkuRect  *extent)
{
  double right = column + 1 < self->columns ? cut_x (self, column + 1) + self->overlap
                                            : cut_x (self, column + 1);
  double bottom = row + 1 < self->rows ? cut_y (self, row + 1) + self->overlap
                                       : cut_y (self, row + 1);

  *extent = (PolkuRect) {
    cut_x (self, column), cut_y (self, row),
    right - cut_x (self, column), bottom - cut_y (self, row)
  };
}

/* The sheets of cuts (column or row) that a span of paper from a to b
 * meets, their overlaps included: first to last. */
static gboolean
find_sheets (GArray *cuts,
             double  overlap,
             double  a,
             double  b,
             guint  *first,
             guint  *last)
{
  guint n = cuts->len - 1;
  guint low = 0, high = n - 1;

  if (b <= 0 || a >= g_array_index (cuts, double, n))
    return FALSE;
  /* The last sheet that starts before b … */
  while (low < high)
    {
      guint middle = low + (high - low + 1) / 2;

      if (g_array_index (cuts, double, middle) < b)
        low = middle;
      else
        high = middle - 1;
    }
  *last = low;
  /* … back to the one a is on, and the one before when a is in its
   * overlap. */
  *first = *last;
  while (*first > 0 && g_array_index (cuts, double, *first) > a)
    (*first)--;
  if (*first > 0 && a < g_array_index (cuts, double, *first) + overlap)
    (*first)--;
  return TRUE;
}

typedef struct
{
  PolkuPages *self;
  gboolean   *inked;   /* rows × columns */
} Ink;

/* Marks the sheets that print some of rect, in map points. */
static void
mark_ink (Ink             *ink,
          const PolkuRect *rect)
{
  PolkuPages *self = ink->self;
  double s = self->map_scale;
  guint c0, c1, r0, r1;

  if (!find_sheets (self->cuts_x, self->overlap, rect->x * s, (rect->x + rect->width) * s, &c0, &c1) ||
      !find_sheets (self->cuts_y, self->overlap, rect->y * s, (rect->y + rect->height) * s, &r0, &r1))
    return;
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      ink->inked[r * self->columns + c] = TRUE;
}

static void
mark_text_ink (const PolkuMapText *text,
               gpointer            user_data)
{
  mark_ink (user_data, &(PolkuRect) { text->x, text->y, text->width, text->height });
}

/* The sheets that print some of the map: of its phases' columns, lanes'
 * rules, legend, texts or cards. */
static void
choose_sheets (PolkuPages *self)
{
  PolkuMapLayout *map = self->map;
  g_autofree gboolean *inked = g_new0 (gboolean, self->columns * self->rows);
  Ink ink = { self, inked };

  for (guint i = 0; i < map->phases->len; i++)
    mark_ink (&ink, &POLKU_MAP_PHASE_AT (map, i)->column);
  /* Of a lane, the rule over it: the rest is the phases' or white. */
  for (guint i = 0; i < map->rows->len; i++)
    {
      PolkuMapRow *row = POLKU_MAP_ROW_AT (map, i);

      for (guint j = 0; j < row->lanes->len; j++)
        {
          const PolkuMapLane *lane = &g_array_index (row->lanes, PolkuMapLane, j);
          double x = lane->continues ? row->content_left : lane->rect.x;

          mark_ink (&ink, &(PolkuRect) { x, lane->rect.y, row->content_right - x, RULE_WIDTH });
        }
    }
  for (guint i = 0; i < map->keys->len; i++)
    mark_ink (&ink, &g_array_index (map->keys, PolkuMapKey, i).glyph);
  for (guint i = 0; map->show_cards && i < map->cards->len; i++)
    mark_ink (&ink, &POLKU_MAP_CARD_AT (map, i)->rect);
  _polku_map_layout_foreach_text (map, mark_text_ink, &ink);

  g_clear_pointer (&self->sheets, g_array_unref);
  self->sheets = g_array_new (FALSE, FALSE, sizeof (PolkuPosterSheet));
  for (guint row = 0; row < self->rows; row++)
    for (guint column = 0; column < self->columns; column++)
      if (inked[row * self->columns + column])
        {
          PolkuPosterSheet sheet = { column, row };

          g_array_append_val (self->sheets, sheet);
        }
}

/* The scale at which the map is as large as the sheets asked for allow:
 * columns across, rows down, or both. */
static double
scale_for_sheets (PolkuPages *self)
{
  double width = polku_map_layout_get_width (self->map);
  double height = polku_map_layout_get_height (self->map);
  double scale = POLKU_POSTER_SCALE_MAX;

  if (self->poster_columns > 0)
    scale = MIN (scale, (self->poster_columns * (self->body.width - self->overlap) + self->overlap) / width);
  if (self->poster_rows > 0)
    scale = MIN (scale, (self->poster_rows * (self->body.height - self->overlap) + self->overlap) / height);
  return CLAMP (scale, POLKU_POSTER_SCALE_MIN, POLKU_POSTER_SCALE_MAX);
}

void
_polku_pages_poster_lay_out (PolkuPages *self)
{
  double width, height;
  gboolean by_sheets = self->poster_columns > 0 || self->poster_rows > 0;

  self->map = _polku_map_layout_new_full (self->journey, self->catalog, -1, 0, 0);
  width = polku_map_layout_get_width (self->map);
  height = polku_map_layout_get_height (self->map);
  self->overlap = MIN (OVERLAP, MIN (self->body.width, self->body.height) / 4);
  self->map_scale = by_sheets ? scale_for_sheets (self) : self->poster_scale;

  /* Sheets that may be too many for the budget are not planned: as many
   * as sheets of their full reach would need is the least. */
  if (!polku_render_budget_check_pages (polku_render_budget_get_default (),
                                        ceil (width * self->map_scale / (self->body.width - self->overlap)) *
                                        ceil (height * self->map_scale / (self->body.height - self->overlap)),
                                        &self->error))
    return;

  plan_sheets (self);
  /* Cuts between cards may take a sheet more than the scale alone: a
   * poster of so many sheets is made a little smaller until it fits. */
  for (guint i = 0; by_sheets && i < FIT_TRIES; i++)
    {
      if ((self->poster_columns == 0 || self->columns <= self->poster_columns) &&
          (self->poster_rows == 0 || self->rows <= self->poster_rows))
        break;
      self->map_scale = MAX (POLKU_POSTER_SCALE_MIN, self->map_scale * 0.98);
      plan_sheets (self);
    }
  if (!polku_render_budget_check_pages (polku_render_budget_get_default (),
                                        self->columns * self->rows, &self->error))
    return;

  choose_sheets (self);
  self->n_pages = self->sheets->len;
  self->smallest_text = _polku_map_layout_get_smallest_text_size (self->map) * self->map_scale;
}

static const PolkuPosterSheet *
get_sheet (PolkuPages *self,
           guint       page_nr)
{
  return &g_array_index (self->sheets, PolkuPosterSheet, page_nr);
}

void
_polku_pages_poster_get_region (PolkuPages *self,
                                guint       page_nr,
                                PolkuRect  *region)
{
  const PolkuPosterSheet *sheet = get_sheet (self, page_nr);
  double s = self->map_scale;

  *region = (PolkuRect) {
    cut_x (self, sheet->column) / s,
    cut_y (self, sheet->row) / s,
    (cut_x (self, sheet->column + 1) - cut_x (self, sheet->column)) / s,
    (cut_y (self, sheet->row + 1) - cut_y (self, sheet->row)) / s
  };
}

/* A, B, …, Z, AA, AB, … */
static char *
row_name (guint row)
{
  GString *name = g_string_new (NULL);

  row++;
  while (row > 0)
    {
      g_string_prepend_c (name, 'A' + (row - 1) % 26);
      row = (row - 1) / 26;
    }
  return g_string_free (name, FALSE);
}

static char *
sheet_name (const PolkuPosterSheet *sheet)
{
  g_autofree char *row = row_name (sheet->row);

  return g_strdup_printf ("%s%u", row, sheet->column + 1);
}

char *
_polku_pages_poster_dup_foot (PolkuPages *self,
                              guint       page_nr)
{
  const PolkuPosterSheet *sheet = get_sheet (self, page_nr);
  g_autofree char *name = sheet_name (sheet);

  /* Translators: in the foot of a poster's sheet; %s is its name, such as B2, then its row and column */
  return g_strdup_printf (polku_catalog_gettext (self->catalog, "Sheet %s: row %u of %u, column %u of %u"),
                          name, sheet->row + 1, self->rows, sheet->column + 1, self->columns);
}

static void
draw_crop_marks (cairo_t         *cr,
                 const PolkuRect *rect)
{
  double xs[] = { rect->x, rect->x + rect->width };
  double ys[] = { rect->y, rect->y + rect->height };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, MARK_LINE);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        double dx = i == 0 ? -1 : 1;
        double dy = j == 0 ? -1 : 1;

        /* Outward from the corner, along both edges. */
        cairo_move_to (cr, xs[i] + dx * CROP_GAP, ys[j]);
        cairo_line_to (cr, xs[i] + dx * (CROP_GAP + CROP_LENGTH), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + dy * CROP_GAP);
        cairo_line_to (cr, xs[i], ys[j] + dy * (CROP_GAP + CROP_LENGTH));
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A ring with a cross, on a white halo so that it shows over the map. */
static void
draw_alignment_mark (cairo_t *cr,
                     double   x,
                     double   y)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, MARK_RADIUS + 1.5, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, MARK_LINE);
  cairo_arc (cr, x, y, MARK_RADIUS, 0, 2 * G_PI);
  cairo_move_to (cr, x - MARK_ARM, y);
  cairo_line_to (cr, x + MARK_ARM, y);
  cairo_move_to (cr, x, y - MARK_ARM);
  cairo_line_to (cr, x, y + MARK_ARM);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_edge_line (cairo_t *cr,
                double   x0,
                double   y0,
                double   x1,
                double   y1)
{
  static const double dashes[] = { 3, 3 };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, MARK_LINE);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Where the neighbours' edges go, and the marks in the overlaps, at the
 * same place of the map on both sheets: paper is the sheet's part of the
 * map on the page, its overlap included, and edge_x, edge_y where the
 * next sheets' edges lie on it. */
static void
draw_alignment (PolkuPages      *self,
                cairo_t         *cr,
                guint            column,
                guint            row,
                const PolkuRect *paper,
                double           edge_x,
                double           edge_y)
{
  double half = self->overlap / 2;
  double right = paper->x + paper->width;
  double bottom = paper->y + paper->height;

  if (column + 1 < self->columns)
    {
      draw_edge_line (cr, edge_x, paper->y, edge_x, bottom);
      draw_alignment_mark (cr, edge_x + half, paper->y + paper->height / 4);
      draw_alignment_mark (cr, edge_x + half, paper->y + paper->height * 3 / 4);
    }
  if (column > 0)
    {
      PolkuRect left;

      /* At the heights of the marks on the sheet to the left. */
      get_sheet_extent (self, column - 1, row, &left);
      draw_alignment_mark (cr, paper->x + half, paper->y + left.height / 4);
      draw_alignment_mark (cr, paper->x + half, paper->y + left.height * 3 / 4);
    }
  if (row + 1 < self->rows)
    {
      draw_edge_line (cr, paper->x, edge_y, right, edge_y);
      draw_alignment_mark (cr, paper->x + paper->width / 4, edge_y + half);
      draw_alignment_mark (cr, paper->x + paper->width * 3 / 4, edge_y + half);
    }
  if (row > 0)
    {
      PolkuRect above;

      get_sheet_extent (self, column, row - 1, &above);
      draw_alignment_mark (cr, paper->x + above.width / 4, paper->y + half);
      draw_alignment_mark (cr, paper->x + above.width * 3 / 4, paper->y + half);
    }
}

/* A plan of the sheets in the foot: the map in miniature, the cuts over
 * it, this sheet shaded and named beside it in bold. Sheets not printed
 * have no cuts of their own to show. */
static void
draw_sheet_plan (PolkuPages *self,
                 cairo_t    *cr,
                 guint       page_nr)
{
  const PolkuPalette *palette = polku_palette_light ();
  const PolkuPosterSheet *sheet = get_sheet (self, page_nr);
  g_autofree char *name = sheet_name (sheet);
  double width = cut_x (self, self->columns);
  double height = cut_y (self, self->rows);
  double plan_height = POLKU_PAGE_FOOT - 4;
  double scale = MIN (PLAN_WIDTH / width, plan_height / height);
  double bottom = self->page_height - POLKU_PAGE_MARGIN;
  double x = self->body.x + self->body.width * 0.5;
  double y = bottom - height * scale;
  PolkuMapText label = { 0 };
  PolkuTextMeasure measure;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);

  /* The map, with the part of this sheet shaded. */
  cairo_save (cr);
  cairo_scale (cr, self->map_scale, self->map_scale);
  cairo_rectangle (cr, 0, 0, polku_map_layout_get_width (self->map),
                   polku_map_layout_get_height (self->map));
  cairo_clip (cr);
  _polku_map_draw_shapes (self->map, cr, palette);
  cairo_restore (cr);
  cairo_rectangle (cr, cut_x (self, sheet->column), cut_y (self, sheet->row),
                   cut_x (self, sheet->column + 1) - cut_x (self, sheet->column),
                   cut_y (self, sheet->row + 1) - cut_y (self, sheet->row));
  cairo_set_source_rgba (cr, palette->text.red, palette->text.green, palette->text.blue, 0.45);
  cairo_fill (cr);

  /* The cuts, and the map's outline. */
  for (guint c = 1; c < self->columns; c++)
    {
      cairo_move_to (cr, cut_x (self, c), 0);
      cairo_line_to (cr, cut_x (self, c), height);
    }
  for (guint r = 1; r < self->rows; r++)
    {
      cairo_move_to (cr, 0, cut_y (self, r));
      cairo_line_to (cr, width, cut_y (self, r));
    }
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_identity_matrix (cr);
  cairo_set_line_width (cr, PLAN_LINE);
  polku_cairo_set_source_color (cr, &palette->text);
  cairo_stroke (cr);
  cairo_restore (cr);

  _polku_text_cache_measure (POLKU_TEXT_PAGE_MARK, name, -1, PANGO_ALIGN_LEFT, &measure);
  label.layout = measure.layout;
  label.x = x - measure.width - 6;
  label.y = bottom - measure.height;
  _polku_map_text_draw (cr, &label, &palette->text);
}

void
_polku_pages_poster_draw (PolkuPages *self,
                          cairo_t    *cr,
                          guint       page_nr)
{
  const PolkuPosterSheet *sheet = get_sheet (self, page_nr);
  PolkuRect extent;
  PolkuRect paper;
  PolkuRect trimmed;

  get_sheet_extent (self, sheet->column, sheet->row, &extent);
  paper = (PolkuRect) { self->body.x, self->body.y, extent.width, extent.height };

  cairo_save (cr);
  cairo_rectangle (cr, paper.x, paper.y, paper.width, paper.height);
  cairo_clip (cr);
  cairo_translate (cr, paper.x - extent.x, paper.y - extent.y);
  cairo_scale (cr, self->map_scale, self->map_scale);
  polku_map_draw (self->map, cr, polku_palette_light ());
  cairo_restore (cr);

  /* Trimmed at its left and top edges, and at the poster's right and
   * bottom; its overlap lies under the next sheets. */
  trimmed = paper;
  trimmed.width = cut_x (self, sheet->column + 1) - cut_x (self, sheet->column);
  trimmed.height = cut_y (self, sheet->row + 1) - cut_y (self, sheet->row);
  draw_alignment (self, cr, sheet->column, sheet->row, &paper,
                  paper.x + trimmed.width, paper.y + trimmed.height);
  draw_crop_marks (cr, &paper);
  draw_sheet_plan (self, cr, page_nr);
}
