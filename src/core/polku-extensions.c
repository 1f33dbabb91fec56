/* polku-extensions.c: what other tools keep in a journey file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The extensions of an object hang on it as object data, so that objects
 * without any, nearly all, pay nothing for them.
 */

#include "config.h"

#include <string.h>

#include "polku-extensions-private.h"
#include "polku-reader.h"

struct _PolkuExtensions
{
  GPtrArray *attributes;
  GPtrArray *elements;
};

/* Looked up once: the writer asks every object it writes. */
static G_DEFINE_QUARK (polku-extensions, extensions)

static void
foreign_attribute_free (PolkuForeignAttribute *attribute)
{
  g_free (attribute->uri);
  g_free (attribute->prefix);
  g_free (attribute->name);
  g_free (attribute->value);
  g_free (attribute);
}

static void
foreign_element_free (PolkuForeignElement *element)
{
  g_free (element->xml);
  g_free (element);
}

static void
extensions_free (PolkuExtensions *self)
{
  g_ptr_array_unref (self->attributes);
  g_ptr_array_unref (self->elements);
  g_free (self);
}

PolkuExtensions *
_polku_extensions_get (GObject *object)
{
  return g_object_get_qdata (object, extensions_quark ());
}

PolkuExtensions *
_polku_extensions_ensure (GObject *object)
{
  PolkuExtensions *self = _polku_extensions_get (object);

  if (self != NULL)
    return self;

  self = g_new0 (PolkuExtensions, 1);
  self->attributes = g_ptr_array_new_with_free_func ((GDestroyNotify) foreign_attribute_free);
  self->elements = g_ptr_array_new_with_free_func ((GDestroyNotify) foreign_element_free);
  g_object_set_qdata_full (object, extensions_quark (), self, (GDestroyNotify) extensions_free);
  return self;
}

void
_polku_extensions_copy (GObject *from,
                        GObject *to)
{
  PolkuExtensions *source = _polku_extensions_get (from);
  PolkuExtensions *copy;

  g_object_set_qdata (to, extensions_quark (), NULL);
  if (source == NULL)
    return;

  copy = _polku_extensions_ensure (to);
  for (guint i = 0; i < source->attributes->len; i++)
    {
      const PolkuForeignAttribute *a = g_ptr_array_index (source->attributes, i);

      _polku_extensions_add_attribute (copy, a->uri, a->prefix, a->name, a->value);
    }
  for (guint i = 0; i < source->elements->len; i++)
    {
      const PolkuForeignElement *e = g_ptr_array_index (source->elements, i);

      _polku_extensions_add_element (copy, e->rule, e->count, g_strdup (e->xml));
    }
}

void
_polku_extensions_add_attribute (PolkuExtensions *self,
                                 const char      *uri,
                                 const char      *prefix,
                                 const char      *name,
                                 const char      *value)
{
  PolkuForeignAttribute *attribute = g_new0 (PolkuForeignAttribute, 1);

  attribute->uri = g_strdup (uri);
  attribute->prefix = g_strdup (prefix);
  attribute->name = g_strdup (name);
  attribute->value = g_strdup (value);
  g_ptr_array_add (self->attributes, attribute);
}

void
_polku_extensions_add_element (PolkuExtensions *self,
                               guint            rule,
                               guint            count,
                               char            *xml)
{
  PolkuForeignElement *element = g_new0 (PolkuForeignElement, 1);

  element->rule = rule;
  element->count = count;
  element->xml = xml;
  g_ptr_array_add (self->elements, element);
}

guint
_polku_extensions_get_n_attributes (PolkuExtensions *self)
{
  return self != NULL ? self->attributes->len : 0;
}

const PolkuForeignAttribute *
_polku_extensions_get_attribute (PolkuExtensions *self,
                                 guint            i)
{
  return g_ptr_array_index (self->attributes, i);
}

guint
_polku_extensions_get_n_elements (PolkuExtensions *self)
{
  return self != NULL ? self->elements->len : 0;
}

const PolkuForeignElement *
_polku_extensions_get_element (PolkuExtensions *self,
                               guint            i)
{
  return g_ptr_array_index (self->elements, i);
}

void
_polku_xml_escape (GString    *out,
                   const char *text,
                   gsize       length,
                   gboolean    in_attribute)
{
  const char *end = text + length;
  const char *run = text;

  for (const char *p = text; p < end; p++)
    {
      const char *replacement;
      char reference[8];

      switch (*p)
        {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = in_attribute ? "&quot;" : NULL;
          break;
        case '\t':
        case '\n':
        case '\r':
          /* Attribute values would lose these to normalisation, and text
           * its carriage returns to the ends of lines. */
          if (in_attribute || *p == '\r')
            {
              g_snprintf (reference, sizeof reference, "&#%d;", *p);
              replacement = reference;
            }
          else
            replacement = NULL;
          break;
        default:
          /* Other control characters cannot appear in XML 1.0 at all. */
          replacement = (guchar) *p < 0x20 ? "" : NULL;
          break;
        }

      if (replacement == NULL)
        continue;
      g_string_append_len (out, run, p - run);
      g_string_append (out, replacement);
      run = p + 1;
    }
  g_string_append_len (out, run, end - run);
}

