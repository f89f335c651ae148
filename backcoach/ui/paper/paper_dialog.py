"""What the handout and the report dialogs share: the paper size, Save as PDF…, Print preview…
(where Qt's print support is installed) and a line that says what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.paper_data import inside_folder
from backcoach.ui.app_state import AppState
from backcoach.ui.paper.paper_style import page_size_for
from backcoach.ui.paper.pdf_files import Painter, paint_on, write_pdf
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")

SIZES = (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter)


def print_support() -> bool:
    """Whether Qt's print support loads (some builds leave it out)."""
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


class PaperDialog(QDialog):
    """A dialog that makes one kind of document: subclasses fill `form` and say what to draw."""

    def __init__(self, state: AppState, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(title)
        # Wide enough for the title and the buttons in one row, as a screen of 800 allows.
        self.setMinimumWidth(min(540, self.screen().availableGeometry().width() - 40))
        self.form = QFormLayout()
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(PaperText.tr("Paper size"))
        self.size_box.setToolTip(
            PaperText.tr("A4 or US Letter; chosen from your language and country")
        )
        for size in SIZES:
            self.size_box.addItem(QPageSize.name(size), size)
        self.size_box.setCurrentIndex(SIZES.index(page_size_for().id()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(PaperText.tr("What happened"))
        buttons = QDialogButtonBox()
        self.save_button = self._button(
            buttons, PaperText.tr("&Save as PDF…"), PaperText.tr("Write the document as a PDF file")
        )
        self.save_button.clicked.connect(self.save)
        self.preview_button = self._button(
            buttons,
            PaperText.tr("Print pre&view…"),
            PaperText.tr("See the pages, then print them on paper"),
        )
        self.preview_button.clicked.connect(self.preview)
        self.preview_button.setVisible(print_support())
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(PaperText.tr("Close"))
        close.setToolTip(PaperText.tr("Close this window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._printer: object = None  # kept while a preview is open: the preview draws on it

    def add_size_row(self) -> None:
        self.form.addRow(PaperText.tr("Paper si&ze:"), self.size_box)

    @staticmethod
    def _button(buttons: QDialogButtonBox, text: str, tip: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        return button

    # --- for the subclasses -------------------------------------------------------------

    def document(self) -> tuple[Painter, str, str] | str:
        """(what draws it, its title, a file name to offer) or, when it cannot be made, why."""
        raise NotImplementedError

    # --- saving and printing ------------------------------------------------------------

    def page_size(self) -> QPageSize:
        return QPageSize(self.size_box.currentData())

    def save(self) -> Path | None:
        made = self.document()
        if isinstance(made, str):
            self.status.setText(made)
            return None
        paint, title, file_name = made
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            PaperText.tr("Save {title}").format(title=title),
            str(Path(documents) / file_name),
            PaperText.tr("PDF files (*.pdf)"),
        )
        return self.save_to(Path(name), paint, title) if name else None

    def save_to(self, path: Path, paint: Painter, title: str) -> Path | None:
        """Write the PDF to `path`; the line under the form says whether it worked."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if inside_folder(path, self.state.store.folder):
            self.status.setText(
                PaperText.tr(
                    "{name} would go into BackCoach's data folder: choose another folder."
                ).format(name=path.name)
            )
            return None
        try:
            write_pdf(path, paint, self.page_size(), title)
        except OSError as error:
            self.status.setText(
                PaperText.tr("{path} could not be written: {value}.").format(
                    path=path, value=error.strerror or error
                )
            )
            return None
        self.status.setText(PaperText.tr("Saved {path}.").format(path=path))
        return path

    def preview(self) -> None:
        made = self.document()
        if isinstance(made, str):
            self.status.setText(made)
            return
        paint = made[0]
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        # The printer outlives the preview: the preview draws on it until it closes.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(self.page_size())
        printer.setFullPage(True)
        self._printer = printer
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(PaperText.tr("Print preview: {made}").format(made=made[1]))
        dialog.paintRequested.connect(lambda printer: paint_on(printer, paint))
        dialog.exec()
        dialog.deleteLater()
