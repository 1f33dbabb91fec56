/* test-a11y.c: what a screen reader reads for a journey's items, and the
 * contrast of the map's colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-core.h"
#include "polku-render.h"
#include "polku-text-private.h"

typedef struct
{
  PolkuJourney    *journey;
  PolkuPhase      *purchase;
  PolkuStep       *booking;
  PolkuTouchpoint *free_slot;
  PolkuTouchpoint *reminder;
  PolkuTouchpoint *fresh;
} Journey;

/* A step of the example: a gate with a critical prerequisite under its
 * target, an opportunity above its own and a touchpoint nobody scored. */
static int
setup_journey (void **state)
{
  Journey *f = g_new0 (Journey, 1);
  g_autoptr(PolkuStep) booking = polku_step_new ("s1", "Booking a time");
  g_autoptr(PolkuTouchpoint) free_slot = polku_touchpoint_new ("t1", "Free slot in online booking");
  g_autoptr(PolkuTouchpoint) reminder = polku_touchpoint_new ("t2", "Reminder the day before");
  g_autoptr(PolkuTouchpoint) fresh = polku_touchpoint_new ("t3", "");

  f->journey = polku_journey_new ("j1");
  polku_journey_set_title (f->journey, "Car maintenance visit");
  polku_journey_set_segment (f->journey, "Private car owners");
  f->purchase = polku_journey_get_phase (f->journey, POLKU_PHASE_KIND_PURCHASE);

  polku_step_set_gate (booking, TRUE);
  polku_touchpoint_set_channel (free_slot, POLKU_CHANNEL_BOOKING_SYSTEM);
  polku_touchpoint_set_criticality (free_slot, POLKU_CRITICALITY_CRITICAL);
  polku_touchpoint_set_role (free_slot, POLKU_ROLE_PREREQUISITE);
  polku_touchpoint_set_score (free_slot, 1.9);
  polku_touchpoint_set_target (free_slot, 4.5);
  polku_touchpoint_set_channel (reminder, POLKU_CHANNEL_MOBILE);
  polku_touchpoint_set_role (reminder, POLKU_ROLE_OPPORTUNITY);
  polku_touchpoint_set_score (reminder, 4.3);
  polku_touchpoint_set_target (reminder, 4);
  polku_touchpoint_set_channel (fresh, POLKU_CHANNEL_OTHER);
  polku_touchpoint_set_field (fresh, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER, "Tow truck");

  polku_step_append_touchpoint (booking, free_slot);
  polku_step_append_touchpoint (booking, reminder);
  polku_step_append_touchpoint (booking, fresh);
  polku_phase_append_step (f->purchase, booking);
  f->booking = booking;
  f->free_slot = free_slot;
  f->reminder = reminder;
  f->fresh = fresh;

  *state = f;
  return 0;
}

static int
teardown_journey (void **state)
{
  Journey *f = *state;

  g_object_unref (f->journey);
  g_free (f);
  return 0;
}

static void
assert_describes (PolkuJourney *journey,
                  gpointer      item,
                  const char   *expected)
{
  g_autofree char *sentence = polku_describe_item (journey, item);

  assert_non_null (sentence);
  assert_string_equal (sentence, expected);
}

/* The latest measurement round and the change since the one before. */
static void
test_touchpoint_round_sentences (void **state)
{
  static const guint32 march[] = { 0, 1, 1, 0, 0 }, may[] = { 0, 0, 1, 2, 1 };
  Journey *f = *state;
  g_autoptr(PolkuRound) first = polku_round_new ("r1", "2026-03-01", NULL, 2);
  g_autoptr(PolkuRound) second = polku_round_new ("r2", "2026-05-01", NULL, 4);

  polku_round_set_counts (first, polku_touchpoint_get_id (f->reminder), POLKU_SURVEY_SATISFACTION, march, 5);
  polku_journey_append_round (f->journey, first);
  assert_describes (f->journey, f->reminder,
                    "Touchpoint “Reminder the day before”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Mobile and text messages. Non-critical, Opportunity. "
                    "Score 4.3 on the scale 1–5, meets its target 4. "
                    "Measured on 2026-03-01 from 2 answers: mean 2.50.");
  polku_round_set_counts (second, polku_touchpoint_get_id (f->reminder), POLKU_SURVEY_SATISFACTION, may, 5);
  polku_journey_append_round (f->journey, second);
  assert_describes (f->journey, f->reminder,
                    "Touchpoint “Reminder the day before”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Mobile and text messages. Non-critical, Opportunity. "
                    "Score 4.3 on the scale 1–5, meets its target 4. "
                    "Measured on 2026-05-01 from 4 answers: mean 4.00, up 1.5 since 2026-03-01.");
}

