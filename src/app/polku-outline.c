/* polku-outline.c: the journey's phases, steps and touchpoints as a tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "polku-accessible.h"
#include "polku-outline.h"

/* The widgets of one row, kept on its expander while a list item shows it. */
typedef struct
{
  PolkuOutline *outline;
  GtkWidget    *expander;
  GtkWidget    *name;
  GtkWidget    *detail;
  GtkWidget    *entry;
  GObject      *item;        /* the bound item, or NULL */
  gboolean      renaming;
} Row;

struct _PolkuOutline
{
  GtkWidget           parent_instance;

  GtkListView        *list_view;

  GListStore         *roots;       /* the journey, alone */
  GtkTreeListModel   *tree;
  GtkSingleSelection *list_selection;
  PolkuSelection     *selection;

  /* Bound item → Row, for the rows on screen. */
  GHashTable         *rows;
  /* An item to rename once its row is on screen. */
  GObject            *pending_rename;
  /* Set while the list follows the selection, not the other way round. */
  gboolean            following;
  guint               follow_idle;
  /* The rows' sentences name other items (a step's names its touchpoints
   * to fix first), so any change says those on screen again. */
  PolkuJourneyMonitor *monitor;
  guint               describe_idle;
  /* An item whose row takes the keys once it is on screen. */
  GObject            *pending_focus;
  guint               focus_idle;
};

G_DEFINE_FINAL_TYPE (PolkuOutline, polku_outline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PUSH_COMMAND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void polku_outline_follow_selection (PolkuOutline *self);

/* What a row says */

/* The tags and score of a touchpoint, the gate of a step, the segment of a
 * journey: what a facilitator checks at a glance. */
static char *
dup_item_detail (GObject *item)
{
  if (POLKU_IS_JOURNEY (item))
    return g_strdup (polku_journey_get_segment (POLKU_JOURNEY (item)));

  if (POLKU_IS_STEP (item))
    return g_strdup (polku_step_get_gate (POLKU_STEP (item)) ? _("Gate") : "");

  if (POLKU_IS_TOUCHPOINT (item))
    {
      PolkuTouchpoint *touchpoint = POLKU_TOUCHPOINT (item);
      GString *detail = g_string_new (NULL);

      if (polku_touchpoint_get_criticality (touchpoint) == POLKU_CRITICALITY_CRITICAL)
        g_string_append_printf (detail, "%s · ", polku_criticality_get_label (POLKU_CRITICALITY_CRITICAL));
      g_string_append (detail, polku_role_get_label (polku_touchpoint_get_role (touchpoint)));
      if (polku_touchpoint_has_score (touchpoint))
        g_string_append_printf (detail, " · %.1f", polku_touchpoint_get_score (touchpoint));
      return g_string_free (detail, FALSE);
    }

  return g_strdup ("");
}

/* What a screen reader reads for the row: the map's sentence for the item,
 * on the row, and the item's name on its expander; the row's level in the
 * tree, the journey at the top. */
static void
row_describe (Row *row)
{
  PolkuJourney *journey = polku_selection_get_journey (row->outline->selection);
  g_autofree char *sentence = NULL;
  GtkTreeListRow *tree_row;

  if (row->item == NULL || journey == NULL)
    return;

  sentence = polku_describe_item (journey, row->item);
  tree_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (row->expander));
  polku_accessible_name_list_item (row->expander, sentence,
                                   tree_row != NULL ? gtk_tree_list_row_get_depth (tree_row) + 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, polku_describe_name (row->item), -1);
}

static void
row_update (Row *row)
{
  g_autofree char *detail = NULL;

  if (row->item == NULL)
    return;

  detail = dup_item_detail (row->item);
  gtk_label_set_label (GTK_LABEL (row->name), polku_describe_name (row->item));
  gtk_label_set_label (GTK_LABEL (row->detail), detail);
  gtk_widget_set_visible (row->detail, detail[0] != '\0');
  gtk_widget_set_tooltip_text (row->expander, detail[0] != '\0' ? detail : NULL);
  row_describe (row);

  if (POLKU_IS_PHASE (row->item) || POLKU_IS_JOURNEY (row->item))
    gtk_widget_add_css_class (row->name, "heading");
  else
    gtk_widget_remove_css_class (row->name, "heading");
}

/* Renaming in the row */

