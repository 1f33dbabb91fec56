/* bench-io.c: how fast journey files load and save, and what the model costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates journeys of 1,000, 10,000 and 100,000 touchpoints with every
 * field filled and measures, in the same run: loading with full checking,
 * saving, and "xmllint --noout" on the same file as the baseline. Memory is
 * the heap the loaded model takes beyond the bytes of text it holds.
 *
 * Targets: load ≤ 1.2 × xmllint; save ≤ load; ≤ 1 KiB per touchpoint.
 */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "polku-bench.h"

#define REPEATS 5
#define TOUCHPOINTS_PER_STEP 8

static const char *
sample_text (guint i)
{
  /* Short, so that 100,000 touchpoints with every field fit the 64 MiB a
   * file may have; the markup around them is what the reader works on. */
  static const char * const texts[] = {
    "Ääni",
    "Quick",
    "Call & ask",
    "Link",
    "Soon",
  };
  return texts[i % G_N_ELEMENTS (texts)];
}

static PolkuTouchpoint *
make_touchpoint (guint n)
{
  g_autofree char *id = g_strdup_printf ("t%u", n);
  g_autofree char *name = g_strdup_printf ("Touchpoint number %u", n);
  PolkuTouchpoint *tp = polku_touchpoint_new (id, name);
  guint32 responses[5] = { n % 7, 3, 10, 20, 7 };
  guint32 nps[11] = { 1, 0, 0, 2, 0, 0, 3, 4, 8, 20, n % 13 };
  guint32 ces[5] = { 0, 1, 2, 10, 7 };

  for (guint f = POLKU_TOUCHPOINT_FIELD_DESCRIPTION; f < POLKU_TOUCHPOINT_N_FIELDS; f++)
    polku_touchpoint_set_field (tp, f, sample_text (n + f));
  polku_touchpoint_set_channel (tp, n % POLKU_N_CHANNELS);
  polku_touchpoint_set_criticality (tp, n % 2);
  polku_touchpoint_set_role (tp, (n / 2) % 2);
  polku_touchpoint_set_interaction (tp, 1 + n % 31);
  polku_touchpoint_set_kano (tp, 1 + n % 4);
  polku_touchpoint_set_frequency (tp, 1 + n % 3);
  polku_touchpoint_set_standardised (tp, n % 3 == 0);
  polku_touchpoint_set_score (tp, 1 + (n % 17) / 4.0);
  polku_touchpoint_set_target (tp, 4);
  polku_touchpoint_set_counts (tp, POLKU_SURVEY_SATISFACTION, responses, 5);
  polku_touchpoint_set_counts (tp, POLKU_SURVEY_NPS, nps, 11);
  polku_touchpoint_set_counts (tp, POLKU_SURVEY_CES, ces, 5);
  return tp;
}

static PolkuDocument *
generate (guint n_touchpoints)
{
  PolkuDocument *document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_journey_new ("bench");
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);
  guint made = 0;

  for (guint f = 0; f < POLKU_JOURNEY_N_FIELDS; f++)
    if (f != POLKU_JOURNEY_FIELD_LANGUAGE)
      polku_journey_set_field (journey, f, sample_text (f));
  polku_journey_set_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE, "fi");
  polku_journey_set_created (journey, now);
  polku_journey_set_modified (journey, now);

  for (guint s = 0; made < n_touchpoints; s++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", s);
      g_autoptr(PolkuStep) step = polku_step_new (id, sample_text (s));

      for (guint f = POLKU_STEP_FIELD_DOING; f < POLKU_STEP_N_FIELDS; f++)
        polku_step_set_field (step, f, sample_text (s + f));
      polku_step_set_gate (step, s % 5 == 0);
      for (guint t = 0; t < TOUCHPOINTS_PER_STEP && made < n_touchpoints; t++)
        {
          g_autoptr(PolkuTouchpoint) tp = make_touchpoint (made++);
          polku_step_append_touchpoint (step, tp);
        }
      polku_phase_append_step (polku_journey_get_phase (journey, s % POLKU_N_PHASE_KINDS), step);
    }

  polku_document_append_journey (document, journey);
  return document;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static double
time_xmllint (const char *path)
{
  const char *argv[] = { "xmllint", "--noout", path, NULL };
  double samples[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("xmllint: %s", error->message);
      samples[r] = seconds_since (start);
    }
  return polku_bench_median (samples, REPEATS);
}

