/* polku-page-thumbnails.c: the pages or images of an export, small
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-page-thumbnails.h"

#define THUMBNAIL_HEIGHT 150
#define THUMBNAIL_MAX_WIDTH 300
#define MAX_THUMBNAILS   24
#define SPACING          12

struct _PolkuPageThumbnails
{
  GtkWidget           parent_instance;

  GtkWidget          *scrolled;
  GtkWidget          *box;
  PolkuExportPreview *preview;
  guint               n_shown;
};

G_DEFINE_FINAL_TYPE (PolkuPageThumbnails, polku_page_thumbnails, GTK_TYPE_WIDGET)

typedef struct
{
  PolkuExportPreview *preview;
  guint               item_nr;
} Thumbnail;

static void
thumbnail_free (gpointer data)
{
  Thumbnail *thumbnail = data;

  g_clear_object (&thumbnail->preview);
  g_free (thumbnail);
}

/* The page on white, scaled to the area, with a thin edge. */
static void
draw_thumbnail (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  Thumbnail *thumbnail = user_data;
  double page_width, page_height;

  polku_export_preview_get_size (thumbnail->preview, &page_width, &page_height);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_scale (cr, width / page_width, height / page_height);
  polku_export_preview_draw (thumbnail->preview, cr, thumbnail->item_nr);
  cairo_restore (cr);

  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
clear_children (PolkuPageThumbnails *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->n_shown = 0;
}

void
polku_page_thumbnails_set_preview (PolkuPageThumbnails *self,
                                   PolkuExportPreview  *preview)
{
  double page_width, page_height;
  int width;
  guint n_items;

  g_return_if_fail (POLKU_IS_PAGE_THUMBNAILS (self));
  g_return_if_fail (preview == NULL || POLKU_IS_EXPORT_PREVIEW (preview));

  if (!g_set_object (&self->preview, preview))
    return;
  clear_children (self);
  if (preview == NULL || !polku_export_preview_check (preview, NULL))
    return;

  n_items = polku_export_preview_get_n_items (preview);
  polku_export_preview_get_size (preview, &page_width, &page_height);
  width = MIN (THUMBNAIL_MAX_WIDTH, MAX (1, (int) (THUMBNAIL_HEIGHT * page_width / page_height + 0.5)));
  for (guint i = 0; i < MIN (n_items, MAX_THUMBNAILS); i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      Thumbnail *thumbnail = g_new0 (Thumbnail, 1);
      g_autofree char *name = NULL;

      thumbnail->preview = g_object_ref (preview);
      thumbnail->item_nr = i;
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), width);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           (int) (width * page_height / page_width + 0.5));
      gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_thumbnail, thumbnail, thumbnail_free);
      /* Translators: what a screen reader says of the preview of a page of an export */
      name = g_strdup_printf (_("Page %u of %u"), i + 1, n_items);
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (GTK_BOX (self->box), area);
      self->n_shown++;
    }
  if (n_items > MAX_THUMBNAILS)
    {
      g_autofree char *more = NULL;
      GtkWidget *label;

      /* Translators: after the previews of the first pages of an export, how many more it has */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                           n_items - MAX_THUMBNAILS),
                              n_items - MAX_THUMBNAILS);
      label = gtk_label_new (more);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->box), label);
    }
}

PolkuExportPreview *
polku_page_thumbnails_get_preview (PolkuPageThumbnails *self)
{
  g_return_val_if_fail (POLKU_IS_PAGE_THUMBNAILS (self), NULL);

  return self->preview;
}

guint
polku_page_thumbnails_get_n_shown (PolkuPageThumbnails *self)
{
  g_return_val_if_fail (POLKU_IS_PAGE_THUMBNAILS (self), 0);

  return self->n_shown;
}

static void
polku_page_thumbnails_dispose (GObject *object)
{
  PolkuPageThumbnails *self = (PolkuPageThumbnails *) object;

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (polku_page_thumbnails_parent_class)->dispose (object);
}

static void
polku_page_thumbnails_class_init (PolkuPageThumbnailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_page_thumbnails_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pagethumbnails");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
polku_page_thumbnails_init (PolkuPageThumbnails *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, SPACING);
  gtk_widget_set_margin_top (self->box, SPACING / 2);
  gtk_widget_set_margin_bottom (self->box, SPACING / 2);
  gtk_widget_set_halign (self->box, GTK_ALIGN_CENTER);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->box);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  /* Translators: what a screen reader says of the export dialog's row of page previews */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview"), -1);
}

GtkWidget *
polku_page_thumbnails_new (void)
{
  return g_object_new (POLKU_TYPE_PAGE_THUMBNAILS, NULL);
}
