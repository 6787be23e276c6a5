"""Autosave to a recovery file, and recovery after the editor was killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSysInfo, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.gui.app import main
from editor_app.gui.autosave import orphans, recovery_dir
from editor_app.gui.main_window import MainWindow
from editor_app.issue import issue_file
from editor_app.issue.issue_file import load_issue

from .conftest import Dialogs, edit

ISSUER = ("masthead", "issuer")

# Runs the real editor in another process, edits, waits for the autosave, then idles
# until it is killed.
CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from editor_app.gui.app import setup_application
from editor_app.gui.main_window import MainWindow

app = QApplication([])
setup_application(app)
window = MainWindow()
window.autosave.timer.setInterval(100)
window.show()
window.files.open_path(Path(sys.argv[1]))
field = window.field_widget(("masthead", "issuer"))
QTest.mouseClick(field, Qt.MouseButton.LeftButton)
QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
commit = QInputMethodEvent()  # Chinese as an input method commits it
commit.setCommitString("被杀之前的修改")
QApplication.sendEvent(field, commit)

def report():
    if window.autosave.file.exists():
        print("AUTOSAVED", flush=True)
    else:
        QTimer.singleShot(50, report)

QTimer.singleShot(50, report)
app.exec()
"""


def test_autosave_writes_a_recovery_file_not_the_users(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    original = sample_path.read_bytes()
    window.autosave.timer.setInterval(50)
    window.files.open_path(sample_path)
    assert not window.autosave.timer.isActive()
    edit(window, ISSUER, "自动保存测试")
    assert window.autosave.timer.isActive()
    qtbot.waitUntil(window.autosave.file.exists, timeout=2000)
    assert window.autosave.file.parent == recovery_dir()
    data = json.loads(window.autosave.file.read_text(encoding="utf-8"))
    assert data["path"] == str(sample_path)
    assert "自动保存测试" in data["issue"]
    info = sample_path.stat()
    assert data["disk"] == [info.st_mtime_ns, info.st_size]  # the file as opened, for after a crash
    assert sample_path.read_bytes() == original
    assert orphans() == []  # this editor is alive: its file is not offered

    window.files.save()
    assert not window.autosave.file.exists()


def test_an_edit_is_written_once_typing_pauses_for_two_seconds(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    """A crash loses at most the last seconds of work (it was up to 30 s)."""
    window.files.open_path(sample_path)
    field = window.field_widget(ISSUER)
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    QTest.keyClicks(field, "abc")
    typed = time.monotonic()
    assert not window.autosave.file.exists()
    qtbot.waitUntil(window.autosave.file.exists, timeout=5000)
    assert 1.5 <= time.monotonic() - typed < 4.5
    assert "abc" in json.loads(window.autosave.file.read_text(encoding="utf-8"))["issue"]


def test_typing_without_a_pause_is_written_at_the_latest_after_the_longest_wait(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    window.autosave.deadline.setInterval(300)
    field = window.field_widget(ISSUER)
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    for letter in "abcdefghijklmnop":  # a key every 60 ms: never the 2 s pause
        QTest.keyClicks(field, letter)
        qtbot.wait(60)
        if window.autosave.file.exists():
            break
    assert window.autosave.file.exists(), "not written while typing went on"
    assert letter != "p"  # written before the typing ended


def test_undo_to_saved_state_drops_the_recovery_file(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    window.autosave.timer.setInterval(50)
    window.files.open_path(sample_path)
    edit(window, ISSUER, "临时")
    qtbot.waitUntil(window.autosave.file.exists, timeout=2000)
    window.undo_action.trigger()
    assert not window.autosave.file.exists()
    assert not window.autosave.timer.isActive()


def test_recovery_after_the_editor_is_killed(
        qtbot, sample_path: Path, tmp_path: Path, dialogs: Dialogs) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sample_path)], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert child.stdout is not None  # stdout=PIPE
    try:
        deadline = time.monotonic() + 60
        line = ""
        while "AUTOSAVED" not in line and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert "AUTOSAVED" in line, "the editor did not autosave"
    finally:
        child.kill()  # SIGKILL: no chance to clean up
        child.wait(timeout=30)
    assert [f.suffix for f in recovery_dir().iterdir()].count(".json") == 1
    assert load_issue(sample_path).masthead.issuer == "成都兴城双碳研究院"

    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    window = MainWindow()
    try:
        assert window.offer_recovery()
        [(_kind, title, text)] = dialogs.shown
        assert title == "恢复未保存的修改"
        assert dialogs.buttons == [{"恢复(&R)", "丢弃(&D)", "忽略(&I)"}]
        assert "sample.yaml" in text and time.strftime("%Y-%m-%d") in text
        assert window.doc.value(ISSUER) == "被杀之前的修改"
        assert window.doc.path == sample_path
        assert window.isWindowModified()
        assert window.autosave.file.exists()  # the restored work is protected at once
        assert orphans() == []
        assert load_issue(sample_path).masthead.issuer == "成都兴城双碳研究院"
    finally:
        window.doc.undo_stack.setClean()
        window.close()
    assert list(recovery_dir().glob("*.json")) == []


def test_discard_or_postpone_a_recovery(sample_path: Path, dialogs: Dialogs, qtbot) -> None:
    crashed = MainWindow()
    crashed.files.open_path(sample_path)
    edit(crashed, ISSUER, "没有保存")
    crashed.autosave.save_now()
    crashed.autosave.lock.unlock()  # as if the process had died

    later = MainWindow()
    try:
        dialogs.answers["question"] = QMessageBox.StandardButton.Ignore
        assert not later.offer_recovery()
        assert len(orphans()) == 1  # still there for the next start; released again
        for recovery in orphans():
            recovery.release()
        dialogs.answers["question"] = QMessageBox.StandardButton.Discard
        assert not later.offer_recovery()
        assert orphans() == []
        assert later.doc.path is None
    finally:
        later.close()
        crashed.doc.undo_stack.setClean()
        crashed.close()


def test_recovering_one_of_two_says_the_other_waits(sample_path: Path, tmp_path: Path, dialogs: Dialogs,
                                                    qtbot) -> None:
    """Two editors crashed: one window takes one; the other was put off without a word."""
    crashed = []
    for name in ("a.yaml", "b.yaml"):
        path = tmp_path / name
        path.write_bytes(sample_path.read_bytes())
        window = MainWindow()
        window.files.open_path(path)
        edit(window, ISSUER, f"没有保存{name}")
        window.autosave.save_now()
        window.autosave.lock.unlock()  # as if the process had died
        crashed.append(window)
    later = MainWindow()
    try:
        dialogs.answers["question"] = QMessageBox.StandardButton.Yes
        assert later.offer_recovery()
        assert later.statusBar().currentMessage() == "另有 1 份未保存的修改，下次启动编辑器时再询问"
        assert len(orphans()) == 1  # still there for the next start
    finally:
        later.doc.undo_stack.setClean()
        later.close()
        for window in crashed:
            window.doc.undo_stack.setClean()
            window.close()


def test_recovery_is_offered_over_the_file_given(sample_path: Path, monkeypatch, qtbot, dialogs: Dialogs) -> None:
    """``bulletin-editor FILE`` after a crash: the question comes with FILE open behind it."""
    crashed = MainWindow()
    crashed.files.open_path(sample_path)
    edit(crashed, ISSUER, "没有保存")
    crashed.autosave.save_now()
    crashed.autosave.lock.unlock()  # as if the process had died
    behind: list[tuple[Path | None, bool]] = []

    def close_editor() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.close()

    def question(box: QMessageBox) -> int:
        parent = box.parentWidget()
        assert isinstance(parent, MainWindow)
        behind.append((parent.doc.path, parent.isVisible()))
        QTimer.singleShot(0, close_editor)  # once answered
        return dialogs.click(box)

    dialogs.answers["question"] = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "exec", question)
    no_question = QTimer(singleShot=True, interval=10_000)  # none came: the assertion below says so
    no_question.timeout.connect(close_editor)
    no_question.start()
    try:
        assert main([str(sample_path)]) == 0
    finally:
        no_question.stop()  # not left to close a later test's windows
        crashed.doc.undo_stack.setClean()
        crashed.close()
    assert behind == [(sample_path, True)]
    assert orphans() == []


def test_stale_lock_files_are_cleaned(qtbot) -> None:
    window = MainWindow()  # unmodified: a lock file but no recovery file
    lock = window.autosave.file.with_suffix(".lock")
    assert lock.exists()
    window.autosave.lock.unlock()
    host = QSysInfo.machineHostName()
    lock.write_text(f"999999\npython\n{host}\n")  # a dead editor's
    assert orphans() == []
    assert not lock.exists()


def _unwritable(monkeypatch) -> None:
    """Stands in for a value the YAML writer cannot write (the file reading and the user's
    keys stay real): the writer refuses as PyYAML does."""
    def refuse(_data: object) -> str:
        raise yaml.representer.RepresenterError("cannot represent an object", object())

    monkeypatch.setattr(issue_file, "dump_yaml", refuse)


def test_save_of_an_unwritable_issue_says_so_and_leaves_the_file(
        window: MainWindow, sample_path: Path, dialogs: Dialogs, monkeypatch) -> None:
    window.files.open_path(sample_path)
    original = sample_path.read_bytes()
    edit(window, ISSUER, "写不出")
    _unwritable(monkeypatch)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("critical", "保存失败")
    assert text.startswith(str(sample_path)) and "文件未改动" in text and "\n" not in text
    assert sample_path.read_bytes() == original
    assert window.isWindowModified()


def test_autosave_failure_is_reported_once_and_retried(
        window: MainWindow, sample_path: Path, monkeypatch, qtbot) -> None:
    window.files.open_path(sample_path)
    failures: list[str] = []
    window.autosave.failed.connect(failures.append)
    edit(window, ISSUER, "写不出")
    _unwritable(monkeypatch)
    window.autosave.save_now()
    window.autosave.save_now()
    assert len(failures) == 1 and "自动保存失败，稍后重试" in failures[0]
    assert window.autosave_label.isVisible() and window.autosave_label.text() == failures[0]
    assert window.autosave.timer.isActive()  # it keeps trying
    assert not window.autosave.file.exists()

    monkeypatch.undo()
    window.autosave.timer.setInterval(20)
    window.autosave.timer.start()
    qtbot.waitUntil(window.autosave.file.exists, timeout=2000)
    assert not window.autosave_label.isVisible()


@pytest.mark.parametrize("content", [
    b'{"format": 1, "saved_at": "2026-',  # cut short by a crash
    b"[" * 100_000,  # nested deeper than the decoder goes
], ids=["cut short", "nested too deep"])
def test_a_broken_recovery_file_is_kept_aside_and_shown(dialogs: Dialogs, qtbot, content: bytes) -> None:
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    broken = folder / "0123abcd.json"
    broken.write_bytes(content)
    window = MainWindow()
    assert not window.offer_recovery()
    [aside] = folder.glob("0123abcd.json.broken-*")
    assert aside.read_bytes() == content
    assert not broken.exists()
    [(kind, _title, text)] = dialogs.shown
    assert kind == "information" and str(aside) in text
    assert orphans() == []  # not offered again at the next start


def test_the_editor_starts_without_a_recovery_folder(dialogs: Dialogs, sample_path: Path,
                                                    qtbot) -> None:
    folder = recovery_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")  # mkdir fails as on a read-only disk
    window = MainWindow()
    window.show()
    assert window.autosave.off and "自动保存已关闭" in window.autosave.off
    assert window.autosave_label.isVisible() and str(folder) in window.autosave_label.text()
    window.files.open_path(sample_path)
    edit(window, ISSUER, "照常编辑")
    window.autosave.save_now()
    assert not window.autosave.timer.isActive()
    assert not window.offer_recovery()
    window.doc.undo_stack.setClean()
    window.close()
    assert dialogs.shown == []


# Runs the editor as its command does (``app.main``), typing into the issuer first when told,
# and says READY; then waits for a signal.
ENDED_CHILD = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from editor_app.gui.app import main
from editor_app.gui.main_window import MainWindow

app = QApplication([sys.argv[0]])

def ready():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, ready)
        return
    if sys.argv[2] == "edit":
        field = windows[0].field_widget(("masthead", "issuer"))
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClick(field, Qt.Key.Key_End)
        QTest.keyClicks(field, "SIGTERM")
    print("READY", flush=True)

