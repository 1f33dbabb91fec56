/* polku-svg-text.c: a searchable text layer for SVG maps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "polku-map-layout-private.h"
#include "polku-svg-text-private.h"
#include "polku-text-private.h"

/* The text escaped, and with the line breaks it was made of where a
 * layout of many paragraphs has line separators. */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_auto(GStrv) lines = NULL;

  if (strstr (escaped, POLKU_TEXT_LINE_SEPARATOR) == NULL)
    {
      g_string_append (out, escaped);
      return;
    }
  lines = g_strsplit (escaped, POLKU_TEXT_LINE_SEPARATOR, -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, lines[i]);
    }
}

static void
append_text_element (const PolkuMapText *text,
                     gpointer            user_data)
{
  GString *out = user_data;
  const PangoFontDescription *font = pango_layout_get_font_description (text->layout);
  double baseline = text->y + (double) pango_layout_get_baseline (text->layout) / PANGO_SCALE;
  char x[G_ASCII_DTOSTR_BUF_SIZE];
  char y[G_ASCII_DTOSTR_BUF_SIZE];
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  /* Numbers in SVG take a full stop whatever the locale. */
  g_ascii_formatd (x, sizeof x, "%.2f", text->x);
  g_ascii_formatd (y, sizeof y, "%.2f", baseline);
  g_ascii_formatd (size, sizeof size, "%.2f",
                   (double) pango_font_description_get_size (font) / PANGO_SCALE);

  g_string_append_printf (out, "<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s>",
                          x, y, size,
                          pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD ?
                          " font-weight=\"bold\"" : "");
  append_escaped (out, pango_layout_get_text (text->layout));
  g_string_append (out, "</text>\n");
}

GBytes *
_polku_svg_add_text_layer (PolkuMapLayout  *layout,
                           double           x,
                           double           y,
                           double           scale,
                           const char      *svg,
                           gsize            length,
                           GError         **error)
{
  g_autoptr(GString) out = NULL;
  const char *root;
  const char *root_end;
  const char *end;

  g_return_val_if_fail (POLKU_IS_MAP_LAYOUT (layout), NULL);
  g_return_val_if_fail (svg != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = g_strstr_len (svg, length, "<svg");
  root_end = root != NULL ? memchr (root, '>', length - (root - svg)) : NULL;
  end = g_strrstr_len (svg, length, "</svg>");
  if (root_end == NULL || end == NULL || end < root_end)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           /* Translators: cairo made an SVG document that Polku could not complete */
                           _("The drawing library wrote an SVG document without an <svg> element"));
      return NULL;
    }

  out = g_string_sized_new (length + 4096);
  g_string_append_len (out, svg, root_end + 1 - svg);

  g_string_append (out, "\n<title>");
  append_escaped (out, pango_layout_get_text (layout->title.layout));
  g_string_append (out, "</title>");

  g_string_append_len (out, root_end + 1, end - (root_end + 1));

  g_string_append (out, "<g id=\"polku-text\" fill=\"black\" fill-opacity=\"0\" stroke=\"none\" "
                        "font-family=\"" POLKU_TEXT_FONT_FAMILY "\"");
  if (x != 0 || y != 0 || scale != 1)
    {
      char tx[G_ASCII_DTOSTR_BUF_SIZE];
      char ty[G_ASCII_DTOSTR_BUF_SIZE];
      char ts[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, " transform=\"translate(%s %s) scale(%s)\"",
                              g_ascii_formatd (tx, sizeof tx, "%.3f", x),
                              g_ascii_formatd (ty, sizeof ty, "%.3f", y),
                              g_ascii_formatd (ts, sizeof ts, "%.5f", scale));
    }
  g_string_append (out, ">\n");
  _polku_map_layout_foreach_text (layout, append_text_element, out);
  g_string_append (out, "</g>\n");

  g_string_append_len (out, end, length - (end - svg));

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
