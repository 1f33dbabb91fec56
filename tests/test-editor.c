/* test-editor.c: building a journey in the window with the keyboard, as a
 * facilitator does, with real key events on the X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-map-selection.h"
#include "polku-test-ui.h"

static PolkuApplication *app;
static PolkuWindow *window;
static char *tmp_dir;

static void
press (const char *keys)
{
  polku_test_press (keys);
}

static void
type (const char *text)
{
  polku_test_type (text);
}

/* Gives the window the keyboard, and the canvas the keys. */
static void
focus_canvas (void)
{
  polku_test_focus_window (window);
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
}

static int
setup_app (void **state)
{
  window = polku_test_start_window (APP_ID, "polku-test-editor-XXXXXX", &app, &tmp_dir);
  return 0;
}

static int
teardown_app (void **state)
{
  polku_test_stop_window (g_steal_pointer (&app), window, g_steal_pointer (&tmp_dir));
  return 0;
}

static GObject *
selected (void)
{
  return polku_selection_get_item (_polku_window_get_selection (window));
}

static gboolean
canvas_is_renaming (gpointer data)
{
  return _polku_map_editor_get_rename_entry (window->map_editor) != NULL;
}

static gboolean
canvas_is_not_renaming (gpointer data)
{
  return _polku_map_editor_get_rename_entry (window->map_editor) == NULL;
}

/* Types a name over the one selected on the canvas, and Enter. */
static void
type_name (const char *name)
{
  PolkuTestStringIs is = { selected (), "name", name };

  assert_true (polku_test_wait_until (canvas_is_renaming, NULL));
  type (name);
  press ("Return");
  if (!polku_test_wait_until (polku_test_string_is, &is))
    {
      g_autofree char *value = NULL;
      GtkEditable *entry = _polku_map_editor_get_rename_entry (window->map_editor);

      g_object_get (is.object, "name", &value, NULL);
      fail_msg ("the name is “%s” not “%s”, the entry has “%s”, focus on %s", value, name,
                entry != NULL ? gtk_editable_get_text (entry) : "(none)",
                G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))));
    }
  assert_true (polku_test_wait_until (canvas_is_not_renaming, NULL));
}

static gboolean
selection_is_step (gpointer data)
{
  return POLKU_IS_STEP (selected ());
}

static gboolean
selection_is (gpointer data)
{
  return selected () == data;
}

typedef struct
{
  PolkuTouchpoint *touchpoint;
  double           score;
  PolkuCriticality criticality;
  PolkuRole        role;
} TagsAre;

static gboolean
tags_are (gpointer data)
{
  TagsAre *are = data;

  return polku_touchpoint_get_score (are->touchpoint) == are->score &&
         polku_touchpoint_get_criticality (are->touchpoint) == are->criticality &&
         polku_touchpoint_get_role (are->touchpoint) == are->role;
}

static const char *step_names[] = {
  "Hears a rattle", "Looks for a shop",
  "Books a slot", "Drops the bike off",
  "Rides home", "Tells a friend",
};

static const char *touchpoint_names[] = {
  "Bell sound", "Chain check tip", "Map search", "Shop reviews",
  "Booking page", "Phone call", "Reception desk", "Work order",
  "Invoice by mail", "Test ride", "Review request", "Loyalty card",
};

/* Adds a touchpoint after the selection with Ctrl+Enter, names it, tags it
 * with single keys and scores it with a digit. */
static void
add_touchpoint (guint index)
{
  char digit[2] = { '1' + index % 5, '\0' };
  PolkuTestNewSelection new_selection = { window, selected (), POLKU_TYPE_TOUCHPOINT };
  TagsAre are;

  press ("ctrl+Return");
  assert_true (polku_test_wait_until (polku_test_selection_is_new, &new_selection));
  type_name (touchpoint_names[index]);

  are.touchpoint = POLKU_TOUCHPOINT (selected ());
  are.criticality = index % 3 == 0 ? POLKU_CRITICALITY_CRITICAL : POLKU_CRITICALITY_NON_CRITICAL;
  are.role = index % 2 == 1 ? POLKU_ROLE_OPPORTUNITY : POLKU_ROLE_PREREQUISITE;
  are.score = 1 + index % 5;
  if (are.criticality == POLKU_CRITICALITY_CRITICAL)
    press ("c");
  if (are.role == POLKU_ROLE_OPPORTUNITY)
    press ("o");
  press (digit);
  assert_true (polku_test_wait_until (tags_are, &are));
}

