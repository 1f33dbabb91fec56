static void
update_undo_menu (TestWindow *self,
                  const char *label)
{
  g_autofree char *undo = label != NULL ? g_strdup_printf (_("_Undo %s"), label) : g_strdup (_("_Undo"));

  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo, "win.undo");
}
