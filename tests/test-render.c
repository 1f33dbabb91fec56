/* test-render.c: the map's layout, drawing and exports, as a reader checks them
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
#include "polku-map-layout-private.h"
#include "polku-text-cache-private.h"
#include "polku-test.h"

#define LONG_NAME "Asiakaspalvelukeskuksen takaisinsoittopyyntöjärjestelmä " \
                  "Asiakaspalvelukeskuksen takaisinsoittopyyntöjärjestelmä " \
                  "Asiakaspalvelukeskuksen takaisinsoittopyyntöjärjestelmä"

typedef struct
{
  const char       *name;
  PolkuChannel      channel;
  PolkuCriticality  criticality;
  PolkuRole         role;
  double            score;
  double            target;
} TouchpointSpec;

static guint next_id;

static PolkuStep *
add_step (PolkuJourney   *journey,
          PolkuPhaseKind  kind,
          const char     *name)
{
  g_autofree char *id = g_strdup_printf ("step-%u", next_id++);
  g_autoptr(PolkuStep) step = polku_step_new (id, name);

  polku_phase_append_step (polku_journey_get_phase (journey, kind), step);
  return step;
}

static PolkuTouchpoint *
add_touchpoint (PolkuStep            *step,
                const TouchpointSpec *spec)
{
  g_autofree char *id = g_strdup_printf ("touchpoint-%u", next_id++);
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, spec->name);

  polku_touchpoint_set_channel (touchpoint, spec->channel);
  polku_touchpoint_set_criticality (touchpoint, spec->criticality);
  polku_touchpoint_set_role (touchpoint, spec->role);
  polku_touchpoint_set_score (touchpoint, spec->score);
  polku_touchpoint_set_target (touchpoint, spec->target);
  polku_step_append_touchpoint (step, touchpoint);
  return touchpoint;
}

#define CRIT POLKU_CRITICALITY_CRITICAL
#define NONC POLKU_CRITICALITY_NON_CRITICAL
#define PREQ POLKU_ROLE_PREREQUISITE
#define OPPO POLKU_ROLE_OPPORTUNITY

/* Names short enough to stay on one line of a card, so that text
 * extraction finds them whole. */
static const TouchpointSpec need_spec[] = {
  { "Neighbour tip", POLKU_CHANNEL_OTHER, NONC, OPPO, 4, NAN },
  { "Online advert", POLKU_CHANNEL_ADVERTISING, NONC, OPPO, 3, 3.5 },
};
static const TouchpointSpec compare_spec[] = {
  { "Photo gallery", POLKU_CHANNEL_WEBSITE, NONC, OPPO, 3.5, 4 },
  { "Reviews", POLKU_CHANNEL_SOCIAL_MEDIA, NONC, PREQ, 2.5, 3 },
};
static const TouchpointSpec contact_spec[] = {
  { "Phone number", POLKU_CHANNEL_WEBSITE, CRIT, PREQ, 4.5, 4.5 },
  { "Service call", POLKU_CHANNEL_PHONE, CRIT, PREQ, 2, 4 },
  { "Online booking", POLKU_CHANNEL_BOOKING_SYSTEM, NONC, OPPO, NAN, 4 },
};
static const TouchpointSpec offer_spec[] = {
  { "Site visit", POLKU_CHANNEL_FIELD_STAFF, CRIT, OPPO, 4.6, 4 },
  { "Terms & <fine> print", POLKU_CHANNEL_DOCUMENTS, CRIT, PREQ, 3.9, 4 },
};
static const TouchpointSpec after_spec[] = {
  { "Care guide", POLKU_CHANNEL_DOCUMENTS, NONC, OPPO, 3.4, 4 },
  { "Follow-up call", POLKU_CHANNEL_PHONE, NONC, OPPO, 4.8, 4 },
};

static void
add_touchpoints (PolkuStep            *step,
                 const TouchpointSpec *specs,
                 guint                 n_specs)
{
  for (guint i = 0; i < n_specs; i++)
    add_touchpoint (step, &specs[i]);
}

/* A renovation company's journey: every tag combination, a touchpoint
 * without a score, one without a target, an empty step, and "Service call",
 * a critical prerequisite far below its target. */
static PolkuJourney *
make_journey (void)
{
  PolkuJourney *journey = polku_journey_new ("renovation");

  polku_journey_set_title (journey, "Booking a bathroom renovation");
  polku_journey_set_segment (journey, "First-time homeowners");
  add_touchpoints (add_step (journey, POLKU_PHASE_KIND_PRE_PURCHASE, "The need arises"),
                   need_spec, G_N_ELEMENTS (need_spec));
  add_touchpoints (add_step (journey, POLKU_PHASE_KIND_PRE_PURCHASE, "Comparing alternatives"),
                   compare_spec, G_N_ELEMENTS (compare_spec));
  add_touchpoints (add_step (journey, POLKU_PHASE_KIND_PURCHASE, "Making contact"),
                   contact_spec, G_N_ELEMENTS (contact_spec));
  add_touchpoints (add_step (journey, POLKU_PHASE_KIND_PURCHASE, "Site visit and offer"),
                   offer_spec, G_N_ELEMENTS (offer_spec));
  add_step (journey, POLKU_PHASE_KIND_POST_PURCHASE, "Maintenance");
  add_touchpoints (add_step (journey, POLKU_PHASE_KIND_POST_PURCHASE, "Aftertaste"),
                   after_spec, G_N_ELEMENTS (after_spec));
  return journey;
}

/* n_steps steps of per_step touchpoints in each phase, scores varying. */
static PolkuJourney *
make_large_journey (guint n_steps,
                    guint per_step)
{
  PolkuJourney *journey = polku_journey_new ("large");

  polku_journey_set_title (journey, "A large journey");
  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    for (guint i = 0; i < n_steps; i++)
      {
        g_autofree char *step_name = g_strdup_printf ("Step %u", i + 1);
        PolkuStep *step = add_step (journey, kind, step_name);

        for (guint j = 0; j < per_step; j++)
          {
            g_autofree char *name = g_strdup_printf ("Touchpoint %u.%u", i + 1, j + 1);
            TouchpointSpec spec = {
              name, j % POLKU_N_CHANNELS, j % 3 == 0 ? CRIT : NONC, j % 2 ? OPPO : PREQ,
              1 + (i * 7 + j * 3) % 5, 4
            };

            add_touchpoint (step, &spec);
          }
      }
  return journey;
}

typedef void (*TouchpointFunc) (PolkuPhase      *phase,
                                PolkuStep       *step,
                                PolkuTouchpoint *touchpoint,
                                gpointer         user_data);

static void
foreach_touchpoint (PolkuJourney   *journey,
                    TouchpointFunc  func,
                    gpointer        user_data)
{
  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, kind);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);

          for (guint j = 0; j < polku_step_get_n_touchpoints (step); j++)
            func (phase, step, polku_step_get_touchpoint (step, j), user_data);
        }
    }
}

static void
collect_touchpoint (PolkuPhase      *phase,
                    PolkuStep       *step,
                    PolkuTouchpoint *touchpoint,
                    gpointer         user_data)
{
  g_ptr_array_add (user_data, touchpoint);
}

static GPtrArray *
list_touchpoints (PolkuJourney *journey)
{
  GPtrArray *touchpoints = g_ptr_array_new ();

  foreach_touchpoint (journey, collect_touchpoint, touchpoints);
  return touchpoints;
}