static void
add_step (guint index)
{
  PolkuTestNewSelection new_selection = { window, selected (), POLKU_TYPE_STEP };

  press ("ctrl+shift+Return");
  assert_true (polku_test_wait_until (polku_test_selection_is_new, &new_selection));
  type_name (step_names[index]);
}

typedef struct
{
  PolkuUndoStack *stack;
  guint64         state;
} StateChanged;

static gboolean
state_changed (gpointer data)
{
  StateChanged *changed = data;

  return polku_undo_stack_get_state (changed->stack) != changed->state;
}

/* Presses keys until the stack can go no further that way. */
static guint
press_while (const char *keys,
             gboolean  (*can) (PolkuUndoStack *stack))
{
  guint n = 0;

  while (can (_polku_window_get_undo_stack (window)))
    {
      StateChanged changed = { _polku_window_get_undo_stack (window), polku_undo_stack_get_state (_polku_window_get_undo_stack (window)) };

      press (keys);
      assert_true (polku_test_wait_until (state_changed, &changed));
      n++;
    }
  return n;
}

static GBytes *
write_document (void)
{
  return polku_writer_write (polku_window_get_document (window));
}

static void
test_build_journey_with_the_keyboard (void **state)
{
  g_autoptr(GBytes) three_phases = polku_test_read_test_file ("three-phases.polku");
  g_autoptr(GBytes) start = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autofree char *path = NULL;
  g_autofree char *row = NULL;
  PolkuJourney *journey;
  guint n_undone, n_redone;

  polku_test_open_copy (window, tmp_dir, "workshop.polku", three_phases);
  journey = _polku_window_get_journey (window);
  start = write_document ();
  focus_canvas ();
  assert_ptr_equal (selected (), journey);

  /* Down from the journey's header to the first phase. */
  press ("Down");
  assert_true (polku_test_wait_until (selection_is, polku_journey_get_phase (journey, 0)));
  assert_string_equal (_polku_inspector_get_page (window->inspector), "phase");

  for (guint phase = 0; phase < POLKU_N_PHASE_KINDS; phase++)
    {
      if (phase > 0)
        {
          /* From a touchpoint up to its step and phase, and on to the next. */
          press ("Up Up Right");
          assert_true (polku_test_wait_until (selection_is, polku_journey_get_phase (journey, phase)));
        }
      add_step (2 * phase);
      add_touchpoint (4 * phase);
      add_touchpoint (4 * phase + 1);

      /* The second step goes after the first. */
      press ("Up");
      assert_true (polku_test_wait_until (selection_is_step, NULL));
      add_step (2 * phase + 1);
      add_touchpoint (4 * phase + 2);
      add_touchpoint (4 * phase + 3);
    }

  assert_int_equal (polku_journey_count_steps (journey), 6);
  assert_int_equal (polku_journey_count_touchpoints (journey), 12);
  /* What the user sees: the outline names the last touchpoint, the title
   * says there are unsaved changes, the inspector shows the touchpoint. */
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  row = _polku_outline_dup_row_text (window->outline, selected ());
  assert_string_equal (row, "Loyalty card");
  assert_non_null (strstr (adw_window_title_get_subtitle (window->window_title), "•"));
  assert_string_equal (_polku_inspector_get_page (window->inspector), "touchpoint");

  /* Saved, the file is the one expected, byte for byte. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  assert_true (polku_test_wait_until (polku_test_save_finished, window));
  path = g_build_filename (tmp_dir, "workshop.polku", NULL);
  saved = polku_test_read_bytes (path);
  expected = polku_test_read_test_file ("editor-expected.polku");
  polku_test_assert_bytes_equal (expected, saved, "editor-saved.polku");
  assert_null (strstr (adw_window_title_get_subtitle (window->window_title), "•"));

  /* Ctrl+Z takes everything back, to the journey as it was opened. */
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  n_undone = press_while ("ctrl+z", polku_undo_stack_can_undo);
  undone = write_document ();
  polku_test_assert_bytes_equal (start, undone, "editor-undone.polku");
  assert_int_equal (polku_journey_count_touchpoints (journey), 0);
  /* The selection fell back from what went to what held it, and stays
   * there while what is taken back is elsewhere. */
  assert_ptr_equal (selected (), polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE));

  /* Ctrl+Shift+Z does it all again, to what was saved. */
  n_redone = press_while ("ctrl+shift+z", polku_undo_stack_can_redo);
  assert_int_equal (n_undone, n_redone);
  redone = write_document ();
  polku_test_assert_bytes_equal (expected, redone, "editor-redone.polku");
  assert_false (polku_undo_stack_get_dirty (_polku_window_get_undo_stack (window)));
}

