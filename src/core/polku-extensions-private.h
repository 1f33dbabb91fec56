/* polku-extensions-private.h: what other tools keep in a journey file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journeys, steps and touchpoints may carry attributes and elements of
 * other namespaces than Polku's (data/polku.rng names these extension
 * points). Polku does not read them; it keeps them on the model object they
 * stand on, writes them back in place, and copies them with the object.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PolkuExtensions PolkuExtensions;

typedef struct
{
  char *uri;
  char *prefix;       /* as the file had it; NULL for the default namespace */
  char *name;
  char *value;
} PolkuForeignAttribute;

typedef struct
{
  guint  rule;        /* after the children of this rule of the format… */
  guint  count;       /* …once this many of them are written; 0: before all */
  char  *xml;         /* the element, self-contained: it declares its namespaces */
} PolkuForeignElement;

/* The extensions an object carries, or NULL when it carries none. */
PolkuExtensions *_polku_extensions_get             (GObject          *object);
/* The object's extensions, made empty when it had none. */
PolkuExtensions *_polku_extensions_ensure          (GObject          *object);
/* Gives to carries the same extensions as from (none when from has none). */
void             _polku_extensions_copy            (GObject          *from,
                                                    GObject          *to);

void             _polku_extensions_add_attribute   (PolkuExtensions  *self,
                                                    const char       *uri,
                                                    const char       *prefix,
                                                    const char       *name,
                                                    const char       *value);
void             _polku_extensions_add_element     (PolkuExtensions  *self,
                                                    guint             rule,
                                                    guint             count,
                                                    char             *xml);
guint            _polku_extensions_get_n_attributes (PolkuExtensions *self);
const PolkuForeignAttribute *_polku_extensions_get_attribute (PolkuExtensions *self,
                                                              guint            i);
guint            _polku_extensions_get_n_elements  (PolkuExtensions  *self);
const PolkuForeignElement *_polku_extensions_get_element (PolkuExtensions *self,
                                                          guint            i);

/* Writes text escaped for XML content, or for an attribute value in double
 * quotes, where tabs and line breaks become character references. */
void             _polku_xml_escape                 (GString          *out,
                                                    const char       *text,
                                                    gsize             length,
                                                    gboolean          in_attribute);

/* Builds the self-contained XML of one element of another namespace from
 * the parser's events: start, text and end in document order. */
typedef struct _PolkuForeignWriter PolkuForeignWriter;

PolkuForeignWriter *_polku_foreign_writer_new      (void);
void             _polku_foreign_writer_free        (PolkuForeignWriter *self);
void             _polku_foreign_writer_start       (PolkuForeignWriter *self,
                                                    const char       *prefix,
                                                    const char       *name,
                                                    const char       *uri,
                                                    guint             n_attributes,
                                                    const char *const *prefixes,
                                                    const char *const *names,
                                                    const char *const *uris,
                                                    const char *const *values);
void             _polku_foreign_writer_text        (PolkuForeignWriter *self,
                                                    const char       *text,
                                                    gsize             length);
/* Returns TRUE when this closed the outermost element. */
gboolean         _polku_foreign_writer_end         (PolkuForeignWriter *self);
/* The XML written so far, handed over; the writer starts afresh. */
char            *_polku_foreign_writer_steal       (PolkuForeignWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuForeignWriter, _polku_foreign_writer_free)

G_END_DECLS
