/* polku-window-present.c: presenting the map to a room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * F5 shows the map on the whole screen for a workshop: no panes, no header
 * bar, the legend in a corner, the columns wrapped into rows as wide as the
 * screen and the type large enough for the back row: its smallest text is
 * a sixtieth of the screen's height or more. One step is lit at a time, or
 * one phase, the rest dimmed; the arrow keys, Page Up and Page Down, Space
 * and a presenter's clicker (which sends those keys) page through them,
 * Home and End go to the first and the last. The first touchpoint of the
 * page lit is selected, Tab and the up and down arrows go through the
 * others, and the keys that score and tag work as on the canvas, so that
 * the team scores on the wall; every change is an edit like any other,
 * undone and saved as usual. Escape, or F5 again, puts the window back as
 * it was.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-window-private.h"

/* The smallest text a presentation shows is at least this part of the
 * screen's height: read from the back of a room of a few tens. */
#define PRESENTED_TEXT_FRACTION (1.0 / 60.0)

static PolkuSlideUnit
get_unit (PolkuWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "present-by");
  PolkuSlideUnit unit = POLKU_SLIDE_BY_STEP;

  polku_slide_unit_from_string (name, &unit);
  return unit;
}

/* The page lit: the step or the phase of the selection. */
static GObject *
get_page (PolkuWindow *self)
{
  PolkuJourney *journey = _polku_window_get_journey (self);

  if (journey == NULL)
    return NULL;
  return polku_slides_page_of (journey, get_unit (self), polku_selection_get_item (self->selection));
}

/* The zoom at which the smallest text is large enough for the room, or
 * larger when the whole map fits larger. */
static double
get_presented_zoom (PolkuWindow *self)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (self->map_view);
  int height = gtk_widget_get_height (GTK_WIDGET (self->map_view));
  double smallest;

  if (layout == NULL || height <= 0)
    return polku_map_view_get_zoom (self->map_view);
  smallest = polku_map_layout_get_smallest_text_size (layout);
  return CLAMP (height * PRESENTED_TEXT_FRACTION / smallest, POLKU_MAP_VIEW_FIT_ZOOM_MIN,
                POLKU_MAP_VIEW_ZOOM_MAX);
}

/* Where the page lit is on the map: its column, or the first part of its
 * phase; the rest of the page below that, when it wraps. */
static gboolean
get_page_rect (PolkuWindow *self,
               GObject     *page,
               PolkuRect   *rect)
{
  PolkuMapLayout *layout = polku_map_view_get_layout (self->map_view);
  g_autoptr(GArray) rects = NULL;

  if (layout == NULL)
    return FALSE;
  rects = polku_map_overlay_dup_spotlight (layout, page);
  if (rects->len == 0)
    return FALSE;
  *rect = g_array_index (rects, PolkuRect, 0);
  for (guint i = 1; i < rects->len; i++)
    polku_rect_union (rect, &g_array_index (rects, PolkuRect, i), rect);
  return TRUE;
}

static void
polku_window_present_update_bar (PolkuWindow *self,
                                 GObject     *page)
{
  PolkuJourney *journey = _polku_window_get_journey (self);
  g_autofree char *label = NULL;
  guint position = 0;
  guint count;

  if (!self->presenting || journey == NULL)
    return;

  count = polku_slides_count (journey, get_unit (self));
  if (page != NULL && polku_slides_position (journey, get_unit (self), page, &position))
    {
      if (get_unit (self) == POLKU_SLIDE_BY_PHASE)
        /* Translators: in a presentation of the map: "Phase 2 of 3: Purchase" */
        label = g_strdup_printf (_("Phase %u of %u: %s"), position + 1, count,
                                 polku_phase_get_display_label (POLKU_PHASE (page)));
      else
        /* Translators: in a presentation of the map: "Step 3 of 16: Booking a time" */
        label = g_strdup_printf (_("Step %u of %u: %s"), position + 1, count,
                                 polku_step_get_name (POLKU_STEP (page)));
    }
  else
    label = g_strdup (_("No steps to present"));
  gtk_label_set_label (self->present_label, label);
}

/* Lights the page, the selection's, and shows it. */
static void
polku_window_present_show_page (PolkuWindow *self,
                                GObject     *page)
{
  PolkuRect rect;

  if (!self->presenting)
    return;

  polku_map_view_set_spotlight (self->map_view, page);
  if (get_page_rect (self, page, &rect))
    polku_map_view_scroll_to_rect (self->map_view, &rect);
  polku_window_present_update_bar (self, page);
}

