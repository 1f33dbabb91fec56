/* polku-import-build.c: what the importers of other formats share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "polku-document.h"
#include "polku-error.h"
#include "polku-import-private.h"
#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

PolkuJourney *
_polku_import_add_journey (PolkuDocument *document,
                           const char    *title)
{
  g_autofree char *id = polku_document_generate_id (document, "journey");
  g_autoptr(PolkuJourney) journey = polku_journey_new (id);

  polku_journey_set_title (journey, title);
  polku_document_append_journey (document, journey);
  return journey;
}

PolkuTouchpoint *
_polku_import_add_touchpoint (PolkuDocument  *document,
                              PolkuJourney   *journey,
                              PolkuPhaseKind  kind,
                              const char     *step_name,
                              const char     *name,
                              gboolean        join_step)
{
  PolkuPhase *phase = polku_journey_get_phase (journey, kind);
  guint n_steps = polku_phase_get_n_steps (phase);
  PolkuStep *step = n_steps > 0 ? polku_phase_get_step (phase, n_steps - 1) : NULL;
  g_autofree char *id = NULL;
  g_autoptr(PolkuTouchpoint) touchpoint = NULL;

  if (step == NULL || !join_step || !g_str_equal (polku_step_get_name (step), step_name))
    {
      g_autofree char *step_id = polku_document_generate_id (document, "s");
      g_autoptr(PolkuStep) new_step = polku_step_new (step_id, step_name);

      polku_phase_append_step (phase, new_step);
      step = new_step;
    }
  /* The step is in the document now: the id is not the step's. */
  id = polku_document_generate_id (document, "t");
  touchpoint = polku_touchpoint_new (id, name);
  polku_step_append_touchpoint (step, touchpoint);
  return touchpoint;
}

void
_polku_import_note (GPtrArray  *notes,
                    const char *display_name,
                    int         line,
                    const char *format,
                    ...)
{
  va_list args;

  if (notes == NULL)
    return;
  va_start (args, format);
  g_ptr_array_add (notes, polku_file_error_format_at (display_name, line, format, args));
  va_end (args);
}

void
_polku_import_set_responses (PolkuJourney    *journey,
                             PolkuTouchpoint *touchpoint,
                             const guint32   *counts)
{
  guint n = polku_metrics_survey_size (journey, POLKU_SURVEY_SATISFACTION);
  guint values[POLKU_NPS_N_VALUES];

  for (guint i = 0; i < n; i++)
    values[i] = counts[i];
  polku_touchpoint_set_counts (touchpoint, POLKU_SURVEY_SATISFACTION, counts, n);
  polku_touchpoint_set_score (touchpoint,
                              round (polku_metrics_mean_from_counts (values, polku_journey_get_scale_min (journey),
                                                                     polku_journey_get_scale_max (journey)) * 100) / 100);
}