static PolkuTouchpoint *
find_touchpoint (PolkuJourney *journey,
                 const char   *name)
{
  g_autoptr(GPtrArray) touchpoints = list_touchpoints (journey);

  for (guint i = 0; i < touchpoints->len; i++)
    if (g_str_equal (polku_touchpoint_get_name (touchpoints->pdata[i]), name))
      return touchpoints->pdata[i];
  fail_msg ("no touchpoint named %s", name);
  return NULL;
}

static gboolean
text_inside (const PolkuMapText *text,
             const PolkuRect    *rect)
{
  PolkuRect extents = { text->x, text->y, text->width, text->height };

  return text->layout == NULL || polku_rect_contains_rect (rect, &extents);
}

/* What a reader checks on any map: every card is there, inside its step
 * and phase, overlapping no other card, with all of its text inside it. */
static void
assert_cards_well_placed (PolkuMapLayout *layout)
{
  PolkuJourney *journey = polku_map_layout_get_journey (layout);
  g_autoptr(GPtrArray) touchpoints = list_touchpoints (journey);
  g_autofree PolkuRect *rects = g_new0 (PolkuRect, touchpoints->len);

  for (guint i = 0; i < touchpoints->len; i++)
    {
      PolkuTouchpoint *touchpoint = touchpoints->pdata[i];

      assert_true (polku_map_layout_get_touchpoint_rect (layout, touchpoint, &rects[i]));
      assert_true (rects[i].width > 0 && rects[i].height > 0);
      assert_true (rects[i].x >= 0 && rects[i].y >= 0);
      assert_true (rects[i].x + rects[i].width <= polku_map_layout_get_width (layout));
      assert_true (rects[i].y + rects[i].height <= polku_map_layout_get_height (layout));
      for (guint j = 0; j < i; j++)
        assert_false (polku_rect_intersects (&rects[i], &rects[j]));
    }

  for (guint i = 0; i < layout->cards->len; i++)
    {
      PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);

      assert_true (text_inside (&card->name, &card->rect));
      assert_true (text_inside (&card->channel, &card->rect));
      assert_true (text_inside (&card->role_chip.label, &card->rect));
      assert_true (text_inside (&card->critical_chip.label, &card->rect));
      assert_true (card->name.y + card->name.height <= card->channel.y);
    }
}

static void
check_card_in_columns (PolkuPhase      *phase,
                       PolkuStep       *step,
                       PolkuTouchpoint *touchpoint,
                       gpointer         user_data)
{
  PolkuMapLayout *layout = user_data;
  PolkuRect card, step_rect, phase_rect;

  assert_true (polku_map_layout_get_touchpoint_rect (layout, touchpoint, &card));
  assert_true (polku_map_layout_get_step_rect (layout, step, &step_rect));
  assert_true (polku_map_layout_get_phase_rect (layout, phase, &phase_rect));
  assert_true (polku_rect_contains_rect (&step_rect, &card));
  assert_true (polku_rect_contains_rect (&phase_rect, &step_rect));
}

static void
test_layout_places_every_card (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);

  assert_int_equal (polku_map_layout_get_n_rows (layout), 1);
  assert_cards_well_placed (layout);
  foreach_touchpoint (journey, check_card_in_columns, layout);
}

/* Phases and steps run left to right and do not overlap; an empty step
 * and a phase without steps still get columns. */
static void
test_layout_columns_in_order (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) layout = NULL;
  PolkuPhase *pre = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE);
  PolkuPhase *post = polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE);
  PolkuRect previous = { 0 };
  PolkuRect rect;
  PolkuRect empty_step;

  /* Empty the pre-purchase phase. */
  while (polku_phase_get_n_steps (pre) > 0)
    polku_phase_remove_step (pre, 0);
  layout = polku_map_layout_new (journey);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      assert_true (polku_map_layout_get_phase_rect (layout,
                                                    polku_journey_get_phase (journey, kind),
                                                    &rect));
      assert_true (rect.width >= 100);
      assert_true (rect.x >= previous.x + previous.width);
      previous = rect;
    }

  assert_true (polku_map_layout_get_step_rect (layout, polku_phase_get_step (post, 0), &empty_step));
  assert_true (polku_map_layout_get_step_rect (layout, polku_phase_get_step (post, 1), &rect));
  assert_true (empty_step.width >= 40);
  assert_true (empty_step.width < rect.width);
  assert_true (rect.x >= empty_step.x + empty_step.width);
}

/* A card whose name is long grows; the layout stays clean. */
static void
test_layout_long_name_grows_card (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) before = polku_map_layout_new (journey);
  g_autoptr(PolkuMapLayout) after = NULL;
  PolkuTouchpoint *touchpoint = find_touchpoint (journey, "Reviews");
  PolkuRect short_rect;
  PolkuRect long_rect;

  assert_true (polku_map_layout_get_touchpoint_rect (before, touchpoint, &short_rect));
  polku_touchpoint_set_name (touchpoint, LONG_NAME);
  after = polku_map_layout_new (journey);
  assert_true (polku_map_layout_get_touchpoint_rect (after, touchpoint, &long_rect));

  /* Cards of a row share the tallest one's height: the long name's card
   * sets it now, its name wrapped over lines. */
  assert_true (long_rect.height > short_rect.height + 10);
  for (guint i = 0; i < after->cards->len; i++)
    {
      PolkuMapCard *card = &g_array_index (after->cards, PolkuMapCard, i);

      if (card->touchpoint == touchpoint)
        assert_true (pango_layout_get_line_count (card->name.layout) >= 4);
    }
  assert_true (long_rect.width >= short_rect.width);
  assert_cards_well_placed (after);
  foreach_touchpoint (journey, check_card_in_columns, after);
}

/* Laying a map out again measures only the text that changed, and gives
 * the same geometry as measuring everything afresh. */
static void
test_layout_measures_only_changed_text (void **state)
{
  g_autoptr(PolkuJourney) journey = make_large_journey (5, 8);
  g_autoptr(PolkuMapLayout) first = NULL;
  g_autoptr(PolkuMapLayout) again = NULL;
  g_autoptr(PolkuMapLayout) edited = NULL;
  g_autoptr(PolkuMapLayout) fresh = NULL;
  PolkuTouchpoint *touchpoint = find_touchpoint (journey, "Touchpoint 3.4");
  PolkuRect edited_rect, fresh_rect;
  guint shaped;

  first = polku_map_layout_new (journey);
  shaped = _polku_text_cache_get_n_shaped ();
  again = polku_map_layout_new (journey);
  assert_int_equal (_polku_text_cache_get_n_shaped (), shaped);
  assert_true (polku_map_layout_get_width (again) == polku_map_layout_get_width (first));

  polku_touchpoint_set_name (touchpoint, LONG_NAME);
  edited = polku_map_layout_new (journey);
  assert_true (_polku_text_cache_get_n_shaped () - shaped <= 3);
  assert_cards_well_placed (edited);

  _polku_text_cache_clear ();
  fresh = polku_map_layout_new (journey);
  assert_true (polku_map_layout_get_touchpoint_rect (edited, touchpoint, &edited_rect));
  assert_true (polku_map_layout_get_touchpoint_rect (fresh, touchpoint, &fresh_rect));
  assert_true (memcmp (&edited_rect, &fresh_rect, sizeof (PolkuRect)) == 0);
  assert_true (polku_map_layout_get_width (edited) == polku_map_layout_get_width (fresh));
  assert_true (polku_map_layout_get_height (edited) == polku_map_layout_get_height (fresh));
}

