"""Widgets shared by several views: the pose view and painter, buttons, fonts, dialog buttons and
the app's icon."""
