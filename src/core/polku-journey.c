/* polku-journey.c: the customer's process for one customer segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "polku-datatypes.h"
#include "polku-enums.h"
#include "polku-journey.h"
#include "polku-journey-private.h"
#include "polku-phase.h"
#include "polku-round.h"
#include "polku-step.h"
#include "polku-text-fields-private.h"

struct _PolkuJourney
{
  GObject     parent_instance;

  char       *id;
  char       *fields[POLKU_JOURNEY_N_FIELDS];
  GDateTime  *created;
  GDateTime  *modified;
  /* The dates as a file gave them, and the dates they stood for. */
  char       *date_texts[2];
  GDateTime  *text_dates[2];
  int         scale_min;
  int         scale_max;
  PolkuLane   lanes;
  GListStore *phases;
  GListStore *rounds;      /* PolkuRound, oldest first */
};

G_DEFINE_FINAL_TYPE (PolkuJourney, polku_journey, G_TYPE_OBJECT)

static const PolkuTextFieldInfo field_info[POLKU_JOURNEY_N_FIELDS] = {
  [POLKU_JOURNEY_FIELD_TITLE] = { "title", N_("Title") },
  [POLKU_JOURNEY_FIELD_DESCRIPTION] = { "description", N_("Description") },
  [POLKU_JOURNEY_FIELD_SEGMENT] = { "segment", N_("Customer segment") },
  [POLKU_JOURNEY_FIELD_SEGMENT_DESCRIPTION] = { "segment-description", N_("Segment description") },
  /* Translators: how a customer of the segment is recognised */
  [POLKU_JOURNEY_FIELD_SEGMENT_CRITERIA] = { "segment-criteria", N_("Identifying criteria") },
  [POLKU_JOURNEY_FIELD_AUTHORS] = { "authors", N_("Authors") },
  [POLKU_JOURNEY_FIELD_LANGUAGE] = { "language", N_("Language") },
  /* Translators: what the lowest score of the satisfaction scale means */
  [POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL] = { "scale-min-label", N_("Lowest score means") },
  /* Translators: what the highest score of the satisfaction scale means */
  [POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL] = { "scale-max-label", N_("Highest score means") },
  [POLKU_JOURNEY_FIELD_NOTES] = { "notes", N_("Notes") },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_SCALE_MIN,
  PROP_SCALE_MAX,
  PROP_LANES,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + POLKU_JOURNEY_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

static void
polku_journey_dispose (GObject *object)
{
  PolkuJourney *self = (PolkuJourney *) object;

  g_clear_object (&self->phases);
  g_clear_object (&self->rounds);

  G_OBJECT_CLASS (polku_journey_parent_class)->dispose (object);
}

static void
polku_journey_finalize (GObject *object)
{
  PolkuJourney *self = (PolkuJourney *) object;

  g_clear_pointer (&self->id, g_free);
  _polku_text_fields_clear (self->fields, POLKU_JOURNEY_N_FIELDS);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->date_texts); i++)
    {
      g_clear_pointer (&self->date_texts[i], g_free);
      g_clear_pointer (&self->text_dates[i], g_date_time_unref);
    }

  G_OBJECT_CLASS (polku_journey_parent_class)->finalize (object);
}

