/* polku-answers-dialog.c: importing survey answers as a measurement round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change of the column map or the date reads the answers again, so
 * that the preview is what importing would count.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "polku-answers-dialog.h"

/* The most touchpoints and skipped answers the preview lists. */
#define PREVIEW_MAX_LINES 50

struct _PolkuAnswersDialog
{
  AdwMessageDialog   parent_instance;

  PolkuDocument     *document;
  PolkuJourney      *journey;
  PolkuCsvReader    *reader;
  PolkuSurveyImport *import;        /* the answers as last read */
  gboolean           read;          /* whether any answer was usable */
  GPtrArray         *touchpoints;   /* PolkuTouchpoint, in map order */
  GPtrArray         *column_rows;   /* AdwComboRow, one per column of a wide export */
  GtkWidget         *date_row;
  GtkWidget         *scores_switch;
  GtkWidget         *preview;
};

G_DEFINE_FINAL_TYPE (PolkuAnswersDialog, polku_answers_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum { SIGNAL_IMPORT, N_SIGNALS };
static guint signals[N_SIGNALS];

/* A column's choices: not imported, then each touchpoint's three surveys. */
#define CHOICE_NONE 0
#define CHOICE_OF(touchpoint, survey) (1 + (touchpoint) * POLKU_N_SURVEYS + (survey))

static const char *
survey_label (PolkuSurvey survey)
{
  switch (survey)
    {
    case POLKU_SURVEY_SATISFACTION:
      /* Translators: the satisfaction question of a survey */
      return _("satisfaction");
    case POLKU_SURVEY_NPS:
      return "NPS";
    case POLKU_SURVEY_CES:
      return "CES";
    default:
      g_return_val_if_reached ("");
    }
}

static void
polku_answers_dialog_dispose (GObject *object)
{
  PolkuAnswersDialog *self = (PolkuAnswersDialog *) object;

  g_clear_object (&self->document);
  g_clear_object (&self->journey);
  g_clear_pointer (&self->reader, polku_csv_reader_free);
  g_clear_pointer (&self->import, polku_survey_import_free);
  g_clear_pointer (&self->touchpoints, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_answers_dialog_parent_class)->dispose (object);
}

static gboolean
date_is_valid (PolkuAnswersDialog *self)
{
  return polku_datatype_is_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
}

static void
update_response (PolkuAnswersDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "import", self->read && date_is_valid (self));
  if (date_is_valid (self))
    gtk_widget_remove_css_class (self->date_row, "error");
  else
    gtk_widget_add_css_class (self->date_row, "error");
}

static void
append_touchpoint_preview (PolkuAnswersDialog *self,
                           GString            *text,
                           PolkuTouchpoint    *touchpoint)
{
  gboolean any = FALSE;

  for (PolkuSurvey s = 0; s < POLKU_N_SURVEYS; s++)
    {
      gsize n;
      const guint32 *counts = polku_survey_import_get_counts (self->import, touchpoint, s, &n);
      g_autofree char *figure = NULL;
      guint64 answers;

      if (counts == NULL)
        continue;
      answers = polku_metrics_count_answers (counts, n);
      figure = polku_trend_format_figure (s, polku_rounds_figure (self->journey, s, counts, n), NULL);
      g_string_append (text, any ? "; " : "\n");
      if (!any)
        g_string_append_printf (text, "%s: ", polku_describe_name (G_OBJECT (touchpoint)));
      /* Translators: a survey, how many answers it got, and their figure:
       * "satisfaction, 12 answers, 3.75" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s, %u answer, %s", "%s, %u answers, %s",
                                                 (gulong) answers),
                              survey_label (s), (guint) answers, figure);
      any = TRUE;
    }
}

/* Reads the answers again with the map as chosen, and shows what they
 * give. */
static void
refresh (PolkuAnswersDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const *problems;
  guint listed = 0;

  g_clear_pointer (&self->import, polku_survey_import_free);
  self->import = polku_survey_import_new (self->journey);
  for (guint i = 0; self->column_rows != NULL && i < self->column_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->column_rows, i);
      guint choice = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
      PolkuTouchpoint *touchpoint = NULL;
      PolkuSurvey survey = POLKU_SURVEY_SATISFACTION;

      if (choice != CHOICE_NONE && choice != GTK_INVALID_LIST_POSITION)
        {
          touchpoint = g_ptr_array_index (self->touchpoints, (choice - 1) / POLKU_N_SURVEYS);
          survey = (choice - 1) % POLKU_N_SURVEYS;
        }
      polku_survey_import_map_column (self->import, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                      touchpoint, survey);
    }

  polku_csv_reader_rewind (self->reader);
  self->read = polku_survey_import_read (self->import, self->reader, &error);
  if (self->read)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Counted %u answer", "Counted %u answers",
                                                 polku_survey_import_get_n_answers (self->import)),
                              polku_survey_import_get_n_answers (self->import));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "; skipped %u.", "; skipped %u.",
                                                 polku_survey_import_get_n_skipped (self->import)),
                              polku_survey_import_get_n_skipped (self->import));
      for (guint i = 0; i < self->touchpoints->len && listed < PREVIEW_MAX_LINES; i++)
        {
          gsize before = text->len;

          append_touchpoint_preview (self, text, g_ptr_array_index (self->touchpoints, i));
          listed += text->len > before;
        }
    }
  else
    g_string_append (text, error->message);

  problems = polku_survey_import_get_problems (self->import);
  for (guint i = 0; problems[i] != NULL && i < PREVIEW_MAX_LINES; i++)
    g_string_append_printf (text, "\n%s", problems[i]);

  gtk_label_set_text (GTK_LABEL (self->preview), text->str);
  update_response (self);
}

