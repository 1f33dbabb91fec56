/* polku-accessible.c: names for what a screen reader would otherwise call
 * by a type name, and stack pages out of sight out of its tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "polku-accessible.h"

static void
set_name (GtkWidget  *widget,
          const char *name)
{
  if (name != NULL && name[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* "_Open" → "Open"; "__" stays one underscore. */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/* The toggle button inside, which takes the focus, is labelled by it. */
static void
name_menu_button (GtkWidget  *button,
                  const char *name)
{
  set_name (button, name);
}

static void
name_split_button (AdwSplitButton *split)
{
  const char *label = adw_split_button_get_label (ADW_SPLIT_BUTTON (split));
  g_autofree char *name = label != NULL ? strip_mnemonic (label)
                                        : g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (split)));

  set_name (GTK_WIDGET (split), name);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (split));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        name_menu_button (child, adw_split_button_get_dropdown_tooltip (split));
      else if (GTK_IS_BUTTON (child) && label != NULL)
        /* Its label, which labels it too, says the rest. */
        gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
      else if (GTK_IS_BUTTON (child))
        set_name (child, name);
    }
}

void
polku_accessible_name_controls (GtkWidget *widget)
{
  const char *tooltip;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  tooltip = gtk_widget_get_tooltip_text (widget);
  if (ADW_IS_SPLIT_BUTTON (widget))
    {
      name_split_button (ADW_SPLIT_BUTTON (widget));
      return;
    }
  if (GTK_IS_MENU_BUTTON (widget))
    name_menu_button (widget, tooltip);
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    set_name (widget, tooltip);
  else if (GTK_IS_IMAGE (widget) && tooltip == NULL)
    /* An icon beside a text, or on a row, that says nothing of its own. */
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    polku_accessible_name_controls (child);
}

void
polku_accessible_name_row_lists (GtkWidget  *row,
                                 const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  for (GtkWidget *child = gtk_widget_get_first_child (row);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child) || GTK_IS_LIST_BOX (child))
        set_name (child, name);
      /* Not into the rows an expander row holds: they have names. */
      if (!GTK_IS_LIST_BOX (child))
        polku_accessible_name_row_lists (child, name);
    }
}

static void
on_stack_visible_child_cb (GtkStack *stack)
{
  GtkWidget *visible = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, child != visible, -1);
}

void
polku_accessible_follow_stack (GtkStack *stack)
{
  g_return_if_fail (GTK_IS_STACK (stack));

  g_signal_connect (stack, "notify::visible-child", G_CALLBACK (on_stack_visible_child_cb), NULL);
  on_stack_visible_child_cb (stack);
}

void
polku_accessible_name_list_item (GtkWidget  *child,
                                 const char *name,
                                 guint       level)
{
  GtkWidget *list_item;

  g_return_if_fail (GTK_IS_WIDGET (child));

  /* GTK 4.8 has no way to name a list view's row but on the row's own
   * widget, which holds the child the factory made. */
  list_item = gtk_widget_get_parent (child);
  if (list_item == NULL)
    return;

  set_name (list_item, name);
  if (level > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item), GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
}

/* Choices of a combo row */

static void
on_choice_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

/* The check mark shows the choice made, in the list to choose from only. */
static void
on_choice_selected_cb (GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_last_child (box);

  gtk_widget_set_opacity (check, gtk_list_item_get_selected (list_item) &&
                                 gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL ? 1 : 0);
}

static void
on_choice_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  polku_accessible_name_list_item (box, text, 0);
  g_signal_connect (list_item, "notify::selected", G_CALLBACK (on_choice_selected_cb), NULL);
  on_choice_selected_cb (list_item);
}

static void
on_choice_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  g_signal_handlers_disconnect_by_func (list_item, on_choice_selected_cb, NULL);
}

GtkListItemFactory *
polku_accessible_choice_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_choice_unbind_cb), NULL);
  return factory;
}