/* The texts of maps laid out one after another, as a thumbnailer or a
 * long session lays out many journeys, do not pile up: the cache lets go
 * of other maps' texts once it holds a million characters. */
static void
test_layout_cache_stays_bounded (void **state)
{
  g_autoptr(PolkuJourney) journey = make_large_journey (1, 1);
  PolkuTouchpoint *touchpoint = find_touchpoint (journey, "Touchpoint 1.1");
  gsize most = 0;
  gsize laid_out = 0;

  _polku_text_cache_clear ();
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);
      g_autoptr(PolkuMapLayout) layout = NULL;
      gsize before = _polku_text_cache_get_n_held ();

      /* A text of 40,000 characters no earlier map had. */
      for (guint j = 0; j < 4000; j++)
        g_string_append_printf (name, "w%02u-%04u ", i, j);
      polku_touchpoint_set_name (touchpoint, name->str);
      layout = polku_map_layout_new (journey);
      laid_out += _polku_text_cache_get_n_held () - MIN (before, _polku_text_cache_get_n_held ());
      most = MAX (most, _polku_text_cache_get_n_held ());
    }
  /* The maps laid out more than twice the bound; the cache held at most
   * the bound and what one map adds before the next trims. */
  assert_true (laid_out > 2 * 1000 * 1000);
  assert_true (most < 1000 * 1000 + 200 * 1000);
  _polku_text_cache_clear ();
  assert_int_equal (_polku_text_cache_get_n_held (), 0);
}

/* Every text's box on the map. */
static void
collect_text_rect (const PolkuMapText *text,
                   gpointer            user_data)
{
  PolkuRect rect = { text->x, text->y, text->width, text->height };

  g_array_append_val (user_data, rect);
}

static gboolean
rects_overlap (const PolkuRect *a,
               const PolkuRect *b)
{
  /* Boxes that only touch do not overlap. */
  return a->x + 0.01 < b->x + b->width && b->x + 0.01 < a->x + a->width &&
         a->y + 0.01 < b->y + b->height && b->y + 0.01 < a->y + a->height;
}

/* No two texts of the map overlap, and all lie on the map. */
static void
assert_texts_apart (PolkuMapLayout *layout)
{
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (PolkuRect));
  PolkuRect map = { 0, 0, polku_map_layout_get_width (layout), polku_map_layout_get_height (layout) };

  _polku_map_layout_foreach_text (layout, collect_text_rect, rects);
  assert_true (rects->len > 0);
  for (guint i = 0; i < rects->len; i++)
    {
      PolkuRect *a = &g_array_index (rects, PolkuRect, i);

      assert_true (polku_rect_contains_rect (&map, a));
      for (guint j = 0; j < i; j++)
        {
          PolkuRect *b = &g_array_index (rects, PolkuRect, j);

          if (rects_overlap (a, b))
            fail_msg ("texts overlap: %g,%g %gx%g and %g,%g %gx%g",
                      a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height);
        }
    }
}

/* Each step's texts in the lanes lie in its column and in their lane. */
static void
assert_cells_in_columns (PolkuMapLayout *layout)
{
  for (guint r = 0; r < layout->rows->len; r++)
    {
      PolkuMapRow *row = &g_array_index (layout->rows, PolkuMapRow, r);

      for (guint l = 0; l < row->lanes->len; l++)
        {
          PolkuMapLane *lane = &g_array_index (row->lanes, PolkuMapLane, l);
          PolkuRect gutter = { lane->rect.x, lane->rect.y, row->content_left - lane->rect.x, lane->rect.height };

          assert_true (text_inside (&lane->title, &gutter));
          assert_true (text_inside (&lane->label, &gutter));
          if (lane->kind != POLKU_MAP_LANE_TEXT)
            continue;
          for (guint s = row->first_step; s < row->first_step + row->n_steps; s++)
            {
              PolkuMapStep *step = &g_array_index (layout->steps, PolkuMapStep, s);
              PolkuRect cell = { step->column.x, lane->rect.y, step->column.width, lane->rect.height };

              assert_true (text_inside (&step->cells[lane->field], &cell));
            }
        }
    }
}

static guint
count_lanes (PolkuMapLayout   *layout,
             PolkuMapLaneKind  kind)
{
  PolkuMapRow *row = &g_array_index (layout->rows, PolkuMapRow, 0);
  guint n = 0;

  for (guint i = 0; i < row->lanes->len; i++)
    n += g_array_index (row->lanes, PolkuMapLane, i).kind == kind;
  return n;
}

/* The lanes the journey shows, in the design's order; a field no step
 * fills in has no lane. */
static void
test_layout_lanes_follow_the_journey (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) plain = polku_map_layout_new (journey);
  g_autoptr(PolkuMapLayout) full = NULL;
  g_autoptr(PolkuMapLayout) bare = NULL;
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0);
  PolkuTouchpoint *touchpoint = find_touchpoint (journey, "Service call");
  PolkuMapRow *row;
  PolkuRect rect;
  double y = 0;

  /* Nothing written in the lanes yet: cards and satisfaction only. */
  assert_int_equal (count_lanes (plain, POLKU_MAP_LANE_TEXT), 0);
  assert_int_equal (count_lanes (plain, POLKU_MAP_LANE_CARDS), 1);
  assert_int_equal (count_lanes (plain, POLKU_MAP_LANE_PLOT), 1);

  polku_step_set_field (step, POLKU_STEP_FIELD_DOING, "Calls the number on the van");
  polku_step_set_field (step, POLKU_STEP_FIELD_FEELING, "Hopeful");
  polku_step_set_field (step, POLKU_STEP_FIELD_FRONT_STAGE, "Answers within three rings");
  polku_step_set_field (step, POLKU_STEP_FIELD_FRONT_LINE, "A calendar of free slots");
  polku_step_set_field (step, POLKU_STEP_FIELD_SUPPORT, "Telephony, booking system");
  polku_step_set_field (step, POLKU_STEP_FIELD_NOTES, "Pain point: busy line at lunch");
  full = polku_map_layout_new (journey);
  assert_texts_apart (full);
  assert_cells_in_columns (full);
  assert_cards_well_placed (full);

  /* Doing, feeling (thinking and expectation are empty), touchpoints,
   * satisfaction, answer, front line, support, notes: top to bottom. */
  row = &g_array_index (full->rows, PolkuMapRow, 0);
  assert_int_equal (row->lanes->len, 8);
  {
    static const PolkuStepField fields[] = {
      POLKU_STEP_FIELD_DOING, POLKU_STEP_FIELD_FEELING, 0, 0,
      POLKU_STEP_FIELD_FRONT_STAGE, POLKU_STEP_FIELD_FRONT_LINE,
      POLKU_STEP_FIELD_SUPPORT, POLKU_STEP_FIELD_NOTES,
    };
    static const PolkuMapLaneKind kinds[] = {
      POLKU_MAP_LANE_TEXT, POLKU_MAP_LANE_TEXT, POLKU_MAP_LANE_CARDS, POLKU_MAP_LANE_PLOT,
      POLKU_MAP_LANE_TEXT, POLKU_MAP_LANE_TEXT, POLKU_MAP_LANE_TEXT, POLKU_MAP_LANE_TEXT,
    };

    for (guint i = 0; i < row->lanes->len; i++)
      {
        PolkuMapLane *lane = &g_array_index (row->lanes, PolkuMapLane, i);

        assert_int_equal (lane->kind, kinds[i]);
        if (lane->kind == POLKU_MAP_LANE_TEXT)
          assert_int_equal (lane->field, fields[i]);
        assert_true (lane->rect.y >= y - 0.01);
        y = lane->rect.y + lane->rect.height;
      }
    /* The customer's lane names itself once, its fields each. */
    assert_string_equal (pango_layout_get_text (g_array_index (row->lanes, PolkuMapLane, 0).title.layout),
                         "The customer");
    assert_null (g_array_index (row->lanes, PolkuMapLane, 1).title.layout);
    assert_string_equal (pango_layout_get_text (g_array_index (row->lanes, PolkuMapLane, 1).label.layout),
                         "Feeling");
  }

  /* Hidden lanes are gone, and so is their text; a hidden touchpoint lane
   * takes the cards with it, but the points keep their places. */
  polku_journey_set_lanes (journey, POLKU_LANE_SATISFACTION | POLKU_LANE_NOTES);
  bare = polku_map_layout_new (journey);
  row = &g_array_index (bare->rows, PolkuMapRow, 0);
  assert_int_equal (row->lanes->len, 2);
  assert_int_equal (count_lanes (bare, POLKU_MAP_LANE_CARDS), 0);
  assert_false (polku_map_layout_get_touchpoint_rect (bare, touchpoint, &rect));
  assert_null (polku_map_layout_hit_test (bare, 100, 100));
  assert_true (polku_map_layout_get_score_point (bare, touchpoint, NULL, NULL));
  assert_texts_apart (bare);
}