static void
on_column_changed_cb (PolkuAnswersDialog *self)
{
  refresh (self);
}

static void
on_date_changed_cb (PolkuAnswersDialog *self)
{
  update_response (self);
}

static void
polku_answers_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  PolkuAnswersDialog *self = POLKU_ANSWERS_DIALOG (dialog);
  g_autoptr(PolkuCommand) command = NULL;
  g_autofree char *source = NULL;

  if (!g_str_equal (response, "import") || !self->read || !date_is_valid (self))
    return;
  source = g_path_get_basename (polku_csv_reader_get_name (self->reader));
  command = polku_survey_import_make_command (self->import, self->document,
                                              gtk_editable_get_text (GTK_EDITABLE (self->date_row)), source,
                                              gtk_switch_get_active (GTK_SWITCH (self->scores_switch)));
  g_signal_emit (self, signals[SIGNAL_IMPORT], 0, command);
}

static void
polku_answers_dialog_class_init (PolkuAnswersDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = polku_answers_dialog_dispose;
  dialog_class->response = polku_answers_dialog_response;

  signals[SIGNAL_IMPORT] =
    g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, POLKU_TYPE_COMMAND);
}

static void
polku_answers_dialog_init (PolkuAnswersDialog *self)
{
}

static void
add_touchpoint (PolkuStep       *step,
                PolkuTouchpoint *touchpoint,
                gpointer         touchpoints)
{
  g_ptr_array_add (touchpoints, g_object_ref (touchpoint));
}

/* A row for each column of a survey tool's export, set as the column's
 * name suggests. */
static GtkWidget *
build_columns (PolkuAnswersDialog *self)
{
  const char * const *columns = polku_survey_import_get_columns (self->import);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Columns"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The touchpoint and the question each column answers"));
  gtk_string_list_append (choices, _("Not imported"));
  for (guint i = 0; i < self->touchpoints->len; i++)
    for (PolkuSurvey s = 0; s < POLKU_N_SURVEYS; s++)
      {
        g_autofree char *choice = g_strdup_printf ("%s — %s",
                                                   polku_describe_name (g_ptr_array_index (self->touchpoints, i)),
                                                   survey_label (s));

        gtk_string_list_append (choices, choice);
      }

  self->column_rows = g_ptr_array_new ();
  for (guint c = 0; columns[c] != NULL; c++)
    {
      GtkWidget *row = adw_combo_row_new ();
      PolkuTouchpoint *touchpoint;
      PolkuSurvey survey;
      guint choice = CHOICE_NONE;
      guint index;

      if (polku_survey_import_guess_column (self->import, columns[c], &touchpoint, &survey) &&
          g_ptr_array_find (self->touchpoints, touchpoint, &index))
        choice = CHOICE_OF (index, survey);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), columns[c]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), choice);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_column_changed_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->column_rows, row);
    }
  return group;
}

static GtkWidget *
build_round (PolkuAnswersDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *scores = adw_action_row_new ();
  const char *last = polku_survey_import_get_last_date (self->import);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Measurement Round"));
  self->date_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date, such as 2026-05-31"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), last != NULL ? last : today);
  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (on_date_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (scores), _("Set Scores to the Mean Answers"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (scores),
                               _("Each touchpoint with satisfaction answers scores their mean"));
  self->scores_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->scores_switch), TRUE);
  gtk_widget_set_valign (self->scores_switch, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (scores), self->scores_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (scores), self->scores_switch);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), scores);
  return group;
}

PolkuAnswersDialog *
polku_answers_dialog_new (GtkWindow      *parent,
                          PolkuDocument  *document,
                          PolkuJourney   *journey,
                          PolkuCsvReader *reader)
{
  PolkuAnswersDialog *self;
  g_autofree char *name = NULL;
  GtkWidget *box, *scrolled, *preview_group;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (POLKU_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (POLKU_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (reader != NULL, NULL);

  self = g_object_new (POLKU_TYPE_ANSWERS_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Import Survey Answers"),
                       NULL);
  self->document = g_object_ref (document);
  self->journey = g_object_ref (journey);
  self->reader = reader;
  self->touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  polku_foreach_touchpoint (G_OBJECT (journey), add_touchpoint, self->touchpoints);

  name = g_path_get_basename (polku_csv_reader_get_name (reader));
  /* A first reading finds the columns and the answers' dates. */
  self->import = polku_survey_import_new (journey);
  self->read = polku_survey_import_read (self->import, reader, NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  polku_survey_import_is_long (self->import)
                                  /* Translators: a file name; its answers are one per row */
                                  ? _("The answers of “%s” become a new measurement round of this journey; earlier rounds stay.")
                                  /* Translators: a file name; it is a survey tool's export */
                                  : _("The answers of “%s”, a column per question, become a new measurement round of this journey; earlier rounds stay."),
                                  name);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  if (!polku_survey_import_is_long (self->import))
    gtk_box_append (GTK_BOX (box), build_columns (self));
  gtk_box_append (GTK_BOX (box), build_round (self));

  preview_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (preview_group), _("Preview"));
  self->preview = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->preview), 0);
  gtk_label_set_wrap (GTK_LABEL (self->preview), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->preview), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preview_group), self->preview);
  gtk_box_append (GTK_BOX (box), preview_group);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  refresh (self);
  return self;
}

const char *
polku_answers_dialog_get_preview (PolkuAnswersDialog *self)
{
  g_return_val_if_fail (POLKU_IS_ANSWERS_DIALOG (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->preview));
}
