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
#include "polku-export-private.h"
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
    .image_layout = POLKU_IMAGE_LAYOUT_MAP,
    .slide_width = POLKU_EXPORT_SLIDE_WIDTH_DEFAULT,
    .aspect_width = 16,
    .aspect_height = 9,
  };
}

static const char * const image_layout_names[] = {
  [POLKU_IMAGE_LAYOUT_MAP] = "map",
  [POLKU_IMAGE_LAYOUT_SLIDE] = "slide",
  [POLKU_IMAGE_LAYOUT_PHASES] = "phases",
};

G_STATIC_ASSERT (G_N_ELEMENTS (image_layout_names) == POLKU_N_IMAGE_LAYOUTS);

const char *
polku_image_layout_to_string (PolkuImageLayout layout)
{
  g_return_val_if_fail (layout < POLKU_N_IMAGE_LAYOUTS, NULL);

  return image_layout_names[layout];
}

gboolean
polku_image_layout_from_string (const char       *name,
                                PolkuImageLayout *layout)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < POLKU_N_IMAGE_LAYOUTS; i++)
    if (g_ascii_strcasecmp (name, image_layout_names[i]) == 0)
      {
        if (layout != NULL)
          *layout = i;
        return TRUE;
      }
  return FALSE;
}

const char *
polku_image_layout_get_label (PolkuImageLayout layout)
{
  switch (layout)
    {
    case POLKU_IMAGE_LAYOUT_MAP:
      /* Translators: how an exported image holds the map */
      return _("The map in one row");
    case POLKU_IMAGE_LAYOUT_SLIDE:
      /* Translators: how an exported image holds the map */
      return _("A slide, the map wrapped into rows");
    case POLKU_IMAGE_LAYOUT_PHASES:
      /* Translators: how exported images hold the map */
      return _("A slide for each phase");
    default:
      g_return_val_if_reached (NULL);
    }
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

typedef PolkuExportFrame Frame;

void
_polku_export_frame_clear (Frame *frame)
{
  g_clear_object (&frame->layout);
}

/* A slide's layout is chosen for a box of this area, in points, whatever
 * its shape: 1,600 × 900 for 16:9, where the map's text reads well on a
 * screen or a projector. */
#define SLIDE_AREA   (1600.0 * 900.0)
#define SLIDE_MARGIN 0.025  /* of the slide's width or height, at least, around the map */

static double
slide_height (const PolkuExportOptions *options)
{
  return round ((double) options->slide_width * MAX (options->aspect_height, 1) /
                MAX (options->aspect_width, 1));
}

/* The map, or a phase of it (phase ≥ 0), as the options lay it out in an
 * image. */
void
_polku_export_frame_init (Frame                    *frame,
                          PolkuJourney             *journey,
                          PolkuCatalog             *catalog,
                          int                       phase,
                          PolkuExportFormat         format,
                          const PolkuExportOptions *options)
{
  double aspect = (double) MAX (options->aspect_width, 1) / MAX (options->aspect_height, 1);
  double box_width = sqrt (SLIDE_AREA * aspect);
  double width, height;

  if (options->image_layout == POLKU_IMAGE_LAYOUT_MAP)
    {
      double scale = format == POLKU_EXPORT_FORMAT_PNG
                     ? CLAMP (options->dpi, POLKU_EXPORT_DPI_MIN, POLKU_EXPORT_DPI_MAX) / 72.0 : 1.0;

      frame->layout = _polku_map_layout_new_full (journey, catalog, -1, 0, 0);
      frame->scale = scale;
      frame->x = frame->y = 0;
      frame->width = ceil (polku_map_layout_get_width (frame->layout) * scale);
      frame->height = ceil (polku_map_layout_get_height (frame->layout) * scale);
      return;
    }

  frame->layout = _polku_map_layout_new_full (journey, catalog, phase, box_width, box_width / aspect);
  frame->width = CLAMP (options->slide_width, POLKU_EXPORT_SLIDE_WIDTH_MIN, POLKU_EXPORT_SLIDE_WIDTH_MAX);
  frame->height = MAX (1, slide_height (options));
  width = polku_map_layout_get_width (frame->layout);
  height = polku_map_layout_get_height (frame->layout);
  frame->scale = MIN (frame->width / width, frame->height / height) * (1 - 2 * SLIDE_MARGIN);
  frame->x = (frame->width - width * frame->scale) / 2;
  frame->y = (frame->height - height * frame->scale) / 2;
}

void
_polku_export_frame_draw (const Frame *frame,
                          cairo_t     *cr)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_translate (cr, frame->x, frame->y);
  cairo_scale (cr, frame->scale, frame->scale);
  polku_map_draw (frame->layout, cr, polku_palette_light ());
  cairo_restore (cr);
}

