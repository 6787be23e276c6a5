"""``bulletin-editor [FILE]``: start the application and open the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .i18n import apply_language
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
    """Names (for settings and the recovery folder), the interface language, the look of
    marked fields."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    apply_language(app, language())
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Printed before the application (and so the interface language) exists: not translated.
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
