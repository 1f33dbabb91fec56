/* polku-map-layout-private.h: the parts of a map layout that drawing and
 * export read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "polku-core.h"
#include "polku-map-layout.h"
#include "polku-map-text-private.h"
#include "polku-text-private.h"

G_BEGIN_DECLS

/* Sizes shared by the layout and the drawing, in points. */
#define POLKU_MAP_CARD_RADIUS       5.0
#define POLKU_MAP_CARD_BORDER       0.75
#define POLKU_MAP_CRITICAL_BORDER   2.25
#define POLKU_MAP_CRITICAL_INSET    3.0
#define POLKU_MAP_MARKER_SIZE       7.0
#define POLKU_MAP_POINT_RADIUS      3.5
#define POLKU_MAP_ALERT_RADIUS      9.0
#define POLKU_MAP_TARGET_HALF_WIDTH 8.0
#define POLKU_MAP_KEY_WIDTH         24.0
#define POLKU_MAP_KEY_HEIGHT        12.0
/* How wide the text of a card is at least, and at most. */
#define POLKU_MAP_CARD_TEXT_WIDTH     84.0
#define POLKU_MAP_CARD_TEXT_MIN_WIDTH 64.0
#define POLKU_MAP_CARD_TEXT_MAX_WIDTH 160.0
#define POLKU_MAP_GATE_WIDTH        9.0
#define POLKU_MAP_GATE_HEIGHT       8.0
#define POLKU_MAP_TREND_SIZE        7.0

/* The spacing of a map: roomy on screen; tighter on a page, where the map
 * prints smaller and every point of its height costs legibility. */
typedef struct
{
  double gutter_width;    /* lane names and the satisfaction axis */
  double step_pad_x;      /* inside a step's column, left and right */
  double card_gap;        /* between two cards of a step */
  double lane_pad;        /* above and below a lane's texts and cards */
  double card_pad;        /* inside a card */
  double plot_pad;        /* above and below the plot, for values */
  double scale_step;      /* the plot's height per step of the scale */
  double band_pad_y;      /* above and below a phase's name */
  double step_pad_y;      /* above and below a step's heading */
  double header_spacing;  /* between the header and the first row */
  double row_gap;         /* between two rows */
} PolkuMapSpacing;

/* The entries of the legend, one per encoding on the map; a map's legend
 * shows those its map uses. */
