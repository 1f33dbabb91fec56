/* polku-mermaid.c: journeys as Mermaid "journey" diagrams
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mermaid's lexer reads a line as a comment ("%%", or "#" to its end), the
 * word "journey", "title …", "accTitle: …", "accDescr: …" or "accDescr {
 * … }", "section …", or a task: a name of anything but "#", ":", ";" and
 * line breaks, then ":" and its data. Keywords are matched in any case and
 * before names, so a name that begins with one is read as the keyword; the
 * writer puts a WORD JOINER (U+2060), which Mermaid does not take for
 * space, before such a name, and the reader takes it away.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-document.h"
#include "polku-error.h"
#include "polku-import-private.h"
#include "polku-journey.h"
#include "polku-mermaid.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"

#define WORD_JOINER "\xE2\x81\xA0"

/* The most bytes of a diagram read. */
#define MAX_SIZE (16 * 1024 * 1024)

/* Export */

typedef enum
{
  IN_TITLE,    /* no "#", ";" or line break */
  IN_SECTION,  /* nor ":" */
  IN_TASK,     /* the same */
  IN_ACTOR,    /* nor "," */
} Place;

/* Text as Mermaid can hold it at a place: line breaks become spaces, "#"
 * "No.", ";" "," (a space between people), ":" " -" (a space after a
 * name's first word when it would be read as a keyword). */
static void
append_safe (GString    *out,
             const char *text,
             Place       place)
{
  static const char * const keywords[] = { "journey", "title", "section", "acctitle", "accdescr", "%%", NULL };
  g_autofree char *lower = NULL;
  gsize start;

  while (g_ascii_isspace (*text))
    text++;
  lower = g_ascii_strdown (text, -1);
  if (place != IN_TITLE)
    for (guint i = 0; keywords[i] != NULL; i++)
      if (g_str_has_prefix (lower, keywords[i]))
        g_string_append (out, WORD_JOINER);

  start = out->len;
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\n':
      case '\r':
      case '\t':
        g_string_append_c (out, ' ');
        break;
      case '#':
        g_string_append (out, "No.");
        break;
      case ';':
        g_string_append_c (out, place == IN_ACTOR ? ' ' : ',');
        break;
      case ':':
        g_string_append (out, place == IN_TITLE ? ":" : " -");
        break;
      case ',':
        g_string_append_c (out, place == IN_ACTOR ? ' ' : ',');
        break;
      default:
        g_string_append_c (out, *p);
      }
  /* Mermaid leaves no space at either end. */
  while (out->len > start && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/* A score on 1–5: the journey's own on a 1–5 scale, else rescaled and
 * written with at most two decimals. */
static void
append_score (GString      *out,
              PolkuJourney *journey,
              double        score)
{
  int min = polku_journey_get_scale_min (journey), max = polku_journey_get_scale_max (journey);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (min != 1 || max != 5)
    score = round ((1 + (score - min) * 4 / (max - min)) * 100) / 100;
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.15g", score));
}

GBytes *
polku_mermaid_export (PolkuJourney *journey)
{
  GString *out;
  const char *segment;

  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);

  out = g_string_new ("journey\n  title ");
  append_safe (out, polku_journey_get_title (journey), IN_TITLE);
  g_string_append_c (out, '\n');
  if (*polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION) != '\0')
    {
      g_string_append (out, "  accDescr: ");
      append_safe (out, polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION), IN_TITLE);
      g_string_append_c (out, '\n');
    }

  segment = polku_journey_get_segment (journey);
  for (guint k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      PolkuPhase *phase = polku_journey_get_phase (journey, k);

      g_string_append (out, "  section ");
      append_safe (out, polku_phase_get_display_label (phase), IN_SECTION);
      g_string_append_c (out, '\n');
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              PolkuTouchpoint *touchpoint = polku_step_get_touchpoint (step, t);
              g_autofree char *name = NULL;

              /* Mermaid draws a task at its score: an unscored one has
               * no place. */
              if (!polku_touchpoint_has_score (touchpoint))
                continue;
              name = g_strdup_printf ("%s / %s", polku_step_get_name (step), polku_touchpoint_get_name (touchpoint));
              g_string_append (out, "    ");
              append_safe (out, name, IN_TASK);
              g_string_append (out, ": ");
              append_score (out, journey, polku_touchpoint_get_score (touchpoint));
              if (*segment != '\0')
                {
                  g_string_append (out, ": ");
                  append_safe (out, segment, IN_ACTOR);
                }
              g_string_append_c (out, '\n');
            }
        }
    }
  return g_string_free_to_bytes (out);
}

