/* polku-test.h: what the tests share: scratch folders, and the programs that
 * read the files Polku writes
 *
 * The helpers fail the cmocka test that calls them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new folder from a g_dir_make_tmp () template; free it with g_free (). */
char   *polku_test_make_tmp_dir   (const char         *tmpl);
/* Removes path, and all that is in it when it is a folder, read-only or
 * not. */
void    polku_test_remove_tree    (const char         *path);

/* The contents of a file, which must be readable. */
GBytes *polku_test_read_bytes     (const char         *path);
/* The names in a folder, sorted, without "." and "..". */
GStrv   polku_test_list_dir       (const char         *path);
/* A journey file with one step and one touchpoint, valid but not laid out
 * as the writer writes it, titled "Test journey"; and the same titled
 * title. */
extern const char polku_test_journey_xml[];
char   *polku_test_journey_titled (const char         *title);

/* The number of a process that has ended. */
int     polku_test_ended_pid      (void);

/* Runs a tool of poppler-utils, argv NULL-terminated, which must succeed:
 * what it printed. */
char   *polku_test_run_tool       (const char * const *argv);
/* The number on the "Pages:" line of what pdfinfo printed. */
int     polku_test_pdf_info_pages (const char         *info);
/* How many pages the PDF file has, as pdfinfo counts them. */
int     polku_test_pdf_pages      (const char         *path);
/* The words of text, one space between each: a name that a PDF's text
 * breaks over lines is found whole. */
char   *polku_test_fold_space     (const char         *text);

/* Fails unless the file is a PNG image; its width in pixels. */
guint32 polku_test_assert_png     (const char         *path);

/* Waiting on the main loop, with a deadline. */
typedef gboolean (*PolkuTestCondition) (gpointer data);

/* How long polku_test_wait_until () lets any one condition take to come
 * true; 10 seconds unless a program sets another, times the factor in
 * POLKU_TEST_SLOWDOWN when that is set. */
void     polku_test_set_wait_seconds  (guint               seconds);
/* How many times slower than usual the tests run: POLKU_TEST_SLOWDOWN,
 * which the sanitized suite sets, or 1. A bound on how soon the program
 * does something is that many times longer there. */
guint    polku_test_get_slowdown      (void);
/* Runs the main loop of the default context until condition holds; FALSE
 * when time ran out. */
gboolean polku_test_wait_until        (PolkuTestCondition  condition,
                                       gpointer            data);
/* Runs the main loop for a while: for what should not happen, or to let
 * the window handle what comes. */
void     polku_test_run_for           (guint               milliseconds);
/* A condition: nothing is left to do in the main loop for now. */
gboolean polku_test_main_context_idle (gpointer            data);

/* The owner string of a draft whose process has ended. */
char    *polku_test_dup_ended_owner   (void);
/* Makes the draft id in dir look as if a process that has ended, as a
 * crash leaves it, wrote it. */
void     polku_test_orphan_draft      (const char         *dir,
                                       const char         *id);

G_END_DECLS
