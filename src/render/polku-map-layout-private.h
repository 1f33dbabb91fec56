/* polku-map-layout-private.h: the parts of a map layout that drawing and
 * export read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "polku-core.h"
#include "polku-map-layout.h"
#include "polku-text-private.h"

G_BEGIN_DECLS

/* Sizes shared by the layout and the drawing, in points. */
#define POLKU_MAP_CARD_RADIUS       5.0
#define POLKU_MAP_CARD_BORDER       0.75
#define POLKU_MAP_CRITICAL_BORDER   2.25
#define POLKU_MAP_CRITICAL_INSET    3.5
#define POLKU_MAP_MARKER_SIZE       7.0
#define POLKU_MAP_POINT_RADIUS      3.5
#define POLKU_MAP_ALERT_RADIUS      9.0
#define POLKU_MAP_TARGET_HALF_WIDTH 8.0
#define POLKU_MAP_KEY_WIDTH         24.0
#define POLKU_MAP_KEY_HEIGHT        12.0

/* A laid out text and where its top left corner is. */
typedef struct
{
  PangoLayout    *layout;     /* NULL when there is nothing to show; shared,
                               * never changed */
  PolkuTextStyle  style;
  PangoAlignment  alignment;  /* of wrapped lines */
  double          x;
  double          y;
  double          width;
  double          height;
} PolkuMapText;

/* The entries of the legend, one per encoding on the map. */
typedef enum
{
  POLKU_MAP_KEY_CRITICAL,
  POLKU_MAP_KEY_NON_CRITICAL,
  POLKU_MAP_KEY_PREREQUISITE,
  POLKU_MAP_KEY_OPPORTUNITY,
  POLKU_MAP_KEY_SCORE,
  POLKU_MAP_KEY_TARGET,
  POLKU_MAP_KEY_MIDPOINT,
  POLKU_MAP_KEY_ALERT,
  POLKU_MAP_N_KEYS
} PolkuMapKeyKind;

typedef struct
{
  PolkuMapKeyKind kind;
  PolkuRect       glyph;
  PolkuMapText    label;
} PolkuMapKey;

/* A phase on one row; a phase wrapped over two rows has two parts. */
typedef struct
{
  PolkuPhase     *phase;
  PolkuPhaseKind  kind;
  gboolean        continued;    /* a later part of a wrapped phase */
  PolkuRect       column;       /* band and body */
  PolkuRect       band;
  PolkuMapText    label;
  PolkuMapText    placeholder;  /* "No steps", only when it has none */
  guint           first_step;
  guint           n_steps;
  double          width;
} PolkuMapPhase;

typedef struct
{
  PolkuStep      *step;
  PolkuPhaseKind  kind;
  PolkuRect       column;       /* heading and lanes */
  PolkuMapText    name;
  PolkuRect       placeholder;  /* the empty slot of a step without cards */
  PolkuMapText    placeholder_label;
  guint           first_card;
  guint           n_cards;
  double          width;
  gboolean        first_in_phase;
} PolkuMapStep;

/* A tag on a card: its marker or pill, and its text. */
typedef struct
{
  PolkuRect    rect;
  PolkuMapText label;
} PolkuMapChip;

typedef struct
{
  PolkuTouchpoint  *touchpoint;
  PolkuPhaseKind    kind;           /* of the phase it is drawn on */
  PolkuCriticality  criticality;
  PolkuRole         role;
  PolkuRect         rect;
  double            natural_height;
  PolkuMapChip      role_chip;
  PolkuMapChip      critical_chip;  /* label.layout NULL unless critical */
  PolkuMapText      name;
  PolkuMapText      channel;

  /* The satisfaction lane: y of the score and the target, NAN when unset. */
  double            score_y;
  double            target_y;
  gboolean          alert;          /* a critical prerequisite below target */
  PolkuMapText      value;
  /* The curve from this point to the next scored card's, as a cubic
   * Bézier; next_scored is -1 for the last point. */
  int               next_scored;
  double            c1x, c1y, c2x, c2y;
} PolkuMapCard;