/* Import */

typedef struct
{
  int   line;
  char *section;   /* NULL before the first */
  char *name;
  char *score;     /* NULL when none was given */
  GStrv actors;
} Task;

static void
task_free (Task *task)
{
  g_free (task->section);
  g_free (task->name);
  g_free (task->score);
  g_strfreev (task->actors);
  g_free (task);
}

typedef struct
{
  const char *name;
  GPtrArray  *notes;
  char       *title;
  GString    *description;
  GPtrArray  *sections;   /* char *, in order */
  GPtrArray  *tasks;      /* Task */
} Diagram;

static void
diagram_clear (Diagram *diagram)
{
  g_clear_pointer (&diagram->title, g_free);
  if (diagram->description != NULL)
    g_string_free (diagram->description, TRUE);
  diagram->description = NULL;
  g_clear_pointer (&diagram->sections, g_ptr_array_unref);
  g_clear_pointer (&diagram->tasks, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Diagram, diagram_clear)

#define diagram_error(diagram, error, line, ...) \
  polku_file_error_set_at ((error), POLKU_FILE_ERROR_INVALID, (diagram)->name, (line), __VA_ARGS__)

/* Whether line starts with keyword, in any case, followed by what may
 * follow it; sets rest to what comes after. */
static gboolean
starts_with_keyword (const char  *line,
                     const char  *keyword,
                     gboolean     needs_space,
                     const char **rest)
{
  gsize n = strlen (keyword);

  if (g_ascii_strncasecmp (line, keyword, n) != 0)
    return FALSE;
  if (needs_space && !g_ascii_isspace (line[n]))
    return FALSE;
  *rest = line + n;
  return TRUE;
}

static char *
stripped (const char *text)
{
  char *copy = g_strdup (text);

  return g_strstrip (copy);
}

/* A name as the writer wrote it, its WORD JOINER taken away. */
static char *
task_name (const char *text,
           gsize       length)
{
  g_autofree char *name = g_strndup (text, length);
  const char *start = g_strstrip (name);

  if (g_str_has_prefix (start, WORD_JOINER))
    start += strlen (WORD_JOINER);
  return g_strdup (start);
}

/* A task's line: a name, ":" and its data; the data's pieces are its
 * score and its people, and what follows is dropped, as Mermaid drops it. */
static gboolean
read_task (Diagram     *diagram,
           const char  *line,
           int          number,
           const char  *section,
           gboolean     cut_at_hash,
           GError     **error)
{
  const char *colon = strchr (line, ':');
  g_auto(GStrv) pieces = NULL;
  Task *task;

  if (colon == NULL)
    {
      g_autofree char *name = stripped (line);

      if (cut_at_hash)
        diagram_error (diagram, error, number,
                       _("the task “%s” has no score: “#” starts a comment in Mermaid, so the rest of the line is not read"),
                       name);
      else
        diagram_error (diagram, error, number,
                       _("the task “%s” has no score; a task is written “Name: score: people”"), name);
      return FALSE;
    }

  task = g_new0 (Task, 1);
  task->line = number;
  task->section = g_strdup (section);
  task->name = task_name (line, colon - line);
  g_ptr_array_add (diagram->tasks, task);

  pieces = g_strsplit (colon + 1, ":", -1);
  task->score = stripped (pieces[0]);
  if (pieces[1] != NULL)
    {
      task->actors = g_strsplit (pieces[1], ",", -1);
      for (guint i = 0; task->actors[i] != NULL; i++)
        g_strstrip (task->actors[i]);
      if (pieces[2] != NULL)
        {
          g_autofree char *dropped = g_strjoinv (":", pieces + 2);

          _polku_import_note (diagram->notes, diagram->name, number,
                              _("“%s” after the people of “%s” is left out, as Mermaid leaves it out"),
                              g_strstrip (dropped), task->name);
        }
    }
  return TRUE;
}

static gboolean
parse_diagram (Diagram     *diagram,
               GBytes      *bytes,
               GError     **error)
{
  g_auto(GStrv) lines = NULL;
  const char *data;
  gsize size;
  const char *invalid;
  g_autofree char *text = NULL;
  g_autofree char *section = NULL;
  gboolean started = FALSE, in_front_matter = FALSE, in_description = FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (size > MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (MAX_SIZE);

      diagram_error (diagram, error, 1, _("the file is larger than the %s a diagram may be"), limit);
      return FALSE;
    }
  if (!g_utf8_validate (data, size, &invalid))
    {
      diagram_error (diagram, error, 1, "%s", _("the file is not UTF-8 text"));
      return FALSE;
    }

  text = g_strndup (data, size);
  lines = g_strsplit (g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text, "\n", -1);
  diagram->sections = g_ptr_array_new_with_free_func (g_free);
  diagram->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) task_free);
  diagram->description = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      int number = i + 1;
      char *line = g_strstrip (lines[i]);
      char *hash;
      const char *rest;
      gboolean cut_at_hash = FALSE;

      /* Front matter and directives come before the diagram. */
      if (!started && g_str_equal (line, "---"))
        {
          in_front_matter = !in_front_matter;
          continue;
        }
      if (in_front_matter || *line == '\0' || g_str_has_prefix (line, "%%"))
        continue;

      if (in_description)
        {
          char *end = strchr (line, '}');

          if (end != NULL)
            *end = '\0', in_description = FALSE;
          if (diagram->description->len > 0 && *line != '\0')
            g_string_append_c (diagram->description, ' ');
          g_string_append (diagram->description, g_strstrip (line));
          continue;
        }

      hash = strchr (line, '#');
      if (hash != NULL)
        {
          *hash = '\0';
          g_strchomp (line);
          cut_at_hash = TRUE;
          if (*line == '\0')
            continue;
        }

      if (!started)
        {
          if (!starts_with_keyword (line, "journey", FALSE, &rest) || *g_strstrip ((char *) rest) != '\0')
            {
              diagram_error (diagram, error, number, "%s",
                             _("this is not a Mermaid journey diagram: it starts with the word “journey”"));
              return FALSE;
            }
          started = TRUE;
          continue;
        }

      /* Mermaid takes accessibility texts to the end of the line. */
      if (starts_with_keyword (line, "accTitle", FALSE, &rest) && *(rest + strspn (rest, " \t")) == ':')
        continue;
      if (starts_with_keyword (line, "accDescr", FALSE, &rest))
        {
          rest += strspn (rest, " \t");
          if (*rest == ':')
            {
              g_string_assign (diagram->description, g_strstrip ((char *) rest + 1));
              continue;
            }
          if (*rest == '{')
            {
              g_string_truncate (diagram->description, 0);
              in_description = TRUE;
              if (strchr (rest, '}') != NULL)
                *strchr (rest, '}') = '\0', in_description = FALSE;
              g_string_append (diagram->description, g_strstrip ((char *) rest + 1));
              continue;
            }
        }

      if (starts_with_keyword (line, "journey", FALSE, &rest))
        {
          diagram_error (diagram, error, number, "%s",
                         _("Mermaid reads “journey” at the start of a line as the word that starts a diagram, not as a name"));
          return FALSE;
        }
      if (strchr (line, ';') != NULL)
        {
          diagram_error (diagram, error, number, "%s",
                         _("Mermaid cannot read “;” here; a name may not hold it"));
          return FALSE;
        }
      if (starts_with_keyword (line, "title", TRUE, &rest))
        {
          g_free (diagram->title);
          diagram->title = stripped (rest);
          continue;
        }
      if (starts_with_keyword (line, "section", TRUE, &rest))
        {
          if (strchr (rest, ':') != NULL)
            {
              diagram_error (diagram, error, number, "%s",
                             _("Mermaid cannot read “:” in the name of a section"));
              return FALSE;
            }
          g_free (section);
          section = task_name (rest, strlen (rest));
          g_ptr_array_add (diagram->sections, g_strdup (section));
          continue;
        }
      if (!read_task (diagram, line, number, section, cut_at_hash, error))
        return FALSE;
    }

  if (!started)
    {
      diagram_error (diagram, error, 1, "%s",
                     _("this is not a Mermaid journey diagram: it starts with the word “journey”"));
      return FALSE;
    }
  return TRUE;
}

