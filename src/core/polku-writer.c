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

#include "polku-document.h"
#include "polku-enums.h"
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
write_touchpoint (Writer          *w,
                  PolkuTouchpoint *touchpoint)
{
  open_tag (w, "touchpoint");
  attribute (w, "id", polku_touchpoint_get_id (touchpoint));
  attribute (w, "channel", polku_channel_to_string (polku_touchpoint_get_channel (touchpoint)));
  attribute (w, "criticality", polku_criticality_to_string (polku_touchpoint_get_criticality (touchpoint)));
  attribute (w, "role", polku_role_to_string (polku_touchpoint_get_role (touchpoint)));
  score_attribute (w, "score", polku_touchpoint_get_score (touchpoint));
  score_attribute (w, "target", polku_touchpoint_get_target (touchpoint));
  end_open_tag (w);
  text_element (w, "name", polku_touchpoint_get_name (touchpoint));
  close_tag (w, "touchpoint");
}

static void
write_step (Writer    *w,
            PolkuStep *step)
{
  open_tag (w, "step");
  attribute (w, "id", polku_step_get_id (step));
  end_open_tag (w);
  text_element (w, "name", polku_step_get_name (step));
  for (guint i = 0; i < polku_step_get_n_touchpoints (step); i++)
    write_touchpoint (w, polku_step_get_touchpoint (step, i));
  close_tag (w, "step");
}

static void
write_phase (Writer     *w,
             PolkuPhase *phase)
{
  const char *label = polku_phase_get_label (phase);
  guint n_steps = polku_phase_get_n_steps (phase);

  open_tag (w, "phase");
  attribute (w, "kind", polku_phase_kind_to_string (polku_phase_get_kind (phase)));
  if (*label == '\0' && n_steps == 0)
    {
      end_empty_tag (w);
      return;
    }
  end_open_tag (w);
  if (*label != '\0')
    text_element (w, "label", label);
  for (guint i = 0; i < n_steps; i++)
    write_step (w, polku_phase_get_step (phase, i));
  close_tag (w, "phase");
}

static void
write_journey (Writer       *w,
               PolkuJourney *journey)
{
  char min[16], max[16];

  open_tag (w, "journey");
  attribute (w, "id", polku_journey_get_id (journey));
  end_open_tag (w);

  text_element (w, "title", polku_journey_get_title (journey));

  open_tag (w, "segment");
  end_open_tag (w);
  text_element (w, "name", polku_journey_get_segment (journey));
  close_tag (w, "segment");

  g_snprintf (min, sizeof min, "%d", polku_journey_get_scale_min (journey));
  g_snprintf (max, sizeof max, "%d", polku_journey_get_scale_max (journey));
  open_tag (w, "scale");
  attribute (w, "min", min);
  attribute (w, "max", max);
  end_empty_tag (w);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    write_phase (w, polku_journey_get_phase (journey, kind));

  close_tag (w, "journey");
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
  for (guint i = 0; i < polku_document_get_n_journeys (document); i++)
    write_journey (&w, polku_document_get_journey (document, i));
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
  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, error);
}