/* Reads and loads a file with full checking. The largest file, with every
 * field of 100,000 touchpoints filled, is over the 64 MiB the app accepts,
 * so the benchmark lifts that limit. */
static PolkuDocument *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  PolkuDocument *document;

  if (mapped == NULL)
    g_error ("%s", error->message);
  bytes = g_mapped_file_get_bytes (mapped);
  document = polku_reader_load_bytes_with_limit (bytes, path, G_MAXSIZE, &error);
  if (document == NULL)
    g_error ("%s", error->message);
  return document;
}

static double
time_load (const char *path)
{
  double samples[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      g_autoptr(PolkuDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();

      document = load (path);
      samples[r] = seconds_since (start);
    }
  return polku_bench_median (samples, REPEATS);
}

static double
time_save (PolkuDocument *document,
           const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double samples[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!polku_writer_save_file (document, file, NULL, &error))
        g_error ("%s", error->message);
      samples[r] = seconds_since (start);
    }
  return polku_bench_median (samples, REPEATS);
}

/* Bytes of text the model holds: every field's string with its NUL. */
static gsize
text_bytes (PolkuDocument *document)
{
  PolkuJourney *journey = polku_document_get_journey (document, 0);
  gsize total = 0;

  for (guint f = 0; f < POLKU_JOURNEY_N_FIELDS; f++)
    total += strlen (polku_journey_get_field (journey, f)) + 1;
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          total += strlen (polku_step_get_id (step)) + 1;
          for (guint f = 0; f < POLKU_STEP_N_FIELDS; f++)
            total += strlen (polku_step_get_field (step, f)) + 1;
          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *tp = polku_step_get_touchpoint (step, t);

              total += strlen (polku_touchpoint_get_id (tp)) + 1;
              for (guint f = 0; f < POLKU_TOUCHPOINT_N_FIELDS; f++)
                total += strlen (polku_touchpoint_get_field (tp, f)) + 1;
            }
        }
    }
  return total;
}

static double
bytes_per_touchpoint (const char *path,
                      guint       n_touchpoints)
{
  g_autoptr(PolkuDocument) document = NULL;
  struct mallinfo2 before, after;
  gsize text;

  malloc_trim (0);
  before = mallinfo2 ();
  document = load (path);
  malloc_trim (0);
  after = mallinfo2 ();
  text = text_bytes (document);

  return ((double) after.uordblks - (double) before.uordblks - (double) text) / n_touchpoints;
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 1000, 10000, 100000 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gboolean met = TRUE;

  /* GSlice's own allocator would hide the model from mallinfo2 (). */
  if (g_strcmp0 (g_getenv ("G_SLICE"), "always-malloc") != 0)
    {
      g_setenv ("G_SLICE", "always-malloc", TRUE);
      execv ("/proc/self/exe", argv);
    }

  dir = g_dir_make_tmp ("polku-bench-XXXXXX", &error);
  g_assert_no_error (error);

  printf ("%-12s %10s %12s %12s %12s %9s %9s %12s\n",
          "touchpoints", "file MiB", "xmllint s", "load s", "save s",
          "load/xml", "save/load", "B/touchpoint");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = g_build_filename (dir, "bench.polku", NULL);
      g_autofree char *scratch = g_build_filename (dir, "saved.polku", NULL);
      g_autoptr(PolkuDocument) document = generate (sizes[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      double xml, load, save, memory;
      GStatBuf st;

      if (!polku_writer_save_file (document, file, NULL, &error))
        g_error ("%s", error->message);
      g_stat (path, &st);

      xml = time_xmllint (path);
      load = time_load (path);
      save = time_save (document, scratch);
      memory = bytes_per_touchpoint (path, sizes[i]);

      printf ("%-12u %10.1f %12.4f %12.4f %12.4f %9.2f %9.2f %12.0f\n",
              sizes[i], st.st_size / 1048576.0, xml, load, save,
              load / xml, save / load, memory);

      met = met && load <= 1.2 * xml && save <= load && memory <= 1024;
      g_unlink (path);
      g_unlink (scratch);
    }
  g_rmdir (dir);

  printf ("targets (load ≤ 1.2 × xmllint, save ≤ load, ≤ 1024 B/touchpoint): %s\n",
          met ? "met" : "NOT met");
  return EXIT_SUCCESS;
}
