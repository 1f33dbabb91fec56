/* polku-window-edit.c: building a journey: the selection shared by the
 * canvas, outline and inspector, the edits on it, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "polku-window-private.h"

static gboolean
parse_direction (GVariant       *parameter,
                 PolkuDirection *direction)
{
  static const char * const names[] = { "left", "right", "up", "down", "home", "end" };
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      {
        *direction = i;
        return TRUE;
      }
  return FALSE;
}

static GObject *
get_item (PolkuWindow *self)
{
  return polku_selection_get_item (self->selection);
}

static void
push_property (PolkuWindow *self,
               GObject     *object,
               const char  *property,
               GValue      *value,
               const char  *label)
{
  _polku_window_push_edit (self, polku_command_new_set_property (object, property, value), label);
}

/* Renames the selection where the user works: in the outline when it has
 * the focus, on the canvas otherwise. */
void
_polku_window_start_rename (PolkuWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->outline)) && focus != NULL &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->outline)))
    polku_outline_start_rename (self->outline);
  else
    polku_map_editor_start_rename (self->map_editor);
}

/* Actions */

static void
polku_window_undo_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuUndoStack *undo_stack = _polku_window_get_undo_stack (POLKU_WINDOW (widget));

  polku_undo_stack_seal (undo_stack);
  if (g_str_equal (action_name, "win.undo"))
    polku_undo_stack_undo (undo_stack);
  else
    polku_undo_stack_redo (undo_stack);
}

static void
polku_window_add_step_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  g_autofree char *id = NULL;
  g_autoptr(PolkuStep) step = NULL;
  PolkuPhase *phase;
  guint position;

  polku_navigation_step_insertion (journey, get_item (self), &phase, &position);
  id = polku_document_generate_id (_polku_window_get_document (self), "s");
  /* Translators: the name of a step just added, to be typed over */
  step = polku_step_new (id, _("New step"));
  /* Translators: in the undo menu, "Undo Add Step" */
  _polku_window_push_edit (self, polku_command_new_insert (G_OBJECT (phase), position, G_OBJECT (step)), _("Add Step"));
  polku_selection_set_item (self->selection, G_OBJECT (step));
  _polku_window_start_rename (self);
}

static void
polku_window_add_touchpoint_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  g_autofree char *id = NULL;
  g_autoptr(PolkuTouchpoint) touchpoint = NULL;
  PolkuStep *step;
  guint position;

  if (!polku_navigation_touchpoint_insertion (journey, get_item (self), &step, &position))
    return;

  id = polku_document_generate_id (_polku_window_get_document (self), "t");
  /* Translators: the name of a touchpoint just added, to be typed over */
  touchpoint = polku_touchpoint_new (id, _("New touchpoint"));
  /* Translators: in the undo menu, "Undo Add Touchpoint" */
  _polku_window_push_edit (self, polku_command_new_insert (G_OBJECT (step), position, G_OBJECT (touchpoint)),
        _("Add Touchpoint"));
  polku_selection_set_item (self->selection, G_OBJECT (touchpoint));
  _polku_window_start_rename (self);
}

static void
polku_window_rename_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  _polku_window_start_rename (POLKU_WINDOW (widget));
}

static void
polku_window_duplicate_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  GObject *item = get_item (self);
  g_autoptr(GObject) copy = NULL;
  PolkuLocation location;

  if (!polku_navigation_locate (journey, item, &location))
    return;

  if (POLKU_IS_TOUCHPOINT (item))
    {
      copy = G_OBJECT (polku_duplicate_touchpoint (POLKU_TOUCHPOINT (item), _polku_window_get_document (self)));
      /* Translators: in the undo menu, "Undo Duplicate Touchpoint" */
      _polku_window_push_edit (self, polku_command_new_insert (G_OBJECT (location.step), location.touchpoint_position + 1, copy),
            _("Duplicate Touchpoint"));
    }
  else if (POLKU_IS_STEP (item))
    {
      copy = G_OBJECT (polku_duplicate_step (POLKU_STEP (item), _polku_window_get_document (self)));
      /* Translators: in the undo menu, "Undo Duplicate Step" */
      _polku_window_push_edit (self, polku_command_new_insert (G_OBJECT (location.phase), location.step_position + 1, copy),
            _("Duplicate Step"));
    }
  else if (POLKU_IS_JOURNEY (item))
    {
      gtk_widget_activate_action (widget, "win.duplicate-segment", NULL);
      return;
    }
  else
    return;

  polku_selection_set_item (self->selection, copy);
}

