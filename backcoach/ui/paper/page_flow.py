"""Text and blocks flowing down pages of a PDF or a printer: each line is placed where it fits,
and what does not fit goes to the next page whole (a line, a table row, a picture), so nothing is
ever cut at the bottom of a page. Every page gets a footer with the document's title and number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from backcoach.ui.paper.paper_style import GREY, INK, MARGIN_MM, RULE, font
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")


class PageFlow:
    """Draws down the pages of `device` from the top margin; `footer` is printed on each page."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter, footer: str) -> None:
        self.device, self.painter, self.footer = device, painter, footer
        self.dots_per_mm = device.logicalDpiY() / 25.4
        margin = self.mm(MARGIN_MM)
        self.left = margin
        self.width = device.width() - 2 * margin
        self.top = margin
        self.footer_font = font(8)
        footer_height = QFontMetricsF(self.footer_font, device).height()
        self.bottom = device.height() - margin - footer_height * 1.8
        self.y = self.top
        self.page = 1

    def mm(self, length: float) -> float:
        return length * self.dots_per_mm

    @property
    def room(self) -> float:
        """The height left on this page."""
        return self.bottom - self.y

    def new_page(self) -> None:
        self._draw_footer()
        self.device.newPage()
        self.page += 1
        self.y = self.top

    def finish(self) -> None:
        self._draw_footer()

    def ensure(self, height: float) -> None:
        """Go to a new page unless `height` fits on this one (a block taller than a page is
        started on a fresh page and left to its own lines)."""
        if height > self.room and self.y > self.top:
            self.new_page()

    def space(self, millimetres: float) -> None:
        self.y = min(self.y + self.mm(millimetres), self.bottom)

    def lines(self, text: str, chosen: QFont, width: float) -> list[tuple[float, str]]:
        """The text broken into lines to fit `width`: each line's height and its words."""
        layout = QTextLayout(text, chosen, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        found = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            found.append(
                (line.height(), text[line.textStart() : line.textStart() + line.textLength()])
            )
        layout.endLayout()
        return found or [(QFontMetricsF(chosen, self.device).height(), "")]

    def text_height(self, text: str, chosen: QFont, width: float | None = None) -> float:
        return sum(h for h, _ in self.lines(text, chosen, width or self.width))

    def paragraph(
        self,
        text: str,
        chosen: QFont | None = None,
        *,
        indent: float = 0.0,
        colour=INK,
        keep_lines: int = 2,
        after: float = 1.5,
    ) -> None:
        """A paragraph, broken across pages between lines; its first `keep_lines` lines stay
        together (no lonely first line at a page's foot)."""
        chosen = chosen or font(10)
        width = self.width - indent
        lines = self.lines(text, chosen, width)
        self.ensure(sum(h for h, _ in lines[:keep_lines]))
        self.painter.setFont(chosen)
        self.painter.setPen(colour)
        for height, words in lines:
            self.ensure(height)
            self.painter.drawText(
                QRectF(self.left + indent, self.y, width, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                words.rstrip("\n"),
            )
            self.y += height
        self.space(after)

    def heading(self, text: str, points: float = 13, *, keep_with: float = 0.0) -> None:
        """A heading, kept on one page with the first `keep_with` of what follows."""
        chosen = font(points, bold=True)
        self.ensure(self.text_height(text, chosen) + keep_with + self.mm(2))
        self.space(1.5 if self.y > self.top else 0)
        self.paragraph(text, chosen, after=1.2)

    def rule(self) -> None:
        self.painter.setPen(QPen(RULE, self.mm(0.25)))
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.left + self.width, self.y))
        self.space(2)

    def block(self, height: float, draw: Callable[[QRectF], None]) -> None:
        """A block drawn whole on one page (a picture, a chart): `draw` gets its rectangle."""
        self.ensure(height)
        draw(QRectF(self.left, self.y, self.width, height))
        self.y += height

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        points: float = 9,
        min_row: float = 0.0,
        body_points: float | None = None,
    ) -> None:
        """A table, split between rows, its header repeated on each page it spans. widths:
        the columns' shares of the width; min_row: the least height of a row (room to write);
        body_points: the rows' size, when not the header's."""
        total = sum(widths)
        columns = [self.width * w / total for w in widths]
        pad = self.mm(1.2)
        body, bold = font(body_points or points), font(points, bold=True)

        def row_height(cells: Sequence[str], chosen: QFont) -> float:
            tallest = max(
                self.text_height(cell, chosen, width - 2 * pad)
                for cell, width in zip(cells, columns, strict=True)
            )
            return max(min_row, tallest + 2 * pad)

        def draw_row(cells: Sequence[str], chosen: QFont, height: float) -> None:
            x = self.left
            self.painter.setFont(chosen)
            self.painter.setPen(INK)
            for cell, width in zip(cells, columns, strict=True):
                y = self.y + pad
                for line_height, words in self.lines(cell, chosen, width - 2 * pad):
                    self.painter.drawText(
                        QRectF(x + pad, y, width - 2 * pad, line_height),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        words.rstrip("\n"),
                    )
                    y += line_height
                x += width
            self.y += height
            self.painter.setPen(QPen(RULE, self.mm(0.2)))
            self.painter.drawLine(
                QPointF(self.left, self.y), QPointF(self.left + self.width, self.y)
            )

        header_height = row_height(header, bold) if min_row == 0 else 0.0
        header_height = (
            header_height
            or max(
                self.text_height(cell, bold, width - 2 * pad)
                for cell, width in zip(header, columns, strict=True)
            )
            + 2 * pad
        )
        first_row = row_height(rows[0], body) if rows else 0.0
        self.ensure(header_height + first_row)
        draw_row(header, bold, header_height)
        for cells in rows:
            height = row_height(cells, body)
            if height > self.room:
                self.new_page()
                draw_row(header, bold, header_height)
            draw_row(cells, body, height)
        self.space(3)

    def _draw_footer(self) -> None:
        self.painter.setFont(self.footer_font)
        self.painter.setPen(GREY)
        # In the bottom margin's top, below the last line of text.
        area = QRectF(self.left, self.bottom, self.width, self.device.height() - self.bottom)
        area.setBottom(self.device.height() - self.mm(MARGIN_MM) + self.mm(4))
        self.painter.drawText(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), self.footer
        )
        self.painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            PaperText.tr("Page {page}").format(page=self.page),
        )
