/* polku-inspector.c: every field of the selected journey, phase, step or
 * touchpoint, to read and edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-accessible.h"
#include "polku-inline-text.h"
#include "polku-inspector.h"

/* The kinds of item, each with its page. */
typedef enum
{
  OWNER_JOURNEY,
  OWNER_PHASE,
  OWNER_STEP,
  OWNER_TOUCHPOINT,
  N_OWNERS
} Owner;

static const char * const page_names[N_OWNERS] = { "journey", "phase", "step", "touchpoint" };

typedef enum
{
  FIELD_TEXT,       /* a line: a GtkEntry in a row */
  FIELD_LONG_TEXT,  /* paragraphs: a GtkTextView in a row */
  FIELD_ENUM,       /* AdwComboRow */
  FIELD_SWITCH,     /* a boolean, or an enumeration of two values */
  FIELD_FLAG,       /* one flag, a check in an expander row */
  FIELD_SCORE,      /* a score on the journey's scale, or none */
  FIELD_SCALE,      /* the journey's scale */
} FieldKind;

typedef struct
{
  Owner       owner;
  const char *group;     /* the template's id of the group it goes in */
  FieldKind   kind;
  const char *property;  /* NULL for the text fields of the owner's field enum */
  int         field;     /* the text field, or -1 */
  const char *title;     /* untranslated, unless the field names it */
  const char *subtitle;  /* untranslated, or NULL */
  guint       flag;
} FieldSpec;

#define TEXT(o, g, f)      { o, g, FIELD_TEXT, NULL, f, NULL, NULL, 0 }
#define LONG_TEXT(o, g, f) { o, g, FIELD_LONG_TEXT, NULL, f, NULL, NULL, 0 }

static const FieldSpec field_specs[] = {
  TEXT (OWNER_JOURNEY, "group_journey_main", POLKU_JOURNEY_FIELD_TITLE),
  LONG_TEXT (OWNER_JOURNEY, "group_journey_main", POLKU_JOURNEY_FIELD_DESCRIPTION),
  TEXT (OWNER_JOURNEY, "group_journey_main", POLKU_JOURNEY_FIELD_AUTHORS),
  TEXT (OWNER_JOURNEY, "group_journey_main", POLKU_JOURNEY_FIELD_LANGUAGE),
  TEXT (OWNER_JOURNEY, "group_journey_segment", POLKU_JOURNEY_FIELD_SEGMENT),
  LONG_TEXT (OWNER_JOURNEY, "group_journey_segment", POLKU_JOURNEY_FIELD_SEGMENT_DESCRIPTION),
  LONG_TEXT (OWNER_JOURNEY, "group_journey_segment", POLKU_JOURNEY_FIELD_SEGMENT_CRITERIA),
  { OWNER_JOURNEY, "group_journey_scale", FIELD_SCALE, "scale-max", -1, N_("Scale"), NULL, 0 },
  TEXT (OWNER_JOURNEY, "group_journey_scale", POLKU_JOURNEY_FIELD_SCALE_MIN_LABEL),
  TEXT (OWNER_JOURNEY, "group_journey_scale", POLKU_JOURNEY_FIELD_SCALE_MAX_LABEL),
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, N_("Lanes Shown"), NULL, POLKU_LANE_CUSTOMER },
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, NULL, NULL, POLKU_LANE_TOUCHPOINTS },
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, NULL, NULL, POLKU_LANE_SATISFACTION },
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, NULL, NULL, POLKU_LANE_FRONT_STAGE },
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, NULL, NULL, POLKU_LANE_FRONT_LINE },
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, NULL, NULL, POLKU_LANE_SUPPORT },
  { OWNER_JOURNEY, "group_journey_lanes", FIELD_FLAG, "lanes", -1, NULL, NULL, POLKU_LANE_NOTES },
  LONG_TEXT (OWNER_JOURNEY, "group_journey_notes", POLKU_JOURNEY_FIELD_NOTES),

  { OWNER_PHASE, "group_phase_main", FIELD_TEXT, "label", -1, N_("Label"), NULL, 0 },

  TEXT (OWNER_STEP, "group_step_main", POLKU_STEP_FIELD_NAME),
  { OWNER_STEP, "group_step_main", FIELD_SWITCH, "gate", -1, N_("Gate"),
    N_("If this step fails, the next never happens"), 0 },
  LONG_TEXT (OWNER_STEP, "group_step_customer", POLKU_STEP_FIELD_DOING),
  LONG_TEXT (OWNER_STEP, "group_step_customer", POLKU_STEP_FIELD_THINKING),
  LONG_TEXT (OWNER_STEP, "group_step_customer", POLKU_STEP_FIELD_FEELING),
  LONG_TEXT (OWNER_STEP, "group_step_customer", POLKU_STEP_FIELD_EXPECTATION),
  LONG_TEXT (OWNER_STEP, "group_step_company", POLKU_STEP_FIELD_FRONT_STAGE),
  LONG_TEXT (OWNER_STEP, "group_step_company", POLKU_STEP_FIELD_FRONT_LINE),
  LONG_TEXT (OWNER_STEP, "group_step_company", POLKU_STEP_FIELD_SUPPORT),
  LONG_TEXT (OWNER_STEP, "group_step_notes", POLKU_STEP_FIELD_NOTES),

  TEXT (OWNER_TOUCHPOINT, "group_touchpoint_main", POLKU_TOUCHPOINT_FIELD_NAME),
  { OWNER_TOUCHPOINT, "group_touchpoint_main", FIELD_ENUM, "channel", -1, N_("Channel"), NULL, 0 },
  TEXT (OWNER_TOUCHPOINT, "group_touchpoint_main", POLKU_TOUCHPOINT_FIELD_CHANNEL_OTHER),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_main", POLKU_TOUCHPOINT_FIELD_DESCRIPTION),
  TEXT (OWNER_TOUCHPOINT, "group_touchpoint_main", POLKU_TOUCHPOINT_FIELD_OWNER),
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_SWITCH, "criticality", -1, N_("Critical"),
    N_("Must always be in order, not just at a basic level"), 0 },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_ENUM, "role", -1, N_("Role"), NULL, 0 },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_ENUM, "kano", -1, N_("Kano Category"), NULL, 0 },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_ENUM, "frequency", -1, N_("Frequency"), NULL, 0 },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_SWITCH, "standardised", -1, N_("Standardised"),
    N_("Done the same way every time"), 0 },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_FLAG, "interaction", -1, N_("Interacts With"), NULL, POLKU_INTERACTION_STAFF },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_FLAG, "interaction", -1, NULL, NULL, POLKU_INTERACTION_RESOURCES },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_FLAG, "interaction", -1, NULL, NULL, POLKU_INTERACTION_SYSTEMS },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_FLAG, "interaction", -1, NULL, NULL, POLKU_INTERACTION_PRODUCT },
  { OWNER_TOUCHPOINT, "group_touchpoint_tags", FIELD_FLAG, "interaction", -1, NULL, NULL, POLKU_INTERACTION_CUSTOMERS },
  { OWNER_TOUCHPOINT, "group_touchpoint_satisfaction", FIELD_SCORE, "score", -1, N_("Score"), NULL, 0 },
  { OWNER_TOUCHPOINT, "group_touchpoint_satisfaction", FIELD_SCORE, "target", -1, N_("Target Score"), NULL, 0 },
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_method", POLKU_TOUCHPOINT_FIELD_EXPECTATION),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_method", POLKU_TOUCHPOINT_FIELD_TARGET_LEVEL),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_method", POLKU_TOUCHPOINT_FIELD_WAY_OF_WORKING),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_method", POLKU_TOUCHPOINT_FIELD_MEASUREMENT),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_method", POLKU_TOUCHPOINT_FIELD_FRONT_LINE),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_method", POLKU_TOUCHPOINT_FIELD_SUPPORT),
  LONG_TEXT (OWNER_TOUCHPOINT, "group_touchpoint_notes", POLKU_TOUCHPOINT_FIELD_NOTES),
};


