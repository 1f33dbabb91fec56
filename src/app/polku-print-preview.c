/* polku-print-preview.c: the pages of a print, before they are printed
 *
 * GTK's print dialog shows a preview in an application of the desktop,
 * which may not be installed; this one needs none, and draws the pages
 * with the same renderer that prints them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-print-preview.h"

#define PAGE_MARGIN 18.0   /* around the page, in pixels */

struct _PolkuPrintPreview
{
  AdwWindow    parent_instance;

  GtkWidget   *page_area;
  GtkLabel    *page_label;
  GtkWidget   *previous_button;
  GtkWidget   *next_button;

  PolkuPages  *pages;
  guint        page_nr;
};

G_DEFINE_FINAL_TYPE (PolkuPrintPreview, polku_print_preview, ADW_TYPE_WINDOW)

/* The page on a grey ground, as large as the area lets it be. */
static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  PolkuPrintPreview *self = user_data;
  double page_width, page_height, scale;

  cairo_set_source_rgb (cr, 0.55, 0.57, 0.6);
  cairo_paint (cr);
  if (self->pages == NULL)
    return;

  page_width = polku_pages_get_page_width (self->pages);
  page_height = polku_pages_get_page_height (self->pages);
  scale = MIN ((width - 2 * PAGE_MARGIN) / page_width, (height - 2 * PAGE_MARGIN) / page_height);
  if (scale <= 0)
    return;

  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_clip (cr);
  polku_pages_draw_page (self->pages, cr, self->page_nr);
}

static void
update_page (PolkuPrintPreview *self)
{
  guint n_pages = self->pages != NULL ? polku_pages_get_n_pages (self->pages) : 0;
  g_autofree char *label = NULL;

  /* Translators: in the print preview, the page shown and how many there are */
  label = g_strdup_printf (_("Page %u of %u"), self->page_nr + 1, n_pages);
  gtk_label_set_text (self->page_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page_nr > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->page_nr + 1 < n_pages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_queue_draw (self->page_area);
}

void
polku_print_preview_set_page (PolkuPrintPreview *self,
                              guint              page_nr)
{
  g_return_if_fail (POLKU_IS_PRINT_PREVIEW (self));

  if (self->pages == NULL)
    return;
  self->page_nr = MIN (page_nr, polku_pages_get_n_pages (self->pages) - 1);
  update_page (self);
}

guint
polku_print_preview_get_page (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), 0);

  return self->page_nr;
}

const char *
polku_print_preview_get_page_label (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), NULL);

  return gtk_label_get_text (self->page_label);
}

PolkuPages *
polku_print_preview_get_pages (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), NULL);

  return self->pages;
}

static void
turn_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PolkuPrintPreview *self = POLKU_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.previous") && self->page_nr > 0)
    polku_print_preview_set_page (self, self->page_nr - 1);
  else if (g_str_equal (action_name, "preview.next"))
    polku_print_preview_set_page (self, self->page_nr + 1);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  gtk_window_close (GTK_WINDOW (widget));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.print", NULL);
}

static void
polku_print_preview_dispose (GObject *object)
{
  PolkuPrintPreview *self = (PolkuPrintPreview *) object;

  g_clear_object (&self->pages);

  G_OBJECT_CLASS (polku_print_preview_parent_class)->dispose (object);
}

static void
polku_print_preview_class_init (PolkuPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_print_preview_dispose;

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, turn_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, turn_page_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
polku_print_preview_init (PolkuPrintPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print_button;

  /* Translators: the title of the window that shows the pages of a print before they print */
  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 700);

  self->previous_button = icon_button ("go-previous-symbolic", _("Previous Page"), "preview.previous");
  self->next_button = icon_button ("go-next-symbolic", _("Next Page"), "preview.next");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->previous_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->next_button);
  self->page_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->page_label), "numeric");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->page_label));

  print_button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print_button), "preview.print");
  gtk_widget_add_css_class (print_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print_button);
  gtk_box_append (GTK_BOX (box), header);

  self->page_area = gtk_drawing_area_new ();
  gtk_widget_set_vexpand (self->page_area, TRUE);
  gtk_widget_set_hexpand (self->page_area, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print Preview"), -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->page_area), draw_page, self, NULL);
  gtk_box_append (GTK_BOX (box), self->page_area);

  adw_window_set_content (ADW_WINDOW (self), box);
}

PolkuPrintPreview *
polku_print_preview_new (GtkWindow  *parent,
                         PolkuPages *pages)
{
  PolkuPrintPreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (POLKU_IS_PAGES (pages), NULL);

  self = g_object_new (POLKU_TYPE_PRINT_PREVIEW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->pages = g_object_ref (pages);
  update_page (self);
  return self;
}
