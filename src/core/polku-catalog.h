/* polku-catalog.h: Polku's messages in one language, whatever the process's
 *
 * A printed map speaks its journey's language, not the desktop's: gettext
 * chooses one language for a whole process, so the renderer looks its
 * words up in a catalogue of their own. A catalogue is Polku's compiled
 * message catalogue (the .mo file gettext reads) for one language, with
 * that language's way of writing dates and decimal numbers, which it
 * takes from its own translations rather than the C library's locale.
 *
 * Strings looked up in a catalogue are marked for translation by the
 * calls themselves: po/meson.build and build-aux/check-po give xgettext
 * polku_catalog_gettext:2, polku_catalog_pgettext:2c,3 and
 * polku_catalog_ngettext:2,3.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define POLKU_TYPE_CATALOG (polku_catalog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCatalog, polku_catalog, POLKU, CATALOG, GObject)

/* The catalogue of a language tag, "fi" or "fi-FI": Polku's catalogue of
 * that language, or of its primary language, or else English, Polku's own.
 * NULL or "" is the language the process speaks, as gettext chooses it.
 * Catalogues are read once and shared; any thread may use them. */
PolkuCatalog *polku_catalog_new_for_language (const char   *language);
/* The language the process speaks, as gettext chooses it. */
PolkuCatalog *polku_catalog_new_for_process  (void);
/* The tags of the languages that have a catalogue, English first, the
 * others sorted: { "en", "fi", NULL }. */
GStrv         polku_catalog_list_languages   (void);

/* "fi", "en"; NULL for the process's catalogue. */
const char   *polku_catalog_get_language     (PolkuCatalog *self);
/* The language's name in that language: "suomi", "English". */
const char   *polku_catalog_get_language_name (PolkuCatalog *self);

/* Lookups and formats take NULL for the process's language. */
const char   *polku_catalog_gettext          (PolkuCatalog *self,
                                              const char   *msgid) G_GNUC_FORMAT (2);
const char   *polku_catalog_pgettext         (PolkuCatalog *self,
                                              const char   *context,
                                              const char   *msgid) G_GNUC_FORMAT (3);
const char   *polku_catalog_ngettext         (PolkuCatalog *self,
                                              const char   *msgid,
                                              const char   *msgid_plural,
                                              gulong        n) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

/* A number with at most max_digits decimals, trailing zeros dropped, and
 * the language's decimal separator: "3.2" or "3,2", "4". */
char         *polku_catalog_format_number    (PolkuCatalog *self,
                                              double        value,
                                              guint         max_digits);
/* A number with exactly digits decimals and the language's decimal
 * separator: "3.70" or "3,70". */
char         *polku_catalog_format_fixed     (PolkuCatalog *self,
                                              double        value,
                                              guint         digits);
/* A date as the language writes it: "20 November 2026", "20.11.2026". */
char         *polku_catalog_format_date      (PolkuCatalog *self,
                                              GDateTime    *date);

G_END_DECLS
