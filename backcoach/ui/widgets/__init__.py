"""Widgets shared by several views: the pose view and painter, buttons, fonts and dialog buttons."""
