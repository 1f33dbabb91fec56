/* test-workshop.c: a facilitator capturing a journey live, with the
 * keyboard alone, real key events sent through the X server
 *
 * A journey of three phases, twelve steps and thirty touchpoints is built
 * by keys: names typed, scores and targets (Shift and a digit), a gate,
 * channels from the picker, the six method fields of three touchpoints
 * filled by Tab alone, a list of five pasted; saved, the file is the one
 * expected, byte for byte. The same run again, going round the panes with
 * F6 between every two actions, gives the same bytes. Then: every widget
 * of the inspector that takes the keys, given a random character, either
 * puts it in a field or acts as documented; and the fix-first list, a new
 * scale, the toasts with Undo and the score's "+" and "−".
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

#include "polku-test-ui.h"

static PolkuApplication *app;
static PolkuWindow *window;
static char *tmp_dir;

static const char * const step_names[12] = {
  "Hears a rattle", "Searches online", "Reads reviews", "Asks a friend",
  "Books a slot", "Drops the bike off", "Approves the quote", "Pays",
  "Rides home", "Gets a reminder", "Tells a friend", "Comes back",
};

/* Step 0 has three touchpoints, every other step two. */
static const char * const touchpoint_names[25] = {
  "Bell sound", "Chain noise", "Brake squeal",
  "Map search", "Shop website",
  "Review site", "Star rating",
  "Forum post", "Word of mouth",
  "Booking page", "Confirmation e-mail",
  "Reception desk", "Work order",
  "Quote by phone", "Price list",
  "Card terminal", "Receipt",
  "Test ride", "Bike handed back",
  "Service reminder", "Text message",
  "Social post", "Referral card",
  "Loyalty card", "Spring check-up",
};

/* The channels chosen with the picker: the touchpoint, what is typed to
 * find its channel, and the channel. */
static const struct {
  guint        touchpoint;
  const char  *typed;
  PolkuChannel channel;
} picked_channels[] = {
  { 1, "phon", POLKU_CHANNEL_PHONE },
  { 4, "web", POLKU_CHANNEL_WEBSITE },
  { 10, "e-mai", POLKU_CHANNEL_EMAIL_AND_POST },
  { 13, "pho", POLKU_CHANNEL_PHONE },
  { 16, "docu", POLKU_CHANNEL_DOCUMENTS },
  { 21, "soc", POLKU_CHANNEL_SOCIAL_MEDIA },
};

/* The touchpoints whose six method fields are filled, by Tab alone. */
static const guint method_touchpoints[] = { 2, 11, 18 };

static const char * const method_properties[6] = {
  "expectation", "target-level", "way-of-working", "measurement", "front-line", "support",
};

/* Five lines pasted onto the last step: names, and the columns a
 * spreadsheet copies. */
static const char pasted_list[] =
  "Newsletter\n"
  "- Winter storage offer\n"
  "Tyre swap reminder\tMobile and text messages\t4\t4.5\n"
  "Club ride\tStaff in the field\t\t4\n"
  "Gift voucher\tProduct\t3,5\n";

/* Which pane the actions of the second run go round: none, or F6 before
 * each, between the map and the outline. */
static gboolean switch_panes;

static GObject *
selected (void)
{
  return polku_selection_get_item (_polku_window_get_selection (window));
}

static PolkuJourney *
journey (void)
{
  return _polku_window_get_journey (window);
}

/* Conditions */

typedef enum
{
  PANE_MAP,
  PANE_INSPECTOR,
  PANE_OUTLINE,
  PANE_NONE,
} Pane;

static Pane
focused_pane (void)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus == NULL)
    return PANE_NONE;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (window->map_overlay)))
    return PANE_MAP;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (window->inspector)))
    return PANE_INSPECTOR;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (window->outline)))
    return PANE_OUTLINE;
  return PANE_NONE;
}

static gboolean
pane_has_keys (gpointer data)
{
  return focused_pane () == (Pane) GPOINTER_TO_UINT (data);
}

static gboolean
pane_shows_ring (Pane pane)
{
  GtkWidget *widgets[] = { GTK_WIDGET (window->map_overlay), GTK_WIDGET (window->inspector),
                           GTK_WIDGET (window->outline) };

  return gtk_widget_has_css_class (widgets[pane], "polku-pane-focus");
}

static gboolean
is_renaming (gpointer data)
{
  return _polku_map_editor_get_rename_entry (window->map_editor) != NULL ||
         _polku_outline_get_rename_entry (window->outline) != NULL;
}

