/* polku-text-raster.c: text drawn on a raster where its layout puts its
 * letters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is measured the same for every output, without hinting, so that a
 * map has one geometry on screen and on paper. Cairo draws the glyphs of
 * such text on a raster (a window's canvas, a PNG) each at a whole pixel:
 * at the sizes a screen shows a map in, the letters then stand unevenly
 * apart, "Opportu nity", "Recal le-mail". Their outlines, filled, stand
 * where the layout puts them, but filling them costs many times what
 * drawing glyphs does.
 *
 * So a text is filled once, into a mask at the raster's scale and at a
 * quarter of a pixel from where it lies, and the mask drawn from then on:
 * a frame draws each text it shows with one mask, and an edit fills only
 * the text it changed. The masks are kept, the least recently drawn given
 * up first, within MAX_BYTES. Text too small to read is drawn as grey
 * lines where its lines are, and large text as glyphs, where a pixel
 * either way does not show.
 */

#include "config.h"

#include <math.h>

#include "polku-text-private.h"

/* Text of these sizes on the raster, in pixels, goes through the masks:
 * smaller is drawn as lines, larger as glyphs. */
#define MIN_READABLE_SIZE  4.0
#define MAX_MASKED_SIZE    24.0
/* Positions a text's mask is filled for, per pixel, across and down. */
#define PHASES             4
#define MAX_BYTES          (64 * 1024 * 1024)
/* A text larger than this, as a long one over a poster's pages, is drawn
 * as it was. */
#define MAX_MASK_PIXELS    (1024 * 1024)

typedef struct
{
  PangoLayout *layout;     /* a reference, so that its address stays its */
  guint        serial;
  double       scale;      /* raster pixels per layout point */
  guint8       phase_x;
  guint8       phase_y;
} MaskKey;

typedef struct
{
  MaskKey          key;
  cairo_surface_t *mask;   /* A8 */
  int              x;      /* of the mask, from the pixel the text's origin is in */
  int              y;
  gsize            bytes;
  GList           *link;   /* in Cache.recent */
} Mask;

typedef struct
{
  GHashTable *masks;       /* MaskKey → Mask */
  GQueue      recent;      /* Mask, most recently drawn first */
  gsize       bytes;
} Cache;

static guint
mask_key_hash (gconstpointer data)
{
  const MaskKey *key = data;

  return g_direct_hash (key->layout) ^ (key->serial * 31) ^ g_double_hash (&key->scale) ^
         (key->phase_x << 8) ^ (key->phase_y << 12);
}

static gboolean
mask_key_equal (gconstpointer a,
                gconstpointer b)
{
  const MaskKey *x = a;
  const MaskKey *y = b;

  return x->layout == y->layout && x->serial == y->serial && x->scale == y->scale &&
         x->phase_x == y->phase_x && x->phase_y == y->phase_y;
}

static void
mask_free (gpointer data)
{
  Mask *mask = data;

  cairo_surface_destroy (mask->mask);
  g_object_unref (mask->key.layout);
  g_free (mask);
}

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  g_queue_clear (&cache->recent);
  g_hash_table_unref (cache->masks);
  g_free (cache);
}

/* Like fonts, layouts belong to the thread that made them. */
static GPrivate cache_key = G_PRIVATE_INIT (cache_free);

static Cache *
get_cache (void)
{
  Cache *cache = g_private_get (&cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (Cache, 1);
      cache->masks = g_hash_table_new_full (mask_key_hash, mask_key_equal, NULL, mask_free);
      g_queue_init (&cache->recent);
      g_private_set (&cache_key, cache);
    }
  return cache;
}

/* Gives up the least recently drawn masks, all but the latest. */
static void
trim (Cache *cache)
{
  while (cache->bytes > MAX_BYTES && cache->recent.tail != cache->recent.head)
    {
      Mask *oldest = g_queue_pop_tail (&cache->recent);

      cache->bytes -= oldest->bytes;
      g_hash_table_remove (cache->masks, &oldest->key);
    }
}

