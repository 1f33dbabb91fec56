/* test-catalog.c: Polku's messages in a language of the map's choosing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "polku-core.h"
#include "polku-plural-private.h"
#include "polku-test.h"

/* The catalogues as built, whatever the process speaks. */
static void
test_finnish_catalogue (void **state)
{
  g_autoptr(PolkuCatalog) finnish = polku_catalog_new_for_language ("fi");
  g_autoptr(PolkuCatalog) regional = polku_catalog_new_for_language ("fi-FI");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 20, 12, 0, 0);
  g_autofree char *number = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *formatted = NULL;

  assert_string_equal (polku_catalog_get_language (finnish), "fi");
  assert_string_equal (polku_catalog_get_language_name (finnish), "suomi");
  assert_string_equal (polku_catalog_gettext (finnish, "Critical"), "Kriittinen");
  assert_string_equal (polku_catalog_gettext (regional, "Critical"), "Kriittinen");
  assert_string_equal (polku_catalog_pgettext (finnish, "month name", "November"), "marraskuuta");
  assert_string_equal (polku_catalog_ngettext (finnish, "%u page", "%u pages", 1), "%u sivu");
  assert_string_equal (polku_catalog_ngettext (finnish, "%u page", "%u pages", 2), "%u sivua");
  /* A message it has not: as written. */
  assert_string_equal (polku_catalog_gettext (finnish, "No such message"), "No such message");
  assert_string_equal (polku_catalog_ngettext (finnish, "No %u", "No %us", 3), "No %us");

  number = polku_catalog_format_number (finnish, 3.26, 1);
  assert_string_equal (number, "3,3");
  whole = polku_catalog_format_number (finnish, 4.0, 1);
  assert_string_equal (whole, "4");
  formatted = polku_catalog_format_date (finnish, date);
  assert_string_equal (formatted, "20.11.2026");

  /* The model's labels in it. */
  assert_string_equal (polku_phase_kind_get_label_in (POLKU_PHASE_KIND_PRE_PURCHASE, finnish),
                       "Ennen hankintaa");
  assert_string_equal (polku_lane_get_label_in (POLKU_LANE_TOUCHPOINTS, finnish), "Kosketuspisteet");
}

/* A language Polku has no catalogue of is English, Polku's own; English
 * writes its dates with the month's name and its decimals with a point. */
static void
test_english_catalogue (void **state)
{
  g_autoptr(PolkuCatalog) english = polku_catalog_new_for_language ("en");
  g_autoptr(PolkuCatalog) german = polku_catalog_new_for_language ("de-AT");
  g_autoptr(PolkuCatalog) process = polku_catalog_new_for_language ("");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 2, 12, 0, 0);
  g_autofree char *formatted = NULL;
  g_autofree char *number = NULL;
  g_autofree char *negative = NULL;
  g_auto(GStrv) languages = polku_catalog_list_languages ();

  assert_string_equal (polku_catalog_get_language (english), "en");
  assert_string_equal (polku_catalog_get_language (german), "en");
  assert_string_equal (polku_catalog_gettext (german, "Critical"), "Critical");
  assert_string_equal (polku_catalog_get_language_name (german), "English");
  assert_string_equal (polku_catalog_ngettext (german, "%u page", "%u pages", 1), "%u page");
  assert_string_equal (polku_catalog_ngettext (german, "%u page", "%u pages", 0), "%u pages");
  formatted = polku_catalog_format_date (english, date);
  assert_string_equal (formatted, "2 January 2026");
  number = polku_catalog_format_number (english, 2.25, 2);
  assert_string_equal (number, "2.25");
  negative = polku_catalog_format_number (english, -0.01, 1);
  assert_string_equal (negative, "0");

  /* None given: the process's, as gettext chooses it (C here). */
  assert_null (polku_catalog_get_language (process));
  assert_string_equal (polku_catalog_gettext (process, "Critical"), "Critical");

  assert_int_equal (g_strv_length (languages), 2);
  assert_string_equal (languages[0], "en");
  assert_string_equal (languages[1], "fi");
}