/* A row of figures that the inspector computes. */
typedef enum
{
  FIGURE_TOUCHPOINTS,
  FIGURE_SATISFACTION,
  FIGURE_CSAT,
  FIGURE_NPS,
  FIGURE_CES,
  N_FIGURES
} Figure;

typedef struct
{
  PolkuInspector  *inspector;
  const FieldSpec *spec;
  const char      *property;
  GtkWidget       *row;
  GtkWidget       *editor;     /* what the user edits */
  GtkTextBuffer   *buffer;     /* long texts */
} Field;

struct _PolkuInspector
{
  GtkWidget            parent_instance;

  GtkStack            *stack;

  PolkuSelection      *selection;
  /* The selected item, which the visible page edits. */
  GObject             *object;
  Owner                owner;
  PolkuJourneyMonitor *monitor;
  guint                figures_idle;

  GPtrArray           *fields;   /* Field */
  AdwActionRow        *figures[N_OWNERS][N_FIGURES];
  /* Set while the widgets are brought up to date with the model, so that
   * they do not echo the change back as an edit. */
  gboolean             refreshing;
};

G_DEFINE_FINAL_TYPE (PolkuInspector, polku_inspector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PUSH_COMMAND,
  SEAL,
  CHANGE_SCALE,
  CHOOSE_CHANNEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void field_refresh (Field *field);

static const char *
field_property (const FieldSpec *spec)
{
  if (spec->property != NULL)
    return spec->property;

  switch (spec->owner)
    {
    case OWNER_JOURNEY:
      return polku_journey_field_get_name (spec->field);
    case OWNER_STEP:
      return polku_step_field_get_name (spec->field);
    case OWNER_TOUCHPOINT:
      return polku_touchpoint_field_get_name (spec->field);
    case OWNER_PHASE:
    case N_OWNERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
field_title (const FieldSpec *spec)
{
  if (spec->kind == FIELD_FLAG)
    {
      if (g_str_equal (spec->property, "lanes"))
        return polku_lane_get_label (spec->flag);
      return polku_interaction_get_label (spec->flag);
    }
  if (spec->title != NULL)
    return _(spec->title);

  switch (spec->owner)
    {
    case OWNER_JOURNEY:
      return polku_journey_field_get_label (spec->field);
    case OWNER_STEP:
      return polku_step_field_get_label (spec->field);
    case OWNER_TOUCHPOINT:
      return polku_touchpoint_field_get_label (spec->field);
    case OWNER_PHASE:
    case N_OWNERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The labels of an enumeration property's values, in value order. */
static GtkStringList *
enum_labels (const char *property)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (g_str_equal (property, "channel"))
    for (guint i = 0; i < POLKU_N_CHANNELS; i++)
      gtk_string_list_append (list, polku_channel_get_label (i));
  else if (g_str_equal (property, "role"))
    for (guint i = 0; i <= POLKU_ROLE_OPPORTUNITY; i++)
      gtk_string_list_append (list, polku_role_get_label (i));
  else if (g_str_equal (property, "kano"))
    for (guint i = 0; i < POLKU_N_KANOS; i++)
      gtk_string_list_append (list, polku_kano_get_label (i));
  else if (g_str_equal (property, "frequency"))
    for (guint i = 0; i < POLKU_N_FREQUENCIES; i++)
      gtk_string_list_append (list, polku_frequency_get_label (i));
  else
    g_assert_not_reached ();

  return list;
}

/* Edits */

static void
polku_inspector_push (PolkuInspector *self,
                      PolkuCommand   *command,
                      const char     *label)
{
  g_assert (POLKU_IS_INSPECTOR (self));

  polku_command_set_label (command, label);
  g_signal_emit (self, signals[PUSH_COMMAND], 0, command);
  g_object_unref (command);
}

static void
field_push_value (Field        *field,
                  const GValue *value)
{
  PolkuInspector *self = field->inspector;
  g_autofree char *label = NULL;

  if (self->refreshing || self->object == NULL)
    return;

  if (field->spec->kind == FIELD_TEXT || field->spec->kind == FIELD_LONG_TEXT)
    {
      /* Translators: an edit in the undo menu, "Undo Edit “Name”" */
      label = g_strdup_printf (_("Edit “%s”"), field_title (field->spec));
    }
  else
    {
      /* Translators: an edit in the undo menu, "Undo Change “Channel”" */
      label = g_strdup_printf (_("Change “%s”"), field_title (field->spec));
    }

  polku_inspector_push (self, polku_command_new_set_property (self->object, field->property, value),
                        label);
}

static void
field_push_string (Field      *field,
                   const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *current = NULL;

  if (field->inspector->refreshing || field->inspector->object == NULL)
    return;

  g_object_get (field->inspector->object, field->property, &current, NULL);
  if (g_strcmp0 (current, text) == 0)
    return;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  field_push_value (field, &value);
}

static void
on_entry_changed_cb (GtkEditable *editable,
                     Field       *field)
{
  const char *text = gtk_editable_get_text (editable);

  /* A language tag the file could not hold is not taken: the check is the
   * reader's own, xsd:language (or no language at all). */
  if (g_str_equal (field->property, "language"))
    {
      gboolean valid = *text == '\0' || polku_datatype_is_language (text);

      if (valid)
        gtk_widget_remove_css_class (field->row, "error");
      else
        gtk_widget_add_css_class (field->row, "error");
      if (!valid)
        return;
    }

  field_push_string (field, text);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      Field         *field)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  field_push_string (field, text);
}

static void
on_combo_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      Field       *field)
{
  PolkuInspector *self = field->inspector;
  guint selected = adw_combo_row_get_selected (row);

  if (self->refreshing || self->object == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (field->spec->kind == FIELD_SCALE)
    {
      PolkuJourney *journey = POLKU_JOURNEY (self->object);
      const PolkuScale *scale = polku_scale_get (selected);

      if (scale == NULL ||
          (polku_journey_get_scale_min (journey) == scale->min &&
           polku_journey_get_scale_max (journey) == scale->max))
        return;
      /* The window asks whether to convert the scores. Until the scale
       * changes, the row shows the scale the journey has. */
      g_signal_emit (self, signals[CHANGE_SCALE], 0, scale->min, scale->max);
      self->refreshing = TRUE;
      field_refresh (field);
      self->refreshing = FALSE;
      return;
    }

  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (
                    G_OBJECT_GET_CLASS (self->object), field->property)));
    g_object_get_property (self->object, field->property, &value);
    if ((guint) g_value_get_enum (&value) == selected)
      return;
    g_value_set_enum (&value, selected);
    field_push_value (field, &value);
  }
}

