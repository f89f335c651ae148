"""Render the app icon (assets/icons/backcoach.svg) to every file a platform wants.

    python packaging/make_icons.py          # or: make icons

writes
    assets/icons/backcoach-<N>.png    N in HICOLOR_SIZES: the hicolor theme on Linux, and the
                                      window icon (loaded by backcoach.ui.widgets.app_icon)
    packaging/icons/backcoach.ico     the Windows executable's icon
    packaging/icons/backcoach.icns    the macOS app bundle's icon

Qt draws the SVG (QtSvg), so no other image library is needed; the .ico and .icns containers are
written here with struct: both simply hold PNG images. The outputs are committed, so a build
needs no rendering; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SVG = REPOSITORY / "assets" / "icons" / "backcoach.svg"
PNG_FOLDER = REPOSITORY / "assets" / "icons"
PLATFORM_FOLDER = REPOSITORY / "packaging" / "icons"

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Windows picks from these for the title bar, the taskbar, Explorer's views and high-DPI screens.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Apple's icon types that hold PNG data, and the pixel size of each (the @2x types count pixels).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def png_name(size: int) -> str:
    return f"backcoach-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size x size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode the {size} px image as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (the form Windows reads since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        byte_size = 0 if size >= 256 else size  # 0 means 256 in the one-byte width and height
        entries += struct.pack("<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: big-endian chunks of (type, length including the 8-byte header, PNG)."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    print(f"make_icons: wrote {path.relative_to(REPOSITORY)}")


def main() -> int:
    # Rendering needs a QGuiApplication, not a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)

    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(SVG, size) for size in sizes}
    for size in HICOLOR_SIZES:
        write_if_changed(PNG_FOLDER / png_name(size), pngs[size])
    write_if_changed(PLATFORM_FOLDER / "backcoach.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    write_if_changed(PLATFORM_FOLDER / "backcoach.icns", icns_bytes(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
