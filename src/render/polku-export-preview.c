/* polku-export-preview.c: what an export makes, to show before it is made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-export-preview.h"
#include "polku-export-private.h"
#include "polku-render-budget.h"

struct _PolkuExportPreview
{
  GObject      parent_instance;

  double       width;
  double       height;
  /* A PDF's pages, or an image format's frames. */
  PolkuPages  *pages;
  GArray      *frames;   /* PolkuExportFrame */
  GError      *error;
};

G_DEFINE_FINAL_TYPE (PolkuExportPreview, polku_export_preview, G_TYPE_OBJECT)

static void
polku_export_preview_finalize (GObject *object)
{
  PolkuExportPreview *self = (PolkuExportPreview *) object;

  g_clear_object (&self->pages);
  g_clear_pointer (&self->frames, g_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (polku_export_preview_parent_class)->finalize (object);
}

static void
polku_export_preview_class_init (PolkuExportPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = polku_export_preview_finalize;
}

static void
clear_frame (gpointer data)
{
  _polku_export_frame_clear (data);
}

static void
polku_export_preview_init (PolkuExportPreview *self)
{
  self->frames = g_array_new (FALSE, TRUE, sizeof (PolkuExportFrame));
  g_array_set_clear_func (self->frames, clear_frame);
}

PolkuExportPreview *
polku_export_preview_new (PolkuJourney             *journey,
                          PolkuExportFormat         format,
                          const PolkuExportOptions *options)
{
  g_autoptr(PolkuExportPreview) self = NULL;
  g_autoptr(PolkuCatalog) catalog = NULL;
  g_autoptr(GArray) phases = NULL;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (format < POLKU_N_EXPORT_FORMATS, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (POLKU_TYPE_EXPORT_PREVIEW, NULL);
  if (format == POLKU_EXPORT_FORMAT_PDF)
    {
      PolkuPagesOptions pages_options;

      polku_paper_get_size (options->paper, options->orientation, &self->width, &self->height);
      polku_export_options_get_pages (options, &pages_options);
      self->pages = polku_pages_new_with_options (journey, &pages_options, self->width, self->height);
      polku_pages_check_budget (self->pages, &self->error);
      return g_steal_pointer (&self);
    }

  if (!polku_render_budget_check_journey (polku_render_budget_get_default (), journey, &self->error))
    return g_steal_pointer (&self);
  catalog = _polku_map_catalog_new (journey, options->language);
  phases = _polku_export_image_phases (journey, options);
  for (guint i = 0; i < phases->len; i++)
    {
      PolkuExportFrame frame = { 0 };

      _polku_export_frame_init (&frame, journey, catalog, g_array_index (phases, int, i), format, options);
      g_array_append_val (self->frames, frame);
    }
  self->width = g_array_index (self->frames, PolkuExportFrame, 0).width;
  self->height = g_array_index (self->frames, PolkuExportFrame, 0).height;
  return g_steal_pointer (&self);
}

guint
polku_export_preview_get_n_items (PolkuExportPreview *self)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_PREVIEW (self), 0);

  if (self->pages != NULL)
    return polku_pages_get_n_pages (self->pages);
  return self->frames->len;
}

void
polku_export_preview_get_size (PolkuExportPreview *self,
                               double             *width,
                               double             *height)
{
  g_return_if_fail (POLKU_IS_EXPORT_PREVIEW (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

PolkuPages *
polku_export_preview_get_pages (PolkuExportPreview *self)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_PREVIEW (self), NULL);

  return self->pages;
}

gboolean
polku_export_preview_check (PolkuExportPreview  *self,
                            GError             **error)
{
  g_return_val_if_fail (POLKU_IS_EXPORT_PREVIEW (self), FALSE);

  if (self->error == NULL)
    return TRUE;
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

void
polku_export_preview_draw (PolkuExportPreview *self,
                           cairo_t            *cr,
                           guint               item_nr)
{
  g_return_if_fail (POLKU_IS_EXPORT_PREVIEW (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (item_nr < polku_export_preview_get_n_items (self));

  if (self->pages != NULL)
    polku_pages_draw_page (self->pages, cr, item_nr);
  else
    _polku_export_frame_draw (&g_array_index (self->frames, PolkuExportFrame, item_nr), cr);
}
