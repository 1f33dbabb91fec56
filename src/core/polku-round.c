/* polku-round.c: one measurement round of a journey's touchpoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-round.h"

typedef struct
{
  char    *touchpoint;
  /* Each a single block: the number of values, then the values. */
  guint32 *counts[POLKU_N_SURVEYS];
} Result;

struct _PolkuRound
{
  GObject     parent_instance;

  char       *id;
  char       *date;
  char       *source;
  guint32     n_answers;
  GPtrArray  *results;        /* Result, in order */
  GHashTable *by_touchpoint;  /* touchpoint id → Result */
};

G_DEFINE_FINAL_TYPE (PolkuRound, polku_round, G_TYPE_OBJECT)

static void
result_free (Result *result)
{
  g_free (result->touchpoint);
  for (guint s = 0; s < POLKU_N_SURVEYS; s++)
    g_free (result->counts[s]);
  g_free (result);
}

static void
polku_round_finalize (GObject *object)
{
  PolkuRound *self = (PolkuRound *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->by_touchpoint, g_hash_table_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_round_parent_class)->finalize (object);
}

static void
polku_round_class_init (PolkuRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_round_finalize;
}

static void
polku_round_init (PolkuRound *self)
{
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) result_free);
  self->by_touchpoint = g_hash_table_new (g_str_hash, g_str_equal);
}

PolkuRound *
polku_round_new (const char *id,
                 const char *date,
                 const char *source,
                 guint32     n_answers)
{
  PolkuRound *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self = g_object_new (POLKU_TYPE_ROUND, NULL);
  self->id = g_strdup (id);
  self->date = g_strdup (date);
  self->source = g_strdup (source != NULL ? source : "");
  self->n_answers = n_answers;
  return self;
}

const char *
polku_round_get_id (PolkuRound *self)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  return self->id;
}

const char *
polku_round_get_date (PolkuRound *self)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  return self->date;
}

const char *
polku_round_get_source (PolkuRound *self)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  return self->source;
}

guint32
polku_round_get_n_answers (PolkuRound *self)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), 0);
  return self->n_answers;
}

guint
polku_round_get_n_results (PolkuRound *self)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), 0);
  return self->results->len;
}

const char *
polku_round_get_result_touchpoint (PolkuRound *self,
                                   guint       position)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  g_return_val_if_fail (position < self->results->len, NULL);

  return ((Result *) g_ptr_array_index (self->results, position))->touchpoint;
}

static const guint32 *
result_counts (const Result *result,
               PolkuSurvey   survey,
               gsize        *n_values)
{
  const guint32 *block = result != NULL ? result->counts[survey] : NULL;

  *n_values = block != NULL ? block[0] : 0;
  return block != NULL ? block + 1 : NULL;
}

const guint32 *
polku_round_get_result_counts (PolkuRound  *self,
                               guint        position,
                               PolkuSurvey  survey,
                               gsize       *n_values)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  g_return_val_if_fail (position < self->results->len, NULL);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  return result_counts (g_ptr_array_index (self->results, position), survey, n_values);
}

static Result *
ensure_result (PolkuRound *self,
               const char *touchpoint_id)
{
  Result *result = g_hash_table_lookup (self->by_touchpoint, touchpoint_id);

  if (result == NULL)
    {
      result = g_new0 (Result, 1);
      result->touchpoint = g_strdup (touchpoint_id);
      g_ptr_array_add (self->results, result);
      g_hash_table_insert (self->by_touchpoint, result->touchpoint, result);
    }
  return result;
}

void
polku_round_add_result (PolkuRound *self,
                        const char *touchpoint_id)
{
  g_return_if_fail (POLKU_IS_ROUND (self));
  g_return_if_fail (touchpoint_id != NULL);

  ensure_result (self, touchpoint_id);
}

void
polku_round_set_counts (PolkuRound    *self,
                        const char    *touchpoint_id,
                        PolkuSurvey    survey,
                        const guint32 *counts,
                        gsize          n_values)
{
  Result *result;

  g_return_if_fail (POLKU_IS_ROUND (self));
  g_return_if_fail (touchpoint_id != NULL);
  g_return_if_fail (survey < POLKU_N_SURVEYS);
  g_return_if_fail (n_values < 64);

  result = ensure_result (self, touchpoint_id);
  g_clear_pointer (&result->counts[survey], g_free);
  if (counts == NULL || n_values == 0)
    return;
  result->counts[survey] = g_new (guint32, n_values + 1);
  result->counts[survey][0] = n_values;
  memcpy (result->counts[survey] + 1, counts, n_values * sizeof (guint32));
}

const guint32 *
polku_round_get_counts (PolkuRound  *self,
                        const char  *touchpoint_id,
                        PolkuSurvey  survey,
                        gsize       *n_values)
{
  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  g_return_val_if_fail (touchpoint_id != NULL, NULL);
  g_return_val_if_fail (survey < POLKU_N_SURVEYS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  return result_counts (g_hash_table_lookup (self->by_touchpoint, touchpoint_id), survey, n_values);
}

PolkuRound *
polku_round_copy (PolkuRound *self,
                  const char *id,
                  GHashTable *ids)
{
  PolkuRound *copy;

  g_return_val_if_fail (POLKU_IS_ROUND (self), NULL);
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  copy = polku_round_new (id, self->date, self->source, self->n_answers);
  for (guint i = 0; i < self->results->len; i++)
    {
      const Result *result = g_ptr_array_index (self->results, i);
      const char *touchpoint = ids != NULL ? g_hash_table_lookup (ids, result->touchpoint)
                                           : result->touchpoint;

      if (touchpoint == NULL)
        continue;
      polku_round_add_result (copy, touchpoint);
      for (guint s = 0; s < POLKU_N_SURVEYS; s++)
        if (result->counts[s] != NULL)
          polku_round_set_counts (copy, touchpoint, s, result->counts[s] + 1, result->counts[s][0]);
    }
  return copy;
}
