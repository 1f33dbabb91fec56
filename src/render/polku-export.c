/* polku-export.c: journey maps as PDF, SVG and PNG files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "polku-core.h"
#include "polku-export.h"
#include "polku-map-draw.h"
#include "polku-map-layout-private.h"
#include "polku-pages.h"
#include "polku-render-budget.h"
#include "polku-svg-text-private.h"

/* cairo's image surfaces are at most this many pixels wide or high. */
#define MAX_IMAGE_SIZE 32767

static const char * const extensions[] = {
  [POLKU_EXPORT_FORMAT_PDF] = ".pdf",
  [POLKU_EXPORT_FORMAT_SVG] = ".svg",
  [POLKU_EXPORT_FORMAT_PNG] = ".png",
};

gboolean
polku_export_format_from_filename (const char        *filename,
                                   PolkuExportFormat *format)
{
  const char *basename;
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  basename = strrchr (filename, G_DIR_SEPARATOR);
  basename = basename != NULL ? basename + 1 : filename;
  dot = strrchr (basename, '.');
  if (dot == NULL || dot == basename)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_ascii_strcasecmp (dot, extensions[i]) == 0)
        {
          if (format != NULL)
            *format = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
polku_export_format_get_extension (PolkuExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (extensions), NULL);

  return extensions[format];
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  if (status == CAIRO_STATUS_NO_MEMORY)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                         _("There is not enough memory to draw the map; "
                           "close other programs or export to PDF or SVG"));
  else if (status == CAIRO_STATUS_INVALID_SIZE)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("The map is too large for this format; export it to PDF or SVG"));
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: %s is the drawing library's description of the problem */
                 _("The map could not be drawn: %s"),
                 cairo_status_to_string (status));
  return FALSE;
}

/* Draws on the surface and finishes it; its stream then holds the file. */
static gboolean
finish_surface (cairo_surface_t  *surface,
                cairo_t          *cr,
                GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  return check_status (status, error);
}

void
polku_export_options_init (PolkuExportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (PolkuExportOptions) {
    .mode = POLKU_PRINT_MODE_FIT,
    .paper = POLKU_PAPER_A4,
    .orientation = POLKU_ORIENTATION_LANDSCAPE,
    .poster_scale = POLKU_POSTER_SCALE_DEFAULT,
    .dpi = POLKU_EXPORT_DPI_DEFAULT,
  };
}

void
polku_export_options_get_pages (const PolkuExportOptions *options,
                                PolkuPagesOptions        *pages)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (pages != NULL);

  polku_pages_options_init (pages);
  pages->mode = options->mode;
  pages->language = options->language;
  pages->poster_scale = options->poster_scale;
  pages->poster_columns = options->poster_columns;
  pages->poster_rows = options->poster_rows;
  pages->handout_phases = options->handout_phases;
  pages->handout_steps = options->handout_steps;
}

/* The pages, one PDF page each, as printing draws them; stopped when they
 * take longer than the budget allows. */
static gboolean
write_pdf (PolkuJourney             *journey,
           const PolkuExportOptions *options,
           gint64                    start,
           GByteArray               *out,
           GError                  **error)
{
  const PolkuRenderBudget *budget = polku_render_budget_get_default ();
  const char *title = polku_journey_get_title (journey);
  g_autoptr(PolkuPages) pages = NULL;
  PolkuPagesOptions pages_options;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  gboolean ok = TRUE;

  polku_paper_get_size (options->paper, options->orientation, &width, &height);
  polku_export_options_get_pages (options, &pages_options);
  pages = polku_pages_new_with_options (journey, &pages_options, width, height);
  if (!polku_pages_check_budget (pages, error))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (append_to_array, out, width, height);
  if (title != NULL && title[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Polku " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint i = 0; ok && i < polku_pages_get_n_pages (pages); i++)
    {
      polku_pages_draw_page (pages, cr, i);
      cairo_show_page (cr);
      ok = polku_render_budget_check_time (budget, start, error);
    }
  if (ok)
    ok = finish_surface (surface, cr, error);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ok;
}

static GBytes *
write_svg (PolkuMapLayout  *layout,
           GError         **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  surface = cairo_svg_surface_create_for_stream (append_to_array, out,
                                                 polku_map_layout_get_width (layout),
                                                 polku_map_layout_get_height (layout));
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);

  cr = cairo_create (surface);
  polku_map_draw (layout, cr, polku_palette_light ());
  ok = finish_surface (surface, cr, error);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ok)
    return NULL;
  return _polku_svg_add_text_layer (layout, (const char *) out->data, out->len, error);
}