gboolean
polku_mermaid_list_phases (GBytes          *bytes,
                           const char      *display_name,
                           PolkuPhaseRule  *rule,
                           GError         **error)
{
  g_auto(Diagram) diagram = { display_name, NULL, };

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!parse_diagram (&diagram, bytes, error))
    return FALSE;
  for (guint i = 0; i < diagram.tasks->len; i++)
    if (((Task *) g_ptr_array_index (diagram.tasks, i))->section == NULL)
      {
        polku_phase_rule_add_name (rule, "");
        break;
      }
  for (guint i = 0; i < diagram.sections->len; i++)
    polku_phase_rule_add_name (rule, g_ptr_array_index (diagram.sections, i));
  return TRUE;
}

/* A task's score on 1–5, as JavaScript's Number() reads it: NAN when it is
 * not a number, brought onto the scale when outside it. */
static double
read_score (Diagram    *diagram,
            const Task *task)
{
  char *end;
  double score;

  if (*task->score == '\0')
    score = 0;    /* Number ("") is 0 */
  else
    {
      score = g_ascii_strtod (task->score, &end);
      if (*end != '\0' || !isfinite (score))
        {
          _polku_import_note (diagram->notes, diagram->name, task->line,
                              _("the score “%s” of “%s” is not a number; the touchpoint has no score"),
                              task->score, task->name);
          return NAN;
        }
    }
  if (score < 1 || score > 5)
    {
      _polku_import_note (diagram->notes, diagram->name, task->line,
                          _("the score %s of “%s” is outside 1–5; it is taken as %g"),
                          task->score, task->name, CLAMP (score, 1, 5));
      score = CLAMP (score, 1, 5);
    }
  return score;
}

