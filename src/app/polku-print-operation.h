/* polku-print-operation.h: printing a journey map from the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-core.h"
#include "polku-render.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PRINT_OPERATION (polku_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPrintOperation, polku_print_operation, POLKU, PRINT_OPERATION, GtkPrintOperation)

/* Prints the journey's map in the chosen mode, on the page set up last
 * time as settings keep it; the print dialog has a tab to choose the
 * mode, and a successful print remembers the paper and orientation. */
PolkuPrintOperation *polku_print_operation_new              (PolkuJourney        *journey,
                                                             GSettings           *settings);
PolkuPrintMode       polku_print_operation_get_mode         (PolkuPrintOperation *self);
void                 polku_print_operation_set_mode         (PolkuPrintOperation *self,
                                                             PolkuPrintMode       mode);
double               polku_print_operation_get_poster_scale (PolkuPrintOperation *self);
void                 polku_print_operation_set_poster_scale (PolkuPrintOperation *self,
                                                             double               scale);

/* The page setup the settings keep (paper-size and page-orientation), and
 * the settings for a page setup: plain functions of the values. A paper
 * the settings cannot name leaves them as they were. */
GtkPageSetup        *polku_page_setup_new_from_settings     (GSettings           *settings);
void                 polku_page_setup_to_settings           (GtkPageSetup        *page_setup,
                                                             GSettings           *settings);

G_END_DECLS
