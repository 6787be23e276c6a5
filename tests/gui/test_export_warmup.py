"""After start the editor readies Word export in a worker thread, so that the first export
(Ctrl+E) finds the template made and takes no longer than the next ones."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor_app.gui import export_warmup
from editor_app.gui.app import main
from editor_app.gui.main_window import MainWindow

exporter = pytest.importorskip("editor_app.export.docx.exporter")
template_cache = pytest.importorskip("editor_app.export.docx.template_cache")


def test_the_first_export_finds_the_template_and_its_status_line_made_by_the_warm_up(
        sample_path: Path, tmp_path: Path, save_dialog, dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporter, "_TEMPLATES", {})  # as in a new process
    made_in: list[tuple[str, float]] = []  # the threads that made (loaded or built) a template, when
    real = template_cache.load_or_build

    def recorded(profile):
        made_in.append((threading.current_thread().name, time.monotonic() - started))
        return real(profile)

    monkeypatch.setattr(template_cache, "load_or_build", recorded)
    target = tmp_path / "out.docx"
    save_dialog(target)
    lines: list[object] = []  # the status line offering to open the export, before and after it

    def export_when_warm() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not exporter._TEMPLATES and time.monotonic() - started < 30:
            QTimer.singleShot(20, export_when_warm)
            return
        lines.append(window.files.export_done)
        QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export Word
        line = window.files.export_done
        lines.extend([line, line is not None and line.isVisible()])
        window.close()

    QTimer.singleShot(0, export_when_warm)
    started = time.monotonic()
    assert main([str(sample_path)]) == 0
    [(thread, after)] = made_in  # once, and not on the export
    assert thread == export_warmup.THREAD_NAME
    assert after >= 0.9 * export_warmup.WARM_UP_DELAY_MS / 1000  # not during start-up
    assert target.read_bytes().startswith(b"PK")
    # The warm-up made the line (hidden); the export showed that one, not one of its own.
    assert len(lines) == 3 and lines[0] is not None and lines[0] is lines[1] and lines[2] is True


def test_a_window_gone_before_the_warm_up_is_left_alone(sample_path: Path, qtbot) -> None:
    """Closed and deleted within the warm-up's delay (or ended by a signal), the window is not
    asked for its status line afterwards: that raised "Internal C++ object already deleted"
    into whatever ran Qt's event loop next."""
    windows: list[MainWindow] = []

    def close_at_once() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows.append(window)
        window.close()

    QTimer.singleShot(0, close_at_once)
    assert main([str(sample_path)]) == 0
    windows[0].deleteLater()
    qtbot.wait(export_warmup.WARM_UP_DELAY_MS + 300)  # an exception in the event loop fails the test