/* The journey built above, as a start for the other tests. */
static void
open_built_journey (const char *name)
{
  g_autoptr(GBytes) contents = polku_test_read_test_file ("editor-expected.polku");

  polku_test_open_copy (window, tmp_dir, name, contents);
  focus_canvas ();
}

typedef struct
{
  GObject *item;
  GObject *container;
  guint    position;
} IsAt;

static gboolean
is_at (gpointer data)
{
  IsAt *at = data;
  PolkuLocation location;

  if (!polku_navigation_locate (_polku_window_get_journey (window), at->item, &location))
    return FALSE;
  if (POLKU_IS_TOUCHPOINT (at->item))
    return G_OBJECT (location.step) == at->container && location.touchpoint_position == at->position;
  return G_OBJECT (location.phase) == at->container && location.step_position == at->position;
}

/* Waits until item is at position in container (a step or phase). */
#define assert_at(item_, container_, position_) \
  G_STMT_START { \
    IsAt at_ = { G_OBJECT (item_), G_OBJECT (container_), (position_) }; \
    if (!polku_test_wait_until (is_at, &at_)) \
      { \
        PolkuLocation where_; \
        polku_navigation_locate (_polku_window_get_journey (window), at_.item, &where_); \
        fail_msg ("%s is in step %s at %u, step %u of its phase", #item_, \
                  where_.step != NULL ? polku_step_get_name (where_.step) : "-", \
                  where_.touchpoint_position, where_.step_position); \
      } \
  } G_STMT_END

/* Where the middle of an item of the map is, on the X server's screen. */
static void
item_on_screen (GObject *item,
                double  *x,
                double  *y)
{
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  PolkuMapLayout *layout = polku_map_view_get_layout (map_view);
  graphene_rect_t area;
  PolkuRect rect;

  assert_true (polku_map_selection_get_item_rect (layout, item, &rect));
  polku_map_view_map_to_widget (map_view, &rect, &area);
  assert_true (area.origin.x >= 0 && area.origin.x + area.size.width <= gtk_widget_get_width (GTK_WIDGET (map_view)));
  polku_test_point_in_window (GTK_WIDGET (map_view), area.origin.x + area.size.width / 2,
                              area.origin.y + area.size.height / 2, x, y);
}

/* Where an outline row is on the X server's screen, at a fraction of its
 * height. */
static void
row_on_screen (GObject *item,
               double  *x,
               double  *y,
               double   fraction)
{
  GtkWidget *row = _polku_outline_get_row_widget (window->outline, item);

  assert_non_null (row);
  polku_test_point_in_window (row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) * fraction,
                              x, y);
}

/* The drag started in widget or below it, or NULL when none goes on. */
static GdkDrag *
find_drag (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller) && gtk_drag_source_get_drag (GTK_DRAG_SOURCE (controller)) != NULL)
        return gtk_drag_source_get_drag (GTK_DRAG_SOURCE (controller));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GdkDrag *drag = find_drag (child);

      if (drag != NULL)
        return drag;
    }
  return NULL;
}

static gboolean
no_drag_in_progress (gpointer data)
{
  return find_drag (GTK_WIDGET (window)) == NULL;
}

/* Where a drop target of the window last saw the dragged item. */
static struct
{
  GtkDropTarget *target;
  double         x;
  double         y;
} drop_motion;

static gboolean
drop_motion_hook (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               data)
{
  g_printerr ("HOOK %u\n", n_values);
  g_set_object (&drop_motion.target, g_value_get_object (&values[0]));
  drop_motion.x = g_value_get_double (&values[1]);
  drop_motion.y = g_value_get_double (&values[2]);
  return TRUE;
}

/* The drag over the window is at the point (x, y, in the window) and the
 * drop target there has the item it would take: its answer to the move is
 * the one it gives to the drop. */
