/* test-commands.c: undoable edits and the undo stack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <unistd.h>

#include <glib/gstdio.h>

#include "polku-core.h"

static PolkuDocument *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"),
                                            "data", "examples", "car-service.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuDocument *document = polku_reader_load_file (file, NULL, &error);

  assert_null (error);
  return document;
}

static GBytes *
save (PolkuDocument *document)
{
  return polku_writer_write (document);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    fail_msg ("the saved files differ:\n%.*s\n----\n%.*s",
              (int) g_bytes_get_size (a), (const char *) g_bytes_get_data (a, NULL),
              (int) g_bytes_get_size (b), (const char *) g_bytes_get_data (b, NULL));
}

/* Every object of the document a command may act on. */
typedef struct
{
  GPtrArray *journeys;
  GPtrArray *phases;
  GPtrArray *steps;
  GPtrArray *touchpoints;
} Objects;

static void
objects_collect (Objects       *objects,
                 PolkuDocument *document)
{
  objects->journeys = g_ptr_array_new ();
  objects->phases = g_ptr_array_new ();
  objects->steps = g_ptr_array_new ();
  objects->touchpoints = g_ptr_array_new ();

  for (guint j = 0; j < polku_document_get_n_journeys (document); j++)
    {
      PolkuJourney *journey = polku_document_get_journey (document, j);

      g_ptr_array_add (objects->journeys, journey);
      for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
        {
          PolkuPhase *phase = polku_journey_get_phase (journey, k);

          g_ptr_array_add (objects->phases, phase);
          for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
            {
              PolkuStep *step = polku_phase_get_step (phase, s);

              g_ptr_array_add (objects->steps, step);
              for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
                g_ptr_array_add (objects->touchpoints, polku_step_get_touchpoint (step, t));
            }
        }
    }
}

static void
objects_clear (Objects *objects)
{
  g_clear_pointer (&objects->journeys, g_ptr_array_unref);
  g_clear_pointer (&objects->phases, g_ptr_array_unref);
  g_clear_pointer (&objects->steps, g_ptr_array_unref);
  g_clear_pointer (&objects->touchpoints, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Objects, objects_clear)

static gpointer
pick (GRand     *rand,
      GPtrArray *array)
{
  if (array->len == 0)
    return NULL;
  return g_ptr_array_index (array, g_rand_int_range (rand, 0, array->len));
}

static PolkuCommand *
set_string (GObject    *object,
            const char *property,
            const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return polku_command_new_set_property (object, property, &value);
}

static PolkuCommand *
set_double (GObject    *object,
            const char *property,
            double      number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, number);
  return polku_command_new_set_property (object, property, &value);
}

static PolkuCommand *
set_enum (GObject    *object,
          const char *property,
          int         number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, number);
  return polku_command_new_set_property (object, property, &value);
}

/* The position of child in its container, found by looking. */
static GObject *
find_container (PolkuDocument *document,
                GObject       *child,
                guint         *position)
{
  g_auto(Objects) objects = { 0 };
  GObject *found = NULL;

  objects_collect (&objects, document);
  if (POLKU_IS_TOUCHPOINT (child))
    {
      for (guint i = 0; i < objects.steps->len && found == NULL; i++)
        if (g_list_store_find (G_LIST_STORE (polku_step_get_touchpoints (g_ptr_array_index (objects.steps, i))), child, position))
          found = g_ptr_array_index (objects.steps, i);
    }
  else if (POLKU_IS_STEP (child))
    {
      for (guint i = 0; i < objects.phases->len && found == NULL; i++)
        if (g_list_store_find (G_LIST_STORE (polku_phase_get_steps (g_ptr_array_index (objects.phases, i))), child, position))
          found = g_ptr_array_index (objects.phases, i);
    }
  return found;
}

