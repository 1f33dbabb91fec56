/* polku-writer.c: writing the model as a journey file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer owns the canonical form of a journey file: two-space
 * indentation, one element per line, attributes in a fixed order, optional
 * values left out, numbers in their shortest form. The reader accepts any
 * valid file; whatever it reads, this writes back the same way every time.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "polku-document.h"
#include "polku-enums.h"
#include "polku-file-write.h"
#include "polku-format-private.h"
#include "polku-journey.h"
#include "polku-phase.h"
#include "polku-reader.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-writer.h"

typedef struct
{
  GString *out;
  guint    depth;
} Writer;

static void
write_escaped (GString    *out,
               const char *text,
               gboolean    in_attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          if (in_attribute)
            g_string_append (out, "&quot;");
          else
            g_string_append_c (out, '"');
          break;
        case '\t':
        case '\n':
        case '\r':
          /* Attribute values would lose these to normalisation. */
          if (in_attribute)
            g_string_append_printf (out, "&#%d;", *p);
          else if (*p == '\r')
            g_string_append (out, "&#13;");
          else
            g_string_append_c (out, *p);
          break;
        default:
          /* Other control characters cannot appear in XML 1.0 at all. */
          if ((guchar) *p >= 0x20)
            g_string_append_c (out, *p);
          break;
        }
    }
}

static void
indent (Writer *w)
{
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
open_tag (Writer     *w,
          const char *name)
{
  indent (w);
  g_string_append_c (w->out, '<');
  g_string_append (w->out, name);
}

static void
attribute (Writer     *w,
           const char *name,
           const char *value)
{
  g_string_append_c (w->out, ' ');
  g_string_append (w->out, name);
  g_string_append (w->out, "=\"");
  write_escaped (w->out, value, TRUE);
  g_string_append_c (w->out, '"');
}

/* Scores are written in their shortest form that reads back the same. */
static void
score_attribute (Writer     *w,
                 const char *name,
                 double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return;
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  attribute (w, name, buf);
}

static void
end_open_tag (Writer *w)
{
  g_string_append (w->out, ">\n");
  w->depth++;
}

static void
end_empty_tag (Writer *w)
{
  g_string_append (w->out, "/>\n");
}

static void
close_tag (Writer     *w,
           const char *name)
{
  w->depth--;
  indent (w);
  g_string_append (w->out, "</");
  g_string_append (w->out, name);
  g_string_append (w->out, ">\n");
}

static void
text_element (Writer     *w,
              const char *name,
              const char *text)
{
  open_tag (w, name);
  if (text == NULL || *text == '\0')
    {
      end_empty_tag (w);
      return;
    }
  g_string_append_c (w->out, '>');
  write_escaped (w->out, text, FALSE);
  g_string_append (w->out, "</");
  g_string_append (w->out, name);
  g_string_append (w->out, ">\n");
}

static void
optional_attribute (Writer     *w,
                    const char *name,
                    const char *value)
{
  if (value != NULL && *value != '\0')
    attribute (w, name, value);
}

static void
date_attribute (Writer     *w,
                const char *name,
                GDateTime  *date)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  /* Whole seconds in UTC: the canonical form of a time. */
  utc = g_date_time_to_utc (date);
  text = g_date_time_format (utc, "%C%y-%m-%dT%H:%M:%SZ");
  attribute (w, name, text);
}

static void write_children (Writer       *w,
                            PolkuElement  element,
                            GObject      *object);

static void
write_counts (Writer        *w,
              const char    *name,
              const guint32 *values,
              gsize          n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    g_string_append_printf (text, i == 0 ? "%u" : " %u", values[i]);

  open_tag (w, name);
  attribute (w, "counts", text->str);
  end_empty_tag (w);
}

static void
write_touchpoint (Writer          *w,
                  PolkuTouchpoint *touchpoint)
{
  g_autofree char *interaction = polku_interaction_to_string (polku_touchpoint_get_interaction (touchpoint));
  PolkuKano kano = polku_touchpoint_get_kano (touchpoint);
  PolkuFrequency frequency = polku_touchpoint_get_frequency (touchpoint);
  PolkuChannel channel = polku_touchpoint_get_channel (touchpoint);

  open_tag (w, "touchpoint");
  attribute (w, "id", polku_touchpoint_get_id (touchpoint));
  if (channel != POLKU_CHANNEL_NONE)
    attribute (w, "channel", polku_channel_to_string (channel));
  attribute (w, "criticality", polku_criticality_to_string (polku_touchpoint_get_criticality (touchpoint)));
  attribute (w, "role", polku_role_to_string (polku_touchpoint_get_role (touchpoint)));
  optional_attribute (w, "interaction", interaction);
  if (kano != POLKU_KANO_NONE)
    attribute (w, "kano", polku_kano_to_string (kano));
  if (frequency != POLKU_FREQUENCY_NONE)
    attribute (w, "frequency", polku_frequency_to_string (frequency));
  if (polku_touchpoint_get_standardised (touchpoint))
    attribute (w, "standardised", "true");
  score_attribute (w, "score", polku_touchpoint_get_score (touchpoint));
  score_attribute (w, "target", polku_touchpoint_get_target (touchpoint));
  end_open_tag (w);
  write_children (w, POLKU_ELEMENT_TOUCHPOINT, G_OBJECT (touchpoint));
  close_tag (w, "touchpoint");
}

