/* polku-bench.h: what the benchmarks share: a large journey, and the
 * median of timed runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-core.h"

G_BEGIN_DECLS

/* A journey of n_touchpoints, eight to a step, every lane of every step
 * with its text; the steps fill the phases one after another. */
PolkuJourney *polku_bench_journey_new (guint   n_touchpoints);

/* Milliseconds since start, a time of g_get_monotonic_time (). */
double        polku_bench_ms_since    (gint64  start);
/* The median of the n values, which it sorts. */
double        polku_bench_median      (double *values,
                                       guint   n);

G_END_DECLS
