/* polku-describe.c: what an item of a journey is, said in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-catalog.h"
#include "polku-describe.h"
#include "polku-round.h"
#include "polku-rounds.h"
#include "polku-enums.h"
#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

char *
polku_describe_score (double score)
{
  if (score == round (score))
    return g_strdup_printf ("%.0f", score);
  return g_strdup_printf ("%.1f", score);
}

static const char *
or_fallback (const char *name,
             const char *fallback)
{
  return name != NULL && name[0] != '\0' ? name : fallback;
}

const char *
polku_describe_name (GObject *item)
{
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  if (POLKU_IS_JOURNEY (item))
    return or_fallback (polku_journey_get_title (POLKU_JOURNEY (item)), _("Untitled Journey"));
  if (POLKU_IS_PHASE (item))
    return polku_phase_get_display_label (POLKU_PHASE (item));
  if (POLKU_IS_STEP (item))
    return or_fallback (polku_step_get_name (POLKU_STEP (item)), _("Unnamed step"));
  if (POLKU_IS_TOUCHPOINT (item))
    return or_fallback (polku_touchpoint_get_name (POLKU_TOUCHPOINT (item)), _("Unnamed touchpoint"));

  g_return_val_if_reached (NULL);
}

const char *
polku_describe_channel (PolkuTouchpoint *touchpoint)
{
  return polku_describe_channel_in (touchpoint, NULL);
}

const char *
polku_describe_channel_in (PolkuTouchpoint *touchpoint,
                           PolkuCatalog    *catalog)
{
  PolkuChannel channel;
  const char *other;

  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), NULL);

  channel = polku_touchpoint_get_channel (touchpoint);
  other = polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER);
  if (channel == POLKU_CHANNEL_NONE)
    return NULL;
  if (channel == POLKU_CHANNEL_OTHER && other != NULL && other[0] != '\0')
    return other;
  return polku_channel_get_label_in (channel, catalog);
}

static void
describe_score (GString         *sentence,
                PolkuJourney    *journey,
                PolkuTouchpoint *touchpoint)
{
  int min = polku_journey_get_scale_min (journey);
  int max = polku_journey_get_scale_max (journey);
  g_autofree char *score = NULL;
  g_autofree char *target = NULL;

  if (polku_touchpoint_has_target (touchpoint))
    target = polku_describe_score (polku_touchpoint_get_target (touchpoint));

  if (!polku_touchpoint_has_score (touchpoint))
    {
      if (target != NULL)
        /* Translators: a touchpoint without a score; %s is its target score */
        g_string_append_printf (sentence, _("Not scored, target %s."), target);
      else
        /* Translators: a touchpoint without a score or a target */
        g_string_append (sentence, _("Not scored, no target."));
      return;
    }

  score = polku_describe_score (polku_touchpoint_get_score (touchpoint));
  if (target == NULL)
    /* Translators: "Score 4 on the scale 1–5, no target." */
    g_string_append_printf (sentence, _("Score %s on the scale %d–%d, no target."), score, min, max);
  else if (polku_touchpoint_get_score (touchpoint) < polku_touchpoint_get_target (touchpoint))
    /* Translators: "Score 1.9 on the scale 1–5, below its target 4.5." */
    g_string_append_printf (sentence, _("Score %s on the scale %d–%d, below its target %s."),
                            score, min, max, target);
  else
    /* Translators: "Score 4.7 on the scale 1–5, meets its target 4.5." */
    g_string_append_printf (sentence, _("Score %s on the scale %d–%d, meets its target %s."),
                            score, min, max, target);
}

char *
polku_describe_round (PolkuJourney    *journey,
                      PolkuTouchpoint *touchpoint)
{
  return polku_describe_round_in (journey, touchpoint, NULL);
}

/* A round's date: as stored ("2026-03-01") for the process's language, as
 * the catalogue's language writes dates on a printed map ("1.3.2026"). */
static char *
dup_round_date (PolkuRound   *round,
                PolkuCatalog *catalog)
{
  const char *date = polku_round_get_date (round);
  g_autoptr(GDateTime) day = NULL;
  int year, month, mday;

  if (catalog != NULL && sscanf (date, "%d-%d-%d", &year, &month, &mday) == 3)
    day = g_date_time_new_utc (year, month, mday, 0, 0, 0);
  if (day == NULL)
    return g_strdup (date);
  return polku_catalog_format_date (catalog, day);
}