static void
on_switch_active_cb (GtkSwitch  *button,
                     GParamSpec *pspec,
                     Field      *field)
{
  PolkuInspector *self = field->inspector;
  gboolean active = gtk_switch_get_active (button);
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *property;

  if (self->refreshing || self->object == NULL)
    return;

  property = g_object_class_find_property (G_OBJECT_GET_CLASS (self->object), field->property);
  g_value_init (&value, property->value_type);
  g_object_get_property (self->object, field->property, &value);

  if (G_VALUE_HOLDS_BOOLEAN (&value))
    {
      if (g_value_get_boolean (&value) == active)
        return;
      g_value_set_boolean (&value, active);
    }
  else
    {
      /* An enumeration of two values: off is the first, on the second. */
      if ((g_value_get_enum (&value) != 0) == active)
        return;
      g_value_set_enum (&value, active ? 1 : 0);
    }
  field_push_value (field, &value);
}

static void
on_check_active_cb (GtkCheckButton *check,
                    GParamSpec     *pspec,
                    Field          *field)
{
  PolkuInspector *self = field->inspector;
  gboolean active = gtk_check_button_get_active (check);
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *property;
  guint flags;

  if (self->refreshing || self->object == NULL)
    return;

  property = g_object_class_find_property (G_OBJECT_GET_CLASS (self->object), field->property);
  g_value_init (&value, property->value_type);
  g_object_get_property (self->object, field->property, &value);
  flags = g_value_get_flags (&value);
  if (((flags & field->spec->flag) != 0) == active)
    return;

  g_value_set_flags (&value, active ? flags | field->spec->flag : flags & ~field->spec->flag);
  field_push_value (field, &value);
}

/* The scale of the journey being edited. */
static void
polku_inspector_get_scale (PolkuInspector *self,
                           int            *min,
                           int            *max)
{
  PolkuJourney *journey = self->selection != NULL ? polku_selection_get_journey (self->selection) : NULL;

  *min = journey != NULL ? polku_journey_get_scale_min (journey) : POLKU_SCALE_DEFAULT_MIN;
  *max = journey != NULL ? polku_journey_get_scale_max (journey) : POLKU_SCALE_DEFAULT_MAX;
}

