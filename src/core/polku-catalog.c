/* polku-catalog.c: Polku's messages in one language, whatever the process's
 *
 * A catalogue reads the .mo file that msgfmt compiles from po/LANG.po:
 * a header, a table of the original strings and one of their
 * translations, each entry a length and an offset. Every entry is checked
 * to lie inside the file and to end in a NUL before it is used, so that a
 * damaged file loses its words, not the program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-catalog.h"
#include "polku-i18n.h"
#include "polku-plural-private.h"

#define MO_MAGIC         0x950412de
#define MO_MAGIC_SWAPPED 0xde120495
#define MO_HEADER_SIZE   28
/* Polku's catalogue is some 100 kB; a file far larger is not one. */
#define MO_MAX_SIZE      (16 * 1024 * 1024)
#define CONTEXT_GLUE     "\004"

typedef enum
{
  KIND_ENGLISH,   /* the messages as written */
  KIND_FILE,      /* a .mo file */
  KIND_PROCESS,   /* gettext's, in the process's language */
} Kind;

/* A translation: its forms, separated by NULs. */
typedef struct
{
  const char *str;
  gsize       length;
} Message;

struct _PolkuCatalog
{
  GObject      parent_instance;

  Kind         kind;
  char        *language;
  GBytes      *data;
  GHashTable  *messages;   /* msgid, or context "\004" msgid → Message */
  PolkuPlural *plural;
};

G_DEFINE_FINAL_TYPE (PolkuCatalog, polku_catalog, G_TYPE_OBJECT)

G_LOCK_DEFINE_STATIC (catalogues);
static GHashTable *catalogues;   /* language tag → PolkuCatalog */

static void
polku_catalog_finalize (GObject *object)
{
  PolkuCatalog *self = (PolkuCatalog *) object;

  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->plural, _polku_plural_free);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self->language);

  G_OBJECT_CLASS (polku_catalog_parent_class)->finalize (object);
}

static void
polku_catalog_class_init (PolkuCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = polku_catalog_finalize;
}

static void
polku_catalog_init (PolkuCatalog *self)
{
}

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string an entry of a table points to, if it lies in the file and
 * ends in a NUL. */
static gboolean
read_string (const guint8 *data,
             gsize         size,
             gsize         table,
             guint32       index,
             gboolean      swapped,
             Message      *message)
{
  gsize entry = table + (gsize) index * 8;
  guint32 length, offset;

  if (entry + 8 > size)
    return FALSE;
  length = read_word (data, entry, swapped);
  offset = read_word (data, entry + 4, swapped);
  if ((gsize) offset + length >= size || data[(gsize) offset + length] != '\0')
    return FALSE;
  message->str = (const char *) data + offset;
  message->length = length;
  return TRUE;
}

/* The messages of a .mo file; FALSE when it is not one. */
static gboolean
load_messages (PolkuCatalog *self)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->data, &size);
  guint32 magic, n_strings, originals, translations;
  gboolean swapped;

  if (size < MO_HEADER_SIZE)
    return FALSE;
  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return FALSE;
  swapped = magic == MO_MAGIC_SWAPPED;
  n_strings = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);
  if ((guint64) n_strings * 8 > size)
    return FALSE;

  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint32 i = 0; i < n_strings; i++)
    {
      Message original, translation;

      if (!read_string (data, size, originals, i, swapped, &original) ||
          !read_string (data, size, translations, i, swapped, &translation))
        continue;
      /* The header, under the empty msgid, says how plurals are chosen. */
      if (original.length == 0)
        {
          self->plural = _polku_plural_new_from_header (translation.str);
          continue;
        }
      /* A plural entry's msgid is "msgid\0msgid_plural": its key is the
       * msgid. */
      g_hash_table_replace (self->messages, (gpointer) original.str,
                            g_memdup2 (&translation, sizeof translation));
    }
  return TRUE;
}

static PolkuCatalog *
catalog_new (Kind        kind,
             const char *language)
{
  PolkuCatalog *self = g_object_new (POLKU_TYPE_CATALOG, NULL);

  self->kind = kind;
  self->language = g_strdup (language);
  return self;
}

