"""Entry point of the frozen editor ``bulletin-editor`` (PyInstaller needs a script file).

Smoke test of a built bundle: with ``BULLETIN_EDITOR_SMOKE_TEST=SECONDS`` in the environment
the editor starts as usual (give it an issue file to open), and after SECONDS checks that
the main window is shown with that file and that no exception reached the event loop and
no message box is open, and prints the text of Help ▸ About (with the version); it then
quits with exit status 0, or 3 when a check failed. It
prints ``smoke: window shown at <unix time>`` once the window has been painted, so that
the build script can measure the start-up time. Without the variable nothing changes.
The editor's own code (``editor_app.gui``) knows nothing of this.

The script also does what only a bundle needs: the window icon and the desktop file name
(Wayland matches windows to ``<APP_ID>.desktop`` by it), and on macOS opens the files that
Finder sends ("Open With") as ``QFileOpenEvent``.
"""

import os
import sys
import time
import traceback
from pathlib import Path

from editor_app.gui.app import main

APP_ID = "cn.xingcheng.BulletinEditor"
SMOKE_VARIABLE = "BULLETIN_EDITOR_SMOKE_TEST"


def prepare_application():
    """Create the QApplication that ``main()`` then reuses."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication, QMainWindow

    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0], *sys.argv[1:]])
    assert isinstance(app, QApplication)  # instance() is typed as the QCoreApplication it may be
    icon = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent)) / "icons" / "bulletin-editor.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))

    class FileOpenFilter(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.FileOpen and event.file():
                window = next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)), None)
                files = getattr(window, "files", None)
                if files is not None:
                    files.open_path(Path(event.file()))
                    return True
            return False

    if sys.platform == "darwin":
        app._file_open_filter = FileOpenFilter(app)
        app.installEventFilter(app._file_open_filter)
    return app


def smoke_test(seconds: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    app = prepare_application()
    problems: list[str] = []
    expected = [a for a in sys.argv[1:] if not a.startswith("-")]

    def excepthook(kind, value, tb):
        problems.append("".join(traceback.format_exception(kind, value, tb)))
        sys.__excepthook__(kind, value, tb)

    def main_window():
        return next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)), None)

    def report_shown():
        window = main_window()
        if window is not None and window.isVisible():
            window.repaint()
            print(f"smoke: window shown at {time.time():.3f}", flush=True)
        else:
            QTimer.singleShot(20, report_shown)

    def check():
        window = main_window()
        if window is None or not window.isVisible():
            problems.append("no main window is shown")
        else:
            title = window.windowTitle()
            print(f"smoke: window title {title!r}", flush=True)
            for name in expected:
                stem = os.path.splitext(os.path.basename(name))[0]
                if stem not in title:
                    problems.append(f"{name} is not open (title {title!r})")
        for box in app.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                problems.append(f"a message box is open: {box.text()!r}")
        about = getattr(window, "about_action", None)
        if about is not None:  # Help ▸ About, with its message box caught: it shows the version
            shown = []
            original = QMessageBox.about
            QMessageBox.about = staticmethod(lambda _parent, title, text: shown.append(f"{title}: {text}"))
            try:
                about.trigger()
            finally:
                QMessageBox.about = original
            print(f"smoke: about {' '.join(shown)!r}", flush=True)
        for problem in problems:
            print(f"smoke: FAILED: {problem}", file=sys.stderr, flush=True)
        app.exit(3 if problems else 0)

    sys.excepthook = excepthook
    QTimer.singleShot(0, report_shown)
    QTimer.singleShot(int(seconds * 1000), check)
    status = main()
    if status == 0 and problems:
        status = 3
    print(f"smoke: exit status {status}", flush=True)
    return status


if __name__ == "__main__":
    seconds = os.environ.get(SMOKE_VARIABLE)
    if seconds:
        sys.exit(smoke_test(float(seconds)))
    prepare_application()
    sys.exit(main())