static gboolean
is_not_renaming (gpointer data)
{
  return !is_renaming (NULL);
}

#define assert_string_becomes(object_, property_, value_) \
  G_STMT_START { \
    PolkuTestStringIs is_ = { G_OBJECT (object_), (property_), (value_) }; \
    if (!polku_test_wait_until (polku_test_string_is, &is_)) \
      { \
        g_autofree char *now_ = NULL; \
        g_object_get (is_.object, is_.property, &now_, NULL); \
        fail_msg ("%s is “%s”, not “%s”", is_.property, now_, is_.value); \
      } \
  } G_STMT_END

typedef struct
{
  GObject    *object;
  const char *property;
  double      value;
} NumberIs;

static gboolean
number_is (gpointer data)
{
  NumberIs *is = data;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (is->object), is->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (is->object, is->property, &value);
  if (G_VALUE_HOLDS_DOUBLE (&value))
    return g_value_get_double (&value) == is->value ||
           (is->value < 0 && isnan (g_value_get_double (&value)));
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_value_get_boolean (&value) == (is->value != 0);
  return g_value_get_enum (&value) == (int) is->value;
}

#define assert_number_becomes(object_, property_, value_) \
  G_STMT_START { \
    NumberIs is_ = { G_OBJECT (object_), (property_), (value_) }; \
    if (!polku_test_wait_until (number_is, &is_)) \
      fail_msg ("%s did not become %g", is_.property, (double) is_.value); \
  } G_STMT_END

static gboolean
selection_is (gpointer data)
{
  return selected () == data;
}

static gboolean
widget_is_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static gboolean
focus_is (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == data || gtk_widget_is_ancestor (focus, data));
}

static gboolean
n_touchpoints_is (gpointer data)
{
  return polku_journey_count_touchpoints (journey ()) == GPOINTER_TO_UINT (data);
}

/* Actions, as keys */

/* Before every action of the second run: F6 round to the other of the map
 * and the outline, through the inspector from the map. */
static void
next_pane (void)
{
  Pane from = focused_pane ();

  if (!switch_panes)
    return;

  assert_true (from == PANE_MAP || from == PANE_OUTLINE);
  if (from == PANE_MAP)
    {
      polku_test_press ("F6");
      assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_INSPECTOR)));
      assert_true (pane_shows_ring (PANE_INSPECTOR));
      polku_test_press ("F6");
      assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_OUTLINE)));
      assert_true (pane_shows_ring (PANE_OUTLINE));
    }
  else
    {
      polku_test_press ("F6");
      assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_MAP)));
      assert_true (pane_shows_ring (PANE_MAP));
    }
  assert_false (pane_shows_ring (from == PANE_MAP ? PANE_INSPECTOR : PANE_OUTLINE));
}

/* Keys that move the selection to expected. */
static void
go (const char *keys,
    gpointer    expected)
{
  next_pane ();
  polku_test_press (keys);
  assert_true (polku_test_wait_until (selection_is, expected));
}

/* Types a name over the one selected, where it is being renamed. */
static void
type_name (const char *name)
{
  GObject *item = selected ();

  assert_true (polku_test_wait_until (is_renaming, NULL));
  polku_test_type (name);
  polku_test_press ("Return");
  assert_string_becomes (item, "name", name);
  assert_true (polku_test_wait_until (is_not_renaming, NULL));
}

static PolkuStep *
add_step (guint index)
{
  PolkuTestNewSelection new_selection = { window, selected (), POLKU_TYPE_STEP };

  next_pane ();
  polku_test_press ("ctrl+shift+Return");
  assert_true (polku_test_wait_until (polku_test_selection_is_new, &new_selection));
  type_name (step_names[index]);
  return POLKU_STEP (selected ());
}

static PolkuTouchpoint *
add_touchpoint (guint index)
{
  PolkuTestNewSelection new_selection = { window, selected (), POLKU_TYPE_TOUCHPOINT };
  PolkuTouchpoint *touchpoint;
  char key[16];

  next_pane ();
  polku_test_press ("ctrl+Return");
  assert_true (polku_test_wait_until (polku_test_selection_is_new, &new_selection));
  type_name (touchpoint_names[index]);
  touchpoint = POLKU_TOUCHPOINT (selected ());
  /* A new touchpoint's channel is not set. */
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_NONE);

  /* A digit scores it; Shift and a digit sets its target. */
  next_pane ();
  g_snprintf (key, sizeof key, "%u", 1 + index % 5);
  polku_test_press (key);
  assert_number_becomes (touchpoint, "score", 1 + index % 5);
  if (index % 3 == 0)
    {
      next_pane ();
      g_snprintf (key, sizeof key, "shift+%u", 4 + index % 2);
      polku_test_press (key);
      assert_number_becomes (touchpoint, "target", 4 + index % 2);
    }
  return touchpoint;
}