QTimer.singleShot(0, ready)
sys.exit(main([sys.argv[1]]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize(("signum", "edited"), [
    (signal.SIGTERM, False), (signal.SIGTERM, True), (getattr(signal, "SIGHUP", 1), True)])
def test_the_editor_ended_by_a_signal_leaves_no_lock(
        sample_path: Path, signum: int, edited: bool) -> None:
    """``kill`` (or a logout) ends the editor as quitting does, without questions: no lock
    stays in the recovery folder, and unsaved edits stay in the recovery file."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", ENDED_CHILD, str(sample_path), "edit" if edited else "open"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None  # stdout=PIPE
    try:
        assert "READY" in child.stdout.readline(), "the editor did not start"
        assert len(list(recovery_dir().glob("*.lock"))) == 1  # the running editor's
        child.send_signal(signum)
        assert child.wait(timeout=30) == 0
    finally:
        child.kill()
    assert list(recovery_dir().glob("*.lock")) == []
    found = orphans()
    try:
        assert [r.issue.masthead.issuer for r in found] == (["成都兴城双碳研究院SIGTERM"] if edited else [])
        assert all(r.path == sample_path for r in found)
    finally:
        for recovery in found:
            recovery.release()
    assert load_issue(sample_path).masthead.issuer == "成都兴城双碳研究院"