static void
on_spin_value_changed_cb (GtkSpinButton *spin,
                          Field         *field)
{
  PolkuInspector *self = field->inspector;
  double score = gtk_spin_button_get_value (spin);
  double current;
  int min, max;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->refreshing || self->object == NULL)
    return;

  polku_inspector_get_scale (self, &min, &max);
  g_object_get (self->object, field->property, &current, NULL);

  /* "Not scored" is a step below the scale: "+" from there goes to the
   * lowest score, "−" from the lowest back to not scored (and "−" from
   * not scored wraps round to the highest). */
  if (score > min - 1 && score < min)
    {
      gtk_spin_button_set_value (spin, current < 0 ? min : min - 1);
      return;
    }

  /* Below the scale's lowest score is "not scored", -1 to the property. */
  if (score < min)
    score = -1;

  if (fabs (current - score) < 1e-9)
    return;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, score);
  field_push_value (field, &value);
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   Field         *field)
{
  int min, max;
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = NULL;

  polku_inspector_get_scale (field->inspector, &min, &max);
  if (value < min)
    text = g_strdup (_("Not scored"));
  else
    text = g_strdup_printf ("%.1f", value);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  Field         *field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *dotted = NULL;
  char *end = NULL;
  int min, max;

  polku_inspector_get_scale (field->inspector, &min, &max);

  /* Empty means not scored; a decimal comma is as good as a point. */
  dotted = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  if (dotted[0] == '\0' || g_str_equal (text, _("Not scored")))
    {
      *new_value = min - 1;
      return TRUE;
    }

  *new_value = g_ascii_strtod (dotted, &end);
  if (end == dotted || *end != '\0')
    return GTK_INPUT_ERROR;
  return TRUE;
}

/* A spin button turns with the wheel, which should scroll the inspector
 * past it: it takes the wheel only while it has the focus. */
static void
set_wheel_taken (GtkWidget *spin,
                 gboolean   taken)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (spin);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller, taken ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
    }
}

static void
on_spin_focus_enter_cb (GtkEventControllerFocus *controller)
{
  set_wheel_taken (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), TRUE);
}

static void
on_spin_focus_leave_cb (GtkEventControllerFocus *controller)
{
  set_wheel_taken (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), FALSE);
}

/* Focus leaving a text editor ends the edit: the next one is undone apart. */
static void
on_editor_focus_leave_cb (GtkEventControllerFocus *controller,
                          PolkuInspector          *self)
{
  g_signal_emit (self, signals[SEAL], 0);
}

static void
add_focus_seal (PolkuInspector *self,
                GtkWidget      *widget)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "leave", G_CALLBACK (on_editor_focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);
}

/* Building the pages */

/* A row of a text field: its title over the editor, as in an entry row.
 * The editor itself is labelled by the title, and, being a GtkEntry or a
 * GtkTextView, tells a screen reader when it takes the focus, which an
 * AdwEntryRow (libadwaita 1.2) does not. */
static GtkWidget *
create_text_row (const char *title,
                 GtkWidget  *editor)
{
  GtkWidget *row, *box, *label;

  /* Tab goes to the editor, not to the row around it first. */
  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", title,
                      "activatable", FALSE,
                      "focusable", FALSE,
                      NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (editor),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), editor);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static GtkWidget *
create_line_row (const char  *title,
                 GtkWidget  **editor)
{
  *editor = gtk_entry_new ();
  gtk_entry_set_has_frame (GTK_ENTRY (*editor), FALSE);
  gtk_widget_add_css_class (*editor, "polku-inline-entry");
  return create_text_row (title, *editor);
}

static GtkWidget *
create_long_text_row (const char     *title,
                      GtkTextBuffer **buffer,
                      GtkWidget     **editor)
{
  GtkWidget *view = polku_inline_text_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "polku-inline-text");

  *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  *editor = view;
  return create_text_row (title, view);
}

/* The single keys of the map and the outline that edit a field, told
 * where the field is. */
static const struct {
  Owner       owner;
  const char *property;
  const char *tooltip;
} field_keys[] = {
  { OWNER_STEP, "gate", N_("g on the map or in the outline makes the step a gate, or not") },
  { OWNER_STEP, "expectation", N_("e on the map or in the outline comes here") },
  { OWNER_TOUCHPOINT, "channel", N_("Type part of a channel’s name here, or press h on the map or in the outline, to choose it from the list") },
  { OWNER_TOUCHPOINT, "criticality", N_("c on the map or in the outline") },
  { OWNER_TOUCHPOINT, "role", N_("o on the map or in the outline makes it an opportunity, or a prerequisite") },
  { OWNER_TOUCHPOINT, "expectation", N_("e on the map or in the outline comes here") },
};

static void
set_field_tooltip (Field *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_keys); i++)
    if (field_keys[i].owner == field->spec->owner && g_str_equal (field_keys[i].property, field->property))
      gtk_widget_set_tooltip_text (field->row, _(field_keys[i].tooltip));
}