static gboolean
drag_reached (gpointer data)
{
  const double *point = data;
  GtkWidget *widget;
  double x, y;

  if (find_drag (GTK_WIDGET (window)) == NULL)
    return TRUE;
  if (drop_motion.target == NULL || gtk_drop_target_get_value (drop_motion.target) == NULL)
    return FALSE;

  widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (drop_motion.target));
  polku_test_point_in_window (widget, drop_motion.x, drop_motion.y, &x, &y);
  return fabs (x - point[0]) < 0.5 && fabs (y - point[1]) < 0.5;
}

/* The drag's source knows the drop target takes the item. */
static gboolean
drop_accepted (gpointer data)
{
  GdkDrag *drag = find_drag (GTK_WIDGET (window));

  return drag == NULL || gdk_drag_get_selected_action (drag) != 0;
}

static void
move_pointer (gulong      xid,
              int         x,
              int         y,
              const char *then)
{
  polku_test_xdotool ("mousemove --window %lu %d %d%s", xid, x, y, then);
  polku_test_wait_for_x_events (GTK_WIDGET (window));
}

/* Drags with the primary button through n points, x and y in the window
 * one after the other. The window answers each move before the next, as
 * with a hand: a drag goes through the X server to the drop target and
 * back. A drag tells a target where it is only on moves it makes after
 * the target answered the last one, and its first move may find no
 * target yet; where a move went untold, the pointer stirs by a pixel and
 * comes back, as a hand never holds quite still. */
static void
drag_through (guint         n,
              const double *points)
{
  gulong xid = polku_test_window_xid (GTK_WIDGET (window));
  guint hook = g_signal_add_emission_hook (g_signal_lookup ("motion", GTK_TYPE_DROP_TARGET), 0,
                                           drop_motion_hook, NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      double point[2] = { (int) points[2 * i], (int) points[2 * i + 1] };
      gboolean last = i + 1 == n;

      move_pointer (xid, point[0], point[1], i == 0 ? " mousedown 1" : "");
      for (guint stir = 0; stir < 20 && !(drag_reached (point) && (!last || drop_accepted (NULL))); stir++)
        {
          move_pointer (xid, point[0] + 1, point[1], "");
          move_pointer (xid, point[0], point[1], "");
        }
      assert_true (drag_reached (point));
    }
  assert_true (drop_accepted (NULL));
  polku_test_xdotool ("mouseup 1");
  polku_test_wait_for_x_events (GTK_WIDGET (window));
  /* The drag lets go of the keyboard once it is over. */
  assert_true (polku_test_wait_until (no_drag_in_progress, NULL));

  g_signal_remove_emission_hook (g_signal_lookup ("motion", GTK_TYPE_DROP_TARGET), hook);
  g_clear_object (&drop_motion.target);
}

/* Counts the pixels of the accent's blue in widget as drawn, in a band
 * left of area (widget pixels) from `from` to `to` pixels outside its left
 * edge, as tall as area. */
static guint
count_accent_pixels (GtkWidget             *widget,
                     const graphene_rect_t *area,
                     int                    from,
                     int                    to)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = NULL;
  int width, height;
  guint n = 0;

  polku_test_wait_for_frames (widget, 2);
  texture = polku_test_render_widget (widget);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * 4);

  for (int y = MAX (0, (int) area->origin.y); y < MIN (height, (int) (area->origin.y + area->size.height)); y++)
    for (int x = MAX (0, (int) area->origin.x - to); x < MIN (width, (int) area->origin.x - from); x++)
      {
        guint32 pixel = pixels[y * width + x];
        int red = (pixel >> 16) & 0xff, blue = pixel & 0xff;

        /* The accent, or its antialiased edge over the light ground. */
        if (blue - red > 80)
          n++;
      }
  return n;
}

/* Where the map draws a card, in the map view's pixels. */
static void
card_area (PolkuTouchpoint *touchpoint,
           graphene_rect_t *area)
{
  PolkuMapView *map_view = _polku_window_get_map_view (window);
  PolkuRect rect;

  polku_test_wait_for_frames (GTK_WIDGET (map_view), 2);
  assert_true (polku_map_selection_get_item_rect (polku_map_view_get_layout (map_view), G_OBJECT (touchpoint),
                                               &rect));
  polku_map_view_map_to_widget (map_view, &rect, area);
}