static void
polku_journey_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuJourney *self = POLKU_JOURNEY (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case PROP_LANES:
      g_value_set_flags (value, self->lanes);
      break;
    case PROP_SCALE_MIN:
      g_value_set_int (value, self->scale_min);
      break;
    case PROP_SCALE_MAX:
      g_value_set_int (value, self->scale_max);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_journey_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuJourney *self = POLKU_JOURNEY (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      polku_journey_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      polku_journey_set_created (self, g_value_get_boxed (value));
      break;
    case PROP_MODIFIED:
      polku_journey_set_modified (self, g_value_get_boxed (value));
      break;
    case PROP_LANES:
      polku_journey_set_lanes (self, g_value_get_flags (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_journey_class_init (PolkuJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_journey_dispose;
  object_class->finalize = polku_journey_finalize;
  object_class->get_property = polku_journey_get_property;
  object_class->set_property = polku_journey_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_MIN] =
    g_param_spec_int ("scale-min", NULL, NULL, 0, 10, POLKU_SCALE_DEFAULT_MIN,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_MAX] =
    g_param_spec_int ("scale-max", NULL, NULL, 0, 10, POLKU_SCALE_DEFAULT_MAX,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANES] =
    g_param_spec_flags ("lanes", NULL, NULL, POLKU_TYPE_LANE, POLKU_ALL_LANES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, PROP_FIRST_FIELD, properties);
  _polku_text_fields_install (object_class, PROP_FIRST_FIELD, field_info,
                              POLKU_JOURNEY_N_FIELDS, &properties[PROP_FIRST_FIELD]);
}

static void
polku_journey_init (PolkuJourney *self)
{
  _polku_text_fields_init (self->fields, POLKU_JOURNEY_N_FIELDS);
  self->scale_min = POLKU_SCALE_DEFAULT_MIN;
  self->scale_max = POLKU_SCALE_DEFAULT_MAX;
  self->lanes = POLKU_ALL_LANES;
  self->phases = g_list_store_new (POLKU_TYPE_PHASE);
  self->rounds = g_list_store_new (POLKU_TYPE_ROUND);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      g_autoptr(PolkuPhase) phase = polku_phase_new (kind);
      g_list_store_append (self->phases, phase);
    }
}

PolkuJourney *
polku_journey_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (POLKU_TYPE_JOURNEY, "id", id, NULL);
}

const char *
polku_journey_get_id (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return self->id;
}

const char *
polku_journey_get_field (PolkuJourney      *self,
                         PolkuJourneyField  field)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (field < POLKU_JOURNEY_N_FIELDS, NULL);
  return self->fields[field];
}

gboolean
polku_language_tag_is_valid (const char *tag)
{
  if (tag == NULL || *tag == '\0')
    return TRUE;

  return polku_datatype_is_language (tag);
}

void
polku_journey_set_field (PolkuJourney      *self,
                         PolkuJourneyField  field,
                         const char        *value)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail (field < POLKU_JOURNEY_N_FIELDS);
  g_return_if_fail (field != POLKU_JOURNEY_FIELD_LANGUAGE || polku_language_tag_is_valid (value));

  _polku_text_fields_set (G_OBJECT (self), self->fields, field, value,
                          properties[PROP_FIRST_FIELD + field]);
}

const char *
polku_journey_field_get_name (PolkuJourneyField field)
{
  g_return_val_if_fail (field < POLKU_JOURNEY_N_FIELDS, NULL);
  return field_info[field].name;
}

const char *
polku_journey_field_get_label (PolkuJourneyField field)
{
  g_return_val_if_fail (field < POLKU_JOURNEY_N_FIELDS, NULL);
  return _polku_text_fields_get_label (field_info, field, NULL);
}

const char *
polku_journey_get_title (PolkuJourney *self)
{
  return polku_journey_get_field (self, POLKU_JOURNEY_FIELD_TITLE);
}

void
polku_journey_set_title (PolkuJourney *self,
                         const char   *title)
{
  polku_journey_set_field (self, POLKU_JOURNEY_FIELD_TITLE, title);
}

const char *
polku_journey_get_segment (PolkuJourney *self)
{
  return polku_journey_get_field (self, POLKU_JOURNEY_FIELD_SEGMENT);
}

void
polku_journey_set_segment (PolkuJourney *self,
                           const char   *segment)
{
  polku_journey_set_field (self, POLKU_JOURNEY_FIELD_SEGMENT, segment);
}

static void
set_date (PolkuJourney  *self,
          GDateTime    **member,
          GDateTime     *value,
          guint          prop_id)
{
  if (*member == value ||
      (*member != NULL && value != NULL && g_date_time_equal (*member, value)))
    return;

  g_clear_pointer (member, g_date_time_unref);
  if (value != NULL)
    *member = g_date_time_ref (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Returns: (transfer none) (nullable) */
GDateTime *
polku_journey_get_created (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return self->created;
}

void
polku_journey_set_created (PolkuJourney *self,
                           GDateTime    *created)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  set_date (self, &self->created, created, PROP_CREATED);
}

/* Returns: (transfer none) (nullable) */
GDateTime *
polku_journey_get_modified (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return self->modified;
}

void
polku_journey_set_modified (PolkuJourney *self,
                            GDateTime    *modified)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  set_date (self, &self->modified, modified, PROP_MODIFIED);
}