/* A namespace binding in force in the XML written. */
typedef struct
{
  char  *prefix;   /* NULL for the default namespace */
  char  *uri;      /* "" for none */
  guint  depth;
} Binding;

struct _PolkuForeignWriter
{
  GString   *out;
  GArray    *bindings;
  GPtrArray *names;
  gboolean   open;   /* the last start tag still lacks its '>' */
};

static void
binding_clear (Binding *binding)
{
  g_free (binding->prefix);
  g_free (binding->uri);
}

PolkuForeignWriter *
_polku_foreign_writer_new (void)
{
  PolkuForeignWriter *self = g_new0 (PolkuForeignWriter, 1);

  self->out = g_string_new (NULL);
  self->bindings = g_array_new (FALSE, FALSE, sizeof (Binding));
  g_array_set_clear_func (self->bindings, (GDestroyNotify) binding_clear);
  self->names = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
_polku_foreign_writer_free (PolkuForeignWriter *self)
{
  g_string_free (self->out, TRUE);
  g_array_unref (self->bindings);
  g_ptr_array_unref (self->names);
  g_free (self);
}

/* The namespace a prefix stands for where the XML is written: a journey
 * file's elements are in Polku's namespace by default. */
static const char *
lookup (PolkuForeignWriter *self,
        const char         *prefix)
{
  for (guint i = self->bindings->len; i > 0; i--)
    {
      const Binding *b = &g_array_index (self->bindings, Binding, i - 1);

      if (g_strcmp0 (b->prefix, prefix) == 0)
        return b->uri;
    }
  return prefix == NULL ? POLKU_NAMESPACE : NULL;
}

/* Declares prefix for uri on the start tag being written, unless it
 * already stands for it. */
static void
bind (PolkuForeignWriter *self,
      const char         *prefix,
      const char         *uri)
{
  Binding binding;

  if (uri == NULL)
    uri = "";
  if (g_strcmp0 (prefix, "xml") == 0 || g_strcmp0 (lookup (self, prefix), uri) == 0)
    return;

  binding.prefix = g_strdup (prefix);
  binding.uri = g_strdup (uri);
  binding.depth = self->names->len;
  g_array_append_val (self->bindings, binding);

  g_string_append (self->out, prefix == NULL ? " xmlns" : " xmlns:");
  if (prefix != NULL)
    g_string_append (self->out, prefix);
  g_string_append (self->out, "=\"");
  _polku_xml_escape (self->out, uri, strlen (uri), TRUE);
  g_string_append_c (self->out, '"');
}

static void
close_start_tag (PolkuForeignWriter *self)
{
  if (self->open)
    g_string_append_c (self->out, '>');
  self->open = FALSE;
}

void
_polku_foreign_writer_start (PolkuForeignWriter *self,
                             const char         *prefix,
                             const char         *name,
                             const char         *uri,
                             guint               n_attributes,
                             const char * const *prefixes,
                             const char * const *names,
                             const char * const *uris,
                             const char * const *values)
{
  char *qname = prefix != NULL ? g_strconcat (prefix, ":", name, NULL) : g_strdup (name);

  close_start_tag (self);
  g_ptr_array_add (self->names, qname);
  g_string_append_c (self->out, '<');
  g_string_append (self->out, qname);

  bind (self, prefix, uri);
  for (guint i = 0; i < n_attributes; i++)
    if (uris[i] != NULL)
      bind (self, prefixes[i], uris[i]);

  for (guint i = 0; i < n_attributes; i++)
    {
      g_string_append_c (self->out, ' ');
      if (prefixes[i] != NULL)
        {
          g_string_append (self->out, prefixes[i]);
          g_string_append_c (self->out, ':');
        }
      g_string_append (self->out, names[i]);
      g_string_append (self->out, "=\"");
      _polku_xml_escape (self->out, values[i], strlen (values[i]), TRUE);
      g_string_append_c (self->out, '"');
    }
  self->open = TRUE;
}

void
_polku_foreign_writer_text (PolkuForeignWriter *self,
                            const char         *text,
                            gsize               length)
{
  close_start_tag (self);
  _polku_xml_escape (self->out, text, length, FALSE);
}

gboolean
_polku_foreign_writer_end (PolkuForeignWriter *self)
{
  guint depth = self->names->len;

  g_assert (depth > 0);

  if (self->open)
    g_string_append (self->out, "/>");
  else
    {
      g_string_append (self->out, "</");
      g_string_append (self->out, g_ptr_array_index (self->names, depth - 1));
      g_string_append_c (self->out, '>');
    }
  self->open = FALSE;

  while (self->bindings->len > 0 &&
         g_array_index (self->bindings, Binding, self->bindings->len - 1).depth == depth)
    g_array_set_size (self->bindings, self->bindings->len - 1);
  g_ptr_array_set_size (self->names, depth - 1);
  return depth == 1;
}

char *
_polku_foreign_writer_steal (PolkuForeignWriter *self)
{
  char *xml = g_string_free (self->out, FALSE);

  self->out = g_string_new (NULL);
  g_array_set_size (self->bindings, 0);
  g_ptr_array_set_size (self->names, 0);
  self->open = FALSE;
  return xml;
}
