/* test-print.c: printed and exported maps, as a reader holds them
 *
 * Pages are checked as files a user gets: page counts and sizes with
 * pdfinfo, words and their sizes with pdftotext, and ink on pixels.
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

#include <cairo-pdf.h>

#include "polku-core.h"
#include "polku-pages-private.h"
#include "polku-render.h"
#include "polku-test.h"

typedef struct
{
  char          *dir;
  PolkuDocument *document;
  PolkuJourney  *journey;   /* the bundled example */
} Fixture;

static int
setup (void **state)
{
  g_autofree char *path = g_build_filename (g_getenv ("POLKU_SOURCE_DIR"), "data", "examples",
                                            "car-service.polku", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->dir = polku_test_make_tmp_dir ("test-print-XXXXXX");
  fixture->document = polku_reader_load_file (file, NULL, &error);
  assert_null (error);
  fixture->journey = polku_document_get_journey (fixture->document, 0);
  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  polku_test_remove_tree (fixture->dir);
  g_object_unref (fixture->document);
  g_free (fixture->dir);
  g_free (fixture);
  return 0;
}

static char *
export_pdf (Fixture          *fixture,
            PolkuJourney     *journey,
            const char       *name,
            PolkuPrintMode    mode,
            PolkuPaper        paper,
            PolkuOrientation  orientation,
            double            scale)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);
  PolkuExportOptions options;

  polku_export_options_init (&options);
  options.mode = mode;
  options.paper = paper;
  options.orientation = orientation;
  options.poster_scale = scale;
  if (!polku_export_journey_with_options (journey, path, &options, &error))
    fail_msg ("%s", error->message);
  return path;
}

/* Every page's size as pdfinfo prints it, "841.89 x 595.276". */
static GPtrArray *
pdf_page_sizes (const char *path)
{
  g_autofree char *last = g_strdup_printf ("%d", polku_test_pdf_pages (path));
  g_autofree char *info = polku_test_run_tool ((const char *[]) { "pdfinfo", "-f", "1", "-l", last, path, NULL });
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  GPtrArray *sizes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *size;
      const char *end;

      if (!g_str_has_prefix (lines[i], "Page ") || strstr (lines[i], " size:") == NULL)
        continue;
      size = strstr (lines[i], "size:") + strlen ("size:");
      while (*size == ' ')
        size++;
      end = strstr (size, " pts");
      g_ptr_array_add (sizes, g_strndup (size, end - size));
    }
  return sizes;
}

/* The words of a PDF's text run together: pdftotext breaks wrapped names
 * over lines and drops the hyphen where a word wraps at one. */
static char *
squeezed (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autofree char *text = NULL;

  if (page > 0)
    text = polku_test_run_tool ((const char *[]) { "pdftotext", "-f", number, "-l", number, path, "-", NULL });
  else
    text = polku_test_run_tool ((const char *[]) { "pdftotext", path, "-", NULL });
  return squeezed (text);
}

static void
assert_every_name_in (PolkuJourney *journey,
                      const char   *text,
                      const char   *what)
{
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);

          for (guint j = 0; j < polku_step_get_n_touchpoints (step); j++)
            {
              const char *name = polku_touchpoint_get_name (polku_step_get_touchpoint (step, j));
              g_autofree char *wanted = squeezed (name);

              if (strstr (text, wanted) == NULL)
                fail_msg ("“%s” is not in the text of the %s", name, what);
            }
        }
    }
}