/* One random edit of the kinds a user makes. */
static PolkuCommand *
random_command (GRand         *rand,
                PolkuDocument *document)
{
  g_auto(Objects) objects = { 0 };
  PolkuCommand *command = NULL;

  objects_collect (&objects, document);

  while (command == NULL)
    {
      PolkuTouchpoint *touchpoint = pick (rand, objects.touchpoints);
      PolkuStep *step = pick (rand, objects.steps);
      PolkuPhase *phase = pick (rand, objects.phases);
      PolkuJourney *journey = pick (rand, objects.journeys);
      g_autofree char *text = g_strdup_printf ("text %u <&>", g_rand_int (rand) % 1000);

      switch (g_rand_int_range (rand, 0, 15))
        {
        case 0:
          if (touchpoint != NULL)
            command = set_string (G_OBJECT (touchpoint),
                                  polku_touchpoint_field_get_name (g_rand_int_range (rand, 0, POLKU_TOUCHPOINT_N_FIELDS)),
                                  text);
          break;
        case 1:
          if (step != NULL)
            command = set_string (G_OBJECT (step),
                                  polku_step_field_get_name (g_rand_int_range (rand, 0, POLKU_STEP_N_FIELDS)),
                                  text);
          break;
        case 2:
          {
            PolkuJourneyField field = g_rand_int_range (rand, 0, POLKU_JOURNEY_N_FIELDS);

            if (field == POLKU_JOURNEY_FIELD_LANGUAGE)
              command = set_string (G_OBJECT (journey), "language", g_rand_boolean (rand) ? "fi" : "");
            else
              command = set_string (G_OBJECT (journey), polku_journey_field_get_name (field),
                                    g_rand_boolean (rand) ? text : "");
          }
          break;
        case 3:
          if (touchpoint != NULL)
            {
              static const char * const props[] = { "criticality", "role", "channel", "kano", "frequency" };
              static const int limits[] = { 2, 2, POLKU_N_CHANNELS, POLKU_N_KANOS, POLKU_N_FREQUENCIES };
              guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (props));

              command = set_enum (G_OBJECT (touchpoint), props[which], g_rand_int_range (rand, 0, limits[which]));
            }
          break;
        case 4:
          if (touchpoint != NULL)
            {
              PolkuJourney *owner = polku_document_get_journey (document, 0);
              int min = polku_journey_get_scale_min (owner), max = polku_journey_get_scale_max (owner);
              double score = g_rand_boolean (rand) ? -1 : min + (max - min) * g_rand_int_range (rand, 0, 5) / 4.0;

              command = set_double (G_OBJECT (touchpoint), g_rand_boolean (rand) ? "score" : "target", score);
            }
          break;
        case 5:
          if (step != NULL)
            {
              g_autofree char *id = polku_document_generate_id (document, "t");
              g_autoptr(PolkuTouchpoint) added = polku_touchpoint_new (id, text);

              command = polku_command_new_insert (G_OBJECT (step),
                                                  g_rand_int_range (rand, 0, polku_step_get_n_touchpoints (step) + 1),
                                                  G_OBJECT (added));
            }
          break;
        case 6:
          {
            g_autofree char *id = polku_document_generate_id (document, "s");
            g_autoptr(PolkuStep) added = polku_step_new (id, text);

            command = polku_command_new_insert (G_OBJECT (phase),
                                                g_rand_int_range (rand, 0, polku_phase_get_n_steps (phase) + 1),
                                                G_OBJECT (added));
          }
          break;
        case 7:
          if (touchpoint != NULL)
            {
              guint position;
              GObject *container = find_container (document, G_OBJECT (touchpoint), &position);

              command = polku_command_new_remove (container, position);
            }
          break;
        case 8:
          if (step != NULL && g_rand_int_range (rand, 0, 4) == 0)
            {
              guint position;
              GObject *container = find_container (document, G_OBJECT (step), &position);

              command = polku_command_new_remove (container, position);
            }
          break;
        case 9:
          if (touchpoint != NULL && step != NULL)
            {
              guint position;
              GObject *from = find_container (document, G_OBJECT (touchpoint), &position);
              guint n = polku_step_get_n_touchpoints (step) - (from == G_OBJECT (step) ? 1 : 0);

              command = polku_command_new_move (from, position, G_OBJECT (step),
                                                g_rand_int_range (rand, 0, n + 1));
            }
          break;
        case 10:
          if (step != NULL)
            {
              guint position;
              GObject *from = find_container (document, G_OBJECT (step), &position);
              guint n = polku_phase_get_n_steps (phase) - (from == G_OBJECT (phase) ? 1 : 0);

              command = polku_command_new_move (from, position, G_OBJECT (phase),
                                                g_rand_int_range (rand, 0, n + 1));
            }
          break;
        case 11:
          {
            static const int scales[][2] = { { 1, 5 }, { 1, 7 }, { 1, 10 }, { 0, 10 } };
            guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (scales));

            command = polku_command_new_set_scale (journey, scales[which][0], scales[which][1]);
          }
          break;
        case 12:
          if (step != NULL)
            {
              g_auto(GValue) value = G_VALUE_INIT;

              g_value_init (&value, G_TYPE_BOOLEAN);
              g_value_set_boolean (&value, g_rand_boolean (rand));
              command = polku_command_new_set_property (G_OBJECT (step), "gate", &value);
            }
          break;
        case 13:
          if (touchpoint != NULL)
            {
              guint32 counts[5];
              g_auto(GValue) value = G_VALUE_INIT;

              for (guint i = 0; i < 5; i++)
                counts[i] = g_rand_int_range (rand, 0, 50);
              g_value_init (&value, G_TYPE_VARIANT);
              if (g_rand_boolean (rand))
                g_value_set_variant (&value, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, counts, 5, sizeof (guint32)));
              command = polku_command_new_set_property (G_OBJECT (touchpoint), "ces", &value);
            }
          break;
        case 14:
          {
            g_auto(GValue) value = G_VALUE_INIT;

            g_value_init (&value, POLKU_TYPE_LANE);
            g_value_set_flags (&value, g_rand_int_range (rand, 0, POLKU_ALL_LANES + 1));
            command = polku_command_new_set_property (G_OBJECT (journey), "lanes", &value);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return command;
}

