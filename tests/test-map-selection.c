/* test-map-selection.c: picking, framing and dropping items on a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-core.h"
#include "polku-map-selection.h"
#include "polku-render.h"

/* Pre-purchase: s1 (t1, t2), s2 (no cards); purchase: nothing;
 * post-purchase: s3 (t3). */
typedef struct
{
  PolkuJourney    *journey;
  PolkuPhase      *pre, *purchase, *post;
  PolkuStep       *s1, *s2, *s3;
  PolkuTouchpoint *t1, *t2, *t3;
  PolkuMapLayout  *layout;
} Fixture;

static PolkuStep *
add_step (PolkuPhase *phase,
          const char *id,
          const char *name)
{
  g_autoptr(PolkuStep) step = polku_step_new (id, name);

  polku_phase_append_step (phase, step);
  return step;
}

static PolkuTouchpoint *
add_touchpoint (PolkuStep  *step,
                const char *id,
                const char *name)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, name);

  polku_step_append_touchpoint (step, touchpoint);
  return touchpoint;
}

static int
setup (void **state)
{
  Fixture *f = g_new0 (Fixture, 1);

  f->journey = polku_journey_new ("j");
  polku_journey_set_title (f->journey, "Selections");
  f->pre = polku_journey_get_phase (f->journey, POLKU_PHASE_KIND_PRE_PURCHASE);
  f->purchase = polku_journey_get_phase (f->journey, POLKU_PHASE_KIND_PURCHASE);
  f->post = polku_journey_get_phase (f->journey, POLKU_PHASE_KIND_POST_PURCHASE);
  f->s1 = add_step (f->pre, "s1", "Notices");
  f->s2 = add_step (f->pre, "s2", "Compares");
  f->s3 = add_step (f->post, "s3", "Uses");
  f->t1 = add_touchpoint (f->s1, "t1", "Advert");
  f->t2 = add_touchpoint (f->s1, "t2", "Friend");
  f->t3 = add_touchpoint (f->s3, "t3", "Manual");
  polku_touchpoint_set_score (f->t1, 4);
  f->layout = polku_map_layout_new (f->journey);

  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  g_object_unref (f->layout);
  g_object_unref (f->journey);
  g_free (f);
  return 0;
}

#define O(x) G_OBJECT (x)

static void
centre (const PolkuRect *rect,
        double          *x,
        double          *y)
{
  *x = rect->x + rect->width / 2;
  *y = rect->y + rect->height / 2;
}

static void
test_hit_test (void **state)
{
  Fixture *f = *state;
  PolkuRect card, column, band, header;
  double x, y;

  assert_true (polku_map_selection_get_item_rect (f->layout, O (f->t2), &card));
  centre (&card, &x, &y);
  assert_ptr_equal (polku_map_selection_hit_test (f->layout, x, y), f->t2);

  /* Below the cards, in the satisfaction lane, the column is the step's. */
  assert_true (polku_map_selection_get_item_rect (f->layout, O (f->s2), &column));
  assert_ptr_equal (polku_map_selection_hit_test (f->layout, column.x + column.width / 2,
                                                  column.y + column.height - 2), f->s2);

  assert_true (polku_map_selection_get_item_rect (f->layout, O (f->purchase), &band));
  centre (&band, &x, &y);
  assert_ptr_equal (polku_map_selection_hit_test (f->layout, x, y), f->purchase);

  assert_true (polku_map_selection_get_item_rect (f->layout, O (f->journey), &header));
  assert_ptr_equal (polku_map_selection_hit_test (f->layout, header.x + 4, header.y + 4), f->journey);

  /* The margin around the map holds nothing. */
  assert_null (polku_map_selection_hit_test (f->layout, 1, 1));
  assert_null (polku_map_selection_hit_test (f->layout, polku_map_layout_get_width (f->layout) - 1,
                                             polku_map_layout_get_height (f->layout) - 1));
}

static void
test_name_rects (void **state)
{
  Fixture *f = *state;
  GObject *items[] = { O (f->t1), O (f->s1), O (f->pre), O (f->journey) };

  /* Each name lies in its item, where it is written, a line tall at least. */
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      PolkuRect item, name;

      assert_true (polku_map_selection_get_item_rect (f->layout, items[i], &item));
      assert_true (polku_map_selection_get_name_rect (f->layout, items[i], &name));
      assert_true (name.height >= 16);
      assert_true (name.x >= item.x && name.y >= item.y);
      assert_true (name.y + name.height <= item.y + item.height + 1);
      if (!POLKU_IS_JOURNEY (items[i]))
        assert_true (name.x + name.width <= item.x + item.width + 0.5);
    }

  /* Nothing for what the map does not hold. */
  {
    g_autoptr(PolkuTouchpoint) stranger = polku_touchpoint_new ("x", "x");
    PolkuRect rect;

    assert_false (polku_map_selection_get_name_rect (f->layout, O (stranger), &rect));
    assert_false (polku_map_selection_get_item_rect (f->layout, O (stranger), &rect));
    assert_false (polku_map_selection_get_item_rect (f->layout, NULL, &rect));
  }
}