typedef enum
{
  POLKU_MAP_KEY_CRITICAL,
  POLKU_MAP_KEY_NON_CRITICAL,
  POLKU_MAP_KEY_PREREQUISITE,
  POLKU_MAP_KEY_OPPORTUNITY,
  POLKU_MAP_KEY_FIX_FIRST,
  POLKU_MAP_KEY_SCORE,
  POLKU_MAP_KEY_TARGET,
  POLKU_MAP_KEY_MIDPOINT,
  POLKU_MAP_KEY_GATE,
  POLKU_MAP_KEY_TREND,
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

/* A tag: its marker or pill, and its text. */
typedef struct
{
  PolkuRect    rect;
  PolkuMapText label;
} PolkuMapChip;

typedef struct
{
  PolkuStep      *step;
  PolkuPhaseKind  kind;
  PolkuRect       column;       /* heading and lanes */
  PolkuMapText    name;
  /* A gate: if this step fails, the next never happens. Its tag sits
   * under the name; gate_x is where the mark between it and the next step
   * stands. */
  gboolean        gate;
  PolkuMapChip    gate_chip;
  double          gate_x;
  PolkuRect       placeholder;  /* the empty slot of a step without cards */
  PolkuMapText    placeholder_label;
  guint           first_card;
  guint           n_cards;
  double          width;
  gboolean        first_in_phase;
  /* The step's text in each text lane, by field; NULL layouts elsewhere. */
  PolkuMapText    cells[POLKU_STEP_N_FIELDS];
} PolkuMapStep;

typedef struct _PolkuMapMeasured PolkuMapMeasured;

/* A piece of a curve through the points of a row: from this card's point
 * to the next one's (next is -1 at the last), as a cubic Bézier. */
typedef struct
{
  int    next;
  double c1x, c1y, c2x, c2y;
} PolkuMapCurve;

typedef struct
{
  PolkuTouchpoint  *touchpoint;
  PolkuPhaseKind    kind;           /* of the phase it is drawn on */
  PolkuCriticality  criticality;
  PolkuRole         role;
  gboolean          alert;          /* on the fix-first list */
  PolkuRect         rect;           /* zero height when the lane is hidden */
  double            natural_height;
  /* Tags, flowed in lines: the role's marker and name, "Critical" in a
   * pill on critical cards, a warning sign and "Fix first" on alert ones. */
  PolkuMapChip      role_chip;
  PolkuMapChip      critical_chip;  /* label.layout NULL unless critical */
  PolkuMapChip      fix_chip;       /* label.layout NULL unless alert */
  PolkuMapText      name;
  PolkuMapText      channel;
  double            pad;            /* inside the card */

  /* The satisfaction lane: y of the score and the target, NAN when unset;
   * the as-is curve joins scores, the to-be curve targets. */
  double            score_y;
  double            target_y;
  PolkuMapText      value;
  /* The change since the previous measurement round, beside the value:
   * an arrow up, down or a bar level, and the change in words. */
  PolkuTrendDirection trend;
  PolkuRect         trend_glyph;
  PolkuMapText      trend_text;
  PolkuMapCurve     as_is;
  PolkuMapCurve     to_be;
} PolkuMapCard;

typedef struct
{
  double       y;
  PolkuMapText label;
} PolkuMapTick;

typedef enum
{
  POLKU_MAP_LANE_TEXT,      /* a field of every step */
  POLKU_MAP_LANE_CARDS,
  POLKU_MAP_LANE_PLOT,      /* satisfaction */
} PolkuMapLaneKind;

/* A lane across a row, its name in the gutter. */
typedef struct
{
  PolkuMapLaneKind  kind;
  PolkuStepField    field;      /* of a text lane */
  gboolean          continues;  /* another field of the same lane above */
  PolkuRect         rect;       /* gutter included */
  PolkuMapText      title;      /* the lane's name; NULL when it continues */
  PolkuMapText      label;      /* the field's name in a lane of several */
} PolkuMapLane;

/* A row of columns with its own lanes. A map has one row; a map laid out
 * for a page may wrap its columns into more. */
typedef struct
{
  guint         first_phase;
  guint         n_phases;
  guint         first_step;
  guint         n_steps;
  guint         first_card;
  guint         n_cards;
  double        width;         /* of the columns and the gutter */

  /* Lanes run across the row; the gutter on the left holds their names
   * and the satisfaction axis. */
  double        content_left;
  double        content_right;
  GArray       *lanes;         /* PolkuMapLane, top to bottom */
  PolkuRect     touchpoint_lane;    /* zero height when hidden */
  PolkuRect     satisfaction_lane;  /* zero height when hidden */
  double        plot_top;      /* y of the scale's maximum */
  double        plot_bottom;   /* y of the scale's minimum */
  double        midline_y;
  GArray       *ticks;         /* PolkuMapTick */
} PolkuMapRow;

struct _PolkuMapLayout
{
  GObject         parent_instance;

  PolkuJourney   *journey;
  /* The language of the map's own words: the journey's unless one is
   * chosen. */
  PolkuCatalog   *catalog;
  /* The phase the map shows, or -1 for all three. */
  int             phase;
  guint           max_rows;
  double          wrap_width;
  double          card_width;
  double          margin;
  gboolean        compact;     /* spaced for a page */
  double          min_width;
  PolkuMapSpacing spacing;
  PangoContext   *context;

  double          width;
  double          height;
  int             scale_min;
  int             scale_max;

  /* What the map shows: the journey's lanes, and of the text lanes' fields
   * those that some step fills in. */
  PolkuLane       lanes;
  gboolean        show_cards;
  gboolean        show_plot;
  gboolean        fields[POLKU_STEP_N_FIELDS];

  PolkuRect       header;
  PolkuMapText    title;
  PolkuMapText    segment;
  PolkuMapText    date;
  PolkuMapText    scale;
  GArray         *keys;        /* PolkuMapKey */

  GArray         *rows;        /* PolkuMapRow, top to bottom */
  GArray         *phases;      /* PolkuMapPhase, in reading order */
  GArray         *steps;       /* PolkuMapStep, in reading order */
  GArray         *cards;       /* PolkuMapCard, in reading order */
  /* Phase (its first part), step or touchpoint → index + 1 */
  GHashTable     *positions;

  /* What was measured, shared with layouts for other widths; NULL unless
   * the map wraps for a width. The layout it is taken from, while this
   * one is made. */
  PolkuMapMeasured *measured;
  PolkuMapLayout *source;
  /* The count of the journey's changes it was made at, when counted. */
  gboolean        counted;
  guint64         serial;
};

typedef void (*PolkuMapTextFunc) (const PolkuMapText *text,
                                  gpointer            user_data);

/* The map of a journey, or of one of its phases (phase -1 for all), in a
 * catalogue's language (NULL for the journey's). Laid out in one row, or
 * for a box of width × height points as polku_map_layout_new_for_page()
 * does when width > 0. */
PolkuMapLayout *_polku_map_layout_new_full (PolkuJourney   *journey,
                                            PolkuCatalog   *catalog,
                                            int             phase,
                                            double          width,
                                            double          height);
/* The catalogue of a journey's language, or of language when it is not
 * NULL or "". */
PolkuCatalog   *_polku_map_catalog_new    (PolkuJourney   *journey,
                                           const char     *language);

/* The size of the smallest font on the map, in points at 100 %. */
double _polku_map_layout_get_smallest_text_size (PolkuMapLayout *self);

/* Every text of the map in reading order. */
void   _polku_map_layout_foreach_text (PolkuMapLayout     *self,
                                       PolkuMapTextFunc    func,
                                       gpointer            user_data);

/* polku-map-layout-header.c: title, segment, date, scale and legend, for
 * a map at least min_width wide; returns the map's inner width, which the
 * header may widen. */
double _polku_map_layout_header       (PolkuMapLayout     *self,
                                       double              x,
                                       double              y,
                                       double              min_width);

/* "Updated 23.11.2026", or "Created …" when the journey has no date of
 * change; NULL when it has neither. */
char  *_polku_map_format_journey_date (PolkuJourney       *journey,
                                       PolkuCatalog       *catalog);

/* polku-map-layout-card.c: a card sized to its texts, placed later. */
void   _polku_map_card_measure        (PolkuMapLayout     *self,
                                       PolkuMapCard       *card,
                                       PolkuTouchpoint    *touchpoint);
void   _polku_map_card_place          (PolkuMapCard       *card,
                                       double              x,
                                       double              y,
                                       double              height);
void   _polku_map_card_clear          (PolkuMapCard       *card);
/* A copy of a card, sharing its texts. */
void   _polku_map_card_copy           (PolkuMapCard       *dest,
                                       const PolkuMapCard *src);

/* polku-map-layout-lanes.c: the text lanes. Which fields the map shows,
 * how wide a step's texts would like its column, and the lanes of a row
 * placed from top (returns their bottom). */
void   _polku_map_lanes_choose_fields (PolkuMapLayout     *self);
/* How wide the gutter must be to name each lane shown on one line
 * (whole), or without breaking a word. */
double _polku_map_lanes_gutter_width  (PolkuMapLayout     *self,
                                       gboolean            whole);
double _polku_map_lanes_step_width    (PolkuMapLayout     *self,
                                       PolkuStep          *step);
double _polku_map_lanes_place         (PolkuMapLayout     *self,
                                       PolkuMapRow        *row,
                                       PolkuLane           lane,
                                       double              top,
                                       double              width);
void   _polku_map_lanes_clear_step    (PolkuMapStep       *step);

/* polku-map-layout-satisfaction.c: the axis, points and curves of a row
 * whose plot is placed. */
double _polku_map_layout_plot_height  (PolkuMapLayout     *self);
void   _polku_map_layout_satisfaction (PolkuMapLayout     *self,
                                       PolkuMapRow        *row);

#define POLKU_MAP_STEP_AT(self, i)  (&g_array_index ((self)->steps, PolkuMapStep, (i)))
#define POLKU_MAP_CARD_AT(self, i)  (&g_array_index ((self)->cards, PolkuMapCard, (i)))
#define POLKU_MAP_PHASE_AT(self, i) (&g_array_index ((self)->phases, PolkuMapPhase, (i)))
#define POLKU_MAP_ROW_AT(self, i)   (&g_array_index ((self)->rows, PolkuMapRow, (i)))

/* The grid shared by the files of the layout, in points. */
#define POLKU_MAP_MARGIN        24.0
#define POLKU_MAP_GUTTER_GAP    8.0
#define POLKU_MAP_AXIS_GAP      8.0   /* between the axis's labels and the plot */

/* The middle of a card across, where its score is plotted. */
static inline double
_polku_map_card_get_center (const PolkuMapCard *card)
{
  return card->rect.x + card->rect.width / 2;
}

G_END_DECLS