static gboolean
picker_shows (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (window->channel_picker)) &&
         _polku_channel_picker_get_picked (window->channel_picker) == (PolkuChannel) GPOINTER_TO_UINT (data);
}

/* h, part of the channel's name, Enter. */
static void
pick_channel (PolkuTouchpoint *touchpoint,
              const char      *typed,
              PolkuChannel     channel)
{
  Pane pane;

  next_pane ();
  pane = focused_pane ();
  polku_test_press ("h");
  assert_true (polku_test_wait_until (picker_shows, GUINT_TO_POINTER (polku_touchpoint_get_channel (touchpoint))));
  polku_test_type (typed);
  assert_true (polku_test_wait_until (picker_shows, GUINT_TO_POINTER (channel)));
  polku_test_press ("Return");
  assert_number_becomes (touchpoint, "channel", channel);
  assert_true (polku_test_wait_until (polku_test_widget_is_hidden, window->channel_picker));
  /* The keys are back where they were. */
  assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (pane)));
}

static gboolean
undo_label_is (gpointer data)
{
  return g_strcmp0 (polku_undo_stack_get_undo_label (_polku_window_get_undo_stack (window)), data) == 0;
}

/* e, then the six fields, Tab between them; Escape back to the map. */
static void
fill_method_fields (PolkuTouchpoint *touchpoint,
                    guint            index)
{
  next_pane ();
  polku_test_press ("e");
  for (guint i = 0; i < G_N_ELEMENTS (method_properties); i++)
    {
      GtkWidget *editor = _polku_inspector_get_editor (window->inspector, "touchpoint", method_properties[i], 0);
      g_autofree char *text = g_strdup_printf ("%s %u", method_properties[i], index);

      if (i > 0)
        polku_test_press ("Tab");
      assert_true (polku_test_wait_until (focus_is, editor));
      polku_test_type (text);
      assert_string_becomes (touchpoint, method_properties[i], text);
    }

  /* Each field is an undo step of its own, named after it. */
  assert_true (polku_test_wait_until (undo_label_is, "Edit “Support functions”"));
  if (!switch_panes && index == method_touchpoints[0])
    {
      polku_test_press ("ctrl+z");
      assert_string_becomes (touchpoint, "support", "");
      assert_true (polku_test_wait_until (undo_label_is, "Edit “Front-line needs”"));
      polku_test_press ("ctrl+shift+z");
      assert_string_becomes (touchpoint, "support", "support 2");
    }

  /* Escape: back to the map, the touchpoint still selected. */
  polku_test_press ("Escape");
  assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_MAP)));
  assert_ptr_equal (selected (), touchpoint);
}

static gboolean
is_saved (gpointer data)
{
  return !polku_window_get_dirty (window) && !_polku_window_is_saving (window);
}

static gboolean
toast_says (gpointer data)
{
  g_autofree char *text = _polku_window_dup_last_toast_text (window);

  return g_strcmp0 (text, data) == 0;
}

/* Opens a copy of the tests' file from, written as name in the scratch
 * folder, as the window's document. */
static void
open_journey (const char *name,
              const char *from)
{
  g_autoptr(GBytes) contents = polku_test_read_test_file (from);

  /* Nothing to ask about what was open before. */
  if (_polku_window_get_undo_stack (window) != NULL)
    polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
  /* Opened from the header bar, where the keys stay: the map takes them,
   * and shows it. */
  gtk_widget_grab_focus (GTK_WIDGET (window->fix_first_button));
  polku_test_open_copy (window, tmp_dir, name, contents);
  polku_test_focus_window (window);
  assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_MAP)));
  assert_true (pane_shows_ring (PANE_MAP));
}

