/* polku-map-view-tiles.c: the map drawn once, in tiles, and shown from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A large map takes long to draw: fitted to a window, a map of 1,000
 * touchpoints takes tens of milliseconds. Most frames show the same map as
 * the one before, at the same zoom: only the selection moved, a
 * presentation's spotlight went on to the next step, the view scrolled.
 * So the map is drawn in tiles, which later frames show again. A frame
 * that lacks tiles, the first after a change, draws the map itself, and
 * the tiles it lacked are drawn between frames, one at a time, so that
 * typing never waits for them. What is drawn over the map
 * (the labels kept in sight, the spotlight, the selection) is drawn anew
 * in each frame. A new layout, zoom, style or scale starts the tiles over.
 */

#include "config.h"

#include <math.h>

#include "polku-map-view-private.h"

/* Pixels on a side, before the scale factor. */
#define TILE_SIZE 256
/* At most 256 tiles are kept, 64 MB at scale 1: a screen of 3840 × 2160
 * takes 150. */
#define MAX_TILES 256

static guint64
tile_key (int column,
          int row)
{
  return ((guint64) (guint32) column << 32) | (guint32) row;
}

/* A tile: an image of TILE_SIZE points on a side, at the scale factor. */
static cairo_surface_t *
draw_tile (PolkuMapView       *self,
           const PolkuPalette *palette,
           int                 column,
           int                 row)
{
  int scale = self->tiles_scale;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TILE_SIZE * scale, TILE_SIZE * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_translate (cr, -column * TILE_SIZE, -row * TILE_SIZE);
  cairo_scale (cr, self->tiles_zoom, self->tiles_zoom);
  polku_map_draw (self->tiles_layout, cr, palette);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Starts the tiles over when what they show is no longer what the view
 * shows. */
static void
polku_map_view_tiles_validate (PolkuMapView *self,
                               gboolean      dark)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (self->tiles_layout == self->layout && self->tiles_zoom == self->zoom &&
      self->tiles_dark == dark && self->tiles_scale == scale)
    return;

  g_hash_table_remove_all (self->tiles);
  g_clear_handle_id (&self->tiles_fill_id, g_source_remove);
  /* A reference, so that a new layout never has the old one's address. */
  g_set_object (&self->tiles_layout, self->layout);
  self->tiles_zoom = self->zoom;
  self->tiles_dark = dark;
  self->tiles_scale = scale;
}

static gboolean
range_is_drawn (PolkuMapView    *self,
                const TileRange *range)
{
  for (int row = range->first_row; row <= range->last_row; row++)
    for (int column = range->first_column; column <= range->last_column; column++)
      {
        guint64 key = tile_key (column, row);

        if (!g_hash_table_contains (self->tiles, &key))
          return FALSE;
      }
  return TRUE;
}

/* Gives up the tiles outside columns × rows when there would be too
 * many. */
static void
polku_map_view_tiles_trim (PolkuMapView    *self,
                           const TileRange *range)
{
  GHashTableIter iter;
  gpointer key;
  guint needed = (range->last_column - range->first_column + 1) * (range->last_row - range->first_row + 1);

  if (g_hash_table_size (self->tiles) + needed <= MAX_TILES)
    return;

  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint64 packed = *(guint64 *) key;
      int column = (gint32) (packed >> 32);
      int row = (gint32) (packed & 0xffffffff);

      if (column < range->first_column || column > range->last_column ||
          row < range->first_row || row > range->last_row)
        g_hash_table_iter_remove (&iter);
    }
}

/* Draws a tile of range that is not drawn yet; FALSE when there is
 * none. */
static gboolean
fill_tile (PolkuMapView    *self,
           const TileRange *range)
{
  const PolkuPalette *palette = self->tiles_dark ? polku_palette_dark () : polku_palette_light ();

  for (int row = range->first_row; row <= range->last_row; row++)
    for (int column = range->first_column; column <= range->last_column; column++)
      {
        guint64 key = tile_key (column, row);

        if (g_hash_table_contains (self->tiles, &key))
          continue;
        g_hash_table_insert (self->tiles, g_memdup2 (&key, sizeof key),
                             draw_tile (self, palette, column, row));
        return TRUE;
      }
  return FALSE;
}

