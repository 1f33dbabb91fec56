/* polku-export-choices.c: what the last export of a journey file chose
 *
 * The choices are kept in GSettings, a dictionary from each journey
 * file's URI to its choices: file metadata would keep them beside the
 * file, but only where the desktop runs gvfs's metadata store, never in
 * the Flatpak sandbox, and not at all on some file systems.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-export-choices.h"

#define KEY "export-choices"

PolkuExportChoices *
polku_export_choices_new (void)
{
  PolkuExportChoices *choices = g_new0 (PolkuExportChoices, 1);

  choices->format = POLKU_EXPORT_FORMAT_PDF;
  polku_export_options_init (&choices->options);
  return choices;
}

void
polku_export_choices_free (PolkuExportChoices *choices)
{
  if (choices == NULL)
    return;
  g_free (choices->language);
  g_strfreev (choices->handout_steps);
  g_clear_object (&choices->folder);
  g_free (choices);
}

void
polku_export_choices_set_language (PolkuExportChoices *choices,
                                   const char         *language)
{
  g_return_if_fail (choices != NULL);

  g_free (choices->language);
  choices->language = language != NULL && language[0] != '\0' ? g_strdup (language) : NULL;
  choices->options.language = choices->language;
}

void
polku_export_choices_set_steps (PolkuExportChoices *choices,
                                const char * const *steps)
{
  g_return_if_fail (choices != NULL);

  g_strfreev (choices->handout_steps);
  choices->handout_steps = g_strdupv ((char **) steps);
  choices->options.handout_steps = (const char * const *) choices->handout_steps;
}

static const char *
lookup_string (GVariantDict *dict,
               const char   *key)
{
  const char *str = NULL;

  g_variant_dict_lookup (dict, key, "&s", &str);
  return str;
}

/* "pdf", "svg" or "png". */
static const char *
format_name (PolkuExportFormat format)
{
  return polku_export_format_get_extension (format) + 1;
}

static void
load_uint (GVariantDict *dict,
           const char   *key,
           guint         max,
           guint        *value)
{
  guint32 number;

  if (g_variant_dict_lookup (dict, key, "u", &number) && number <= max)
    *value = number;
}

static void
load_double (GVariantDict *dict,
             const char   *key,
             double        min,
             double        max,
             double       *value)
{
  double number;

  if (g_variant_dict_lookup (dict, key, "d", &number) && number >= min && number <= max)
    *value = number;
}

PolkuExportChoices *
polku_export_choices_load (GSettings *settings,
                           GFile     *journey_file)
{
  g_autoptr(GVariant) all = NULL;
  g_autoptr(GVariant) kept = NULL;
  g_autofree char *uri = NULL;
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  PolkuExportChoices *choices;
  PolkuExportOptions *options;
  const char *str;
  g_autofree const char **steps = NULL;
  PolkuPrintMode mode;
  PolkuPaper paper;
  PolkuOrientation orientation;
  PolkuImageLayout layout;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (G_IS_FILE (journey_file), NULL);

  uri = g_file_get_uri (journey_file);
  all = g_settings_get_value (settings, KEY);
  kept = g_variant_lookup_value (all, uri, G_VARIANT_TYPE_VARDICT);
  if (kept == NULL)
    return NULL;
  g_variant_dict_init (&dict, kept);

  choices = polku_export_choices_new ();
  options = &choices->options;
  for (PolkuExportFormat f = 0; f < POLKU_N_EXPORT_FORMATS; f++)
    if (g_strcmp0 (lookup_string (&dict, "format"), format_name (f)) == 0)
      choices->format = f;
  if ((str = lookup_string (&dict, "mode")) != NULL && polku_print_mode_from_string (str, &mode))
    options->mode = mode;
  if ((str = lookup_string (&dict, "paper")) != NULL && polku_paper_from_string (str, &paper))
    options->paper = paper;
  if ((str = lookup_string (&dict, "orientation")) != NULL &&
      polku_orientation_from_string (str, &orientation))
    options->orientation = orientation;
  if ((str = lookup_string (&dict, "image-layout")) != NULL &&
      polku_image_layout_from_string (str, &layout))
    options->image_layout = layout;
  load_double (&dict, "poster-scale", POLKU_POSTER_SCALE_MIN, POLKU_POSTER_SCALE_MAX, &options->poster_scale);
  load_uint (&dict, "poster-columns", POLKU_POSTER_SHEETS_MAX, &options->poster_columns);
  load_uint (&dict, "poster-rows", POLKU_POSTER_SHEETS_MAX, &options->poster_rows);
  load_uint (&dict, "handout-phases", (1 << POLKU_N_PHASE_KINDS) - 1, &options->handout_phases);
  load_double (&dict, "dpi", POLKU_EXPORT_DPI_MIN, POLKU_EXPORT_DPI_MAX, &options->dpi);
  load_uint (&dict, "slide-width", POLKU_EXPORT_SLIDE_WIDTH_MAX, &options->slide_width);
  options->slide_width = MAX (options->slide_width, POLKU_EXPORT_SLIDE_WIDTH_MIN);
  load_uint (&dict, "aspect-width", POLKU_EXPORT_ASPECT_MAX, &options->aspect_width);
  load_uint (&dict, "aspect-height", POLKU_EXPORT_ASPECT_MAX, &options->aspect_height);
  options->aspect_width = MAX (options->aspect_width, 1);
  options->aspect_height = MAX (options->aspect_height, 1);
  polku_export_choices_set_language (choices, lookup_string (&dict, "language"));
  if (g_variant_dict_lookup (&dict, "handout-steps", "^a&s", &steps))
    polku_export_choices_set_steps (choices, steps);
  if ((str = lookup_string (&dict, "folder")) != NULL)
    choices->folder = g_file_new_for_uri (str);
  return choices;
}

