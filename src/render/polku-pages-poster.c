/* polku-pages-poster.c: a map at a chosen size, tiled over sheets
 *
 * Each sheet repeats a strip of its right and lower neighbours' map, the
 * overlap. Trimmed along the crop marks of its left and top edges, a sheet
 * lies over its neighbour's overlap so that the round alignment marks in it
 * meet; the dashed line shows where its edge goes. Sheets are named by row
 * letter and column number, A1 at the top left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-map-draw.h"
#include "polku-pages-private.h"
#include "polku-palette.h"
#include "polku-text-cache-private.h"

#define OVERLAP        28.35  /* 10 mm */
#define CROP_GAP       4.0    /* between a corner and its crop marks */
#define CROP_LENGTH    12.0
#define MARK_RADIUS    5.0
#define MARK_ARM       8.0
#define MARK_LINE      0.6
#define GRID_CELL      7.0    /* the sheet plan in the foot, per sheet */
#define GRID_MAX_WIDTH 120.0
#define GRID_MIN_GAP   1.5    /* between two lines of the plan that are drawn */

void
_polku_pages_poster_lay_out (PolkuPages *self)
{
  double width, height, step_x, step_y, columns, rows;

  self->map = polku_map_layout_new (self->journey);
  self->map_scale = self->poster_scale;
  width = polku_map_layout_get_width (self->map) * self->map_scale;
  height = polku_map_layout_get_height (self->map) * self->map_scale;

  self->overlap = MIN (OVERLAP, MIN (self->body.width, self->body.height) / 4);
  step_x = self->body.width - self->overlap;
  step_y = self->body.height - self->overlap;
  columns = width <= self->body.width ? 1 : ceil ((width - self->overlap) / step_x);
  rows = height <= self->body.height ? 1 : ceil ((height - self->overlap) / step_y);
  if (!polku_render_budget_check_pages (polku_render_budget_get_default (), columns * rows,
                                        &self->error))
    return;
  self->columns = (guint) columns;
  self->rows = (guint) rows;

  /* The map in the middle of the sheets. */
  self->map_x = (self->columns * step_x + self->overlap - width) / 2;
  self->map_y = (self->rows * step_y + self->overlap - height) / 2;

  self->n_pages = self->columns * self->rows;
  self->smallest_text = _polku_map_layout_get_smallest_text_size (self->map) * self->map_scale;
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
sheet_name (PolkuPages *self,
            guint       page_nr)
{
  g_autofree char *row = row_name (page_nr / self->columns);

  return g_strdup_printf ("%s%u", row, page_nr % self->columns + 1);
}

char *
_polku_pages_poster_dup_foot (PolkuPages *self,
                              guint       page_nr)
{
  g_autofree char *sheet = sheet_name (self, page_nr);

  /* Translators: in the foot of a poster's sheet; %s is its name, such as B2, then its row and column */
  return g_strdup_printf (_("Sheet %s: row %u of %u, column %u of %u"),
                          sheet, page_nr / self->columns + 1, self->rows,
                          page_nr % self->columns + 1, self->columns);
}

static void
draw_crop_marks (PolkuPages *self,
                 cairo_t    *cr)
{
  const PolkuRect *body = &self->body;
  double xs[] = { body->x, body->x + body->width };
  double ys[] = { body->y, body->y + body->height };

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
 * same place of the map on both sheets. */
static void
draw_alignment (PolkuPages *self,
                cairo_t    *cr,
                guint       column,
                guint       row)
{
  const PolkuRect *body = &self->body;
  double half = self->overlap / 2;
  double right = body->x + body->width;
  double bottom = body->y + body->height;

  if (column + 1 < self->columns)
    {
      draw_edge_line (cr, right - self->overlap, body->y, right - self->overlap, bottom);
      draw_alignment_mark (cr, right - half, body->y + body->height / 4);
      draw_alignment_mark (cr, right - half, body->y + body->height * 3 / 4);
    }
  if (column > 0)
    {
      draw_alignment_mark (cr, body->x + half, body->y + body->height / 4);
      draw_alignment_mark (cr, body->x + half, body->y + body->height * 3 / 4);
    }
  if (row + 1 < self->rows)
    {
      draw_edge_line (cr, body->x, bottom - self->overlap, right, bottom - self->overlap);
      draw_alignment_mark (cr, body->x + body->width / 4, bottom - half);
      draw_alignment_mark (cr, body->x + body->width * 3 / 4, bottom - half);
    }
  if (row > 0)
    {
      draw_alignment_mark (cr, body->x + body->width / 4, body->y + half);
      draw_alignment_mark (cr, body->x + body->width * 3 / 4, body->y + half);
    }
}

/* A small plan of the sheets in the foot, this one filled, and its name
 * beside it in bold. The lines between the sheets are drawn where they
 * stand apart; a plan of very many sheets is its outline. */
static void
draw_sheet_plan (PolkuPages *self,
                 cairo_t    *cr,
                 guint       page_nr)
{
  const PolkuPalette *palette = polku_palette_light ();
  g_autofree char *name = sheet_name (self, page_nr);
  double cell = MIN (GRID_CELL, GRID_MAX_WIDTH / self->columns);
  double height = MIN (cell * 0.7, (POLKU_PAGE_FOOT - 6) / self->rows);
  double bottom = self->page_height - POLKU_PAGE_MARGIN;
  double x = self->body.x + self->body.width * 0.62;
  double y = bottom - height * self->rows;
  PolkuMapText label = { 0 };
  PolkuTextMeasure measure;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.4);
  cairo_rectangle (cr, x + (page_nr % self->columns) * cell, y + (page_nr / self->columns) * height,
                   cell, height);
  polku_cairo_set_source_color (cr, &palette->text);
  cairo_fill (cr);

  cairo_rectangle (cr, x, y, cell * self->columns, height * self->rows);
  for (guint c = 1; cell >= GRID_MIN_GAP && c < self->columns; c++)
    {
      cairo_move_to (cr, x + c * cell, y);
      cairo_rel_line_to (cr, 0, height * self->rows);
    }
  for (guint r = 1; height >= GRID_MIN_GAP && r < self->rows; r++)
    {
      cairo_move_to (cr, x, y + r * height);
      cairo_rel_line_to (cr, cell * self->columns, 0);
    }
  polku_cairo_set_source_color (cr, &palette->text_muted);
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
  guint column = page_nr % self->columns;
  guint row = page_nr / self->columns;
  double origin_x = column * (self->body.width - self->overlap);
  double origin_y = row * (self->body.height - self->overlap);

  cairo_save (cr);
  cairo_rectangle (cr, self->body.x, self->body.y, self->body.width, self->body.height);
  cairo_clip (cr);
  cairo_translate (cr, self->body.x - origin_x + self->map_x, self->body.y - origin_y + self->map_y);
  cairo_scale (cr, self->map_scale, self->map_scale);
  polku_map_draw (self->map, cr, polku_palette_light ());
  cairo_restore (cr);

  draw_alignment (self, cr, column, row);
  draw_crop_marks (self, cr);
  draw_sheet_plan (self, cr, page_nr);
}