void
_polku_journey_set_date_text (PolkuJourney     *self,
                              PolkuJourneyDate  which,
                              const char       *text)
{
  g_autoptr(GDateTime) date = NULL;
  gboolean valid;

  g_assert (which <= POLKU_JOURNEY_DATE_MODIFIED);

  valid = polku_datatype_parse_date_time (text, &date);
  g_assert (valid);

  g_free (self->date_texts[which]);
  self->date_texts[which] = g_strdup (text);
  g_clear_pointer (&self->text_dates[which], g_date_time_unref);
  self->text_dates[which] = date != NULL ? g_date_time_ref (date) : NULL;

  if (which == POLKU_JOURNEY_DATE_CREATED)
    polku_journey_set_created (self, date);
  else
    polku_journey_set_modified (self, date);
}

char *
_polku_journey_dup_date_text (PolkuJourney     *self,
                              PolkuJourneyDate  which)
{
  GDateTime *date = which == POLKU_JOURNEY_DATE_CREATED ? self->created : self->modified;
  GDateTime *text_date = self->text_dates[which];

  if (self->date_texts[which] != NULL &&
      (date == text_date ||
       (date != NULL && text_date != NULL && g_date_time_equal (date, text_date) &&
        g_date_time_get_utc_offset (date) == g_date_time_get_utc_offset (text_date))))
    return g_strdup (self->date_texts[which]);
  return date != NULL ? polku_datatype_format_date_time (date) : NULL;
}

PolkuLane
polku_journey_get_lanes (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), POLKU_ALL_LANES);
  return self->lanes;
}

void
polku_journey_set_lanes (PolkuJourney *self,
                         PolkuLane     lanes)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail ((lanes & ~POLKU_ALL_LANES) == 0);

  if (self->lanes == lanes)
    return;
  self->lanes = lanes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

int
polku_journey_get_scale_min (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), POLKU_SCALE_DEFAULT_MIN);
  return self->scale_min;
}

int
polku_journey_get_scale_max (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), POLKU_SCALE_DEFAULT_MAX);
  return self->scale_max;
}

void
polku_journey_set_scale (PolkuJourney *self,
                         int           min,
                         int           max)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail (polku_scale_is_supported (min, max));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->scale_min != min)
    {
      self->scale_min = min;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MIN]);
    }
  if (self->scale_max != max)
    {
      self->scale_max = max;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MAX]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

GListModel *
polku_journey_get_phases (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return G_LIST_MODEL (self->phases);
}

/* Returns: (transfer none) */
PolkuPhase *
polku_journey_get_phase (PolkuJourney   *self,
                         PolkuPhaseKind  kind)
{
  g_autoptr(PolkuPhase) phase = NULL;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (kind < POLKU_N_PHASE_KINDS, NULL);

  phase = g_list_model_get_item (G_LIST_MODEL (self->phases), kind);
  return phase;
}

guint
polku_journey_count_steps (PolkuJourney *self)
{
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), 0);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    n += polku_phase_get_n_steps (polku_journey_get_phase (self, kind));
  return n;
}

guint
polku_journey_count_touchpoints (PolkuJourney *self)
{
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), 0);

  for (guint kind = 0; kind < POLKU_N_PHASE_KINDS; kind++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self, kind);

      for (guint i = 0; i < polku_phase_get_n_steps (phase); i++)
        n += polku_step_get_n_touchpoints (polku_phase_get_step (phase, i));
    }
  return n;
}

GListModel *
polku_journey_get_rounds (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);
  return G_LIST_MODEL (self->rounds);
}

guint
polku_journey_get_n_rounds (PolkuJourney *self)
{
  g_return_val_if_fail (POLKU_IS_JOURNEY (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rounds));
}

/* Returns: (transfer none) */
PolkuRound *
polku_journey_get_round (PolkuJourney *self,
                         guint         position)
{
  g_autoptr(PolkuRound) round = NULL;

  g_return_val_if_fail (POLKU_IS_JOURNEY (self), NULL);

  round = g_list_model_get_item (G_LIST_MODEL (self->rounds), position);
  return round;
}

void
polku_journey_insert_round (PolkuJourney *self,
                            guint         position,
                            PolkuRound   *round)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail (POLKU_IS_ROUND (round));
  g_return_if_fail (position <= polku_journey_get_n_rounds (self));

  g_list_store_insert (self->rounds, position, round);
}

void
polku_journey_append_round (PolkuJourney *self,
                            PolkuRound   *round)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail (POLKU_IS_ROUND (round));

  g_list_store_append (self->rounds, round);
}

void
polku_journey_remove_round (PolkuJourney *self,
                            guint         position)
{
  g_return_if_fail (POLKU_IS_JOURNEY (self));
  g_return_if_fail (position < polku_journey_get_n_rounds (self));

  g_list_store_remove (self->rounds, position);
}