/* The steps of a phase, taken away as one edit: the last first, so that
 * each command meets the phase as it was made for. */
static PolkuCommand *
remove_steps_command (PolkuPhase *phase)
{
  GPtrArray *commands = g_ptr_array_new ();

  for (guint s = polku_phase_get_n_steps (phase); s > 0; s--)
    g_ptr_array_add (commands, polku_command_new_remove (G_OBJECT (phase), s - 1));
  /* Translators: in the undo menu, "Undo Delete Steps of Phase" */
  return polku_command_new_group (_("Delete Steps of Phase"), commands);
}

/* Delete: the touchpoint, the step with its touchpoints, or every step of
 * the phase; a toast offers to undo what took more than one card. */
static void
polku_window_delete_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  GObject *item = get_item (self);
  g_autofree char *message = NULL;
  GObject *next;
  PolkuLocation location;

  if (!polku_navigation_locate (journey, item, &location) || location.phase == NULL)
    return;

  if (POLKU_IS_PHASE (item))
    {
      PolkuScoreSummary summary;
      guint n_steps = polku_phase_get_n_steps (location.phase);

      if (n_steps == 0)
        {
          gtk_widget_error_bell (widget);
          return;
        }
      polku_metrics_summarize_phase (location.phase, &summary);
      if (summary.n_touchpoints > 0)
        /* Translators: a toast: how many steps of the phase were deleted */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Deleted %u step of “%s”, with its touchpoints",
                                                "Deleted %u steps of “%s”, with their touchpoints", n_steps),
                                   n_steps, polku_describe_name (item));
      else
        /* Translators: a toast: how many steps of the phase were deleted */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Deleted %u step of “%s”",
                                                "Deleted %u steps of “%s”", n_steps),
                                   n_steps, polku_describe_name (item));
      _polku_window_push_edit (self, remove_steps_command (location.phase), NULL);
      _polku_window_show_undo_toast (self, message);
      return;
    }

  next = polku_navigation_after_removal (journey, item);
  if (POLKU_IS_TOUCHPOINT (item))
    {
      /* Translators: in the undo menu, "Undo Delete Touchpoint" */
      _polku_window_push_edit (self, polku_command_new_remove (G_OBJECT (location.step), location.touchpoint_position),
                               _("Delete Touchpoint"));
      polku_selection_set_item (self->selection, next);
      return;
    }

  {
    guint n_touchpoints = polku_step_get_n_touchpoints (location.step);

    /* Before it goes: its name. */
    if (n_touchpoints > 0)
      /* Translators: a toast, such as "Deleted step “Booking” and its 3 touchpoints" */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Deleted step “%s” and its %u touchpoint",
                                              "Deleted step “%s” and its %u touchpoints", n_touchpoints),
                                 polku_describe_name (item), n_touchpoints);
    else
      /* Translators: a toast: the name of the step deleted */
      message = g_strdup_printf (_("Deleted step “%s”"), polku_describe_name (item));
  }
  /* Translators: in the undo menu, "Undo Delete Step" */
  _polku_window_push_edit (self, polku_command_new_remove (G_OBJECT (location.phase), location.step_position),
                           _("Delete Step"));
  polku_selection_set_item (self->selection, next);
  _polku_window_show_undo_toast (self, message);
}

static void
polku_window_toggle_critical_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuTouchpoint *touchpoint = POLKU_TOUCHPOINT (get_item (self));
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, POLKU_TYPE_CRITICALITY);
  g_value_set_enum (&value, polku_touchpoint_get_criticality (touchpoint) == POLKU_CRITICALITY_CRITICAL
                            ? POLKU_CRITICALITY_NON_CRITICAL : POLKU_CRITICALITY_CRITICAL);
  /* Translators: in the undo menu, "Undo Toggle Critical" */
  push_property (self, G_OBJECT (touchpoint), "criticality", &value, _("Toggle Critical"));
}

static void
polku_window_toggle_role_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuTouchpoint *touchpoint = POLKU_TOUCHPOINT (get_item (self));
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, POLKU_TYPE_ROLE);
  g_value_set_enum (&value, polku_touchpoint_get_role (touchpoint) == POLKU_ROLE_OPPORTUNITY
                            ? POLKU_ROLE_PREREQUISITE : POLKU_ROLE_OPPORTUNITY);
  /* Translators: in the undo menu, "Undo Toggle Opportunity" */
  push_property (self, G_OBJECT (touchpoint), "role", &value, _("Toggle Opportunity"));
}