/* Fit: one page of the chosen paper, whatever the paper. */
static void
test_fit_is_one_page_of_the_paper (void **state)
{
  Fixture *fixture = *state;
  static const struct
  {
    PolkuPaper       paper;
    PolkuOrientation orientation;
    const char      *size;
  } cases[] = {
    { POLKU_PAPER_A4, POLKU_ORIENTATION_LANDSCAPE, "841.89 x 595.276" },
    { POLKU_PAPER_A4, POLKU_ORIENTATION_PORTRAIT, "595.276 x 841.89" },
    { POLKU_PAPER_A3, POLKU_ORIENTATION_LANDSCAPE, "1190.55 x 841.89" },
    { POLKU_PAPER_A2, POLKU_ORIENTATION_PORTRAIT, "1190.55 x 1683.78" },
    { POLKU_PAPER_A1, POLKU_ORIENTATION_LANDSCAPE, "2383.94 x 1683.78" },
    { POLKU_PAPER_A0, POLKU_ORIENTATION_PORTRAIT, "2383.94 x 3370.39" },
    { POLKU_PAPER_LETTER, POLKU_ORIENTATION_LANDSCAPE, "792 x 612" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("fit-%u.pdf", i);
      g_autofree char *path = export_pdf (fixture, fixture->journey, name, POLKU_PRINT_MODE_FIT,
                                          cases[i].paper, cases[i].orientation, 1);
      g_autoptr(GPtrArray) sizes = pdf_page_sizes (path);

      assert_int_equal (polku_test_pdf_pages (path), 1);
      assert_int_equal (sizes->len, 1);
      assert_string_equal (g_ptr_array_index (sizes, 0), cases[i].size);
    }
}

/* Poster at 200 % on A4: many sheets, all A4, named and numbered. */
static void
test_poster_tiles_sheets (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = export_pdf (fixture, fixture->journey, "poster.pdf", POLKU_PRINT_MODE_POSTER,
                                      POLKU_PAPER_A4, POLKU_ORIENTATION_LANDSCAPE, 2);
  g_autoptr(PolkuPages) pages = polku_pages_new (fixture->journey, POLKU_PRINT_MODE_POSTER,
                                                 POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT, 2);
  g_autoptr(PolkuPages) small = polku_pages_new (fixture->journey, POLKU_PRINT_MODE_POSTER,
                                                 POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT, 1);
  g_autoptr(GPtrArray) sizes = pdf_page_sizes (path);
  g_autofree char *first = pdf_text (path, 1);
  g_autofree char *last = NULL;
  g_autofree char *last_page = NULL;
  guint columns, rows;
  int n = polku_test_pdf_pages (path);

  assert_true (n >= 4);
  polku_pages_get_grid (pages, &columns, &rows);
  assert_int_equal (n, columns * rows);
  assert_true (rows >= 2);
  assert_int_equal (sizes->len, n);
  for (guint i = 0; i < sizes->len; i++)
    assert_string_equal (g_ptr_array_index (sizes, i), "841.89 x 595.276");

  /* Half the scale, about a quarter of the sheets. */
  assert_true (polku_pages_get_n_pages (small) * 2 < (guint) n);

  /* Each sheet says which it is and which page of how many. */
  assert_non_null (strstr (first, "SheetA1:row1of"));
  assert_non_null (strstr (first, "Page1of"));
  last = pdf_text (path, n);
  last_page = g_strdup_printf ("Page%dof%d", n, n);
  assert_non_null (strstr (last, last_page));
}

/* Handout: a page for every step at least, so one per phase at least;
 * each names its phase and step. */
static void
test_handout_has_a_page_per_step (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = export_pdf (fixture, fixture->journey, "handout.pdf", POLKU_PRINT_MODE_HANDOUT,
                                      POLKU_PAPER_A4, POLKU_ORIENTATION_PORTRAIT, 1);
  g_autoptr(GPtrArray) sizes = pdf_page_sizes (path);
  guint n_steps = polku_journey_count_steps (fixture->journey);
  int n = polku_test_pdf_pages (path);
  int page = 1;

  assert_true (n >= (int) n_steps);
  assert_true (n >= POLKU_N_PHASE_KINDS);
  for (guint i = 0; i < sizes->len; i++)
    assert_string_equal (g_ptr_array_index (sizes, i), "595.276 x 841.89");

  /* The steps come in order, each at the top of a page of its own. */
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (fixture->journey, k);
      g_autofree char *phase_name = squeezed (polku_phase_get_display_label (phase));

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          g_autofree char *step_name = squeezed (polku_step_get_name (polku_phase_get_step (phase, i)));
          gboolean found = FALSE;

          for (; page <= n && !found; page++)
            {
              g_autofree char *text = pdf_text (path, page);
              g_autofree char *heading = g_strdup_printf ("%s,step%uof%u%s", phase_name, i + 1,
                                                          polku_phase_get_n_steps (phase), step_name);

              found = g_str_has_prefix (strstr (text, phase_name) ? strstr (text, phase_name) : "",
                                        heading);
            }
          if (!found)
            fail_msg ("no handout page begins with step “%s”", polku_step_get_name (polku_phase_get_step (phase, i)));
        }
    }
}

/* A handout gives every touchpoint's details, however long. */
static void
test_handout_gives_the_details (void **state)
{
  Fixture *fixture = *state;
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (fixture->journey,
                                                                   POLKU_PHASE_KIND_PURCHASE), 0);
  PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, 0);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *long_text = NULL;
  GString *essay = g_string_new (NULL);

  polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_EXPECTATION,
                              "The number is on the first screen");
  polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_WAY_OF_WORKING,
                              "Reception answers within three rings");
  polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_SUPPORT, "Telephony vendor");
  polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_MEASUREMENT, "");
  /* Longer than a page: it flows on to the next one. */
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (essay, "Sentence %u of the front line's needs. ", i);
  polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_FRONT_LINE, essay->str);
  g_string_free (essay, TRUE);

  path = export_pdf (fixture, fixture->journey, "details.pdf", POLKU_PRINT_MODE_HANDOUT,
                     POLKU_PAPER_A4, POLKU_ORIENTATION_PORTRAIT, 1);
  text = pdf_text (path, 0);
  assert_non_null (strstr (text, "Customer’sexpectationThenumberisonthefirstscreen"));
  assert_non_null (strstr (text, "WayofworkingReceptionanswerswithinthreerings"));
  assert_non_null (strstr (text, "SupportfunctionsTelephonyvendor"));
  assert_non_null (strstr (text, "Satisfaction3.2,target4.5,onascaleof1–5:1.3belowitstarget"));
  /* Every sentence of the long text made it, across pages (a page may
   * break one). */
  long_text = g_strdup (text);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *sentence = g_strdup_printf ("Sentence%u", i);
      const char *found = long_text;

      /* "Sentence5" is not "Sentence56". */
      while ((found = strstr (found, sentence)) != NULL && g_ascii_isdigit (found[strlen (sentence)]))
        found++;
      if (found == NULL)
        fail_msg ("sentence %u of the long field is missing", i);
    }
  assert_non_null (strstr (long_text, "Sentence199ofthefrontline'sneeds."));
  assert_non_null (strstr (text, "Bookingatime(continued)"));
}

/* A journey of one step named name, with a touchpoint. */
static PolkuJourney *
make_one_step_journey (const char *name)
{
  PolkuJourney *journey = polku_journey_new ("one");
  g_autoptr(PolkuStep) step = polku_step_new ("s", name);
  g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new ("t", "Reminder by text message");

  polku_journey_set_title (journey, "One step");
  polku_step_append_touchpoint (step, touchpoint);
  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  return journey;
}

