"""The shell: the application, the main window, one instance per folder, the safety notice."""