/* The catalogue in localedir/NAME/LC_MESSAGES/polku.mo, if there is one. */
static PolkuCatalog *
load_file (const char *name,
           const char *language)
{
  g_autofree char *path = g_build_filename (polku_i18n_get_localedir (), name, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(PolkuCatalog) self = NULL;
  g_autoptr(GMappedFile) file = NULL;

  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL)
    return NULL;
  if (g_mapped_file_get_length (file) > MO_MAX_SIZE)
    {
      g_warning ("%s is not a message catalogue: it is larger than %u bytes", path, MO_MAX_SIZE);
      return NULL;
    }

  self = catalog_new (KIND_FILE, language);
  self->data = g_mapped_file_get_bytes (file);
  if (!load_messages (self))
    {
      g_warning ("%s is not a message catalogue", path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* "fi-FI": fi_FI, then fi; English when neither has a catalogue. */
static PolkuCatalog *
load_language (const char *language)
{
  g_autofree char *name = g_strdelimit (g_strdup (language), "-", '_');
  g_autofree char *primary = g_strndup (name, strcspn (name, "_"));
  PolkuCatalog *catalog;

  if ((catalog = load_file (name, language)) != NULL)
    return catalog;
  if (strcmp (primary, name) != 0 && (catalog = load_file (primary, primary)) != NULL)
    return catalog;
  return catalog_new (KIND_ENGLISH, "en");
}

PolkuCatalog *
polku_catalog_new_for_language (const char *language)
{
  PolkuCatalog *catalog;

  if (language == NULL || language[0] == '\0')
    return polku_catalog_new_for_process ();

  G_LOCK (catalogues);
  if (catalogues == NULL)
    catalogues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  catalog = g_hash_table_lookup (catalogues, language);
  if (catalog == NULL)
    {
      catalog = load_language (language);
      g_hash_table_insert (catalogues, g_strdup (language), catalog);
    }
  g_object_ref (catalog);
  G_UNLOCK (catalogues);
  return catalog;
}

PolkuCatalog *
polku_catalog_new_for_process (void)
{
  static PolkuCatalog *process;

  if (g_once_init_enter (&process))
    g_once_init_leave (&process, catalog_new (KIND_PROCESS, NULL));
  return g_object_ref (process);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GStrv
polku_catalog_list_languages (void)
{
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();
  g_autoptr(GDir) dir = g_dir_open (polku_i18n_get_localedir (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (polku_i18n_get_localedir (), name, "LC_MESSAGES",
                                                GETTEXT_PACKAGE ".mo", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && strcmp (name, "en") != 0)
        g_ptr_array_add (languages, g_strdelimit (g_strdup (name), "_", '-'));
    }
  g_ptr_array_sort (languages, compare_strings);
  g_ptr_array_insert (languages, 0, g_strdup ("en"));
  g_ptr_array_add (languages, NULL);
  return (GStrv) g_ptr_array_steal (languages, NULL);
}

const char *
polku_catalog_get_language (PolkuCatalog *self)
{
  g_return_val_if_fail (POLKU_IS_CATALOG (self), NULL);

  return self->language;
}

const char *
polku_catalog_get_language_name (PolkuCatalog *self)
{
  g_return_val_if_fail (POLKU_IS_CATALOG (self), NULL);

  /* Translators: the name of the language of this translation, in that language; in Finnish “suomi” */
  return polku_catalog_pgettext (self, "language name", "English");
}

static const Message *
lookup (PolkuCatalog *self,
        const char   *key)
{
  return self->messages != NULL ? g_hash_table_lookup (self->messages, key) : NULL;
}

const char *
polku_catalog_gettext (PolkuCatalog *self,
                       const char   *msgid)
{
  const Message *message;

  g_return_val_if_fail (self == NULL || POLKU_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  switch (self != NULL ? self->kind : KIND_PROCESS)
    {
    case KIND_PROCESS:
      return g_dgettext (GETTEXT_PACKAGE, msgid);
    case KIND_FILE:
      message = lookup (self, msgid);
      return message != NULL ? message->str : msgid;
    case KIND_ENGLISH:
    default:
      return msgid;
    }
}

const char *
polku_catalog_pgettext (PolkuCatalog *self,
                        const char   *context,
                        const char   *msgid)
{
  g_autofree char *key = NULL;
  const Message *message;

  g_return_val_if_fail (self == NULL || POLKU_IS_CATALOG (self), msgid);
  g_return_val_if_fail (context != NULL && msgid != NULL, msgid);

  switch (self != NULL ? self->kind : KIND_PROCESS)
    {
    case KIND_PROCESS:
      return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
    case KIND_FILE:
      key = g_strconcat (context, CONTEXT_GLUE, msgid, NULL);
      message = lookup (self, key);
      return message != NULL ? message->str : msgid;
    case KIND_ENGLISH:
    default:
      return msgid;
    }
}

const char *
polku_catalog_ngettext (PolkuCatalog *self,
                        const char   *msgid,
                        const char   *msgid_plural,
                        gulong        n)
{
  const Message *message;
  const char *form;
  guint index;

  g_return_val_if_fail (self == NULL || POLKU_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, msgid);

  if (self == NULL || self->kind == KIND_PROCESS)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);

  message = self->kind == KIND_FILE ? lookup (self, msgid) : NULL;
  if (message == NULL)
    return n == 1 ? msgid : msgid_plural;

  /* The index-th of the forms, each ending in a NUL; the first when the
   * translation has fewer. */
  index = self->plural != NULL ? _polku_plural_get_form (self->plural, n) : (n == 1 ? 0 : 1);
  form = message->str;
  for (guint i = 0; i < index; i++)
    {
      const char *next = form + strlen (form) + 1;

      if (next > message->str + message->length)
        return message->str;
      form = next;
    }
  return form;
}

/* Puts the language's decimal separator for the '.' in an ASCII number. */
static char *
localise_point (PolkuCatalog *self,
                const char   *number)
{
  const char *point = strchr (number, '.');
  GString *localised = g_string_new (number);

  if (point != NULL)
    {
      gsize at = point - number;

      g_string_erase (localised, at, 1);
      /* Translators: the decimal separator of numbers on a printed map; in Finnish a comma */
      g_string_insert (localised, at, polku_catalog_pgettext (self, "decimal separator", "."));
    }
  return g_string_free (localised, FALSE);
}

char *
polku_catalog_format_number (PolkuCatalog *self,
                             double        value,
                             guint         max_digits)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  g_return_val_if_fail (self == NULL || POLKU_IS_CATALOG (self), NULL);

  g_snprintf (format, sizeof format, "%%.%uf", MIN (max_digits, 6));
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  /* No trailing zeros after the point, nor the point alone; no "-0". */
  point = strchr (buffer, '.');
  if (point != NULL)
    {
      char *end = point + strlen (point) - 1;

      while (end > point && *end == '0')
        *end-- = '\0';
      if (end == point)
        *end = '\0';
    }
  if (strcmp (buffer, "-0") == 0)
    strcpy (buffer, "0");
  return localise_point (self, buffer);
}

char *
polku_catalog_format_fixed (PolkuCatalog *self,
                            double        value,
                            guint         digits)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (self == NULL || POLKU_IS_CATALOG (self), NULL);

  g_snprintf (format, sizeof format, "%%.%uf", MIN (digits, 6));
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  return localise_point (self, buffer);
}

/* Translators: a month's name in a date on a printed map, which the date format's %B writes */
static const char * const month_names[] = {
  NC_("month name", "January"),
  NC_("month name", "February"),
  NC_("month name", "March"),
  NC_("month name", "April"),
  NC_("month name", "May"),
  NC_("month name", "June"),
  NC_("month name", "July"),
  NC_("month name", "August"),
  NC_("month name", "September"),
  NC_("month name", "October"),
  NC_("month name", "November"),
  NC_("month name", "December"),
};

char *
polku_catalog_format_date (PolkuCatalog *self,
                           GDateTime    *date)
{
  GString *out;
  const char *format;

  g_return_val_if_fail (self == NULL || POLKU_IS_CATALOG (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: how a printed map writes a date: %d is the day, %-d the day without a leading zero, %m and %-m the month's number, %B its name, %Y the year; in Finnish “%-d.%-m.%Y” */
  format = polku_catalog_pgettext (self, "date format", "%-d %B %Y");
  out = g_string_new (NULL);
  for (const char *p = format; *p != '\0'; p++)
    {
      gboolean padded = TRUE;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      if (p[1] == '-')
        {
          padded = FALSE;
          p++;
        }
      switch (p[1])
        {
        case 'd':
          g_string_append_printf (out, padded ? "%02d" : "%d", g_date_time_get_day_of_month (date));
          break;
        case 'm':
          g_string_append_printf (out, padded ? "%02d" : "%d", g_date_time_get_month (date));
          break;
        case 'B':
          g_string_append (out, polku_catalog_pgettext (self, "month name",
                                                        month_names[g_date_time_get_month (date) - 1]));
          break;
        case 'Y':
          g_string_append_printf (out, "%d", g_date_time_get_year (date));
          break;
        case '%':
          g_string_append_c (out, '%');
          break;
        case '\0':
          /* A lone % at the end. */
          return g_string_free (out, FALSE);
        default:
          g_string_append_c (out, '%');
          g_string_append_c (out, p[1]);
          break;
        }
      p++;
    }
  return g_string_free (out, FALSE);
}