static void
row_finish_rename (Row      *row,
                   gboolean  commit)
{
  PolkuOutline *self = row->outline;
  const char *text;
  GtkWidget *focus;

  if (!row->renaming)
    return;
  row->renaming = FALSE;

  text = gtk_editable_get_text (GTK_EDITABLE (row->entry));
  if (commit && row->item != NULL)
    {
      /* Translators: in the undo menu, "Undo Rename" */
      g_autoptr(PolkuCommand) command = polku_command_new_rename (row->item,
                                                                  polku_navigation_get_name_property (row->item),
                                                                  text, _("Rename"));

      if (command != NULL)
        g_signal_emit (self, signals[PUSH_COMMAND], 0, command);
    }

  /* Back to the list, unless the user already went elsewhere. */
  focus = gtk_root_get_focus (gtk_widget_get_root (row->entry));
  gtk_widget_set_visible (row->entry, FALSE);
  gtk_widget_set_visible (row->name, TRUE);
  if (focus != NULL && (focus == row->entry || gtk_widget_is_ancestor (focus, row->entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
row_start_rename (Row *row)
{
  g_autofree char *text = NULL;

  g_assert (row->item != NULL);

  g_object_get (row->item, polku_navigation_get_name_property (row->item), &text, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row->entry), text != NULL ? text : "");
  row->renaming = TRUE;
  gtk_widget_set_visible (row->name, FALSE);
  gtk_widget_set_visible (row->entry, TRUE);
  gtk_widget_grab_focus (row->entry);
  gtk_editable_select_region (GTK_EDITABLE (row->entry), 0, -1);
}

static void
on_entry_activate_cb (GtkEntry *entry,
                      Row      *row)
{
  row_finish_rename (row, TRUE);
}

static gboolean
on_entry_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         Row                   *row)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;

  row_finish_rename (row, FALSE);
  return GDK_EVENT_STOP;
}

static void
on_entry_focus_leave_cb (GtkEventControllerFocus *controller,
                         Row                     *row)
{
  row_finish_rename (row, TRUE);
}

/* Dragging rows */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    Row           *row)
{
  if (row->renaming || !(POLKU_IS_STEP (row->item) || POLKU_IS_TOUCHPOINT (row->item)))
    return NULL;

  return gdk_content_provider_new_typed (G_OBJECT_TYPE (row->item), row->item);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  Row           *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row->expander);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
row_clear_drop_classes (Row *row)
{
  gtk_widget_remove_css_class (row->expander, "polku-drop-before");
  gtk_widget_remove_css_class (row->expander, "polku-drop-after");
  gtk_widget_remove_css_class (row->expander, "polku-drop-into");
}

