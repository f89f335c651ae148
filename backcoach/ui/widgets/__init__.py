"""Widgets shared by several views: the pose view and painter, dialog buttons."""
