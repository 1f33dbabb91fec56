/* polku-cli-stats.c: polku-cli stats FILE [--json]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "polku-cli-private.h"

/* The figures of one part of a journey: the whole journey or one phase. */
typedef struct
{
  PolkuScoreSummary summary;
  double            figures[POLKU_N_SURVEYS];   /* CSAT, NPS, CES; NAN when no data */
} Figures;

static void
measure (PolkuJourney *journey,
         GObject      *part,
         Figures      *figures)
{
  if (POLKU_IS_PHASE (part))
    polku_metrics_summarize_phase (POLKU_PHASE (part), &figures->summary);
  else
    polku_metrics_summarize_journey (journey, &figures->summary);

  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    {
      g_autoptr(GVariant) counts = polku_metrics_sum_counts (journey, part, s);

      figures->figures[s] = polku_metrics_survey_figure (journey, s, counts);
    }
}

/* Each touchpoint's step, for naming where a fix-first item stands. */
static void
note_step (PolkuStep       *step,
           PolkuTouchpoint *touchpoint,
           gpointer         steps)
{
  g_hash_table_insert (steps, touchpoint, step);
}

static GHashTable *
map_steps (PolkuJourney *journey)
{
  GHashTable *steps = g_hash_table_new (NULL, NULL);

  polku_foreach_touchpoint (G_OBJECT (journey), note_step, steps);
  return steps;
}

/* Text for people, numbers in the user's locale. */

/* A name on one line: line breaks become spaces. */
static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  g_strdelimit (line, "\r\n\t", ' ');
  return line;
}

static void
print_figures (const char    *heading,
               const Figures *f)
{
  static const char * const survey_names[POLKU_N_SURVEYS] = { "CSAT", "NPS", "CES" };

  printf ("  %s: ", heading);
  /* Translators: "25 touchpoints, 23 scored" */
  printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint, %u scored", "%u touchpoints, %u scored",
                       f->summary.n_touchpoints),
          f->summary.n_touchpoints, f->summary.n_scored);
  if (f->summary.n_scored > 0)
    {
      printf (", ");
      /* Translators: the mean and the lowest satisfaction score */
      printf (_("mean %.2f, lowest %.2f"), f->summary.mean, f->summary.minimum);
    }
  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    if (!isnan (f->figures[s]))
      printf (", %s %.1f", survey_names[s], f->figures[s]);
  printf ("\n");
}

/* A round's figures over the journey: CSAT, NPS, CES; NAN when none. */
static void
measure_round (PolkuJourney *journey,
               PolkuRound   *round,
               double        figures[POLKU_N_SURVEYS])
{
  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    {
      g_autoptr(GVariant) counts = polku_rounds_sum_counts (journey, round, s);

      figures[s] = polku_metrics_survey_figure (journey, s, counts);
    }
}

typedef void (*TrendFunc) (PolkuTouchpoint  *touchpoint,
                           PolkuStep        *step,
                           const PolkuTrend *trend,
                           gpointer          user_data);

typedef struct
{
  PolkuJourney *journey;
  TrendFunc     func;
  gpointer      user_data;
} Trends;

static void
visit_trends (PolkuStep       *step,
              PolkuTouchpoint *touchpoint,
              gpointer         user_data)
{
  Trends *trends = user_data;

  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    {
      PolkuTrend trend;

      if (polku_rounds_get_trend (trends->journey, touchpoint, s, &trend) && trend.previous.round != NULL)
        trends->func (touchpoint, step, &trend, trends->user_data);
    }
}

/* Calls func for each survey of each touchpoint measured in two rounds. */
static void
foreach_trend (PolkuJourney *journey,
               TrendFunc     func,
               gpointer      user_data)
{
  Trends trends = { journey, func, user_data };

  polku_foreach_touchpoint (G_OBJECT (journey), visit_trends, &trends);
}

static void
print_trend (PolkuTouchpoint  *touchpoint,
             PolkuStep        *step,
             const PolkuTrend *trend,
             gpointer          user_data)
{
  g_autofree char *name = one_line (polku_touchpoint_get_name (touchpoint));
  g_autofree char *step_name = one_line (polku_step_get_name (step));
  g_autofree char *previous = polku_trend_format_figure (trend->survey, trend->previous.figure, NULL);
  g_autofree char *current = polku_trend_format_figure (trend->survey, trend->current.figure, NULL);
  g_autofree char *change = polku_trend_format_change (trend, NULL);

  /* Translators: a touchpoint (its step): the survey, its figure in the
   * previous round → in the latest (the change) */
  printf (_("    %s (%s): %s %s → %s (%s)\n"), name, step_name, polku_survey_get_token (trend->survey),
          previous, current, change);
}