#define COMPOUND "Asiakaspalvelukeskuksentakaisinsoittopyyntöjärjestelmäuudistusprojektiryhmä"

/* Long Finnish compounds everywhere: every box grows, breaks its words
 * and keeps within its column; no text meets another. */
static void
test_layout_long_text_never_overlaps (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(GPtrArray) touchpoints = list_touchpoints (journey);
  g_autoptr(PolkuMapLayout) layout = NULL;
  g_autoptr(PolkuMapLayout) page = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);

  polku_journey_set_title (journey, COMPOUND " " COMPOUND " " COMPOUND);
  polku_journey_set_segment (journey, COMPOUND);
  polku_journey_set_created (journey, created);
  polku_phase_set_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), COMPOUND);
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);

          polku_step_set_name (step, COMPOUND);
          polku_step_set_gate (step, i == 0);
          for (PolkuStepField f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
            polku_step_set_field (step, f, f % 2 ? COMPOUND " " LONG_NAME " " COMPOUND : "Lyhyt");
        }
    }
  for (guint i = 0; i < touchpoints->len; i++)
    {
      polku_touchpoint_set_name (touchpoints->pdata[i], i % 2 ? COMPOUND : LONG_NAME " " COMPOUND);
      polku_touchpoint_set_channel (touchpoints->pdata[i], POLKU_CHANNEL_OTHER);
      polku_touchpoint_set_field (touchpoints->pdata[i], POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER, COMPOUND);
    }

  layout = polku_map_layout_new (journey);
  assert_cards_well_placed (layout);
  foreach_touchpoint (journey, check_card_in_columns, layout);
  assert_cells_in_columns (layout);
  assert_texts_apart (layout);

  /* The same wrapped for a page. */
  page = polku_map_layout_new_for_page (journey, 786, 507);
  assert_cards_well_placed (page);
  assert_cells_in_columns (page);
  assert_texts_apart (page);
}

/* Gates are marked between their step and the next; what needs fixing
 * first is marked on its card and its point; the legend explains both,
 * and only what the map uses. */
static void
test_layout_gates_and_fix_first (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) layout = NULL;
  g_autoptr(PolkuMapLayout) plain = polku_map_layout_new (journey);
  PolkuPhase *purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  PolkuStep *gate = polku_phase_get_step (purchase, 0);
  PolkuStep *next = polku_phase_get_step (purchase, 1);
  gboolean keys[POLKU_MAP_N_KEYS] = { FALSE };
  PolkuRect gate_rect, next_rect;

  for (guint i = 0; i < plain->keys->len; i++)
    keys[g_array_index (plain->keys, PolkuMapKey, i).kind] = TRUE;
  assert_false (keys[POLKU_MAP_KEY_GATE]);
  assert_true (keys[POLKU_MAP_KEY_FIX_FIRST]);
  assert_true (keys[POLKU_MAP_KEY_TARGET]);

  polku_step_set_gate (gate, TRUE);
  layout = polku_map_layout_new (journey);
  for (guint i = 0; i < layout->keys->len; i++)
    keys[g_array_index (layout->keys, PolkuMapKey, i).kind] = TRUE;
  assert_true (keys[POLKU_MAP_KEY_GATE]);

  assert_true (polku_map_layout_get_step_rect (layout, gate, &gate_rect));
  assert_true (polku_map_layout_get_step_rect (layout, next, &next_rect));
  for (guint i = 0; i < layout->steps->len; i++)
    {
      PolkuMapStep *step = &g_array_index (layout->steps, PolkuMapStep, i);

      assert_int_equal (step->gate, step->step == gate);
      if (step->step != gate)
        continue;
      assert_string_equal (pango_layout_get_text (step->gate_chip.label.layout), "Gate");
      assert_true (step->gate_x >= gate_rect.x + gate_rect.width - 0.01);
      assert_true (step->gate_x <= next_rect.x + 0.01);
    }

  /* Fix first: exactly the touchpoints on the fix-first list, each with
   * its tag; the to-be curve joins the targets. */
  {
    g_autoptr(GPtrArray) fix_first = polku_metrics_fix_first (journey);
    guint n_alerts = 0;
    guint n_to_be = 0;

    for (guint i = 0; i < layout->cards->len; i++)
      {
        PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);

        assert_int_equal (card->alert, polku_metrics_needs_fixing (journey, card->touchpoint));
        assert_int_equal (card->fix_chip.label.layout != NULL, card->alert);
        n_alerts += card->alert;
        n_to_be += card->to_be.next >= 0;
      }
    assert_int_equal (n_alerts, fix_first->len);
    assert_true (n_alerts >= 2);
    assert_true (n_to_be >= 8);
  }
  assert_texts_apart (layout);
}

/* The header dates the map by its last change, else its making, as the
 * map's language writes a date whatever the C library's locale: the
 * process's language for a journey without one. */