/* The schema agrees with whatever the edits made. */
static void
assert_schema_valid (GBytes *bytes)
{
  g_autofree char *schema = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "polku.rng", NULL);
  g_autofree char *path = NULL;
  g_autofree char *err_out = NULL;
  g_autoptr(GError) error = NULL;
  int fd, status;

  fd = g_file_open_tmp ("polku-edited-XXXXXX.polku", &path, &error);
  assert_true (fd >= 0);
  close (fd);
  assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  assert_true (g_spawn_sync (NULL, (char *[]) { "xmllint", "--noout", "--relaxng", schema, path, NULL },
                             NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                             NULL, NULL, NULL, &err_out, &status, &error));
  g_unlink (path);
  if (!g_spawn_check_wait_status (status, NULL))
    fail_msg ("the edited file does not validate: %s", err_out);
}

static void
test_random_edits_undo_and_redo (void **state)
{
  for (guint32 seed = 1; seed <= 50; seed++)
    {
      g_autoptr(PolkuDocument) document = load_example ();
      g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(GBytes) original = save (document);
      g_autoptr(GBytes) edited = NULL;
      g_autoptr(GBytes) undone = NULL;
      g_autoptr(GBytes) redone = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PolkuDocument) reloaded = NULL;

      for (guint i = 0; i < 200; i++)
        {
          polku_undo_stack_push (stack, random_command (rand, document));
          if (g_rand_int_range (rand, 0, 5) == 0)
            polku_undo_stack_seal (stack);
        }
      edited = save (document);

      /* What the edits made is still a valid file. */
      reloaded = polku_reader_load_bytes (edited, "edited.polku", &error);
      if (reloaded == NULL)
        fail_msg ("seed %u: %s", seed, error->message);
      assert_schema_valid (edited);

      while (polku_undo_stack_undo (stack))
        ;
      undone = save (document);
      assert_bytes_equal (original, undone);
      assert_false (polku_undo_stack_get_dirty (stack));

      while (polku_undo_stack_redo (stack))
        ;
      redone = save (document);
      assert_bytes_equal (edited, redone);
      assert_true (polku_undo_stack_get_dirty (stack));
    }
}