/* How much of the screen's foot the bar takes, its margin included. */
static int
get_bar_height (PolkuWindow *self)
{
  int height = 0;

  gtk_widget_measure (self->present_bar, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  return height + gtk_widget_get_margin_bottom (self->present_bar);
}

static void
go_to_page (PolkuWindow *self,
            GObject     *page)
{
  if (page == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  /* The page is shown here, not again as the selection changes. */
  self->present_turning = TRUE;
  polku_selection_set_item (self->selection, polku_slides_first_item (page));
  self->present_turning = FALSE;
  polku_window_present_show_page (self, page);
}

/* The page delta pages on; by whole pages, and first down the page lit
 * while more of it is below the screen (or, going back, above). */
static void
polku_window_present_turn (PolkuWindow *self,
                           int          delta,
                           gboolean     whole)
{
  PolkuJourney *journey = _polku_window_get_journey (self);
  PolkuSlideUnit unit = get_unit (self);
  GObject *page = get_page (self);
  PolkuRect rect, visible;
  guint position = 0;

  if (journey == NULL)
    return;

  if (!whole && get_page_rect (self, page, &rect))
    {
      double inset = 0;

      polku_map_view_get_visible_rect (self->map_view, &visible);
      /* What the bar and the legend cover is not in sight. */
      visible.height -= polku_map_view_get_bottom_cover (self->map_view) / polku_map_view_get_zoom (self->map_view);
      polku_map_overlay_get_insets (polku_map_view_get_layout (self->map_view), NULL, &inset);
      if (delta > 0 && rect.y + rect.height > visible.y + visible.height + 1)
        {
          double step = MIN (rect.y + rect.height - (visible.y + visible.height), (visible.height - inset) * 0.9);

          polku_map_view_pan (self->map_view, 0, step * polku_map_view_get_zoom (self->map_view));
          return;
        }
      if (delta < 0 && rect.y < visible.y - 1)
        {
          double step = MIN (visible.y - rect.y, (visible.height - inset) * 0.9);

          polku_map_view_pan (self->map_view, 0, -step * polku_map_view_get_zoom (self->map_view));
          return;
        }
    }

  if (page == NULL || !polku_slides_position (journey, unit, page, &position))
    go_to_page (self, polku_slides_get (journey, unit, 0));
  else if ((int) position + delta < 0)
    go_to_page (self, NULL);
  else
    go_to_page (self, polku_slides_get (journey, unit, position + delta));
}

static void
polku_window_present_select_touchpoint (PolkuWindow *self,
                                        int          delta)
{
  GObject *next = polku_slides_next_touchpoint (get_page (self), polku_selection_get_item (self->selection),
                                                delta);

  if (next == NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  else
    polku_selection_set_item (self->selection, next);
}

/* Keys are the presentation's before they are the canvas's; those it
 * leaves, the scoring and tagging ones among them, go on to the canvas. */
static gboolean
on_present_key_pressed_cb (PolkuWindow           *self,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           GtkEventControllerKey *controller)
{
  PolkuJourney *journey = _polku_window_get_journey (self);
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!self->presenting || journey == NULL || (modifiers & ~GDK_SHIFT_MASK) != 0)
    return GDK_EVENT_PROPAGATE;
  /* A name being typed in has the keys. */
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
    case GDK_KEY_F5:
      _polku_window_present_set_presenting (self, FALSE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      polku_window_present_turn (self, 1, TRUE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      polku_window_present_turn (self, -1, TRUE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
      polku_window_present_turn (self, modifiers == GDK_SHIFT_MASK && keyval == GDK_KEY_space ? -1 : 1, FALSE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
      polku_window_present_turn (self, -1, FALSE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      go_to_page (self, polku_slides_get (journey, get_unit (self), 0));
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      go_to_page (self, polku_slides_get (journey, get_unit (self),
                                          MAX (polku_slides_count (journey, get_unit (self)), 1) - 1));
      return GDK_EVENT_STOP;

    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      polku_window_present_select_touchpoint (self, keyval == GDK_KEY_Tab && modifiers == 0 ? 1 : -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      polku_window_present_select_touchpoint (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      polku_window_present_select_touchpoint (self, -1);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* The screen's size came: the type grows to it. */
static void
on_map_page_size_changed_cb (PolkuWindow *self)
{
  double zoom;

  if (!self->presenting)
    return;
  zoom = get_presented_zoom (self);
  if (zoom != polku_map_view_get_zoom (self->map_view))
    {
      polku_map_view_set_zoom (self->map_view, zoom);
      polku_window_present_show_page (self, get_page (self));
    }
}

static void
on_selection_changed_cb (PolkuWindow *self)
{
  GObject *page;

  if (!self->presenting || self->present_turning)
    return;
  /* A card clicked on another page lights that page. */
  page = get_page (self);
  if (polku_map_view_get_spotlight (self->map_view) != page)
    polku_window_present_show_page (self, page);
  else
    polku_window_present_update_bar (self, page);
}

static void
on_unit_changed_cb (PolkuWindow *self)
{
  if (self->presenting)
    go_to_page (self, get_page (self));
}

gboolean
_polku_window_present_get_presenting (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), FALSE);

  return self->presenting;
}

void
_polku_window_present_set_presenting (PolkuWindow *self,
                                      gboolean     presenting)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (self->presenting == !!presenting)
    return;
  if (presenting && (_polku_window_get_journey (self) == NULL ||
                     polku_map_view_get_error_message (self->map_view) != NULL))
    return;

  self->presenting = !!presenting;
  if (presenting)
    {
      /* What the presentation changes, to put back. */
      self->present_saved.fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
      self->present_saved.zoom = polku_map_view_get_zoom (self->map_view);
      self->present_saved.fitting = polku_map_view_get_fitting (self->map_view);
      self->present_saved.wrap = polku_map_view_get_wrap (self->map_view);

      polku_map_editor_finish_rename (self->map_editor);
      polku_map_view_set_wrap (self->map_view, TRUE);
      polku_map_view_set_show_legend (self->map_view, TRUE);
      gtk_window_fullscreen (GTK_WINDOW (self));
      _polku_window_view_update_panes (self);
      gtk_widget_set_visible (self->present_bar, TRUE);
      polku_map_view_set_bottom_inset (self->map_view, get_bar_height (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
      polku_map_view_set_zoom (self->map_view, get_presented_zoom (self));
      /* The page of the selection; the first, when nothing is selected. */
      if (get_page (self) != NULL)
        go_to_page (self, get_page (self));
      else
        go_to_page (self, polku_slides_get (_polku_window_get_journey (self), get_unit (self), 0));
    }
  else
    {
      polku_map_view_set_spotlight (self->map_view, NULL);
      polku_map_view_set_show_legend (self->map_view, FALSE);
      gtk_widget_set_visible (self->present_bar, FALSE);
      polku_map_view_set_bottom_inset (self->map_view, 0);
      if (!self->present_saved.fullscreen)
        gtk_window_unfullscreen (GTK_WINDOW (self));
      _polku_window_view_update_panes (self);
      polku_map_view_set_wrap (self->map_view, self->present_saved.wrap);
      if (self->present_saved.fitting)
        polku_map_view_zoom_to_fit (self->map_view);
      else
        polku_map_view_set_zoom (self->map_view, self->present_saved.zoom);
      polku_map_editor_reveal_selection (self->map_editor);
    }
  g_debug ("Window: %s the presentation", presenting ? "starting" : "ending");
  _polku_window_update_actions (self);
}

static void
polku_window_present_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  _polku_window_present_set_presenting (self, !self->presenting);
}

static void
polku_window_present_page_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  polku_window_present_turn (POLKU_WINDOW (widget),
                             g_str_equal (action_name, "win.present-next") ? 1 : -1, TRUE);
}

void
_polku_window_present_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* Nothing left to present: the window shows the start page. */
  if (self->presenting && _polku_window_get_journey (self) == NULL)
    _polku_window_present_set_presenting (self, FALSE);

  gtk_widget_action_set_enabled (widget, "win.present",
                                 self->presenting || (_polku_window_get_journey (self) != NULL &&
                                                      polku_map_view_get_error_message (self->map_view) == NULL));
  gtk_widget_action_set_enabled (widget, "win.present-next", self->presenting);
  gtk_widget_action_set_enabled (widget, "win.present-previous", self->presenting);
}

/* The bar at the foot of the screen: where the presentation is, the
 * buttons a mouse pages with, and the way out. */
static GtkWidget *
create_bar (PolkuWindow *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_widget_add_css_class (bar, "osd");
  gtk_widget_add_css_class (bar, "toolbar");
  gtk_widget_add_css_class (bar, "polku-present-bar");
  gtk_widget_set_halign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (bar, GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (bar, 12);

  button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (button, _("Previous Page"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.present-previous");
  gtk_box_append (GTK_BOX (bar), button);

  self->present_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->present_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->present_label, 50);
  gtk_widget_set_margin_start (GTK_WIDGET (self->present_label), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->present_label), 6);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->present_label));

  button = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_tooltip_text (button, _("Next Page"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.present-next");
  gtk_box_append (GTK_BOX (bar), button);

  g_menu_append (menu, _("Page by _Step"), "win.present-by::step");
  g_menu_append (menu, _("Page by _Phase"), "win.present-by::phase");
  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Pages"));
  gtk_box_append (GTK_BOX (bar), button);

  button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_tooltip_text (button, _("End the Presentation"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.present");
  gtk_box_append (GTK_BOX (bar), button);

  /* The keys stay on the map. */
  for (GtkWidget *child = gtk_widget_get_first_child (bar); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  return bar;
}

void
_polku_window_present_init (PolkuWindow *self)
{
  g_autoptr(GAction) unit = NULL;
  GtkEventController *controller;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  unit = g_settings_create_action (self->settings, "present-by");
  g_action_map_add_action (G_ACTION_MAP (self), unit);
  g_signal_connect_object (self->settings, "changed::present-by",
                           G_CALLBACK (on_unit_changed_cb), self, G_CONNECT_SWAPPED);

  self->present_bar = create_bar (self);
  gtk_widget_set_visible (self->present_bar, FALSE);
  gtk_overlay_add_overlay (self->map_overlay, self->present_bar);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_present_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->map_view)),
                           "notify::page-size", G_CALLBACK (on_map_page_size_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  _polku_window_present_update_actions (self);
}

void
_polku_window_present_dispose (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  g_action_map_remove_action (G_ACTION_MAP (self), "present-by");
}

void
_polku_window_present_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, polku_window_present_action);
  gtk_widget_class_install_action (widget_class, "win.present-next", NULL, polku_window_present_page_action);
  gtk_widget_class_install_action (widget_class, "win.present-previous", NULL,
                                   polku_window_present_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
}
