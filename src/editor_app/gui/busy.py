"""Slow work off the event loop, with a busy indicator when it takes more than a moment."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 400


def run_busy(parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """``work()`` in a worker thread, its result or its exception here.

    The window keeps painting meanwhile but takes no input; a busy progress dialog appears
    when the work lasts longer than SHOW_AFTER_MS.
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAccessibleName(label)
    progress.setValue(0)  # starts the clock of the minimum duration
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(work)
            while not future.done():
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
                wait([future], timeout=0.02)
            return future.result()
    finally:
        progress.close()
        progress.deleteLater()