/* Digits score a touchpoint; Shift and a digit set its target. */
static void
polku_window_set_score_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  PolkuTouchpoint *touchpoint = POLKU_TOUCHPOINT (get_item (self));
  gboolean target = g_str_equal (action_name, "win.set-target");
  g_auto(GValue) value = G_VALUE_INIT;
  double score;

  if (!polku_navigation_score_for_digit (polku_journey_get_scale_min (journey),
                                         polku_journey_get_scale_max (journey),
                                         g_variant_get_uint32 (parameter), &score))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if ((target ? polku_touchpoint_get_target (touchpoint) : polku_touchpoint_get_score (touchpoint)) == score)
    return;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, score);
  push_property (self, G_OBJECT (touchpoint), target ? "target" : "score", &value,
                 /* Translators: in the undo menu, "Undo Set Target Score" */
                 target ? _("Set Target Score")
                        /* Translators: in the undo menu, "Undo Set Score" */
                        : _("Set Score"));
}

static void
polku_window_clear_score_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuTouchpoint *touchpoint = POLKU_TOUCHPOINT (get_item (self));
  gboolean target = g_str_equal (action_name, "win.clear-target");
  g_auto(GValue) value = G_VALUE_INIT;

  if (target ? !polku_touchpoint_has_target (touchpoint) : !polku_touchpoint_has_score (touchpoint))
    return;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, -1);
  push_property (self, G_OBJECT (touchpoint), target ? "target" : "score", &value,
                 /* Translators: in the undo menu, "Undo Clear Target Score" */
                 target ? _("Clear Target Score")
                        /* Translators: in the undo menu, "Undo Clear Score" */
                        : _("Clear Score"));
}

/* g: the step, or the touchpoint's step, is a gate or not. */
static void
polku_window_toggle_gate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuLocation location;
  g_auto(GValue) value = G_VALUE_INIT;

  if (!polku_navigation_locate (_polku_window_get_journey (self), get_item (self), &location) ||
      location.step == NULL)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, !polku_step_get_gate (location.step));
  /* Translators: in the undo menu, "Undo Toggle Gate" */
  push_property (self, G_OBJECT (location.step), "gate", &value, _("Toggle Gate"));
}

static void
polku_window_select_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuDirection direction;
  gboolean in_lane;
  GObject *next;

  if (!parse_direction (parameter, &direction))
    return;

  in_lane = self->in_lane;
  next = polku_navigation_neighbour (_polku_window_get_journey (self), get_item (self), direction, &in_lane);
  if (next == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  polku_selection_set_item (self->selection, next);
  /* Set after the selection, which otherwise forgets it. */
  self->in_lane = in_lane;
}

static void
polku_window_move_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  PolkuJourney *journey = _polku_window_get_journey (self);
  GObject *item = get_item (self);
  PolkuDirection direction;
  PolkuLocation from;
  GObject *to;
  guint position;

  if (!parse_direction (parameter, &direction) ||
      !polku_navigation_locate (journey, item, &from) ||
      !polku_navigation_move_target (journey, item, direction, &to, &position))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (POLKU_IS_TOUCHPOINT (item))
    /* Translators: in the undo menu, "Undo Move Touchpoint" */
    _polku_window_push_edit (self, polku_command_new_move (G_OBJECT (from.step), from.touchpoint_position, to, position),
          _("Move Touchpoint"));
  else
    /* Translators: in the undo menu, "Undo Move Step" */
    _polku_window_push_edit (self, polku_command_new_move (G_OBJECT (from.phase), from.step_position, to, position),
          _("Move Step"));
  polku_map_editor_reveal_selection (self->map_editor);
}

/* Following the document */

