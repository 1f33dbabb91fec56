/* polku-text-fields-private.h: the free-text fields of model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journeys, steps and touchpoints each hold a fixed set of text fields. A
 * class lists them once in a table; the table gives the GObject properties,
 * the file's element names and the labels for people, so nothing about a
 * field is written twice.
 */

#pragma once

#include <glib-object.h>

#include "polku-types.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;    /* the property's and the file element's name */
  const char *label;   /* for people, untranslated (marked with N_) */
} PolkuTextFieldInfo;

/* Installs a string property per field, with ids first_prop_id onwards. */
void        _polku_text_fields_install    (GObjectClass             *klass,
                                           guint                     first_prop_id,
                                           const PolkuTextFieldInfo *fields,
                                           guint                     n_fields,
                                           GParamSpec              **pspecs);
/* Fills values with "" and frees them. */
void        _polku_text_fields_init       (char                    **values,
                                           guint                     n_fields);
void        _polku_text_fields_clear      (char                    **values,
                                           guint                     n_fields);
/* Sets a field and notifies its property when it changed. */
void        _polku_text_fields_set        (GObject                  *object,
                                           char                    **values,
                                           guint                     field,
                                           const char               *value,
                                           GParamSpec               *pspec);
/* A field's label in a catalogue's language; NULL for the process's. */
const char *_polku_text_fields_get_label  (const PolkuTextFieldInfo *fields,
                                           guint                     field,
                                           PolkuCatalog             *catalog);

G_END_DECLS