static void
polku_inspector_add_field (PolkuInspector   *self,
                           const FieldSpec  *spec,
                           GtkWidget       **expander)
{
  AdwPreferencesGroup *group;
  Field *field = g_new0 (Field, 1);
  const char *title = field_title (spec);

  g_assert (POLKU_IS_INSPECTOR (self));

  group = ADW_PREFERENCES_GROUP (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                POLKU_TYPE_INSPECTOR,
                                                                spec->group));
  g_assert (group != NULL);

  field->inspector = self;
  field->spec = spec;
  field->property = field_property (spec);
  g_ptr_array_add (self->fields, field);

  switch (spec->kind)
    {
    case FIELD_TEXT:
      field->row = create_line_row (title, &field->editor);
      /* Ctrl+Z is the document's undo, which holds what was typed here. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (field->editor), FALSE);
      g_signal_connect (field->editor, "changed", G_CALLBACK (on_entry_changed_cb), field);
      add_focus_seal (self, field->editor);
      break;

    case FIELD_LONG_TEXT:
      field->row = create_long_text_row (title, &field->buffer, &field->editor);
      gtk_text_buffer_set_enable_undo (field->buffer, FALSE);
      g_signal_connect (field->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), field);
      add_focus_seal (self, field->editor);
      break;

    case FIELD_ENUM:
    case FIELD_SCALE:
      {
        g_autoptr(GtkStringList) labels = NULL;
        g_autoptr(GtkListItemFactory) factory = polku_accessible_choice_factory_new ();

        if (spec->kind == FIELD_SCALE)
          {
            g_auto(GStrv) scales = polku_scale_dup_labels ();

            labels = gtk_string_list_new ((const char * const *) scales);
          }
        else
          labels = enum_labels (field->property);

        field->row = field->editor = adw_combo_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
        adw_combo_row_set_factory (ADW_COMBO_ROW (field->row), factory);
        adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (labels));
        polku_accessible_name_row_lists (field->row, title);
        g_signal_connect (field->editor, "notify::selected", G_CALLBACK (on_combo_selected_cb), field);
      }
      break;

    case FIELD_SWITCH:
      field->row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
      if (spec->subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (field->row), _(spec->subtitle));
      field->editor = gtk_switch_new ();
      gtk_widget_set_valign (field->editor, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->editor);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->editor);
      g_signal_connect (field->editor, "notify::active", G_CALLBACK (on_switch_active_cb), field);
      break;

    case FIELD_FLAG:
      if (spec->title != NULL)
        {
          *expander = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*expander), _(spec->title));
          gtk_accessible_update_property (GTK_ACCESSIBLE (*expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _(spec->title), -1);
          polku_accessible_name_row_lists (*expander, _(spec->title));
          adw_preferences_group_add (group, *expander);
        }
      g_assert (*expander != NULL);
      field->row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
      field->editor = gtk_check_button_new ();
      gtk_widget_set_valign (field->editor, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (field->row), field->editor);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->editor);
      g_signal_connect (field->editor, "notify::active", G_CALLBACK (on_check_active_cb), field);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (*expander), field->row);
      return;

    case FIELD_SCORE:
      field->row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
      /* Tab goes to the spin button, where a score is typed, not to the
       * row around it first. */
      gtk_widget_set_focusable (field->row, FALSE);
      field->editor = gtk_spin_button_new_with_range (0, 10, 0.5);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (field->editor), 1);
      gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (field->editor), TRUE);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (field->editor), FALSE);
      gtk_editable_set_enable_undo (GTK_EDITABLE (field->editor), FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (field->editor), 10);
      gtk_widget_set_valign (field->editor, GTK_ALIGN_CENTER);
      /* Each says what it is: a spin button has no name of its own. */
      gtk_widget_set_tooltip_text (field->editor, g_str_equal (spec->property, "score")
                                   ? _("The touchpoint’s satisfaction score; below the scale’s lowest, not scored. "
                                       "A digit on the map or in the outline sets it, minus clears it")
                                   : _("The score aimed for at this touchpoint; below the scale’s lowest, none. "
                                       "Shift and a digit on the map or in the outline set it, Shift and minus clear it"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      gtk_widget_get_tooltip_text (field->editor), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->editor);
      g_signal_connect (field->editor, "output", G_CALLBACK (on_spin_output_cb), field);
      g_signal_connect (field->editor, "input", G_CALLBACK (on_spin_input_cb), field);
      g_signal_connect (field->editor, "value-changed", G_CALLBACK (on_spin_value_changed_cb), field);
      {
        GtkEventController *controller = gtk_event_controller_focus_new ();

        g_signal_connect (controller, "enter", G_CALLBACK (on_spin_focus_enter_cb), NULL);
        g_signal_connect (controller, "leave", G_CALLBACK (on_spin_focus_leave_cb), NULL);
        gtk_widget_add_controller (field->editor, controller);
        set_wheel_taken (field->editor, FALSE);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  set_field_tooltip (field);
  adw_preferences_group_add (group, field->row);
}

static AdwActionRow *
add_figure_row (AdwPreferencesGroup *group,
                const char          *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "property");
  /* Figures are read, not edited: the keys go past them, to fields that
   * take what is typed; a screen reader still reads them in the page. */
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_group_add (group, row);
  return ADW_ACTION_ROW (row);
}

static void
polku_inspector_build (PolkuInspector *self)
{
  static const char * const figure_groups[N_OWNERS] = {
    "group_journey_figures", "group_phase_figures", "group_step_figures", "group_touchpoint_satisfaction",
  };
  GtkWidget *expander = NULL;

  g_assert (POLKU_IS_INSPECTOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (field_specs); i++)
    polku_inspector_add_field (self, &field_specs[i], &expander);

  for (guint owner = 0; owner < N_OWNERS; owner++)
    {
      AdwPreferencesGroup *group =
        ADW_PREFERENCES_GROUP (gtk_widget_get_template_child (GTK_WIDGET (self), POLKU_TYPE_INSPECTOR,
                                                              figure_groups[owner]));

      if (owner == OWNER_TOUCHPOINT)
        {
          self->figures[owner][FIGURE_CSAT] = add_figure_row (group, _("Customer Satisfaction Score"));
          self->figures[owner][FIGURE_NPS] = add_figure_row (group, _("Net Promoter Score"));
          self->figures[owner][FIGURE_CES] = add_figure_row (group, _("Customer Effort Score"));
          continue;
        }
      self->figures[owner][FIGURE_TOUCHPOINTS] = add_figure_row (group, _("Touchpoints"));
      self->figures[owner][FIGURE_SATISFACTION] = add_figure_row (group, _("Mean Satisfaction"));
    }
}

/* Bringing the widgets up to date */