/* A step whose name is taller than a page: the name goes on over the
 * pages, the head of each page after it is the name cut with an ellipsis,
 * and the handout ends after a few pages. (It used to add pages until
 * memory ran out: the head alone filled every new page.) */
static void
test_handout_of_a_name_taller_than_a_page (void **state)
{
  Fixture *fixture = *state;
  GString *name = g_string_new (NULL);
  g_autoptr(PolkuJourney) journey = NULL;
  g_autoptr(PolkuPages) tiny = NULL;
  g_autoptr(PolkuPages) pages = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *head = NULL;
  int n;

  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (name, "%sLine %u of the step's name", i > 1 ? "\n" : "", i);
  journey = make_one_step_journey (name->str);
  g_string_free (name, TRUE);

  /* A cover; 60 lines of 16 pt are 1,200 pt: two pages of A4 landscape,
   * then a page for the step's part of the map and its touchpoint; and a
   * page for each phase without steps. */
  pages = polku_pages_new (journey, POLKU_PRINT_MODE_HANDOUT, 841.89, 595.28, 1);
  assert_true (polku_pages_check_budget (pages, NULL));
  assert_in_range (polku_pages_get_n_pages (pages), 4, 8);

  path = export_pdf (fixture, journey, "tall-name.pdf", POLKU_PRINT_MODE_HANDOUT,
                     POLKU_PAPER_A4, POLKU_ORIENTATION_LANDSCAPE, 1);
  n = polku_test_pdf_pages (path);
  assert_int_equal (n, (int) polku_pages_get_n_pages (pages));

  /* Every line of the name is printed once at full length … */
  text = pdf_text (path, 0);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *line = g_strdup_printf ("Line%uofthestep'sname", i);

      if (strstr (text, line) == NULL)
        fail_msg ("line %u of the step's name is not printed", i);
    }
  /* … and over a page that goes on with the step (after the cover and
   * the step's first page) it is cut after two lines, marked. */
  for (int page = 3; page <= n && head == NULL; page++)
    {
      g_autofree char *page_text = pdf_text (path, page);
      const char *cut = strstr (page_text, "Line1ofthestep'snameLine2ofthestep'sname…");

      if (cut != NULL)
        head = g_strdup (cut + strlen ("Line1ofthestep'snameLine2ofthestep'sname…"));
    }
  assert_non_null (head);
  assert_false (g_str_has_prefix (head, "Line3ofthestep'sname"));

  /* On the smallest paper, under two lines of head a page has room for a
   * line or less: still one line at least a page, and an end. */
  tiny = polku_pages_new (journey, POLKU_PRINT_MODE_HANDOUT, 144, 144, 1);
  assert_true (polku_pages_check_budget (tiny, NULL));
  assert_in_range (polku_pages_get_n_pages (tiny), 60, 200);
}

/* A handout of more pages than the budget allows is refused, and so is a
 * poster of more sheets; printed, either is a page that says why. */
static void
test_pages_over_the_budget (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(PolkuJourney) journey = make_one_step_journey ("Booking");
  g_autoptr(PolkuPages) handout = NULL;
  g_autoptr(PolkuPages) poster = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "too-many.pdf", NULL);
  g_autofree char *limit = g_strdup_printf ("%u", POLKU_RENDER_MAX_PAGES);
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  PolkuExportOptions options;
  PolkuPhase *phase = polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE);
  cairo_surface_t *surface;
  cairo_t *cr;

  /* A page for every step. */
  for (guint i = polku_phase_get_n_steps (phase); i <= POLKU_RENDER_MAX_PAGES; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);
      g_autoptr(PolkuStep) step = polku_step_new (id, "Step");

      polku_phase_append_step (phase, step);
    }

  handout = polku_pages_new (journey, POLKU_PRINT_MODE_HANDOUT, 595.28, 841.89, 1);
  assert_false (polku_pages_check_budget (handout, &error));
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
  assert_non_null (strstr (error->message, limit));
  g_clear_error (&error);
  /* A print of it is one page, which says why. */
  assert_int_equal (polku_pages_get_n_pages (handout), 1);
  surface = cairo_pdf_surface_create (printed, 595.28, 841.89);
  cr = cairo_create (surface);
  polku_pages_draw_page (handout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  text = pdf_text (printed, 0);
  assert_non_null (strstr (text, "Themapneedsmorethan"));

  polku_export_options_init (&options);
  options.mode = POLKU_PRINT_MODE_HANDOUT;
  assert_false (polku_export_journey_with_options (journey, path, &options, &error));
  assert_true (g_error_matches (error, POLKU_RENDER_ERROR, POLKU_RENDER_ERROR_OVER_BUDGET));
  assert_non_null (strstr (error->message, "too-many.pdf"));
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The steps in a row, at eight times their size, on more sheets. */
  poster = polku_pages_new (journey, POLKU_PRINT_MODE_POSTER, 841.89, 595.28, 8);
  assert_false (polku_pages_check_budget (poster, &error));
  assert_non_null (strstr (error->message, limit));
  assert_int_equal (polku_pages_get_n_pages (poster), 1);
}

/* Every mode prints every touchpoint's name where text extraction finds it. */
static void
test_every_mode_names_every_touchpoint (void **state)
{
  Fixture *fixture = *state;

  for (PolkuPrintMode mode = 0; mode < POLKU_N_PRINT_MODES; mode++)
    {
      g_autofree char *name = g_strdup_printf ("%s.pdf", polku_print_mode_to_string (mode));
      g_autofree char *path = export_pdf (fixture, fixture->journey, name, mode,
                                          POLKU_PAPER_A4, POLKU_ORIENTATION_LANDSCAPE, 1.5);
      g_autofree char *text = pdf_text (path, 0);

      assert_every_name_in (fixture->journey, text, name);
    }
}