static void
print_rounds_text (PolkuJourney *journey)
{
  static const char * const survey_names[POLKU_N_SURVEYS] = { "CSAT", "NPS", "CES" };
  guint n_rounds = polku_journey_get_n_rounds (journey);

  if (n_rounds == 0)
    return;
  printf ("  %s\n", _("Measurement rounds:"));
  for (guint r = 0; r < n_rounds; r++)
    {
      PolkuRound *round = polku_journey_get_round (journey, r);
      double figures[POLKU_N_SURVEYS];

      measure_round (journey, round, figures);
      printf ("    %s", polku_round_get_date (round));
      if (*polku_round_get_source (round) != '\0')
        printf (" %s", polku_round_get_source (round));
      printf (": ");
      printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers", polku_round_get_n_answers (round)),
              polku_round_get_n_answers (round));
      for (guint s = 0; s < POLKU_N_SURVEYS; s++)
        if (!isnan (figures[s]))
          printf (", %s %.1f", survey_names[s], figures[s]);
      printf ("\n");
    }
  if (n_rounds > 1)
    {
      printf ("  %s\n", _("Change since the previous round:"));
      foreach_trend (journey, print_trend, NULL);
    }
}

static void
print_journey_text (PolkuJourney *journey)
{
  g_autoptr(GPtrArray) fix_first = polku_metrics_fix_first (journey);
  g_autoptr(GHashTable) steps = map_steps (journey);
  Figures figures;

  {
    g_autofree char *title = one_line (polku_journey_get_title (journey));
    g_autofree char *segment = one_line (polku_journey_get_segment (journey));

    printf ("%s — %s\n", title, segment);
  }
  printf ("  %s %d–%d\n", _("Satisfaction scale"),
          polku_journey_get_scale_min (journey), polku_journey_get_scale_max (journey));

  measure (journey, G_OBJECT (journey), &figures);
  print_figures (_("Whole journey"), &figures);
  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, kind);

      measure (journey, G_OBJECT (phase), &figures);
      print_figures (polku_phase_get_display_label (phase), &figures);
    }

  print_rounds_text (journey);
  if (fix_first->len == 0)
    {
      printf ("  %s\n\n", _("Nothing to fix first: no critical or prerequisite touchpoint is below its target."));
      return;
    }

  printf ("  %s\n", _("Fix first:"));
  for (guint i = 0; i < fix_first->len; i++)
    {
      PolkuTouchpoint *tp = g_ptr_array_index (fix_first, i);
      PolkuStep *step = g_hash_table_lookup (steps, tp);
      g_autofree char *name = one_line (polku_touchpoint_get_name (tp));
      g_autofree char *step_name = one_line (polku_step_get_name (step));

      printf ("    %u. %s (%s) — %s, %s — ", i + 1, name, step_name,
              polku_criticality_get_label (polku_touchpoint_get_criticality (tp)),
              polku_role_get_label (polku_touchpoint_get_role (tp)));
      if (polku_touchpoint_has_target (tp))
        /* Translators: a touchpoint's score, its target and how far below it is */
        printf (_("score %.2f, target %.2f, gap %.2f"),
                polku_touchpoint_get_score (tp), polku_touchpoint_get_target (tp),
                polku_metrics_gap (journey, tp));
      else
        /* Translators: a touchpoint's score below the scale's midpoint */
        printf (_("score %.2f, below the midpoint by %.2f"),
                polku_touchpoint_get_score (tp), polku_metrics_gap (journey, tp));
      printf ("\n");
    }
  printf ("\n");
}

/* JSON for programs: C numbers, keys in English. */

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
json_number (GString *out,
             double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    g_string_append (out, "null");
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.4g", value));
}

static void
json_figures (GString       *out,
              const Figures *f)
{
  static const char * const keys[POLKU_N_SURVEYS] = { "csat", "nps", "ces" };

  g_string_append_printf (out, "\"touchpoints\": %u, \"scored\": %u, \"mean\": ",
                          f->summary.n_touchpoints, f->summary.n_scored);
  json_number (out, f->summary.mean);
  g_string_append (out, ", \"minimum\": ");
  json_number (out, f->summary.minimum);
  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    {
      g_string_append_printf (out, ", \"%s\": ", keys[s]);
      json_number (out, f->figures[s]);
    }
}

static void
json_trend (PolkuTouchpoint  *touchpoint,
            PolkuStep        *step,
            const PolkuTrend *trend,
            gpointer          user_data)
{
  GString *out = user_data;

  g_string_append (out, out->str[out->len - 1] == '[' ? "\n        { \"id\": " : ",\n        { \"id\": ");
  json_string (out, polku_touchpoint_get_id (touchpoint));
  g_string_append (out, ", \"name\": ");
  json_string (out, polku_touchpoint_get_name (touchpoint));
  g_string_append_printf (out, ", \"survey\": \"%s\", \"round\": ", polku_survey_get_token (trend->survey));
  json_string (out, polku_round_get_id (trend->current.round));
  g_string_append (out, ", \"previous_round\": ");
  json_string (out, polku_round_get_id (trend->previous.round));
  g_string_append (out, ", \"current\": ");
  json_number (out, trend->current.figure);
  g_string_append (out, ", \"previous\": ");
  json_number (out, trend->previous.figure);
  g_string_append (out, ", \"change\": ");
  json_number (out, polku_trend_get_change (trend));
  g_string_append (out, " }");
}