GBytes *
polku_export_surface_to_png (cairo_surface_t  *surface,
                             GError          **error)
{
  g_autoptr(GByteArray) out = NULL;
  cairo_status_t status;

  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = g_byte_array_new ();
  cairo_surface_flush (surface);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_to_array, out);
  if (!check_status (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
write_png (PolkuMapLayout  *layout,
           double           dpi,
           GError         **error)
{
  double scale = CLAMP (dpi, POLKU_EXPORT_DPI_MIN, POLKU_EXPORT_DPI_MAX) / 72.0;
  double width = ceil (polku_map_layout_get_width (layout) * scale);
  double height = ceil (polku_map_layout_get_height (layout) * scale);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  GBytes *bytes = NULL;

  if (width > MAX_IMAGE_SIZE || height > MAX_IMAGE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %d × %d are the width and height in pixels */
                   _("The map would be %d × %d pixels, too large for a PNG image; "
                     "export it to PDF or SVG"),
                   (int) width, (int) height);
      return NULL;
    }
  if (!polku_render_budget_check_pixels (polku_render_budget_get_default (), width, height, error))
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  polku_map_draw (layout, cr, polku_palette_light ());

  status = cairo_status (cr);
  cairo_destroy (cr);
  if (check_status (status, error))
    bytes = polku_export_surface_to_png (surface, error);

  cairo_surface_destroy (surface);
  return bytes;
}

GBytes *
polku_export_journey_to_bytes (PolkuJourney       *journey,
                               PolkuExportFormat   format,
                               GError            **error)
{
  return polku_export_journey_to_bytes_with_options (journey, format, NULL, error);
}

GBytes *
polku_export_journey_to_bytes_with_options (PolkuJourney             *journey,
                                            PolkuExportFormat         format,
                                            const PolkuExportOptions *options,
                                            GError                  **error)
{
  const PolkuRenderBudget *budget = polku_render_budget_get_default ();
  g_autoptr(PolkuMapLayout) layout = NULL;
  g_autoptr(PolkuCatalog) catalog = NULL;
  g_autoptr(GByteArray) out = NULL;
  PolkuExportOptions defaults;
  gint64 start = g_get_monotonic_time ();
  gboolean ok = FALSE;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (extensions), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      polku_export_options_init (&defaults);
      options = &defaults;
    }
  g_return_val_if_fail (options->mode < POLKU_N_PRINT_MODES, NULL);
  g_return_val_if_fail (options->paper < POLKU_N_PAPERS, NULL);

  if (!polku_render_budget_check_journey (budget, journey, error))
    return NULL;

  out = g_byte_array_new ();
  switch (format)
    {
    case POLKU_EXPORT_FORMAT_PDF:
      ok = write_pdf (journey, options, start, out, error);
      break;

    case POLKU_EXPORT_FORMAT_SVG:
      catalog = _polku_map_catalog_new (journey, options->language);
      layout = _polku_map_layout_new_full (journey, catalog, -1, 0, 0);
      return write_svg (layout, error);

    case POLKU_EXPORT_FORMAT_PNG:
      catalog = _polku_map_catalog_new (journey, options->language);
      layout = _polku_map_layout_new_full (journey, catalog, -1, 0, 0);
      return write_png (layout, options->dpi, error);

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

gboolean
polku_export_journey (PolkuJourney  *journey,
                      const char    *filename,
                      GError       **error)
{
  return polku_export_journey_with_options (journey, filename, NULL, error);
}

gboolean
polku_export_journey_with_options (PolkuJourney             *journey,
                                   const char               *filename,
                                   const PolkuExportOptions *options,
                                   GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  PolkuExportFormat format;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_filename_display_name (filename);
  if (!polku_export_format_from_filename (filename, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a file name */
                   _("Cannot export to “%s”: give the file name the extension .pdf, .svg or .png"),
                   display_name);
      return FALSE;
    }

  bytes = polku_export_journey_to_bytes_with_options (journey, format, options, error);
  if (bytes == NULL)
    {
      /* Translators: %s is a file name; the reason follows */
      g_prefix_error (error, _("Cannot export to “%s”: "), display_name);
      return FALSE;
    }

  /* Written beside the old file and renamed over it once complete. */
  if (!polku_file_write_path (filename, bytes, NULL, error))
    {
      g_prefix_error (error, _("Cannot export to “%s”: "), display_name);
      return FALSE;
    }
  return TRUE;
}
