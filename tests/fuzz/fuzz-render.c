/* fuzz-render.c: libFuzzer harness for the map renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is read as a journey file; when it loads, every journey in it
 * is laid out and drawn as the window, the printer and the exports do: the
 * map at 100 % in both palettes with the editor's selection and drop
 * markers, the map fitted to a page, the fit, poster and handout pages, and
 * the SVG export. Drawing goes to small image surfaces and to recording
 * surfaces, so that a run costs milliseconds.
 *
 * Build with clang and run, for example:
 *   CC=clang meson setup _build-fuzz -Dfuzzing=true -Dapp=false
 *   ninja -C _build-fuzz tests/fuzz/fuzz-render
 *   mkdir -p _fuzz/render
 *   LSAN_OPTIONS=suppressions=tests/lsan.supp \
 *     _build-fuzz/tests/fuzz/fuzz-render -timeout=10 -rss_limit_mb=2048 \
 *       -max_len=16384 -dict=tests/fuzz/polku.dict -max_total_time=300 \
 *       _fuzz/render tests/corpus tests/fuzz/seeds data/examples
 *
 * libFuzzer adds what it finds to the first directory: keep that one out of
 * the source tree. -timeout=10 reports an input that takes longer than ten
 * seconds as a hang (a map of a small file draws in milliseconds);
 * -rss_limit_mb=2048 reports one that takes more memory than that. A crash
 * or hang is saved as crash-… or timeout-… in the current directory; run
 * the harness on that file alone to see it again. fontconfig keeps its
 * configuration for the life of the process, which tests/lsan.supp tells
 * the leak checker.
 *
 * Without libFuzzer, fuzz-files.c gives the harness a main() that runs the
 * files and folders named on the command line: the test suite runs every
 * corpus file through it that way.
 */

#include "config.h"

#include "polku-core.h"
#include "polku-render.h"
#include "polku-map-selection.h"

#include "fuzz-harness.h"

/* The side of the image surfaces, in pixels. */
#define VIEW_SIZE 64

/* Pages drawn per mode: a poster of many sheets repeats itself. */
#define MAX_PAGES 6

/* Journeys drawn per file. */
#define MAX_JOURNEYS 3

static void
check_cairo (cairo_t *cr)
{
  /* A status other than success means the renderer gave cairo bad input:
   * a NaN, an unbalanced save and restore. */
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    __builtin_trap ();
}

typedef struct
{
  PolkuMapLayout *layout;
  cairo_t        *cr;
} Editor;

/* What the editor does with a card: find it, frame its name, select it,
 * and show where it would land if dropped on its own centre. */
static void
edit_touchpoint (PolkuStep       *step,
                 PolkuTouchpoint *touchpoint,
                 gpointer         user_data)
{
  Editor *editor = user_data;
  const PolkuPalette *palette = polku_palette_dark ();
  GObject *container;
  PolkuRect card, name, marker;
  guint position;
  double x, y;

  polku_map_layout_get_score_point (editor->layout, touchpoint, &x, &y);

  /* Without the touchpoints' lane there are no cards. */
  if (!polku_map_selection_get_item_rect (editor->layout, G_OBJECT (touchpoint), &card))
    return;
  if (!polku_map_selection_get_name_rect (editor->layout, G_OBJECT (touchpoint), &name))
    __builtin_trap ();

  /* A click in the middle of a card picks that card. */
  x = card.x + card.width / 2;
  y = card.y + card.height / 2;
  if (polku_map_selection_hit_test (editor->layout, x, y) != G_OBJECT (touchpoint))
    __builtin_trap ();

  polku_map_selection_draw (editor->layout, editor->cr, G_OBJECT (touchpoint), &palette->curve);
  if (polku_map_selection_get_drop_slot (editor->layout, POLKU_TYPE_TOUCHPOINT, x, y,
                                      &container, &position, &marker))
    polku_map_selection_draw_drop_marker (editor->cr, &marker, &palette->curve);
}

/* The map as the window shows it: at 100 % in a small view at its top left
 * corner, then whole, scaled down, in the dark palette with each card
 * selected in turn. */
static void
draw_screen (PolkuJourney *journey)
{
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  double width = polku_map_layout_get_width (layout);
  double height = polku_map_layout_get_height (layout);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_SIZE, VIEW_SIZE);
  cairo_t *cr = cairo_create (surface);
  Editor editor = { layout, cr };

  polku_map_draw (layout, cr, polku_palette_light ());
  check_cairo (cr);

  cairo_save (cr);
  cairo_scale (cr, VIEW_SIZE / MAX (width, 1.0), VIEW_SIZE / MAX (height, 1.0));
  polku_map_draw (layout, cr, polku_palette_dark ());
  polku_foreach_touchpoint (G_OBJECT (journey), edit_touchpoint, &editor);
  polku_map_selection_hit_test (layout, width / 2, height / 2);
  cairo_restore (cr);
  check_cairo (cr);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static cairo_t *
create_recording (cairo_surface_t **surface)
{
  *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  return cairo_create (*surface);
}

static void
finish_recording (cairo_surface_t *surface,
                  cairo_t         *cr)
{
  check_cairo (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The map wrapped and fitted to a page, as the printed fit lays it out. */
static void
draw_fitted (PolkuJourney *journey)
{
  g_autoptr(PolkuMapLayout) layout =
    polku_map_layout_new_for_page (journey, POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT);
  PolkuRect box = { 0, 0, POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT };
  cairo_surface_t *surface;
  cairo_t *cr = create_recording (&surface);

  polku_map_draw_fitted (layout, cr, polku_palette_light (), &box);
  finish_recording (surface, cr);
}

static void
draw_pages (PolkuJourney     *journey,
            PolkuPrintMode    mode,
            PolkuOrientation  orientation,
            double            poster_scale)
{
  g_autoptr(PolkuPages) pages = NULL;
  double width, height;
  guint n_pages;

  polku_paper_get_size (POLKU_PAPER_A4, orientation, &width, &height);
  pages = polku_pages_new (journey, mode, width, height, poster_scale);
  n_pages = polku_pages_get_n_pages (pages);
  if (n_pages == 0)
    __builtin_trap ();

  for (guint i = 0; i < MIN (n_pages, MAX_PAGES); i++)
    {
      cairo_surface_t *surface;
      cairo_t *cr = create_recording (&surface);

      polku_pages_draw_page (pages, cr, i);
      finish_recording (surface, cr);
    }
}

static void
draw_journey (PolkuJourney *journey)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;

  draw_screen (journey);
  draw_fitted (journey);
  draw_pages (journey, POLKU_PRINT_MODE_FIT, POLKU_ORIENTATION_LANDSCAPE, POLKU_POSTER_SCALE_DEFAULT);
  draw_pages (journey, POLKU_PRINT_MODE_POSTER, POLKU_ORIENTATION_LANDSCAPE, 2.0);
  draw_pages (journey, POLKU_PRINT_MODE_HANDOUT, POLKU_ORIENTATION_PORTRAIT, POLKU_POSTER_SCALE_DEFAULT);

  svg = polku_export_journey_to_bytes (journey, POLKU_EXPORT_FORMAT_SVG, &error);
  if (svg == NULL)
    __builtin_trap ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(PolkuDocument) document = polku_reader_load_bytes (bytes, "fuzz.polku", NULL);

  if (document == NULL)
    return 0;

  for (guint i = 0; i < MIN (polku_document_get_n_journeys (document), MAX_JOURNEYS); i++)
    draw_journey (polku_document_get_journey (document, i));

  return 0;
}