/* Draws the tiles the view lacks, one at a time between frames: first
 * those it shows, then those around them, where it is likely to go next
 * (a presentation's next page, a scroll). */
static gboolean
fill_tiles_cb (gpointer data)
{
  PolkuMapView *self = data;

  if (fill_tile (self, &self->tiles_shown) || fill_tile (self, &self->tiles_wanted))
    return G_SOURCE_CONTINUE;
  self->tiles_fill_id = 0;
  return G_SOURCE_REMOVE;
}

/* Around the tiles shown, half a view across and a view down each way, as
 * far as the map goes and as many tiles as are kept. */
static void
widen_range (PolkuMapView    *self,
             const TileRange *shown,
             TileRange       *wanted)
{
  int columns = shown->last_column - shown->first_column + 1;
  int rows = shown->last_row - shown->first_row + 1;
  int last_column = ceil (polku_map_layout_get_width (self->tiles_layout) * self->tiles_zoom / TILE_SIZE) - 1;
  int last_row = ceil (polku_map_layout_get_height (self->tiles_layout) * self->tiles_zoom / TILE_SIZE) - 1;

  *wanted = (TileRange) {
    MAX (0, shown->first_column - columns / 2), MIN (last_column, shown->last_column + columns / 2),
    MAX (0, shown->first_row - rows), MIN (last_row, shown->last_row + rows),
  };
  if ((wanted->last_column - wanted->first_column + 1) * (wanted->last_row - wanted->first_row + 1) > MAX_TILES)
    *wanted = *shown;
}

gboolean
_polku_map_view_tiles_snapshot (PolkuMapView          *self,
                                GtkSnapshot           *snapshot,
                                gboolean               dark,
                                double                 origin_x,
                                double                 origin_y,
                                const graphene_rect_t *area)
{
  TileRange range;

  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (self->layout != NULL, FALSE);

  polku_map_view_tiles_validate (self, dark);

  range = (TileRange) {
    floor ((area->origin.x - origin_x) / TILE_SIZE),
    ceil ((area->origin.x + area->size.width - origin_x) / TILE_SIZE) - 1,
    floor ((area->origin.y - origin_y) / TILE_SIZE),
    ceil ((area->origin.y + area->size.height - origin_y) / TILE_SIZE) - 1,
  };
  self->tiles_shown = range;
  widen_range (self, &range, &self->tiles_wanted);
  polku_map_view_tiles_trim (self, &self->tiles_wanted);
  if (self->tiles_fill_id == 0 && !range_is_drawn (self, &self->tiles_wanted))
    self->tiles_fill_id = g_idle_add_full (G_PRIORITY_LOW, fill_tiles_cb, self, NULL);

  /* Tiles cover more than the view: a frame that lacks some draws the map
   * itself, faster, and the tiles are drawn after it, for the frames to
   * come. */
  if (!range_is_drawn (self, &range))
    return FALSE;

  /* Each tile as a picture of its own: a renderer without a GPU draws
   * one in the time it takes to copy it. */
  for (int row = range.first_row; row <= range.last_row; row++)
    for (int column = range.first_column; column <= range.last_column; column++)
      {
        guint64 key = tile_key (column, row);
        cairo_surface_t *tile = g_hash_table_lookup (self->tiles, &key);
        graphene_rect_t bounds = GRAPHENE_RECT_INIT (origin_x + column * TILE_SIZE,
                                                     origin_y + row * TILE_SIZE,
                                                     TILE_SIZE, TILE_SIZE);
        cairo_t *cr;

        if (!graphene_rect_intersection (&bounds, area, &bounds))
          continue;
        cr = gtk_snapshot_append_cairo (snapshot, &bounds);
        cairo_set_source_surface (cr, tile, origin_x + column * TILE_SIZE, origin_y + row * TILE_SIZE);
        cairo_rectangle (cr, bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);
        cairo_fill (cr);
        cairo_destroy (cr);
      }
  return TRUE;
}

void
_polku_map_view_tiles_init (PolkuMapView *self)
{
  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) cairo_surface_destroy);
}

void
_polku_map_view_tiles_dispose (PolkuMapView *self)
{
  g_clear_handle_id (&self->tiles_fill_id, g_source_remove);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_object (&self->tiles_layout);
}