PolkuDocument *
polku_mermaid_import (GBytes          *bytes,
                      const char      *display_name,
                      PolkuPhaseRule  *rule,
                      GPtrArray       *notes,
                      GError         **error)
{
  g_auto(Diagram) diagram = { display_name, notes, };
  g_autoptr(PolkuPhaseRule) own_rule = NULL;
  g_autoptr(PolkuDocument) document = NULL;
  PolkuJourney *journey;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (rule == NULL)
    rule = own_rule = polku_phase_rule_new ();
  if (!polku_mermaid_list_phases (bytes, display_name, rule, error) ||
      !parse_diagram (&diagram, bytes, error))
    return NULL;

  document = polku_document_new ();
  journey = _polku_import_add_journey (document, diagram.title != NULL ? diagram.title : "");
  polku_journey_set_field (journey, POLKU_JOURNEY_FIELD_DESCRIPTION, diagram.description->str);

  for (guint i = 0; i < diagram.tasks->len; i++)
    {
      Task *task = g_ptr_array_index (diagram.tasks, i);
      PolkuPhaseKind kind = polku_phase_rule_lookup (rule, task->section != NULL ? task->section : "");
      const char *slash = strstr (task->name, " / ");
      g_autofree char *step_name = slash != NULL ? g_strndup (task->name, slash - task->name)
                                                 : g_strdup (task->name);
      PolkuTouchpoint *touchpoint;
      double score = read_score (&diagram, task);
      g_autoptr(GString) others = g_string_new (NULL);

      touchpoint = _polku_import_add_touchpoint (document, journey, kind, step_name,
                                                 slash != NULL ? slash + 3 : task->name, slash != NULL);
      if (!isnan (score))
        polku_touchpoint_set_score (touchpoint, score);

      /* The first person of the diagram is its customer segment; others
       * are told in the touchpoint's notes. */
      for (guint a = 0; task->actors != NULL && task->actors[a] != NULL; a++)
        {
          if (*polku_journey_get_segment (journey) == '\0')
            polku_journey_set_segment (journey, task->actors[a]);
          else if (!g_str_equal (task->actors[a], polku_journey_get_segment (journey)) && *task->actors[a] != '\0')
            g_string_append_printf (others, others->len > 0 ? ", %s" : "%s", task->actors[a]);
        }
      if (others->len > 0)
        {
          g_autofree char *with = g_strdup_printf (_("With: %s"), others->str);

          polku_touchpoint_set_field (touchpoint, POLKU_TOUCHPOINT_FIELD_NOTES, with);
        }
    }

  for (PolkuPhaseKind k = 0; k < POLKU_N_PHASE_KINDS; k++)
    {
      g_autofree char *label = polku_phase_rule_dup_label (rule, k);

      polku_phase_set_label (polku_journey_get_phase (journey, k), label);
    }
  return g_steal_pointer (&document);
}
