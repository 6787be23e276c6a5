"""Another program changing the open file: never overwritten unasked, offered to reload;
comments typed into a file are announced before a save drops them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.gui.autosave import recovery_dir
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import dump_issue, load_issue, save_issue

from .conftest import Dialogs, edit

ISSUER = ("masthead", "issuer")
Button = QMessageBox.StandardButton


def save_keys(window: MainWindow) -> None:
    """Ctrl+S in ``window``, made the active window first (as the user's click does)."""
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def other_editor_saves(path: Path, issuer: str) -> MainWindow:
    """A second editor opens ``path``, changes the issuer and saves with Ctrl+S."""
    other = MainWindow()
    other.show()
    other.files.open_path(path)
    edit(other, ISSUER, issuer)
    save_keys(other)
    assert not other.doc.modified
    return other


def activate(window: MainWindow) -> None:
    """The user comes back to ``window`` from another program."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QApplication.processEvents()


@pytest.mark.parametrize(("answer", "kept"), [
    (Button.Cancel, "第二位编辑"), (Button.Save, "第一位编辑"), (Button.Discard, "第二位编辑")])
def test_saving_over_a_file_changed_since_it_was_opened_asks(
        window: MainWindow, sample_path: Path, dialogs: Dialogs, answer: Button, kept: str) -> None:
    window.files.open_path(sample_path)
    edit(window, ISSUER, "第一位编辑")
    other_editor_saves(sample_path, "第二位编辑")
    dialogs.answers["question"] = Button.No  # coming back: not reloaded…
    dialogs.answers["warning"] = answer  # …and then saved
    save_keys(window)
    assert [kind for kind, _title, _text in dialogs.shown] == ["question", "warning"]
    _kind, title, text = dialogs.shown[1]
    assert title == "文件已被修改" and "sample.yaml" in text
    assert "改动了 1 行" in text and "第二位编辑" in text  # what the other editor changed
    assert load_issue(sample_path).masthead.issuer == kept
    if answer == Button.Discard:  # their version read in, nothing of ours written
        assert window.doc.value(ISSUER) == "第二位编辑" and not window.doc.modified
    else:
        assert window.doc.modified == (answer == Button.Cancel)


def test_a_file_changed_behind_an_unmodified_editor_is_offered_again(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    other = other_editor_saves(sample_path, "第二位编辑")
    dialogs.answers["question"] = Button.Yes
    activate(window)
    [(kind, _title, text)] = dialogs.shown
    assert kind == "question" and "要重新读取吗" in text and "第二位编辑" in text
    assert window.doc.value(ISSUER) == "第二位编辑" and not window.doc.modified
    activate(other)
    activate(window)
    assert len(dialogs.shown) == 1  # asked once for each change


def test_unsaved_edits_are_not_dropped_for_a_change_on_disk_unasked(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    edit(window, ISSUER, "第一位编辑")
    other = other_editor_saves(sample_path, "第二位编辑")
    dialogs.answers["question"] = Button.No
    activate(window)
    [(kind, _title, text)] = dialogs.shown
    assert kind == "question" and "未保存的修改" in text
    assert window.doc.value(ISSUER) == "第一位编辑" and window.doc.modified
    activate(other)
    activate(window)
    assert len(dialogs.shown) == 1  # declined: not asked again for the same change
    info = sample_path.stat()
    os.utime(sample_path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))  # touched since
    activate(other)
    activate(window)
    assert len(dialogs.shown) == 1
    dialogs.answers["warning"] = Button.Cancel
    save_keys(window)  # …but saving over it still asks
    assert dialogs.shown[-1][:2] == ("warning", "文件已被修改")
    assert load_issue(sample_path).masthead.issuer == "第二位编辑"


def test_a_file_touched_but_not_changed_asks_nothing(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    edit(window, ISSUER, "第一位编辑")
    info = sample_path.stat()
    os.utime(sample_path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    activate(window)
    save_keys(window)
    assert dialogs.shown == []
    assert load_issue(sample_path).masthead.issuer == "第一位编辑"


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Save])
def test_comments_are_announced_once_before_a_save_drops_them(
        window: MainWindow, sample_path: Path, dialogs: Dialogs, answer: Button) -> None:
    text = sample_path.read_text(encoding="utf-8").replace(
        "schema_version: 1\n", "# 九月刊：张三负责第二部分\nschema_version: 1  # 不要改\n", 1)
    sample_path.write_text(text, encoding="utf-8")
    window.files.open_path(sample_path)
    edit(window, ISSUER, "改了")
    dialogs.answers["warning"] = answer
    save_keys(window)
    [(kind, _title, message)] = dialogs.shown
    assert kind == "warning" and "此文件中的注释在保存后会丢失" in message
    if answer == Button.Cancel:
        assert sample_path.read_text(encoding="utf-8") == text and window.doc.modified
        return
    assert "#" not in sample_path.read_text(encoding="utf-8")
    edit(window, ISSUER, "又改了")
    save_keys(window)
    assert len(dialogs.shown) == 1  # once per file
    assert load_issue(sample_path).masthead.issuer == "又改了"


def test_a_hash_in_text_is_no_comment(window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    edit(window, ISSUER, "第 #1 号")
    save_keys(window)
    window.files.open_path(sample_path)
    edit(window, ISSUER, "第 #2 号")
    save_keys(window)
    assert dialogs.shown == []
    assert load_issue(sample_path).masthead.issuer == "第 #2 号"


def test_the_file_watcher_asks_while_the_editor_is_in_front(
        window: MainWindow, sample_path: Path, dialogs: Dialogs, qtbot) -> None:
    window.files.open_path(sample_path)
    activate(window)
    issue = load_issue(sample_path)
    issue.masthead.issuer = "命令行写入"
    save_issue(issue, sample_path)  # another program, while this window stays active
    dialogs.answers["question"] = Button.Yes
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=5000)
    assert dialogs.shown[0][0] == "question" and "命令行写入" in dialogs.shown[0][2]
    assert window.doc.value(ISSUER) == "命令行写入"


def left_by_a_crash(path: Path, issuer: str) -> None:
    """The recovery file of an editor killed while editing ``path`` (as ``Autosave.save_now``
    writes it): the issuer changed, the file as it was then."""
    issue = load_issue(path)
    issue.masthead.issuer = issuer
    info = path.stat()
    recovery_dir().mkdir(parents=True, exist_ok=True)
    (recovery_dir() / "0123abcd.json").write_text(json.dumps({
        "format": 1, "saved_at": "2026-12-03T09:00:00", "path": str(path),
        "issue": dump_issue(issue, path), "disk": [info.st_mtime_ns, info.st_size]}), encoding="utf-8")


def recover(window: MainWindow, dialogs: Dialogs) -> None:
    dialogs.answers["question"] = Button.Yes  # 恢复
    assert window.offer_recovery()
    assert window.doc.value(ISSUER) == "恢复的修改" and window.doc.modified


def test_recovered_edits_are_not_saved_over_a_later_change_on_disk_unasked(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    left_by_a_crash(sample_path, "恢复的修改")
    recover(window, dialogs)
    other = other_editor_saves(sample_path, "第二位编辑")
    dialogs.answers["question"] = Button.No  # keep the recovered edits
    activate(window)
    _kind, title, text = dialogs.shown[-1]
    assert title == "文件已被修改" and "未保存的修改" in text and "第二位编辑" in text
    dialogs.answers["warning"] = Button.Cancel
    save_keys(window)
    assert dialogs.shown[-1][:2] == ("warning", "文件已被修改")
    assert load_issue(sample_path).masthead.issuer == "第二位编辑"
    other.close()


def test_a_file_changed_between_the_crash_and_the_recovery_is_a_change_on_disk(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    left_by_a_crash(sample_path, "恢复的修改")
    other = other_editor_saves(sample_path, "第二位编辑")
    other.close()
    recover(window, dialogs)
    dialogs.answers["question"] = Button.No
    activate(window)
    _kind, title, text = dialogs.shown[-1]
    assert title == "文件已被修改" and "在上次自动保存之后" in text
    assert window.doc.value(ISSUER) == "恢复的修改"


def test_a_recovered_file_unchanged_on_disk_saves_without_a_question(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    left_by_a_crash(sample_path, "恢复的修改")
    recover(window, dialogs)
    activate(window)
    save_keys(window)
    assert len(dialogs.shown) == 1  # only the recovery's
    assert load_issue(sample_path).masthead.issuer == "恢复的修改"
