/* test-model.c: building journeys in the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-core.h"

static void
test_journey_has_three_phases (void **state)
{
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j1");
  GListModel *phases = polku_journey_get_phases (journey);

  assert_int_equal (g_list_model_get_n_items (phases), 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PolkuPhase) phase = g_list_model_get_item (phases, i);
      assert_int_equal (polku_phase_get_kind (phase), i);
      assert_int_equal (polku_phase_get_n_steps (phase), 0);
    }
  assert_string_equal (polku_phase_get_display_label (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE)),
                       "Purchase");
  assert_int_equal (polku_journey_get_scale_min (journey), 1);
  assert_int_equal (polku_journey_get_scale_max (journey), 5);
}

static void
test_build_journey (void **state)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_journey_new ("j1");
  g_autoptr(PolkuStep) step = polku_step_new ("s1", "Booking a time");
  g_autoptr(PolkuTouchpoint) call = polku_touchpoint_new ("t1", "Calling the workshop");
  g_autoptr(PolkuTouchpoint) web = polku_touchpoint_new ("t2", "Online booking");
  PolkuPhase *purchase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);

  polku_journey_set_title (journey, "Car service");
  polku_journey_set_segment (journey, "Private owners");
  polku_touchpoint_set_channel (call, POLKU_CHANNEL_PHONE);
  polku_touchpoint_set_criticality (call, POLKU_CRITICALITY_CRITICAL);
  polku_touchpoint_set_score (call, 2.5);
  polku_touchpoint_set_target (call, 4);
  polku_touchpoint_set_role (web, POLKU_ROLE_OPPORTUNITY);

  polku_step_append_touchpoint (step, web);
  polku_step_insert_touchpoint (step, 0, call);
  polku_phase_append_step (purchase, step);
  polku_document_append_journey (document, journey);

  assert_int_equal (polku_document_get_n_journeys (document), 1);
  assert_ptr_equal (polku_document_get_journey (document, 0), journey);
  assert_int_equal (polku_journey_count_steps (journey), 1);
  assert_int_equal (polku_journey_count_touchpoints (journey), 2);
  assert_ptr_equal (polku_step_get_touchpoint (step, 0), call);
  assert_ptr_equal (polku_step_get_touchpoint (step, 1), web);
  assert_true (polku_touchpoint_has_score (call));
  assert_false (polku_touchpoint_has_score (web));
  assert_true (isnan (polku_touchpoint_get_target (web)));
  assert_int_equal (polku_touchpoint_get_criticality (call), POLKU_CRITICALITY_CRITICAL);
  assert_int_equal (polku_touchpoint_get_role (call), POLKU_ROLE_PREREQUISITE);
  assert_int_equal (polku_touchpoint_get_role (web), POLKU_ROLE_OPPORTUNITY);

  polku_step_remove_touchpoint (step, 0);
  assert_int_equal (polku_journey_count_touchpoints (journey), 1);
  assert_ptr_equal (polku_step_get_touchpoint (step, 0), web);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_notify_only_on_change (void **state)
{
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t1", "Invoice");
  guint n = 0;

  g_signal_connect (touchpoint, "notify", G_CALLBACK (count_notify), &n);

  polku_touchpoint_set_name (touchpoint, "Invoice");
  polku_touchpoint_set_score (touchpoint, NAN);
  /* A new touchpoint's channel is not set: no channel is guessed for it. */
  assert_int_equal (polku_touchpoint_get_channel (touchpoint), POLKU_CHANNEL_NONE);
  polku_touchpoint_set_channel (touchpoint, POLKU_CHANNEL_NONE);
  assert_int_equal (n, 0);

  polku_touchpoint_set_name (touchpoint, "Invoice by e-mail");
  polku_touchpoint_set_score (touchpoint, 3);
  polku_touchpoint_set_score (touchpoint, 3);
  polku_touchpoint_set_channel (touchpoint, POLKU_CHANNEL_EMAIL_AND_POST);
  assert_int_equal (n, 3);
}

