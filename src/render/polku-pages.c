/* polku-pages.c: a journey map printed on pages
 *
 * The pages share a running head and foot; a fitted map is laid out here,
 * posters and handouts in files of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-map-draw.h"
#include "polku-pages-private.h"
#include "polku-palette.h"
#include "polku-text-cache-private.h"

#define RULE_WIDTH   0.5
#define POSTER_INSET 24.0  /* clear of the crop marks */
#define ERROR_LINES  12    /* of the message on the page of a journey over the budget */

G_DEFINE_FINAL_TYPE (PolkuPages, polku_pages, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_CATALOG,
  PROP_MODE,
  PROP_PAGE_WIDTH,
  PROP_PAGE_HEIGHT,
  PROP_POSTER_SCALE,
  PROP_POSTER_COLUMNS,
  PROP_POSTER_ROWS,
  PROP_HANDOUT_PHASES,
  PROP_HANDOUT_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const mode_names[] = {
  [POLKU_PRINT_MODE_FIT] = "fit",
  [POLKU_PRINT_MODE_POSTER] = "poster",
  [POLKU_PRINT_MODE_HANDOUT] = "handout",
};

G_STATIC_ASSERT (G_N_ELEMENTS (mode_names) == POLKU_N_PRINT_MODES);

const char *
polku_print_mode_to_string (PolkuPrintMode mode)
{
  g_return_val_if_fail (mode < POLKU_N_PRINT_MODES, NULL);

  return mode_names[mode];
}

gboolean
polku_print_mode_from_string (const char     *name,
                              PolkuPrintMode *mode)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < POLKU_N_PRINT_MODES; i++)
    if (g_ascii_strcasecmp (name, mode_names[i]) == 0)
      {
        if (mode != NULL)
          *mode = i;
        return TRUE;
      }
  return FALSE;
}

PolkuOrientation
polku_print_mode_get_default_orientation (PolkuPrintMode mode)
{
  g_return_val_if_fail (mode < POLKU_N_PRINT_MODES, POLKU_ORIENTATION_LANDSCAPE);

  return mode == POLKU_PRINT_MODE_HANDOUT ? POLKU_ORIENTATION_PORTRAIT : POLKU_ORIENTATION_LANDSCAPE;
}

void
polku_pages_options_init (PolkuPagesOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (PolkuPagesOptions) {
    .mode = POLKU_PRINT_MODE_FIT,
    .poster_scale = POLKU_POSTER_SCALE_DEFAULT,
  };
}