/* Where the dragged item would go if dropped at y on row. */
static gboolean
row_drop_slot (Row           *row,
               GtkDropTarget *target,
               double         y,
               GObject      **container,
               guint         *position,
               guint         *to_position,
               gboolean      *after)
{
  PolkuJourney *journey = polku_selection_get_journey (row->outline->selection);
  const GValue *value = gtk_drop_target_get_value (target);
  GObject *dragged;

  if (journey == NULL || value == NULL || row->item == NULL)
    return FALSE;

  dragged = g_value_get_object (value);
  *after = y >= gtk_widget_get_height (row->expander) / 2.0;
  return dragged != row->item &&
         polku_navigation_drop_on_item (journey, dragged, row->item, *after, container, position) &&
         polku_navigation_drop_target (journey, dragged, *container, *position, to_position);
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget *target,
                   double         x,
                   double         y,
                   Row           *row)
{
  GObject *container;
  guint position, to_position;
  gboolean after;

  row_clear_drop_classes (row);
  if (!row_drop_slot (row, target, y, &container, &position, &to_position, &after))
    return 0;

  if (container == row->item)
    gtk_widget_add_css_class (row->expander, "polku-drop-into");
  else
    gtk_widget_add_css_class (row->expander, after ? "polku-drop-after" : "polku-drop-before");
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave_cb (GtkDropTarget *target,
                  Row           *row)
{
  row_clear_drop_classes (row);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            Row           *row)
{
  PolkuOutline *self = row->outline;
  PolkuJourney *journey = polku_selection_get_journey (self->selection);
  GObject *dragged = g_value_get_object (value);
  GObject *container;
  guint position, to_position;
  gboolean after;
  PolkuLocation from;
  PolkuCommand *command;

  row_clear_drop_classes (row);
  if (!row_drop_slot (row, target, y, &container, &position, &to_position, &after) ||
      !polku_navigation_locate (journey, dragged, &from))
    return FALSE;

  if (POLKU_IS_TOUCHPOINT (dragged))
    {
      command = polku_command_new_move (G_OBJECT (from.step), from.touchpoint_position,
                                        container, to_position);
      /* Translators: in the undo menu, "Undo Move Touchpoint" */
      polku_command_set_label (command, _("Move Touchpoint"));
    }
  else
    {
      command = polku_command_new_move (G_OBJECT (from.phase), from.step_position,
                                        container, to_position);
      /* Translators: in the undo menu, "Undo Move Step" */
      polku_command_set_label (command, _("Move Step"));
    }
  g_signal_emit (self, signals[PUSH_COMMAND], 0, command);
  g_object_unref (command);

  polku_selection_set_item (self->selection, dragged);
  return TRUE;
}

/* The list's rows */

static void
on_item_notify_cb (Row *row)
{
  row_update (row);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     PolkuOutline             *self)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *box;
  GtkEventController *controller;
  GtkDragSource *source;
  GtkDropTarget *target;
  GType types[] = { POLKU_TYPE_TOUCHPOINT, POLKU_TYPE_STEP };

  row->outline = self;
  row->expander = gtk_tree_expander_new ();
  /* The row takes the keys, and shows its focus ring, not the expander in
   * it: a screen reader reads the row's sentence. */
  gtk_widget_set_focusable (row->expander, FALSE);
  g_object_set_data_full (G_OBJECT (row->expander), "polku-outline-row", row, g_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  row->name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (row->name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (row->name, TRUE);
  /* The entry shows, and is in the accessible tree, only while renaming. */
  row->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (row->entry, TRUE);
  gtk_widget_set_visible (row->entry, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  g_signal_connect (row->entry, "activate", G_CALLBACK (on_entry_activate_cb), row);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), row);
  gtk_widget_add_controller (row->entry, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_entry_focus_leave_cb), row);
  gtk_widget_add_controller (row->entry, controller);

  gtk_box_append (GTK_BOX (box), row->name);
  gtk_box_append (GTK_BOX (box), row->entry);

  row->detail = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (row->detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (row->detail, "caption");
  gtk_widget_add_css_class (row->detail, "dim-label");
  gtk_box_append (GTK_BOX (box), row->detail);

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (row->expander), box);
  gtk_list_item_set_child (list_item, row->expander);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), row);
  gtk_widget_add_controller (row->expander, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion_cb), row);
  g_signal_connect (target, "enter", G_CALLBACK (on_drop_motion_cb), row);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave_cb), row);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), row);
  gtk_widget_add_controller (row->expander, GTK_EVENT_CONTROLLER (target));
}

static Row *
list_item_get_row (GtkListItem *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  return g_object_get_data (G_OBJECT (expander), "polku-outline-row");
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    PolkuOutline             *self)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  Row *row = list_item_get_row (list_item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row->expander), tree_row);
  row->item = gtk_tree_list_row_get_item (tree_row);
  g_signal_connect_swapped (row->item, "notify", G_CALLBACK (on_item_notify_cb), row);
  g_hash_table_insert (self->rows, row->item, row);
  row_update (row);

  if (self->pending_rename == row->item)
    {
      g_clear_object (&self->pending_rename);
      row_start_rename (row);
    }
  else if (self->pending_focus == row->item)
    {
      g_clear_object (&self->pending_focus);
      gtk_widget_grab_focus (gtk_widget_get_parent (row->expander));
    }
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      PolkuOutline             *self)
{
  Row *row = list_item_get_row (list_item);

  if (row->item == NULL)
    return;

  row_finish_rename (row, TRUE);
  g_signal_handlers_disconnect_by_func (row->item, on_item_notify_cb, row);
  if (g_hash_table_lookup (self->rows, row->item) == row)
    g_hash_table_remove (self->rows, row->item);
  g_clear_object (&row->item);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row->expander), NULL);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  if (POLKU_IS_JOURNEY (item))
    return g_object_ref (polku_journey_get_phases (item));
  if (POLKU_IS_PHASE (item))
    return g_object_ref (polku_phase_get_steps (item));
  if (POLKU_IS_STEP (item))
    return g_object_ref (polku_step_get_touchpoints (item));
  return NULL;
}