typedef struct
{
  double          y;
  PolkuMapText label;
} PolkuMapTick;

/* A row of columns with its own lanes. A map has one row; a map laid out
 * for a page may wrap its columns into more. */
typedef struct
{
  guint         first_phase;
  guint         n_phases;
  guint         first_card;
  guint         n_cards;
  double        width;         /* of the columns and the gutter */

  /* Lanes run across the row; the gutter on the left holds their names
   * and the satisfaction axis. */
  double        content_left;
  double        content_right;
  PolkuRect     touchpoint_lane;
  PolkuRect     satisfaction_lane;
  PolkuMapText  touchpoint_label;
  PolkuMapText  satisfaction_label;
  double        plot_top;      /* y of the scale's maximum */
  double        plot_bottom;   /* y of the scale's minimum */
  double        midline_y;
  GArray       *ticks;         /* PolkuMapTick */
} PolkuMapRow;

struct _PolkuMapLayout
{
  GObject         parent_instance;

  PolkuJourney   *journey;
  guint           max_rows;
  PangoContext   *context;

  double          width;
  double          height;
  int             scale_min;
  int             scale_max;

  PolkuRect       header;
  PolkuMapText    title;
  PolkuMapText    segment;
  PolkuMapText    scale;
  GArray         *keys;        /* PolkuMapKey */

  GArray         *rows;        /* PolkuMapRow, top to bottom */
  GArray         *phases;      /* PolkuMapPhase, in reading order */
  GArray         *steps;       /* PolkuMapStep, in reading order */
  GArray         *cards;       /* PolkuMapCard, in reading order */
  /* Phase (its first part), step or touchpoint → index + 1 */
  GHashTable     *positions;
};

typedef void (*PolkuMapTextFunc) (const PolkuMapText *text,
                                  gpointer            user_data);

/* Every text of the map in reading order. */
void   _polku_map_layout_foreach_text (PolkuMapLayout     *self,
                                       PolkuMapTextFunc    func,
                                       gpointer            user_data);

/* Texts: laid out when measured, moved when placed. */
void   _polku_map_text_set            (PolkuMapLayout     *self,
                                       PolkuMapText       *text,
                                       PolkuTextStyle      style,
                                       const char         *str,
                                       double              width);
/* A text to wrap later, once its column is known; returns the width of
 * its widest word. */
double _polku_map_text_set_narrow     (PolkuMapLayout     *self,
                                       PolkuMapText       *text,
                                       PolkuTextStyle      style,
                                       const char         *str);
/* An unwrapped text laid out once however often it recurs. */
void   _polku_map_text_set_shared     (PolkuMapLayout     *self,
                                       PolkuMapText       *text,
                                       PolkuTextStyle      style,
                                       const char         *str);
/* Before setting the text: how its wrapped lines align. */
void   _polku_map_text_set_alignment  (PolkuMapText       *text,
                                       PangoAlignment      alignment);
void   _polku_map_text_rewrap         (PolkuMapText       *text,
                                       double              width);
void   _polku_map_text_move           (PolkuMapText       *text,
                                       double              x,
                                       double              y);
void   _polku_map_text_clear          (PolkuMapText       *text);

/* polku-map-layout-header.c: title, segment, scale and legend, for a map
 * at least min_width wide; returns the map's inner width, which the header
 * may widen. */
double _polku_map_layout_header       (PolkuMapLayout     *self,
                                       double              x,
                                       double              y,
                                       double              min_width);

/* polku-map-layout-card.c: a card sized to its texts, placed later. */
void   _polku_map_card_measure        (PolkuMapLayout     *self,
                                       PolkuMapCard       *card,
                                       PolkuTouchpoint    *touchpoint);
void   _polku_map_card_place          (PolkuMapCard       *card,
                                       double              x,
                                       double              y,
                                       double              height);
void   _polku_map_card_clear          (PolkuMapCard       *card);

/* polku-map-layout-satisfaction.c: the axis, points and curve of a row
 * whose plot is placed. */
void   _polku_map_layout_satisfaction (PolkuMapLayout     *self,
                                       PolkuMapRow        *row);

G_END_DECLS
