/* polku-text-cache.c: measured text shared by every map of a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-text-cache-private.h"

/* Texts stay while one of the last few layouts asked for them, and the
 * cache is trimmed only when it holds many more texts than a layout uses,
 * or more characters laid out than MAX_HELD_CHARS: then only the texts of
 * the last layout stay. A laid out character costs some hundred bytes, so
 * that the texts of other maps hold at most a few hundred megabytes; one
 * map's own are bounded by the render budget. */
#define KEEP_GENERATIONS 4
#define MIN_TRIM_SIZE    4096
#define MAX_VARIANTS     6
#define MAX_HELD_CHARS   (1000 * 1000)

typedef struct
{
  int             width;       /* Pango units */
  PangoAlignment  alignment;
  PangoLayout    *layout;
  double          measured_width;
  double          measured_height;
} Variant;

typedef struct
{
  char           *text;
  PolkuTextStyle  style;
  guint           hash;
  guint           generation;
  glong           n_chars;
  gboolean        has_widest_word;
  double          widest_word;
  int             natural_width;  /* Pango units */
  Variant         natural;        /* unwrapped; layout NULL until needed */
  GArray         *wrapped;        /* Variant, oldest first; NULL until one */
  gsize           held;           /* characters of the layouts above */
} Entry;

typedef struct
{
  PangoContext *context;
  GHashTable   *entries;          /* a set of Entry */
  guint         generation;
  guint         n_used;           /* entries asked for in this generation */
  guint         n_shaped;
  gsize         n_held;           /* characters of every entry's layouts */
} Cache;

static void
clear_variant (gpointer data)
{
  g_clear_object (&((Variant *) data)->layout);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  clear_variant (&entry->natural);
  g_clear_pointer (&entry->wrapped, g_array_unref);
  g_free (entry->text);
  g_free (entry);
}

static guint
entry_hash (gconstpointer data)
{
  return ((const Entry *) data)->hash;
}

static gboolean
entry_equal (gconstpointer a,
             gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;

  return x->style == y->style && x->hash == y->hash && g_str_equal (x->text, y->text);
}

static guint
key_hash (PolkuTextStyle  style,
          const char     *text)
{
  return g_str_hash (text) * 31 + style;
}

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  g_hash_table_unref (cache->entries);
  g_object_unref (cache->context);
  g_free (cache);
}

/* Pango's font maps and contexts belong to one thread: so does the cache. */
static GPrivate cache_key = G_PRIVATE_INIT (cache_free);

static Cache *
get_cache (void)
{
  Cache *cache = g_private_get (&cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (Cache, 1);
      cache->context = _polku_text_context_new ();
      cache->entries = g_hash_table_new_full (entry_hash, entry_equal, entry_free, NULL);
      cache->generation = 1;
      g_private_set (&cache_key, cache);
    }
  return cache;
}

PangoContext *
_polku_text_cache_get_context (void)
{
  return get_cache ()->context;
}

static Entry *
lookup_entry (Cache          *cache,
              PolkuTextStyle  style,
              const char     *text)
{
  Entry key = { (char *) text, style, key_hash (style, text) };
  Entry *entry = g_hash_table_lookup (cache->entries, &key);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->text = g_strdup (text);
      entry->n_chars = g_utf8_strlen (text, -1);
      entry->style = style;
      entry->hash = key.hash;
      g_hash_table_add (cache->entries, entry);
    }
  if (entry->generation != cache->generation)
    {
      entry->generation = cache->generation;
      cache->n_used++;
    }
  return entry;
}

static void
shape (Cache          *cache,
       Entry          *entry,
       Variant        *variant,
       int             width,
       PangoAlignment  alignment)
{
  PangoRectangle logical;

  variant->width = width;
  variant->alignment = alignment;
  variant->layout = _polku_text_layout_new (cache->context, entry->style, entry->text,
                                            width < 0 ? -1 : (double) width / PANGO_SCALE);
  pango_layout_set_alignment (variant->layout, alignment);
  pango_layout_get_extents (variant->layout, NULL, &logical);
  variant->measured_width = (double) (logical.x + logical.width) / PANGO_SCALE;
  variant->measured_height = (double) (logical.y + logical.height) / PANGO_SCALE;
  cache->n_shaped++;
  entry->held += entry->n_chars;
  cache->n_held += entry->n_chars;
}

static Variant *
get_natural (Cache *cache,
             Entry *entry)
{
  if (entry->natural.layout == NULL)
    {
      PangoRectangle logical;

      shape (cache, entry, &entry->natural, -1, PANGO_ALIGN_LEFT);
      pango_layout_get_extents (entry->natural.layout, NULL, &logical);
      entry->natural_width = logical.x + logical.width;
    }
  return &entry->natural;
}

