/* bench-export.c: exporting a large map to PDF, against Dia
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a journey of 1,000 touchpoints with every lane's text filled,
 * saves it, and counts the boxes, lines and texts of its map. Then writes
 * a Dia diagram with as many boxes, lines and texts, laid out alike, and
 * measures in the same run, as a user runs them:
 *
 *   polku-cli export journey.polku -o map.pdf       (the whole map on A4)
 *   dia -n --filter=cairo-pdf --export=map.pdf diagram.dia
 *
 * each from process start to a complete file, the median of a few runs;
 * and Polku's export inside the process, without start-up and loading.
 *
 * Target: Polku ≤ 0.5 × Dia.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "polku-bench.h"
#include "polku-render.h"
#include "polku-map-layout-private.h"

#define N_TOUCHPOINTS 1000
#define REPEATS       5
#define TARGET_RATIO  0.5
#define CM            (2.54 / 72)   /* Dia's unit, from points */

typedef struct
{
  guint n_boxes;
  guint n_lines;
  guint n_texts;
} Counts;

static void
count_text (const PolkuMapText *text,
            gpointer            user_data)
{
  ((Counts *) user_data)->n_texts++;
}

/* Boxes: phases, steps, cards, tags' pills and lanes. Lines: the curves'
 * pieces, grid lines, rules and gate marks. Texts: every text. */
static Counts
count_map (PolkuMapLayout *layout)
{
  Counts counts = { 0 };

  counts.n_boxes = layout->phases->len + layout->steps->len;
  for (guint i = 0; i < layout->cards->len; i++)
    {
      PolkuMapCard *card = &g_array_index (layout->cards, PolkuMapCard, i);

      counts.n_boxes += 1 + (card->critical_chip.label.layout != NULL);
      counts.n_lines += (card->as_is.next >= 0) + (card->to_be.next >= 0);
    }
  for (guint i = 0; i < layout->steps->len; i++)
    counts.n_lines += 1 + g_array_index (layout->steps, PolkuMapStep, i).gate;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PolkuMapRow *row = &g_array_index (layout->rows, PolkuMapRow, i);

      counts.n_boxes += row->lanes->len;
      counts.n_lines += row->lanes->len + row->ticks->len + 1;
    }
  _polku_map_layout_foreach_text (layout, count_text, &counts);
  return counts;
}

static void
append_box (GString *dia,
            guint    id,
            double   x,
            double   y,
            double   width,
            double   height)
{
  g_string_append_printf (dia,
    "    <dia:object type=\"Standard - Box\" version=\"0\" id=\"O%u\">\n"
    "      <dia:attribute name=\"obj_pos\"><dia:point val=\"%.3f,%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"elem_corner\"><dia:point val=\"%.3f,%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"elem_width\"><dia:real val=\"%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"elem_height\"><dia:real val=\"%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"border_width\"><dia:real val=\"0.03\"/></dia:attribute>\n"
    "      <dia:attribute name=\"inner_color\"><dia:color val=\"#eff5fb\"/></dia:attribute>\n"
    "      <dia:attribute name=\"show_background\"><dia:boolean val=\"true\"/></dia:attribute>\n"
    "      <dia:attribute name=\"corner_radius\"><dia:real val=\"0.15\"/></dia:attribute>\n"
    "    </dia:object>\n",
    id, x, y, x, y, width, height);
}

static void
append_line (GString *dia,
             guint    id,
             double   x0,
             double   y0,
             double   x1,
             double   y1)
{
  g_string_append_printf (dia,
    "    <dia:object type=\"Standard - Line\" version=\"0\" id=\"O%u\">\n"
    "      <dia:attribute name=\"obj_pos\"><dia:point val=\"%.3f,%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"conn_endpoints\"><dia:point val=\"%.3f,%.3f\"/>"
    "<dia:point val=\"%.3f,%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"line_width\"><dia:real val=\"0.05\"/></dia:attribute>\n"
    "    </dia:object>\n",
    id, x0, y0, x0, y0, x1, y1);
}

static void
append_text (GString    *dia,
             guint       id,
             double      x,
             double      y,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (dia,
    "    <dia:object type=\"Standard - Text\" version=\"1\" id=\"O%u\">\n"
    "      <dia:attribute name=\"obj_pos\"><dia:point val=\"%.3f,%.3f\"/></dia:attribute>\n"
    "      <dia:attribute name=\"text\">\n"
    "        <dia:composite type=\"text\">\n"
    "          <dia:attribute name=\"string\"><dia:string>#%s#</dia:string></dia:attribute>\n"
    "          <dia:attribute name=\"font\"><dia:font family=\"sans\" style=\"0\" name=\"Helvetica\"/></dia:attribute>\n"
    "          <dia:attribute name=\"height\"><dia:real val=\"0.35\"/></dia:attribute>\n"
    "          <dia:attribute name=\"pos\"><dia:point val=\"%.3f,%.3f\"/></dia:attribute>\n"
    "          <dia:attribute name=\"color\"><dia:color val=\"#1d232a\"/></dia:attribute>\n"
    "          <dia:attribute name=\"alignment\"><dia:enum val=\"0\"/></dia:attribute>\n"
    "        </dia:composite>\n"
    "      </dia:attribute>\n"
    "    </dia:object>\n",
    id, x, y, escaped, x, y);
}