static void
test_typing_merges (void **state)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t1", "");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();

  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "I"));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "In"));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "Inv"));
  polku_undo_stack_seal (stack);
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "Invoice"));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "owner", "Anna"));
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Invoice");

  assert_true (polku_undo_stack_undo (stack));
  assert_string_equal (polku_touchpoint_get_field (touchpoint, POLKU_TOUCHPOINT_FIELD_OWNER), "");
  assert_true (polku_undo_stack_undo (stack));
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Inv");
  assert_true (polku_undo_stack_undo (stack));
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "");
  assert_false (polku_undo_stack_can_undo (stack));

  /* Scores never merge: each is a step of its own. */
  polku_undo_stack_push (stack, set_double (G_OBJECT (touchpoint), "score", 2));
  polku_undo_stack_push (stack, set_double (G_OBJECT (touchpoint), "score", 3));
  assert_true (polku_undo_stack_undo (stack));
  assert_true (polku_touchpoint_get_score (touchpoint) == 2);
}

static void
count_cb (PolkuUndoStack *stack,
          guint          *count)
{
  (*count)++;
}

static void
test_changed_signal (void **state)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t1", "");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  guint changes = 0;

  /* Every change of the document, merged typing too, but not saving. */
  g_signal_connect (stack, "changed", G_CALLBACK (count_cb), &changes);
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "I"));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "In"));
  assert_int_equal (changes, 2);
  polku_undo_stack_set_clean (stack);
  assert_int_equal (changes, 2);
  assert_true (polku_undo_stack_undo (stack));
  assert_true (polku_undo_stack_redo (stack));
  assert_int_equal (changes, 4);
  assert_false (polku_undo_stack_redo (stack));
  assert_int_equal (changes, 4);
}

static void
test_save_point (void **state)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t1", "");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();

  assert_false (polku_undo_stack_get_dirty (stack));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "Inv"));
  assert_true (polku_undo_stack_get_dirty (stack));
  polku_undo_stack_set_clean (stack);
  assert_false (polku_undo_stack_get_dirty (stack));

  /* Typing on after saving must not merge into the saved edit. */
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "Invoice"));
  assert_true (polku_undo_stack_get_dirty (stack));
  assert_true (polku_undo_stack_undo (stack));
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "Inv");
  assert_false (polku_undo_stack_get_dirty (stack));

  /* Undo past the save point and branch off: the saved state is gone. */
  assert_true (polku_undo_stack_undo (stack));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "owner", "Anna"));
  assert_true (polku_undo_stack_get_dirty (stack));
  assert_true (polku_undo_stack_undo (stack));
  assert_true (polku_undo_stack_get_dirty (stack));
  assert_string_equal (polku_touchpoint_get_name (touchpoint), "");
}

/* A save takes the state it began with: edits made while it runs stay
 * unsaved, and an edit merged into the saved one makes the document dirty. */
static void
test_clean_state_of_a_running_save (void **state)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t1", "");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  guint64 saved;

  assert_int_equal (polku_undo_stack_get_state (stack), 0);
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "In"));
  saved = polku_undo_stack_get_state (stack);
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "name", "Inv"));
  polku_undo_stack_set_clean_state (stack, saved);
  assert_true (polku_undo_stack_get_dirty (stack));

  saved = polku_undo_stack_get_state (stack);
  polku_undo_stack_set_clean_state (stack, saved);
  assert_false (polku_undo_stack_get_dirty (stack));

  /* Undone past and branched off: the saved state is gone for good. */
  assert_true (polku_undo_stack_undo (stack));
  polku_undo_stack_push (stack, set_string (G_OBJECT (touchpoint), "owner", "Anna"));
  polku_undo_stack_set_clean_state (stack, saved);
  assert_true (polku_undo_stack_get_dirty (stack));
  assert_true (polku_undo_stack_undo (stack));
  assert_true (polku_undo_stack_get_dirty (stack));
}