/* The selection's ring, just left of a card. */
static guint
count_ring_pixels (PolkuTouchpoint *touchpoint)
{
  graphene_rect_t area;

  card_area (touchpoint, &area);
  return count_accent_pixels (GTK_WIDGET (_polku_window_get_map_view (window)), &area, 0, 6);
}

/* The focus ring, left of the selection's. */
static guint
count_focus_ring_pixels (PolkuTouchpoint *touchpoint)
{
  graphene_rect_t area;

  card_area (touchpoint, &area);
  return count_accent_pixels (GTK_WIDGET (_polku_window_get_map_view (window)), &area, 6, 11);
}

static void
test_select_move_and_drag_on_the_canvas (void **state)
{
  g_autoptr(GBytes) start = NULL;
  g_autoptr(GBytes) undone = NULL;
  PolkuJourney *journey;
  PolkuTouchpoint *chain, *bell;
  PolkuPhase *pre, *purchase;
  PolkuStep *s1, *s2, *s3;
  double x, y, to_x, to_y;

  open_built_journey ("moves.polku");
  journey = _polku_window_get_journey (window);
  start = write_document ();
  pre = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PRE_PURCHASE);
  purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  s1 = polku_phase_get_step (pre, 0);
  s2 = polku_phase_get_step (pre, 1);
  s3 = polku_phase_get_step (purchase, 0);
  chain = polku_test_find_touchpoint (_polku_window_get_journey (window), "Chain check tip");
  bell = polku_test_find_touchpoint (_polku_window_get_journey (window), "Bell sound");
  /* Small enough that every card a mouse goes to is in sight. */
  polku_map_view_set_zoom (_polku_window_get_map_view (window), 0.5);
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));

  /* A click selects the card, which shows it; the inspector follows. */
  assert_int_equal (count_ring_pixels (chain), 0);
  item_on_screen (G_OBJECT (chain), &x, &y);
  polku_test_xdotool ("mousemove --window %lu %d %d click 1", polku_test_window_xid (GTK_WIDGET (window)),
                      (int) x, (int) y);
  assert_true (polku_test_wait_until (selection_is, chain));
  assert_string_equal (_polku_inspector_get_page (window->inspector), "touchpoint");
  assert_true (count_ring_pixels (chain) > 20);

  /* Alt+Right moves it on through the next step and into the next phase. */
  press ("alt+Right");
  assert_at (chain, s2, 0);
  press ("alt+Right alt+Right");
  assert_at (chain, s2, 2);
  press ("alt+Right");
  assert_at (chain, s3, 0);
  press ("alt+Left");
  assert_at (chain, s2, 2);
  assert_ptr_equal (selected (), chain);

  /* Steps move too, from the end of one phase to the start of the next. */
  press ("Up");
  assert_true (polku_test_wait_until (selection_is, s2));
  press ("alt+Right");
  assert_at (s2, purchase, 0);

  /* Dragging a card with the mouse drops it where the marker shows. */
  item_on_screen (G_OBJECT (bell), &x, &y);
  item_on_screen (G_OBJECT (polku_test_find_touchpoint (_polku_window_get_journey (window), "Phone call")), &to_x, &to_y);
  drag_through (4, (double[]) { x, y, (int) x + 20, y, (int) (x + to_x) / 2, to_y, (int) to_x + 8, to_y });
  assert_at (bell, s3, 2);
  assert_ptr_equal (selected (), bell);

  /* Every move is undone, one by one. */
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  assert_int_equal (press_while ("ctrl+z", polku_undo_stack_can_undo), 7);
  undone = write_document ();
  polku_test_assert_bytes_equal (start, undone, "editor-moves.polku");
  (void) s1;
}

typedef struct
{
  GtkWidget  *label_owner;
  const char *text;
} MenuSays;

static gboolean
undo_menu_says (gpointer data)
{
  g_autofree char *label = NULL;

  if (g_menu_model_get_n_items (G_MENU_MODEL (window->undo_section)) == 0)
    return FALSE;
  g_menu_model_get_item_attribute (G_MENU_MODEL (window->undo_section), 0, "label", "s", &label);
  return g_strcmp0 (label, data) == 0;
}

static gboolean
outline_is_renaming (gpointer data)
{
  return _polku_outline_get_rename_entry (window->outline) != NULL;
}

