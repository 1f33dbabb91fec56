/* polku-text-cache-private.h: measured text shared by every map of a thread
 *
 * Shaping text is nearly all the cost of laying out a map. The cache keeps
 * each text laid out by (style, text, wrap width, alignment) for the
 * thread's life, shared by every layout that thread makes, so that laying
 * out a map again after an edit measures only the text that changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-text-private.h"

G_BEGIN_DECLS

/* A text as laid out and measured; the layout belongs to the cache and is
 * shared, so never change it (keep it with g_object_ref()). */
typedef struct
{
  PangoLayout *layout;
  double       width;
  double       height;
} PolkuTextMeasure;

/* The context every cached text of this thread is laid out with. (transfer none) */
PangoContext *_polku_text_cache_get_context  (void);
/* The text wrapped at width points (width < 0: unwrapped). A text no wider
 * than width shares its unwrapped layout whatever the width. Alignment
 * matters only for a wrapped text. */
void          _polku_text_cache_measure      (PolkuTextStyle    style,
                                              const char       *text,
                                              double            width,
                                              PangoAlignment    alignment,
                                              PolkuTextMeasure *measure);
/* The width of the text's widest word: the narrowest a column can be
 * without breaking a word. */
double        _polku_text_cache_widest_word  (PolkuTextStyle    style,
                                              const char       *text);
/* Forgets texts no recent layout asked for; call once a layout is made. */
void          _polku_text_cache_trim         (void);
/* Forgets every text of this thread: for benchmarks that measure a cold
 * start. */
void          _polku_text_cache_clear        (void);
/* How many texts this thread's cache holds, and how many layouts it made
 * since it was cleared: for tests. */
guint         _polku_text_cache_get_size     (void);
guint         _polku_text_cache_get_n_shaped (void);
/* How many characters the laid out texts of the cache hold. */
gsize         _polku_text_cache_get_n_held   (void);

G_END_DECLS