/* Everything the card shows, and where the card is, in sentences. */
static void
test_touchpoint_sentences (void **state)
{
  Journey *f = *state;

  assert_describes (f->journey, f->free_slot,
                    "Touchpoint “Free slot in online booking”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Booking system. Critical, Prerequisite. "
                    "Score 1.9 on the scale 1–5, below its target 4.5. Fix first.");
  assert_describes (f->journey, f->reminder,
                    "Touchpoint “Reminder the day before”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Mobile and text messages. Non-critical, Opportunity. "
                    "Score 4.3 on the scale 1–5, meets its target 4.");
  /* A touchpoint just added: the name it lacks, the channel typed in. */
  assert_describes (f->journey, f->fresh,
                    "Touchpoint “Unnamed touchpoint”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Tow truck. Non-critical, Prerequisite. Not scored, no target.");

  polku_touchpoint_set_target (f->fresh, 3);
  assert_describes (f->journey, f->fresh,
                    "Touchpoint “Unnamed touchpoint”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Tow truck. Non-critical, Prerequisite. Not scored, target 3.");
  polku_touchpoint_set_score (f->fresh, 2);
  polku_touchpoint_set_target (f->fresh, NAN);
  /* Under the midpoint without a target: a prerequisite to fix first. */
  assert_describes (f->journey, f->fresh,
                    "Touchpoint “Unnamed touchpoint”, step “Booking a time”, phase “Purchase”. "
                    "Channel: Tow truck. Non-critical, Prerequisite. "
                    "Score 2 on the scale 1–5, no target. Fix first.");

  /* The scale is the journey's; a renamed phase is called by its label. */
  polku_journey_set_scale (f->journey, 0, 10);
  polku_phase_set_label (f->purchase, "At the workshop");
  assert_describes (f->journey, f->reminder,
                    "Touchpoint “Reminder the day before”, step “Booking a time”, phase “At the workshop”. "
                    "Channel: Mobile and text messages. Non-critical, Opportunity. "
                    "Score 4.3 on the scale 0–10, meets its target 4.");
}

static void
test_step_phase_journey_sentences (void **state)
{
  Journey *f = *state;
  PolkuPhase *before = polku_journey_get_phase (f->journey, POLKU_PHASE_KIND_PRE_PURCHASE);

  assert_describes (f->journey, f->booking,
                    "Step “Booking a time”, phase “Purchase”. "
                    "A gate: if this step fails, the next never happens. "
                    "3 touchpoints. 1 of them to fix first.");
  polku_step_set_gate (f->booking, FALSE);
  polku_touchpoint_set_score (f->free_slot, 4.5);
  assert_describes (f->journey, f->booking, "Step “Booking a time”, phase “Purchase”. 3 touchpoints.");

  assert_describes (f->journey, f->purchase, "Phase “Purchase”, 1 step.");
  assert_describes (f->journey, before, "Phase “Pre-purchase”, 0 steps.");
  assert_describes (f->journey, f->journey,
                    "Journey “Car maintenance visit”. Customer segment “Private car owners”. Scale 1–5.");

  /* Nothing for what the journey does not hold. */
  {
    g_autoptr(PolkuTouchpoint) stray = polku_touchpoint_new ("t9", "Stray");
    g_autofree char *none = polku_describe_item (f->journey, G_OBJECT (stray));

    assert_null (none);
  }
}