static void
run_workshop (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GBytes) expected = polku_test_read_test_file ("workshop-expected.polku");
  g_autoptr(GBytes) saved = NULL;
  PolkuTouchpoint *touchpoints[G_N_ELEMENTS (touchpoint_names)];
  PolkuStep *steps[G_N_ELEMENTS (step_names)];
  guint t = 0;

  open_journey (name, "three-phases.polku");
  assert_ptr_equal (selected (), journey ());

  for (guint s = 0; s < G_N_ELEMENTS (step_names); s++)
    {
      guint phase = s / 4;

      /* Into the phase: down from the journey, then from a touchpoint up
       * to its step and phase, and right to the next phase. */
      if (s == 0)
        go ("Down", polku_journey_get_phase (journey (), 0));
      else if (s % 4 == 0)
        {
          go ("Up", steps[s - 1]);
          go ("Up", polku_journey_get_phase (journey (), phase - 1));
          go ("Right", polku_journey_get_phase (journey (), phase));
        }
      steps[s] = add_step (s);

      /* The step where the customer books is a gate. */
      if (s == 4)
        {
          next_pane ();
          polku_test_press ("g");
          assert_number_becomes (steps[s], "gate", TRUE);
        }

      for (guint n = s == 0 ? 3 : 2; n > 0; n--, t++)
        {
          touchpoints[t] = add_touchpoint (t);
          for (guint i = 0; i < G_N_ELEMENTS (picked_channels); i++)
            if (picked_channels[i].touchpoint == t)
              pick_channel (touchpoints[t], picked_channels[i].typed, picked_channels[i].channel);
          for (guint i = 0; i < G_N_ELEMENTS (method_touchpoints); i++)
            if (method_touchpoints[i] == t)
              fill_method_fields (touchpoints[t], t);
        }
    }
  assert_int_equal (t, G_N_ELEMENTS (touchpoint_names));

  /* End goes to the last touchpoint of the lane, Home to the first. */
  go ("Home", touchpoints[0]);
  go ("End", touchpoints[t - 1]);
  go ("Up", steps[G_N_ELEMENTS (steps) - 1]);

  /* Five lines pasted onto the last step: five touchpoints, one undo
   * step, and a toast that says so. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), pasted_list);
  next_pane ();
  polku_test_press ("ctrl+v");
  assert_true (polku_test_wait_until (n_touchpoints_is, GUINT_TO_POINTER (30)));
  assert_true (polku_test_wait_until (toast_says, "Added 5 touchpoints"));
  assert_true (undo_label_is ("Paste Touchpoints"));
  assert_int_equal (polku_journey_count_steps (journey ()), 12);

  /* Saved with Ctrl+S: the file is the one expected, byte for byte. */
  polku_test_press ("ctrl+s");
  assert_true (polku_test_wait_until (is_saved, NULL));
  saved = polku_test_read_bytes (path);
  polku_test_assert_bytes_equal (expected, saved, name);

  /* One Ctrl+Z takes the whole paste back. */
  polku_test_press ("ctrl+z");
  assert_true (polku_test_wait_until (n_touchpoints_is, GUINT_TO_POINTER (25)));
  polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
}

static void
test_workshop_by_keys (void **state)
{
  switch_panes = FALSE;
  run_workshop ("workshop.polku");
}

static void
test_workshop_going_round_the_panes (void **state)
{
  static const Pane back_round[] = { PANE_OUTLINE, PANE_INSPECTOR, PANE_MAP };

  switch_panes = TRUE;
  run_workshop ("workshop-panes.polku");
  switch_panes = FALSE;

  /* Shift+F6 goes round the other way. */
  _polku_window_focus_map (window);
  assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_MAP)));
  for (guint i = 0; i < G_N_ELEMENTS (back_round); i++)
    {
      polku_test_press ("shift+F6");
      assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (back_round[i])));
      assert_true (pane_shows_ring (back_round[i]));
    }
}

/* Nothing typed is lost */

static gboolean
inspector_has_settled (gpointer data)
{
  GtkWidget *stack = gtk_widget_get_first_child (GTK_WIDGET (window->inspector));

  return !gtk_stack_get_transition_running (GTK_STACK (stack)) && polku_test_main_context_idle (NULL);
}

/* The widgets of the inspector that Tab stops at, in order. */
static void
collect_tab_stops (GPtrArray *found)
{
  GtkWidget *inspector = GTK_WIDGET (window->inspector);

  gtk_root_set_focus (GTK_ROOT (window), NULL);
  while (gtk_widget_child_focus (inspector, GTK_DIR_TAB_FORWARD))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus == NULL || g_ptr_array_find (found, focus, NULL))
        break;
      g_ptr_array_add (found, focus);
    }
}

