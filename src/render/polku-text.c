/* polku-text.c: text measured the same way for every output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-text-private.h"

typedef struct
{
  double      size;
  PangoWeight weight;
  PangoStyle  style;
} TextStyle;

/* On the map, nothing is smaller than 11 points, which the screen shows as
 * 11 pixels at 100 %; the pages' running heads and handouts are print. */
static const TextStyle text_styles[] = {
  [POLKU_TEXT_TITLE] = { 22, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_SUBTITLE] = { 13, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_CAPTION] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_LEGEND] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_PHASE] = { 12.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_STEP] = { 11.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_LANE] = { 11, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_CARD_NAME] = { 11.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_CARD_DETAIL] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_TAG] = { 11, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_AXIS] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_VALUE] = { 11, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_PLACEHOLDER] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },
  [POLKU_TEXT_CELL] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_LANE_FIELD] = { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_PAGE] = { 8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_PAGE_MARK] = { 9, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_HANDOUT_TITLE] = { 16, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_HANDOUT_HEADING] = { 13, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_HANDOUT_NAME] = { 11.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_HANDOUT_LABEL] = { 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [POLKU_TEXT_HANDOUT_BODY] = { 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_styles) == POLKU_TEXT_N_STYLES);

double
_polku_text_style_get_size (PolkuTextStyle style)
{
  g_assert (style < G_N_ELEMENTS (text_styles));

  return text_styles[style].size;
}

/* Font maps are not thread-safe, and making one loads the font
 * configuration: one per thread, kept for the thread's life. */
static void
unref_font_map (gpointer font_map)
{
  g_object_unref (font_map);
}

static GPrivate font_map_key = G_PRIVATE_INIT (unref_font_map);

static PangoFontMap *
get_font_map (void)
{
  PangoFontMap *font_map = g_private_get (&font_map_key);

  if (font_map == NULL)
    {
      font_map = pango_cairo_font_map_new ();
      /* One point is one unit of map coordinates. */
      pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (font_map), 72);
      g_private_set (&font_map_key, font_map);
    }
  return font_map;
}

PangoContext *
_polku_text_context_new (void)
{
  PangoContext *context;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (get_font_map ());

  /* Hinted metrics and rounded glyph positions depend on the device and
   * the zoom; without them text measures the same everywhere. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

static PangoFontDescription *
font_description_new (PolkuTextStyle style)
{
  PangoFontDescription *description;

  g_assert (style < G_N_ELEMENTS (text_styles));

  description = pango_font_description_new ();
  pango_font_description_set_family_static (description, POLKU_TEXT_FONT_FAMILY);
  pango_font_description_set_size (description, text_styles[style].size * PANGO_SCALE);
  pango_font_description_set_weight (description, text_styles[style].weight);
  pango_font_description_set_style (description, text_styles[style].style);
  return description;
}

void
_polku_text_layout_set_width (PangoLayout *layout,
                              double       width)
{
  g_assert (PANGO_IS_LAYOUT (layout));

  /* A word wider than the column is broken rather than cut. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
}

PangoLayout *
_polku_text_layout_new (PangoContext   *context,
                        PolkuTextStyle  style,
                        const char     *text,
                        double          width)
{
  PangoLayout *layout;
  PangoFontDescription *description;

  g_assert (PANGO_IS_CONTEXT (context));
  g_assert (text != NULL);

  layout = pango_layout_new (context);
  description = font_description_new (style);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  _polku_text_layout_set_width (layout, width);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
_polku_text_layout_get_size (PangoLayout *layout,
                             double      *width,
                             double      *height)
{
  PangoRectangle logical;

  g_assert (PANGO_IS_LAYOUT (layout));

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) (logical.x + logical.width) / PANGO_SCALE;
  if (height != NULL)
    *height = (double) (logical.y + logical.height) / PANGO_SCALE;
}