/* The map's own words: the same score and tag texts as the printed map. */
static void
test_scores_as_the_map_writes_them (void **state)
{
  const struct { double score; const char *text; } cases[] = {
    { 4, "4" }, { 4.5, "4.5" }, { 0, "0" }, { 10, "10" }, { 3.25, "3.2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = polku_describe_score (cases[i].score);

      assert_string_equal (text, cases[i].text);
    }
}

/* In Finnish, the method's terms: the sentence as this program prints it
 * when run again with LANGUAGE=fi, since gettext picks the language when a
 * program starts. */
static const char *program;

static void
test_finnish_sentence (void **state)
{
  const char *argv[] = { program, "--describe-in-finnish", NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LANGUAGE", "fi", TRUE);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                             &out, NULL, &status, &error));
  assert_true (g_spawn_check_wait_status (status, NULL));
  assert_string_equal (out,
                       "Kosketuspiste ”Free slot in online booking”, askel ”Booking a time”, vaihe ”Hankinta”. "
                       "Kanava: Ajanvarausjärjestelmä. Kriittinen, Edellytys. "
                       "Arvio 1.9 asteikolla 1–5, alle tavoitteen 4.5. Korjaa ensin.\n");
}

static int
describe_in_finnish (void)
{
  void *state = NULL;
  Journey *f;
  g_autofree char *sentence = NULL;

  setup_journey (&state);
  f = state;
  sentence = polku_describe_item (f->journey, G_OBJECT (f->free_slot));
  g_print ("%s\n", sentence);
  teardown_journey (&state);
  return 0;
}

/* Contrast */

/* WCAG 2.1: the relative luminance of an sRGB colour, and the contrast
 * ratio of two. */
static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const PolkuColor *color)
{
  return 0.2126 * channel_luminance (color->red) +
         0.7152 * channel_luminance (color->green) +
         0.0722 * channel_luminance (color->blue);
}

static double
contrast (const PolkuColor *a,
          const PolkuColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

#define TEXT    4.5  /* text, WCAG 1.4.3 */
#define GRAPHIC 3.0  /* marks that carry meaning, WCAG 1.4.11 */

typedef struct
{
  const char *what;
  gsize       color;   /* offsets into PolkuPalette */
  gsize       ground;
  double      least;
} Pair;

#define P(field) G_STRUCT_OFFSET (PolkuPalette, field)

/* What the map, the printed pages and the handouts draw on what, as
 * polku-map-draw.c, polku-map-shapes.c and polku-pages*.c draw them; the
 * phase's colours are checked for each phase. The rules between lanes and
 * steps only divide, and are left out. */
static const Pair pairs[] = {
  { "title, legend and card name on the page", P (text), P (background), TEXT },
  { "scale, date, lane titles and axis numbers", P (text_muted), P (background), TEXT },
  { "card name", P (text), P (card_fill), TEXT },
  { "card's role tag and channel", P (text_muted), P (card_fill), TEXT },
  { "“Critical” in its pill", P (critical_tag_text), P (critical_tag_fill), TEXT },
  { "“Fix first” on a card", P (alert), P (card_fill), TEXT },
  { "“Fix first” on a handout", P (alert), P (background), TEXT },
  { "card's edge against the card", P (card_border), P (card_fill), GRAPHIC },
  { "critical card's edge", P (critical_border), P (card_fill), GRAPHIC },
  { "prerequisite marker", P (prerequisite_marker), P (card_fill), GRAPHIC },
  { "opportunity marker", P (opportunity_marker), P (card_fill), GRAPHIC },
  { "critical pill", P (critical_tag_fill), P (card_fill), GRAPHIC },
  { "alert marker on a card", P (alert), P (card_fill), GRAPHIC },
};

/* The same on a phase's column, and its band. */
static const Pair phase_pairs[] = {
  { "step name, texts, gate and score values", P (text), P (phase_fill), TEXT },
  { "value of a point to fix first", P (alert), P (phase_fill), TEXT },
  { "“No steps” and “No touchpoints”", P (placeholder), P (phase_fill), TEXT },
  { "phase name in its band", P (phase_text), P (phase_band), TEXT },
  { "card's edge against the column", P (card_border), P (phase_fill), GRAPHIC },
  { "critical card's edge against the column", P (critical_border), P (phase_fill), GRAPHIC },
  { "as-is curve and points", P (curve), P (phase_fill), GRAPHIC },
  { "target markers and to-be curve", P (target), P (phase_fill), GRAPHIC },
  { "midline", P (midline), P (phase_fill), GRAPHIC },
  { "gap under a target", P (text_muted), P (phase_fill), GRAPHIC },
  { "points to fix first", P (alert), P (phase_fill), GRAPHIC },
  { "outline of an empty step", P (placeholder), P (phase_fill), GRAPHIC },
};

static const PolkuColor *
color_at (const PolkuPalette *palette,
          gsize               offset,
          guint               phase)
{
  return (const PolkuColor *) ((const char *) palette + offset) + phase;
}

static guint
check_pairs (const char         *palette_name,
             const PolkuPalette *palette,
             const Pair         *list,
             guint               n_pairs,
             guint               n_phases)
{
  guint failures = 0;

  for (guint i = 0; i < n_pairs; i++)
    for (guint phase = 0; phase < n_phases; phase++)
      {
        /* Per phase only where both colours are a phase's own. */
        guint color_phase = list[i].color == P (phase_text) ? phase : 0;
        guint ground_phase = n_phases > 1 ? phase : 0;
        double ratio = contrast (color_at (palette, list[i].color, color_phase),
                                 color_at (palette, list[i].ground, ground_phase));

        if (ratio < list[i].least)
          {
            print_error ("%s: %s%s%s is %.2f:1, under %.1f:1\n", palette_name, list[i].what,
                         n_phases > 1 ? " in phase " : "",
                         n_phases > 1 ? polku_phase_kind_get_label (phase) : "",
                         ratio, list[i].least);
            failures++;
          }
      }
  return failures;
}

static void
test_palette_contrast (void **state)
{
  const struct { const char *name; const PolkuPalette *palette; } palettes[] = {
    { "screen, light style", polku_palette_light () },
    { "screen, dark style", polku_palette_dark () },
    /* Print, PDF, SVG and PNG draw with the light palette on white paper. */
    { "print and export", polku_palette_light () },
  };
  guint failures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (palettes); i++)
    {
      failures += check_pairs (palettes[i].name, palettes[i].palette, pairs, G_N_ELEMENTS (pairs), 1);
      failures += check_pairs (palettes[i].name, palettes[i].palette, phase_pairs,
                               G_N_ELEMENTS (phase_pairs), POLKU_N_PHASE_KINDS);
    }
  assert_int_equal (failures, 0);
}

/* The check itself finds a pair under the threshold. */
static void
test_contrast_catches_faint_colours (void **state)
{
  PolkuPalette faint = *polku_palette_light ();
  const PolkuColor white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 };

  assert_true (fabs (contrast (&white, &black) - 21) < 1e-9);
  assert_true (fabs (contrast (&white, &white) - 1) < 1e-9);

  /* The light style's old "No steps", 2.3:1 on each phase's column. */
  faint.placeholder = (PolkuColor) { 0x9a / 255.0, 0xa4 / 255.0, 0xaf / 255.0, 1 };
  assert_int_equal (check_pairs ("faint", &faint, phase_pairs, G_N_ELEMENTS (phase_pairs),
                                 POLKU_N_PHASE_KINDS),
                    2 * POLKU_N_PHASE_KINDS);
}