/* The text of every text field of the inspector, the spin buttons' too. */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (texts, "%p %s\n", widget, text);
    }
  else if (GTK_IS_TEXT (widget))
    g_string_append_printf (texts, "%p %s\n", widget, gtk_editable_get_text (GTK_EDITABLE (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      collect_texts (child, texts);
}

static char *
dup_inspector_texts (void)
{
  GString *texts = g_string_new (NULL);

  collect_texts (GTK_WIDGET (window->inspector), texts);
  return g_string_free (texts, FALSE);
}

typedef struct
{
  char  *texts;
  guint64 state;
} Before;

/* The key was not lost: a field's text changed, or the document, or the
 * channel picker opened, as typing on the channel's row does. */
static gboolean
key_took_effect (gpointer data)
{
  Before *before = data;
  g_autofree char *texts = dup_inspector_texts ();

  return !g_str_equal (texts, before->texts) ||
         polku_undo_stack_get_state (_polku_window_get_undo_stack (window)) != before->state ||
         gtk_widget_get_visible (GTK_WIDGET (window->channel_picker));
}

/* Takes back what the key did, to the state of the document before. */
static void
restore (guint64 state)
{
  PolkuUndoStack *stack = _polku_window_get_undo_stack (window);

  gtk_popover_popdown (GTK_POPOVER (window->channel_picker));
  assert_true (polku_test_wait_until (polku_test_widget_is_hidden, window->channel_picker));
  /* Leaving a spin button takes what it holds; a field's edit ends. */
  _polku_window_focus_map (window);
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  while (polku_undo_stack_get_state (stack) != state && polku_undo_stack_can_undo (stack))
    polku_undo_stack_undo (stack);
  assert_true (polku_undo_stack_get_state (stack) == state);
}

static void
type_on_every_widget (GObject *item,
                      const char *page,
                      GRand   *rand)
{
  static const char characters[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-_!?#%&/()=+*'\"<>@";
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  g_autoptr(GBytes) start = polku_writer_write (polku_window_get_document (window));
  g_autoptr(GBytes) end = NULL;

  polku_selection_set_item (_polku_window_get_selection (window), item);
  assert_string_equal (_polku_inspector_get_page (window->inspector), page);
  /* Until the pages have crossed, the page before takes keys too. */
  assert_true (polku_test_wait_until (inspector_has_settled, NULL));
  collect_tab_stops (widgets);
  assert_true (widgets->len >= 1);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      char typed[2] = { characters[g_rand_int_range (rand, 0, sizeof characters - 1)], '\0' };
      Before before = { NULL, polku_undo_stack_get_state (_polku_window_get_undo_stack (window)) };

      gtk_widget_grab_focus (widget);
      if (!polku_test_wait_until (focus_is, widget))
        fail_msg ("the %s %s of the %s page does not take the keys", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget), page);
      before.texts = dup_inspector_texts ();
      polku_test_type (typed);
      if (!polku_test_wait_until (key_took_effect, &before))
        fail_msg ("“%s” typed on the %s “%s” of the %s page was lost", typed, G_OBJECT_TYPE_NAME (widget),
                  ADW_IS_PREFERENCES_ROW (widget) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))
                                                  : gtk_widget_get_name (widget),
                  page);
      g_free (before.texts);
      restore (before.state);
    }

  end = polku_writer_write (polku_window_get_document (window));
  polku_test_assert_bytes_equal (start, end, "workshop-typed-on.polku");
}

static void
test_nothing_typed_is_lost (void **state)
{
  g_autoptr(GRand) rand = NULL;
  const char *given = g_getenv ("POLKU_TEST_SEED");
  guint32 seed = given != NULL ? (guint32) g_ascii_strtoull (given, NULL, 10) : g_random_int ();
  PolkuJourney *shown;
  PolkuStep *step;

  /* The seed, to type the same characters again (POLKU_TEST_SEED). */
  print_message ("seed %u\n", seed);
  rand = g_rand_new_with_seed (seed);

  open_journey ("typed-on.polku", "workshop-expected.polku");
  shown = journey ();
  step = polku_phase_get_step (polku_journey_get_phase (shown, POLKU_PHASE_KIND_PURCHASE), 0);

  type_on_every_widget (G_OBJECT (polku_step_get_touchpoint (step, 0)), "touchpoint", rand);
  type_on_every_widget (G_OBJECT (step), "step", rand);
  type_on_every_widget (G_OBJECT (polku_journey_get_phase (shown, POLKU_PHASE_KIND_PURCHASE)), "phase", rand);
  type_on_every_widget (G_OBJECT (shown), "journey", rand);
  polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
}

/* The workshop's journey, as the tests below start from it. */
static void
open_workshop (const char *name)
{
  open_journey (name, "workshop-expected.polku");
}

