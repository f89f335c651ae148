"""Before a session: choose the routine, see what it holds and read each exercise (its picture,
how to do it, its safety note), optionally rate the pain, start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.catalogue import Exercise
from backcoach.core.timeline import Timeline
from backcoach.core.words import duration_text, item_text, plural
from backcoach.ui.player.exercise_preview import ExercisePreview
from backcoach.ui.player.pain_scale import PainScale
from backcoach.ui.widgets.buttons import make_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class RoutineExercises(QListWidget):
    """The routine's exercises, each on two lines (its name, then its numbers) so no row wraps,
    as high as its rows: no empty box under a short routine, a scroll bar under a long one."""

    def fit(self) -> None:
        rows = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(self.count()))
        self.setMaximumHeight(max(rows, self.sizeHintForRow(0)) + 2 * self.frameWidth() + 2)


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        routine_label = QLabel(PlayerText.tr("&Routine"))
        routine_label.setFont(scaled_font(self, 1.1))
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(PlayerText.tr("Routine"))
        self.routine_box.setToolTip(PlayerText.tr("The routine to follow"))
        self.routine_box.setFont(scaled_font(self, 1.1))
        self.routine_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        routine_label.setBuddy(self.routine_box)
        top.addWidget(routine_label)
        top.addWidget(self.routine_box)
        top.addStretch(1)
        self.top = top
        self._buttons = 0  # added beside the routine box
        layout.addLayout(top)

        self.title = QLabel()
        self.title.setFont(scaled_font(self, 2.0, bold=True))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(PlayerText.tr("Routine name"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setFont(scaled_font(self, 1.15))
        self.description.setAccessibleName(PlayerText.tr("Routine description"))
        self.length = QLabel()
        self.length.setFont(scaled_font(self, 1.15, bold=True))
        self.length.setAccessibleName(PlayerText.tr("Routine length"))
        plain_labels(self.title, self.description, self.length)  # from data (plain_text.py)

        # The routine and its exercises; the one chosen is read beside them before starting.
        body = QHBoxLayout()
        body.setSpacing(24)
        self.exercises = RoutineExercises()
        self.exercises.setAccessibleName(PlayerText.tr("Exercises in the routine"))
        self.exercises.setToolTip(
            PlayerText.tr("Choose an exercise to see its picture, how to do it and its safety note")
        )
        self.exercises.setFont(scaled_font(self, 1.1))
        self.exercises.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exercises.setSpacing(2)
        self.exercises.currentRowChanged.connect(self._show_exercise)
        listed = QVBoxLayout()
        listed.setSpacing(6)
        for widget in (self.title, self.description, self.length):
            listed.addWidget(widget)
        listed.addWidget(self.exercises, 1)  # as high as its rows, when there is room
        listed.addStretch(0)
        body.addLayout(listed, 4)
        self.preview = ExercisePreview()
        body.addWidget(self.preview, 5)
        layout.addLayout(body, 1)
        self._shown: tuple[Exercise, ...] = ()
        self.pose = self.preview.pose  # the start page's figure: the chosen exercise's

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(line)

        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        rating = QVBoxLayout()
        self.pain = PainScale(PlayerText.tr("How does your back feel right now?"))
        rating.addWidget(self.pain)
        # In sight, not in a menu: a user who does not want the question can say so here.
        self.ask_pain_box = QCheckBox(
            PlayerText.tr("&Ask how my back feels before and after each session")
        )
        self.ask_pain_box.setAccessibleName(PlayerText.tr("Ask how my back feels"))
        self.ask_pain_box.setToolTip(
            PlayerText.tr(
                "A pain rating from 0 to 10 before and after each session, for the history's chart"
            )
        )
        rating.addWidget(self.ask_pain_box)
        bottom.addLayout(rating, 3)
        # Not a default button: outside a dialog it only looks like one, and that look hid the
        # focus ring; Space starts from anywhere on the page.
        self.start_button = make_button(
            PlayerText.tr("&Start"),
            PlayerText.tr("Start"),
            PlayerText.tr("Start the routine (Space)"),
        )
        self.start_button.setFont(scaled_font(self, 1.5, bold=True))
        # A big target: three times its word, or its word and a wide margin when the word is
        # long (a translation), so the rating beside it keeps its room.
        metrics = self.start_button.fontMetrics()
        word = metrics.horizontalAdvance(PlayerText.tr("Start"))
        self.start_button.setMinimumSize(
            min(3 * word, word + 6 * metrics.height()), metrics.height() * 2 + 8
        )
        self.start_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)

    def add_button(self, button: QWidget) -> None:
        """A button beside the routine box, after those added before it."""
        self._buttons += 1
        self.top.insertWidget(self.top.indexOf(self.routine_box) + self._buttons, button)

    def show_routine(self, timeline: Timeline) -> None:
        """The routine, its exercises listed with their numbers; the exercise chosen before
        stays chosen when the same routine shows again (after an edit), else the first."""
        routine = timeline.routine
        self.title.setText(routine.name)
        self.description.setText(routine.description)
        self.length.setText(
            PlayerText.tr("{plural} · about {duration_text}").format(
                plural=plural(len(timeline.items), "exercise"),
                duration_text=duration_text(timeline.total_seconds),
            )
        )
        row = self.exercises.currentRow()
        same = [e.id for e in self._shown] == [e.id for e in timeline.exercises]
        self._shown = timeline.exercises
        self.exercises.blockSignals(True)
        self.exercises.clear()
        for number, (item, exercise) in enumerate(
            zip(timeline.items, timeline.exercises, strict=True), start=1
        ):
            reps = item_text(item.reps, item.hold_seconds, item.sets, item.both_sides)
            self.exercises.addItem(f"{number}. {exercise.name}\n     {reps}")
        self.exercises.blockSignals(False)
        self.exercises.fit()
        self.exercises.setCurrentRow(row if same and 0 <= row < len(self._shown) else 0)
        self._show_exercise(self.exercises.currentRow())

    def show_problem(self, name: str, message: str) -> None:
        """A routine that cannot start: its name and why, and no exercise to read."""
        self.title.setText(name)
        self.description.setText(message)
        self.length.clear()
        self._shown = ()
        self.exercises.clear()
        self.preview.clear()

    def _show_exercise(self, row: int) -> None:
        if 0 <= row < len(self._shown):
            self.preview.show_exercise(self._shown[row])
