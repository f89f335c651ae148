"""Write the pose illustrations as PNGs: one per position of the catalogue, a contact sheet, and
a strip of frames for every movement of every exercise.

    python -m backcoach.illustrations OUTDIR [--width 320] [--dark]

Each position's pose becomes OUTDIR/<pose>.png; a pose that differs left and right, in an exercise
done on each side, also gets its mirror image, and the files are named <pose>-right.png and
<pose>-left.png after the side of the body that works. contact-sheet.png shows them all with
their names, for the README and for review. OUTDIR/strips/<from>-to-<to>.png shows each movement
(getting ready, moving into the held position, releasing it) frame by frame as the player draws
it, for review: a movement that differs left and right gets one strip per side.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from backcoach.core.catalogue import Catalogue, Exercise, load_catalogue
from backcoach.core.pose.library import PoseLibrary, load_pose_library
from backcoach.core.pose.model import Pose
from backcoach.core.pose.motion import can_interpolate, mirror
from backcoach.core.pose.sides import mirrored_for

if TYPE_CHECKING:  # Qt loads only when pictures are drawn, so the listing works without it
    from PySide6.QtGui import QImage, QPalette

CELL_ASPECT = 0.625  # height / width of one illustration (16:10)
COLUMNS = 4
STRIP_FRAMES = 7  # frames of a movement, from its start to its end


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


@dataclass(frozen=True)
class Strip:
    """One movement to draw frame by frame: from one pose to another, on one side."""

    start: Pose
    end: Pose
    file_name: str
    caption: str


def strips(catalogue: Catalogue, library: PoseLibrary) -> list[Strip]:
    """Every movement of the catalogue's exercises, each once, in the catalogue's order: the
    get-ready (from the setup position to the start), the move into the held position and the
    release; for an exercise done on each side, the left and the right when they differ."""
    found: list[Strip] = []
    seen: set[str] = set()
    for exercise in catalogue:
        for side in ("left", "right") if exercise.per_side else (None,):
            for start_id, end_id in _movements(exercise):
                mirrored = mirrored_for(library.get(end_id), side) or mirrored_for(
                    library.get(start_id), side
                )
                start, end = library.get(start_id), library.get(end_id)
                if mirrored:
                    start, end = mirror(start), mirror(end)
                if not can_interpolate(start, end):
                    continue
                one_sided = not (start.is_symmetric() and end.is_symmetric())
                name = f"{start_id}-to-{end_id}"
                caption = f"{start.name} → {end.name}"
                if side and one_sided:
                    name += f"-{side}"
                    caption += f" ({side} {exercise.side_label})"
                if name not in seen:
                    seen.add(name)
                    found.append(Strip(start, end, f"{name}.png", caption))
    return found


def _movements(exercise: Exercise) -> list[tuple[str, str]]:
    setup, start, hold = exercise.setup_position, exercise.start_position, exercise.hold_position
    moves = [(setup.pose, start.pose)] if setup.pose != start.pose else []
    if hold.pose != start.pose:
        moves += [(start.pose, hold.pose), (hold.pose, start.pose)]
    return moves


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


def strip_image(strip: Strip, palette: QPalette, width: int) -> QImage:
    """The movement's frames side by side, as the player draws them, under its caption; each
    frame says how far along the movement it is."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage, QPainter, QPalette

    from backcoach.ui.widgets.pose_picture import PosePicture

    font = QGuiApplication.font()
    line = round(QFontMetricsF(font).height() * 1.5)
    cell_w, cell_h = width, round(width * CELL_ASPECT)
    image = QImage(STRIP_FRAMES * cell_w, cell_h + 2 * line, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    picture = PosePicture(strip.end, strip.start)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(
        QRectF(8, 0, image.width() - 16, line), Qt.AlignmentFlag.AlignVCenter, strip.caption
    )
    for frame in range(STRIP_FRAMES):
        progress = frame / (STRIP_FRAMES - 1)
        cell = QRectF(frame * cell_w, line, cell_w, cell_h)
        picture.paint(painter, cell.adjusted(4, 4, -4, -4), palette, progress)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(cell.left(), cell.bottom(), cell_w, line),
            Qt.AlignmentFlag.AlignCenter,
            f"{progress:.0%}",
        )
    painter.end()
    return image


def write_illustrations(out_dir: Path, width: int = 320, dark: bool = False) -> list[Path]:
    """Draw every illustration, the contact sheet and the movements' strips into out_dir; the
    files written."""
    from PySide6.QtGui import QGuiApplication

    from backcoach.core.storage.files import write_bytes_atomic
    from backcoach.ui.widgets.pose_painter import render_pose
    from backcoach.ui.widgets.theme import dark_palette

    palette = dark_palette() if dark else QGuiApplication.palette()
    height = round(width * CELL_ASPECT)
    suffix = "-dark" if dark else ""
    written = []
    pictures = []
    for illustration in illustrations(load_catalogue(), load_pose_library()):
        image = render_pose(illustration.pose, width, height, palette)
        pictures.append((illustration, image))
        path = out_dir / illustration.file_name.replace(".png", f"{suffix}.png")
        write_bytes_atomic(path, png_bytes(image))
        written.append(path)
    sheet_path = out_dir / f"contact-sheet{suffix}.png"
    write_bytes_atomic(sheet_path, png_bytes(contact_sheet(pictures, palette, width)))
    written.append(sheet_path)
    (out_dir / "strips").mkdir(parents=True, exist_ok=True)
    for strip in strips(load_catalogue(), load_pose_library()):
        path = out_dir / "strips" / strip.file_name.replace(".png", f"{suffix}.png")
        write_bytes_atomic(path, png_bytes(strip_image(strip, palette, width)))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m backcoach.illustrations",
        description="Write one PNG per exercise position, a contact sheet of them all, and a "
        "strip of frames for every movement.",
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