static gboolean
fix_first_lists (gpointer data)
{
  return polku_fix_first_panel_get_n_items (window->fix_first_panel) == GPOINTER_TO_UINT (data);
}

/* The list view's rows are made, one for each item. */
static gboolean
list_shows_rows (gpointer data)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (data));

  return g_list_model_get_n_items (model) > 0 && gtk_widget_get_first_child (data) != NULL &&
         polku_test_main_context_idle (NULL);
}

static guint
count_fix_first (void)
{
  g_autoptr(GPtrArray) ranked = polku_metrics_fix_first (journey ());

  return ranked->len;
}

/* The fix-first list of polku-cli stats, at Ctrl+Shift+F, follows the
 * scores as they change, and takes the user to a touchpoint. */
static void
test_fix_first_list (void **state)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (window->fix_first_button));
  PolkuTouchpoint *receipt, *first;
  guint n;
  g_autofree char *count = NULL;

  open_workshop ("fix-first.polku");
  receipt = polku_test_find_touchpoint (_polku_window_get_journey (window), "Receipt");
  n = count_fix_first ();
  assert_true (n > 3);
  assert_true (polku_test_wait_until (fix_first_lists, GUINT_TO_POINTER (n)));
  count = g_strdup_printf ("%u", n);
  assert_string_equal (gtk_label_get_label (window->fix_first_count), count);

  polku_test_press ("ctrl+shift+f");
  assert_true (polku_test_wait_until (widget_is_visible, popover));

  /* A score on the map: one less to fix first, as it happens. */
  polku_test_press ("Escape");
  assert_true (polku_test_wait_until (polku_test_widget_is_hidden, popover));
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (receipt));
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  assert_true (polku_metrics_needs_fixing (journey (), receipt));
  polku_test_press ("5");
  assert_number_becomes (receipt, "score", 5);
  assert_true (polku_test_wait_until (fix_first_lists, GUINT_TO_POINTER (n - 1)));

  /* The first row, activated with the keyboard: its touchpoint is
   * selected, and the map has the keys on it. */
  {
    g_autoptr(GPtrArray) ranked = polku_metrics_fix_first (journey ());

    first = g_ptr_array_index (ranked, 0);
  }
  polku_test_press ("ctrl+shift+f");
  assert_true (polku_test_wait_until (widget_is_visible, popover));
  {
    GtkWidget *list_view = GTK_WIDGET (_polku_fix_first_panel_get_list_view (window->fix_first_panel));

    /* The list has the keys as it opens, on its first row. */
    assert_true (polku_test_wait_until (list_shows_rows, list_view));
    assert_true (polku_test_wait_until (focus_is, list_view));
  }
  polku_test_press ("Return");
  if (!polku_test_wait_until (selection_is, first))
    fail_msg ("selected %s, not %s; focus %s", polku_describe_name (selected ()), polku_describe_name (G_OBJECT (first)),
              G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))));
  assert_true (polku_test_wait_until (polku_test_widget_is_hidden, popover));
  assert_true (polku_test_wait_until (pane_has_keys, GUINT_TO_POINTER (PANE_MAP)));
  polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
}

static gboolean
scale_dialog_shows (gpointer data)
{
  return window->scale_dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (window->scale_dialog));
}

/* Chooses the scale min–max on the journey's page, and answers the dialog
 * that asks what becomes of the scores. */
static void
change_scale (int         min,
              int         max,
              const char *response)
{
  GtkWidget *row = _polku_inspector_get_editor (window->inspector, "journey", "scale-max", 0);
  AdwMessageDialog *dialog;

  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (journey ()));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), polku_scale_find (min, max));
  assert_true (polku_test_wait_until (scale_dialog_shows, NULL));
  dialog = window->scale_dialog;
  polku_test_respond (dialog, response);
}

static gboolean
nothing_to_undo (gpointer data)
{
  return !polku_undo_stack_can_undo (_polku_window_get_undo_stack (window));
}

static gboolean
scale_is (gpointer data)
{
  return polku_journey_get_scale_max (journey ()) == GPOINTER_TO_INT (data);
}

/* A new scale asks whether to convert the scores or keep the numbers,
 * saying what each does to the fix-first list; 1–5 to 1–10 and back
 * gives the scores again, and undo gives back the bytes. */