static void
polku_window_update_undo_menu (PolkuWindow *self)
{
  PolkuUndoStack *undo_stack = _polku_window_get_undo_stack (self);
  const char *undo_label = NULL;
  const char *redo_label = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;

  g_assert (POLKU_IS_WINDOW (self));

  if (undo_stack != NULL)
    {
      undo_label = polku_undo_stack_get_undo_label (undo_stack);
      redo_label = polku_undo_stack_get_redo_label (undo_stack);
    }

  /* Translators: the undo menu item, with what it undoes: "Undo Set Score" */
  undo = undo_label != NULL ? g_strdup_printf (_("_Undo %s"), undo_label) : g_strdup (_("_Undo"));
  /* Translators: the redo menu item, with what it redoes: "Redo Set Score" */
  redo = redo_label != NULL ? g_strdup_printf (_("_Redo %s"), redo_label) : g_strdup (_("_Redo"));

  /* Typing merges into one edit whose label stays: the menu then stays as
   * it is, and so do the widgets the main menu built for it. */
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->undo_section)) == 2)
    {
      g_autofree char *shown_undo = NULL;
      g_autofree char *shown_redo = NULL;

      g_menu_model_get_item_attribute (G_MENU_MODEL (self->undo_section), 0, "label", "s", &shown_undo);
      g_menu_model_get_item_attribute (G_MENU_MODEL (self->undo_section), 1, "label", "s", &shown_redo);
      if (g_strcmp0 (shown_undo, undo) == 0 && g_strcmp0 (shown_redo, redo) == 0)
        return;
    }

  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo, "win.undo");
  g_menu_append (self->undo_section, redo, "win.redo");
}

void
_polku_window_edit_update_actions (PolkuWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PolkuUndoStack *undo_stack = _polku_window_get_undo_stack (self);
  PolkuJourney *journey;
  GObject *item;
  gboolean has_journey, is_touchpoint, is_step;
  PolkuStep *step;
  guint position;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  if (self->selection == NULL)
    return;

  journey = _polku_window_get_journey (self);
  item = get_item (self);
  has_journey = journey != NULL && undo_stack != NULL;
  is_touchpoint = has_journey && POLKU_IS_TOUCHPOINT (item);
  is_step = has_journey && POLKU_IS_STEP (item);

  gtk_widget_action_set_enabled (widget, "win.undo",
                                 undo_stack != NULL && polku_undo_stack_can_undo (undo_stack));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 undo_stack != NULL && polku_undo_stack_can_redo (undo_stack));
  gtk_widget_action_set_enabled (widget, "win.add-step", has_journey);
  gtk_widget_action_set_enabled (widget, "win.add-touchpoint",
                                 has_journey && polku_navigation_touchpoint_insertion (journey, item,
                                                                                       &step, &position));
  gtk_widget_action_set_enabled (widget, "win.rename", has_journey && item != NULL);
  gtk_widget_action_set_enabled (widget, "win.duplicate",
                                 is_touchpoint || is_step || (has_journey && POLKU_IS_JOURNEY (item)));
  gtk_widget_action_set_enabled (widget, "win.delete",
                                 is_touchpoint || is_step ||
                                 (has_journey && POLKU_IS_PHASE (item) &&
                                  polku_phase_get_n_steps (POLKU_PHASE (item)) > 0));
  gtk_widget_action_set_enabled (widget, "win.toggle-critical", is_touchpoint);
  gtk_widget_action_set_enabled (widget, "win.toggle-role", is_touchpoint);
  gtk_widget_action_set_enabled (widget, "win.set-score", is_touchpoint);
  gtk_widget_action_set_enabled (widget, "win.clear-score", is_touchpoint);
  gtk_widget_action_set_enabled (widget, "win.set-target", is_touchpoint);
  gtk_widget_action_set_enabled (widget, "win.clear-target", is_touchpoint);
  gtk_widget_action_set_enabled (widget, "win.toggle-gate", is_touchpoint || is_step);
  gtk_widget_action_set_enabled (widget, "win.select", has_journey);
  gtk_widget_action_set_enabled (widget, "win.move", is_touchpoint || is_step);

  /* The start page has nothing to edit. */
  gtk_widget_set_visible (self->outline_button, has_journey);
  gtk_widget_set_visible (self->add_button, has_journey);
  gtk_widget_set_visible (self->inspector_button, has_journey);
}

static void
on_selection_item_changed_cb (PolkuWindow *self)
{
  /* A selection made otherwise is not along the touchpoints' lane. */
  self->in_lane = FALSE;
  _polku_window_edit_update_actions (self);
}

/* A rename or a move on the canvas or in the outline: an undo step of its
 * own, even when the same name is renamed again. */
static void
on_pane_push_command_cb (PolkuWindow  *self,
                         PolkuCommand *command)
{
  if (self->session != NULL)
    _polku_window_push_edit (self, g_object_ref (command), NULL);
}

