/* polku-map-item.c: a phase, step or touchpoint of the map, as an
 * accessible the keyboard focus can rest on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-map-item.h"

struct _PolkuMapItem
{
  GtkWidget      parent_instance;

  GObject       *item;
  PolkuLocation  location;
  /* What a screen reader was told last. */
  char          *name;
  char          *sentence;
  guint          invalid : 1;
  guint          selected : 1;
};

G_DEFINE_FINAL_TYPE (PolkuMapItem, polku_map_item, GTK_TYPE_WIDGET)

static void
polku_map_item_dispose (GObject *object)
{
  PolkuMapItem *self = POLKU_MAP_ITEM (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (polku_map_item_parent_class)->dispose (object);
}

static void
polku_map_item_finalize (GObject *object)
{
  PolkuMapItem *self = POLKU_MAP_ITEM (object);

  g_free (self->name);
  g_free (self->sentence);

  G_OBJECT_CLASS (polku_map_item_parent_class)->finalize (object);
}

static void
polku_map_item_class_init (PolkuMapItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_map_item_dispose;
  object_class->finalize = polku_map_item_finalize;

  gtk_widget_class_set_css_name (widget_class, "polkumapitem");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
polku_map_item_init (PolkuMapItem *self)
{
  self->invalid = TRUE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* The map view under it takes the pointer. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
polku_map_item_new (GObject *item)
{
  PolkuMapItem *self;
  const char *kind;

  g_return_val_if_fail (POLKU_IS_PHASE (item) || POLKU_IS_STEP (item) || POLKU_IS_TOUCHPOINT (item), NULL);

  self = g_object_new (POLKU_TYPE_MAP_ITEM, NULL);
  self->item = g_object_ref (item);

  /* The focus ring goes around a card, and inside a band or column, which
   * touch their neighbours. */
  if (POLKU_IS_TOUCHPOINT (item))
    kind = "touchpoint";
  else if (POLKU_IS_STEP (item))
    kind = "step";
  else
    kind = "phase";
  gtk_widget_add_css_class (GTK_WIDGET (self), kind);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, FALSE, -1);

  return GTK_WIDGET (self);
}

GObject *
polku_map_item_get_item (PolkuMapItem *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_ITEM (self), NULL);

  return self->item;
}

const PolkuLocation *
polku_map_item_get_location (PolkuMapItem *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_ITEM (self), NULL);

  return &self->location;
}

gboolean
polku_map_item_set_location (PolkuMapItem        *self,
                             const PolkuLocation *location)
{
  g_return_val_if_fail (POLKU_IS_MAP_ITEM (self), FALSE);
  g_return_val_if_fail (location != NULL, FALSE);

  /* The sentence names the phase and the step, not positions. */
  if (self->location.phase == location->phase && self->location.step == location->step)
    return FALSE;

  self->location = *location;
  self->invalid = TRUE;
  return TRUE;
}

void
polku_map_item_invalidate (PolkuMapItem *self)
{
  g_return_if_fail (POLKU_IS_MAP_ITEM (self));

  self->invalid = TRUE;
}

gboolean
polku_map_item_is_invalid (PolkuMapItem *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_ITEM (self), FALSE);

  return self->invalid;
}

/* Replaces *slot with value; TRUE when that changed it. */
static gboolean
take_string (char **slot,
             char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    {
      g_free (value);
      return FALSE;
    }
  g_free (*slot);
  *slot = value;
  return TRUE;
}

void
polku_map_item_describe (PolkuMapItem *self,
                         PolkuJourney *journey)
{
  g_return_if_fail (POLKU_IS_MAP_ITEM (self));
  g_return_if_fail (POLKU_IS_JOURNEY (journey));

  self->invalid = FALSE;
  if (take_string (&self->name, g_strdup (polku_describe_name (self->item))))
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->name, -1);
  if (take_string (&self->sentence, polku_describe_item_at (journey, self->item, &self->location)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->sentence, -1);
}

void
polku_map_item_set_selected (PolkuMapItem *self,
                             gboolean      selected)
{
  g_return_if_fail (POLKU_IS_MAP_ITEM (self));

  if (self->selected == !!selected)
    return;
  self->selected = !!selected;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, self->selected, -1);
}