const char *
polku_print_mode_get_label (PolkuPrintMode mode)
{
  switch (mode)
    {
    case POLKU_PRINT_MODE_FIT:
      /* Translators: a way to print the journey map */
      return _("Fit to one page");
    case POLKU_PRINT_MODE_POSTER:
      /* Translators: a way to print the journey map */
      return _("Poster");
    case POLKU_PRINT_MODE_HANDOUT:
      /* Translators: a way to print the journey map */
      return _("Training handout");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_print_mode_get_description (PolkuPrintMode mode)
{
  switch (mode)
    {
    case POLKU_PRINT_MODE_FIT:
      return _("The map scaled down to fit one sheet, its columns wrapped into rows");
    case POLKU_PRINT_MODE_POSTER:
      return _("The map at a chosen size, tiled over sheets to trim and join along the marks");
    case POLKU_PRINT_MODE_HANDOUT:
      return _("For the front line: a cover with the map, its legend and what to fix first, then each step with its part of the map and its touchpoints");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The fitted map: as large as the body lets it, never above 100 %. */
static void
lay_out_fit (PolkuPages *self)
{
  double width, height;

  self->map = _polku_map_layout_new_full (self->journey, self->catalog, -1,
                                          self->body.width, self->body.height);
  width = polku_map_layout_get_width (self->map);
  height = polku_map_layout_get_height (self->map);
  self->map_scale = MIN (1.0, MIN (self->body.width / width, self->body.height / height));
  self->map_x = self->body.x + (self->body.width - width * self->map_scale) / 2;
  self->map_y = self->body.y + (self->body.height - height * self->map_scale) / 2;
  self->n_pages = 1;
  self->smallest_text = _polku_map_layout_get_smallest_text_size (self->map) * self->map_scale;
}

static void
draw_fit (PolkuPages *self,
          cairo_t    *cr)
{
  cairo_save (cr);
  cairo_translate (cr, self->map_x, self->map_y);
  cairo_scale (cr, self->map_scale, self->map_scale);
  cairo_rectangle (cr, 0, 0, polku_map_layout_get_width (self->map),
                   polku_map_layout_get_height (self->map));
  cairo_clip (cr);
  polku_map_draw (self->map, cr, polku_palette_light ());
  cairo_restore (cr);
}

static char *
dup_date (PolkuPages *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  char *date = _polku_map_format_journey_date (self->journey, self->catalog);

  if (date != NULL)
    return date;
  now = g_date_time_new_now_local ();
  today = polku_catalog_format_date (self->catalog, now);
  /* Translators: in the running head of a printed map whose journey has no date; %s is today's date */
  return g_strdup_printf (polku_catalog_gettext (self->catalog, "Printed %s"), today);
}

static void
polku_pages_constructed (GObject *object)
{
  PolkuPages *self = (PolkuPages *) object;
  const char *title;

  G_OBJECT_CLASS (polku_pages_parent_class)->constructed (object);

  g_assert (POLKU_IS_JOURNEY (self->journey));

  if (self->catalog == NULL)
    self->catalog = _polku_map_catalog_new (self->journey, NULL);
  title = polku_journey_get_title (self->journey);
  self->title = g_strdup (title != NULL && title[0] != '\0'
                          ? title : polku_catalog_gettext (self->catalog, "Untitled journey"));
  self->date = dup_date (self);

  self->body = (PolkuRect) {
    POLKU_PAGE_MARGIN,
    POLKU_PAGE_MARGIN + POLKU_PAGE_HEAD,
    self->page_width - 2 * POLKU_PAGE_MARGIN,
    self->page_height - 2 * POLKU_PAGE_MARGIN - POLKU_PAGE_HEAD - POLKU_PAGE_FOOT
  };

  /* A journey over the budget is not laid out at all: its one page says
   * why. So is one whose pages would be too many. */
  if (polku_render_budget_check_journey (polku_render_budget_get_default (), self->journey,
                                         &self->error))
    {
      switch (self->mode)
        {
        case POLKU_PRINT_MODE_POSTER:
          _polku_pages_poster_lay_out (self);
          break;

        case POLKU_PRINT_MODE_HANDOUT:
          _polku_pages_handout_lay_out (self);
          break;

        case POLKU_PRINT_MODE_FIT:
        default:
          lay_out_fit (self);
          break;
        }
    }
  if (self->error != NULL)
    {
      g_clear_object (&self->map);
      g_clear_pointer (&self->handout_pages, g_ptr_array_unref);
      self->n_pages = 1;
      self->smallest_text = _polku_text_style_get_size (POLKU_TEXT_HANDOUT_BODY);
    }

  /* The running head and foot. */
  self->smallest_text = MIN (self->smallest_text, _polku_text_style_get_size (POLKU_TEXT_PAGE));
}

/* A line of the head or foot, cut with an ellipsis when it is too long;
 * laid out once for all the pages that show it. (transfer none) */
static PangoLayout *
get_running_layout (PolkuPages     *self,
                    const char     *text,
                    double          width,
                    PangoAlignment  alignment)
{
  g_autofree char *key = g_strdup_printf ("%.2f %d %s", width, alignment, text);
  PangoLayout *layout = g_hash_table_lookup (self->running_texts, key);

  if (layout == NULL)
    {
      layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (), POLKU_TEXT_PAGE,
                                               text, width, 1);
      pango_layout_set_alignment (layout, alignment);
      g_hash_table_insert (self->running_texts, g_steal_pointer (&key), layout);
    }
  return layout;
}

static void
draw_running_text (PolkuPages       *self,
                   cairo_t          *cr,
                   const char       *text,
                   double            x,
                   double            y,
                   double            width,
                   PangoAlignment    alignment,
                   gboolean          bottom,
                   const PolkuColor *color)
{
  PangoLayout *layout;
  double height;

  if (text == NULL || width <= 0)
    return;
  layout = get_running_layout (self, text, width, alignment);
  _polku_text_layout_get_size (layout, NULL, &height);
  cairo_move_to (cr, x, bottom ? y - height : y);
  polku_cairo_set_source_color (cr, color);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_head_and_foot (PolkuPages *self,
                    cairo_t    *cr,
                    guint       page_nr)
{
  const PolkuPalette *palette = polku_palette_light ();
  g_autofree char *page = NULL;
  g_autofree char *label = NULL;
  /* A poster's crop marks stand at the corners of its body: its head and
   * foot keep clear of them, and have no rules. */
  gboolean poster = self->mode == POLKU_PRINT_MODE_POSTER;
  double inset = poster ? POSTER_INSET : 0;
  double left = POLKU_PAGE_MARGIN + inset;
  double width = self->page_width - 2 * left;
  double top = POLKU_PAGE_MARGIN;
  double bottom = self->page_height - POLKU_PAGE_MARGIN;

  draw_running_text (self, cr, self->title, left, top, width * 0.7, PANGO_ALIGN_LEFT, FALSE,
                     &palette->text);
  draw_running_text (self, cr, self->date, left + width * 0.7, top, width * 0.3, PANGO_ALIGN_RIGHT,
                     FALSE, &palette->text_muted);

  if (!poster)
    {
      cairo_save (cr);
      polku_cairo_set_source_color (cr, &palette->rule);
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_move_to (cr, left, top + POLKU_PAGE_HEAD - 5);
      cairo_line_to (cr, left + width, top + POLKU_PAGE_HEAD - 5);
      cairo_move_to (cr, left, bottom - POLKU_PAGE_FOOT + 5);
      cairo_line_to (cr, left + width, bottom - POLKU_PAGE_FOOT + 5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (self->error != NULL)
    label = NULL;
  else if (self->mode == POLKU_PRINT_MODE_POSTER)
    label = _polku_pages_poster_dup_foot (self, page_nr);
  else if (self->mode == POLKU_PRINT_MODE_HANDOUT)
    label = _polku_pages_handout_dup_foot (self, page_nr);
  /* A poster's foot has its sheet plan in the middle. */
  draw_running_text (self, cr, label, left, bottom, width * (poster ? 0.5 : 0.7),
                     PANGO_ALIGN_LEFT, TRUE, &palette->text_muted);

  /* Translators: in the foot of every printed page */
  page = g_strdup_printf (polku_catalog_gettext (self->catalog, "Page %u of %u"),
                          page_nr + 1, self->n_pages);
  draw_running_text (self, cr, page, left + width * 0.7, bottom, width * 0.3, PANGO_ALIGN_RIGHT,
                     TRUE, &palette->text);
}

/* The page of a journey over the budget: why it is not printed. */
static void
draw_error (PolkuPages *self,
            cairo_t    *cr)
{
  g_autoptr(PangoLayout) layout = NULL;

  layout = _polku_text_layout_new_clipped (_polku_text_cache_get_context (), POLKU_TEXT_HANDOUT_BODY,
                                           self->error->message, self->body.width, ERROR_LINES);
  cairo_save (cr);
  cairo_rectangle (cr, self->body.x, self->body.y, self->body.width, self->body.height);
  cairo_clip (cr);
  cairo_move_to (cr, self->body.x, self->body.y);
  polku_cairo_set_source_color (cr, &polku_palette_light ()->alert);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

void
polku_pages_draw_page (PolkuPages *self,
                       cairo_t    *cr,
                       guint       page_nr)
{
  g_return_if_fail (POLKU_IS_PAGES (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr < self->n_pages);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  polku_cairo_set_source_color (cr, &polku_palette_light ()->background);
  cairo_fill (cr);

  if (self->error != NULL)
    draw_error (self, cr);
  else
    switch (self->mode)
      {
      case POLKU_PRINT_MODE_POSTER:
        _polku_pages_poster_draw (self, cr, page_nr);
        break;

      case POLKU_PRINT_MODE_HANDOUT:
        _polku_pages_handout_draw (self, cr, page_nr);
        break;

      case POLKU_PRINT_MODE_FIT:
      default:
        draw_fit (self, cr);
        break;
      }

  draw_head_and_foot (self, cr, page_nr);
  cairo_restore (cr);
}

static void
polku_pages_finalize (GObject *object)
{
  PolkuPages *self = (PolkuPages *) object;

  g_clear_object (&self->map);
  g_clear_pointer (&self->handout_pages, g_ptr_array_unref);
  g_clear_object (&self->overview);
  g_clear_pointer (&self->handout_steps, g_hash_table_unref);
  g_clear_pointer (&self->cuts_x, g_array_unref);
  g_clear_pointer (&self->cuts_y, g_array_unref);
  g_clear_pointer (&self->sheets, g_array_unref);
  g_clear_pointer (&self->running_texts, g_hash_table_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->catalog);
  g_clear_object (&self->journey);
  g_free (self->title);
  g_free (self->date);

  G_OBJECT_CLASS (polku_pages_parent_class)->finalize (object);
}

static void
polku_pages_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PolkuPages *self = POLKU_PAGES (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;

    case PROP_PAGE_WIDTH:
      g_value_set_double (value, self->page_width);
      break;

    case PROP_PAGE_HEIGHT:
      g_value_set_double (value, self->page_height);
      break;

    case PROP_POSTER_SCALE:
      g_value_set_double (value, self->poster_scale);
      break;

    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_POSTER_COLUMNS:
      g_value_set_uint (value, self->poster_columns);
      break;

    case PROP_POSTER_ROWS:
      g_value_set_uint (value, self->poster_rows);
      break;

    case PROP_HANDOUT_PHASES:
      g_value_set_uint (value, self->handout_phases);
      break;

    case PROP_HANDOUT_STEPS:
      g_value_take_boxed (value, self->handout_steps != NULL
                                 ? g_hash_table_get_keys_as_array (self->handout_steps, NULL)
                                 : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The ids as a set. */
static GHashTable *
new_id_set (const char * const *ids)
{
  GHashTable *set;

  if (ids == NULL)
    return NULL;
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (set, g_strdup (ids[i]));
  return set;
}

static void
polku_pages_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PolkuPages *self = POLKU_PAGES (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      self->journey = g_value_dup_object (value);
      break;

    case PROP_MODE:
      self->mode = g_value_get_uint (value);
      break;

    case PROP_PAGE_WIDTH:
      self->page_width = g_value_get_double (value);
      break;

    case PROP_PAGE_HEIGHT:
      self->page_height = g_value_get_double (value);
      break;

    case PROP_POSTER_SCALE:
      self->poster_scale = g_value_get_double (value);
      break;

    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    case PROP_POSTER_COLUMNS:
      self->poster_columns = g_value_get_uint (value);
      break;

    case PROP_POSTER_ROWS:
      self->poster_rows = g_value_get_uint (value);
      break;

    case PROP_HANDOUT_PHASES:
      self->handout_phases = g_value_get_uint (value);
      break;

    case PROP_HANDOUT_STEPS:
      g_clear_pointer (&self->handout_steps, g_hash_table_unref);
      self->handout_steps = new_id_set (g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_pages_class_init (PolkuPagesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = polku_pages_constructed;
  object_class->finalize = polku_pages_finalize;
  object_class->get_property = polku_pages_get_property;
  object_class->set_property = polku_pages_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL, POLKU_TYPE_JOURNEY, flags);
  /* A PolkuPrintMode. */
  properties[PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL, 0, POLKU_N_PRINT_MODES - 1, POLKU_PRINT_MODE_FIT, flags);
  /* The paper, in points. */
  properties[PROP_PAGE_WIDTH] =
    g_param_spec_double ("page-width", NULL, NULL, 144, 100000, 841.89, flags);
  properties[PROP_PAGE_HEIGHT] =
    g_param_spec_double ("page-height", NULL, NULL, 144, 100000, 595.28, flags);
  properties[PROP_POSTER_SCALE] =
    g_param_spec_double ("poster-scale", NULL, NULL,
                         POLKU_POSTER_SCALE_MIN, POLKU_POSTER_SCALE_MAX, POLKU_POSTER_SCALE_DEFAULT,
                         flags);

  /* The language of the pages' words; NULL for the journey's. */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, POLKU_TYPE_CATALOG, flags);
  /* A poster of this many sheets across, or down; 0 for the scale. */
  properties[PROP_POSTER_COLUMNS] =
    g_param_spec_uint ("poster-columns", NULL, NULL, 0, POLKU_POSTER_SHEETS_MAX, 0, flags);
  properties[PROP_POSTER_ROWS] =
    g_param_spec_uint ("poster-rows", NULL, NULL, 0, POLKU_POSTER_SHEETS_MAX, 0, flags);
  /* A handout's phases, a bit per PolkuPhaseKind, and steps, by id. */
  properties[PROP_HANDOUT_PHASES] =
    g_param_spec_uint ("handout-phases", NULL, NULL, 0, (1 << POLKU_N_PHASE_KINDS) - 1, 0, flags);
  properties[PROP_HANDOUT_STEPS] =
    g_param_spec_boxed ("handout-steps", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_pages_init (PolkuPages *self)
{
  self->smallest_text = G_MAXDOUBLE;
  self->running_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

PolkuPages *
polku_pages_new (PolkuJourney   *journey,
                 PolkuPrintMode  mode,
                 double          page_width,
                 double          page_height,
                 double          poster_scale)
{
  PolkuPagesOptions options;

  polku_pages_options_init (&options);
  options.mode = mode;
  options.poster_scale = poster_scale;
  return polku_pages_new_with_options (journey, &options, page_width, page_height);
}

PolkuPages *
polku_pages_new_with_options (PolkuJourney            *journey,
                              const PolkuPagesOptions *options,
                              double                   page_width,
                              double                   page_height)
{
  g_autoptr(PolkuCatalog) catalog = NULL;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->mode < POLKU_N_PRINT_MODES, NULL);
  /* Room for the margins, the head and the foot, and some map. */
  g_return_val_if_fail (page_width >= 144 && page_height >= 144, NULL);

  catalog = _polku_map_catalog_new (journey, options->language);
  return g_object_new (POLKU_TYPE_PAGES,
                       "journey", journey,
                       "catalog", catalog,
                       "mode", options->mode,
                       "page-width", page_width,
                       "page-height", page_height,
                       "poster-scale", CLAMP (options->poster_scale, POLKU_POSTER_SCALE_MIN,
                                              POLKU_POSTER_SCALE_MAX),
                       "poster-columns", MIN (options->poster_columns, POLKU_POSTER_SHEETS_MAX),
                       "poster-rows", MIN (options->poster_rows, POLKU_POSTER_SHEETS_MAX),
                       "handout-phases", options->handout_phases & ((1 << POLKU_N_PHASE_KINDS) - 1),
                       "handout-steps", options->handout_steps,
                       NULL);
}

PolkuPrintMode
polku_pages_get_mode (PolkuPages *self)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), POLKU_PRINT_MODE_FIT);

  return self->mode;
}

guint
polku_pages_get_n_pages (PolkuPages *self)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), 0);

  return self->n_pages;
}

double
polku_pages_get_page_width (PolkuPages *self)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), 0);

  return self->page_width;
}

double
polku_pages_get_page_height (PolkuPages *self)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), 0);

  return self->page_height;
}

