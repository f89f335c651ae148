"""Write the pose illustrations as PNGs: one per position of the catalogue, and a contact sheet.

    python -m backcoach.illustrations OUTDIR [--width 320] [--dark]

Each position's pose becomes OUTDIR/<pose>.png; a pose that differs left and right, in an exercise
done on each side, also gets its mirror image, and the files are named <pose>-right.png and
<pose>-left.png after the side of the body that works. contact-sheet.png shows them all with
their names, for the README and for review.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from backcoach.core.catalogue import Catalogue, load_catalogue
from backcoach.core.pose.library import PoseLibrary, load_pose_library
from backcoach.core.pose.model import Pose
from backcoach.core.pose.motion import mirror

if TYPE_CHECKING:  # Qt loads only when pictures are drawn, so the listing works without it
    from PySide6.QtGui import QImage, QPalette

CELL_ASPECT = 0.625  # height / width of one illustration (16:10)
COLUMNS = 4


@dataclass(frozen=True)
class Illustration:
    """One picture to draw: a pose, seen as is or mirrored, with its file name and caption."""

    pose: Pose
    file_name: str
    caption: str


def illustrations(catalogue: Catalogue, library: PoseLibrary) -> list[Illustration]:
    """Every picture the catalogue's positions need, each once, in the catalogue's order."""
    found: list[Illustration] = []
    seen: set[str] = set()
    for exercise in catalogue:
        for position in exercise.positions:
            pose = library.get(position.pose)
            if exercise.per_side and not pose.is_symmetric():
                variants = [pose, mirror(pose)]
            else:
                variants = [pose]
            for variant in variants:
                if len(variants) > 1:
                    name = f"{pose.id}-{variant.near_side}"
                    caption = f"{pose.name} ({variant.near_side} {exercise.side_label})"
                else:
                    name, caption = pose.id, pose.name
                if name not in seen:
                    seen.add(name)
                    found.append(Illustration(variant, f"{name}.png", caption))
    return found


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub wants the format as bytes, but the binding takes only str (ValueError).
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("Qt could not encode the image as PNG")
    buffer.close()
    return bytes(data.data())


def contact_sheet(
    pictures: Sequence[tuple[Illustration, QImage]], palette: QPalette, width: int
) -> QImage:
    """All the pictures in a grid, each with its caption underneath."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage, QPainter, QPalette

    font = QGuiApplication.font()
    line = QFontMetricsF(font).height()
    cell_w, cell_h = width, round(width * CELL_ASPECT)
    caption_h = round(line * 1.6)
    columns = min(COLUMNS, len(pictures))
    rows = (len(pictures) + columns - 1) // columns
    sheet = QImage(columns * cell_w, rows * (cell_h + caption_h), QImage.Format.Format_RGB32)
    sheet.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(sheet)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    for index, (illustration, image) in enumerate(pictures):
        x = (index % columns) * cell_w
        y = (index // columns) * (cell_h + caption_h)
        painter.drawImage(x, y, image)
        painter.drawText(
            QRectF(x, y + cell_h, cell_w, caption_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            illustration.caption,
        )
    painter.end()
    return sheet


def write_illustrations(out_dir: Path, width: int = 320, dark: bool = False) -> list[Path]:
    """Draw every illustration and the contact sheet into out_dir; the files written."""
    from PySide6.QtGui import QGuiApplication

    from backcoach.ui.widgets.pose_painter import render_pose
    from backcoach.ui.widgets.theme import dark_palette

    palette = dark_palette() if dark else QGuiApplication.palette()
    height = round(width * CELL_ASPECT)
    suffix = "-dark" if dark else ""
    written = []
    pictures = []
    # Plain writes, so the files follow the user's umask like any file they asked for (an atomic
    # write's temporary file is private, 0600); an interrupted run is simply run again.
    out_dir.mkdir(parents=True, exist_ok=True)
    for illustration in illustrations(load_catalogue(), load_pose_library()):
        image = render_pose(illustration.pose, width, height, palette)
        pictures.append((illustration, image))
        path = out_dir / illustration.file_name.replace(".png", f"{suffix}.png")
        path.write_bytes(png_bytes(image))
        written.append(path)
    sheet_path = out_dir / f"contact-sheet{suffix}.png"
    sheet_path.write_bytes(png_bytes(contact_sheet(pictures, palette, width)))
    written.append(sheet_path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m backcoach.illustrations",
        description="Write one PNG per exercise position, and a contact sheet of them all.",
    )
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR", help="the folder to write into")
    parser.add_argument("--width", type=int, default=320, help="width of each picture in pixels")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args(argv)
    if not 32 <= args.width <= 4096:
        parser.error("--width must be between 32 and 4096 pixels")
    # Only images are drawn, so no display is needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    try:
        written = write_illustrations(args.out_dir, args.width, args.dark)
    except OSError as error:
        print(f"Cannot write the illustrations: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
