"""The interface language: translating texts, switching languages while the editor runs.

Simplified Chinese is the source language; Traditional Chinese and English come from the
catalogues in resources/translations (``catalogue``), Qt's own dialog strings from the
``qtbase_*.qm`` files shipped with Qt. Installing catalogues makes Qt send every widget a
LanguageChange event, on which the widgets set their texts again (``InterfaceTexts``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .catalogue import CatalogueTranslator, catalogue_path, read_catalogue
from .qt_texts import QtGaps

SOURCE_LANGUAGE = "zh_CN"
# Each language named in itself, as the language menu shows it.
LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
_LANGUAGE_PROPERTY = "interfaceLanguage"
_TRANSLATORS = ("qtTranslations", "qtGapTranslations", "editorTranslations")
# The locale of each language: month and day names in the calendar, Qt's dialogs.
_LOCALES = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en": "en_US"}

Text = Callable[[], str]  # a text in the current interface language, asked again on a change


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` (Simplified Chinese) in the interface language.

    Call it with string literals, as ``pyside6-lupdate`` extracts the messages from the
    calls; a text chosen at run time is marked with ``QT_TRANSLATE_NOOP`` where it is written.
    """
    return QCoreApplication.translate(context, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (which finds the calls by this name) and return it.

    Qt's own marker does the same, but its stubs say it returns ``object``.
    """
    return text


class InterfaceTexts:
    """Texts of one widget that follow the language: set now, and again by ``apply``."""

    def __init__(self) -> None:
        self._bound: list[tuple[Callable[[str], object], Text]] = []

    def bind(self, setter: Callable[[str], object], text: Text) -> None:
        self._bound.append((setter, text))
        setter(text())

    def apply(self) -> None:
        for setter, text in self._bound:
            setter(text())


def gui_application() -> QGuiApplication:
    """The running application (``instance()`` is typed as an optional QCoreApplication)."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app


def current_language(app: QGuiApplication) -> str:
    return str(app.property(_LANGUAGE_PROPERTY) or SOURCE_LANGUAGE)


def apply_language(app: QGuiApplication, language: str) -> None:
    """Install the catalogues of ``language`` (unknown codes mean the source language)."""
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    if app.property(_LANGUAGE_PROPERTY) == language:
        return
    for name in _TRANSLATORS:
        old = app.findChild(QTranslator, name)
        if old is not None:
            app.removeTranslator(old)
            old.setParent(None)
    qt = QTranslator(app)
    qt.setObjectName(_TRANSLATORS[0])
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    gaps = QtGaps(language, app)
    gaps.setObjectName(_TRANSLATORS[1])
    app.installTranslator(gaps)
    if language != SOURCE_LANGUAGE:
        editor = CatalogueTranslator(read_catalogue(catalogue_path(language)), app)
        editor.setObjectName(_TRANSLATORS[2])
        app.installTranslator(editor)
    _use_locale(app, QLocale(_LOCALES[language]))
    app.setProperty(_LANGUAGE_PROPERTY, language)
    app.setApplicationDisplayName(translate("Application", "双碳资讯编辑器"))


def _use_locale(app: QGuiApplication, locale: QLocale) -> None:
    """Make ``locale`` the default, also of the windows already open (a widget takes the
    default when it is made), so that their calendars name months and days in it."""
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.setLocale(locale)