/* Fills the layout's outlines into a mask at the key's scale and phase. */
static Mask *
fill_mask (const MaskKey *key)
{
  PangoRectangle ink;
  double phase_x = (double) key->phase_x / PHASES;
  double phase_y = (double) key->phase_y / PHASES;
  int x0, y0, x1, y1;
  Mask *mask;
  cairo_t *cr;

  pango_layout_get_extents (key->layout, &ink, NULL);
  x0 = floor ((double) ink.x / PANGO_SCALE * key->scale + phase_x) - 1;
  y0 = floor ((double) ink.y / PANGO_SCALE * key->scale + phase_y) - 1;
  x1 = ceil ((double) (ink.x + ink.width) / PANGO_SCALE * key->scale + phase_x) + 1;
  y1 = ceil ((double) (ink.y + ink.height) / PANGO_SCALE * key->scale + phase_y) + 1;
  if ((double) (x1 - x0) * (y1 - y0) > MAX_MASK_PIXELS)
    return NULL;

  mask = g_new0 (Mask, 1);
  mask->key = *key;
  g_object_ref (mask->key.layout);
  mask->x = x0;
  mask->y = y0;
  mask->mask = cairo_image_surface_create (CAIRO_FORMAT_A8, x1 - x0, y1 - y0);
  mask->bytes = (gsize) cairo_image_surface_get_stride (mask->mask) * (y1 - y0) + sizeof *mask;

  cr = cairo_create (mask->mask);
  cairo_translate (cr, phase_x - x0, phase_y - y0);
  cairo_scale (cr, key->scale, key->scale);
  pango_cairo_layout_path (cr, key->layout);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (mask->mask);
  return mask;
}

static void
set_raster_scale_free (gpointer data)
{
  g_free (data);
}

static const cairo_user_data_key_t raster_scale_key;

void
_polku_text_set_raster_scale (cairo_t *cr,
                              double   scale)
{
  double *data = g_new (double, 1);

  g_assert (cr != NULL);

  *data = scale;
  cairo_set_user_data (cr, &raster_scale_key, data, set_raster_scale_free);
}

/* How many raster pixels one device unit of cr is, when what it draws is
 * on a raster; 0 for a vector device. */
static double
get_raster_scale (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  const double *scale = cairo_get_user_data (cr, &raster_scale_key);

  if (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING)
    return 0;
  return scale != NULL ? *scale : 1;
}

PolkuTextRaster
_polku_text_raster_choose (cairo_t     *cr,
                           PangoLayout *layout)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  double raster = get_raster_scale (cr);
  double dx = 0;
  double dy = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  double size;

  if (raster == 0)
    return POLKU_TEXT_RASTER_GLYPHS;
  cairo_user_to_device_distance (cr, &dx, &dy);
  size = hypot (dx, dy) * raster;
  if (size < MIN_READABLE_SIZE)
    return POLKU_TEXT_RASTER_LINES;
  if (size > MAX_MASKED_SIZE)
    return POLKU_TEXT_RASTER_GLYPHS;
  return POLKU_TEXT_RASTER_MASK;
}

gboolean
_polku_text_raster_show (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y)
{
  Cache *cache = get_cache ();
  double raster = get_raster_scale (cr);
  cairo_matrix_t matrix;
  MaskKey key;
  Mask *mask;
  double rx = x, ry = y;
  double px, py;

  g_assert (cr != NULL);
  g_assert (PANGO_IS_LAYOUT (layout));

  /* Masks are for text upright and unstretched, as a canvas shows it. */
  cairo_get_matrix (cr, &matrix);
  if (raster == 0 || matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.xx != matrix.yy)
    return FALSE;

  /* The pixel the text's origin is in, and the nearest phase in it. */
  cairo_user_to_device (cr, &rx, &ry);
  rx = round (rx * raster * PHASES) / PHASES;
  ry = round (ry * raster * PHASES) / PHASES;
  px = floor (rx);
  py = floor (ry);
  key = (MaskKey) {
    layout, pango_layout_get_serial (layout), matrix.xx * raster,
    (guint8) ((rx - px) * PHASES), (guint8) ((ry - py) * PHASES),
  };

  mask = g_hash_table_lookup (cache->masks, &key);
  if (mask == NULL)
    {
      mask = fill_mask (&key);
      if (mask == NULL)
        return FALSE;
      g_hash_table_insert (cache->masks, &mask->key, mask);
      cache->bytes += mask->bytes;
      g_queue_push_head (&cache->recent, mask);
      mask->link = cache->recent.head;
      trim (cache);
    }
  else if (mask->link != cache->recent.head)
    {
      g_queue_unlink (&cache->recent, mask->link);
      g_queue_push_head_link (&cache->recent, mask->link);
    }

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_scale (cr, 1 / raster, 1 / raster);
  cairo_mask_surface (cr, mask->mask, px + mask->x, py + mask->y);
  cairo_restore (cr);
  return TRUE;
}

void
_polku_text_raster_clear (void)
{
  Cache *cache = get_cache ();

  g_queue_clear (&cache->recent);
  g_hash_table_remove_all (cache->masks);
  cache->bytes = 0;
}
