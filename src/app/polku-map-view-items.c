/* polku-map-view-items.c: the items a screen reader and the keyboard focus
 * find on the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map is drawn as one picture. For those who do not see it, the view
 * keeps a PolkuMapItem child per phase, step and touchpoint, in the
 * journey's order, placed where the map draws the item: its name, and a
 * sentence of what it is (polku_describe_item ()). The selected item holds
 * the keyboard focus while the map has it, so that moving the selection is
 * read out as the focus moving.
 *
 * A keystroke changes one item, or a few: each item's own changes mark its
 * sentence, and those that name it (a step's touchpoints name the step), out
 * of date, and only those are said again. Items coming, going or moving
 * have the children walked again, once, when the view is next allocated.
 */

#include "config.h"

#include <math.h>

#include "polku-map-selection.h"
#include "polku-map-view-private.h"

static PolkuMapItem *
lookup (PolkuMapView *self,
        gpointer      item)
{
  return item != NULL ? g_hash_table_lookup (self->map_items, item) : NULL;
}

static void
invalidate (PolkuMapView *self,
            gpointer      item)
{
  PolkuMapItem *map_item = lookup (self, item);

  if (map_item == NULL)
    return;
  polku_map_item_invalidate (map_item);
  if (!self->map_items_invalid)
    {
      self->map_items_invalid = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
}

static void
invalidate_step (PolkuMapView *self,
                 PolkuStep    *step)
{
  invalidate (self, step);
  for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
    invalidate (self, polku_step_get_touchpoint (step, t));
}

static void
invalidate_all (PolkuMapView *self)
{
  GHashTableIter iter;
  gpointer map_item;

  g_hash_table_iter_init (&iter, self->map_items);
  while (g_hash_table_iter_next (&iter, NULL, &map_item))
    polku_map_item_invalidate (map_item);
  self->map_items_invalid = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* An item's sentence says its own name, tags and score; a step's says how
 * many of its touchpoints to fix first; a touchpoint's names its step and
 * phase. */
static void
on_item_notify_cb (GObject      *item,
                   GParamSpec   *pspec,
                   PolkuMapView *self)
{
  PolkuMapItem *map_item = lookup (self, item);

  if (map_item == NULL)
    return;

  invalidate (self, item);
  if (POLKU_IS_TOUCHPOINT (item))
    invalidate (self, polku_map_item_get_location (map_item)->step);
  else if (POLKU_IS_STEP (item))
    invalidate_step (self, POLKU_STEP (item));
  else if (POLKU_IS_PHASE (item))
    for (guint s = 0; s < polku_phase_get_n_steps (POLKU_PHASE (item)); s++)
      invalidate_step (self, polku_phase_get_step (POLKU_PHASE (item), s));
}

static void
on_children_changed_cb (PolkuMapView *self)
{
  self->map_items_moved = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The map view itself stands for the journey. */
static void
describe_journey (PolkuMapView *self)
{
  g_autofree char *sentence = NULL;

  if (self->journey == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  sentence = polku_describe_item (self->journey, G_OBJECT (self->journey));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, polku_describe_name (G_OBJECT (self->journey)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                  -1);
}

static void
on_journey_notify_cb (PolkuMapView *self,
                      GParamSpec   *pspec)
{
  /* Scores are said against the scale, and the fix-first list depends on
   * it. */
  if (g_str_has_prefix (pspec->name, "scale-"))
    invalidate_all (self);
  describe_journey (self);
}

static GListModel *
get_children (GObject *item)
{
  if (POLKU_IS_PHASE (item))
    return polku_phase_get_steps (POLKU_PHASE (item));
  if (POLKU_IS_STEP (item))
    return polku_step_get_touchpoints (POLKU_STEP (item));
  return NULL;
}

static PolkuMapItem *
add_item (PolkuMapView *self,
          GObject      *item)
{
  GtkWidget *map_item = polku_map_item_new (item);
  GListModel *children = get_children (item);

  g_hash_table_insert (self->map_items, item, map_item);
  g_signal_connect (item, "notify", G_CALLBACK (on_item_notify_cb), self);
  if (children != NULL)
    g_signal_connect_swapped (children, "items-changed", G_CALLBACK (on_children_changed_cb), self);
  return POLKU_MAP_ITEM (map_item);
}

static void
remove_item (PolkuMapView *self,
             PolkuMapItem *map_item)
{
  GObject *item = polku_map_item_get_item (map_item);
  GListModel *children = get_children (item);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The keys stay on the map: the selection moves on to a neighbour. */
  if (root != NULL && gtk_widget_has_focus (GTK_WIDGET (map_item)))
    gtk_root_set_focus (root, GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (item, on_item_notify_cb, self);
  if (children != NULL)
    g_signal_handlers_disconnect_by_func (children, on_children_changed_cb, self);
  g_hash_table_remove (self->map_items, item);
  gtk_widget_unparent (GTK_WIDGET (map_item));
}

/* Puts the item's widget after *previous, making it when it is new. */
static void
place_item (PolkuMapView         *self,
            GObject              *item,
            const PolkuLocation  *location,
            GtkWidget           **previous)
{
  PolkuMapItem *map_item = lookup (self, item);

  if (map_item == NULL)
    map_item = add_item (self, item);

  if (gtk_widget_get_parent (GTK_WIDGET (map_item)) == NULL ||
      gtk_widget_get_prev_sibling (GTK_WIDGET (map_item)) != *previous)
    gtk_widget_insert_after (GTK_WIDGET (map_item), GTK_WIDGET (self), *previous);
  if (polku_map_item_set_location (map_item, location))
    self->map_items_invalid = TRUE;
  *previous = GTK_WIDGET (map_item);
}

/* The children in the journey's order, one per item it holds now. */
static void
polku_map_view_items_walk (PolkuMapView *self)
{
  GtkWidget *previous = NULL;
  GtkWidget *stale;

  g_assert (POLKU_IS_MAP_VIEW (self));

  /* A journey over the budget has no map, and too many items to make. */
  for (guint p = 0; self->journey != NULL && self->error == NULL && p < POLKU_N_PHASE_KINDS; p++)
    {
      PolkuPhase *phase = polku_journey_get_phase (self->journey, p);
      PolkuLocation location = { phase, NULL, p, 0, 0 };

      place_item (self, G_OBJECT (phase), &location, &previous);
      for (guint s = 0; s < polku_phase_get_n_steps (phase); s++)
        {
          PolkuStep *step = polku_phase_get_step (phase, s);

          location = (PolkuLocation) { phase, NULL, p, s, 0 };
          place_item (self, G_OBJECT (step), &location, &previous);
          for (guint t = 0; t < polku_step_get_n_touchpoints (step); t++)
            {
              location = (PolkuLocation) { phase, step, p, s, t };
              place_item (self, G_OBJECT (polku_step_get_touchpoint (step, t)), &location, &previous);
            }
        }
    }

  /* What is left after the journey's items is no longer in it. */
  stale = previous != NULL ? gtk_widget_get_next_sibling (previous)
                           : gtk_widget_get_first_child (GTK_WIDGET (self));
  while (stale != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (stale);

      remove_item (self, POLKU_MAP_ITEM (stale));
      stale = next;
    }
}

static gboolean
focus_is_on_map (PolkuMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)));
}

/* With the keys on the map, the selected item has them. */
static void
polku_map_view_items_focus_selected (PolkuMapView *self)
{
  GtkWidget *selected = _polku_map_view_items_get_selected (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root == NULL || !focus_is_on_map (self))
    return;

  if (selected != NULL)
    {
      if (!gtk_widget_has_focus (selected))
        gtk_widget_grab_focus (selected);
    }
  else if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_root_set_focus (root, GTK_WIDGET (self));
}

void
_polku_map_view_items_allocate (PolkuMapView *self,
                                double        origin_x,
                                double        origin_y)
{
  GtkWidget *child;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  if (self->map_items_moved)
    {
      self->map_items_moved = FALSE;
      polku_map_view_items_walk (self);
      _polku_map_view_items_select (self, NULL);
    }

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PolkuMapItem *map_item = POLKU_MAP_ITEM (child);
      GtkAllocation allocation = { 0, 0, 0, 0 };
      graphene_rect_t area;
      PolkuRect rect;

      if (self->map_items_invalid && polku_map_item_is_invalid (map_item))
        polku_map_item_describe (map_item, self->journey);

      /* Where the map draws it; nowhere for a card in a hidden lane. */
      if (self->layout != NULL &&
          polku_map_selection_get_item_rect (self->layout, polku_map_item_get_item (map_item), &rect))
        {
          _polku_map_view_rect_to_widget (&rect, origin_x, origin_y, self->zoom, &area);
          allocation = (GtkAllocation) {
            floor (area.origin.x), floor (area.origin.y),
            ceil (area.size.width), ceil (area.size.height),
          };
        }
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (child, &allocation, -1);
    }
  self->map_items_invalid = FALSE;
}

GtkWidget *
_polku_map_view_items_get_selected (PolkuMapView *self)
{
  g_return_val_if_fail (POLKU_IS_MAP_VIEW (self), NULL);

  return GTK_WIDGET (lookup (self, self->selected_item));
}

void
_polku_map_view_items_select (PolkuMapView *self,
                              GObject      *previous)
{
  PolkuMapItem *map_item;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  if ((map_item = lookup (self, previous)) != NULL)
    polku_map_item_set_selected (map_item, FALSE);
  if ((map_item = lookup (self, self->selected_item)) != NULL)
    polku_map_item_set_selected (map_item, TRUE);
  polku_map_view_items_focus_selected (self);
}

void
_polku_map_view_items_reset (PolkuMapView *self,
                             PolkuJourney *previous)
{
  GtkWidget *child;

  g_return_if_fail (POLKU_IS_MAP_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    remove_item (self, POLKU_MAP_ITEM (child));

  if (previous != NULL)
    g_signal_handlers_disconnect_by_func (previous, on_journey_notify_cb, self);
  if (self->journey != NULL)
    g_signal_connect_object (self->journey, "notify", G_CALLBACK (on_journey_notify_cb),
                             self, G_CONNECT_SWAPPED);
  describe_journey (self);

  self->map_items_moved = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_polku_map_view_items_init (PolkuMapView *self)
{
  self->map_items = g_hash_table_new (NULL, NULL);
}

void
_polku_map_view_items_dispose (PolkuMapView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    remove_item (self, POLKU_MAP_ITEM (child));
  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_func (self->journey, on_journey_notify_cb, self);
  g_clear_pointer (&self->map_items, g_hash_table_unref);
}