static GBytes *
write_svg (const Frame  *frame,
           GError      **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  surface = cairo_svg_surface_create_for_stream (append_to_array, out, frame->width, frame->height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);

  cr = cairo_create (surface);
  _polku_export_frame_draw (frame, cr);
  ok = finish_surface (surface, cr, error);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ok)
    return NULL;
  return _polku_svg_add_text_layer (frame->layout, frame->x, frame->y, frame->scale,
                                    (const char *) out->data, out->len, error);
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

/* The largest size of the same shape as width × height that an image
 * may have. */
static void
largest_image (double  width,
               double  height,
               double *fit_width,
               double *fit_height)
{
  double shrink = MIN (sqrt (POLKU_RENDER_MAX_PIXELS / (width * height)),
                       MIN (MAX_IMAGE_SIZE / width, MAX_IMAGE_SIZE / height));

  *fit_width = floor (width * MIN (shrink, 1.0));
  *fit_height = floor (height * MIN (shrink, 1.0));
}

gboolean
polku_export_options_fit_image (PolkuJourney       *journey,
                                PolkuExportOptions *options,
                                guint              *width,
                                guint              *height)
{
  g_auto(PolkuExportFrame) frame = { 0 };
  g_autoptr(PolkuCatalog) catalog = NULL;
  double fit_width, fit_height;
  double shrink;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  catalog = _polku_map_catalog_new (journey, options->language);
  _polku_export_frame_init (&frame, journey, catalog, -1, POLKU_EXPORT_FORMAT_PNG, options);
  largest_image (frame.width, frame.height, &fit_width, &fit_height);
  if (fit_width >= frame.width && fit_height >= frame.height)
    {
      if (width != NULL)
        *width = frame.width;
      if (height != NULL)
        *height = frame.height;
      return FALSE;
    }

  shrink = MIN (fit_width / frame.width, fit_height / frame.height);
  /* A map too long for an image even at the lowest resolution goes on a
   * slide. */
  if (options->image_layout == POLKU_IMAGE_LAYOUT_MAP &&
      (ceil (polku_map_layout_get_width (frame.layout) * POLKU_EXPORT_DPI_MIN / 72) > MAX_IMAGE_SIZE ||
       ceil (polku_map_layout_get_height (frame.layout) * POLKU_EXPORT_DPI_MIN / 72) > MAX_IMAGE_SIZE))
    {
      options->image_layout = POLKU_IMAGE_LAYOUT_SLIDE;
      return polku_export_options_fit_image (journey, options, width, height) || TRUE;
    }
  if (options->image_layout == POLKU_IMAGE_LAYOUT_MAP)
    {
      /* The whole dots per inch that fit: the size follows from them. */
      options->dpi = MAX (POLKU_EXPORT_DPI_MIN, floor (options->dpi * shrink));
      while (options->dpi > POLKU_EXPORT_DPI_MIN &&
             (ceil (polku_map_layout_get_width (frame.layout) * options->dpi / 72) *
              ceil (polku_map_layout_get_height (frame.layout) * options->dpi / 72) > POLKU_RENDER_MAX_PIXELS ||
              ceil (polku_map_layout_get_width (frame.layout) * options->dpi / 72) > MAX_IMAGE_SIZE ||
              ceil (polku_map_layout_get_height (frame.layout) * options->dpi / 72) > MAX_IMAGE_SIZE))
        options->dpi--;
      fit_width = ceil (polku_map_layout_get_width (frame.layout) * options->dpi / 72);
      fit_height = ceil (polku_map_layout_get_height (frame.layout) * options->dpi / 72);
    }
  else
    {
      options->slide_width = MAX (POLKU_EXPORT_SLIDE_WIDTH_MIN, (guint) fit_width);
      while (options->slide_width > POLKU_EXPORT_SLIDE_WIDTH_MIN &&
             options->slide_width * slide_height (options) > POLKU_RENDER_MAX_PIXELS)
        options->slide_width--;
      fit_width = options->slide_width;
      fit_height = slide_height (options);
    }
  if (width != NULL)
    *width = fit_width;
  if (height != NULL)
    *height = fit_height;
  return TRUE;
}

static GBytes *
write_png (const Frame  *frame,
           GError      **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  GBytes *bytes = NULL;
  double fit_width, fit_height;

  largest_image (frame->width, frame->height, &fit_width, &fit_height);
  if (fit_width < frame->width || fit_height < frame->height)
    {
      g_set_error (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET,
                   /* Translators: the width and height of an image in pixels, the most pixels an image may have in millions, then the largest width and height of that shape */
                   _("The image would be %.0f × %.0f pixels, more than the %.0f million an image may have; "
                     "%.0f × %.0f pixels is the largest of its shape"),
                   frame->width, frame->height, POLKU_RENDER_MAX_PIXELS / 1e6, fit_width, fit_height);
      return NULL;
    }
  if (!polku_render_budget_check_pixels (polku_render_budget_get_default (), frame->width,
                                         frame->height, error))
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) frame->width, (int) frame->height);
  cr = cairo_create (surface);
  _polku_export_frame_draw (frame, cr);

  status = cairo_status (cr);
  cairo_destroy (cr);
  if (check_status (status, error))
    bytes = polku_export_surface_to_png (surface, error);

  cairo_surface_destroy (surface);
  return bytes;
}