char *
polku_describe_round_in (PolkuJourney    *journey,
                         PolkuTouchpoint *touchpoint,
                         PolkuCatalog    *catalog)
{
  PolkuTrend trend;
  g_autofree char *figure = NULL;
  g_autofree char *change = NULL;
  g_autofree char *date = NULL;
  g_autofree char *previous_date = NULL;
  const char *magnitude;
  GString *sentence;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (POLKU_IS_TOUCHPOINT (touchpoint), NULL);

  if (!polku_rounds_get_main_trend (journey, touchpoint, &trend))
    return NULL;
  date = dup_round_date (trend.current.round, catalog);
  if (trend.previous.round != NULL)
    previous_date = dup_round_date (trend.previous.round, catalog);
  figure = polku_trend_format_figure (trend.survey, trend.current.figure, catalog);
  sentence = g_string_new (NULL);
  g_string_append_printf (sentence,
                          /* Translators: a round's date and how many answers it counted for a touchpoint */
                          polku_catalog_ngettext (catalog, "Measured on %s from %u answer: ",
                                                  "Measured on %s from %u answers: ", (gulong) trend.current.n_answers),
                          date, (guint) trend.current.n_answers);
  if (trend.survey == POLKU_SURVEY_SATISFACTION)
    /* Translators: the mean satisfaction answer of a measurement round */
    g_string_append_printf (sentence, polku_catalog_gettext (catalog, "mean %s"), figure);
  else
    g_string_append_printf (sentence, "%s %s", trend.survey == POLKU_SURVEY_NPS ? "NPS" : "CES", figure);

  change = polku_trend_format_change (&trend, catalog);
  /* The change in words, without its sign: "+" is one byte, "−" three. */
  magnitude = change == NULL ? NULL : change[0] == '+' ? change + 1 : change + strlen ("−");
  switch (polku_trend_get_direction (&trend))
    {
    case POLKU_TREND_RISE:
      /* Translators: how much a figure rose, and the date of the round before */
      g_string_append_printf (sentence, polku_catalog_gettext (catalog, ", up %s since %s."),
                              magnitude, previous_date);
      break;
    case POLKU_TREND_FALL:
      /* Translators: how much a figure fell, and the date of the round before */
      g_string_append_printf (sentence, polku_catalog_gettext (catalog, ", down %s since %s."),
                              magnitude, previous_date);
      break;
    case POLKU_TREND_SAME:
      /* Translators: the date of the round before, whose figure was the same */
      g_string_append_printf (sentence, polku_catalog_gettext (catalog, ", the same as on %s."),
                              previous_date);
      break;
    case POLKU_TREND_NONE:
    default:
      g_string_append_c (sentence, '.');
      break;
    }
  return g_string_free (sentence, FALSE);
}

static void
describe_touchpoint (GString             *sentence,
                     PolkuJourney        *journey,
                     PolkuTouchpoint     *touchpoint,
                     const PolkuLocation *location)
{
  g_autofree char *round_sentence = NULL;

  /* Translators: the first sentence a screen reader reads for a touchpoint:
   * its name, its step's and its phase's */
  g_string_append_printf (sentence, _("Touchpoint “%s”, step “%s”, phase “%s”."),
                          polku_describe_name (G_OBJECT (touchpoint)),
                          polku_describe_name (G_OBJECT (location->step)),
                          polku_describe_name (G_OBJECT (location->phase)));
  g_string_append_c (sentence, ' ');
  if (polku_describe_channel (touchpoint) != NULL)
    /* Translators: a touchpoint's channel, such as "Channel: Phone." */
    g_string_append_printf (sentence, _("Channel: %s."), polku_describe_channel (touchpoint));
  else
    /* Translators: said of a touchpoint whose channel is not chosen yet */
    g_string_append (sentence, _("No channel."));
  g_string_append_c (sentence, ' ');
  /* Translators: a touchpoint's two tags, as the map writes them, such as
   * "Critical, Prerequisite." */
  g_string_append_printf (sentence, C_("touchpoint tags", "%s, %s."),
                          polku_criticality_get_label (polku_touchpoint_get_criticality (touchpoint)),
                          polku_role_get_label (polku_touchpoint_get_role (touchpoint)));
  g_string_append_c (sentence, ' ');
  describe_score (sentence, journey, touchpoint);
  round_sentence = polku_describe_round (journey, touchpoint);
  if (round_sentence != NULL)
    g_string_append_printf (sentence, " %s", round_sentence);
  if (polku_metrics_needs_fixing (journey, touchpoint))
    /* The tag the map puts on the card, as a sentence of its own. */
    g_string_append_printf (sentence, " %s.", _("Fix first"));
}

