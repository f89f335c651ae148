"""The handout and the report as PDF files, or on a printer: one function per document that
draws it on any paged device, and one that makes the PDF's bytes and writes them.

The PDF is made in memory and written with one plain write, so a target that cannot be written
gives an OSError with the reason, and a half-made file is never left behind by a drawing error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from backcoach.core.handout import Handout
from backcoach.core.pose.library import PoseLibrary, load_pose_library
from backcoach.core.report import ProgressReport
from backcoach.ui.paper.handout_pdf import paint_handout
from backcoach.ui.paper.paper_style import page_size_for
from backcoach.ui.paper.report_pdf import paint_report
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")

RESOLUTION = 300  # dots per inch the PDF's coordinates count in: fine lines, exact text

Painter = Callable[[QPagedPaintDevice, QPainter], int]


def handout_painter(handout: Handout, today: date, poses: PoseLibrary | None = None) -> Painter:
    chosen = poses or load_pose_library()
    return lambda device, painter: paint_handout(device, painter, handout, chosen, today)


def report_painter(report: ProgressReport, today: date) -> Painter:
    return lambda device, painter: paint_report(device, painter, report, today)


def paint_on(device: QPagedPaintDevice, paint: Painter) -> int:
    """Draw on a device (a PDF writer, a printer); the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(PaperText.tr("Qt could not start drawing on the page"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return paint(device, painter)
    finally:
        painter.end()


def pdf_bytes(paint: Painter, page_size: QPageSize | None = None, title: str = "") -> bytes:
    """The PDF of a document drawn by `paint`, on paper of `page_size` (the locale's)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("BackCoach")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            page_size or page_size_for(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    paint_on(writer, paint)
    buffer.close()
    return bytes(data.data())


def write_pdf(
    path: Path, paint: Painter, page_size: QPageSize | None = None, title: str = ""
) -> None:
    """Write the PDF to `path`; an OSError says why it could not be written."""
    content = pdf_bytes(paint, page_size, title)
    path.write_bytes(content)


def write_handout(path: Path, handout: Handout, today: date) -> int:
    """The command line's writer (see cli/paper_commands.py): the pages written."""
    return _write_counted(path, handout_painter(handout, today), f"{handout.routine_name}")


def write_report(path: Path, report: ProgressReport, today: date) -> int:
    return _write_counted(
        path, report_painter(report, today), PaperText.tr("BackCoach progress report")
    )


def _write_counted(path: Path, paint: Painter, title: str) -> int:
    pages: list[int] = []

    def counted(device: QPagedPaintDevice, painter: QPainter) -> int:
        pages.append(paint(device, painter))
        return pages[-1]

    write_pdf(path, counted, title=title)
    return pages[-1]