/* The map's smallest text at 100 %: 11 points, which the screen shows as
 * 11 pixels; a line of it is taller. The pages' running heads and handouts
 * come after the map's styles, and are print only. */
static void
test_map_text_at_least_11_px (void **state)
{
  PangoContext *context = _polku_text_context_new ();
  guint failures = 0;

  for (PolkuTextStyle style = 0; style < POLKU_TEXT_PAGE; style++)
    {
      PangoLayout *layout = _polku_text_layout_new (context, style, "Booking system 4.5", -1);
      double width, height;

      _polku_text_layout_get_size (layout, &width, &height);
      if (_polku_text_style_get_size (style) < 11 || height < 11)
        {
          print_error ("map text style %d is %.1f pt, its line %.1f px\n", style,
                       _polku_text_style_get_size (style), height);
          failures++;
        }
      g_object_unref (layout);
    }
  g_object_unref (context);
  assert_int_equal (failures, 0);
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_touchpoint_sentences, setup_journey, teardown_journey),
    cmocka_unit_test_setup_teardown (test_touchpoint_round_sentences, setup_journey, teardown_journey),
    cmocka_unit_test_setup_teardown (test_step_phase_journey_sentences, setup_journey, teardown_journey),
    cmocka_unit_test (test_scores_as_the_map_writes_them),
    cmocka_unit_test (test_finnish_sentence),
    cmocka_unit_test (test_palette_contrast),
    cmocka_unit_test (test_contrast_catches_faint_colours),
    cmocka_unit_test (test_map_text_at_least_11_px),
  };

  polku_i18n_init ();
  program = argv[0];
  if (argc == 2 && g_str_equal (argv[1], "--describe-in-finnish"))
    return describe_in_finnish ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