/* Following the selection */

static GtkTreeListRow *
polku_outline_find_row (PolkuOutline *self,
                        GObject      *item)
{
  PolkuJourney *journey = polku_selection_get_journey (self->selection);
  g_autoptr(GtkTreeListRow) row = NULL;
  PolkuLocation location;

  if (journey == NULL || !polku_navigation_locate (journey, item, &location))
    return NULL;

  row = gtk_tree_list_model_get_row (self->tree, 0);
  if (row == NULL || location.phase == NULL)
    return g_steal_pointer (&row);

  /* Open the way down to it. */
  gtk_tree_list_row_set_expanded (row, TRUE);
  g_set_object (&row, gtk_tree_list_row_get_child_row (row, location.phase_position));
  if (row == NULL || location.step == NULL)
    return g_steal_pointer (&row);

  gtk_tree_list_row_set_expanded (row, TRUE);
  g_set_object (&row, gtk_tree_list_row_get_child_row (row, location.step_position));
  if (row == NULL || !POLKU_IS_TOUCHPOINT (item))
    return g_steal_pointer (&row);

  gtk_tree_list_row_set_expanded (row, TRUE);
  g_set_object (&row, gtk_tree_list_row_get_child_row (row, location.touchpoint_position));
  return g_steal_pointer (&row);
}

static gboolean
polku_outline_has_focus (PolkuOutline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
}

static void
polku_outline_follow_selection (PolkuOutline *self)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  GObject *item;
  guint position;

  g_assert (POLKU_IS_OUTLINE (self));

  /* Hidden (the pane closed, the map presented), the outline follows
   * once it is shown again, and takes no time from each change meanwhile. */
  if (self->selection == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  item = polku_selection_get_item (self->selection);
  row = polku_outline_find_row (self, item);
  if (row == NULL)
    return;

  position = gtk_tree_list_row_get_position (row);
  if (gtk_single_selection_get_selected (self->list_selection) == position)
    return;

  self->following = TRUE;
  gtk_single_selection_set_selected (self->list_selection, position);
  self->following = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  /* With the keys in the outline, the selected row has them, and a screen
   * reader reads it; a row not made yet takes them once it is. */
  if (polku_outline_has_focus (self))
    {
      Row *selected = g_hash_table_lookup (self->rows, item);

      if (selected != NULL)
        gtk_widget_grab_focus (gtk_widget_get_parent (selected->expander));
      else
        g_set_object (&self->pending_focus, item);
    }
}

static gboolean
follow_selection_idle_cb (gpointer user_data)
{
  PolkuOutline *self = user_data;

  self->follow_idle = 0;
  polku_outline_follow_selection (self);
  return G_SOURCE_REMOVE;
}

/* Rows move under the selection when items come, go or move: the list's
 * own selection follows the item once the tree has settled. */
static void
on_tree_items_changed_cb (PolkuOutline *self)
{
  if (self->follow_idle == 0)
    self->follow_idle = g_idle_add (follow_selection_idle_cb, self);
}

static void
on_list_selection_changed_cb (PolkuOutline *self)
{
  GtkTreeListRow *row;

  if (self->following || self->selection == NULL)
    return;

  row = gtk_single_selection_get_selected_item (self->list_selection);
  if (row == NULL)
    return;

  polku_selection_set_item (self->selection, gtk_tree_list_row_get_item (row));
}

/* Keys */

/* Tab leaves the outline in one step, not row by row: the list gives up
 * the focus for a moment, so that the window moves it on past the list. */
static void
polku_outline_leave (PolkuOutline     *self,
                     GtkDirectionType  direction)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), FALSE);
  if (root != NULL && !gtk_widget_child_focus (GTK_WIDGET (root), direction))
    gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), TRUE);
}

/* Shift+Left closes the selected row, Shift+Right opens it, as in GTK's
 * trees; the arrows alone move the selection as on the map. */
static gboolean
polku_outline_expand (PolkuOutline *self,
                      gboolean      expand)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->list_selection);

  if (row == NULL || !gtk_tree_list_row_is_expandable (row) ||
      gtk_tree_list_row_get_expanded (row) == expand)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }
  gtk_tree_list_row_set_expanded (row, expand);
  return TRUE;
}

/* The keys that move the selection, as the map's: the direction's name
 * for "win.select" and "win.move", or NULL. */