static gboolean
widget_is_shown (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static void
test_outline_and_inspector (void **state)
{
  PolkuJourney *journey;
  PolkuTouchpoint *booking;
  PolkuStep *step;
  GtkWidget *editor;
  PolkuTestStringIs is;
  g_autofree char *row = NULL;

  open_built_journey ("panes.polku");
  journey = _polku_window_get_journey (window);
  step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 1);
  booking = polku_test_find_touchpoint (_polku_window_get_journey (window), "Booking page");

  /* In the outline, F2 renames the selected row in place. */
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (step));
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  gtk_widget_child_focus (GTK_WIDGET (window->outline), GTK_DIR_TAB_FORWARD);
  press ("F2");
  assert_true (polku_test_wait_until (outline_is_renaming, NULL));
  type ("Leaves the bike");
  press ("Return");
  is = (PolkuTestStringIs) { G_OBJECT (step), "name", "Leaves the bike" };
  assert_true (polku_test_wait_until (polku_test_string_is, &is));
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  row = _polku_outline_dup_row_text (window->outline, G_OBJECT (step));
  assert_string_equal (row, "Leaves the bike");
  assert_true (polku_test_wait_until (undo_menu_says, "_Undo Rename"));

  /* Dragging a row onto the lower half of another puts it after that one,
   * here into another step. */
  {
    PolkuTouchpoint *bell = polku_test_find_touchpoint (_polku_window_get_journey (window), "Bell sound");
    PolkuTouchpoint *map_search = polku_test_find_touchpoint (_polku_window_get_journey (window), "Map search");
    double x, y, to_x, to_y;

    row_on_screen (G_OBJECT (bell), &x, &y, 0.5);
    row_on_screen (G_OBJECT (map_search), &to_x, &to_y, 0.8);
    drag_through (4, (double[]) { x, y, x, (int) y + 20, to_x, (int) to_y - 5, to_x, to_y });
    assert_at (bell, polku_phase_get_step (polku_journey_get_phase (journey, 0), 1), 1);
    press ("ctrl+z");
    assert_at (bell, polku_phase_get_step (polku_journey_get_phase (journey, 0), 0), 0);
  }

  /* In the inspector, typing edits the field key by key; the edit is one
   * undo step, which Ctrl+Z takes back even there. */
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (booking));
  editor = _polku_inspector_get_editor (window->inspector, "touchpoint", "name", 0);
  assert_string_equal (gtk_editable_get_text (GTK_EDITABLE (editor)), "Booking page");
  gtk_widget_grab_focus (editor);
  gtk_editable_set_position (GTK_EDITABLE (editor), -1);
  type (" online");
  is = (PolkuTestStringIs) { G_OBJECT (booking), "name", "Booking page online" };
  assert_true (polku_test_wait_until (polku_test_string_is, &is));
  assert_true (polku_test_wait_until (undo_menu_says, "_Undo Edit “Name”"));
  press ("ctrl+z");
  is = (PolkuTestStringIs) { G_OBJECT (booking), "name", "Booking page" };
  assert_true (polku_test_wait_until (polku_test_string_is, &is));
  assert_string_equal (gtk_editable_get_text (GTK_EDITABLE (editor)), "Booking page");
  assert_string_equal (polku_undo_stack_get_redo_label (_polku_window_get_undo_stack (window)), "Edit “Name”");

  /* A long text, and the switches and lists, edit their fields undoably. */
  editor = _polku_inspector_get_editor (window->inspector, "touchpoint", "way-of-working", 0);
  gtk_widget_grab_focus (editor);
  type ("Confirm by e-mail");
  is = (PolkuTestStringIs) { G_OBJECT (booking), "way-of-working", "Confirm by e-mail" };
  assert_true (polku_test_wait_until (polku_test_string_is, &is));
  gtk_switch_set_active (GTK_SWITCH (_polku_inspector_get_editor (window->inspector, "touchpoint",
                                                                  "criticality", 0)), TRUE);
  assert_int_equal (polku_touchpoint_get_criticality (booking), POLKU_CRITICALITY_CRITICAL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (_polku_inspector_get_editor (window->inspector, "touchpoint",
                                                                          "channel", 0)),
                              POLKU_CHANNEL_WEBSITE);
  assert_int_equal (polku_touchpoint_get_channel (booking), POLKU_CHANNEL_WEBSITE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (_polku_inspector_get_editor (window->inspector, "touchpoint",
                                                                              "interaction",
                                                                              POLKU_INTERACTION_SYSTEMS)),
                               TRUE);
  assert_int_equal (polku_touchpoint_get_interaction (booking), POLKU_INTERACTION_SYSTEMS);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_polku_inspector_get_editor (window->inspector, "touchpoint",
                                                                           "target", 0)), 4.5);
  assert_true (polku_touchpoint_get_target (booking) == 4.5);
  assert_true (undo_menu_says ("_Undo Change “Target Score”"));

  /* Undone, the inspector shows the touchpoint as it was. */
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  press ("ctrl+z ctrl+z ctrl+z ctrl+z ctrl+z");
  is = (PolkuTestStringIs) { G_OBJECT (booking), "way-of-working", "" };
  assert_true (polku_test_wait_until (polku_test_string_is, &is));
  assert_false (polku_touchpoint_has_target (booking));
  assert_int_equal (polku_touchpoint_get_criticality (booking), POLKU_CRITICALITY_NON_CRITICAL);
  assert_int_equal (polku_touchpoint_get_channel (booking), POLKU_CHANNEL_NONE);
  assert_false (gtk_switch_get_active (GTK_SWITCH (_polku_inspector_get_editor (window->inspector, "touchpoint",
                                                                                "criticality", 0))));
  assert_string_equal (gtk_editable_get_text (GTK_EDITABLE (_polku_inspector_get_editor (window->inspector,
                                                                                        "touchpoint",
                                                                                        "target", 0))),
                       "Not scored");

  /* The panes hide for a projector, and come back. */
  press ("F9");
  assert_true (polku_test_wait_until (polku_test_widget_is_hidden, window->outline));
  press ("shift+F9");
  assert_true (polku_test_wait_until (polku_test_widget_is_hidden, window->inspector));
  press ("F9 shift+F9");
  assert_true (polku_test_wait_until (widget_is_shown, window->outline));
  assert_true (polku_test_wait_until (widget_is_shown, window->inspector));
}

