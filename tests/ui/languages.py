"""A language for a test of the window: Qt's translators and the core's lookup installed on the
test's QApplication before the app state reads the catalogue, all taken away after it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from backcoach.core.i18n import use_language
from backcoach.ui.widgets.translation import install_translators


@contextmanager
def speaking(language: str, right_to_left: bool = False) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    installed = install_translators(app, language)
    if right_to_left:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(locale)
        use_language("en")