static void
test_layout_header_date (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(GDateTime) created = g_date_time_new_utc (2025, 1, 2, 10, 0, 0);
  g_autoptr(GDateTime) modified = g_date_time_new_utc (2026, 11, 23, 10, 0, 0);
  g_autoptr(PolkuMapLayout) undated = polku_map_layout_new (journey);
  g_autoptr(PolkuMapLayout) made = NULL;
  g_autoptr(PolkuMapLayout) changed = NULL;
  g_autoptr(PolkuMapLayout) finnish = NULL;

  assert_null (undated->date.layout);

  polku_journey_set_created (journey, created);
  made = polku_map_layout_new (journey);
  assert_string_equal (pango_layout_get_text (made->date.layout), "Created 2 January 2025");

  polku_journey_set_modified (journey, modified);
  changed = polku_map_layout_new (journey);
  assert_string_equal (pango_layout_get_text (changed->date.layout), "Updated 23 November 2026");

  polku_journey_set_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE, "fi");
  finnish = polku_map_layout_new (journey);
  assert_string_equal (pango_layout_get_text (finnish->date.layout), "Päivitetty 23.11.2026");
  assert_true (polku_rect_contains_rect (&changed->header,
                                         &(PolkuRect) { changed->date.x, changed->date.y,
                                                        changed->date.width, changed->date.height }));
}

/* The as-is curve runs through every score; the to-be curve joins only
 * targets of touchpoints side by side, never crossing one without. */
static void
test_layout_to_be_curve_skips_no_target (void **state)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("curves");
  g_autoptr(PolkuStep) step = polku_step_new ("s", "Booking");
  g_autoptr(PolkuMapLayout) layout = NULL;
  static const double targets[] = { 4, -1, 4.5, 4 };

  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, "Touchpoint");

      polku_touchpoint_set_score (touchpoint, 2 + i * 0.5);
      if (targets[i] > 0)
        polku_touchpoint_set_target (touchpoint, targets[i]);
      polku_step_append_touchpoint (step, touchpoint);
    }
  layout = polku_map_layout_new (journey);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (targets); i++)
    assert_int_equal (POLKU_MAP_CARD_AT (layout, i)->as_is.next, i + 1);
  assert_int_equal (POLKU_MAP_CARD_AT (layout, 0)->to_be.next, -1);
  assert_int_equal (POLKU_MAP_CARD_AT (layout, 1)->to_be.next, -1);
  assert_int_equal (POLKU_MAP_CARD_AT (layout, 2)->to_be.next, 3);
  assert_int_equal (POLKU_MAP_CARD_AT (layout, 3)->to_be.next, -1);
}

static void
test_layout_hit_test (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  g_autoptr(GPtrArray) touchpoints = list_touchpoints (journey);
  PolkuRect first, second;

  for (guint i = 0; i < touchpoints->len; i++)
    {
      PolkuRect rect;

      assert_true (polku_map_layout_get_touchpoint_rect (layout, touchpoints->pdata[i], &rect));
      assert_ptr_equal (polku_map_layout_hit_test (layout,
                                                   rect.x + rect.width / 2,
                                                   rect.y + rect.height / 2),
                        touchpoints->pdata[i]);
      assert_ptr_equal (polku_map_layout_hit_test (layout, rect.x + 1, rect.y + 1),
                        touchpoints->pdata[i]);
    }

  /* Nothing in the margin, the header, or between two cards. */
  assert_null (polku_map_layout_hit_test (layout, 1, 1));
  assert_null (polku_map_layout_hit_test (layout, polku_map_layout_get_width (layout) / 2, 40));
  assert_true (polku_map_layout_get_touchpoint_rect (layout, touchpoints->pdata[0], &first));
  assert_true (polku_map_layout_get_touchpoint_rect (layout, touchpoints->pdata[1], &second));
  assert_null (polku_map_layout_hit_test (layout,
                                          (first.x + first.width + second.x) / 2,
                                          first.y + first.height / 2));
}

/* Points sit at their card's centre, higher for higher scores; an unscored
 * touchpoint has none. */
static void
test_layout_score_points (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  PolkuTouchpoint *high = find_touchpoint (journey, "Follow-up call");
  PolkuTouchpoint *low = find_touchpoint (journey, "Service call");
  PolkuRect rect;
  double high_x, high_y, low_y;

  assert_true (polku_map_layout_get_score_point (layout, high, &high_x, &high_y));
  assert_true (polku_map_layout_get_score_point (layout, low, NULL, &low_y));
  assert_true (polku_map_layout_get_touchpoint_rect (layout, high, &rect));
  assert_true (fabs (high_x - (rect.x + rect.width / 2)) < 1e-6);
  assert_true (high_y > rect.y + rect.height);
  assert_true (high_y < low_y);
  assert_false (polku_map_layout_get_score_point (layout,
                                                  find_touchpoint (journey, "Online booking"),
                                                  NULL, NULL));
}

static const PolkuMapCard *
card_of (PolkuMapLayout  *layout,
         PolkuTouchpoint *touchpoint)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (layout->positions, touchpoint));

  assert_true (index > 0);
  return POLKU_MAP_CARD_AT (layout, index - 1);
}

/* Two measurement rounds: a touchpoint whose mean rose shows an arrow up
 * and "+0.5" after its value, one that fell an arrow down and "−1.0", one
 * measured once nothing; the legend tells what the arrows mean, and the
 * exported map holds the changes as text. */
static void
test_layout_marks_rises_and_falls (void **state)
{
  static const guint32 before_high[] = { 0, 0, 1, 1, 0 }, after_high[] = { 0, 0, 0, 1, 0 };
  static const guint32 before_low[] = { 0, 0, 1, 0, 0 }, after_low[] = { 0, 1, 0, 0, 0 };
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuRound) first = polku_round_new ("r1", "2026-03-01", "march.csv", 3);
  g_autoptr(PolkuRound) second = polku_round_new ("r2", "2026-05-01", "may.csv", 3);
  PolkuTouchpoint *high = find_touchpoint (journey, "Follow-up call");
  PolkuTouchpoint *low = find_touchpoint (journey, "Service call");
  g_autoptr(PolkuMapLayout) layout = NULL;
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  const PolkuMapCard *card;
  gboolean legend = FALSE;

  polku_round_set_counts (first, polku_touchpoint_get_id (high), POLKU_SURVEY_SATISFACTION, before_high, 5);
  polku_round_set_counts (first, polku_touchpoint_get_id (low), POLKU_SURVEY_SATISFACTION, before_low, 5);
  polku_round_set_counts (second, polku_touchpoint_get_id (high), POLKU_SURVEY_SATISFACTION, after_high, 5);
  polku_round_set_counts (second, polku_touchpoint_get_id (low), POLKU_SURVEY_SATISFACTION, after_low, 5);
  polku_journey_append_round (journey, first);
  polku_journey_append_round (journey, second);
  layout = polku_map_layout_new (journey);

  card = card_of (layout, high);
  assert_int_equal (card->trend, POLKU_TREND_RISE);
  assert_string_equal (pango_layout_get_text (card->trend_text.layout), "+0.5");
  assert_true (card->trend_glyph.x >= card->value.x + card->value.width);
  assert_true (card->trend_text.x >= card->trend_glyph.x + card->trend_glyph.width);
  card = card_of (layout, low);
  assert_int_equal (card->trend, POLKU_TREND_FALL);
  assert_string_equal (pango_layout_get_text (card->trend_text.layout), "−1.0");
  card = card_of (layout, find_touchpoint (journey, "Online booking"));
  assert_int_equal (card->trend, POLKU_TREND_NONE);
  assert_null (card->trend_text.layout);

  for (guint i = 0; i < layout->keys->len; i++)
    legend |= g_array_index (layout->keys, PolkuMapKey, i).kind == POLKU_MAP_KEY_TREND;
  assert_true (legend);

  assert_true (polku_export_journey (journey, path, &error));
  assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  assert_non_null (strstr (svg, ">+0.5</text>"));
  assert_non_null (strstr (svg, ">−1.0</text>"));
  assert_non_null (strstr (svg, ">Rise or fall since the previous measurement round</text>"));
  polku_test_remove_tree (dir);
}