static const char *
key_direction (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return "left";
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return "right";
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return "up";
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return "down";
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return "home";
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return "end";
    default:
      return NULL;
    }
}

/* The keys come into the outline on the selected row, not on the row that
 * had them last: moved there once the focus has settled. */
static gboolean
focus_selected_idle_cb (gpointer user_data)
{
  PolkuOutline *self = user_data;
  GObject *item = self->selection != NULL ? polku_selection_get_item (self->selection) : NULL;
  Row *row = item != NULL ? g_hash_table_lookup (self->rows, item) : NULL;
  GtkWidget *list_item = row != NULL ? gtk_widget_get_parent (row->expander) : NULL;

  self->focus_idle = 0;
  if (list_item != NULL && !row->renaming && polku_outline_has_focus (self) &&
      gtk_widget_get_focus_child (GTK_WIDGET (self->list_view)) != list_item)
    gtk_widget_grab_focus (list_item);
  return G_SOURCE_REMOVE;
}

static void
on_focus_enter_cb (PolkuOutline *self)
{
  if (self->focus_idle == 0)
    self->focus_idle = g_idle_add (focus_selected_idle_cb, self);
}

static gboolean
on_key_pressed_cb (PolkuOutline          *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  const char *direction;

  if (polku_outline_is_renaming (self) || self->selection == NULL)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if ((modifiers & ~GDK_SHIFT_MASK) != 0)
        return GDK_EVENT_PROPAGATE;
      polku_outline_leave (self, (modifiers & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab
                                 ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return GDK_EVENT_STOP;

    default:
      break;
    }

  /* Before the list's own keys, which step row by row: one keyboard model
   * for the outline and the map. */
  direction = key_direction (keyval);
  if (direction == NULL)
    return GDK_EVENT_PROPAGATE;
  if (modifiers == GDK_SHIFT_MASK && (g_str_equal (direction, "left") || g_str_equal (direction, "right")))
    return polku_outline_expand (self, g_str_equal (direction, "right"));
  if (modifiers == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select", "s", direction);
  else if (modifiers == GDK_ALT_MASK)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.move", "s", direction);
  else
    return GDK_EVENT_PROPAGATE;
  return GDK_EVENT_STOP;
}

static void
on_list_view_activate_cb (PolkuOutline *self,
                          guint         position)
{
  polku_outline_start_rename (self);
}

static gboolean
describe_rows_idle_cb (gpointer user_data)
{
  PolkuOutline *self = user_data;
  GHashTableIter iter;
  Row *row;

  self->describe_idle = 0;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    row_describe (row);
  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed_cb (PolkuOutline *self)
{
  if (self->describe_idle == 0)
    self->describe_idle = g_idle_add (describe_rows_idle_cb, self);
}

static void
on_selection_journey_changed_cb (PolkuOutline *self)
{
  PolkuJourney *journey = self->selection != NULL ? polku_selection_get_journey (self->selection) : NULL;

  g_clear_object (&self->pending_rename);
  g_clear_object (&self->pending_focus);
  g_clear_object (&self->monitor);
  if (journey != NULL)
    {
      self->monitor = polku_journey_monitor_new (journey);
      g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  if (journey != NULL)
    g_list_store_splice (self->roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roots)),
                         (gpointer *) &journey, 1);
  else
    g_list_store_remove_all (self->roots);
  polku_outline_follow_selection (self);
}

static void
polku_outline_dispose (GObject *object)
{
  PolkuOutline *self = POLKU_OUTLINE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->follow_idle, g_source_remove);
  g_clear_handle_id (&self->describe_idle, g_source_remove);
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  g_clear_object (&self->monitor);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  if (self->list_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->list_selection, self);
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (self->tree, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_OUTLINE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->list_selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_object (&self->pending_rename);
  g_clear_object (&self->pending_focus);

  G_OBJECT_CLASS (polku_outline_parent_class)->dispose (object);
}

static void
polku_outline_finalize (GObject *object)
{
  PolkuOutline *self = POLKU_OUTLINE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (polku_outline_parent_class)->finalize (object);
}

static void
polku_outline_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuOutline *self = POLKU_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_outline_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuOutline *self = POLKU_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      polku_outline_set_selection (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_outline_class_init (PolkuOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_outline_dispose;
  object_class->finalize = polku_outline_finalize;
  object_class->get_property = polku_outline_get_property;
  object_class->set_property = polku_outline_set_property;

  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         POLKU_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PUSH_COMMAND] =
    g_signal_new ("push-command", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, POLKU_TYPE_COMMAND);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuOutline, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "polkuoutline");
}

static void
polku_outline_init (PolkuOutline *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (NULL, NULL);
  self->roots = g_list_store_new (POLKU_TYPE_JOURNEY);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)), FALSE, TRUE,
                                        create_children_cb, NULL, NULL);
  self->list_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->list_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->list_selection, TRUE);
  g_signal_connect_swapped (self->list_selection, "notify::selected",
                            G_CALLBACK (on_list_selection_changed_cb), self);
  g_signal_connect_swapped (self->tree, "items-changed",
                            G_CALLBACK (on_tree_items_changed_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (polku_outline_follow_selection), NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->list_selection));

  /* Before the list's own keys, which step row by row. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);
}

GtkWidget *
polku_outline_new (void)
{
  return g_object_new (POLKU_TYPE_OUTLINE, NULL);
}

PolkuSelection *
polku_outline_get_selection (PolkuOutline *self)
{
  g_return_val_if_fail (POLKU_IS_OUTLINE (self), NULL);

  return self->selection;
}

void
polku_outline_set_selection (PolkuOutline   *self,
                             PolkuSelection *selection)
{
  g_return_if_fail (POLKU_IS_OUTLINE (self));
  g_return_if_fail (selection == NULL || POLKU_IS_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_object (selection, "notify::journey",
                               G_CALLBACK (on_selection_journey_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "notify::item",
                               G_CALLBACK (polku_outline_follow_selection), self, G_CONNECT_SWAPPED);
    }
  on_selection_journey_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

/* The row of the selection, scrolled to: NULL until it is made, when the
 * selected item is set in *item for the row to be made for. */