static void
test_enum_tokens (void **state)
{
  PolkuChannel channel;
  PolkuPhaseKind kind;

  for (guint i = 0; i < POLKU_N_CHANNELS; i++)
    {
      assert_true (polku_channel_from_string (polku_channel_to_string (i), &channel));
      assert_int_equal (channel, i);
      assert_non_null (polku_channel_get_label (i));
    }
  assert_true (polku_phase_kind_from_string ("post-purchase", &kind));
  assert_int_equal (kind, POLKU_PHASE_KIND_POST_PURCHASE);
  assert_false (polku_channel_from_string ("telepathy", &channel));
  assert_false (polku_channel_from_string (NULL, &channel));
}

static void
test_supported_scales (void **state)
{
  assert_true (polku_scale_is_supported (1, 5));
  assert_true (polku_scale_is_supported (1, 7));
  assert_true (polku_scale_is_supported (1, 10));
  assert_true (polku_scale_is_supported (0, 10));
  assert_false (polku_scale_is_supported (0, 5));
  assert_false (polku_scale_is_supported (2, 9));

  /* One list, in the order of the "default-scale" setting's choices. */
  assert_int_equal (polku_scale_get_n_scales (), 4);
  assert_int_equal (polku_scale_find_nick ("0-10"), 3);
  assert_int_equal (polku_scale_find (0, 10), 3);
  assert_string_equal (polku_scale_get_nick (1), "1-7");
  assert_int_equal (polku_scale_get (1)->max, 7);
  assert_null (polku_scale_get_nick (4));
  assert_null (polku_scale_get (4));
  assert_int_equal (polku_scale_find_nick ("2-9"), G_MAXUINT);
  {
    g_auto(GStrv) labels = polku_scale_dup_labels ();

    assert_int_equal (g_strv_length (labels), 4);
    assert_string_equal (labels[2], "1–10");
  }
}

/* The setting's choices are the scales of the list. */
static void
test_scale_setting (void **state)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) nicks = NULL;
  g_autoptr(GError) error = NULL;
  const char *type;

  source = g_settings_schema_source_new_from_directory (g_getenv ("GSETTINGS_SCHEMA_DIR"), NULL,
                                                        TRUE, &error);
  assert_null (error);
  schema = g_settings_schema_source_lookup (source, APP_ID, FALSE);
  assert_non_null (schema);
  key = g_settings_schema_get_key (schema, "default-scale");
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(&sv)", &type, &nicks);
  assert_string_equal (type, "enum");
  assert_int_equal (g_variant_n_children (nicks), polku_scale_get_n_scales ());
  for (guint i = 0; i < polku_scale_get_n_scales (); i++)
    {
      g_autoptr(GVariant) nick = g_variant_new_string (polku_scale_get_nick (i));

      assert_true (g_settings_schema_key_range_check (key, nick));
    }
}

static void
test_template (void **state)
{
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) first = polku_template_create_journey (document);
  g_autoptr(PolkuJourney) second = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PolkuDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  assert_int_equal (polku_phase_get_n_steps (polku_journey_get_phase (first, POLKU_PHASE_KIND_PRE_PURCHASE)), 3);
  assert_int_equal (polku_phase_get_n_steps (polku_journey_get_phase (first, POLKU_PHASE_KIND_PURCHASE)), 4);
  assert_int_equal (polku_phase_get_n_steps (polku_journey_get_phase (first, POLKU_PHASE_KIND_POST_PURCHASE)), 5);
  assert_string_equal (polku_step_get_name (polku_phase_get_step (polku_journey_get_phase (first, POLKU_PHASE_KIND_PURCHASE), 1)),
                       "Making contact");

  /* A second template journey in the same document gets ids of its own:
   * the document, saved and loaded, has no duplicate. */
  polku_document_append_journey (document, first);
  second = polku_template_create_journey (document);
  polku_document_append_journey (document, second);
  assert_string_not_equal (polku_journey_get_id (first), polku_journey_get_id (second));
  bytes = polku_writer_write (document);
  reloaded = polku_reader_load_bytes (bytes, "template.polku", &error);
  assert_null (error);
  assert_int_equal (polku_journey_count_steps (polku_document_get_journey (reloaded, 1)), 12);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_journey_has_three_phases),
    cmocka_unit_test (test_build_journey),
    cmocka_unit_test (test_notify_only_on_change),
    cmocka_unit_test (test_enum_tokens),
    cmocka_unit_test (test_supported_scales),
    cmocka_unit_test (test_scale_setting),
    cmocka_unit_test (test_template),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