/* Plural forms as a catalogue's header gives them, in C. */
static void
test_plural_forms (void **state)
{
  /* Polish's three forms. */
  g_autoptr(PolkuPlural) polish =
    _polku_plural_new_from_header ("Language: pl\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : "
                                   "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n");
  g_autoptr(PolkuPlural) finnish = _polku_plural_new_from_header ("Plural-Forms: nplurals=2; plural=(n != 1);");
  g_autoptr(PolkuPlural) one = _polku_plural_new_from_header ("Plural-Forms: nplurals=1; plural=0;");
  static const struct
  {
    gulong n;
    guint  form;
  } cases[] = {
    { 0, 2 }, { 1, 0 }, { 2, 1 }, { 4, 1 }, { 5, 2 }, { 11, 2 }, { 12, 2 },
    { 21, 2 }, { 22, 1 }, { 112, 2 }, { 122, 1 }, { 1000000, 2 },
  };
  GString *deep = g_string_new ("Plural-Forms: nplurals=2; plural=");

  assert_non_null (polish);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (_polku_plural_get_form (polish, cases[i].n) != cases[i].form)
      fail_msg ("%lu takes form %u, not %u", cases[i].n, _polku_plural_get_form (polish, cases[i].n),
                cases[i].form);
  assert_int_equal (_polku_plural_get_form (finnish, 1), 0);
  assert_int_equal (_polku_plural_get_form (finnish, 7), 1);
  assert_int_equal (_polku_plural_get_form (one, 7), 0);

  /* What is not an expression of them is none. */
  assert_null (_polku_plural_new_from_header (NULL));
  assert_null (_polku_plural_new_from_header ("Language: fi\n"));
  assert_null (_polku_plural_new_from_header ("Plural-Forms: nplurals=2; plural=(n != 1;"));
  assert_null (_polku_plural_new_from_header ("Plural-Forms: nplurals=0; plural=0;"));
  assert_null (_polku_plural_new_from_header ("Plural-Forms: nplurals=2; plural=n ? 1;"));
  assert_null (_polku_plural_new_from_header ("Plural-Forms: nplurals=2; plural=x;"));
  /* Nor one deeper or longer than a language needs, however valid. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, '(');
  g_string_append_c (deep, 'n');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, ')');
  assert_null (_polku_plural_new_from_header (deep->str));
  g_string_truncate (deep, strlen ("Plural-Forms: nplurals=2; plural="));
  for (guint i = 0; i < 10000; i++)
    g_string_append (deep, "n+");
  g_string_append (deep, "1;");
  assert_null (_polku_plural_new_from_header (deep->str));
  g_string_free (deep, TRUE);
  /* A form the expression gives that is not one: the first. */
  {
    g_autoptr(PolkuPlural) beyond = _polku_plural_new_from_header ("Plural-Forms: nplurals=2; plural=n;");

    assert_int_equal (_polku_plural_get_form (beyond, 5), 0);
    assert_int_equal (_polku_plural_get_form (beyond, 1), 1);
  }
}

/* Writes a catalogue of language in dir's LC_MESSAGES. */
static void
write_catalogue (const char *dir,
                 const char *language,
                 const void *data,
                 gsize       length)
{
  g_autofree char *folder = g_build_filename (dir, language, "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (folder, GETTEXT_PACKAGE ".mo", NULL);

  assert_int_equal (g_mkdir_with_parents (folder, 0700), 0);
  assert_true (g_file_set_contents (path, data, length, NULL));
}

static void
put_word (GByteArray *bytes,
          guint32     word)
{
  g_byte_array_append (bytes, (const guint8 *) &word, sizeof word);
}

/* A damaged catalogue loses its words, not the program: an empty file,
 * one that is not a catalogue, one cut short, and one whose entries lie
 * beyond its end are English; of one with a bad entry, the good ones
 * stand. */
static void
test_damaged_catalogues (void **state)
{
  g_autofree char *dir = polku_test_make_tmp_dir ("test-catalog-XXXXXX");
  g_autofree char *previous = g_strdup (g_getenv ("POLKU_LOCALEDIR"));
  g_autoptr(GByteArray) mo = g_byte_array_new ();
  g_autoptr(GByteArray) beyond = g_byte_array_new ();
  static const char * const damaged[] = { "xa", "xb", "xc", "xd" };
  /* Two entries: "Critical" → "Kriittinen", then one whose translation
   * has no NUL at its end. */
  static const char strings[] = "Critical\0Kriittinen\0Gate\0Portti";
  guint32 table = 28;
  guint32 text = table + 2 * 2 * 8;

  put_word (mo, 0x950412de);
  put_word (mo, 0);
  put_word (mo, 2);
  put_word (mo, table);
  put_word (mo, table + 16);
  put_word (mo, 0);
  put_word (mo, 0);
  /* Originals: "Critical", "Gate"; translations: "Kriittinen", "Portti"
   * claimed 40 bytes long. */
  put_word (mo, 8);
  put_word (mo, text);
  put_word (mo, 4);
  put_word (mo, text + 20);
  put_word (mo, 10);
  put_word (mo, text + 9);
  put_word (mo, 40);
  put_word (mo, text + 25);
  g_byte_array_append (mo, (const guint8 *) strings, sizeof strings);

  put_word (beyond, 0x950412de);
  put_word (beyond, 0);
  put_word (beyond, 0x7fffffff);
  put_word (beyond, 0xfffffff0);
  put_word (beyond, 0xfffffff0);
  put_word (beyond, 0);
  put_word (beyond, 0);

  write_catalogue (dir, "xa", "", 0);
  write_catalogue (dir, "xb", "Not a message catalogue at all, but long enough", 48);
  write_catalogue (dir, "xc", mo->data, 20);
  write_catalogue (dir, "xd", beyond->data, beyond->len);
  write_catalogue (dir, "xe", mo->data, mo->len);
  g_setenv ("POLKU_LOCALEDIR", dir, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(PolkuCatalog) catalog = polku_catalog_new_for_language (damaged[i]);

      assert_string_equal (polku_catalog_gettext (catalog, "Critical"), "Critical");
    }
  {
    g_autoptr(PolkuCatalog) catalog = polku_catalog_new_for_language ("xe");

    assert_string_equal (polku_catalog_gettext (catalog, "Critical"), "Kriittinen");
    assert_string_equal (polku_catalog_gettext (catalog, "Gate"), "Gate");
  }

  g_setenv ("POLKU_LOCALEDIR", previous, TRUE);
  polku_test_remove_tree (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_finnish_catalogue),
    cmocka_unit_test (test_english_catalogue),
    cmocka_unit_test (test_plural_forms),
    cmocka_unit_test (test_damaged_catalogues),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
