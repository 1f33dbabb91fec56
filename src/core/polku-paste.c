/* polku-paste.c: capturing a list pasted onto the map, one item a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "polku-document.h"
#include "polku-enums.h"
#include "polku-journey.h"
#include "polku-navigation.h"
#include "polku-paste.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

/* The columns of a touchpoint's line. */
enum {
  COLUMN_NAME,
  COLUMN_CHANNEL,
  COLUMN_SCORE,
  COLUMN_TARGET,
  N_COLUMNS
};

gboolean
polku_paste_find_target (PolkuJourney    *journey,
                         GObject         *item,
                         PolkuPasteKind  *kind,
                         GObject        **container,
                         guint           *position)
{
  PolkuLocation location;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (kind != NULL && container != NULL && position != NULL, FALSE);

  if (!polku_navigation_locate (journey, item, &location) || location.phase == NULL)
    return FALSE;

  if (POLKU_IS_PHASE (item))
    {
      *kind = POLKU_PASTE_STEPS;
      *container = item;
      *position = polku_phase_get_n_steps (location.phase);
      return TRUE;
    }

  *kind = POLKU_PASTE_TOUCHPOINTS;
  *container = G_OBJECT (location.step);
  *position = POLKU_IS_TOUCHPOINT (item) ? location.touchpoint_position + 1
                                         : polku_step_get_n_touchpoints (location.step);
  return TRUE;
}

/* The name in a cell, past a list's bullet and the space after it. */
static char *
skip_bullet (char *cell)
{
  static const char * const bullets[] = { "- ", "* ", "• ", "– " };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (cell, bullets[i]))
      return g_strchug (cell + strlen (bullets[i]));
  return cell;
}

/* A score of a cell: NAN for an empty cell; FALSE when the cell holds no
 * number on the scale. */
static gboolean
parse_score (const char *cell,
             int         min,
             int         max,
             double     *score)
{
  g_autofree char *dotted = g_strdelimit (g_strdup (cell), ",", '.');
  char *end = NULL;

  if (dotted[0] == '\0')
    {
      *score = NAN;
      return TRUE;
    }
  if (!g_ascii_isdigit (dotted[0]))
    return FALSE;

  *score = g_ascii_strtod (dotted, &end);
  return *end == '\0' && *score >= min && *score <= max;
}

static gboolean
fail_line (GError     **error,
           guint        line,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail_line (GError     **error,
           guint        line,
           const char  *format,
           ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: what is wrong with a line of pasted text, such as
   * "Line 3: “high” is not a score on the scale 1–5" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Line %u: %s"), line, problem);
  return FALSE;
}

/* A touchpoint of the cells of a line. */
static gboolean
read_touchpoint (PolkuTouchpoint  *touchpoint,
                 PolkuJourney     *journey,
                 char            **cells,
                 guint             line,
                 GError          **error)
{
  int min = polku_journey_get_scale_min (journey);
  int max = polku_journey_get_scale_max (journey);
  guint n_cells = g_strv_length (cells);
  PolkuChannel channel = POLKU_CHANNEL_NONE;
  double score = NAN, target = NAN;

  if (n_cells > N_COLUMNS)
    return fail_line (error, line,
                      _("it has %u columns; a touchpoint has at most four: name, channel, score and target"),
                      n_cells);

  if (n_cells > COLUMN_CHANNEL && cells[COLUMN_CHANNEL][0] != '\0' &&
      !polku_channel_find (cells[COLUMN_CHANNEL], &channel))
    {
      /* A channel of its own keeps its name. */
      channel = POLKU_CHANNEL_OTHER;
      polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER, cells[COLUMN_CHANNEL]);
    }

  if (n_cells > COLUMN_SCORE && !parse_score (cells[COLUMN_SCORE], min, max, &score))
    /* Translators: the score of a pasted line, and the journey's scale */
    return fail_line (error, line, _("“%s” is not a score on the scale %d–%d"), cells[COLUMN_SCORE], min, max);
  if (n_cells > COLUMN_TARGET && !parse_score (cells[COLUMN_TARGET], min, max, &target))
    /* Translators: the target score of a pasted line, and the journey's scale */
    return fail_line (error, line, _("“%s” is not a target score on the scale %d–%d"),
                      cells[COLUMN_TARGET], min, max);

  polku_touchpoint_set_channel (touchpoint, channel);
  polku_touchpoint_set_score (touchpoint, score);
  polku_touchpoint_set_target (touchpoint, target);
  return TRUE;
}

/* The number a new id of prefix starts counting from. */
static guint64
first_id_number (PolkuDocument *document,
                 const char    *prefix)
{
  g_autofree char *id = polku_document_generate_id (document, prefix);

  return g_ascii_strtoull (id + strlen (prefix), NULL, 10);
}

GPtrArray *
polku_paste_read (PolkuDocument   *document,
                  PolkuJourney    *journey,
                  PolkuPasteKind   kind,
                  const char      *text,
                  GError         **error)
{
  const char *prefix = kind == POLKU_PASTE_STEPS ? "s" : "t";
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) lines = NULL;
  guint64 next_id;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The pasted text is not UTF-8"));
      return NULL;
    }

  lines = g_strsplit (text, "\n", -1);
  if (g_strv_length (lines) > POLKU_PASTE_MAX_LINES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %u is the most lines one paste takes */
                   _("The pasted text has more than %u lines; paste it in parts"),
                   POLKU_PASTE_MAX_LINES);
      return NULL;
    }

  next_id = first_id_number (document, prefix);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      g_autofree char *id = NULL;
      const char *name;

      g_strdelimit (lines[i], "\r", ' ');
      if (g_strstrip (lines[i])[0] == '\0')
        continue;

      cells = g_strsplit (lines[i], "\t", -1);
      for (guint c = 0; cells[c] != NULL; c++)
        g_strstrip (cells[c]);
      name = skip_bullet (cells[COLUMN_NAME]);
      id = g_strdup_printf ("%s%" G_GUINT64_FORMAT, prefix, next_id++);

      if (kind == POLKU_PASTE_STEPS)
        {
          if (g_strv_length (cells) > 1)
            {
              fail_line (error, i + 1, _("a step has only a name, not columns separated by tabs"));
              return NULL;
            }
          g_ptr_array_add (items, polku_step_new (id, name));
        }
      else
        {
          g_autoptr(PolkuTouchpoint) touchpoint = polku_touchpoint_new (id, name);

          if (!read_touchpoint (touchpoint, journey, cells, i + 1, error))
            return NULL;
          g_ptr_array_add (items, g_steal_pointer (&touchpoint));
        }
    }

  return g_steal_pointer (&items);
}

PolkuCommand *
polku_paste_command_new (GObject   *container,
                         guint      position,
                         GPtrArray *items)
{
  g_autoptr(GPtrArray) commands = NULL;
  const char *label;

  g_return_val_if_fail (POLKU_IS_PHASE (container) || POLKU_IS_STEP (container), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  /* Each goes in at position, the last first, so that they end up in
   * order, as each command checks its position against the container as
   * it is now. */
  commands = g_ptr_array_new ();
  for (guint i = items->len; i > 0; i--)
    g_ptr_array_add (commands, polku_command_new_insert (container, position, g_ptr_array_index (items, i - 1)));

  /* Translators: in the undo menu, "Undo Paste Steps" */
  label = POLKU_IS_PHASE (container) ? _("Paste Steps")
                                     /* Translators: in the undo menu, "Undo Paste Touchpoints" */
                                     : _("Paste Touchpoints");
  return polku_command_new_group (label, g_steal_pointer (&commands));
}