static void
test_labels_and_notifications (void **state)
{
  g_autoptr(PolkuStep) step = polku_step_new ("s1", "Booking");
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t1", "Phone");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  PolkuCommand *insert = polku_command_new_insert (G_OBJECT (step), 0, G_OBJECT (touchpoint));

  polku_command_set_label (insert, "Add Touchpoint");
  assert_null (polku_undo_stack_get_undo_label (stack));
  polku_undo_stack_push (stack, insert);
  assert_string_equal (polku_undo_stack_get_undo_label (stack), "Add Touchpoint");
  assert_int_equal (polku_step_get_n_touchpoints (step), 1);
  assert_true (polku_undo_stack_undo (stack));
  assert_int_equal (polku_step_get_n_touchpoints (step), 0);
  assert_string_equal (polku_undo_stack_get_redo_label (stack), "Add Touchpoint");
}

/* A rename that changes nothing is no edit; one that does is undoable. */
static void
test_rename (void **state)
{
  g_autoptr(PolkuStep) step = polku_step_new ("s1", "Booking");
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  PolkuCommand *rename;

  assert_null (polku_command_new_rename (G_OBJECT (step), "name", "Booking", "Rename"));

  rename = polku_command_new_rename (G_OBJECT (step), "name", "Booking online", "Rename");
  assert_non_null (rename);
  assert_string_equal (polku_command_get_label (rename), "Rename");
  polku_undo_stack_push (stack, rename);
  assert_string_equal (polku_step_get_name (step), "Booking online");
  assert_true (polku_undo_stack_undo (stack));
  assert_string_equal (polku_step_get_name (step), "Booking");
}

static void
test_scale_change_keeps_scores_valid (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  g_autoptr(PolkuUndoStack) stack = polku_undo_stack_new ();
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  g_autoptr(GBytes) original = save (document);
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(PolkuDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  /* The example is on 1–5 with scores such as 4.8: 0–10 keeps them,
   * and back to 1–5 keeps them too; 1–7 then 1–5 clamps nothing. A jump
   * from 0–10 with a 9 down to 1–5 must clamp it to 5. */
  polku_undo_stack_push (stack, polku_command_new_set_scale (journey, 0, 10));
  polku_undo_stack_push (stack, set_double (G_OBJECT (polku_step_get_touchpoint (polku_phase_get_step (polku_journey_get_phase (journey, 0), 0), 0)), "score", 9));
  polku_undo_stack_push (stack, polku_command_new_set_scale (journey, 1, 5));
  assert_true (polku_touchpoint_get_score (polku_step_get_touchpoint (polku_phase_get_step (polku_journey_get_phase (journey, 0), 0), 0)) == 5);

  changed = save (document);
  reloaded = polku_reader_load_bytes (changed, "changed.polku", &error);
  assert_null (error);

  while (polku_undo_stack_undo (stack))
    ;
  undone = save (document);
  assert_bytes_equal (original, undone);
}

static void
test_generate_id (void **state)
{
  g_autoptr(PolkuDocument) document = load_example ();
  g_autofree char *t = polku_document_generate_id (document, "t");
  g_autofree char *s = polku_document_generate_id (document, "s");
  g_autofree char *x = polku_document_generate_id (document, "x");

  assert_string_equal (t, "t26");
  assert_string_equal (s, "s11");
  assert_string_equal (x, "x1");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_random_edits_undo_and_redo),
    cmocka_unit_test (test_typing_merges),
    cmocka_unit_test (test_changed_signal),
    cmocka_unit_test (test_save_point),
    cmocka_unit_test (test_clean_state_of_a_running_save),
    cmocka_unit_test (test_labels_and_notifications),
    cmocka_unit_test (test_rename),
    cmocka_unit_test (test_scale_change_keeps_scores_valid),
    cmocka_unit_test (test_generate_id),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