static void
field_refresh (Field *field)
{
  PolkuInspector *self = field->inspector;
  GObject *object = self->object;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), field->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert (pspec != NULL);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, field->property, &value);

  switch (field->spec->kind)
    {
    case FIELD_TEXT:
      {
        const char *text = g_value_get_string (&value);

        if (text == NULL)
          text = "";
        if (!g_str_equal (text, gtk_editable_get_text (GTK_EDITABLE (field->editor))))
          gtk_editable_set_text (GTK_EDITABLE (field->editor), text);
        gtk_widget_remove_css_class (field->row, "error");

        /* The other channel is asked for only when the channel is other. */
        if (g_str_equal (field->property, "channel-other"))
          gtk_widget_set_visible (field->row,
                                  polku_touchpoint_get_channel (POLKU_TOUCHPOINT (object)) == POLKU_CHANNEL_OTHER
                                  || text[0] != '\0');
      }
      break;

    case FIELD_LONG_TEXT:
      {
        const char *text = g_value_get_string (&value);
        GtkTextIter start, end;
        g_autofree char *shown = NULL;

        gtk_text_buffer_get_bounds (field->buffer, &start, &end);
        shown = gtk_text_buffer_get_text (field->buffer, &start, &end, FALSE);
        if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
          gtk_text_buffer_set_text (field->buffer, text != NULL ? text : "", -1);
      }
      break;

    case FIELD_ENUM:
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->editor), g_value_get_enum (&value));
      break;

    case FIELD_SCALE:
      {
        PolkuJourney *journey = POLKU_JOURNEY (object);
        guint position = polku_scale_find (polku_journey_get_scale_min (journey),
                                           polku_journey_get_scale_max (journey));

        if (position != G_MAXUINT)
          adw_combo_row_set_selected (ADW_COMBO_ROW (field->editor), position);
      }
      break;

    case FIELD_SWITCH:
      if (G_VALUE_HOLDS_BOOLEAN (&value))
        gtk_switch_set_active (GTK_SWITCH (field->editor), g_value_get_boolean (&value));
      else
        gtk_switch_set_active (GTK_SWITCH (field->editor), g_value_get_enum (&value) != 0);
      break;

    case FIELD_FLAG:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (field->editor),
                                   (g_value_get_flags (&value) & field->spec->flag) != 0);
      break;

    case FIELD_SCORE:
      {
        GtkSpinButton *spin = GTK_SPIN_BUTTON (field->editor);
        double score = g_value_get_double (&value);
        int min, max;

        polku_inspector_get_scale (self, &min, &max);
        gtk_spin_button_set_range (spin, min - 1, max);
        gtk_spin_button_set_value (spin, score < 0 ? min - 1 : score);
        /* The text is the output's, even when the value stayed. */
        on_spin_output_cb (spin, field);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static char *
format_survey (PolkuInspector  *self,
               PolkuTouchpoint *touchpoint,
               PolkuSurvey      survey)
{
  PolkuJourney *journey = polku_selection_get_journey (self->selection);
  const guint32 *counts;
  gsize n_values = 0;
  guint n_answers;
  g_autoptr(GVariant) variant = NULL;
  double figure;

  counts = polku_touchpoint_get_counts (touchpoint, survey, &n_values);
  n_answers = (guint) MIN (polku_metrics_count_answers (counts, counts != NULL ? n_values : 0), G_MAXUINT);
  if (n_answers == 0)
    return g_strdup (_("No answers"));

  variant = g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, counts,
                                                           n_values, sizeof (guint32)));
  figure = polku_metrics_survey_figure (journey, survey, variant);
  if (isnan (figure))
    return g_strdup (_("No answers"));

  /* Translators: a survey's figure, then the number of answers */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.1f from %u answer", "%.1f from %u answers",
                                       n_answers),
                          figure, n_answers);
}

static void
set_figure (AdwActionRow *row,
            const char   *text)
{
  if (g_strcmp0 (adw_action_row_get_subtitle (row), text) != 0)
    adw_action_row_set_subtitle (row, text);
}

static void
polku_inspector_refresh_figures (PolkuInspector *self)
{
  PolkuScoreSummary summary = { 0, };
  g_autofree char *touchpoints = NULL;
  g_autofree char *satisfaction = NULL;

  g_assert (POLKU_IS_INSPECTOR (self));

  if (self->object == NULL)
    return;

  if (self->owner == OWNER_TOUCHPOINT)
    {
      static const Figure rows[] = { FIGURE_CSAT, FIGURE_NPS, FIGURE_CES };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          g_autofree char *text = format_survey (self, POLKU_TOUCHPOINT (self->object), i);

          set_figure (self->figures[OWNER_TOUCHPOINT][rows[i]], text);
        }
      return;
    }

  if (self->owner == OWNER_JOURNEY)
    polku_metrics_summarize_journey (POLKU_JOURNEY (self->object), &summary);
  else if (self->owner == OWNER_PHASE)
    polku_metrics_summarize_phase (POLKU_PHASE (self->object), &summary);
  else
    polku_metrics_summarize_step (POLKU_STEP (self->object), &summary);

  /* Translators: how many touchpoints there are, and how many have a score */
  touchpoints = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u, %u scored", "%u, %u scored",
                                              summary.n_touchpoints),
                                 summary.n_touchpoints, summary.n_scored);
  if (summary.n_scored == 0)
    satisfaction = g_strdup (_("Nothing scored yet"));
  else
    /* Translators: the mean score, then the lowest */
    satisfaction = g_strdup_printf (_("%.1f, lowest %.1f"), summary.mean, summary.minimum);

  set_figure (self->figures[self->owner][FIGURE_TOUCHPOINTS], touchpoints);
  set_figure (self->figures[self->owner][FIGURE_SATISFACTION], satisfaction);
}