/* The size of the smallest word on each page of a PDF, in points, as
 * pdftotext -bbox measures words: a word's box is as tall as its font's
 * ascent and descent, in proportion to its size, measured against the
 * word "Page" of the page's foot, set at a known 8 points. */
static GArray *
smallest_words (const char *path)
{
  g_autofree char *html = polku_test_run_tool ((const char *[]) { "pdftotext", "-bbox", path, "-", NULL });
  g_auto(GStrv) lines = g_strsplit (html, "\n", -1);
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (double));
  double page_word = 0;
  double smallest = G_MAXDOUBLE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *word = strstr (lines[i], "<word ");
      double y_min, y_max;

      if (strstr (lines[i], "</page>") != NULL)
        {
          double size;

          assert_true (page_word > 0);
          size = smallest / page_word * 8.0;
          g_array_append_val (sizes, size);
          page_word = 0;
          smallest = G_MAXDOUBLE;
          continue;
        }
      if (word == NULL)
        continue;
      y_min = g_ascii_strtod (strstr (word, "yMin=\"") + 6, NULL);
      y_max = g_ascii_strtod (strstr (word, "yMax=\"") + 6, NULL);
      if (strstr (word, ">Page</word>") != NULL)
        page_word = y_max - y_min;
      smallest = MIN (smallest, y_max - y_min);
    }
  return sizes;
}

/* The smallest text on an A4 fit of the example is 6 pt or more: as the
 * renderer reports it, and as the words' heights in the PDF say. */
static void
test_fit_text_is_at_least_6_pt (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *path = export_pdf (fixture, fixture->journey, "a4.pdf", POLKU_PRINT_MODE_FIT,
                                      POLKU_PAPER_A4, POLKU_ORIENTATION_LANDSCAPE, 1);
  g_autoptr(PolkuPages) pages = polku_pages_new (fixture->journey, POLKU_PRINT_MODE_FIT,
                                                 POLKU_EXPORT_PAGE_WIDTH, POLKU_EXPORT_PAGE_HEIGHT, 1);
  g_autoptr(GArray) sizes = smallest_words (path);

  assert_true (polku_pages_get_smallest_text_size (pages) >= 6.0);
  assert_int_equal (sizes->len, 1);
  if (g_array_index (sizes, double, 0) < 6.0 - 0.01)
    fail_msg ("the smallest word is %.2f pt", g_array_index (sizes, double, 0));
}

/* The example with every lane shown. */
static PolkuJourney *
every_lane (Fixture *fixture)
{
  polku_journey_set_lanes (fixture->journey, POLKU_ALL_LANES);
  return fixture->journey;
}

/* A fit of the example with every lane shown reads at 6 points on A4
 * landscape, at 8 on A3 (its running head and foot are 8). */
static void
test_fit_of_every_lane_is_legible (void **state)
{
  Fixture *fixture = *state;
  static const struct
  {
    PolkuPaper paper;
    double     smallest;
  } cases[] = {
    { POLKU_PAPER_A4, 6.0 },
    { POLKU_PAPER_A3, 8.0 },
  };
  PolkuJourney *journey = every_lane (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("every-lane-%s.pdf", polku_paper_to_string (cases[i].paper));
      g_autofree char *path = export_pdf (fixture, journey, name, POLKU_PRINT_MODE_FIT, cases[i].paper,
                                          POLKU_ORIENTATION_LANDSCAPE, 1);
      g_autoptr(GArray) sizes = smallest_words (path);
      g_autoptr(PolkuPages) pages = NULL;
      double width, height;

      polku_paper_get_size (cases[i].paper, POLKU_ORIENTATION_LANDSCAPE, &width, &height);
      pages = polku_pages_new (journey, POLKU_PRINT_MODE_FIT, width, height, 1);
      assert_true (polku_pages_get_smallest_text_size (pages) >= cases[i].smallest);
      assert_int_equal (sizes->len, 1);
      if (g_array_index (sizes, double, 0) < cases[i].smallest - 0.05)
        fail_msg ("the smallest word on %s is %.2f pt", polku_paper_to_string (cases[i].paper),
                  g_array_index (sizes, double, 0));
    }
}

static const PolkuTouchpointField method_fields[] = {
  POLKU_TOUCHPOINT_FIELD_EXPECTATION,
  POLKU_TOUCHPOINT_FIELD_TARGET_LEVEL,
  POLKU_TOUCHPOINT_FIELD_WAY_OF_WORKING,
  POLKU_TOUCHPOINT_FIELD_MEASUREMENT,
  POLKU_TOUCHPOINT_FIELD_FRONT_LINE,
  POLKU_TOUCHPOINT_FIELD_SUPPORT,
};

static guint
count_occurrences (const char *text,
                   const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    n++;
  return n;
}

/* A handout for training: a cover with the legend and every name on the
 * fix-first list; every page's text 8 points or more; of a touchpoint's
 * method fields only those written, and one line for a touchpoint with
 * none. */
