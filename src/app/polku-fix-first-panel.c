/* polku-fix-first-panel.c: the touchpoints to fix first, ranked, as scores
 * change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-accessible.h"
#include "polku-fix-first-panel.h"

struct _PolkuFixFirstPanel
{
  GtkWidget            parent_instance;

  GtkWidget           *stack;
  GtkListView         *list_view;
  /* The touchpoints to fix first, in rank order, while the list shows;
   * their steps, for the rows' second line. */
  GListStore          *ranked;
  GHashTable          *steps;
  guint                n_items;
  PolkuJourney        *journey;
  PolkuJourneyMonitor *monitor;
  guint                update_idle;
};

G_DEFINE_FINAL_TYPE (PolkuFixFirstPanel, polku_fix_first_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOUCHPOINT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where the touchpoint stands and how far below its target it is, as the
 * row's second line says. */
static char *
dup_row_detail (PolkuStep       *step,
                PolkuTouchpoint *touchpoint)
{
  g_autofree char *score = polku_describe_score (polku_touchpoint_get_score (touchpoint));
  g_autofree char *figures = NULL;

  if (polku_touchpoint_has_target (touchpoint))
    {
      g_autofree char *target = polku_describe_score (polku_touchpoint_get_target (touchpoint));

      /* Translators: a touchpoint's score and target on the fix-first list */
      figures = g_strdup_printf (_("score %s, target %s"), score, target);
    }
  else
    /* Translators: a touchpoint's score on the fix-first list, when it has no target */
    figures = g_strdup_printf (_("score %s, below the midpoint"), score);

  /* Translators: the second line of a row of the fix-first list: the step,
   * the touchpoint's two tags and its figures, such as
   * "Booking · Critical, Prerequisite · score 2, target 4" */
  return g_strdup_printf (_("%s · %s, %s · %s"),
                          polku_describe_name (G_OBJECT (step)),
                          polku_criticality_get_label (polku_touchpoint_get_criticality (touchpoint)),
                          polku_role_get_label (polku_touchpoint_get_role (touchpoint)),
                          figures);
}

/* The rows: made only for those on screen, as the list view shows them. */

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    PolkuFixFirstPanel       *self)
{
  PolkuTouchpoint *touchpoint = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *title = NULL;
  g_autofree char *detail = dup_row_detail (g_hash_table_lookup (self->steps, touchpoint), touchpoint);
  g_autofree char *name = NULL;

  /* Translators: a row of the fix-first list: its rank and the touchpoint's name */
  title = g_strdup_printf (_("%u. %s"), gtk_list_item_get_position (list_item) + 1,
                           polku_describe_name (G_OBJECT (touchpoint)));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), title);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), detail);
  /* Translators: what a screen reader reads for a row of the fix-first
   * list: its first line, then its second */
  name = g_strdup_printf (_("%s, %s"), title, detail);
  polku_accessible_name_list_item (box, name, 0);
}

static void
note_step (PolkuStep       *step,
           PolkuTouchpoint *touchpoint,
           gpointer         steps)
{
  g_hash_table_insert (steps, touchpoint, step);
}

/* The ranking, counted always, listed while the list shows: with a
 * thousand touchpoints counting takes a fifth of a millisecond, where
 * making a row for each of hundreds would take a few tenths of a second. */
static void
polku_fix_first_panel_update (PolkuFixFirstPanel *self)
{
  g_autoptr(GPtrArray) ranked = NULL;
  guint old_n = self->n_items;

  g_assert (POLKU_IS_FIX_FIRST_PANEL (self));

  ranked = self->journey != NULL ? polku_metrics_fix_first (self->journey) : g_ptr_array_new ();
  self->n_items = ranked->len;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_hash_table_remove_all (self->steps);
      if (self->journey != NULL)
        polku_foreach_touchpoint (G_OBJECT (self->journey), note_step, self->steps);
      g_list_store_splice (self->ranked, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ranked)),
                           ranked->pdata, ranked->len);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), ranked->len > 0 ? "list" : "empty");
    }

  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  PolkuFixFirstPanel *self = user_data;

  self->update_idle = 0;
  polku_fix_first_panel_update (self);
  return G_SOURCE_REMOVE;
}

/* A keystroke changes one thing; the list follows once it is drawn. */
static void
on_monitor_changed_cb (PolkuFixFirstPanel *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add_full (G_PRIORITY_LOW, update_idle_cb, self, NULL);
}