void
_polku_text_cache_measure (PolkuTextStyle    style,
                           const char       *text,
                           double            width,
                           PangoAlignment    alignment,
                           PolkuTextMeasure *measure)
{
  Cache *cache = get_cache ();
  Entry *entry;
  Variant *variant = NULL;
  int pango_width;

  g_assert (text != NULL);
  g_assert (measure != NULL);

  entry = lookup_entry (cache, style, text);
  pango_width = width < 0 ? -1 : (int) (width * PANGO_SCALE);

  /* Left-aligned text that fits is the same at any width. A text of more
   * characters than the width holds is not laid out unwrapped to see. */
  if (pango_width < 0 || entry->n_chars <= _polku_text_style_get_max_chars (style, width))
    {
      Variant *natural = get_natural (cache, entry);

      if (pango_width < 0 || (alignment == PANGO_ALIGN_LEFT && entry->natural_width <= pango_width))
        variant = natural;
    }

  for (guint i = 0; variant == NULL && entry->wrapped != NULL && i < entry->wrapped->len; i++)
    {
      Variant *candidate = &g_array_index (entry->wrapped, Variant, i);

      if (candidate->width == pango_width && candidate->alignment == alignment)
        variant = candidate;
    }

  if (variant == NULL)
    {
      Variant made;

      if (entry->wrapped == NULL)
        {
          entry->wrapped = g_array_new (FALSE, FALSE, sizeof (Variant));
          g_array_set_clear_func (entry->wrapped, clear_variant);
        }
      if (entry->wrapped->len >= MAX_VARIANTS)
        {
          g_array_remove_index (entry->wrapped, 0);
          entry->held -= entry->n_chars;
          cache->n_held -= entry->n_chars;
        }
      shape (cache, entry, &made, pango_width, alignment);
      g_array_append_val (entry->wrapped, made);
      variant = &g_array_index (entry->wrapped, Variant, entry->wrapped->len - 1);
    }

  measure->layout = variant->layout;
  measure->width = variant->measured_width;
  measure->height = variant->measured_height;
}

/* The widest run of characters between two places where a line may break,
 * from the unwrapped layout's glyph widths: no second shaping. White space
 * at a break does not count, as it does not when a line wraps there. */
static double
measure_widest_word (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  g_autofree int *widths = NULL;
  const char *position = text;   /* of the last run, and its offset */
  glong offset = 0;
  int n_attrs;
  int n_chars;
  int widest = 0;
  int current = 0;
  int pending_space = 0;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  n_chars = n_attrs - 1;
  if (n_chars <= 0)
    return 0;

  /* Runs come in visual order: each run's offset in characters is found
   * from the one before, not from the start, which would take time in the
   * square of the text's length when a text has many runs. */
  widths = g_new0 (int, n_chars);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      for (GSList *r = line->runs; r != NULL; r = r->next)
        {
          PangoGlyphItem *run = r->data;

          offset += g_utf8_pointer_to_offset (position, text + run->item->offset);
          position = text + run->item->offset;
          if (offset >= 0 && offset + run->item->num_chars <= n_chars)
            pango_glyph_item_get_logical_widths (run, text, widths + offset);
        }
    }

  for (int i = 0; i < n_chars; i++)
    {
      if (i > 0 && attrs[i].is_line_break)
        {
          widest = MAX (widest, current);
          current = 0;
          pending_space = 0;
        }
      if (attrs[i].is_white)
        pending_space += widths[i];
      else
        {
          current += pending_space + widths[i];
          pending_space = 0;
        }
    }
  widest = MAX (widest, current);
  return (double) widest / PANGO_SCALE;
}

double
_polku_text_cache_widest_word (PolkuTextStyle  style,
                               const char     *text)
{
  Cache *cache = get_cache ();
  Entry *entry;

  g_assert (text != NULL);

  entry = lookup_entry (cache, style, text);
  if (!entry->has_widest_word)
    {
      entry->widest_word = measure_widest_word (get_natural (cache, entry)->layout);
      entry->has_widest_word = TRUE;
    }
  return entry->widest_word;
}

typedef struct
{
  Cache *cache;
  guint  oldest_kept;  /* the generation of the oldest entry to keep */
} Trim;

static gboolean
is_stale (gpointer key,
          gpointer value,
          gpointer user_data)
{
  Entry *entry = key;
  Trim *trim = user_data;

  if (entry->generation >= trim->oldest_kept)
    return FALSE;
  trim->cache->n_held -= entry->held;
  return TRUE;
}

void
_polku_text_cache_trim (void)
{
  Cache *cache = get_cache ();
  guint size = g_hash_table_size (cache->entries);
  Trim trim = { cache, 0 };

  if (cache->n_held > MAX_HELD_CHARS)
    trim.oldest_kept = cache->generation;
  else if (size > MIN_TRIM_SIZE && size > 2 * cache->n_used && cache->generation > KEEP_GENERATIONS)
    trim.oldest_kept = cache->generation - KEEP_GENERATIONS + 1;
  if (trim.oldest_kept > 0)
    g_hash_table_foreach_remove (cache->entries, is_stale, &trim);
  cache->generation++;
  cache->n_used = 0;
}

void
_polku_text_cache_clear (void)
{
  Cache *cache = get_cache ();

  g_hash_table_remove_all (cache->entries);
  cache->n_used = 0;
  cache->n_shaped = 0;
  cache->n_held = 0;
}

guint
_polku_text_cache_get_size (void)
{
  return g_hash_table_size (get_cache ()->entries);
}

guint
_polku_text_cache_get_n_shaped (void)
{
  return get_cache ()->n_shaped;
}

gsize
_polku_text_cache_get_n_held (void)
{
  return get_cache ()->n_held;
}
