"""``bulletin-editor [FILE]``: start the application and open the main window."""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir
from ..render.fonts import use_render_fonts
from .export_warmup import warm_export_later
from .i18n import apply_language
from .interface_font import add_chinese_faces
from .settings import APPLICATION, ORGANIZATION, language

if TYPE_CHECKING:
    from .main_window import MainWindow

# The desktop entry's name, so that Wayland compositors and docks match windows to it.
DESKTOP_FILE_NAME = "cn.xingcheng.BulletinEditor"


def setup_application(app: QApplication) -> None:
    """Names (for settings and the recovery folder), the icon, the interface font and language.

    No application-wide style sheet: it would send every widget through Qt's style-sheet
    engine (about 25 ms of the start); marked fields carry their own (``fields.mark_widget``).
    """
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    if app.windowIcon().isNull():  # an installer may have set its own already
        app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "bulletin-editor.svg")))
    add_chinese_faces(app)
    apply_language(app, language())


def parse_arguments(args: list[str]) -> tuple[Path | None, list[str]]:
    """The file to open and the arguments left for Qt (``-style fusion`` …).

    ``bulletin-editor [FILE]`` needs no parser: argparse, looking up gettext catalogues for
    its help texts, would add 3 ms to every start.
    """
    if len(args) <= 1 and not any(arg.startswith("-") for arg in args):
        return (Path(args[0]) if args else None), []
    import argparse

    # Printed before the application (and so the interface language) exists: not translated.
    parser = argparse.ArgumentParser(prog="bulletin-editor", description="双碳资讯编辑器")
    parser.add_argument("file", nargs="?", type=Path, help="要打开的期刊文件（.yaml）")
    options, qt_args = parser.parse_known_args(args)
    return options.file, qt_args


# How often Python gets control while Qt's event loop runs, so that a signal's handler runs.
SIGNAL_TICK_MS = 200


def end_on_signals(window: MainWindow) -> None:
    """SIGTERM and SIGHUP (``kill``, a logout, a shutdown) end the editor as quitting does,
    without questions: unsaved edits stay in the recovery file for the next start to offer,
    and the recovery folder's lock goes."""
    def ended(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window, window.end_from_outside)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # SIGHUP: not on Windows
            signal.signal(getattr(signal, name), ended)
    tick = QTimer(window)  # Python's handler runs when the interpreter next has control
    tick.timeout.connect(lambda: None)
    tick.start(SIGNAL_TICK_MS)


def main(argv: Sequence[str] | None = None) -> int:
    file, qt_args = parse_arguments(list(sys.argv[1:] if argv is None else argv))
    use_render_fonts()  # the preview's faces are those of the Word file's renders
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)  # one made before is a QApplication too (the tests')
    setup_application(app)

    from .main_window import MainWindow

    window = MainWindow(blank=file is None)  # a file given: no blank template first
    end_on_signals(window)
    # The file before the window is shown: one that cannot be read is reported with no
    # half-built window behind, which then comes up with the blank template.
    if file is not None and not window.files.open_path(file):
        window.files.new_from_template("blank")
    window.show()
    # The question about work recovered after a crash comes over the window with the file,
    # once that is painted; looking for recovery files (their locks) costs the start 2 ms.
    window.after_first_paint(window.offer_recovery)
    warm_export_later(window, lambda: window.doc.issue.profile, window.files.export_done_line)
    return app.exec()
