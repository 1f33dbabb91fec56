/* polku-template.c: a new journey with the method's typical steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-document.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-template.h"

typedef struct
{
  PolkuPhaseKind  phase;
  const char     *name;
} TemplateStep;

static const TemplateStep template_steps[] = {
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_PRE_PURCHASE, N_("A need or desire arises") },
  /* Translators: a typical step; doing nothing is one of the alternatives */
  { POLKU_PHASE_KIND_PRE_PURCHASE, N_("Considering alternatives") },
  /* Translators: a typical step: criteria, information, channels, expectations */
  { POLKU_PHASE_KIND_PRE_PURCHASE, N_("Choosing") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_PURCHASE, N_("Finding the company’s details") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_PURCHASE, N_("Making contact") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_PURCHASE, N_("The transaction") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_PURCHASE, N_("Delivery and payment") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_POST_PURCHASE, N_("Taking into use, guidance and support") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_POST_PURCHASE, N_("Maintenance and spare parts") },
  /* Translators: a typical step of a customer's process */
  { POLKU_PHASE_KIND_POST_PURCHASE, N_("Disposal, resale or giving up") },
  /* Translators: a typical step: how the service feels afterwards */
  { POLKU_PHASE_KIND_POST_PURCHASE, N_("Aftertaste") },
  /* Translators: a typical step: what other people say about it */
  { POLKU_PHASE_KIND_POST_PURCHASE, N_("What others say") },
};

/* The first number n for which prefix + n is free in document; the new
 * journey's ids count on from there. */
static guint64
first_free_number (PolkuDocument *document,
                   const char    *prefix)
{
  g_autofree char *id = polku_document_generate_id (document, prefix);

  return g_ascii_strtoull (id + strlen (prefix), NULL, 10);
}

PolkuJourney *
polku_template_create_empty (PolkuDocument *document)
{
  g_autofree char *id = NULL;
  PolkuJourney *journey;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  id = polku_document_generate_id (document, "journey");
  journey = polku_journey_new (id);
  /* Translators: the title of a new journey */
  polku_journey_set_title (journey, _("New customer journey"));
  /* Translators: the customer segment of a new journey */
  polku_journey_set_segment (journey, _("Customer segment"));
  return journey;
}

PolkuJourney *
polku_template_create_journey (PolkuDocument *document)
{
  PolkuJourney *journey;
  guint64 next;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  journey = polku_template_create_empty (document);
  next = first_free_number (document, "s");

  for (guint i = 0; i < G_N_ELEMENTS (template_steps); i++)
    {
      g_autofree char *id = g_strdup_printf ("s%" G_GUINT64_FORMAT, next++);
      g_autoptr(PolkuStep) step = polku_step_new (id, _(template_steps[i].name));

      polku_phase_append_step (polku_journey_get_phase (journey, template_steps[i].phase), step);
    }
  return journey;
}
