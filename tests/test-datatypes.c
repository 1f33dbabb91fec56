/* test-datatypes.c: the XML Schema datatypes of journey files, one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a value and what `xmllint --relaxng` makes of it (checked by
 * hand against libxml2 2.9.14, Debian 12's); the conformance test judges
 * the same functions on whole files.
 */

#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "polku-core.h"

typedef struct
{
  const char *value;
  const char *expected;   /* the canonical form, or NULL when refused */
} Case;

static void
test_collapse (void **state)
{
  static const Case cases[] = {
    { "phone", "phone" },
    { " phone ", "phone" },
    { "\tstaff \n\r systems  ", "staff systems" },
    { "   ", "" },
    { "", "" },
    { "a\u00a0b", "a\u00a0b" },   /* no-break space is not XML whitespace */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *collapsed = polku_datatype_collapse (cases[i].value);

      assert_string_equal (collapsed, cases[i].expected);
    }
}

static void
test_decimal (void **state)
{
  static const Case cases[] = {
    { "4", "4" },
    { "4.50", "4.5" },
    { "+4", "4" },
    { "-0", "0" },
    { "-0.000", "0" },
    { "04.50", "4.5" },
    { ".5", "0.5" },
    { "5.", "5" },
    { "0.", "0" },
    { " 4 ", "4" },
    { "10.000000000000000000000", "10" },
    { "000000000000000000000000000000004", "4" },
    { "3.14159265358979323846264", "3.14159265358979323846264" },   /* 24 digits */
    { "3.141592653589793238462643", NULL },                         /* 25 */
    { "4.0000000000000000000000000", NULL },   /* libxml2 counts trailing zeros too */
    { "123456789012345678901234", "123456789012345678901234" },
    { "123456789012345678901234.0", NULL },
    { "-1.5", "-1.5" },
    { ".", NULL },
    { "+", NULL },
    { "-", NULL },
    { "", NULL },
    { "4,5", NULL },
    { "1e0", NULL },
    { "4 5", NULL },
    { "NaN", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *canonical = polku_datatype_decimal_canonical (cases[i].value);

      if (cases[i].expected == NULL && canonical != NULL)
        fail_msg ("“%s” should be refused, got %s", cases[i].value, canonical);
      else if (cases[i].expected != NULL && g_strcmp0 (canonical, cases[i].expected) != 0)
        fail_msg ("“%s” should read as %s, got %s", cases[i].value, cases[i].expected, canonical);
    }
}

static void
test_decimal_compare (void **state)
{
  assert_int_equal (polku_datatype_decimal_compare ("5", "5"), 0);
  assert_true (polku_datatype_decimal_compare ("5.000000000000000000001", "5") > 0);
  assert_true (polku_datatype_decimal_compare ("4.99999999999999999999", "5") < 0);
  assert_true (polku_datatype_decimal_compare ("10", "9.5") > 0);
  assert_true (polku_datatype_decimal_compare ("-1", "0") < 0);
  assert_true (polku_datatype_decimal_compare ("-1", "-2") > 0);
  assert_true (polku_datatype_decimal_compare ("0.25", "0.3") < 0);

  assert_int_equal (polku_datatype_decimal_digits ("4.5"), 2);
  assert_int_equal (polku_datatype_decimal_digits ("0.000000000000000000000001"), 24);
  assert_int_equal (polku_datatype_decimal_digits ("-0.5"), 1);
  assert_int_equal (polku_datatype_decimal_digits ("10"), 2);
}

static void
test_decimal_from_double (void **state)
{
  static const struct { double value; const char *expected; } cases[] = {
    { 4, "4" },
    { 4.5, "4.5" },
    { 0.1, "0.1" },
    { 10, "10" },
    { 3.141592653589793, "3.141592653589793" },
    { 1.0000000000000002, "1.0000000000000002" },
    { 0, "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = polku_datatype_decimal_from_double (cases[i].value);

      assert_string_equal (text, cases[i].expected);
      assert_true (g_ascii_strtod (text, NULL) == cases[i].value);
    }
}

static void
test_ncname (void **state)
{
  static const struct { const char *value; gboolean valid; } cases[] = {
    { "a", TRUE }, { "_a", TRUE }, { "a-b.c_d1", TRUE }, { "é", TRUE }, { "äiti", TRUE },
    { "a·b", TRUE }, { "〇", TRUE }, { "aー", TRUE }, { "a٠", TRUE }, { "a\u0301", TRUE },
    /* Letters of later Unicode than XML 1.0's Appendix B, and marks first. */
    { "ǅ", FALSE }, { "ℵ", FALSE }, { "Ⅰ", FALSE }, { "𐀀", FALSE }, { "ー", FALSE },
    { "·a", FALSE }, { "\u0301a", FALSE }, { "-a", FALSE }, { ".a", FALSE }, { "1a", FALSE },
    { "a b", FALSE }, { "a:b", FALSE }, { "", FALSE }, { "€", FALSE }, { "a€", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (polku_datatype_is_ncname (cases[i].value) != cases[i].valid)
      fail_msg ("“%s” should %s an NCName", cases[i].value, cases[i].valid ? "be" : "not be");
}

static void
test_language (void **state)
{
  static const struct { const char *value; gboolean valid; } cases[] = {
    { "fi", TRUE }, { "en-GB", TRUE }, { "EN", TRUE }, { "x-klingon", TRUE },
    { "i-default", TRUE }, { "de-CH-1901", TRUE }, { "zh-Hant-TW", TRUE }, { "abcdefgh", TRUE },
    { "e1", FALSE }, { "1en", FALSE }, { "en-", FALSE }, { "-en", FALSE }, { "en--GB", FALSE },
    { "abcdefghi", FALSE }, { "en-abcdefghi", FALSE }, { "en_GB", FALSE }, { "en GB", FALSE },
    { "ä", FALSE }, { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (polku_datatype_is_language (cases[i].value) != cases[i].valid)
      fail_msg ("“%s” should %s a language tag", cases[i].value, cases[i].valid ? "be" : "not be");

  /* The inspector's check is the same, with "" for no language. */
  assert_true (polku_language_tag_is_valid (""));
  assert_false (polku_language_tag_is_valid ("e1"));
  assert_false (polku_language_tag_is_valid ("en-"));
}

static void
test_unsigned_int (void **state)
{
  static const struct { const char *value; gboolean valid; guint32 expected; } cases[] = {
    { "0", TRUE, 0 }, { "7", TRUE, 7 }, { "01", TRUE, 1 }, { "4294967295", TRUE, G_MAXUINT32 },
    { "0000000000000000000000000000001", TRUE, 1 },
    { "4294967296", FALSE, 0 }, { "+1", FALSE, 0 }, { "-0", FALSE, 0 }, { "1.0", FALSE, 0 },
    { "", FALSE, 0 }, { "x", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint32 value = 0;
      gboolean valid = polku_datatype_parse_unsigned_int (cases[i].value, strlen (cases[i].value), &value);

      if (valid != cases[i].valid || (valid && value != cases[i].expected))
        fail_msg ("“%s”: expected %s %u", cases[i].value, cases[i].valid ? "valid" : "invalid",
                  cases[i].expected);
    }
}

static void
test_date_time (void **state)
{
  static const struct { const char *value; gboolean valid; const char *utc; } cases[] = {
    { "2026-05-31T14:00:00Z", TRUE, "2026-05-31T14:00:00Z" },
    { "2026-05-31T14:00:00", TRUE, "2026-05-31T14:00:00Z" },
    { "2026-05-31T17:00:00+03:00", TRUE, "2026-05-31T14:00:00Z" },
    { "2026-05-31T14:00:00.25-00:30", TRUE, "2026-05-31T14:30:00.25Z" },
    { "2026-05-31T24:00:00Z", TRUE, "2026-06-01T00:00:00Z" },
    { "2024-02-29T00:00:00", TRUE, "2024-02-29T00:00:00Z" },
    { "9999-12-31T23:59:59-01:00", TRUE, NULL },    /* the next year in UTC */
    { "12025-01-01T00:00:00Z", TRUE, NULL },
    { "-0044-03-15T12:00:00", TRUE, NULL },
    { "-0004-02-29T00:00:00", TRUE, NULL },
    { "2026-05-31T14:00:00+14:00", TRUE, "2026-05-31T00:00:00Z" },
    { "2026-05-31T24:00:01Z", FALSE, NULL },
    { "2026-05-31T24:30:00Z", FALSE, NULL },
    { "2026-05-31T14:00:00+14:01", FALSE, NULL },
    { "2026-05-31T14:00:00+0200", FALSE, NULL },
    { "2026-05-31T14:00:00,5Z", FALSE, NULL },
    { "2026-05-31T14:00:00.Z", FALSE, NULL },
    { "2026-05-31T23:59:59.999999999999999Z", FALSE, NULL },   /* 60 seconds in a double */
    { "2026-W22-7T14:00:00", FALSE, NULL },
    { "2026-151T14:00:00", FALSE, NULL },
    { "20260531T140000Z", FALSE, NULL },
    { "2026-05-31", FALSE, NULL },
    { "2026-05-31T14:00Z", FALSE, NULL },
    { "2023-02-29T00:00:00", FALSE, NULL },
    { "1900-02-29T00:00:00", FALSE, NULL },
    { "-0001-02-29T00:00:00", FALSE, NULL },
    { "0000-01-01T00:00:00", FALSE, NULL },
    { "02026-05-31T00:00:00", FALSE, NULL },
    { "+2026-05-31T00:00:00", FALSE, NULL },
    { "2026-05-31t14:00:00z", FALSE, NULL },
    { "", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) date = NULL;
      gboolean valid = polku_datatype_parse_date_time (cases[i].value, &date);

      if (valid != cases[i].valid)
        fail_msg ("“%s” should be %s", cases[i].value, cases[i].valid ? "valid" : "refused");
      if (cases[i].utc != NULL)
        {
          g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
          g_autofree char *text = polku_datatype_format_date_time (utc);

          assert_string_equal (text, cases[i].utc);
        }
    }
}

/* xsd:date, as a measurement round's date: the date of xsd:dateTime with
 * the same offsets, and no time. */
static void
test_date (void **state)
{
  static const struct { const char *value; gboolean valid; } cases[] = {
    { "2026-05-31", TRUE },
    { "2026-05-31Z", TRUE },
    { "2026-05-31+03:00", TRUE },
    { "2026-05-31-14:00", TRUE },
    { "2024-02-29", TRUE },
    { "-0044-03-15", TRUE },
    { "12026-01-01", TRUE },
    { "2026-05-31+14:01", FALSE },
    { "2026-05-31+0300", FALSE },
    { "2023-02-29", FALSE },
    { "2026-13-01", FALSE },
    { "2026-5-31", FALSE },
    { "20260531", FALSE },
    { "2026-05-31T00:00:00", FALSE },
    { "31.5.2026", FALSE },
    { "0000-01-01", FALSE },
    { "02026-05-31", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (polku_datatype_is_date (cases[i].value) != cases[i].valid)
      fail_msg ("“%s” should be %s", cases[i].value, cases[i].valid ? "valid" : "refused");
}

static void
test_format_date_time_keeps_offset (void **state)
{
  g_autoptr(GTimeZone) helsinki = g_time_zone_new_offset (3 * 3600);
  g_autoptr(GDateTime) date = g_date_time_new (helsinki, 2026, 5, 31, 17, 0, 0.5);
  g_autoptr(GDateTime) early = g_date_time_new_utc (7, 1, 2, 3, 4, 5);
  g_autofree char *text = polku_datatype_format_date_time (date);
  g_autofree char *early_text = polku_datatype_format_date_time (early);

  assert_string_equal (text, "2026-05-31T17:00:00.5+03:00");
  assert_true (polku_datatype_parse_date_time (text, NULL));
  assert_string_equal (early_text, "0007-01-02T03:04:05Z");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_collapse),
    cmocka_unit_test (test_decimal),
    cmocka_unit_test (test_decimal_compare),
    cmocka_unit_test (test_decimal_from_double),
    cmocka_unit_test (test_ncname),
    cmocka_unit_test (test_language),
    cmocka_unit_test (test_unsigned_int),
    cmocka_unit_test (test_date_time),
    cmocka_unit_test (test_date),
    cmocka_unit_test (test_format_date_time_keeps_offset),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