static void
test_scale_change_asks (void **state)
{
  g_autoptr(GBytes) start = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GBytes) undone = NULL;
  PolkuTouchpoint *receipt;
  GtkWidget *row;
  g_autofree char *body = NULL;

  open_workshop ("scale.polku");
  start = polku_writer_write (polku_window_get_document (window));
  receipt = polku_test_find_touchpoint (_polku_window_get_journey (window), "Receipt");
  assert_true (polku_touchpoint_get_score (receipt) == 2);

  /* Cancelled, nothing changes, and the list shows the scale as it is. */
  change_scale (1, 10, "cancel");
  row = _polku_inspector_get_editor (window->inspector, "journey", "scale-max", 0);
  assert_int_equal (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), polku_scale_find (1, 5));
  assert_int_equal (polku_journey_get_scale_max (journey ()), 5);

  /* The dialog says how a score moves and what each choice does. */
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (journey ()));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), polku_scale_find (1, 10));
  assert_true (polku_test_wait_until (scale_dialog_shows, NULL));
  body = g_strdup (adw_message_dialog_get_body (window->scale_dialog));
  assert_non_null (strstr (body, "4 of 5 becomes 7.75 of 10"));
  assert_non_null (strstr (body, "Converting brings 0 touchpoints onto the fix-first list or takes them off."));
  polku_test_respond (window->scale_dialog, "convert");
  assert_true (polku_test_wait_until (scale_is, GINT_TO_POINTER (10)));
  assert_true (polku_touchpoint_get_score (receipt) == 3.25);
  assert_true (undo_label_is ("Convert Scale"));

  change_scale (1, 5, "convert");
  assert_true (polku_test_wait_until (scale_is, GINT_TO_POINTER (5)));
  back = polku_writer_write (polku_window_get_document (window));
  polku_test_assert_bytes_equal (start, back, "scale-back.polku");

  /* Kept, the numbers stay; one Ctrl+Z each. */
  change_scale (1, 10, "keep");
  assert_true (polku_test_wait_until (scale_is, GINT_TO_POINTER (10)));
  assert_true (polku_touchpoint_get_score (receipt) == 2);
  assert_true (undo_label_is ("Change Scale"));
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  polku_test_press ("ctrl+z ctrl+z ctrl+z");
  assert_true (polku_test_wait_until (nothing_to_undo, NULL));
  assert_int_equal (polku_journey_get_scale_max (journey ()), 5);
  undone = polku_writer_write (polku_window_get_document (window));
  polku_test_assert_bytes_equal (start, undone, "scale-undone.polku");
}

static gboolean
n_steps_is (gpointer data)
{
  return polku_journey_count_steps (journey ()) == GPOINTER_TO_UINT (data);
}

/* Deleting a step, or every step of a phase, says so in a toast whose
 * Undo takes it back, as long as it is the last edit. */
static void
test_deletions_offer_undo (void **state)
{
  PolkuPhase *purchase;
  PolkuStep *step;
  GVariant *target;
  guint64 stale;

  open_workshop ("deletions.polku");
  purchase = polku_journey_get_phase (journey (), POLKU_PHASE_KIND_PURCHASE);
  step = polku_phase_get_step (purchase, 1);

  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (step));
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  polku_test_press ("Delete");
  assert_true (polku_test_wait_until (n_steps_is, GUINT_TO_POINTER (11)));
  assert_true (polku_test_wait_until (toast_says, "Deleted step “Drops the bike off” and its 2 touchpoints"));
  target = adw_toast_get_action_target_value (window->undo_toast);
  assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.undo-toast", target));
  assert_true (polku_test_wait_until (n_steps_is, GUINT_TO_POINTER (12)));
  assert_ptr_equal (polku_phase_get_step (purchase, 1), step);

  /* The whole phase: its steps go, one undo step. */
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (purchase));
  gtk_widget_grab_focus (GTK_WIDGET (_polku_window_get_map_view (window)));
  polku_test_press ("Delete");
  assert_true (polku_test_wait_until (n_steps_is, GUINT_TO_POINTER (8)));
  assert_true (polku_test_wait_until (toast_says, "Deleted 4 steps of “Purchase”, with their touchpoints"));
  stale = g_variant_get_uint64 (adw_toast_get_action_target_value (window->undo_toast));

  /* Undone otherwise, the toast's Undo does nothing more. */
  polku_test_press ("ctrl+z");
  assert_true (polku_test_wait_until (n_steps_is, GUINT_TO_POINTER (12)));
  assert_null (window->undo_toast);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-toast", "t", stale));
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  assert_int_equal (polku_journey_count_steps (journey ()), 12);
  assert_true (polku_undo_stack_can_redo (_polku_window_get_undo_stack (window)));
}

