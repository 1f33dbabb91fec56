/* polku-cli-thumbnail.c: polku-cli thumbnail FILE OUTPUT.png --size N
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What file managers show for a journey file: the map as it prints on a
 * landscape page, on white, no larger than N pixels either way.
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"
#include "polku-render.h"

#define MIN_SIZE 16
#define MAX_SIZE 4096

/* A file manager asks for thumbnails of every journey file it shows: a
 * file larger than the thumbnail budget allows is not even parsed. */
static PolkuDocument *
load_within_budget (const char  *path,
                    GError     **error)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);
  g_autoptr(GBytes) bytes = NULL;

  if (mapped == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (mapped);
  return polku_reader_load_bytes_with_limit (bytes, path, POLKU_THUMBNAIL_MAX_FILE_SIZE, error);
}

/* The map as a PNG image, drawn in memory within the thumbnail budget:
 * nothing is drawn for a journey over it. */
static GBytes *
draw_thumbnail (PolkuJourney  *journey,
                int            size,
                GError       **error)
{
  const PolkuRenderBudget *budget = polku_render_budget_get_thumbnail ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PolkuMapLayout) layout = NULL;
  double width, height, scale;
  int pixel_width, pixel_height;
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *png;

  if (!polku_render_budget_check_journey (budget, journey, error))
    return NULL;
  layout = polku_map_layout_new_for_page (journey, POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT);
  width = polku_map_layout_get_width (layout);
  height = polku_map_layout_get_height (layout);
  scale = size / MAX (width, height);
  pixel_width = MAX (1, (int) (width * scale + 0.5));
  pixel_height = MAX (1, (int) (height * scale + 0.5));
  if (!polku_render_budget_check_pixels (budget, pixel_width, pixel_height, error) ||
      !polku_render_budget_check_time (budget, start, error))
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  polku_map_draw (layout, cr, polku_palette_light ());
  cairo_destroy (cr);

  png = polku_export_surface_to_png (surface, error);
  cairo_surface_destroy (surface);
  return png;
}

/* The file is written whole or not at all. */
static gboolean
write_thumbnail (PolkuJourney  *journey,
                 const char    *output,
                 int            size,
                 GError       **error)
{
  g_autoptr(GBytes) png = draw_thumbnail (journey, size, error);

  if (png == NULL)
    return FALSE;
  if (!polku_file_write_path (output, png, NULL, error))
    {
      /* Translators: FILE: why it could not be written */
      g_prefix_error (error, _("could not write the thumbnail %s: "), output);
      return FALSE;
    }
  return TRUE;
}

int
polku_cli_thumbnail (int    argc,
                     char **argv)
{
  int size = 256;
  const GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_INT, &size,
      N_("The longer side of the thumbnail in pixels (default 256)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("thumbnail", entries);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 3)
    {
      polku_cli_fail ("%s", _("thumbnail needs one journey file and the PNG file to write"));
      return 2;
    }
  if (size < MIN_SIZE || size > MAX_SIZE)
    {
      polku_cli_fail (_("the size must be from %d to %d pixels"), MIN_SIZE, MAX_SIZE);
      return 2;
    }

  document = load_within_budget (argv[1], &error);
  if (document == NULL)
    {
      polku_cli_print_error (argv[1], error);
      return EXIT_FAILURE;
    }

  if (!write_thumbnail (polku_document_get_journey (document, 0), argv[2], size, &error))
    {
      if (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET))
        polku_cli_print_error (argv[1], error);
      else
        polku_cli_fail ("%s", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