/* For a page, a long map wraps into rows and so prints larger. */
static void
test_layout_for_page_wraps (void **state)
{
  g_autoptr(PolkuJourney) journey = make_large_journey (3, 2);
  g_autoptr(PolkuMapLayout) wide = polku_map_layout_new (journey);
  g_autoptr(PolkuMapLayout) page = NULL;
  double width = POLKU_EXPORT_PAGE_WIDTH - 60;
  double height = POLKU_EXPORT_PAGE_HEIGHT - 90;
  double wide_scale, page_scale;

  page = polku_map_layout_new_for_page (journey, width, height);
  assert_true (polku_map_layout_get_n_rows (page) >= 2);
  wide_scale = MIN (width / polku_map_layout_get_width (wide),
                    height / polku_map_layout_get_height (wide));
  page_scale = MIN (width / polku_map_layout_get_width (page),
                    height / polku_map_layout_get_height (page));
  assert_true (page_scale > wide_scale * 1.2);

  /* Every card is still placed, and found again on its row. */
  assert_cards_well_placed (page);
  for (guint i = 0; i < page->cards->len; i++)
    {
      PolkuMapCard *card = &g_array_index (page->cards, PolkuMapCard, i);

      assert_ptr_equal (polku_map_layout_hit_test (page,
                                                   card->rect.x + card->rect.width / 2,
                                                   card->rect.y + card->rect.height / 2),
                        card->touchpoint);
    }
}

/* A small journey fits the page as it is. */
static void
test_layout_for_page_keeps_small_map (void **state)
{
  g_autoptr(PolkuJourney) journey = make_large_journey (1, 1);
  g_autoptr(PolkuMapLayout) page = polku_map_layout_new_for_page (journey, 800, 560);

  assert_int_equal (polku_map_layout_get_n_rows (page), 1);
}

static void
test_export_pdf (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(GPtrArray) touchpoints = list_touchpoints (journey);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;

  assert_true (polku_export_journey (journey, path, &error));
  assert_null (error);

  info = polku_test_run_tool ((const char *[]) { "pdfinfo", path, NULL });
  assert_non_null (strstr (info, "Pages:           1\n"));
  assert_non_null (strstr (info, "Page size:       841.89 x 595.276 pts (A4)"));
  assert_non_null (strstr (info, "Title:           Booking a bathroom renovation"));

  raw_text = polku_test_run_tool ((const char *[]) { "pdftotext", path, "-", NULL });
  text = polku_test_fold_space (raw_text);
  assert_non_null (strstr (text, "Booking a bathroom renovation"));
  assert_non_null (strstr (text, "Pre-purchase"));
  assert_non_null (strstr (text, "Comparing alternatives"));
  for (guint i = 0; i < touchpoints->len; i++)
    {
      const char *name = polku_touchpoint_get_name (touchpoints->pdata[i]);

      if (strstr (text, name) == NULL)
        fail_msg ("“%s” is not in the PDF's text:\n%s", name, text);
    }

  polku_test_remove_tree (dir);
}

static void
check_svg_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  guint *n_texts = user_data;

  if (g_str_equal (element_name, "text"))
    (*n_texts)++;
}

static void
test_export_svg (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(GPtrArray) touchpoints = list_touchpoints (journey);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "Map.SVG", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GMarkupParseContext) parser = NULL;
  GMarkupParser checks = { check_svg_element, NULL, NULL, NULL, NULL };
  guint n_texts = 0;
  gsize length;

  assert_true (polku_export_journey (journey, path, &error));
  assert_true (g_file_get_contents (path, &svg, &length, NULL));

  /* Still well-formed after the text layer went in. */
  parser = g_markup_parse_context_new (&checks, 0, &n_texts, NULL);
  assert_true (g_markup_parse_context_parse (parser, svg, length, &error));
  assert_true (g_markup_parse_context_end_parse (parser, &error));
  assert_true (n_texts >= touchpoints->len);

  assert_non_null (strstr (svg, "<title>Booking a bathroom renovation</title>"));
  assert_non_null (strstr (svg, "pt\" height=\""));
  for (guint i = 0; i < touchpoints->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (polku_touchpoint_get_name (touchpoints->pdata[i]), -1);
      g_autofree char *element = g_strdup_printf (">%s</text>", escaped);

      if (strstr (svg, element) == NULL)
        fail_msg ("no text element for “%s”", escaped);
    }
  assert_non_null (strstr (svg, ">Terms &amp; &lt;fine&gt; print</text>"));

  polku_test_remove_tree (dir);
}

static guint32
pixel_at (cairo_surface_t *image,
          double           x,
          double           y)
{
  unsigned char *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);

  return *(guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static guint32
color_to_pixel (const PolkuColor *color)
{
  return (guint32) lround (color->red * 255) << 16 |
         (guint32) lround (color->green * 255) << 8 |
         (guint32) lround (color->blue * 255);
}

static void
test_export_png (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  const PolkuPalette *palette = polku_palette_light ();
  cairo_surface_t *image;
  int width, height;
  guint n_inked = 0;
  double x, y;

  assert_true (polku_export_journey (journey, path, &error));
  image = cairo_image_surface_create_from_png (path);
  assert_int_equal (cairo_surface_status (image), CAIRO_STATUS_SUCCESS);

  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  assert_int_equal (width, (int) ceil (polku_map_layout_get_width (layout) * 2));
  assert_int_equal (height, (int) ceil (polku_map_layout_get_height (layout) * 2));

  /* White margins, a drawn map. */
  assert_int_equal (pixel_at (image, 2, 2), 0xffffff);
  for (int j = 0; j < height; j += 4)
    for (int i = 0; i < width; i += 4)
      n_inked += pixel_at (image, i, j) != 0xffffff;
  assert_true (n_inked > (guint) (width / 4) * (height / 4) / 3);

  /* The critical prerequisite below target is a red mark, an ordinary
   * point is the curve's blue. */
  assert_true (polku_map_layout_get_score_point (layout,
                                                 find_touchpoint (journey, "Service call"),
                                                 &x, &y));
  assert_int_equal (pixel_at (image, x * 2, y * 2), color_to_pixel (&palette->alert));
  assert_true (polku_map_layout_get_score_point (layout,
                                                 find_touchpoint (journey, "Care guide"),
                                                 &x, &y));
  assert_int_equal (pixel_at (image, x * 2, y * 2), color_to_pixel (&palette->curve));

  cairo_surface_destroy (image);
  polku_test_remove_tree (dir);
}

static void
test_export_format_from_filename (void **state)
{
  PolkuExportFormat format;

  assert_true (polku_export_format_from_filename ("map.pdf", &format));
  assert_int_equal (format, POLKU_EXPORT_FORMAT_PDF);
  assert_true (polku_export_format_from_filename ("/tmp/kartta.Svg", &format));
  assert_int_equal (format, POLKU_EXPORT_FORMAT_SVG);
  assert_true (polku_export_format_from_filename ("dir.pdf/MAP.PNG", &format));
  assert_int_equal (format, POLKU_EXPORT_FORMAT_PNG);
  assert_false (polku_export_format_from_filename ("map.png.txt", &format));
  assert_false (polku_export_format_from_filename ("map", &format));
  assert_false (polku_export_format_from_filename (".png", &format));
  assert_false (polku_export_format_from_filename ("map.pdf/", &format));
  assert_string_equal (polku_export_format_get_extension (POLKU_EXPORT_FORMAT_SVG), ".svg");
}

static void
test_export_refuses_unknown_format (void **state)
{
  g_autoptr(PolkuJourney) journey = make_journey ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "map.docx", NULL);

  assert_false (polku_export_journey (journey, path, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED));
  assert_non_null (strstr (error->message, "map.docx"));
  assert_non_null (strstr (error->message, ".pdf"));
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  polku_test_remove_tree (dir);
}

