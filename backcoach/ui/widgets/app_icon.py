"""The app's icon, from the PNGs that packaging/make_icons.py renders from assets/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from backcoach.core.resources import asset

# The rendered sizes (the hicolor theme's); Qt picks the nearest and scales it for the rest.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """BackCoach's icon for windows, the tray and the About box.

    Read as bytes through importlib.resources, so it works from a wheel, an editable install and a
    PyInstaller bundle alike. An icon file that is missing or unreadable is skipped: the app
    must start without its icon rather than not at all.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            data = asset("icons", f"backcoach-{size}.png").read_bytes()
        except OSError:
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
