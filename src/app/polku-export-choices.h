/* polku-export-choices.h: what the last export of a journey file chose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-render.h"

G_BEGIN_DECLS

/* The choices of an export: its format and options, and the folder it
 * wrote to. The options' language and handout steps point into the
 * choices' own. */
typedef struct
{
  PolkuExportFormat   format;
  PolkuExportOptions  options;
  char               *language;
  GStrv               handout_steps;
  GFile              *folder;
} PolkuExportChoices;

/* How many files' choices the settings keep; the oldest go first. */
#define POLKU_EXPORT_CHOICES_MAX 50

/* PDF with the export's default options. */
PolkuExportChoices *polku_export_choices_new         (void);
void                polku_export_choices_free        (PolkuExportChoices       *choices);
void                polku_export_choices_set_language (PolkuExportChoices      *choices,
                                                       const char              *language);
void                polku_export_choices_set_steps   (PolkuExportChoices       *choices,
                                                      const char * const       *steps);
/* The choices kept in settings' "export-choices" for the journey file;
 * NULL when none are. A value that is not one of its kind is left as the
 * default. */
PolkuExportChoices *polku_export_choices_load        (GSettings                *settings,
                                                      GFile                    *journey_file);
/* Keeps the choices for the journey file, dropping the oldest file's when
 * more than POLKU_EXPORT_CHOICES_MAX are kept. */
void                polku_export_choices_save        (const PolkuExportChoices *choices,
                                                      GSettings                *settings,
                                                      GFile                    *journey_file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuExportChoices, polku_export_choices_free)

G_END_DECLS