static Row *
polku_outline_show_selection (PolkuOutline  *self,
                              GObject      **item)
{
  *item = self->selection != NULL ? polku_selection_get_item (self->selection) : NULL;
  if (*item == NULL)
    return NULL;

  polku_outline_follow_selection (self);
  return g_hash_table_lookup (self->rows, *item);
}

void
polku_outline_start_rename (PolkuOutline *self)
{
  GObject *item;
  Row *row;

  g_return_if_fail (POLKU_IS_OUTLINE (self));

  row = polku_outline_show_selection (self, &item);
  if (row != NULL)
    row_start_rename (row);
  else if (item != NULL)
    g_set_object (&self->pending_rename, item);  /* once scrolled to */
}

void
polku_outline_focus_selection (PolkuOutline *self)
{
  GObject *item;
  Row *row;

  g_return_if_fail (POLKU_IS_OUTLINE (self));

  row = polku_outline_show_selection (self, &item);
  if (row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (row->expander));
  else if (item != NULL)
    {
      /* Once scrolled to; meanwhile the list has the keys. */
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      g_set_object (&self->pending_focus, item);
    }
}

gboolean
polku_outline_is_renaming (PolkuOutline *self)
{
  GHashTableIter iter;
  Row *row;

  g_return_val_if_fail (POLKU_IS_OUTLINE (self), FALSE);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    if (row->renaming)
      return TRUE;
  return FALSE;
}

char *
_polku_outline_dup_row_text (PolkuOutline *self,
                             GObject      *item)
{
  Row *row;

  g_return_val_if_fail (POLKU_IS_OUTLINE (self), NULL);

  row = g_hash_table_lookup (self->rows, item);
  if (row == NULL)
    return NULL;

  return g_strdup (gtk_label_get_label (GTK_LABEL (row->name)));
}

GtkWidget *
_polku_outline_get_row_widget (PolkuOutline *self,
                               GObject      *item)
{
  Row *row;

  g_return_val_if_fail (POLKU_IS_OUTLINE (self), NULL);

  row = g_hash_table_lookup (self->rows, item);
  return row != NULL ? row->expander : NULL;
}

GtkEditable *
_polku_outline_get_rename_entry (PolkuOutline *self)
{
  GHashTableIter iter;
  Row *row;

  g_return_val_if_fail (POLKU_IS_OUTLINE (self), NULL);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    if (row->renaming)
      return GTK_EDITABLE (row->entry);
  return NULL;
}
