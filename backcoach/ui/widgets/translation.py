"""The ui's words through Qt: `PlayerText = Context("PlayerText")`, then
`PlayerText.tr("Start")`; the .qm files built from assets/translations are installed once, at
start-up, with Qt's own for the standard dialogs (docs/translating.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backcoach.core import i18n
from backcoach.core.resources import asset


class Context:
    """The words of one part of the ui; the variable holding it carries the context's name, so
    that pyside6-lupdate files each call under it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, source, disambiguation, n)


def locale_for(language: str) -> QLocale:
    """The QLocale for the app's language: the system's when it speaks that language (so that a
    German in Austria keeps Austrian dates), the language's own otherwise."""
    system = QLocale.system()
    if language == i18n.PSEUDO_LANGUAGE:
        return QLocale("de_DE")
    if QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def conventions_of(locale: QLocale) -> i18n.Conventions:
    return i18n.Conventions(
        decimal_mark=locale.decimalPoint() or ".",
        hour12="a" in locale.timeFormat(QLocale.FormatType.ShortFormat).lower(),
    )


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load `language`'s translations into `app` and make it the language of the core and of
    QLocale's default; returns the translators, which must live as long as the app."""
    locale = locale_for(language)
    QLocale.setDefault(locale)
    i18n.use_language(language, conventions_of(locale))
    installed: list[QTranslator] = []
    # English too: its .qm holds the plural forms ("%n day(s)") its source text cannot spell.
    ours = QTranslator(app)
    qm = asset(i18n.TRANSLATIONS_FOLDER, i18n.qm_name(language))
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    if language == i18n.SOURCE_LANGUAGE:
        return installed
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