static void
json_rounds (GString      *out,
             PolkuJourney *journey)
{
  static const char * const keys[POLKU_N_SURVEYS] = { "csat", "nps", "ces" };
  guint n_rounds = polku_journey_get_n_rounds (journey);

  g_string_append (out, ",\n      \"rounds\": [");
  for (guint r = 0; r < n_rounds; r++)
    {
      PolkuRound *round = polku_journey_get_round (journey, r);
      double figures[POLKU_N_SURVEYS];

      measure_round (journey, round, figures);
      g_string_append (out, r == 0 ? "\n        { \"id\": " : ",\n        { \"id\": ");
      json_string (out, polku_round_get_id (round));
      g_string_append (out, ", \"date\": ");
      json_string (out, polku_round_get_date (round));
      g_string_append (out, ", \"source\": ");
      json_string (out, polku_round_get_source (round));
      g_string_append_printf (out, ", \"answers\": %u", polku_round_get_n_answers (round));
      for (guint s = 0; s < POLKU_N_SURVEYS; s++)
        {
          g_string_append_printf (out, ", \"%s\": ", keys[s]);
          json_number (out, figures[s]);
        }
      g_string_append (out, " }");
    }
  g_string_append (out, n_rounds > 0 ? "\n      ],\n      \"changes\": [" : "],\n      \"changes\": [");
  foreach_trend (journey, json_trend, out);
  g_string_append (out, out->str[out->len - 1] == '[' ? "]" : "\n      ]");
}

static void
json_journey (GString      *out,
              PolkuJourney *journey)
{
  g_autoptr(GPtrArray) fix_first = polku_metrics_fix_first (journey);
  g_autoptr(GHashTable) steps = map_steps (journey);
  Figures figures;

  g_string_append (out, "    {\n      \"id\": ");
  json_string (out, polku_journey_get_id (journey));
  g_string_append (out, ",\n      \"title\": ");
  json_string (out, polku_journey_get_title (journey));
  g_string_append (out, ",\n      \"segment\": ");
  json_string (out, polku_journey_get_segment (journey));
  g_string_append_printf (out, ",\n      \"scale\": { \"min\": %d, \"max\": %d },\n      ",
                          polku_journey_get_scale_min (journey), polku_journey_get_scale_max (journey));
  measure (journey, G_OBJECT (journey), &figures);
  json_figures (out, &figures);

  g_string_append (out, ",\n      \"phases\": [\n");
  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, kind);

      measure (journey, G_OBJECT (phase), &figures);
      g_string_append_printf (out, "        { \"kind\": \"%s\", \"label\": ",
                              polku_phase_kind_to_string (kind));
      json_string (out, polku_phase_get_display_label (phase));
      g_string_append (out, ", ");
      json_figures (out, &figures);
      g_string_append (out, kind + 1 < POLKU_N_PHASE_KINDS ? " },\n" : " }\n");
    }

  g_string_append (out, "      ],\n      \"fix_first\": [");
  for (guint i = 0; i < fix_first->len; i++)
    {
      PolkuTouchpoint *tp = g_ptr_array_index (fix_first, i);

      g_string_append (out, i == 0 ? "\n        { \"id\": " : ",\n        { \"id\": ");
      json_string (out, polku_touchpoint_get_id (tp));
      g_string_append (out, ", \"name\": ");
      json_string (out, polku_touchpoint_get_name (tp));
      g_string_append (out, ", \"step\": ");
      json_string (out, polku_step_get_name (g_hash_table_lookup (steps, tp)));
      g_string_append_printf (out, ", \"criticality\": \"%s\", \"role\": \"%s\", \"score\": ",
                              polku_criticality_to_string (polku_touchpoint_get_criticality (tp)),
                              polku_role_to_string (polku_touchpoint_get_role (tp)));
      json_number (out, polku_touchpoint_get_score (tp));
      g_string_append (out, ", \"target\": ");
      json_number (out, polku_touchpoint_get_target (tp));
      g_string_append (out, ", \"gap\": ");
      json_number (out, polku_metrics_gap (journey, tp));
      g_string_append (out, " }");
    }
  g_string_append (out, fix_first->len > 0 ? "\n      ]" : "]");
  json_rounds (out, journey);
  g_string_append (out, "\n    }");
}

int
polku_cli_stats (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the figures as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = polku_cli_context ("stats", entries);
  g_autoptr(PolkuDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (!polku_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2)
    {
      polku_cli_fail ("%s", _("stats needs one journey file"));
      return 2;
    }

  document = polku_cli_load (argv[1], &error);
  if (document == NULL)
    {
      polku_cli_print_error (argv[1], error);
      return EXIT_FAILURE;
    }

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{\n  \"journeys\": [\n");

      for (guint i = 0; i < polku_document_get_n_journeys (document); i++)
        {
          if (i > 0)
            g_string_append (out, ",\n");
          json_journey (out, polku_document_get_journey (document, i));
        }
      g_string_append (out, "\n  ]\n}\n");
      fputs (out->str, stdout);
    }
  else
    {
      for (guint i = 0; i < polku_document_get_n_journeys (document); i++)
        print_journey_text (polku_document_get_journey (document, i));
    }

  return EXIT_SUCCESS;
}