/* A popover of the widget's (data) shows, as a combo row's list. */
static gboolean
shows_popover (gpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (data); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_POPOVER (child) && gtk_widget_get_visible (child)) || shows_popover (child))
      return TRUE;
  return FALSE;
}

static gboolean
shows_no_popover (gpointer data)
{
  return !shows_popover (data);
}

/* Space on the row of a switch or a list, with the keys there: the switch
 * turns, the list opens, and no field takes a space. */
static void
press_space_on_row (GObject    *item,
                    GtkWidget  *row,
                    const char *page)
{
  g_autofree char *texts = NULL;
  g_autofree char *after = NULL;

  polku_selection_set_item (_polku_window_get_selection (window), item);
  assert_true (polku_test_wait_until (inspector_has_settled, NULL));
  gtk_widget_grab_focus (row);
  if (!polku_test_wait_until (focus_is, row))
    fail_msg ("the %s row of the %s page does not take the keys", G_OBJECT_TYPE_NAME (row), page);
  texts = dup_inspector_texts ();
  polku_test_press ("space");
  assert_true (polku_test_wait_until (polku_test_main_context_idle, NULL));
  after = dup_inspector_texts ();
  assert_string_equal (texts, after);
}

static void
test_space_works_a_row (void **state)
{
  PolkuStep *step;
  GtkWidget *row;

  open_workshop ("space.polku");
  step = polku_phase_get_step (polku_journey_get_phase (journey (), POLKU_PHASE_KIND_PURCHASE), 1);
  assert_false (polku_step_get_gate (step));

  row = gtk_widget_get_ancestor (_polku_inspector_get_editor (window->inspector, "step", "gate", 0),
                                 GTK_TYPE_LIST_BOX_ROW);
  press_space_on_row (G_OBJECT (step), row, "step");
  assert_number_becomes (step, "gate", TRUE);

  row = _polku_inspector_get_editor (window->inspector, "journey", "scale-max", 0);
  press_space_on_row (G_OBJECT (journey ()), row, "journey");
  assert_true (polku_test_wait_until (shows_popover, row));
  polku_test_press ("Escape");
  assert_true (polku_test_wait_until (shows_no_popover, row));
  polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
}

/* The "+" of a score not set gives the scale's lowest, its "−" the
 * highest. */
static void
test_unscored_spin_starts_at_the_ends (void **state)
{
  PolkuTouchpoint *newsletter;
  GtkWidget *spin;

  open_workshop ("spin.polku");
  newsletter = polku_test_find_touchpoint (_polku_window_get_journey (window), "Newsletter");
  assert_false (polku_touchpoint_has_score (newsletter));
  polku_selection_set_item (_polku_window_get_selection (window), G_OBJECT (newsletter));
  spin = _polku_inspector_get_editor (window->inspector, "touchpoint", "score", 0);
  gtk_widget_grab_focus (spin);
  assert_true (polku_test_wait_until (focus_is, spin));

  polku_test_press ("Up");
  assert_number_becomes (newsletter, "score", 1);
  polku_test_press ("Down");
  assert_number_becomes (newsletter, "score", -1);
  assert_string_equal (gtk_editable_get_text (GTK_EDITABLE (spin)), "Not scored");
  polku_test_press ("Down");
  assert_number_becomes (newsletter, "score", 5);
  polku_undo_stack_set_clean (_polku_window_get_undo_stack (window));
}

static int
setup_app (void **state)
{
  window = polku_test_start_window (APP_ID, "polku-test-workshop-XXXXXX", &app, &tmp_dir);
  return 0;
}

static int
teardown_app (void **state)
{
  polku_test_stop_window (g_steal_pointer (&app), window, g_steal_pointer (&tmp_dir));
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_workshop_by_keys),
    cmocka_unit_test (test_workshop_going_round_the_panes),
    cmocka_unit_test (test_nothing_typed_is_lost),
    cmocka_unit_test (test_fix_first_list),
    cmocka_unit_test (test_scale_change_asks),
    cmocka_unit_test (test_deletions_offer_undo),
    cmocka_unit_test (test_space_works_a_row),
    cmocka_unit_test (test_unscored_spin_starts_at_the_ends),
  };

  polku_test_fail_on_warnings ();
  /* A loaded machine answers slowly; every wait is on a condition. */
  polku_test_set_wait_seconds (30);

  return cmocka_run_group_tests_name ("workshop", tests, setup_app, teardown_app);
}
