"""Work put off until the main window has first painted: what the user waits for at start is
the window with the issue open (``bench/editor_bench.py`` measures to that paint), and this
work shows nothing in it (reading the archive folder, the question about recovered work)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is not painted at once (started minimised) does the work after this long.
LATEST_MS = 1000


class AfterFirstPaint(QObject):
    """Calls made once ``window`` has painted for the first time, in the order added."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self._calls: list[Callable[[], object]] | None = []  # None: painted, the calls made
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def add(self, call: Callable[[], object]) -> None:
        """Make ``call`` after the first paint (soon, when that is over already)."""
        if self._calls is None:
            QTimer.singleShot(0, self, call)
        else:
            self._calls.append(call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Paint:
            self.window_.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is on the screen
        return False

    def _run(self) -> None:
        calls, self._calls = self._calls or [], None
        for call in calls:
            call()