void
polku_export_choices_save (const PolkuExportChoices *choices,
                           GSettings                *settings,
                           GFile                    *journey_file)
{
  const PolkuExportOptions *options;
  g_autoptr(GVariant) all = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *folder = NULL;
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;
  gint64 oldest_time = G_MAXINT64;
  g_autofree char *oldest = NULL;
  gsize n_kept;

  g_return_if_fail (choices != NULL);
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (G_IS_FILE (journey_file));

  options = &choices->options;
  uri = g_file_get_uri (journey_file);
  g_variant_dict_insert (&dict, "format", "s", format_name (choices->format));
  g_variant_dict_insert (&dict, "mode", "s", polku_print_mode_to_string (options->mode));
  g_variant_dict_insert (&dict, "paper", "s", polku_paper_to_string (options->paper));
  g_variant_dict_insert (&dict, "orientation", "s", polku_orientation_to_string (options->orientation));
  g_variant_dict_insert (&dict, "image-layout", "s", polku_image_layout_to_string (options->image_layout));
  g_variant_dict_insert (&dict, "poster-scale", "d", options->poster_scale);
  g_variant_dict_insert (&dict, "poster-columns", "u", options->poster_columns);
  g_variant_dict_insert (&dict, "poster-rows", "u", options->poster_rows);
  g_variant_dict_insert (&dict, "handout-phases", "u", options->handout_phases);
  g_variant_dict_insert (&dict, "dpi", "d", options->dpi);
  g_variant_dict_insert (&dict, "slide-width", "u", options->slide_width);
  g_variant_dict_insert (&dict, "aspect-width", "u", options->aspect_width);
  g_variant_dict_insert (&dict, "aspect-height", "u", options->aspect_height);
  if (choices->language != NULL)
    g_variant_dict_insert (&dict, "language", "s", choices->language);
  if (choices->handout_steps != NULL)
    g_variant_dict_insert (&dict, "handout-steps", "^as", choices->handout_steps);
  if (choices->folder != NULL)
    {
      folder = g_file_get_uri (choices->folder);
      g_variant_dict_insert (&dict, "folder", "s", folder);
    }
  g_variant_dict_insert (&dict, "time", "x", g_get_real_time ());

  /* The other files' choices, but the oldest when there are too many. */
  all = g_settings_get_value (settings, KEY);
  n_kept = g_variant_n_children (all);
  g_variant_iter_init (&iter, all);
  while (n_kept >= POLKU_EXPORT_CHOICES_MAX && g_variant_iter_next (&iter, "{&s@a{sv}}", &key, &value))
    {
      gint64 time = 0;

      g_variant_lookup (value, "time", "x", &time);
      if (g_strcmp0 (key, uri) != 0 && time < oldest_time)
        {
          oldest_time = time;
          g_free (oldest);
          oldest = g_strdup (key);
        }
      g_variant_unref (value);
    }

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sa{sv}}"));
  g_variant_iter_init (&iter, all);
  while (g_variant_iter_next (&iter, "{&s@a{sv}}", &key, &value))
    {
      if (g_strcmp0 (key, uri) != 0 && g_strcmp0 (key, oldest) != 0)
        g_variant_builder_add (&builder, "{s@a{sv}}", key, value);
      g_variant_unref (value);
    }
  g_variant_builder_add (&builder, "{s@a{sv}}", uri, g_variant_dict_end (&dict));
  g_settings_set_value (settings, KEY, g_variant_builder_end (&builder));
}
