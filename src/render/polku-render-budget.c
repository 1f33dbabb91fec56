/* polku-render-budget.c: how much a map may ask of the renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "polku-core.h"
#include "polku-render-budget.h"

G_DEFINE_QUARK (polku-render-error-quark, polku_render_error)

static const PolkuRenderBudget default_budget = {
  .max_elements = POLKU_RENDER_MAX_ELEMENTS,
  .max_text = POLKU_RENDER_MAX_TEXT,
  .max_pages = POLKU_RENDER_MAX_PAGES,
  .max_pixels = POLKU_RENDER_MAX_PIXELS,
  .max_seconds = POLKU_RENDER_MAX_SECONDS,
};

static const PolkuRenderBudget thumbnail_budget = {
  .max_elements = POLKU_THUMBNAIL_MAX_ELEMENTS,
  .max_text = POLKU_THUMBNAIL_MAX_TEXT,
  .max_pages = 1,
  .max_pixels = POLKU_THUMBNAIL_MAX_PIXELS,
  .max_seconds = POLKU_THUMBNAIL_MAX_SECONDS,
};

const PolkuRenderBudget *
polku_render_budget_get_default (void)
{
  return &default_budget;
}

const PolkuRenderBudget *
polku_render_budget_get_thumbnail (void)
{
  return &thumbnail_budget;
}

/* Sets an over-budget error with the message format makes; FALSE. */
G_GNUC_PRINTF (2, 3)
static gboolean
refuse (GError     **error,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET, message);
  return FALSE;
}

static void
count_text (guint64    *n_chars,
            const char *text)
{
  if (text != NULL)
    *n_chars += g_utf8_strlen (text, -1);
}

static void
count_touchpoint_text (PolkuStep       *step,
                       PolkuTouchpoint *touchpoint,
                       gpointer         user_data)
{
  for (PolkuTouchpointField f = 0; f < POLKU_TOUCHPOINT_N_FIELDS; f++)
    count_text (user_data, polku_touchpoint_get_field (touchpoint, f));
}

gboolean
polku_render_budget_check_journey (const PolkuRenderBudget  *budget,
                                   PolkuJourney             *journey,
                                   GError                  **error)
{
  guint n_elements;
  guint64 n_chars = 0;

  g_return_val_if_fail (budget != NULL, FALSE);
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_elements = polku_journey_count_steps (journey) + polku_journey_count_touchpoints (journey);
  if (n_elements > budget->max_elements)
    return refuse (error,
                   /* Translators: the journey's steps and touchpoints, and the most a map can show */
                   _("The journey has %u steps and touchpoints, more than the %u a map can show"),
                   n_elements, budget->max_elements);

  for (PolkuJourneyField f = 0; f < POLKU_JOURNEY_N_FIELDS; f++)
    count_text (&n_chars, polku_journey_get_field (journey, f));
  for (PolkuPhaseKind kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, kind);

      count_text (&n_chars, polku_phase_get_label (phase));
      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        for (PolkuStepField f = 0; f < POLKU_STEP_N_FIELDS; f++)
          count_text (&n_chars, polku_step_get_field (polku_phase_get_step (phase, i), f));
    }
  polku_foreach_touchpoint (G_OBJECT (journey), count_touchpoint_text, &n_chars);
  if (n_chars > budget->max_text)
    return refuse (error,
                   /* Translators: how many characters the journey's texts have, and the most a map can show */
                   _("The journey has %lu characters of text, more than the %u a map can show"),
                   (gulong) n_chars, budget->max_text);
  return TRUE;
}

gboolean
polku_render_budget_check_pages (const PolkuRenderBudget  *budget,
                                 double                    n_pages,
                                 GError                  **error)
{
  g_return_val_if_fail (budget != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return n_pages <= budget->max_pages ||
         refuse (error,
                 /* Translators: %u is the most pages Polku prints of one map */
                 _("The map needs more than %u pages, the most Polku prints; "
                   "choose larger paper, or a smaller scale for a poster"),
                 budget->max_pages);
}

gboolean
polku_render_budget_check_pixels (const PolkuRenderBudget  *budget,
                                  double                    width,
                                  double                    height,
                                  GError                  **error)
{
  g_return_val_if_fail (budget != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return width * height <= budget->max_pixels ||
         refuse (error,
                 /* Translators: an image's width and height in pixels, and the most pixels an image may have, in millions */
                 _("The image would be %.0f × %.0f pixels, more than the %.0f million an image may have; "
                   "export it to PDF or SVG, or at a lower resolution"),
                 width, height, budget->max_pixels / 1e6);
}

gboolean
polku_render_budget_check_time (const PolkuRenderBudget  *budget,
                                gint64                    start,
                                GError                  **error)
{
  g_return_val_if_fail (budget != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_get_monotonic_time () - start <= budget->max_seconds * G_USEC_PER_SEC ||
         refuse (error,
                 /* Translators: the most seconds drawing a map may take */
                 _("Drawing the map took more than %u seconds, the longest it may take"),
                 budget->max_seconds);
}
