/* polku-inline-text.c: a text view that shows all of its lines, for long
 * texts inside a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-inline-text.h"

struct _PolkuInlineText
{
  GtkTextView parent_instance;

  int         asked;   /* the height last measured, or -1 */
  guint       resize;  /* the tick callback that asks again */
};

G_DEFINE_FINAL_TYPE (PolkuInlineText, polku_inline_text, GTK_TYPE_TEXT_VIEW)

static int
inline_text_get_height (PolkuInlineText *self)
{
  int minimum = 0, natural = 0, minimum_baseline = -1, natural_baseline = -1;

  GTK_WIDGET_CLASS (polku_inline_text_parent_class)->measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, -1,
                                                              &minimum, &natural,
                                                              &minimum_baseline, &natural_baseline);
  return MAX (minimum, natural);
}

static gboolean
inline_text_resize_cb (GtkWidget     *widget,
                       GdkFrameClock *frame_clock,
                       gpointer       user_data)
{
  PolkuInlineText *self = POLKU_INLINE_TEXT (widget);

  self->resize = 0;
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

static void
polku_inline_text_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GTK_WIDGET_CLASS (polku_inline_text_parent_class)->measure (widget, orientation, for_size,
                                                              minimum, natural,
                                                              minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    POLKU_INLINE_TEXT (widget)->asked = MAX (*minimum, *natural);
}

static void
polku_inline_text_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PolkuInlineText *self = POLKU_INLINE_TEXT (widget);

  GTK_WIDGET_CLASS (polku_inline_text_parent_class)->size_allocate (widget, width, height, baseline);

  /* The text is laid out at this width now, and measured again the view
   * asks for what it needs here; at the same width the height stays, so
   * this settles after one more layout. */
  if (self->asked >= 0 && inline_text_get_height (self) != self->asked && self->resize == 0)
    self->resize = gtk_widget_add_tick_callback (widget, inline_text_resize_cb, NULL, NULL);
}

static void
polku_inline_text_dispose (GObject *object)
{
  PolkuInlineText *self = POLKU_INLINE_TEXT (object);

  if (self->resize != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->resize);
      self->resize = 0;
    }

  G_OBJECT_CLASS (polku_inline_text_parent_class)->dispose (object);
}

static void
polku_inline_text_class_init (PolkuInlineTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_inline_text_dispose;
  widget_class->measure = polku_inline_text_measure;
  widget_class->size_allocate = polku_inline_text_size_allocate;
}

static void
polku_inline_text_init (PolkuInlineText *self)
{
  self->asked = -1;
}

GtkWidget *
polku_inline_text_new (void)
{
  return g_object_new (POLKU_TYPE_INLINE_TEXT, NULL);
}
