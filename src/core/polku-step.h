/* polku-step.h: one step of a phase of the customer's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-types.h"

G_BEGIN_DECLS

#define POLKU_TYPE_STEP (polku_step_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStep, polku_step, POLKU, STEP, GObject)

/* What the method asks of each step, in the order it asks. */
typedef enum
{
  POLKU_STEP_FIELD_NAME,
  POLKU_STEP_FIELD_DOING,        /* what the customer does */
  POLKU_STEP_FIELD_THINKING,     /* … thinks */
  POLKU_STEP_FIELD_FEELING,      /* … feels */
  POLKU_STEP_FIELD_EXPECTATION,  /* the customer's expectation */
  POLKU_STEP_FIELD_FRONT_STAGE,  /* the company's answer */
  POLKU_STEP_FIELD_FRONT_LINE,   /* what the front line needs */
  POLKU_STEP_FIELD_SUPPORT,      /* the support functions behind it */
  POLKU_STEP_FIELD_NOTES,        /* ideas and pain points */
  POLKU_STEP_N_FIELDS
} PolkuStepField;

PolkuStep   *polku_step_new                (const char      *id,
                                            const char      *name);
const char  *polku_step_get_id             (PolkuStep       *self);
const char  *polku_step_get_name           (PolkuStep       *self);
void         polku_step_set_name           (PolkuStep       *self,
                                            const char      *name);
/* A GListModel of PolkuTouchpoint, in order. */
const char  *polku_step_get_field          (PolkuStep       *self,
                                            PolkuStepField   field);
void         polku_step_set_field          (PolkuStep       *self,
                                            PolkuStepField   field,
                                            const char      *value);
/* The field's property and file element name, and its label for people. */
const char  *polku_step_field_get_name     (PolkuStepField   field);
const char  *polku_step_field_get_label    (PolkuStepField   field);
/* The same in a catalogue's language; NULL for the process's. */
const char  *polku_step_field_get_label_in (PolkuStepField  field,
                                            PolkuCatalog   *catalog);
/* A gate: if this step fails, the next never happens. */
gboolean     polku_step_get_gate           (PolkuStep       *self);
void         polku_step_set_gate           (PolkuStep       *self,
                                            gboolean         gate);
GListModel  *polku_step_get_touchpoints    (PolkuStep       *self);
guint        polku_step_get_n_touchpoints  (PolkuStep       *self);
PolkuTouchpoint *polku_step_get_touchpoint (PolkuStep       *self,
                                            guint            position);
void         polku_step_insert_touchpoint  (PolkuStep       *self,
                                            guint            position,
                                            PolkuTouchpoint *touchpoint);
void         polku_step_append_touchpoint  (PolkuStep       *self,
                                            PolkuTouchpoint *touchpoint);
void         polku_step_remove_touchpoint  (PolkuStep       *self,
                                            guint            position);

G_END_DECLS
