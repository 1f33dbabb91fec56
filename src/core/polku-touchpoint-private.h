/* polku-touchpoint-private.h: a touchpoint's scores as a file writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-datatypes.h"
#include "polku-touchpoint.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_SCORE_KIND_SCORE,
  POLKU_SCORE_KIND_TARGET,
} PolkuScoreKind;

/* Sets the score or target from a canonical decimal, and keeps its digits:
 * a double holds only about 16 of them. */
void        _polku_touchpoint_set_score_digits (PolkuTouchpoint *self,
                                                PolkuScoreKind   kind,
                                                const char      *digits);
/* The score or target as a canonical decimal: the digits it was set with
 * while it keeps the value they stand for (an edit and its undo give them
 * back), else the shortest that reads back as it, made in buf; NULL when
 * unset. */
const char *_polku_touchpoint_get_score_digits (PolkuTouchpoint *self,
                                                PolkuScoreKind   kind,
                                                char             buf[POLKU_DATATYPE_DECIMAL_BUF_SIZE]);
void        _polku_touchpoint_copy_score_digits (PolkuTouchpoint *from,
                                                 PolkuTouchpoint *to);

G_END_DECLS
