"""BackCoach: a desktop coach for back-pain relief exercises."""

__version__ = "0.1.0"
APP_NAME = "BackCoach"
# The one application id (reverse DNS, as Flathub and AppStream ask): the desktop file, the
# icon and the metainfo are named after it, and Qt reports it as the window's desktop file
# (the Wayland app id), so the desktop matches the running window to its menu entry.
APP_ID = "io.github.backcoach.BackCoach"
