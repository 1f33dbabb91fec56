/* polku-exchange.c: the formats journeys travel in, by file name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-cjml.h"
#include "polku-csv-journey.h"
#include "polku-error.h"
#include "polku-exchange.h"
#include "polku-file-write.h"
#include "polku-journey.h"
#include "polku-mermaid.h"

/* What any of the formats may be: a spreadsheet's limit, the largest. */
#define MAX_SIZE POLKU_CSV_MAX_SIZE

static const struct
{
  const char *extensions[3];
  const char *pattern;
  const char *mime_type;
  const char *label;
} formats[POLKU_N_EXCHANGE_FORMATS] = {
  [POLKU_EXCHANGE_CSV] = { { ".csv", NULL }, "*.csv", "text/csv", N_("Spreadsheet (CSV)") },
  [POLKU_EXCHANGE_MERMAID] = { { ".mmd", ".mermaid", NULL }, "*.mmd", "text/vnd.mermaid", N_("Mermaid Journey Diagram") },
  [POLKU_EXCHANGE_CJML] = { { ".cjml", NULL }, "*.cjml", "application/xml", N_("CJML Journey") },
};

gboolean
polku_exchange_format_from_filename (const char          *filename,
                                     PolkuExchangeFormat *format)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  for (guint f = 0; f < POLKU_N_EXCHANGE_FORMATS; f++)
    for (guint e = 0; formats[f].extensions[e] != NULL; e++)
      if (g_ascii_strcasecmp (dot, formats[f].extensions[e]) == 0)
        {
          if (format != NULL)
            *format = f;
          return TRUE;
        }
  return FALSE;
}

const char *
polku_exchange_format_get_extension (PolkuExchangeFormat format)
{
  g_return_val_if_fail (format < POLKU_N_EXCHANGE_FORMATS, NULL);
  return formats[format].extensions[0];
}

const char *
polku_exchange_format_get_label (PolkuExchangeFormat format)
{
  g_return_val_if_fail (format < POLKU_N_EXCHANGE_FORMATS, NULL);
  return _(formats[format].label);
}

const char *
polku_exchange_format_get_pattern (PolkuExchangeFormat format)
{
  g_return_val_if_fail (format < POLKU_N_EXCHANGE_FORMATS, NULL);
  return formats[format].pattern;
}

const char *
polku_exchange_format_get_mime_type (PolkuExchangeFormat format)
{
  g_return_val_if_fail (format < POLKU_N_EXCHANGE_FORMATS, NULL);
  return formats[format].mime_type;
}

GBytes *
polku_exchange_export (PolkuJourney        *journey,
                       PolkuExchangeFormat  format)
{
  switch (format)
    {
    case POLKU_EXCHANGE_CSV:
      return polku_csv_journey_export (journey);
    case POLKU_EXCHANGE_MERMAID:
      return polku_mermaid_export (journey);
    case POLKU_EXCHANGE_CJML:
      return polku_cjml_export (journey);
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
format_of_file (GFile                *file,
                PolkuExchangeFormat  *format,
                GError              **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (polku_exchange_format_from_filename (name, format))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               /* Translators: %s is a file name */
               _("“%s” is not a file Polku exchanges journeys in: give it the extension .csv, .mmd or .cjml"),
               name);
  return FALSE;
}

gboolean
polku_exchange_export_file (PolkuJourney  *journey,
                            GFile         *file,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  PolkuExchangeFormat format;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!format_of_file (file, &format, error))
    return FALSE;
  bytes = polku_exchange_export (journey, format);
  if (!polku_file_write (file, bytes, NULL, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: a file name; why it could not be written follows */
      g_prefix_error (error, _("Could not export to “%s”: "), name);
      return FALSE;
    }
  return TRUE;
}

/* The file's bytes, refused when too large before it is read. */
static GBytes *
load (GFile         *file,
      const char    *name,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > MAX_SIZE)
    {
      g_autofree char *actual = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (MAX_SIZE);

      g_set_error (error, POLKU_FILE_ERROR, POLKU_FILE_ERROR_TOO_LARGE,
                   /* Translators: FILE:1: the file is 100 MB, more than the 67 MB … */
                   _("%s:1: the file is %s, more than the %s a file to import may be"), name, actual, limit);
      return NULL;
    }
  return g_file_load_bytes (file, cancellable, NULL, error);
}

/* Reads or lists: with import, a document; else only the phases. */
static gpointer
read_file (GFile           *file,
           const char      *display_name,
           gboolean         import,
           PolkuPhaseRule  *rule,
           GPtrArray       *notes,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  PolkuExchangeFormat format;

  if (!format_of_file (file, &format, error))
    return NULL;
  name = display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);
  bytes = load (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  switch (format)
    {
    case POLKU_EXCHANGE_CSV:
      {
        g_autoptr(PolkuCsvReader) reader = polku_csv_reader_new (bytes, name, error);

        if (reader == NULL)
          return NULL;
        if (import)
          return polku_csv_journey_import (reader, rule, error);
        return polku_csv_journey_list_phases (reader, rule, error) ? GINT_TO_POINTER (TRUE) : NULL;
      }
    case POLKU_EXCHANGE_MERMAID:
      if (import)
        return polku_mermaid_import (bytes, name, rule, notes, error);
      return polku_mermaid_list_phases (bytes, name, rule, error) ? GINT_TO_POINTER (TRUE) : NULL;
    case POLKU_EXCHANGE_CJML:
      if (import)
        return polku_cjml_import (bytes, name, rule, notes, error);
      return polku_cjml_list_phases (bytes, name, rule, error) ? GINT_TO_POINTER (TRUE) : NULL;
    default:
      g_return_val_if_reached (NULL);
    }
}

PolkuDocument *
polku_exchange_import_file (GFile           *file,
                            const char      *display_name,
                            PolkuPhaseRule  *rule,
                            GPtrArray       *notes,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_file (file, display_name, TRUE, rule, notes, cancellable, error);
}

gboolean
polku_exchange_list_phases (GFile           *file,
                            PolkuPhaseRule  *rule,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  return read_file (file, NULL, FALSE, rule, NULL, cancellable, error) != NULL;
}
