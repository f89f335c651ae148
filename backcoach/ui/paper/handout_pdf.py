"""A routine's handout on paper: the general safety advice first, then each exercise with a
picture of each position (each side where it matters), drawn by the player's own pose painter,
its numbers, its instructions and its safety note; last, a tick-box table for two weeks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from backcoach.core.handout import TICK_DAYS, Handout, HandoutExercise
from backcoach.core.pose.library import PoseLibrary
from backcoach.core.pose.motion import mirror
from backcoach.core.words import date_text
from backcoach.ui.paper.page_flow import PageFlow
from backcoach.ui.paper.paper_style import GREY, INK, PAPER, RULE, font, paper_palette
from backcoach.ui.widgets.pose_picture import PosePicture
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")

FIGURES_PER_ROW = 4
FIGURE_ASPECT = 0.62  # height / width of a picture
TICK = "☐"


def paint_handout(
    device: QPagedPaintDevice, painter: QPainter, handout: Handout, poses: PoseLibrary, today: date
) -> int:
    """Draw the handout on the device's pages; the number of pages."""
    flow = PageFlow(
        device,
        painter,
        PaperText.tr("BackCoach · {routine_name}").format(routine_name=handout.routine_name),
    )
    flow.paragraph(handout.routine_name, font(20, bold=True), after=1)
    if handout.description:
        flow.paragraph(handout.description, font(11), colour=GREY)
    flow.paragraph(
        PaperText.tr(
            "Your home exercises, printed on {date_text}. Do them "
            "slowly; breathe normally while you hold."
        ).format(date_text=date_text(today)),
        font(10),
        colour=GREY,
        after=3,
    )
    _safety(flow, handout)
    for exercise in handout.exercises:
        _exercise(flow, exercise, poses)
    _tick_table(flow, handout)
    flow.finish()
    return flow.page


def _safety(flow: PageFlow, handout: Handout) -> None:
    flow.heading(PaperText.tr("Safety first"), 12)
    for title, text in handout.safety:
        flow.paragraph(f"{title}. {text}", font(9), indent=flow.mm(3), after=0.8)
    flow.space(2)
    flow.rule()


def _exercise(flow: PageFlow, exercise: HandoutExercise, poses: PoseLibrary) -> None:
    cell = flow.width / FIGURES_PER_ROW
    picture_height = cell * FIGURE_ASPECT
    caption_height = flow.text_height("Xg\nXg", font(8), cell)
    rows = -(-len(exercise.figures) // FIGURES_PER_ROW)
    # An exercise stays on one page: its pictures beside its words.
    flow.ensure(
        flow.text_height(exercise.name, font(13, bold=True))
        + flow.text_height(exercise.purpose, font(9.5, italic=True))
        + rows * (picture_height + caption_height)
        + flow.text_height(
            PaperText.tr("Do: {dose}. {rest}").format(dose=exercise.dose, rest=exercise.rest),
            font(10, bold=True),
        )
        + flow.text_height(exercise.instructions, font(10))
        + flow.text_height(
            PaperText.tr("Take care: {safety}").format(safety=exercise.safety),
            font(9.5, italic=True),
        )
        + flow.mm(12)
    )
    flow.heading(f"{exercise.number}. {exercise.name}", keep_with=picture_height + caption_height)
    if exercise.purpose:
        flow.paragraph(exercise.purpose, font(9.5, italic=True), colour=GREY, after=1)
    for row in range(rows):
        shown = exercise.figures[row * FIGURES_PER_ROW : (row + 1) * FIGURES_PER_ROW]

        def draw(area: QRectF, shown=shown, first=row * FIGURES_PER_ROW) -> None:
            for index, figure in enumerate(shown):
                pose = poses.get(figure.pose_id)
                pose = mirror(pose) if figure.mirrored else pose
                box = QRectF(area.left() + index * cell, area.top(), cell, picture_height)
                inner = box.adjusted(flow.mm(1), flow.mm(1), -flow.mm(1), -flow.mm(1))
                PosePicture(pose).paint(flow.painter, inner, paper_palette(), background=PAPER)
                flow.painter.setPen(QPen(RULE, flow.mm(0.2)))
                flow.painter.drawRect(inner)
                flow.painter.setFont(font(8))
                flow.painter.setPen(INK)
                flow.painter.drawText(
                    QRectF(box.left(), box.bottom(), cell, caption_height),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                    | int(Qt.TextFlag.TextWordWrap),
                    f"{first + index + 1}. {figure.caption}",
                )

        flow.block(picture_height + caption_height, draw)
    flow.space(1)
    flow.paragraph(
        PaperText.tr("Do: {dose}. {rest}").format(dose=exercise.dose, rest=exercise.rest),
        font(10, bold=True),
        after=1,
    )
    flow.paragraph(exercise.instructions, font(10))
    if exercise.safety:
        flow.paragraph(
            PaperText.tr("Take care: {safety}").format(safety=exercise.safety),
            font(9.5, italic=True),
            after=2,
        )
    flow.rule()


def _tick_table(flow: PageFlow, handout: Handout) -> None:
    header = [
        PaperText.tr("Day"),
        PaperText.tr("Date"),
        *handout.tick_exercises,
        PaperText.tr("Pain before (0–10)"),
        PaperText.tr("Pain after"),
    ]
    rows = [
        [str(day), "", *(TICK for _ in handout.tick_exercises), "", ""]
        for day in range(1, TICK_DAYS + 1)
    ]
    widths = [0.8, 1.4, *(1.3 for _ in handout.tick_exercises), 1.1, 1.0]
    # The table goes on a page of its own when it does not fit whole below the last exercise.
    flow.ensure(flow.mm(12) * (TICK_DAYS + 3))
    flow.heading(PaperText.tr("Two weeks on paper"), 12)
    flow.paragraph(
        PaperText.tr(
            "Tick each exercise when you have done it, and write down "
            "your pain before and after (0 is none, 10 the worst). Bring "
            "this sheet to your next appointment."
        ),
        font(9.5),
        colour=GREY,
    )
    # Boxes big enough to tick with a pen.
    flow.table(header, rows, widths, points=8, min_row=flow.mm(8.5), body_points=14)