static void
on_list_view_activate_cb (PolkuFixFirstPanel *self,
                          guint               position)
{
  g_autoptr(PolkuTouchpoint) touchpoint = g_list_model_get_item (G_LIST_MODEL (self->ranked), position);

  if (touchpoint != NULL)
    g_signal_emit (self, signals[TOUCHPOINT_ACTIVATED], 0, touchpoint);
}

static void
polku_fix_first_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (polku_fix_first_panel_parent_class)->map (widget);

  /* The rows are listed as the list comes to show. */
  polku_fix_first_panel_update (POLKU_FIX_FIRST_PANEL (widget));
}

static void
polku_fix_first_panel_dispose (GObject *object)
{
  PolkuFixFirstPanel *self = POLKU_FIX_FIRST_PANEL (object);
  GtkWidget *child;

  g_clear_handle_id (&self->update_idle, g_source_remove);
  g_clear_object (&self->monitor);
  g_clear_object (&self->journey);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->ranked);
  g_clear_pointer (&self->steps, g_hash_table_unref);

  G_OBJECT_CLASS (polku_fix_first_panel_parent_class)->dispose (object);
}

static void
polku_fix_first_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuFixFirstPanel *self = POLKU_FIX_FIRST_PANEL (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, polku_fix_first_panel_get_n_items (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_fix_first_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuFixFirstPanel *self = POLKU_FIX_FIRST_PANEL (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      polku_fix_first_panel_set_journey (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_fix_first_panel_class_init (PolkuFixFirstPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_fix_first_panel_dispose;
  object_class->get_property = polku_fix_first_panel_get_property;
  object_class->set_property = polku_fix_first_panel_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         POLKU_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOUCHPOINT_ACTIVATED] =
    g_signal_new ("touchpoint-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, POLKU_TYPE_TOUCHPOINT);

  widget_class->map = polku_fix_first_panel_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "polkufixfirstpanel");
}

static void
polku_fix_first_panel_init (PolkuFixFirstPanel *self)
{
  GtkWidget *box, *heading, *description, *scrolled, *empty;
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 320, -1);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  /* Translators: the heading of the list of touchpoints to fix first */
  heading = gtk_label_new (_("Fix First"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  description = gtk_label_new (_("Critical or prerequisite touchpoints below their target, critical "
                                 "prerequisites first, then the largest gap"));
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_box_append (GTK_BOX (box), description);

  self->ranked = g_list_store_new (POLKU_TYPE_TOUCHPOINT);
  self->steps = g_hash_table_new (NULL, NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->ranked)));
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Fix First"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_list_view_activate_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));

  /* Translators: the fix-first list when nothing is on it */
  empty = gtk_label_new (_("Nothing to fix first: no critical or prerequisite touchpoint is below its target"));
  gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 40);
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);

  self->stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  gtk_box_append (GTK_BOX (box), self->stack);
}

GtkWidget *
polku_fix_first_panel_new (void)
{
  return g_object_new (POLKU_TYPE_FIX_FIRST_PANEL, NULL);
}

PolkuJourney *
polku_fix_first_panel_get_journey (PolkuFixFirstPanel *self)
{
  g_return_val_if_fail (POLKU_IS_FIX_FIRST_PANEL (self), NULL);

  return self->journey;
}

void
polku_fix_first_panel_set_journey (PolkuFixFirstPanel *self,
                                   PolkuJourney       *journey)
{
  g_return_if_fail (POLKU_IS_FIX_FIRST_PANEL (self));
  g_return_if_fail (journey == NULL || POLKU_IS_JOURNEY (journey));

  if (!g_set_object (&self->journey, journey))
    return;

  g_clear_object (&self->monitor);
  if (journey != NULL)
    {
      self->monitor = polku_journey_monitor_new (journey);
      g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_clear_handle_id (&self->update_idle, g_source_remove);
  polku_fix_first_panel_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
}

guint
polku_fix_first_panel_get_n_items (PolkuFixFirstPanel *self)
{
  g_return_val_if_fail (POLKU_IS_FIX_FIRST_PANEL (self), 0);

  return self->n_items;
}

GtkListView *
_polku_fix_first_panel_get_list_view (PolkuFixFirstPanel *self)
{
  g_return_val_if_fail (POLKU_IS_FIX_FIRST_PANEL (self), NULL);

  return self->list_view;
}