static void
write_step (Writer    *w,
            PolkuStep *step)
{
  open_tag (w, "step");
  attribute (w, "id", polku_step_get_id (step));
  if (polku_step_get_gate (step))
    attribute (w, "gate", "true");
  end_open_tag (w);
  write_children (w, POLKU_ELEMENT_STEP, G_OBJECT (step));
  close_tag (w, "step");
}

static void
write_phase (Writer     *w,
             PolkuPhase *phase)
{
  open_tag (w, "phase");
  attribute (w, "kind", polku_phase_kind_to_string (polku_phase_get_kind (phase)));
  if (*polku_phase_get_label (phase) == '\0' && polku_phase_get_n_steps (phase) == 0)
    {
      end_empty_tag (w);
      return;
    }
  end_open_tag (w);
  write_children (w, POLKU_ELEMENT_PHASE, G_OBJECT (phase));
  close_tag (w, "phase");
}

static void
write_scale (Writer       *w,
             PolkuJourney *journey)
{
  char min[16], max[16];

  g_snprintf (min, sizeof min, "%d", polku_journey_get_scale_min (journey));
  g_snprintf (max, sizeof max, "%d", polku_journey_get_scale_max (journey));
  open_tag (w, "scale");
  attribute (w, "min", min);
  attribute (w, "max", max);
  optional_attribute (w, "min-label", polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL));
  optional_attribute (w, "max-label", polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL));
  end_empty_tag (w);
}

static void
write_journey (Writer       *w,
               PolkuJourney *journey)
{
  open_tag (w, "journey");
  attribute (w, "id", polku_journey_get_id (journey));
  optional_attribute (w, "language", polku_journey_get_field (journey, POLKU_JOURNEY_FIELD_LANGUAGE));
  date_attribute (w, "created", polku_journey_get_created (journey));
  date_attribute (w, "modified", polku_journey_get_modified (journey));
  if (polku_journey_get_lanes (journey) != POLKU_ALL_LANES)
    {
      g_autofree char *hidden = polku_lane_to_string (POLKU_ALL_LANES & ~polku_journey_get_lanes (journey));

      attribute (w, "hidden-lanes", hidden);
    }
  end_open_tag (w);
  write_children (w, POLKU_ELEMENT_JOURNEY, G_OBJECT (journey));
  close_tag (w, "journey");
}

/* Writes what an element holds, in the order of the format's rules. */
static void
write_children (Writer       *w,
                PolkuElement  element,
                GObject      *object)
{
  const PolkuChildRule *rules;
  guint n_rules;

  rules = _polku_format_get_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      const PolkuChildRule *rule = &rules[i];

      if (rule->parent != element)
        continue;

      switch (rule->child)
        {
        case POLKU_ELEMENT_TEXT:
          {
            const char *text = _polku_format_get_text (rule, object);

            if (rule->min > 0 || *text != '\0')
              text_element (w, rule->name, text);
          }
          break;
        case POLKU_ELEMENT_SEGMENT:
          open_tag (w, rule->name);
          end_open_tag (w);
          write_children (w, POLKU_ELEMENT_SEGMENT, object);
          close_tag (w, rule->name);
          break;
        case POLKU_ELEMENT_SCALE:
          write_scale (w, POLKU_JOURNEY (object));
          break;
        case POLKU_ELEMENT_JOURNEY:
          for (guint j = 0; j < polku_document_get_n_journeys (POLKU_DOCUMENT (object)); j++)
            write_journey (w, polku_document_get_journey (POLKU_DOCUMENT (object), j));
          break;
        case POLKU_ELEMENT_PHASE:
          for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
            write_phase (w, polku_journey_get_phase (POLKU_JOURNEY (object), kind));
          break;
        case POLKU_ELEMENT_STEP:
          for (guint j = 0; j < polku_phase_get_n_steps (POLKU_PHASE (object)); j++)
            write_step (w, polku_phase_get_step (POLKU_PHASE (object), j));
          break;
        case POLKU_ELEMENT_TOUCHPOINT:
          for (guint j = 0; j < polku_step_get_n_touchpoints (POLKU_STEP (object)); j++)
            write_touchpoint (w, polku_step_get_touchpoint (POLKU_STEP (object), j));
          break;
        case POLKU_ELEMENT_COUNTS:
          {
            gsize n;
            const guint32 *counts = polku_touchpoint_get_counts (POLKU_TOUCHPOINT (object), rule->field, &n);

            if (counts != NULL)
              write_counts (w, rule->name, counts, n);
          }
          break;
        case POLKU_ELEMENT_START:
        case POLKU_ELEMENT_POLKU:
        default:
          g_assert_not_reached ();
        }
    }
}

GBytes *
polku_writer_write (PolkuDocument *document)
{
  Writer w = { NULL, 0 };
  char format[16];

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);

  w.out = g_string_sized_new (4096);
  g_string_append (w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_snprintf (format, sizeof format, "%d", POLKU_FORMAT_VERSION);
  open_tag (&w, "polku");
  attribute (&w, "xmlns", POLKU_NAMESPACE);
  attribute (&w, "format", format);
  end_open_tag (&w);
  write_children (&w, POLKU_ELEMENT_POLKU, G_OBJECT (document));
  close_tag (&w, "polku");

  return g_string_free_to_bytes (w.out);
}

gboolean
polku_writer_save_file (PolkuDocument  *document,
                        GFile          *file,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = polku_writer_write (document);
  if (!polku_file_write (file, bytes, cancellable, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: a file name; why it could not be saved follows */
      g_prefix_error (error, _("Could not save “%s”: "), name);
      return FALSE;
    }
  return TRUE;
}