static gboolean
n_journeys_is (gpointer data)
{
  return polku_document_get_n_journeys (polku_window_get_document (window)) == GPOINTER_TO_UINT (data);
}

static gboolean
journey_is_shown (gpointer data)
{
  return _polku_window_get_journey (window) == data;
}

static void
test_duplicate_delete_and_segments (void **state)
{
  PolkuDocument *document;
  PolkuJourney *first, *added, *copy;
  PolkuTouchpoint *phone, *duplicate;
  PolkuStep *step;
  PolkuTestNewSelection new_selection;
  PolkuTestStringIs is;

  open_built_journey ("segments.polku");
  document = polku_window_get_document (window);
  first = _polku_window_get_journey (window);
  phone = polku_test_find_touchpoint (_polku_window_get_journey (window), "Phone call");
  step = polku_phase_get_step (polku_journey_get_phase (first, POLKU_PHASE_KIND_PURCHASE), 0);

  /* Ctrl+D copies the touchpoint after itself; Delete takes the copy away
   * and selects its neighbour. */
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (phone));
  new_selection = (PolkuTestNewSelection) { window, G_OBJECT (phone), POLKU_TYPE_TOUCHPOINT };
  press ("ctrl+d");
  assert_true (polku_test_wait_until (polku_test_selection_is_new, &new_selection));
  duplicate = POLKU_TOUCHPOINT (selected ());
  assert_at (duplicate, step, 2);
  assert_string_equal (polku_touchpoint_get_name (duplicate), "Phone call");
  assert_string_equal (polku_touchpoint_get_id (duplicate), "t13");
  press ("Delete");
  assert_true (polku_test_wait_until (selection_is, phone));
  assert_int_equal (polku_step_get_n_touchpoints (step), 2);

  /* A new segment: shown at once, its name ready to type. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-segment", NULL));
  assert_int_equal (polku_document_get_n_journeys (document), 2);
  added = _polku_window_get_journey (window);
  assert_ptr_equal (added, polku_document_get_journey (document, 1));
  assert_ptr_equal (polku_map_view_get_journey (_polku_window_get_map_view (window)), added);
  assert_string_equal (_polku_segment_switcher_get_label (window->segment_switcher), "New segment");
  assert_string_equal (polku_journey_get_title (added), "Bike repair");
  type ("Students");
  press ("Return");
  is = (PolkuTestStringIs) { G_OBJECT (added), "segment", "Students" };
  assert_true (polku_test_wait_until (polku_test_string_is, &is));
  assert_string_equal (_polku_segment_switcher_get_label (window->segment_switcher), "Students");

  /* Back to the first with Alt+Page Up; a copy of it has all its steps. */
  focus_canvas ();
  press ("alt+Page_Up");
  assert_true (polku_test_wait_until (journey_is_shown, first));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-segment", NULL));
  copy = _polku_window_get_journey (window);
  assert_ptr_equal (copy, polku_document_get_journey (document, 1));
  assert_string_equal (polku_journey_get_segment (copy), "Commuters (copy)");
  assert_int_equal (polku_journey_count_touchpoints (copy), 12);

  /* Removed, and undone: the segment comes back. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-segment", NULL));
  assert_int_equal (polku_document_get_n_journeys (document), 2);
  assert_ptr_equal (_polku_window_get_journey (window), first);
  press ("ctrl+z");
  assert_true (polku_test_wait_until (n_journeys_is, GUINT_TO_POINTER (3)));

  /* Undoing the copy takes away the segment shown: the window shows the
   * one that now stands in its place. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-segment", "u", 1));
  assert_ptr_equal (_polku_window_get_journey (window), copy);
  press ("ctrl+z");
  assert_true (polku_test_wait_until (n_journeys_is, GUINT_TO_POINTER (2)));
  assert_ptr_equal (_polku_window_get_journey (window), added);
  assert_ptr_equal (polku_map_view_get_journey (_polku_window_get_map_view (window)), added);
  assert_string_equal (_polku_segment_switcher_get_label (window->segment_switcher), "Students");
}

static gboolean
selected_is_touchpoint (gpointer data)
{
  return POLKU_IS_TOUCHPOINT (selected ()) && selected () != data;
}

typedef struct
{
  GtkWidget       *row;
  graphene_rect_t  area;
} RowRing;

/* A condition: the outline's row has the accent's ring along its left. */
static gboolean
row_has_focus_ring (gpointer data)
{
  RowRing *ring = data;

  return count_accent_pixels (ring->row, &ring->area, -4, 3) > 20;
}

