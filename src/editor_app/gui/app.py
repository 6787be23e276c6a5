"""``bulletin-editor [FILE]``: start the application and open the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from .settings import APPLICATION, ORGANIZATION, language

STYLE_SHEET = """
QLineEdit[severity="error"], QTextEdit[severity="error"], QSpinBox[severity="error"],
QDateEdit[severity="error"], QComboBox[severity="error"] { border: 2px solid #d32f2f; }
QLineEdit[severity="warning"], QTextEdit[severity="warning"], QSpinBox[severity="warning"],
QDateEdit[severity="warning"], QComboBox[severity="warning"] { border: 2px solid #f9a825; }
QLabel#formHeading { font-size: 15pt; font-weight: bold; }
QLabel#formBanner { color: #b71c1c; }
QLabel#projectSentence { background: #fafafa; border: 1px solid #ddd; padding: 6px; }
"""


def setup_application(app: QApplication) -> None:
    """Names (for settings and the recovery folder) and the look of marked fields."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("双碳资讯编辑器")
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
    install_translations(app, language())


def install_translations(app: QApplication, lang: str) -> None:
    """Qt's own strings (dialog buttons, context menus) in the interface language.

    The editor's strings are Simplified Chinese in the source; Traditional Chinese and
    English catalogues (.ts in the repository, built to .qm) are still to come.
    """
    if app.findChild(QTranslator, "qtTranslations") is not None:
        return
    translator = QTranslator(app)
    translator.setObjectName("qtTranslations")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        app.installTranslator(translator)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="bulletin-editor", description="双碳资讯编辑器")
    parser.add_argument("file", nargs="?", type=Path, help="要打开的期刊文件（.yaml）")
    options, qt_args = parser.parse_known_args(args)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    setup_application(app)

    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if not window.offer_recovery() and options.file is not None:
        window.files.open_path(options.file)
    return app.exec()