void
polku_pages_get_grid (PolkuPages *self,
                      guint      *columns,
                      guint      *rows)
{
  gboolean poster;

  g_return_if_fail (POLKU_IS_PAGES (self));

  poster = self->mode == POLKU_PRINT_MODE_POSTER && self->error == NULL;
  if (columns != NULL)
    *columns = poster ? self->columns : 1;
  if (rows != NULL)
    *rows = poster ? self->rows : 1;
}

double
polku_pages_get_poster_scale (PolkuPages *self)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), 0);

  return self->mode == POLKU_PRINT_MODE_POSTER && self->error == NULL ? self->map_scale : 0;
}

gboolean
polku_pages_get_sheet (PolkuPages *self,
                       guint       page_nr,
                       guint      *column,
                       guint      *row,
                       PolkuRect  *region)
{
  const PolkuPosterSheet *sheet;

  g_return_val_if_fail (POLKU_IS_PAGES (self), FALSE);
  g_return_val_if_fail (page_nr < self->n_pages, FALSE);

  if (self->mode != POLKU_PRINT_MODE_POSTER || self->error != NULL)
    return FALSE;
  sheet = &g_array_index (self->sheets, PolkuPosterSheet, page_nr);
  if (column != NULL)
    *column = sheet->column;
  if (row != NULL)
    *row = sheet->row;
  if (region != NULL)
    _polku_pages_poster_get_region (self, page_nr, region);
  return TRUE;
}

gboolean
polku_pages_check_budget (PolkuPages  *self,
                          GError     **error)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->error == NULL)
    return TRUE;
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

double
polku_pages_get_smallest_text_size (PolkuPages *self)
{
  g_return_val_if_fail (POLKU_IS_PAGES (self), 0);

  return self->smallest_text;
}