static void
polku_inspector_refresh (PolkuInspector *self,
                         const char     *property)
{
  g_assert (POLKU_IS_INSPECTOR (self));

  if (self->object == NULL)
    return;

  self->refreshing = TRUE;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->spec->owner != self->owner)
        continue;
      if (property == NULL || g_str_equal (property, field->property) ||
          /* The channel shows or hides the other channel. */
          (g_str_equal (property, "channel") && g_str_equal (field->property, "channel-other")) ||
          (field->spec->kind == FIELD_SCALE && g_str_equal (property, "scale-min")))
        field_refresh (field);
    }
  self->refreshing = FALSE;
}

static void
on_object_notify_cb (PolkuInspector *self,
                     GParamSpec     *pspec,
                     GObject        *object)
{
  polku_inspector_refresh (self, pspec->name);

  /* A touchpoint's survey answers show as figures. */
  if (self->owner == OWNER_TOUCHPOINT && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_VARIANT)
    polku_inspector_refresh_figures (self);
}

static gboolean
refresh_figures_idle_cb (gpointer user_data)
{
  PolkuInspector *self = user_data;

  self->figures_idle = 0;
  polku_inspector_refresh_figures (self);
  return G_SOURCE_REMOVE;
}

/* Figures of a journey, phase or step follow every change below it;
 * typing in a touchpoint's name needs none. */
static void
on_monitor_changed_cb (PolkuInspector *self)
{
  if (self->owner == OWNER_TOUCHPOINT || self->figures_idle != 0)
    return;

  self->figures_idle = g_idle_add_full (G_PRIORITY_LOW, refresh_figures_idle_cb, self, NULL);
}

static void
on_journey_scale_changed_cb (PolkuInspector *self)
{
  /* Score editors count on the scale. */
  if (self->owner == OWNER_TOUCHPOINT)
    {
      polku_inspector_refresh (self, "score");
      polku_inspector_refresh (self, "target");
    }
}

