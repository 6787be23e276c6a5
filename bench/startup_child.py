"""One child of ``editor_bench.py``: a window shown, a marker printed at its first paint.

    python bench/startup_child.py bare|editor [FILE] [--wait-preview]
    python bench/startup_child.py export FILE OUT.docx DELAY_MS

It imports nothing but ``sys`` before the window's own imports, so that neither child pays
for the benchmark's machinery (argparse, statistics, subprocess … would add about 7 ms to
the bare window and flatter the editor's ratio). Both children detect "shown" the same way:
the window's showEvent installs an event filter; at the window's first paint a zero-delay
timer prints the marker and the CPU time the process has used so far (ms). The editor runs
its real entry point, which opens FILE before the event loop starts. With ``--wait-preview``
the window is closed only once the preview is laid out and painted (for peak memory), after
printing ``pages N``. ``export``: the editor as above; DELAY_MS after its first paint (the user
reading), File ▸ Export Word to OUT.docx twice, printing ``export FIRST SECOND`` (ms each).

    python bench/startup_child.py editor FILE --list-classes
    python bench/startup_child.py floor [QtModule.Class ...]

``--under-valgrind`` (about 50 times slower): the child ends at its marker, so that valgrind
counts the start and not the exit; in the editor, the timers that fire after the first paint in
a normal start (the preview's layout 250 ms after a change, the export warm-up and the
first-paint fallback after a second) are put off, so that they still do.

``--list-classes``: after the marker, print ``classes`` and the PySide6 classes that exist by
the editor's first paint (PySide6 makes a class, with its Python enums, when it is first
named). ``floor``: the bare window, but first naming those classes, with a line edit holding
Chinese text as its central widget (the first line edit loads Qt's font database, and its
text a CJK face): what any window naming the editor's Qt classes pays before its first paint.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typing is imported by PySide6 anyway; these names are not
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QMainWindow

    from editor_app.gui.preview_pane import PreviewPane

MARKER = "shown"
EXPORT: list[str] = []  # OUT.docx and DELAY_MS of the export child
LIST_CLASSES: list[bool] = []  # [True]: print the classes made by the first paint
UNDER_VALGRIND: list[bool] = []  # [True]: end at the marker
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")


def _finish(window: QMainWindow, wait_preview: bool) -> None:
    import time  # built in: microseconds, and only once the window is shown

    print(MARKER, f"{time.process_time() * 1000:.1f}", flush=True)
    if LIST_CLASSES:
        print("classes", *_classes_made(), flush=True)
    if UNDER_VALGRIND:
        import os

        os._exit(0)
    if EXPORT:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(EXPORT[1]), lambda: _export_twice(window, EXPORT[0]))
        return
    preview = getattr(window, "preview", None)
    if not wait_preview or preview is None:
        window.close()
    elif preview.pages is not None:
        _close_when_painted(window, preview)
    else:
        preview.page_count_changed.connect(lambda _count: _close_when_painted(window, preview))


def _export_twice(window: QMainWindow, target: str) -> None:
    """File ▸ Export Word twice, the save dialog answered with ``target``; prints both times."""
    import time

    from PySide6.QtWidgets import QFileDialog

    QFileDialog.getSaveFileName = staticmethod(lambda *_args, **_kwargs: (target, ""))  # type: ignore[method-assign]
    times = []
    try:
        for _ in range(2):
            start = time.perf_counter()
            window.files.export_word()  # type: ignore[attr-defined]
            times.append((time.perf_counter() - start) * 1000)
        print("export", *(f"{t:.1f}" for t in times), flush=True)
    finally:  # a failed export ends the child too (its traceback on stderr), not the bench
        window.close()


def _classes_made() -> list[str]:
    """``QtWidgets.QLineEdit`` …: the classes of PySide6's modules made so far."""
    return [f"{module}.{name}" for module in QT_MODULES
            for name in vars(sys.modules[f"PySide6.{module}"])
            if name.startswith("Q") or name == "Qt"]


def _close_when_painted(window: QMainWindow, preview: PreviewPane) -> None:
    from PySide6.QtCore import QTimer

    pages = preview.pages
    assert pages is not None  # called once the preview is laid out
    print(f"pages {len(pages.pages)}", flush=True)
    QTimer.singleShot(0, window.close)


def _hook_show(window_class: type, wait_preview: bool) -> None:
    """Make ``window_class`` call ``_finish`` right after its first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def __init__(self, window: QMainWindow) -> None:
            super().__init__(window)
            self.window = window

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: _finish(self.window, wait_preview))
            return False

    def show_event(self: QMainWindow, event: QShowEvent) -> None:
        QMainWindow.showEvent(self, event)
        # Marked on the window, not looked up with findChild: that walks every child and
        # wraps each in Python, 9 ms for the editor's window and nothing for the bare one.
        if not getattr(self, "_first_paint_hooked", False):
            self._first_paint_hooked = True  # type: ignore[attr-defined]
            self.installEventFilter(FirstPaint(self))

    window_class.showEvent = show_event


def run_bare(wait_preview: bool) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    class BareWindow(QMainWindow):
        pass

    _hook_show(BareWindow, wait_preview)
    app = QApplication([sys.argv[0]])
    window = BareWindow()
    window.show()
    return app.exec()


def run_floor(classes: list[str], wait_preview: bool) -> int:
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    for qualified in classes:
        module, _, name = qualified.partition(".")
        getattr(sys.modules[f"PySide6.{module}"], name)

    class FloorWindow(QMainWindow):
        pass

    _hook_show(FloorWindow, wait_preview)
    app = QApplication([sys.argv[0]])
    window = FloorWindow()
    window.setCentralWidget(QLineEdit("双碳资讯", window))
    window.show()
    return app.exec()


def run_editor(files: list[str], wait_preview: bool) -> int:
    from editor_app.gui import app, main_window

    if UNDER_VALGRIND:
        from editor_app.gui import export_warmup, first_paint, preview_pane

        later = 10**6  # ms
        preview_pane.DEBOUNCE_MS = export_warmup.WARM_UP_DELAY_MS = first_paint.LATEST_MS = later
    _hook_show(main_window.MainWindow, wait_preview)
    return app.main(files)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    wait = "--wait-preview" in arguments
    LIST_CLASSES[:] = [True] if "--list-classes" in arguments else []
    UNDER_VALGRIND[:] = [True] if "--under-valgrind" in arguments else []
    kind, *files = [a for a in arguments if a not in ("--wait-preview", "--list-classes", "--under-valgrind")]
    if kind == "export":
        kind, files, EXPORT[:] = "editor", files[:1], files[1:]
    runs = {"bare": lambda: run_bare(wait), "floor": lambda: run_floor(files, wait),
            "editor": lambda: run_editor(files, wait)}
    sys.exit(runs[kind]())