/* Typing in a field of the inspector: keystrokes merge into one edit of
 * the field, which ends when the field loses the keys. */
static void
on_inspector_push_command_cb (PolkuWindow  *self,
                              PolkuCommand *command)
{
  if (self->session != NULL)
    _polku_window_push_command (self, g_object_ref (command));
}

static void
on_inspector_seal_cb (PolkuWindow *self)
{
  if (self->session != NULL)
    polku_undo_stack_seal (_polku_window_get_undo_stack (self));
}

void
_polku_window_edit_document_changed (PolkuWindow *self)
{
  PolkuDocument *document = _polku_window_get_document (self);
  PolkuJourney *journey = _polku_window_get_journey (self);
  guint position;

  g_return_if_fail (POLKU_IS_WINDOW (self));

  /* The journey shown stays while the document holds it; otherwise the
   * first. */
  if (journey == NULL || document == NULL ||
      !g_list_store_find (G_LIST_STORE (polku_document_get_journeys (document)), journey, &position))
    {
      journey = NULL;
      if (document != NULL && polku_document_get_n_journeys (document) > 0)
        journey = polku_document_get_journey (document, 0);
      _polku_window_show_journey (self, journey);
    }

  polku_window_update_undo_menu (self);
  _polku_window_edit_update_actions (self);
}

/* Keys for the canvas and the outline, where single letters and digits do
 * not type text. */
static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action,
              GVariant              *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_named_action_new (action));

  if (arguments != NULL)
    gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* What a key is without Shift, whatever Shift makes of it on the
 * keyboard's layout: "1" for the key of "!" or "\"", say. */
static guint
unshifted_keyval (GtkEventControllerKey *controller,
                  guint                  keycode)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GdkDisplay *display = gtk_widget_get_display (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  guint keyval;

  if (event == NULL ||
      !gdk_display_translate_key (display, keycode, 0, gdk_key_event_get_layout (event),
                                  &keyval, NULL, NULL, NULL))
    return GDK_KEY_VoidSymbol;
  return keyval;
}

/* Shift and a digit sets the target, Shift and minus clears it: keys a
 * shortcut cannot name on every layout. */
static gboolean
on_item_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        gpointer               user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint unshifted;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != GDK_SHIFT_MASK)
    return GDK_EVENT_PROPAGATE;

  unshifted = unshifted_keyval (controller, keycode);
  if (unshifted >= GDK_KEY_0 && unshifted <= GDK_KEY_9)
    return gtk_widget_activate_action (widget, "win.set-target", "u", (guint) (unshifted - GDK_KEY_0));
  if (unshifted == GDK_KEY_minus)
    return gtk_widget_activate_action (widget, "win.clear-target", NULL);
  return GDK_EVENT_PROPAGATE;
}

void
_polku_window_add_item_keys (GtkWidget *widget,
                             gboolean   arrows_select)
{
  static const struct {
    guint keyval;
    const char *direction;
  } arrows[] = {
    { GDK_KEY_Left, "left" }, { GDK_KEY_KP_Left, "left" },
    { GDK_KEY_Right, "right" }, { GDK_KEY_KP_Right, "right" },
    { GDK_KEY_Up, "up" }, { GDK_KEY_KP_Up, "up" },
    { GDK_KEY_Down, "down" }, { GDK_KEY_KP_Down, "down" },
    { GDK_KEY_Home, "home" }, { GDK_KEY_KP_Home, "home" },
    { GDK_KEY_End, "end" }, { GDK_KEY_KP_End, "end" },
  };
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } keys[] = {
    { GDK_KEY_c, 0, "win.toggle-critical" },
    { GDK_KEY_o, 0, "win.toggle-role" },
    { GDK_KEY_g, 0, "win.toggle-gate" },
    { GDK_KEY_e, 0, "win.edit-expectation" },
    { GDK_KEY_h, 0, "win.choose-channel" },
    { GDK_KEY_minus, 0, "win.clear-score" },
    { GDK_KEY_KP_Subtract, 0, "win.clear-score" },
    { GDK_KEY_Delete, 0, "win.delete" },
    { GDK_KEY_KP_Delete, 0, "win.delete" },
    { GDK_KEY_v, GDK_CONTROL_MASK, "win.paste" },
  };
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    add_shortcut (shortcuts, keys[i].keyval, keys[i].modifiers, keys[i].action, NULL);
  for (guint digit = 0; digit <= 9; digit++)
    {
      add_shortcut (shortcuts, GDK_KEY_0 + digit, 0, "win.set-score", g_variant_new_uint32 (digit));
      add_shortcut (shortcuts, GDK_KEY_KP_0 + digit, 0, "win.set-score", g_variant_new_uint32 (digit));
    }

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      add_shortcut (shortcuts, arrows[i].keyval, GDK_ALT_MASK, "win.move",
                    g_variant_new_string (arrows[i].direction));
      if (arrows_select)
        add_shortcut (shortcuts, arrows[i].keyval, 0, "win.select",
                      g_variant_new_string (arrows[i].direction));
    }
  if (arrows_select)
    {
      add_shortcut (shortcuts, GDK_KEY_Return, 0, "win.rename", NULL);
      add_shortcut (shortcuts, GDK_KEY_KP_Enter, 0, "win.rename", NULL);
    }
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (shortcuts));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_item_key_pressed_cb), NULL);
  gtk_widget_add_controller (widget, controller);
}

