/* polku-find-bar.c: finding steps and touchpoints on a large map by their text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+F opens a bar over the map's top right corner. What is typed there
 * is looked for, whatever its case, in every text of the journey's steps
 * and touchpoints; the first match at or after the selection is selected,
 * which scrolls the map to it, and the bar says which of how many it is.
 * Enter and Ctrl+G go to the next match, with Shift to the one before;
 * Escape closes the bar and leaves the keys on the map. The matches are
 * found again when the journey changes.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-core.h"
#include "polku-find-bar.h"

struct _PolkuFindBar
{
  GtkWidget          parent_instance;

  PolkuSelection    *selection;
  PolkuJourneyMonitor *monitor;
  GtkWidget         *box;
  GtkWidget         *entry;
  GtkWidget         *count_label;
  GtkWidget         *previous_button;
  GtkWidget         *next_button;

  GPtrArray         *matches;       /* GObject, in the map's order; NULL while out of date */
  GtkWidget         *return_focus;  /* what had the keys before the bar, a weak pointer */
  int                current;       /* in matches; -1 for none */
};

G_DEFINE_FINAL_TYPE (PolkuFindBar, polku_find_bar, GTK_TYPE_WIDGET)

/* The matches for what the entry says, found again when out of date. */
static GPtrArray *
get_matches (PolkuFindBar *self)
{
  PolkuJourney *journey = polku_selection_get_journey (self->selection);

  if (self->matches == NULL)
    {
      if (journey != NULL)
        self->matches = polku_find_items (journey, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
      else
        self->matches = g_ptr_array_new ();
    }
  return self->matches;
}

static void
polku_find_bar_update_label (PolkuFindBar *self)
{
  GPtrArray *matches = get_matches (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *label = NULL;

  if (text[0] == '\0')
    label = g_strdup ("");
  else if (matches->len == 0)
    /* Translators: in the find bar over the map, when no step or touchpoint matches */
    label = g_strdup (_("Not found"));
  else if (self->current < 0)
    /* Translators: in the find bar over the map: how many steps and touchpoints match */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", matches->len),
                             matches->len);
  else
    /* Translators: in the find bar over the map: "3 of 12", the match selected of all the matches */
    label = g_strdup_printf (_("%d of %u"), self->current + 1, matches->len);

  gtk_label_set_label (GTK_LABEL (self->count_label), label);
  gtk_widget_set_sensitive (self->previous_button, matches->len > 0);
  gtk_widget_set_sensitive (self->next_button, matches->len > 0);
  if (text[0] != '\0' && matches->len == 0)
    gtk_widget_add_css_class (self->entry, "error");
  else
    gtk_widget_remove_css_class (self->entry, "error");
}

/* Where the selection is among the matches; else the match after it on
 * the map, counted as "before it" (so that the next is that match). */
static int
find_selection (PolkuFindBar *self,
                gboolean     *exact)
{
  GPtrArray *matches = get_matches (self);
  GObject *item = polku_selection_get_item (self->selection);
  PolkuJourney *journey = polku_selection_get_journey (self->selection);
  guint index;

  *exact = FALSE;
  if (item == NULL || matches->len == 0)
    return -1;
  if (g_ptr_array_find (matches, item, &index))
    {
      *exact = TRUE;
      return index;
    }
  /* The first match that comes after the selection in the map's order. */
  if (journey != NULL)
    {
      PolkuLocation selected;

      if (polku_navigation_locate (journey, item, &selected) && selected.phase != NULL)
        for (guint i = 0; i < matches->len; i++)
          {
            PolkuLocation match;

            polku_navigation_locate (journey, g_ptr_array_index (matches, i), &match);
            if (match.phase_position > selected.phase_position ||
                (match.phase_position == selected.phase_position && match.step_position > selected.step_position) ||
                (match.phase_position == selected.phase_position && match.step_position == selected.step_position &&
                 POLKU_IS_TOUCHPOINT (g_ptr_array_index (matches, i)) &&
                 (POLKU_IS_STEP (item) || match.touchpoint_position > selected.touchpoint_position)))
              return (int) i - 1;
          }
    }
  return -1;
}

static void
select_match (PolkuFindBar *self,
              int           index)
{
  GPtrArray *matches = get_matches (self);

  self->current = index;
  if (index >= 0 && (guint) index < matches->len)
    polku_selection_set_item (self->selection, g_ptr_array_index (matches, index));
  polku_find_bar_update_label (self);
}

gboolean
polku_find_bar_next (PolkuFindBar *self,
                     int           direction)
{
  GPtrArray *matches;
  gboolean exact;
  int index;

  g_return_val_if_fail (POLKU_IS_FIND_BAR (self), FALSE);

  matches = get_matches (self);
  if (matches->len == 0)
    {
      polku_find_bar_update_label (self);
      return FALSE;
    }
  index = find_selection (self, &exact);
  if (direction > 0)
    index = (index + 1) % (int) matches->len;
  else if (exact || index >= 0)
    index = (index - (exact ? 1 : 0) + matches->len) % matches->len;
  else
    index = matches->len - 1;
  select_match (self, index);
  return TRUE;
}

static void
on_search_changed_cb (PolkuFindBar *self)
{
  GPtrArray *matches;
  gboolean exact;
  int index;

  g_clear_pointer (&self->matches, g_ptr_array_unref);
  matches = get_matches (self);
  self->current = -1;
  if (matches->len == 0)
    {
      polku_find_bar_update_label (self);
      return;
    }
  /* The selection, when it matches; else the first match after it. */
  index = find_selection (self, &exact);
  select_match (self, exact ? index : (index + 1) % (int) matches->len);
}

static void
on_activate_cb (PolkuFindBar *self)
{
  polku_find_bar_next (self, 1);
}

static gboolean
on_shift_enter_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  polku_find_bar_next (POLKU_FIND_BAR (user_data), -1);
  return TRUE;
}

