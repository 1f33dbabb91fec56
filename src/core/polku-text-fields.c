/* polku-text-fields.c: the free-text fields of model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-catalog.h"
#include "polku-property-private.h"
#include "polku-text-fields-private.h"

void
_polku_text_fields_install (GObjectClass             *klass,
                            guint                     first_prop_id,
                            const PolkuTextFieldInfo *fields,
                            guint                     n_fields,
                            GParamSpec              **pspecs)
{
  g_assert (G_IS_OBJECT_CLASS (klass));

  for (guint i = 0; i < n_fields; i++)
    {
      pspecs[i] = g_param_spec_string (fields[i].name, NULL, NULL, "",
                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                       G_PARAM_STATIC_STRINGS);
      g_object_class_install_property (klass, first_prop_id + i, pspecs[i]);
    }
}

void
_polku_text_fields_init (char  **values,
                         guint   n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    values[i] = g_strdup ("");
}

void
_polku_text_fields_clear (char  **values,
                          guint   n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    g_clear_pointer (&values[i], g_free);
}

void
_polku_text_fields_set (GObject     *object,
                        char       **values,
                        guint        field,
                        const char  *value,
                        GParamSpec  *pspec)
{
  g_assert (G_IS_OBJECT (object));

  if (_polku_set_string (&values[field], value))
    g_object_notify_by_pspec (object, pspec);
}

const char *
_polku_text_fields_get_label (const PolkuTextFieldInfo *fields,
                              guint                     field,
                              PolkuCatalog             *catalog)
{
  return polku_catalog_gettext (catalog, fields[field].label);
}