void
_polku_window_edit_init (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  self->selection = polku_selection_new ();
  g_signal_connect_object (self->selection, "notify::item",
                           G_CALLBACK (on_selection_item_changed_cb), self, G_CONNECT_SWAPPED);

  polku_outline_set_selection (self->outline, self->selection);
  g_signal_connect_object (self->outline, "push-command",
                           G_CALLBACK (on_pane_push_command_cb), self, G_CONNECT_SWAPPED);
  /* The outline moves the selection with the arrows itself, before its
   * list does. */
  _polku_window_add_item_keys (GTK_WIDGET (self->outline), FALSE);

  polku_inspector_set_selection (self->inspector, self->selection);
  g_signal_connect_object (self->inspector, "push-command",
                           G_CALLBACK (on_inspector_push_command_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector, "seal",
                           G_CALLBACK (on_inspector_seal_cb), self, G_CONNECT_SWAPPED);

  self->map_editor = polku_map_editor_new (self->map_view, self->map_overlay, self->selection);
  g_signal_connect_object (self->map_editor, "push-command",
                           G_CALLBACK (on_pane_push_command_cb), self, G_CONNECT_SWAPPED);
  _polku_window_add_item_keys (GTK_WIDGET (self->map_view), TRUE);

  polku_window_update_undo_menu (self);
  _polku_window_edit_update_actions (self);
}

void
_polku_window_edit_dispose (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  g_clear_object (&self->map_editor);
  g_clear_object (&self->selection);
}

void
_polku_window_edit_class_init (GtkWidgetClass *widget_class)
{
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } bindings[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_y, GDK_CONTROL_MASK, "win.redo" },
    { GDK_KEY_Return, GDK_CONTROL_MASK, "win.add-touchpoint" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.add-touchpoint" },
    { GDK_KEY_Insert, 0, "win.add-touchpoint" },
    { GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-step" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-step" },
    { GDK_KEY_Insert, GDK_SHIFT_MASK, "win.add-step" },
    { GDK_KEY_F2, 0, "win.rename" },
    { GDK_KEY_d, GDK_CONTROL_MASK, "win.duplicate" },
  };

  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, map_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, undo_section);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, outline_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, inspector_button);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, polku_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, polku_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.add-step", NULL, polku_window_add_step_action);
  gtk_widget_class_install_action (widget_class, "win.add-touchpoint", NULL,
                                   polku_window_add_touchpoint_action);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, polku_window_rename_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, polku_window_duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, polku_window_delete_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-critical", NULL,
                                   polku_window_toggle_critical_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-role", NULL, polku_window_toggle_role_action);
  gtk_widget_class_install_action (widget_class, "win.set-score", "u", polku_window_set_score_action);
  gtk_widget_class_install_action (widget_class, "win.clear-score", NULL, polku_window_clear_score_action);
  gtk_widget_class_install_action (widget_class, "win.set-target", "u", polku_window_set_score_action);
  gtk_widget_class_install_action (widget_class, "win.clear-target", NULL, polku_window_clear_score_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-gate", NULL, polku_window_toggle_gate_action);
  gtk_widget_class_install_action (widget_class, "win.select", "s", polku_window_select_action);
  gtk_widget_class_install_action (widget_class, "win.move", "s", polku_window_move_action);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].keyval, bindings[i].modifiers,
                                         bindings[i].action, NULL);
}