/* A diagram with the map's counts, in columns as the map has them. */
static char *
make_diagram (const Counts *counts)
{
  GString *dia = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<dia:diagram xmlns:dia=\"http://www.lysator.liu.se/~alla/dia/\">\n"
                               "  <dia:layer name=\"Background\" visible=\"true\" active=\"true\">\n");
  guint id = 0;
  guint columns = (counts->n_boxes + 3) / 4;

  for (guint i = 0; i < counts->n_boxes; i++)
    append_box (dia, id++, (i % columns) * 4.0, (i / columns) * 3.0, 3.5, 2.5);
  for (guint i = 0; i < counts->n_lines; i++)
    append_line (dia, id++, (i % columns) * 4.0 + 1.75, 13.0 + (i % 5) * 0.4,
                 (i % columns) * 4.0 + 5.75, 13.0 + ((i + 1) % 5) * 0.4);
  for (guint i = 0; i < counts->n_texts; i++)
    {
      g_autofree char *text = g_strdup_printf ("Text %u of the map", i);

      append_text (dia, id++, (i % columns) * 4.0 + 0.2, (i / columns) * 0.5 + 0.6, text);
    }
  g_string_append (dia, "  </dia:layer>\n</dia:diagram>\n");
  return g_string_free (dia, FALSE);
}

static double
run_timed (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n", argv[0], error->message);
      exit (EXIT_FAILURE);
    }
  return polku_bench_ms_since (start);
}

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? buf.st_size : -1;
}

int
main (int    argc,
      char **argv)
{
  const char *cli = g_getenv ("POLKU_CLI");
  g_autoptr(PolkuDocument) document = polku_document_new ();
  g_autoptr(PolkuJourney) journey = polku_bench_journey_new (N_TOUCHPOINTS);
  g_autoptr(PolkuMapLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) journey_file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *journey_path = NULL;
  g_autofree char *diagram_path = NULL;
  g_autofree char *polku_pdf = NULL;
  g_autofree char *dia_pdf = NULL;
  g_autofree char *dia_export = NULL;
  g_autofree char *diagram = NULL;
  g_autofree char *dia = g_find_program_in_path ("dia");
  double polku_ms[REPEATS], dia_ms[REPEATS], inside_ms[REPEATS];
  double polku_median, dia_median, inside_median, ratio;
  Counts counts;

  if (dia == NULL)
    {
      printf ("dia is not installed (apt-get install dia): nothing to compare with\n");
      return 77;
    }
  if (cli == NULL)
    {
      g_printerr ("POLKU_CLI must name polku-cli\n");
      return EXIT_FAILURE;
    }

  dir = g_dir_make_tmp ("bench-export-XXXXXX", &error);
  g_assert_no_error (error);
  journey_path = g_build_filename (dir, "journey.polku", NULL);
  diagram_path = g_build_filename (dir, "diagram.dia", NULL);
  polku_pdf = g_build_filename (dir, "polku.pdf", NULL);
  dia_pdf = g_build_filename (dir, "dia.pdf", NULL);
  dia_export = g_strconcat ("--export=", dia_pdf, NULL);

  polku_document_append_journey (document, journey);
  journey_file = g_file_new_for_path (journey_path);
  if (!polku_writer_save_file (document, journey_file, NULL, &error))
    g_error ("%s", error->message);

  layout = polku_map_layout_new (journey);
  counts = count_map (layout);
  diagram = make_diagram (&counts);
  if (!g_file_set_contents (diagram_path, diagram, -1, &error))
    g_error ("%s", error->message);

  for (guint r = 0; r < REPEATS; r++)
    {
      PolkuExportOptions options;
      g_autoptr(GBytes) bytes = NULL;
      gint64 start;

      polku_ms[r] = run_timed ((const char *[]) { cli, "export", journey_path, "-o", polku_pdf, NULL });
      dia_ms[r] = run_timed ((const char *[]) { dia, "-n", "--filter=cairo-pdf", dia_export,
                                                diagram_path, NULL });

      polku_export_options_init (&options);
      start = g_get_monotonic_time ();
      bytes = polku_export_journey_to_bytes_with_options (journey, POLKU_EXPORT_FORMAT_PDF, &options, &error);
      g_assert_no_error (error);
      inside_ms[r] = polku_bench_ms_since (start);
    }

  polku_median = polku_bench_median (polku_ms, REPEATS);
  dia_median = polku_bench_median (dia_ms, REPEATS);
  inside_median = polku_bench_median (inside_ms, REPEATS);
  ratio = polku_median / dia_median;

  printf ("%u touchpoints; the map and the diagram have %u boxes, %u lines and %u texts\n",
          polku_journey_count_touchpoints (journey), counts.n_boxes, counts.n_lines, counts.n_texts);
  printf ("medians of %u runs, from process start to a complete PDF:\n", REPEATS);
  printf ("  %-48s %9.1f ms  %8" G_GOFFSET_FORMAT " bytes\n", "polku-cli export (A4, fit)", polku_median,
          file_size (polku_pdf));
  printf ("  %-48s %9.1f ms  %8" G_GOFFSET_FORMAT " bytes\n", "dia --filter=cairo-pdf --export", dia_median,
          file_size (dia_pdf));
  printf ("  %-48s %9.1f ms\n", "Polku's export in the process, no start or load", inside_median);
  printf ("ratio Polku / Dia: %.2f (target ≤ %.1f): %s\n", ratio, TARGET_RATIO,
          ratio <= TARGET_RATIO ? "met" : "MISSED");

  g_unlink (journey_path);
  g_unlink (diagram_path);
  g_unlink (polku_pdf);
  g_unlink (dia_pdf);
  g_rmdir (dir);
  return ratio <= TARGET_RATIO ? EXIT_SUCCESS : EXIT_FAILURE;
}