static void
describe_step (GString             *sentence,
               PolkuJourney        *journey,
               PolkuStep           *step,
               const PolkuLocation *location)
{
  guint n_touchpoints = polku_step_get_n_touchpoints (step);
  guint n_fix = 0;

  for (guint i = 0; i < n_touchpoints; i++)
    if (polku_metrics_needs_fixing (journey, polku_step_get_touchpoint (step, i)))
      n_fix++;

  /* Translators: the first sentence a screen reader reads for a step */
  g_string_append_printf (sentence, _("Step “%s”, phase “%s”."),
                          polku_describe_name (G_OBJECT (step)),
                          polku_describe_name (G_OBJECT (location->phase)));
  if (polku_step_get_gate (step))
    {
      g_string_append_c (sentence, ' ');
      g_string_append (sentence, _("A gate: if this step fails, the next never happens."));
    }
  g_string_append_c (sentence, ' ');
  g_string_append_printf (sentence,
                          g_dngettext (GETTEXT_PACKAGE, "%u touchpoint.", "%u touchpoints.", n_touchpoints),
                          n_touchpoints);
  if (n_fix > 0)
    {
      g_string_append_c (sentence, ' ');
      g_string_append_printf (sentence,
                              /* Translators: of a step's touchpoints */
                              g_dngettext (GETTEXT_PACKAGE, "%u of them to fix first.",
                                           "%u of them to fix first.", n_fix),
                              n_fix);
    }
}

static void
describe_phase (GString    *sentence,
                PolkuPhase *phase)
{
  guint n_steps = polku_phase_get_n_steps (phase);

  g_string_append_printf (sentence,
                          /* Translators: what a screen reader reads for a phase */
                          g_dngettext (GETTEXT_PACKAGE, "Phase “%s”, %u step.", "Phase “%s”, %u steps.", n_steps),
                          polku_describe_name (G_OBJECT (phase)), n_steps);
}

static void
describe_journey (GString      *sentence,
                  PolkuJourney *journey)
{
  const char *segment = polku_journey_get_segment (journey);

  /* Translators: what a screen reader reads for a journey */
  g_string_append_printf (sentence, _("Journey “%s”."), polku_describe_name (G_OBJECT (journey)));
  if (segment != NULL && segment[0] != '\0')
    {
      g_string_append_c (sentence, ' ');
      g_string_append_printf (sentence, _("Customer segment “%s”."), segment);
    }
  g_string_append_c (sentence, ' ');
  /* Translators: the journey's satisfaction scale, such as "Scale 1–5." */
  g_string_append_printf (sentence, _("Scale %d–%d."),
                          polku_journey_get_scale_min (journey), polku_journey_get_scale_max (journey));
}

char *
polku_describe_item_at (PolkuJourney        *journey,
                        GObject             *item,
                        const PolkuLocation *location)
{
  GString *sentence;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (POLKU_IS_JOURNEY (item) || POLKU_IS_PHASE (item) ||
                        POLKU_IS_STEP (item) || POLKU_IS_TOUCHPOINT (item), NULL);
  g_return_val_if_fail (location != NULL, NULL);
  g_return_val_if_fail (POLKU_IS_JOURNEY (item) || location->phase != NULL, NULL);
  g_return_val_if_fail (!POLKU_IS_TOUCHPOINT (item) || location->step != NULL, NULL);

  sentence = g_string_new (NULL);
  if (POLKU_IS_TOUCHPOINT (item))
    describe_touchpoint (sentence, journey, POLKU_TOUCHPOINT (item), location);
  else if (POLKU_IS_STEP (item))
    describe_step (sentence, journey, POLKU_STEP (item), location);
  else if (POLKU_IS_PHASE (item))
    describe_phase (sentence, POLKU_PHASE (item));
  else
    describe_journey (sentence, POLKU_JOURNEY (item));

  return g_string_free (sentence, FALSE);
}

char *
polku_describe_item (PolkuJourney *journey,
                     GObject      *item)
{
  PolkuLocation location;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  if (!polku_navigation_locate (journey, item, &location))
    return NULL;
  return polku_describe_item_at (journey, item, &location);
}