static void
test_handout_for_training (void **state)
{
  Fixture *fixture = *state;
  PolkuJourney *journey = fixture->journey;
  g_autofree char *path = NULL;
  g_autofree char *cover = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GPtrArray) fix_first = polku_metrics_fix_first (journey);
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_POST_PURCHASE), 1);
  PolkuTouchpoint *bare = polku_step_get_touchpoint (step, 0);
  PolkuTouchpoint *partial = polku_step_get_touchpoint (step, 1);
  guint filled[G_N_ELEMENTS (method_fields)] = { 0 };
  guint n_bare = 0;

  /* The example, as it is: a cover, then the steps. Portrait unless
   * chosen otherwise. */
  path = export_pdf (fixture, journey, "handout.pdf", POLKU_PRINT_MODE_HANDOUT, POLKU_PAPER_A4,
                     polku_print_mode_get_default_orientation (POLKU_PRINT_MODE_HANDOUT), 1);
  assert_int_equal (polku_test_pdf_pages (path), 15);
  cover = pdf_text (path, 1);
  assert_non_null (strstr (cover, "Legend"));
  for (guint i = 0; i < layout->keys->len; i++)
    {
      g_autofree char *label = squeezed (pango_layout_get_text (g_array_index (layout->keys, PolkuMapKey, i).label.layout));

      if (strstr (cover, label) == NULL)
        fail_msg ("the cover has no legend entry “%s”", label);
    }
  assert_non_null (strstr (cover, "Fixfirst"));
  assert_true (fix_first->len >= 5);
  for (guint i = 0; i < fix_first->len; i++)
    {
      g_autofree char *name = squeezed (polku_touchpoint_get_name (fix_first->pdata[i]));

      if (strstr (cover, name) == NULL)
        fail_msg ("the cover does not name “%s”, which is on the fix-first list", name);
    }
  sizes = smallest_words (path);
  assert_int_equal (sizes->len, 15);
  for (guint i = 0; i < sizes->len; i++)
    if (g_array_index (sizes, double, i) < 8.0 - 0.05)
      fail_msg ("the smallest word on page %u is %.2f pt", i + 1, g_array_index (sizes, double, i));

  /* A touchpoint with none of the method's answers, one with some. */
  for (guint i = 0; i < G_N_ELEMENTS (method_fields); i++)
    {
      polku_touchpoint_set_field (bare, method_fields[i], "");
      if (i % 2 == 0)
        polku_touchpoint_set_field (partial, method_fields[i], "");
    }
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        for (guint j = 0; j < polku_step_get_n_touchpoints (polku_phase_get_step (phase, i)); j++)
          {
            PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (polku_phase_get_step (phase, i), j);
            gboolean any = FALSE;

            for (guint f = 0; f < G_N_ELEMENTS (method_fields); f++)
              {
                const char *value = polku_touchpoint_get_field (touchpoint, method_fields[f]);

                if (value[0] != '\0')
                  {
                    filled[f]++;
                    any = TRUE;
                  }
              }
            n_bare += !any;
          }
    }
  g_free (path);
  path = export_pdf (fixture, journey, "handout-gaps.pdf", POLKU_PRINT_MODE_HANDOUT, POLKU_PAPER_A4,
                     POLKU_ORIENTATION_PORTRAIT, 1);
  text = pdf_text (path, 0);
  assert_int_equal (n_bare, 1);
  assert_int_equal (count_occurrences (text, "Notdescribedyet"), n_bare);
  /* Each field's name as often as it is written: none that is empty. The
   * names of the lanes the example hides are the customer's
   * expectation's and the support functions'. */
  for (guint f = 0; f < G_N_ELEMENTS (method_fields); f++)
    {
      g_autofree char *label = squeezed (polku_touchpoint_field_get_label (method_fields[f]));

      assert_true (filled[f] > 0);
      if (count_occurrences (text, label) != filled[f])
        fail_msg ("“%s” is printed %u times for %u touchpoints that have it",
                  label, count_occurrences (text, label), filled[f]);
    }
}

/* A handout shows a touchpoint's latest survey round and the change since
 * the one before, in the language it is printed in: numbers with its
 * decimal mark, dates as it writes them. */
static void
test_handout_shows_the_trend (void **state)
{
  static const guint32 march[] = { 0, 1, 1, 0, 0 }, may[] = { 0, 0, 1, 2, 1 };
  Fixture *fixture = *state;
  PolkuJourney *journey = fixture->journey;
  PolkuStep *step = polku_phase_get_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), 0);
  PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, 0);
  g_autoptr(PolkuRound) first = polku_round_new ("r1", "2026-03-01", NULL, 2);
  g_autoptr(PolkuRound) second = polku_round_new ("r2", "2026-05-01", NULL, 4);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path_fi = g_build_filename (fixture->dir, "handout-fi.pdf", NULL);
  g_autofree char *text_fi = NULL;
  g_autoptr(GError) error = NULL;
  PolkuExportOptions options;

  polku_round_set_counts (first, polku_touchpoint_get_id (touchpoint), POLKU_SURVEY_SATISFACTION, march, 5);
  polku_round_set_counts (second, polku_touchpoint_get_id (touchpoint), POLKU_SURVEY_SATISFACTION, may, 5);
  polku_journey_append_round (journey, first);
  path = export_pdf (fixture, journey, "handout-one-round.pdf", POLKU_PRINT_MODE_HANDOUT, POLKU_PAPER_A4,
                     POLKU_ORIENTATION_PORTRAIT, 1);
  text = pdf_text (path, 0);
  assert_int_equal (count_occurrences (text, "Measuredon"), 1);
  assert_non_null (strstr (text, "Measuredon1March2026from2answers:mean2.50."));
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);

  polku_journey_append_round (journey, second);
  path = export_pdf (fixture, journey, "handout-two-rounds.pdf", POLKU_PRINT_MODE_HANDOUT, POLKU_PAPER_A4,
                     POLKU_ORIENTATION_PORTRAIT, 1);
  text = pdf_text (path, 0);
  assert_int_equal (count_occurrences (text, "Measuredon"), 1);
  assert_non_null (strstr (text, "Measuredon1May2026from4answers:mean4.00,up1.5since1March2026."));

  polku_export_options_init (&options);
  options.mode = POLKU_PRINT_MODE_HANDOUT;
  options.language = "fi";
  if (!polku_export_journey_with_options (journey, path_fi, &options, &error))
    fail_msg ("%s", error->message);
  text_fi = pdf_text (path_fi, 0);
  assert_non_null (strstr (text_fi, "Mitattu1.5.2026,4vastausta:keskiarvo4,00,nousua1,5edellisestämittauksesta(1.3.2026)."));
}

