/* polku-text-draw.c: laid out text drawn for what shows of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-text-private.h"

/* The smallest text drawn, in device units: pixels, or points. */
#define MIN_VISIBLE_SIZE 0.1
/* Text too small to read shows as lines this much of its line height,
 * this opaque. */
#define GREY_LINE_HEIGHT 0.4
#define GREY_LINE_ALPHA  0.45

/* A line of a layout, in points from the layout's top left corner. */
typedef struct
{
  PangoLayoutLine *line;      /* the layout's */
  double           x;         /* where the line starts */
  double           width;
  double           baseline;
  double           top;       /* of its logical extents */
  double           bottom;
} LineBox;

typedef struct
{
  guint   serial;             /* of the layout the boxes are of */
  GArray *boxes;              /* LineBox, top to bottom */
} LineBoxes;

static GQuark
line_boxes_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("polku-text-line-boxes");
  return quark;
}

static void
line_boxes_free (gpointer data)
{
  LineBoxes *boxes = data;

  g_array_unref (boxes->boxes);
  g_free (boxes);
}

/* The lines of a layout with their places, measured once for as long as
 * the layout stays as it is. (transfer none) */
static GArray *
get_line_boxes (PangoLayout *layout)
{
  LineBoxes *boxes = g_object_get_qdata (G_OBJECT (layout), line_boxes_quark ());
  PangoLayoutIter *iter;

  if (boxes != NULL && boxes->serial == pango_layout_get_serial (layout))
    return boxes->boxes;

  boxes = g_new0 (LineBoxes, 1);
  boxes->boxes = g_array_new (FALSE, FALSE, sizeof (LineBox));
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      LineBox box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box = (LineBox) {
        pango_layout_iter_get_line_readonly (iter),
        (double) logical.x / PANGO_SCALE,
        (double) logical.width / PANGO_SCALE,
        (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE,
        (double) logical.y / PANGO_SCALE,
        (double) (logical.y + logical.height) / PANGO_SCALE,
      };
      g_array_append_val (boxes->boxes, box);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  boxes->serial = pango_layout_get_serial (layout);
  g_object_set_qdata_full (G_OBJECT (layout), line_boxes_quark (), boxes, line_boxes_free);
  return boxes->boxes;
}

/* Whether text of the layout's size is large enough to see on the
 * device: a large map scaled down to a thumbnail or to a handout's slice
 * would spend its time on glyphs a tenth of a pixel or of a point high. */
static gboolean
is_visible_size (cairo_t     *cr,
                 PangoLayout *layout)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  double dx = 0;
  double dy = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  cairo_user_to_device_distance (cr, &dx, &dy);
  return hypot (dx, dy) >= MIN_VISIBLE_SIZE;
}

/* Draws the lines whose logical extents meet top to bottom, found by
 * bisection, so that a page that shows a part of a long text takes time
 * for that part. */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       top,
            double       bottom)
{
  GArray *boxes = get_line_boxes (layout);
  guint low = 0;
  guint high = boxes->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (boxes, LineBox, middle).bottom <= top)
        low = middle + 1;
      else
        high = middle;
    }
  for (guint i = low; i < boxes->len && g_array_index (boxes, LineBox, i).top < bottom; i++)
    {
      const LineBox *box = &g_array_index (boxes, LineBox, i);

      cairo_move_to (cr, x + box->x, y + box->baseline);
      pango_cairo_show_layout_line (cr, box->line);
    }
}

/* Text too small to read on a raster, as a map shrunk to fit a window:
 * grey lines where its lines are, which cost next to nothing to draw. */
static void
show_grey_lines (cairo_t     *cr,
                 PangoLayout *layout,
                 double       x,
                 double       y)
{
  GArray *boxes = get_line_boxes (layout);

  cairo_new_path (cr);
  for (guint i = 0; i < boxes->len; i++)
    {
      const LineBox *box = &g_array_index (boxes, LineBox, i);
      double height = (box->bottom - box->top) * GREY_LINE_HEIGHT;

      cairo_rectangle (cr, x + box->x, y + (box->top + box->bottom - height) / 2, box->width, height);
    }
  cairo_fill (cr);
}

void
_polku_text_show_layout (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y)
{
  double clip_x1, clip_y1, clip_x2, clip_y2;
  double height;

  g_assert (cr != NULL);
  g_assert (PANGO_IS_LAYOUT (layout));

  if (!is_visible_size (cr, layout))
    return;

  switch (_polku_text_raster_choose (cr, layout))
    {
    case POLKU_TEXT_RASTER_LINES:
      show_grey_lines (cr, layout, x, y);
      return;

    case POLKU_TEXT_RASTER_MASK:
      if (_polku_text_raster_show (cr, layout, x, y))
        return;
      break;

    case POLKU_TEXT_RASTER_GLYPHS:
    default:
      break;
    }

  /* A text that runs out of the clip, such as a long one over the pages
   * of a poster: only its lines that meet the clip. */
  cairo_clip_extents (cr, &clip_x1, &clip_y1, &clip_x2, &clip_y2);
  _polku_text_layout_get_size (layout, NULL, &height);
  if (y >= clip_y1 && y + height <= clip_y2)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  else
    show_lines (cr, layout, x, y, clip_y1 - y, clip_y2 - y);
}

void
_polku_text_show_part (cairo_t     *cr,
                       PangoLayout *layout,
                       double       x,
                       double       y,
                       double       top,
                       double       bottom)
{
  g_assert (cr != NULL);
  g_assert (PANGO_IS_LAYOUT (layout));

  if (is_visible_size (cr, layout))
    show_lines (cr, layout, x, y, top, bottom);
}