static void
assert_slot (Fixture *f,
             GType    type,
             double   x,
             double   y,
             gpointer container,
             guint    position)
{
  GObject *found = NULL;
  guint found_position = G_MAXUINT;
  PolkuRect marker;

  assert_true (polku_map_selection_get_drop_slot (f->layout, type, x, y, &found, &found_position, &marker));
  assert_ptr_equal (found, container);
  assert_int_equal (found_position, position);
  assert_true (marker.width > 0 && marker.height > 0);
}

static void
test_drop_slots (void **state)
{
  Fixture *f = *state;
  PolkuRect t1, t2, s1, s2, s3, purchase;

  polku_map_selection_get_item_rect (f->layout, O (f->t1), &t1);
  polku_map_selection_get_item_rect (f->layout, O (f->t2), &t2);
  polku_map_selection_get_item_rect (f->layout, O (f->s1), &s1);
  polku_map_selection_get_item_rect (f->layout, O (f->s2), &s2);
  polku_map_selection_get_item_rect (f->layout, O (f->s3), &s3);
  polku_map_selection_get_item_rect (f->layout, O (f->purchase), &purchase);

  /* A card goes before the card whose left half it is over. */
  assert_slot (f, POLKU_TYPE_TOUCHPOINT, t1.x + 2, t1.y + 2, f->s1, 0);
  assert_slot (f, POLKU_TYPE_TOUCHPOINT, t1.x + t1.width - 2, t1.y + 2, f->s1, 1);
  assert_slot (f, POLKU_TYPE_TOUCHPOINT, t2.x + t2.width - 2, t2.y + 2, f->s1, 2);
  /* Into a step without cards, anywhere in its column. */
  assert_slot (f, POLKU_TYPE_TOUCHPOINT, s2.x + s2.width / 2, s2.y + s2.height - 4, f->s2, 0);
  assert_slot (f, POLKU_TYPE_TOUCHPOINT, s3.x + s3.width - 2, s3.y + 30, f->s3, 1);

  /* A step goes before the step whose left half it is over. */
  assert_slot (f, POLKU_TYPE_STEP, s1.x + 2, s1.y + 10, f->pre, 0);
  assert_slot (f, POLKU_TYPE_STEP, s2.x + 2, s2.y + 10, f->pre, 1);
  assert_slot (f, POLKU_TYPE_STEP, s2.x + s2.width - 2, s2.y + 10, f->pre, 2);
  /* Into a phase without steps. */
  assert_slot (f, POLKU_TYPE_STEP, purchase.x + purchase.width / 2, purchase.y + 40, f->purchase, 0);

  /* Nothing takes a card outside the columns, or a phase anywhere. */
  {
    GObject *container;
    guint position;
    PolkuRect marker;

    assert_false (polku_map_selection_get_drop_slot (f->layout, POLKU_TYPE_TOUCHPOINT, 1, 1,
                                                     &container, &position, &marker));
    assert_false (polku_map_selection_get_drop_slot (f->layout, POLKU_TYPE_TOUCHPOINT,
                                                     purchase.x + purchase.width / 2, purchase.y + 40,
                                                     &container, &position, &marker));
    assert_false (polku_map_selection_get_drop_slot (f->layout, POLKU_TYPE_PHASE, t1.x + 2, t1.y + 2,
                                                     &container, &position, &marker));
  }
}

/* Draws the map and over it the selection, and counts the pixels of the
 * selection's colour in a box. */
static guint
count_colour (Fixture         *f,
              GObject         *selected,
              const PolkuRect *box)
{
  const PolkuColor colour = { 1.0, 0.0, 1.0, 1.0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n = 0;
  int width = (int) polku_map_layout_get_width (f->layout);
  int height = (int) polku_map_layout_get_height (f->layout);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  polku_map_draw (f->layout, cr, polku_palette_light ());
  polku_map_selection_draw (f->layout, cr, selected, &colour);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = MAX (0, (int) box->y); y < MIN (height, (int) (box->y + box->height)); y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface)
                                              + y * cairo_image_surface_get_stride (surface));

      for (int x = MAX (0, (int) box->x); x < MIN (width, (int) (box->x + box->width)); x++)
        if ((row[x] & 0xffffff) == 0xff00ff)
          n++;
    }
  cairo_surface_destroy (surface);
  return n;
}

static void
test_draw_selection (void **state)
{
  Fixture *f = *state;
  PolkuRect card, around;

  polku_map_selection_get_item_rect (f->layout, O (f->t1), &card);
  around = (PolkuRect) { card.x - 8, card.y - 8, card.width + 16, card.height + 16 };

  /* A ring around the selected card, all the way round, and nothing when
   * something else, or nothing, is selected. */
  assert_true (count_colour (f, O (f->t1), &around) > 2 * (card.width + card.height));
  assert_int_equal (count_colour (f, O (f->t3), &around), 0);
  assert_int_equal (count_colour (f, NULL, &around), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_hit_test, setup, teardown),
    cmocka_unit_test_setup_teardown (test_name_rects, setup, teardown),
    cmocka_unit_test_setup_teardown (test_drop_slots, setup, teardown),
    cmocka_unit_test_setup_teardown (test_draw_selection, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