/* A trainer's handout of some steps: a cover, and those steps' pages. */
static void
test_handout_of_chosen_steps (void **state)
{
  Fixture *fixture = *state;
  PolkuPhase *purchase = polku_journey_get_phase (fixture->journey, POLKU_PHASE_KIND_PURCHASE);
  PolkuPhase *after = polku_journey_get_phase (fixture->journey, POLKU_PHASE_KIND_POST_PURCHASE);
  const char *steps[] = { polku_step_get_id (polku_phase_get_step (purchase, 1)), NULL };
  g_autofree char *chosen = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "chosen.pdf", NULL);
  g_autofree char *text = NULL;
  PolkuExportOptions options;

  polku_export_options_init (&options);
  options.mode = POLKU_PRINT_MODE_HANDOUT;
  options.orientation = POLKU_ORIENTATION_PORTRAIT;
  options.handout_phases = 1 << POLKU_PHASE_KIND_POST_PURCHASE;
  options.handout_steps = steps;
  assert_true (polku_export_journey_with_options (fixture->journey, path, &options, NULL));
  text = pdf_text (path, 0);

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (fixture->journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        {
          PolkuStep *step = polku_phase_get_step (phase, i);
          g_autofree char *heading = g_strdup_printf ("%s,step%uof%u",
                                                      polku_phase_get_display_label (phase), i + 1,
                                                      polku_phase_get_n_steps (phase));
          g_autofree char *wanted = squeezed (heading);
          gboolean covered = phase == after || (phase == purchase && i == 1);

          (void) step;
          if ((strstr (text, wanted) != NULL) != covered)
            fail_msg ("the handout %s “%s”", covered ? "leaves out" : "covers", heading);
        }
    }
}

/* Sheets of a poster at scale on paper: no sheet's edge cuts a card that
 * is not larger than a sheet, and no sheet is blank. */
static void
assert_poster_cuts_between_cards (PolkuJourney *journey,
                                  PolkuPaper    paper,
                                  double        scale)
{
  g_autoptr(PolkuPages) pages = NULL;
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (journey);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_free);
  double width, height, body_width, body_height;
  double pixels = 0.5;   /* per point: 36 dpi */

  polku_paper_get_size (paper, POLKU_ORIENTATION_LANDSCAPE, &width, &height);
  pages = polku_pages_new (journey, POLKU_PRINT_MODE_POSTER, width, height, scale);
  assert_true (polku_pages_check_budget (pages, NULL));
  body_width = width - 2 * POLKU_PAGE_MARGIN;
  body_height = height - 2 * POLKU_PAGE_MARGIN - POLKU_PAGE_HEAD - POLKU_PAGE_FOOT;

  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        for (guint j = 0; j < polku_step_get_n_touchpoints (polku_phase_get_step (phase, i)); j++)
          {
            PolkuRect *rect = g_new (PolkuRect, 1);

            assert_true (polku_map_layout_get_touchpoint_rect (layout,
                                                               polku_step_get_touchpoint (polku_phase_get_step (phase, i), j),
                                                               rect));
            g_ptr_array_add (cards, rect);
          }
    }

  for (guint page = 0; page < polku_pages_get_n_pages (pages); page++)
    {
      cairo_surface_t *image;
      cairo_t *cr;
      PolkuRect region;
      guint column, row;
      guint ink = 0;
      int x0, x1, y0, y1;
      unsigned char *data;
      int stride;

      assert_true (polku_pages_get_sheet (pages, page, &column, &row, &region));
      for (guint c = 0; c < cards->len; c++)
        {
          const PolkuRect *card = cards->pdata[c];

          if (column > 0 && region.x > card->x + 0.01 && region.x < card->x + card->width - 0.01 &&
              card->width * scale <= body_width)
            fail_msg ("on %s at %.1f, sheet %u cuts a card across at %.1f", polku_paper_to_string (paper),
                      scale, page + 1, region.x);
          if (row > 0 && region.y > card->y + 0.01 && region.y < card->y + card->height - 0.01 &&
              card->height * scale <= body_height)
            fail_msg ("on %s at %.1f, sheet %u cuts a card down at %.1f", polku_paper_to_string (paper),
                      scale, page + 1, region.y);
        }

      /* Ink in the sheet's own part of the map, clear of the marks in the
       * overlap with the sheets before and the dashed edges of those
       * after. */
      image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * pixels, height * pixels);
      cr = cairo_create (image);
      cairo_scale (cr, pixels, pixels);
      polku_pages_draw_page (pages, cr, page);
      cairo_destroy (cr);
      cairo_surface_flush (image);
      data = cairo_image_surface_get_data (image);
      stride = cairo_image_surface_get_stride (image);
      x0 = (POLKU_PAGE_MARGIN + (column > 0 ? 28.35 : 0) + 2) * pixels;
      x1 = (POLKU_PAGE_MARGIN + region.width * scale - 2) * pixels;
      y0 = (POLKU_PAGE_MARGIN + POLKU_PAGE_HEAD + (row > 0 ? 28.35 : 0) + 2) * pixels;
      y1 = (POLKU_PAGE_MARGIN + POLKU_PAGE_HEAD + region.height * scale - 2) * pixels;
      for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
          ink += (*(guint32 *) (data + y * stride + x * 4) & 0xffffff) != 0xffffff;
      cairo_surface_destroy (image);
      if (ink == 0)
        fail_msg ("on %s at %.1f, sheet %u is blank", polku_paper_to_string (paper), scale, page + 1);
    }
}