static GBytes *
write_image (PolkuJourney             *journey,
             PolkuCatalog             *catalog,
             int                       phase,
             PolkuExportFormat         format,
             const PolkuExportOptions *options,
             GError                  **error)
{
  g_auto(PolkuExportFrame) frame = { 0 };

  _polku_export_frame_init (&frame, journey, catalog, phase, format, options);
  return format == POLKU_EXPORT_FORMAT_PNG ? write_png (&frame, error) : write_svg (&frame, error);
}

GArray *
_polku_export_image_phases (PolkuJourney             *journey,
                            const PolkuExportOptions *options)
{
  GArray *phases = g_array_new (FALSE, FALSE, sizeof (int));
  int whole = -1;

  for (int kind = 0; options->image_layout == POLKU_IMAGE_LAYOUT_PHASES && kind < POLKU_N_PHASE_KINDS; kind++)
    if (polku_phase_get_n_steps (polku_journey_get_phase (journey, kind)) > 0)
      g_array_append_val (phases, kind);
  /* The whole map, or a slide of it when no phase has steps. */
  if (phases->len == 0)
    g_array_append_val (phases, whole);
  return phases;
}

GPtrArray *
polku_export_journey_to_images (PolkuJourney             *journey,
                                PolkuExportFormat         format,
                                const PolkuExportOptions *options,
                                GError                  **error)
{
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(PolkuCatalog) catalog = NULL;
  g_autoptr(GArray) phases = NULL;
  PolkuExportOptions defaults;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (format == POLKU_EXPORT_FORMAT_PNG || format == POLKU_EXPORT_FORMAT_SVG, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      polku_export_options_init (&defaults);
      options = &defaults;
    }
  g_return_val_if_fail (options->image_layout < POLKU_N_IMAGE_LAYOUTS, NULL);
  if (!polku_render_budget_check_journey (polku_render_budget_get_default (), journey, error))
    return NULL;

  catalog = _polku_map_catalog_new (journey, options->language);
  phases = _polku_export_image_phases (journey, options);
  for (guint i = 0; i < phases->len; i++)
    {
      GBytes *image = write_image (journey, catalog, g_array_index (phases, int, i), format, options, error);

      if (image == NULL ||
          !polku_render_budget_check_time (polku_render_budget_get_default (), start, error))
        {
          g_clear_pointer (&image, g_bytes_unref);
          return NULL;
        }
      g_ptr_array_add (images, image);
    }
  return g_steal_pointer (&images);
}

char *
polku_export_get_image_filename (const char *filename,
                                 guint       index,
                                 guint       n)
{
  const char *basename;
  const char *dot;

  g_return_val_if_fail (filename != NULL, NULL);

  if (n <= 1)
    return g_strdup (filename);
  basename = strrchr (filename, G_DIR_SEPARATOR);
  basename = basename != NULL ? basename + 1 : filename;
  dot = strrchr (basename, '.');
  if (dot == NULL || dot == basename)
    return g_strdup_printf ("%s-%u", filename, index + 1);
  return g_strdup_printf ("%.*s-%u%s", (int) (dot - filename), filename, index + 1, dot);
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
  g_autoptr(GPtrArray) images = NULL;
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
    case POLKU_EXPORT_FORMAT_PNG:
      images = polku_export_journey_to_images (journey, format, options, error);
      if (images == NULL)
        return NULL;
      /* The first of the phases' slides. */
      return g_bytes_ref (g_ptr_array_index (images, 0));

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
  g_autoptr(GPtrArray) images = NULL;
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

  if (format == POLKU_EXPORT_FORMAT_PDF)
    {
      GBytes *bytes = polku_export_journey_to_bytes_with_options (journey, format, options, error);

      images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
      if (bytes != NULL)
        g_ptr_array_add (images, bytes);
    }
  else
    images = polku_export_journey_to_images (journey, format, options, error);
  if (images == NULL || images->len == 0)
    {
      /* Translators: %s is a file name; the reason follows */
      g_prefix_error (error, _("Cannot export to “%s”: "), display_name);
      return FALSE;
    }

  /* Each written beside the old file and renamed over it once complete. */
  for (guint i = 0; i < images->len; i++)
    {
      g_autofree char *path = polku_export_get_image_filename (filename, i, images->len);

      if (!polku_file_write_path (path, g_ptr_array_index (images, i), NULL, error))
        {
          g_autofree char *name = g_filename_display_name (path);

          g_prefix_error (error, _("Cannot export to “%s”: "), name);
          return FALSE;
        }
    }
  return TRUE;
}
