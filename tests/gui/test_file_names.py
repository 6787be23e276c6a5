"""Names and folders proposed for saving and exporting; the export question; opening an export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from editor_app.gui import file_names, settings
from editor_app.gui.file_names import issue_stem, proposed_path
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue

from ..conftest import SAMPLE
from .conftest import Dialogs, edit

CO2 = ("sections", "xingcheng_action", "projects", 1, "metrics", "co2_reduction", "value")


def test_the_name_comes_from_the_masthead() -> None:
    issue = load_issue(SAMPLE)
    assert issue_stem(issue) == "双碳资讯-2023年第9期"
    issue.masthead.number = None
    assert issue_stem(issue) == "双碳资讯-2023年"
    issue.masthead.year, issue.masthead.number = None, 10
    assert issue_stem(issue) == "双碳资讯-第10期"
    issue.masthead.number = None
    assert issue_stem(issue) == "双碳资讯"
    issue.profile = "nosuch"  # no title either
    assert issue_stem(issue) == "期刊"


def test_characters_windows_refuses_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_names, "load_named", lambda _name: SimpleNamespace(title='碳<资>讯:"周报"/A\\B|C?*.'))
    assert issue_stem(load_issue(SAMPLE)) == "碳资讯周报ABC-2023年第9期"


def test_each_kind_has_its_last_folder(tmp_path: Path) -> None:
    issue = load_issue(SAMPLE)
    issues, texts, exports = (tmp_path / name for name in ("issues", "texts", "exports"))
    settings.set_last_folder(issues / "old.yaml")
    settings.set_last_folder(texts / "news.txt", kind="imports")  # an import is not where issues go
    assert proposed_path(issue, "issues", ".yaml") == issues / "双碳资讯-2023年第9期.yaml"
    assert proposed_path(issue, "exports", ".docx") == issues / "双碳资讯-2023年第9期.docx"  # no export yet
    settings.set_last_folder(exports / "x.docx", kind="exports")
    assert proposed_path(issue, "exports", ".docx") == exports / "双碳资讯-2023年第9期.docx"
    assert proposed_path(issue, "issues", ".yaml") == issues / "双碳资讯-2023年第9期.yaml"


@pytest.fixture
def qt_file_dialogs() -> Iterator[None]:
    """The file dialogs as Qt draws them (the native ones cannot be driven by key events)."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


def answer_file_dialog(seen: list[tuple[str, str]], typed: str = "") -> None:
    """When the file dialog is up: note its folder and proposed name, type ``typed`` (if any)
    over the name and press Return."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    seen.append((dialog.directory().absolutePath(), name.text()))
    if typed:
        QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name, typed)
    QTest.keyClick(name, Qt.Key.Key_Return)


def keys(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, key, modifiers)


def test_save_as_proposes_the_issue_s_name_in_the_last_folder(
        window: MainWindow, tmp_path: Path, qt_file_dialogs: None) -> None:
    folder = tmp_path / "期刊"
    folder.mkdir()
    settings.set_last_folder(folder / "上一期.yaml")
    window.files.new_from_template("bulletin-2023-09-25")  # not saved yet
    seen: list[tuple[str, str]] = []
    QTimer.singleShot(0, lambda: answer_file_dialog(seen))
    keys(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seen == [(str(folder), "双碳资讯-2023年第9期.yaml")]
    assert window.doc.path == folder / "双碳资讯-2023年第9期.yaml"
    assert load_issue(folder / "双碳资讯-2023年第9期.yaml") == window.doc.issue


def test_export_with_errors_asks_before_the_file_name(
        window: MainWindow, sample_path: Path, tmp_path: Path, dialogs: Dialogs, qt_file_dialogs: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.files.open_path(sample_path)
    edit(window, CO2, "-1")
    dialogs.answers["question"] = QMessageBox.StandardButton.No
    with monkeypatch.context() as patched:
        asked: list[object] = []
        patched.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
        keys(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "1 个错误" in dialogs.shown[-1][2] and dialogs.buttons[-1] == {"仍然导出(&E)", "取消(&C)"}
    assert asked == []  # declined: no file name asked for

    seen: list[tuple[str, str]] = []

    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    QTimer.singleShot(0, lambda: answer_file_dialog(seen, "issue9"))
    keys(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == [(str(tmp_path), "双碳资讯-2023年第9期.docx")]
    assert (tmp_path / "issue9.docx").stat().st_size > 0
    assert settings.last_folder("exports") == str(tmp_path)


@pytest.mark.parametrize(("button", "opened"), [("open_file", "out.docx"), ("open_folder", "")])
def test_after_an_export_the_file_or_its_folder_opens(
        window: MainWindow, sample_path: Path, tmp_path: Path, save_dialog, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch, button: str, opened: str) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: asked.append(url) or True))
    window.files.open_path(sample_path)
    save_dialog(tmp_path / "out.docx")
    keys(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    done = window.files.export_done
    assert done is not None and done.isVisible() and done.label.text() == "已导出 out.docx"
    assert (done.open_file.text(), done.open_folder.text()) == ("打开文件", "打开所在文件夹")
    QTest.mouseClick(getattr(done, button), Qt.MouseButton.LeftButton)
    assert asked == [QUrl.fromLocalFile(str(tmp_path / opened) if opened else str(tmp_path))]
    assert not done.isVisible()
    assert dialogs.shown == []