/* Where the keys are shows: a focus ring on the map's item that has them,
 * apart from the selection's ring, and on the outline's row. */
static void
test_focus_you_can_see (void **state)
{
  PolkuTouchpoint *chain, *next;
  GtkWidget *row;
  graphene_rect_t area;

  open_built_journey ("focus.polku");
  chain = polku_test_find_touchpoint (_polku_window_get_journey (window), "Chain check tip");

  /* Selected with the keys in the outline: the card has the selection's
   * ring only. */
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (chain));
  gtk_widget_child_focus (GTK_WIDGET (window->outline), GTK_DIR_TAB_FORWARD);
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  assert_true (count_ring_pixels (chain) > 20);
  assert_int_equal (count_focus_ring_pixels (chain), 0);

  /* The outline's row with the keys, the selected one, has a ring of the
   * accent once the keyboard moved them: along the touchpoints as on the
   * map. */
  press ("Left Right");
  assert_true (polku_test_wait_until (selection_is, chain));
  row = gtk_widget_get_parent (_polku_outline_get_row_widget (window->outline, G_OBJECT (chain)));
  area = GRAPHENE_RECT_INIT (3, 0, gtk_widget_get_width (row), gtk_widget_get_height (row));

  /* Once the row's style has caught up with the keys: a slow machine
   * draws it a frame or two later. */
  assert_true (polku_test_wait_until (row_has_focus_ring, &(RowRing) { row, area }));

  /* With the keys on the map, the selected card has them, its focus ring
   * outside the selection's. */
  focus_canvas ();
  press ("Right");
  assert_true (polku_test_wait_until (selected_is_touchpoint, chain));
  next = POLKU_TOUCHPOINT (selected ());
  assert_true (count_ring_pixels (next) > 20);
  assert_true (count_focus_ring_pixels (next) > 20);
  assert_int_equal (count_focus_ring_pixels (chain), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_build_journey_with_the_keyboard),
    cmocka_unit_test (test_select_move_and_drag_on_the_canvas),
    cmocka_unit_test (test_outline_and_inspector),
    cmocka_unit_test (test_duplicate_delete_and_segments),
    cmocka_unit_test (test_focus_you_can_see),
  };

  polku_test_fail_on_warnings ();

  return cmocka_run_group_tests_name ("editor", tests, setup_app, teardown_app);
}