static void
polku_inspector_set_object (PolkuInspector *self,
                            GObject        *object)
{
  g_assert (POLKU_IS_INSPECTOR (self));

  if (self->object == object)
    return;

  if (self->object != NULL)
    g_signal_handlers_disconnect_by_func (self->object, on_object_notify_cb, self);
  g_set_object (&self->object, object);

  /* What was typed into the last item is one edit, done. */
  g_signal_emit (self, signals[SEAL], 0);

  if (object == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  if (POLKU_IS_JOURNEY (object))
    self->owner = OWNER_JOURNEY;
  else if (POLKU_IS_PHASE (object))
    self->owner = OWNER_PHASE;
  else if (POLKU_IS_STEP (object))
    self->owner = OWNER_STEP;
  else
    self->owner = OWNER_TOUCHPOINT;

  g_signal_connect_object (object, "notify", G_CALLBACK (on_object_notify_cb), self, G_CONNECT_SWAPPED);
  polku_inspector_refresh (self, NULL);
  polku_inspector_refresh_figures (self);
  gtk_stack_set_visible_child_name (self->stack, page_names[self->owner]);
}

/* Hidden (the pane closed or folded away, the map presented), the
 * inspector shows the selection once it is shown again, and takes no time
 * from each change meanwhile. */
static void
on_selection_item_changed_cb (PolkuInspector *self)
{
  if (self->selection == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  polku_inspector_set_object (self, polku_selection_get_item (self->selection));
}

static void
on_selection_journey_changed_cb (PolkuInspector *self)
{
  PolkuJourney *journey = polku_selection_get_journey (self->selection);

  if (self->monitor != NULL)
    {
      PolkuJourney *old = polku_journey_monitor_get_journey (self->monitor);

      g_signal_handlers_disconnect_by_func (old, on_journey_scale_changed_cb, self);
    }
  g_clear_object (&self->monitor);

  if (journey == NULL)
    return;

  self->monitor = polku_journey_monitor_new (journey);
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (journey, "notify::scale-max", G_CALLBACK (on_journey_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (journey, "notify::scale-min", G_CALLBACK (on_journey_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
polku_inspector_dispose (GObject *object)
{
  PolkuInspector *self = POLKU_INSPECTOR (object);
  GtkWidget *child;

  g_clear_handle_id (&self->figures_idle, g_source_remove);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->object != NULL)
    g_signal_handlers_disconnect_by_func (self->object, on_object_notify_cb, self);
  g_clear_object (&self->object);
  g_clear_object (&self->monitor);
  g_clear_object (&self->selection);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_INSPECTOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (polku_inspector_parent_class)->dispose (object);
}

static void
polku_inspector_finalize (GObject *object)
{
  PolkuInspector *self = POLKU_INSPECTOR (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_inspector_parent_class)->finalize (object);
}

static void
polku_inspector_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuInspector *self = POLKU_INSPECTOR (object);

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
polku_inspector_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PolkuInspector *self = POLKU_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      polku_inspector_set_selection (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_inspector_class_init (PolkuInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_inspector_dispose;
  object_class->finalize = polku_inspector_finalize;
  object_class->get_property = polku_inspector_get_property;
  object_class->set_property = polku_inspector_set_property;

  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         POLKU_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PUSH_COMMAND] =
    g_signal_new ("push-command", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, POLKU_TYPE_COMMAND);
  signals[SEAL] =
    g_signal_new ("seal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGE_SCALE] =
    g_signal_new ("change-scale", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);
  signals[CHOOSE_CHANNEL] =
    g_signal_new ("choose-channel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/polku/Polku/ui/polku-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuInspector, stack);
  /* Groups the fields go in, found by name as they are filled. */
  gtk_widget_class_bind_template_child_full (widget_class, "group_journey_main", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_journey_segment", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_journey_scale", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_journey_lanes", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_journey_notes", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_journey_figures", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_phase_main", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_phase_figures", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_step_main", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_step_customer", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_step_company", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_step_notes", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_step_figures", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_touchpoint_main", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_touchpoint_tags", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_touchpoint_satisfaction", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_touchpoint_method", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "group_touchpoint_notes", FALSE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "polkuinspector");
}

/* Ctrl+Z in a field is the document's undo, which holds what was typed
 * there, before the field's own keys see it. */
static void
add_undo_shortcuts (PolkuInspector *self)
{
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_y, GDK_CONTROL_MASK, "win.redo" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval,
                                                                                    keys[i].modifiers),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Nothing typed is lost */

/* The position in self->fields of the field whose row holds widget, or
 * that widget holds; a flag's row counts as its expander's, whose header
 * takes the keys too. -1 for none. */
static int
polku_inspector_find_field (PolkuInspector *self,
                            GtkWidget      *widget)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      GtkWidget *row = field->row;

      if (field->spec->owner != self->owner)
        continue;
      if (field->spec->kind == FIELD_FLAG)
        row = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);
      if (widget == row || gtk_widget_is_ancestor (widget, row) || gtk_widget_is_ancestor (row, widget))
        return i;
    }
  return -1;
}

static gboolean
field_takes_text (Field *field)
{
  return (field->spec->kind == FIELD_TEXT || field->spec->kind == FIELD_LONG_TEXT) &&
         gtk_widget_is_visible (field->editor);
}

/* Types text at the end of the field, which takes the keys. */
static void
field_type (Field      *field,
            const char *text)
{
  gtk_widget_grab_focus (field->editor);
  if (field->spec->kind == FIELD_TEXT)
    {
      GtkEditable *editable = GTK_EDITABLE (field->editor);
      int position = (int) g_utf8_strlen (gtk_editable_get_text (editable), -1);

      gtk_editable_insert_text (editable, text, -1, &position);
      gtk_editable_select_region (editable, position, position);
    }
  else
    {
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (field->buffer, &end);
      gtk_text_buffer_place_cursor (field->buffer, &end);
      gtk_text_buffer_insert_at_cursor (field->buffer, text, -1);
    }
}

/* A character that the widget with the keys did not take: on a text
 * field's row, it goes into the field; on the channel's row, it opens the
 * channel picker, filtered by it; on a switch, a list or a check, into the
 * next text field, which the typist meant, but for a space, which works
 * the row. */
static gboolean
on_key_pressed_cb (PolkuInspector        *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gunichar character = gdk_keyval_to_unicode (keyval);
  char text[7] = { 0, };
  int position;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      character == 0 || !g_unichar_isprint (character) ||
      focus == NULL || self->object == NULL ||
      gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL ||
      (position = polku_inspector_find_field (self, focus)) < 0)
    return GDK_EVENT_PROPAGATE;

  /* Space on a row that opens a list or turns a switch does that, as
   * Enter does, and types nothing. */
  if (character == ' ' && GTK_IS_LIST_BOX_ROW (focus) &&
      gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (focus)) &&
      !field_takes_text (g_ptr_array_index (self->fields, position)))
    return gtk_widget_activate (focus) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

  g_unichar_to_utf8 (character, text);
  for (guint i = position; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->spec->owner != self->owner)
        continue;
      if ((int) i == position && field->spec->kind == FIELD_ENUM && g_str_equal (field->property, "channel"))
        {
          g_signal_emit (self, signals[CHOOSE_CHANNEL], 0, text);
          return GDK_EVENT_STOP;
        }
      if (field_takes_text (field))
        {
          field_type (field, text);
          return GDK_EVENT_STOP;
        }
    }
  return GDK_EVENT_PROPAGATE;
}

static void
polku_inspector_init (PolkuInspector *self)
{
  GtkEventController *controller;

  self->fields = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_undo_shortcuts (self);
  /* After the widget with the keys, which takes what it can. */
  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  polku_inspector_build (self);
  gtk_stack_set_visible_child_name (self->stack, "none");
  polku_accessible_follow_stack (self->stack);
  g_signal_connect (self, "map", G_CALLBACK (on_selection_item_changed_cb), NULL);
  polku_accessible_name_controls (GTK_WIDGET (self));
}

GtkWidget *
polku_inspector_new (void)
{
  return g_object_new (POLKU_TYPE_INSPECTOR, NULL);
}

PolkuSelection *
polku_inspector_get_selection (PolkuInspector *self)
{
  g_return_val_if_fail (POLKU_IS_INSPECTOR (self), NULL);

  return self->selection;
}

void
polku_inspector_set_selection (PolkuInspector *self,
                               PolkuSelection *selection)
{
  g_return_if_fail (POLKU_IS_INSPECTOR (self));
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
                               G_CALLBACK (on_selection_item_changed_cb), self, G_CONNECT_SWAPPED);
    }
  on_selection_journey_changed_cb (self);
  polku_inspector_set_object (self, selection != NULL ? polku_selection_get_item (selection) : NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

GtkWidget *
_polku_inspector_get_editor (PolkuInspector *self,
                             const char     *page,
                             const char     *property,
                             guint           flag)
{
  g_return_val_if_fail (POLKU_IS_INSPECTOR (self), NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_str_equal (page_names[field->spec->owner], page) &&
          g_str_equal (field->property, property) &&
          field->spec->flag == flag)
        return field->editor;
    }
  return NULL;
}

const char *
_polku_inspector_get_page (PolkuInspector *self)
{
  g_return_val_if_fail (POLKU_IS_INSPECTOR (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
polku_inspector_focus_field (PolkuInspector *self,
                             const char     *property)
{
  g_return_val_if_fail (POLKU_IS_INSPECTOR (self), FALSE);

  if (self->object == NULL || !gtk_widget_is_visible (GTK_WIDGET (self)))
    return FALSE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->spec->owner != self->owner || !field_takes_text (field) ||
          (property != NULL && !g_str_equal (field->property, property)))
        continue;
      field_type (field, "");
      return TRUE;
    }
  return FALSE;
}
