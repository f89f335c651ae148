"""Desk reminders: the tray, the reminder timer, the settings dialog and the in-window bar."""