/* A failed export leaves neither a file nor a half-written one. */
static void
test_export_failures_leave_no_file (void **state)
{
  g_autoptr(PolkuJourney) journey = make_large_journey (20, 20);
  g_autoptr(PolkuJourney) small = make_journey ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *png = g_build_filename (dir, "huge.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "map.pdf", NULL);
  g_autoptr(GDir) listing = NULL;

  /* 1,200 cards are too wide for a PNG image. */
  assert_false (polku_export_journey (journey, png, &error));
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
  assert_non_null (strstr (error->message, "huge.png"));
  assert_non_null (strstr (error->message, "is the largest of its shape"));
  g_clear_error (&error);

  assert_false (polku_export_journey (small, missing, &error));
  assert_non_null (error);

  listing = g_dir_open (dir, 0, NULL);
  assert_null (g_dir_read_name (listing));

  polku_test_remove_tree (dir);
}

/* A PNG image too large is offered the largest that may be, of the same
 * shape: the map at that resolution, or a slide of that width, is within
 * the limits that refused it (images that large take seconds to write: the
 * test writes none). A map too long for an image at any resolution is
 * offered a slide, which exports. */
static void
test_export_offers_the_largest_image (void **state)
{
  g_autoptr(PolkuJourney) journey = make_large_journey (4, 4);
  g_autoptr(PolkuJourney) long_journey = make_large_journey (20, 20);
  g_autofree char *dir = polku_test_make_tmp_dir ("test-render-XXXXXX");
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  PolkuExportOptions options;
  guint width, height;

  polku_export_options_init (&options);
  assert_true (polku_export_options_fit_image (long_journey, &options, &width, &height));
  assert_int_equal (options.image_layout, POLKU_IMAGE_LAYOUT_SLIDE);
  assert_true (polku_export_journey_with_options (long_journey, png, &options, NULL));

  for (PolkuImageLayout layout = POLKU_IMAGE_LAYOUT_MAP; layout <= POLKU_IMAGE_LAYOUT_SLIDE; layout++)
    {
      g_autoptr(GError) error = NULL;

      polku_export_options_init (&options);
      options.image_layout = layout;
      options.dpi = POLKU_EXPORT_DPI_MAX;
      options.slide_width = POLKU_EXPORT_SLIDE_WIDTH_MAX;
      assert_false (polku_export_journey_with_options (journey, png, &options, &error));
      assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));

      assert_true (polku_export_options_fit_image (journey, &options, &width, &height));
      assert_true ((guint64) width * height <= POLKU_RENDER_MAX_PIXELS);
      assert_false (polku_export_options_fit_image (journey, &options, NULL, NULL));
      /* The largest: a dot per inch or a pixel more is too large. */
      {
        PolkuExportOptions more = options;

        more.dpi += 1;
        more.slide_width += 1;
        assert_true (polku_export_options_fit_image (journey, &more, NULL, NULL));
      }
      if (layout == POLKU_IMAGE_LAYOUT_SLIDE)
        assert_int_equal (height, (width * 9 + 8) / 16);
    }
  polku_test_remove_tree (dir);
}

/* The fastest of a few draws of a 1200 × 800 view at the map's top left. */
static gint64
time_view (PolkuMapLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cairo_t *cr = cairo_create (surface);
  gint64 fastest = G_MAXINT64;

  for (guint i = 0; i < 7; i++)
    {
      gint64 start = g_get_monotonic_time ();

      polku_map_draw (layout, cr, polku_palette_dark ());
      fastest = MIN (fastest, g_get_monotonic_time () - start);
    }
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return MAX (fastest, 1);
}

/* A view of a large map costs what it shows, not the whole map: the same
 * view of 1,200 cards draws about as fast as of 60. (cairo discards what
 * falls outside the clip too, so only time tells whether the renderer
 * spent work on it.) */
static void
test_draw_skips_what_is_outside_the_clip (void **state)
{
  g_autoptr(PolkuJourney) large = make_large_journey (20, 20);
  g_autoptr(PolkuJourney) small = make_large_journey (1, 20);
  g_autoptr(PolkuMapLayout) large_layout = polku_map_layout_new (large);
  g_autoptr(PolkuMapLayout) small_layout = polku_map_layout_new (small);
  gint64 large_time, small_time;

  assert_int_equal (polku_journey_count_touchpoints (large), 1200);
  assert_cards_well_placed (large_layout);

  small_time = time_view (small_layout);
  large_time = time_view (large_layout);
  if (large_time > 3 * small_time)
    fail_msg ("a view of 1,200 cards took %" G_GINT64_FORMAT " µs, of 60 cards %" G_GINT64_FORMAT " µs",
              large_time, small_time);
}

/* A word of length characters, from a to z over again. */
static char *
make_word (guint length)
{
  char *word = g_new (char, length + 1);

  for (guint i = 0; i < length; i++)
    word[i] = 'a' + i % 26;
  word[length] = '\0';
  return word;
}

/* The fastest of three layouts of a journey whose step is named name,
 * each measuring its text anew; in µs. */
static gint64
time_step_layout (const char *name)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("word");
  gint64 fastest = G_MAXINT64;

  add_step (journey, POLKU_PHASE_KIND_PURCHASE, name);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PolkuMapLayout) layout = NULL;
      gint64 start;

      _polku_text_cache_clear ();
      start = g_get_monotonic_time ();
      layout = polku_map_layout_new (journey);
      fastest = MIN (fastest, g_get_monotonic_time () - start);
    }
  return fastest;
}

/* A step named long_name, four times short_name, lays out in at most eight
 * times the time, and within a second, where text that took time in the
 * square of its length took sixteen times; and the SVG's searchable text
 * has the name whole, as it is. */
static void
assert_lays_out_in_linear_time (const char *short_name,
                                const char *long_name,
                                const char *what)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("long");
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  gint64 short_time = time_step_layout (short_name);
  gint64 long_time = time_step_layout (long_name);

  if (long_time > 8 * short_time || long_time > G_USEC_PER_SEC)
    fail_msg ("%s took %" G_GINT64_FORMAT " µs to lay out, a quarter of it %" G_GINT64_FORMAT " µs",
              what, long_time, short_time);

  add_step (journey, POLKU_PHASE_KIND_PURCHASE, long_name);
  svg = polku_export_journey_to_bytes (journey, POLKU_EXPORT_FORMAT_SVG, &error);
  assert_null (error);
  assert_non_null (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), long_name));
}

/* A word far longer than its column breaks over lines in time linear in
 * its length (a word of 65,536 characters took 7.4 s, one of 16,384
 * 0.47 s), and the step's heading is the word, whole, with nothing put
 * in. */