/* Posters of the example, and of it with every lane shown, on A4 and A3
 * at 1.5, 2 and 3 times its size. */
static void
test_poster_cuts_between_cards (void **state)
{
  Fixture *fixture = *state;
  static const double scales[] = { 1.5, 2, 3 };
  static const PolkuPaper papers[] = { POLKU_PAPER_A4, POLKU_PAPER_A3 };

  for (guint lanes = 0; lanes < 2; lanes++)
    {
      if (lanes == 1)
        every_lane (fixture);
      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
          assert_poster_cuts_between_cards (fixture->journey, papers[p], scales[s]);
    }
}

/* A poster as many sheets high or wide as asked: as large as that lets
 * it be. */
static void
test_poster_of_sheets (void **state)
{
  Fixture *fixture = *state;
  PolkuPagesOptions options;
  guint columns, rows;

  polku_pages_options_init (&options);
  options.mode = POLKU_PRINT_MODE_POSTER;
  for (guint n = 1; n <= 3; n++)
    {
      g_autoptr(PolkuPages) high = NULL;
      g_autoptr(PolkuPages) wide = NULL;

      options.poster_columns = 0;
      options.poster_rows = n;
      high = polku_pages_new_with_options (fixture->journey, &options, 1190.55, 841.89);
      polku_pages_get_grid (high, &columns, &rows);
      assert_int_equal (rows, n);

      options.poster_columns = n + 1;
      options.poster_rows = 0;
      wide = polku_pages_new_with_options (fixture->journey, &options, 1190.55, 841.89);
      polku_pages_get_grid (wide, &columns, &rows);
      assert_int_equal (columns, n + 1);

      /* No smaller than it must be: a tenth larger takes more sheets. */
      {
        g_autoptr(PolkuPages) larger = NULL;

        larger = polku_pages_new (fixture->journey, POLKU_PRINT_MODE_POSTER, 1190.55, 841.89,
                                  polku_pages_get_poster_scale (high) * 1.1);
        polku_pages_get_grid (larger, &columns, &rows);
        assert_true (rows > n);
        g_clear_object (&larger);
        larger = polku_pages_new (fixture->journey, POLKU_PRINT_MODE_POSTER, 1190.55, 841.89,
                                  polku_pages_get_poster_scale (wide) * 1.1);
        polku_pages_get_grid (larger, &columns, &rows);
        assert_true (columns > n + 1);
      }
    }
}

/* Pixels of a card, in grayscale, as ink or not. */
static guint8 *
card_ink (cairo_surface_t *image,
          const PolkuRect *rect,
          double           scale,
          int              width,
          int              height)
{
  unsigned char *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  guint8 *ink = g_new0 (guint8, width * height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (data + (int) (rect->y * scale + y) * stride +
                                      (int) (rect->x * scale + x) * 4);
        double gray = 0.299 * (pixel >> 16 & 0xff) + 0.587 * (pixel >> 8 & 0xff) + 0.114 * (pixel & 0xff);

        ink[y * width + x] = gray < 160;
      }
  return ink;
}

static double
ink_difference (const guint8 *a,
                const guint8 *b,
                int           n)
{
  int differ = 0;

  for (int i = 0; i < n; i++)
    differ += a[i] != b[i];
  return (double) differ / n;
}

/* Four cards alike but for their tags: printed in grayscale and reduced
 * to ink or paper, critical and non-critical differ, and so do
 * prerequisite and opportunity, by shape and word, not by colour. */
