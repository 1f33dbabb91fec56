/* polku-render-budget.h: how much a map may ask of the renderer
 *
 * Every map is laid out and drawn in time linear in its text, but a valid
 * file can still hold more than any map needs: hundreds of thousands of
 * touchpoints, megabytes of text. A budget says how much one map may take;
 * beyond it, the renderer stops with a message that says which limit the
 * journey passed, before it spends the time or the memory. The limits are
 * here, in one place, each with why it is what it is; the times (of the
 * processor) and the peak memory in the comments are measured with
 * polku-cli on a two-core machine, files loaded included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "polku-types.h"

G_BEGIN_DECLS

/* Export and printing. Within these limits the slowest export measured
 * takes 3 s of processor time and 300 MB. */

/* Steps and touchpoints: five times the largest journey the benchmarks
 * export (1,000 touchpoints in 125 steps). At the limit (4,400 touchpoints
 * in 550 steps) a fitted PDF takes 1.6 s and 150 MB, a poster 2.9 s, an
 * SVG 1.1 s and 240 MB. A customer's process has tens of steps with a few
 * touchpoints each. */
#define POLKU_RENDER_MAX_ELEMENTS  5000
/* Characters of text in the journey's names and fields: 140 steps with
 * every field of the method filled in at 1,000 characters. At the limit a
 * handout takes 2.8 s and 200 MB, an SVG 1.7 s and 300 MB. */
#define POLKU_RENDER_MAX_TEXT      (2 * 1000 * 1000)
/* Pages of a PDF or a print: a handout of 4,000 touchpoints, or a poster
 * of 2,000 A4 sheets, 120 m². 2,000 handout pages are laid out in 0.4 s;
 * the benchmark's poster at twice its size, 834 sheets, takes 1 s. */
#define POLKU_RENDER_MAX_PAGES     2000
/* Pixels of a PNG image: 32 million take 128 MB. A 100-touchpoint map at
 * 144 dpi, 21,252 × 1,352 pixels, takes 0.9 s and 130 MB; a larger map is
 * better as PDF or SVG, or at a lower resolution. */
#define POLKU_RENDER_MAX_PIXELS    (32 * 1000 * 1000)
/* Seconds, checked after every page: twenty times the slowest export
 * within the other limits, for a machine much slower than ours, or a
 * print to a slow device. */
#define POLKU_RENDER_MAX_SECONDS   60

/* Thumbnails, of any journey file a file manager shows: the file is read
 * and drawn whether the user asked for it or not, so the limits are
 * tighter, yet wide enough for every journey a person makes. Within them
 * a thumbnail takes at most 0.7 s and 80 MB. */

/* Bytes of the file, checked before it is parsed: 35 times the
 * 1,000-touchpoint benchmark's file (228 KB); at the limit the file is
 * read in 0.2 s and 70 MB. */
#define POLKU_THUMBNAIL_MAX_FILE_SIZE  (8 * 1000 * 1000)
/* Steps and touchpoints: the 1,000-touchpoint benchmark and more. 1,750
 * touchpoints in 219 steps take 0.2 s, or 0.35 s at 4,096 pixels. */
#define POLKU_THUMBNAIL_MAX_ELEMENTS   2000
/* Characters of text, which a thumbnail lays out but shows none of
 * legibly: 0.3 s, or 0.65 s and 80 MB at 4,096 pixels. */
#define POLKU_THUMBNAIL_MAX_TEXT       (500 * 1000)
/* Pixels: the largest thumbnail polku-cli makes, 4,096 on a side. */
#define POLKU_THUMBNAIL_MAX_PIXELS     (4096 * 4096)
/* Seconds, checked once the map is laid out: file managers wait for
 * thumbnails, and seven times the slowest within the limits is enough. */
#define POLKU_THUMBNAIL_MAX_SECONDS    5

#define POLKU_RENDER_ERROR (polku_render_error_quark ())

typedef enum
{
  POLKU_RENDER_ERROR_OVER_BUDGET,  /* the map would pass one of its limits */
} PolkuRenderError;

typedef struct
{
  guint max_elements;
  guint max_text;
  guint max_pages;
  guint max_pixels;
  guint max_seconds;
} PolkuRenderBudget;

GQuark                   polku_render_error_quark         (void);

/* The limits of export and printing, and the tighter ones of thumbnails. */
const PolkuRenderBudget *polku_render_budget_get_default  (void);
const PolkuRenderBudget *polku_render_budget_get_thumbnail (void);

/* Each check returns FALSE with a POLKU_RENDER_ERROR_OVER_BUDGET error
 * that names the limit when the map would pass it. */

/* The journey's steps and touchpoints, and the characters of its text:
 * counted in a moment, before anything is laid out. */
gboolean polku_render_budget_check_journey (const PolkuRenderBudget  *budget,
                                            PolkuJourney             *journey,
                                            GError                  **error);
/* n_pages may be a count so far of pages that go on. */
gboolean polku_render_budget_check_pages   (const PolkuRenderBudget  *budget,
                                            double                    n_pages,
                                            GError                  **error);
gboolean polku_render_budget_check_pixels  (const PolkuRenderBudget  *budget,
                                            double                    width,
                                            double                    height,
                                            GError                  **error);
/* The time since start, a time of g_get_monotonic_time (). */
gboolean polku_render_budget_check_time    (const PolkuRenderBudget  *budget,
                                            gint64                    start,
                                            GError                  **error);

G_END_DECLS
