"""The widgets: one package per feature (player, history, routines, reminders, data), the shell
that holds them, the widgets they share, and AppState, through which they read and change the
data. docs/architecture.md draws it."""