static void
test_tags_survive_grayscale (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(PolkuJourney) journey = polku_journey_new ("tags");
  g_autoptr(PolkuStep) step = polku_step_new ("s", "Tags");
  g_autoptr(PolkuMapLayout) layout = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "tags.png", NULL);
  g_autoptr(GError) error = NULL;
  guint8 *ink[5];
  cairo_surface_t *image;
  PolkuExportOptions options;
  int width = G_MAXINT, height = G_MAXINT;
  double scale;

  polku_phase_append_step (polku_journey_get_phase (journey, POLKU_PHASE_KIND_PURCHASE), step);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, "Same name");

      polku_touchpoint_set_channel (touchpoint, POLKU_CHANNEL_PHONE);
      /* 0 critical prerequisite, 1 non-critical prerequisite, 2 critical
       * opportunity, 3 non-critical opportunity, 4 like 0 */
      polku_touchpoint_set_criticality (touchpoint, i % 2 == 0 ? POLKU_CRITICALITY_CRITICAL
                                                               : POLKU_CRITICALITY_NON_CRITICAL);
      polku_touchpoint_set_role (touchpoint, i == 2 || i == 3 ? POLKU_ROLE_OPPORTUNITY
                                                               : POLKU_ROLE_PREREQUISITE);
      polku_step_append_touchpoint (step, touchpoint);
    }

  polku_export_options_init (&options);
  options.dpi = 144;
  scale = options.dpi / 72;
  assert_true (polku_export_journey_with_options (journey, path, &options, &error));
  image = cairo_image_surface_create_from_png (path);
  assert_int_equal (cairo_surface_status (image), CAIRO_STATUS_SUCCESS);

  layout = polku_map_layout_new (journey);
  for (guint i = 0; i < 5; i++)
    {
      PolkuRect rect;

      assert_true (polku_map_layout_get_touchpoint_rect (layout, polku_step_get_touchpoint (step, i), &rect));
      width = MIN (width, (int) floor (rect.width * scale));
      height = MIN (height, (int) floor (rect.height * scale));
    }
  for (guint i = 0; i < 5; i++)
    {
      PolkuRect rect;

      assert_true (polku_map_layout_get_touchpoint_rect (layout, polku_step_get_touchpoint (step, i), &rect));
      ink[i] = card_ink (image, &rect, scale, width, height);
    }

  /* The same tags print the same. */
  assert_true (ink_difference (ink[0], ink[4], width * height) < 0.001);
  /* Critical against non-critical, prerequisite against opportunity. */
  assert_true (ink_difference (ink[0], ink[1], width * height) > 0.03);
  assert_true (ink_difference (ink[2], ink[3], width * height) > 0.03);
  assert_true (ink_difference (ink[0], ink[2], width * height) > 0.01);
  assert_true (ink_difference (ink[1], ink[3], width * height) > 0.01);

  for (guint i = 0; i < 5; i++)
    g_free (ink[i]);
  cairo_surface_destroy (image);
}

/* PNG takes its resolution; the map's size follows. */
static void
test_png_resolution (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(PolkuMapLayout) layout = polku_map_layout_new (fixture->journey);
  g_autofree char *path = g_build_filename (fixture->dir, "map.png", NULL);
  g_autoptr(GError) error = NULL;
  static const double resolutions[] = { 72, 150, 300 };

  for (guint i = 0; i < G_N_ELEMENTS (resolutions); i++)
    {
      PolkuExportOptions options;
      cairo_surface_t *image;

      polku_export_options_init (&options);
      options.dpi = resolutions[i];
      assert_true (polku_export_journey_with_options (fixture->journey, path, &options, &error));
      image = cairo_image_surface_create_from_png (path);
      assert_int_equal (cairo_image_surface_get_width (image),
                        (int) ceil (polku_map_layout_get_width (layout) * resolutions[i] / 72));
      assert_int_equal (cairo_image_surface_get_height (image),
                        (int) ceil (polku_map_layout_get_height (layout) * resolutions[i] / 72));
      cairo_surface_destroy (image);
    }
}

static void
test_paper_names (void **state)
{
  PolkuPaper paper;
  PolkuOrientation orientation;
  PolkuPrintMode mode;
  double width, height;

  assert_true (polku_paper_from_string ("a3", &paper));
  assert_int_equal (paper, POLKU_PAPER_A3);
  assert_true (polku_paper_from_string ("Letter", &paper));
  assert_int_equal (paper, POLKU_PAPER_LETTER);
  assert_false (polku_paper_from_string ("B5", &paper));
  assert_true (polku_paper_from_pwg_name ("iso_a4_210x297mm", &paper));
  assert_int_equal (paper, POLKU_PAPER_A4);
  assert_true (polku_paper_from_pwg_name ("na_legal", &paper));
  assert_int_equal (paper, POLKU_PAPER_LEGAL);
  assert_false (polku_paper_from_pwg_name ("iso_a40", &paper));
  polku_paper_get_size (POLKU_PAPER_A4, POLKU_ORIENTATION_PORTRAIT, &width, &height);
  assert_true (fabs (width - 595.276) < 0.01 && fabs (height - 841.89) < 0.01);
  assert_true (polku_orientation_from_string ("Landscape", &orientation));
  assert_int_equal (orientation, POLKU_ORIENTATION_LANDSCAPE);
  assert_true (polku_print_mode_from_string ("handout", &mode));
  assert_int_equal (mode, POLKU_PRINT_MODE_HANDOUT);
  assert_false (polku_print_mode_from_string ("booklet", &mode));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_fit_is_one_page_of_the_paper, setup, teardown),
    cmocka_unit_test_setup_teardown (test_poster_tiles_sheets, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handout_has_a_page_per_step, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handout_gives_the_details, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handout_of_a_name_taller_than_a_page, setup, teardown),
    cmocka_unit_test_setup_teardown (test_pages_over_the_budget, setup, teardown),
    cmocka_unit_test_setup_teardown (test_every_mode_names_every_touchpoint, setup, teardown),
    cmocka_unit_test_setup_teardown (test_fit_text_is_at_least_6_pt, setup, teardown),
    cmocka_unit_test_setup_teardown (test_fit_of_every_lane_is_legible, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handout_for_training, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handout_of_chosen_steps, setup, teardown),
    cmocka_unit_test_setup_teardown (test_handout_shows_the_trend, setup, teardown),
    cmocka_unit_test_setup_teardown (test_poster_cuts_between_cards, setup, teardown),
    cmocka_unit_test_setup_teardown (test_poster_of_sheets, setup, teardown),
    cmocka_unit_test_setup_teardown (test_tags_survive_grayscale, setup, teardown),
    cmocka_unit_test_setup_teardown (test_png_resolution, setup, teardown),
    cmocka_unit_test (test_paper_names),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