static void
test_layout_long_word_in_linear_time (void **state)
{
  g_autofree char *short_word = make_word (16384);
  g_autofree char *long_word = make_word (65536);
  g_autoptr(PolkuJourney) journey = polku_journey_new ("word");
  g_autoptr(PolkuMapLayout) layout = NULL;
  PolkuMapStep *step;

  assert_lays_out_in_linear_time (short_word, long_word, "a word of 65,536 characters");

  add_step (journey, POLKU_PHASE_KIND_PURCHASE, long_word);
  layout = polku_map_layout_new (journey);
  step = POLKU_MAP_STEP_AT (layout, 0);
  assert_string_equal (pango_layout_get_text (step->name.layout), long_word);
  assert_true (pango_layout_get_line_count (step->name.layout) > 100);
  assert_true (step->name.width <= step->column.width);
}

/* n lines of a letter each. */
static char *
make_lines (guint n)
{
  GString *lines = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (lines, "%s%c", i > 0 ? "\n" : "", 'a' + i % 26);
  return g_string_free (lines, FALSE);
}

/* A text of many lines lays out in time linear in their number too
 * (16,384 lines took 1.7 s, 4,096 0.16 s), and the SVG's searchable text
 * has its line breaks as they are. */
static void
test_layout_many_lines_in_linear_time (void **state)
{
  g_autofree char *few = make_lines (4096);
  g_autofree char *many = make_lines (16384);

  assert_lays_out_in_linear_time (few, many, "16,384 lines");
}

/* A journey of n steps and touchpoints in all: a step, the rest its
 * touchpoints. */
static PolkuJourney *
make_journey_of_elements (guint n)
{
  PolkuJourney *journey = polku_journey_new ("elements");
  PolkuStep *step = add_step (journey, POLKU_PHASE_KIND_PURCHASE, "Booking");

  for (guint i = 1; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, "Call");

      polku_step_append_touchpoint (step, touchpoint);
    }
  return journey;
}

static void
assert_over_budget (const GError *error,
                    guint         count,
                    guint         limit)
{
  g_autofree char *count_str = g_strdup_printf ("%u", count);
  g_autofree char *limit_str = g_strdup_printf ("%u", limit);

  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
  if (strstr (error->message, count_str) == NULL || strstr (error->message, limit_str) == NULL)
    fail_msg ("“%s” names neither %u nor the limit %u", error->message, count, limit);
}

/* The budgets count steps and touchpoints, and the characters of every
 * text; export refuses a journey over them before it lays anything out. */
static void
test_budget_of_elements_and_text (void **state)
{
  const PolkuRenderBudget *budget = polku_render_budget_get_default ();
  const PolkuRenderBudget *thumbnail = polku_render_budget_get_thumbnail ();
  g_autoptr(PolkuJourney) most = make_journey_of_elements (POLKU_RENDER_MAX_ELEMENTS);
  g_autoptr(PolkuJourney) over = make_journey_of_elements (POLKU_RENDER_MAX_ELEMENTS + 1);
  g_autoptr(PolkuJourney) wordy = make_journey ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = make_word (POLKU_RENDER_MAX_TEXT / 4);
  gint64 start;

  assert_true (polku_render_budget_check_journey (budget, most, &error));
  assert_false (polku_render_budget_check_journey (thumbnail, most, &error));
  assert_over_budget (error, POLKU_RENDER_MAX_ELEMENTS, POLKU_THUMBNAIL_MAX_ELEMENTS);
  g_clear_error (&error);

  start = g_get_monotonic_time ();
  bytes = polku_export_journey_to_bytes (over, POLKU_EXPORT_FORMAT_PDF, &error);
  assert_null (bytes);
  assert_over_budget (error, POLKU_RENDER_MAX_ELEMENTS + 1, POLKU_RENDER_MAX_ELEMENTS);
  assert_true (g_get_monotonic_time () - start < G_USEC_PER_SEC / 10);
  g_clear_error (&error);

  /* A field of a quarter of the text budget in each of the six steps. */
  for (PolkuPhaseKind kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (wordy, kind);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        polku_step_set_field (polku_phase_get_step (phase, i), POLKU_STEP_FIELD_NOTES, field);
    }
  assert_false (polku_render_budget_check_journey (budget, wordy, &error));
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
  assert_non_null (strstr (error->message, "2000000"));
  g_clear_error (&error);
  bytes = polku_export_journey_to_bytes (wordy, POLKU_EXPORT_FORMAT_SVG, &error);
  assert_null (bytes);
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
}

/* Pages, pixels and time: at the limit, and past it. */
static void
test_budget_of_pages_pixels_and_time (void **state)
{
  const PolkuRenderBudget *budget = polku_render_budget_get_default ();
  g_autoptr(GError) error = NULL;

  assert_true (polku_render_budget_check_pages (budget, POLKU_RENDER_MAX_PAGES, &error));
  assert_false (polku_render_budget_check_pages (budget, POLKU_RENDER_MAX_PAGES + 1, &error));
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
  g_clear_error (&error);

  assert_true (polku_render_budget_check_pixels (budget, 8000, 4000, &error));
  assert_false (polku_render_budget_check_pixels (budget, 8000, 4001, &error));
  assert_non_null (strstr (error->message, "8000 × 4001"));
  assert_non_null (strstr (error->message, "PDF or SVG"));
  g_clear_error (&error);

  assert_true (polku_render_budget_check_time (budget, g_get_monotonic_time (), &error));
  assert_false (polku_render_budget_check_time (budget, g_get_monotonic_time () -
                                                (POLKU_RENDER_MAX_SECONDS + 1) * G_USEC_PER_SEC,
                                                &error));
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_layout_places_every_card),
    cmocka_unit_test (test_layout_columns_in_order),
    cmocka_unit_test (test_layout_long_name_grows_card),
    cmocka_unit_test (test_layout_measures_only_changed_text),
    cmocka_unit_test (test_layout_cache_stays_bounded),
    cmocka_unit_test (test_layout_lanes_follow_the_journey),
    cmocka_unit_test (test_layout_long_text_never_overlaps),
    cmocka_unit_test (test_layout_gates_and_fix_first),
    cmocka_unit_test (test_layout_header_date),
    cmocka_unit_test (test_layout_to_be_curve_skips_no_target),
    cmocka_unit_test (test_layout_hit_test),
    cmocka_unit_test (test_layout_score_points),
    cmocka_unit_test (test_layout_marks_rises_and_falls),
    cmocka_unit_test (test_layout_for_page_wraps),
    cmocka_unit_test (test_layout_for_page_keeps_small_map),
    cmocka_unit_test (test_export_pdf),
    cmocka_unit_test (test_export_svg),
    cmocka_unit_test (test_export_png),
    cmocka_unit_test (test_export_format_from_filename),
    cmocka_unit_test (test_export_refuses_unknown_format),
    cmocka_unit_test (test_export_failures_leave_no_file),
    cmocka_unit_test (test_export_offers_the_largest_image),
    cmocka_unit_test (test_draw_skips_what_is_outside_the_clip),
    cmocka_unit_test (test_layout_long_word_in_linear_time),
    cmocka_unit_test (test_layout_many_lines_in_linear_time),
    cmocka_unit_test (test_budget_of_elements_and_text),
    cmocka_unit_test (test_budget_of_pages_pixels_and_time),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