static void
on_previous_clicked_cb (PolkuFindBar *self)
{
  polku_find_bar_next (self, -1);
}

static void
on_next_clicked_cb (PolkuFindBar *self)
{
  polku_find_bar_next (self, 1);
}

static void
on_stop_search_cb (PolkuFindBar *self)
{
  polku_find_bar_close (self);
}

/* The journey changed: what matches may have too. */
static void
on_journey_changed_cb (PolkuFindBar *self)
{
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  self->current = -1;
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      gboolean exact;
      int index = find_selection (self, &exact);

      self->current = exact ? index : -1;
      polku_find_bar_update_label (self);
    }
}

static void
on_selection_journey_changed_cb (PolkuFindBar *self)
{
  PolkuJourney *journey = polku_selection_get_journey (self->selection);

  g_clear_object (&self->monitor);
  if (journey != NULL)
    {
      self->monitor = polku_journey_monitor_new (journey);
      g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_journey_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  on_journey_changed_cb (self);
}

void
polku_find_bar_open (PolkuFindBar *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (POLKU_IS_FIND_BAR (self));

  /* The keys go back there when the bar closes. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    g_set_weak_pointer (&self->return_focus, focus);

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

void
polku_find_bar_close (PolkuFindBar *self)
{
  g_return_if_fail (POLKU_IS_FIND_BAR (self));

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  /* The keys go back where they were: on the map, on what was found. */
  if (self->return_focus != NULL && gtk_widget_get_mapped (self->return_focus))
    gtk_widget_grab_focus (self->return_focus);
  g_clear_weak_pointer (&self->return_focus);
}

guint
polku_find_bar_get_n_matches (PolkuFindBar *self)
{
  g_return_val_if_fail (POLKU_IS_FIND_BAR (self), 0);

  return get_matches (self)->len;
}

int
polku_find_bar_get_current (PolkuFindBar *self)
{
  g_return_val_if_fail (POLKU_IS_FIND_BAR (self), -1);

  return self->current;
}

GtkEditable *
polku_find_bar_get_entry (PolkuFindBar *self)
{
  g_return_val_if_fail (POLKU_IS_FIND_BAR (self), NULL);

  return GTK_EDITABLE (self->entry);
}

static GtkWidget *
add_button (PolkuFindBar *self,
            const char   *icon_name,
            const char   *tooltip,
            GCallback     callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  g_signal_connect_swapped (button, "clicked", callback, self);
  gtk_box_append (GTK_BOX (self->box), button);
  return button;
}

static void
polku_find_bar_dispose (GObject *object)
{
  PolkuFindBar *self = POLKU_FIND_BAR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_weak_pointer (&self->return_focus);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_object (&self->monitor);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (polku_find_bar_parent_class)->dispose (object);
}

static void
polku_find_bar_class_init (PolkuFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_find_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "polkufindbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEARCH);
}

static void
polku_find_bar_init (PolkuFindBar *self)
{
  GtkEventController *controller;
  GtkShortcutTrigger *trigger;

  self->current = -1;
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (self->box, "toolbar");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->entry = gtk_search_entry_new ();
  gtk_widget_set_size_request (self->entry, 240, -1);
  /* Translators: the placeholder of the find bar over the map */
  g_object_set (self->entry, "placeholder-text", _("Find steps and touchpoints"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find on the map"), -1);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_activate_cb), self);
  g_signal_connect_swapped (self->entry, "next-match", G_CALLBACK (on_next_clicked_cb), self);
  g_signal_connect_swapped (self->entry, "previous-match", G_CALLBACK (on_previous_clicked_cb), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (on_stop_search_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->entry);

  self->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count_label, "dim-label");
  gtk_widget_add_css_class (self->count_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (self->count_label), 8);
  gtk_box_append (GTK_BOX (self->box), self->count_label);

  self->previous_button = add_button (self, "go-up-symbolic", _("Previous Match"),
                                      G_CALLBACK (on_previous_clicked_cb));
  self->next_button = add_button (self, "go-down-symbolic", _("Next Match"),
                                  G_CALLBACK (on_next_clicked_cb));
  add_button (self, "window-close-symbolic", _("Close"), G_CALLBACK (on_stop_search_cb));

  /* Shift+Enter goes back, as Ctrl+Shift+G does. */
  controller = gtk_shortcut_controller_new ();
  trigger = gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, gtk_callback_action_new (on_shift_enter_cb,
                                                                                            self, NULL)));
  gtk_widget_add_controller (self->entry, controller);
}

GtkWidget *
polku_find_bar_new (PolkuSelection *selection)
{
  PolkuFindBar *self;

  g_return_val_if_fail (POLKU_IS_SELECTION (selection), NULL);

  self = g_object_new (POLKU_TYPE_FIND_BAR, NULL);
  self->selection = g_object_ref (selection);
  g_signal_connect_object (selection, "notify::journey", G_CALLBACK (on_selection_journey_changed_cb),
                           self, G_CONNECT_SWAPPED);
  on_selection_journey_changed_cb (self);
  return GTK_WIDGET (self);
}
