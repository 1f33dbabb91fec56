/* polku-text.c: text measured the same way for every output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

/* The narrowest a character is, in ems: a thin space, an i. */
#define NARROWEST_CHAR 0.15

guint
_polku_text_style_get_max_chars (PolkuTextStyle style,
                                 double         width)
{
  g_assert (style < G_N_ELEMENTS (text_styles));

  return (guint) MIN (G_MAXUINT / 2, MAX (0, width) / (text_styles[style].size * NARROWEST_CHAR)) + 1;
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

/* Pango puts the runs of a line in a list, appending each at its end: a
 * line of many runs, as text that changes direction or font at every
 * character makes, takes time in the square of its length (65,536
 * characters that alternate between Latin and Hebrew took 2.9 s). No line
 * is laid out longer than this, wider than an A0 page's body, so that an
 * "unwrapped" text of that kind wraps rather than spends the time; texts
 * are only measured unwrapped, and wrapped again to be shown. */
#define MAX_LINE_WIDTH 4000.0

void
_polku_text_layout_set_width (PangoLayout *layout,
                              double       width)
{
  g_assert (PANGO_IS_LAYOUT (layout));

  /* A word wider than the column is broken rather than cut. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (MIN (width, MAX_LINE_WIDTH) * PANGO_SCALE));
}

/* Pango breaks a word that is wider than its line by measuring the rest of
 * the word's run of text again for every line: the time grows with the
 * square of the word's length (a 32,768-character word took 2.4 s, one of
 * 8,192 characters 0.17 s). A run that an attribute boundary ends is
 * shaped and broken on its own, so a word longer than this many characters
 * is cut into runs of this length by attributes that change nothing else:
 * the text, its characters and what it looks like stay as they are. No
 * word of a real text is that long; a run of this length costs well under a
 * millisecond to break. */
#define UNBROKEN_RUN_LENGTH 256

/* Cuts every run of more than UNBROKEN_RUN_LENGTH characters without white
 * space into runs of that many; NULL for a text without such runs. */
static PangoAttrList *
make_run_breaks (const char *text)
{
  PangoAttrList *attrs = NULL;
  const char *run_start = text;
  guint run_length = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      PangoAttribute *cut;

      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          run_length = 0;
          continue;
        }
      if (run_length == 0)
        run_start = p;
      if (++run_length <= UNBROKEN_RUN_LENGTH)
        continue;

      /* p begins the next run. */
      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      cut = pango_attr_letter_spacing_new (0);
      cut->start_index = run_start - text;
      cut->end_index = p - text;
      pango_attr_list_insert (attrs, cut);
      run_start = p;
      run_length = 1;
    }
  return attrs;
}

/* Pango finds where each paragraph of a text starts by counting from the
 * text's start, so that a text of many paragraphs takes time in the square
 * of its length (32,768 lines took 6.5 s to lay out). The paragraphs of a
 * text of more than this many are laid out as lines of one paragraph,
 * broken by line separators, which look the same. */
#define MAX_PARAGRAPHS 256

/* Pango's paragraph separators: LF, CR, CR LF and U+2029. */
static gsize
paragraph_separator_length (const char *p)
{
  if (p[0] == '\r')
    return p[1] == '\n' ? 2 : 1;
  if (p[0] == '\n')
    return 1;
  if (g_str_has_prefix (p, "\u2029"))
    return strlen ("\u2029");
  return 0;
}

/* The text with its paragraph separators as U+2028 LINE SEPARATOR when it
 * has more than MAX_PARAGRAPHS paragraphs; NULL when it has no more. */
static char *
join_paragraphs (const char *text)
{
  GString *joined;
  guint n_paragraphs = 1;

  for (const char *p = text; *p != '\0' && n_paragraphs <= MAX_PARAGRAPHS; p++)
    if (paragraph_separator_length (p) > 0)
      {
        n_paragraphs++;
        p += paragraph_separator_length (p) - 1;
      }
  if (n_paragraphs <= MAX_PARAGRAPHS)
    return NULL;

  joined = g_string_sized_new (strlen (text) * 3 / 2);
  for (const char *p = text; *p != '\0';)
    {
      gsize length = paragraph_separator_length (p);

      if (length > 0)
        g_string_append (joined, POLKU_TEXT_LINE_SEPARATOR);
      else
        g_string_append_c (joined, *p);
      p += MAX (length, 1);
    }
  return g_string_free (joined, FALSE);
}

PangoLayout *
_polku_text_layout_new (PangoContext   *context,
                        PolkuTextStyle  style,
                        const char     *text,
                        double          width)
{
  PangoLayout *layout;
  PangoFontDescription *description;
  PangoAttrList *attrs;
  g_autofree char *joined = NULL;

  g_assert (PANGO_IS_CONTEXT (context));
  g_assert (text != NULL);

  joined = join_paragraphs (text);
  if (joined != NULL)
    text = joined;
  /* Wrapping costs time: a text too short for a line of MAX_LINE_WIDTH,
   * in bytes even, is not wrapped there. */
  if (width < 0 && strlen (text) > _polku_text_style_get_max_chars (style, MAX_LINE_WIDTH))
    width = MAX_LINE_WIDTH;

  layout = pango_layout_new (context);
  description = font_description_new (style);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  _polku_text_layout_set_width (layout, width);
  attrs = make_run_breaks (text);
  if (attrs != NULL)
    {
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Whether Pango breaks text into paragraphs. */
static gboolean
has_paragraphs (const char *text)
{
  return strpbrk (text, "\r\n") != NULL || strstr (text, "\u2029") != NULL;
}

PangoLayout *
_polku_text_layout_new_clipped (PangoContext   *context,
                                PolkuTextStyle  style,
                                const char     *text,
                                double          width,
                                guint           max_lines)
{
  PangoLayout *layout;
  PangoLayoutIter *iter;
  PangoLayoutLine *last;
  PangoRectangle logical;
  g_autofree char *head = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *cut = NULL;
  const char *end = text;
  guint most;
  guint n_lines;
  gboolean goes_on;

  g_assert (max_lines > 0);
  g_assert (width > 0);

  /* No more of a long text than the lines can show is laid out: Pango
   * would lay out all of it first. */
  most = max_lines * _polku_text_style_get_max_chars (style, width);
  for (guint i = 0; i < most && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  goes_on = *end != '\0';
  head = g_strndup (text, end - text);

  if (max_lines == 1 && !has_paragraphs (head))
    {
      /* A height of 0 is one line, ending in an ellipsis where the
       * paragraph goes on. */
      cut = g_strconcat (head, goes_on ? "…" : "", NULL);
      layout = _polku_text_layout_new (context, style, cut, width);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, 0);
      return layout;
    }

  layout = _polku_text_layout_new (context, style, head, width);
  n_lines = pango_layout_get_line_count (layout);
  if (!goes_on && n_lines <= max_lines)
    return layout;

  /* The lines that fit, and an ellipsis after them: Pango puts none where
   * it leaves out whole paragraphs. Should the ellipsis take another
   * line, Pango ends the last one with its own. */
  n_lines = MIN (n_lines, max_lines);
  iter = pango_layout_get_iter (layout);
  for (guint i = 1; i < n_lines; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);
  last = pango_layout_get_line_readonly (layout, n_lines - 1);
  shown = g_strndup (pango_layout_get_text (layout), last->start_index + last->length);
  g_object_unref (layout);
  g_strchomp (shown);
  cut = g_strconcat (shown, "…", NULL);

  layout = _polku_text_layout_new (context, style, cut, width);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, logical.y + logical.height);
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
