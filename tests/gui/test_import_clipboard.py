"""File ▸ 从剪贴板导入…: text copied elsewhere goes into the same review as a .txt file."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from editor_app.gui.import_dialog import ImportDialog
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue

from ..conftest import DATA
from .conftest import Dialogs, select_all, top_level_items

SAMPLE_TEXT = (DATA / "bulletin-2023-09-25.txt").read_text(encoding="utf-8")


def import_from_clipboard(window: MainWindow) -> None:
    """Alt+F, then B (从剪贴板导入(&B)…), as a user opens it from the keyboard."""
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = window.menuBar().activeAction().menu()
    assert isinstance(menu, QMenu) and menu.isVisible()
    QTest.keyClick(menu, Qt.Key.Key_B)


def review(window: MainWindow) -> ImportDialog:
    import_from_clipboard(window)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def activate(window: MainWindow) -> None:
    """The user clicks into ``window`` after the review (for the window's shortcuts)."""
    QTest.qWait(50)  # the menu the review was opened from closes
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    assert QApplication.activeWindow() is window


def section_rows(dialog: ImportDialog) -> list[str]:
    return [node.text(0) for node in top_level_items(dialog.contents)[1:5]]


def test_the_copied_text_is_recognised_as_a_text_file_is(window: MainWindow) -> None:
    QApplication.clipboard().setText(SAMPLE_TEXT)
    before = deepcopy(window.doc.issue)
    dialog = review(window)
    assert dialog.windowTitle() == "导入 剪贴板的文字"
    assert section_rows(dialog) == [
        "一、特别关注（1 条）", "二、省内双碳信息（2 条）", "三、兴城双碳行动（2 个项目）",
        "四、成都兴城双碳研究院动态（1 条）",
    ]
    assert dialog.steps["pinyin"].text() == "删除拼音注音残留 212 处(&P)"
    # no 期号 in the text, nor an archive to continue: a warning, as for a .txt file
    assert dialog.warnings_label.text() == "警告 1 条(&W)："
    assert window.doc.issue == before  # nothing changes before the review is accepted
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(window.doc.issue.sections.xingcheng_action.projects) == 2
    assert window.undo_action.text() == "撤销 导入 剪贴板的文字(&Z)"


def test_invisible_characters_from_a_pdf_are_cleaned_and_said(window: MainWindow) -> None:
    """Copied from a PDF: a right-to-left override, a zero-width space, Kangxi radicals."""
    QApplication.clipboard().setText("2023.09.25\n一、特别关注\n全省\u200b⽅⾯\n今年\u202e之省\x07工作。\n")
    dialog = review(window)
    assert dialog.control.isVisible()
    assert dialog.control.text() == "另删除控制字符 1 个\n另清除不可见字符、特殊空格，换掉形似汉字的字符 4 个"
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    item = window.doc.issue.sections.special_focus.items[0]
    assert (item.headline, item.paragraphs) == ("全省方面", ["今年之省工作。"])


def test_html_only_is_imported_as_its_text(window: MainWindow) -> None:
    mime = QMimeData()
    paragraphs = "".join(f"<p>{line}</p>" for line in SAMPLE_TEXT.splitlines())
    mime.setHtml(f"<html><body>{paragraphs}</body></html>")
    QApplication.clipboard().setMimeData(mime)
    dialog = review(window)
    assert section_rows(dialog)[2] == "三、兴城双碳行动（2 个项目）"


def test_an_empty_clipboard_says_what_to_do(window: MainWindow, dialogs: Dialogs) -> None:
    QApplication.clipboard().clear()
    import_from_clipboard(window)
    assert window.findChild(ImportDialog) is None
    assert dialogs.shown == [("critical", "无法导入",
                              "剪贴板里没有文字：请先在别处复制要导入的文字，再从剪贴板导入")]


def test_undo_and_redo_keep_the_file_saved_to_after_an_import(
        window: MainWindow, tmp_path: Path, save_dialog: Callable[[Path], None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The file the user saved to stays the issue's file whatever is undone and redone: the
    import's redo used to make it untitled again, and Ctrl+S asked where to save."""
    QApplication.clipboard().setText(SAMPLE_TEXT)
    QTest.mouseClick(review(window).ok_button, Qt.MouseButton.LeftButton)
    assert window.doc.path is None
    activate(window)
    saved = tmp_path / "r.yaml"
    save_dialog(saved)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # untitled: asks
    assert window.doc.path == saved and "r.yaml" in window.windowTitle()
    total = window.field_widget(("masthead", "total_number"))
    select_all(total)
    QTest.keyClicks(total, "99")
    QTest.keyClick(total, Qt.Key.Key_Tab)
    assert window.doc.issue.masthead.total_number == 99
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.path == saved  # before the import: still the file saved to
    for _ in range(2):
        QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.doc.issue.masthead.total_number == 99
    assert window.doc.path == saved
    assert window.windowTitle().startswith("r.yaml[*]") and window.isWindowModified()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(_no_dialog))
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.doc.modified
    assert load_issue(saved).masthead.total_number == 99


def _no_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
    raise AssertionError("Save asked where to save a named issue")


def test_an_import_undone_before_any_save_gives_the_file_back(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    QApplication.clipboard().setText(SAMPLE_TEXT)
    QTest.mouseClick(review(window).ok_button, Qt.MouseButton.LeftButton)
    assert window.doc.path is None
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.path == sample_path
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.doc.path is None  # redone: untitled again, Save asks where


def test_an_imported_issue_opens_on_the_masthead(window: MainWindow) -> None:
    window.outline.setFocus()
    QTest.keyClick(window.outline, Qt.Key.Key_End)  # 版记
    assert window.current_part() == ("distribution",)
    QApplication.clipboard().setText(SAMPLE_TEXT)
    QTest.mouseClick(review(window).ok_button, Qt.MouseButton.LeftButton)
    assert window.current_part() == ("masthead",)
    assert window.outline.currentItem() is window.outline.topLevelItem(0)


def test_the_distribution_copied_from_word_is_reviewed_and_imported(window: MainWindow) -> None:
    """The 版记 lines at the foot of text copied from an exported Word file fill the 版记, not
    the closing text, and the review shows them."""
    foot = ["报：四川省国资委，成都市国资委", "送：集团领导", "发：集团各子公司", "共印30份"]
    QApplication.clipboard().setText("\n".join([*SAMPLE_TEXT.splitlines(), *foot]))
    dialog = review(window)
    rows = [node.text(0) for node in top_level_items(dialog.contents)]
    assert rows[-2:] == ["结尾：与版式默认相同", "版记：" + "\u3000".join(foot)]
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    distribution = window.doc.issue.distribution
    assert (distribution.report, distribution.send, distribution.issue, distribution.print_count) == (
        "四川省国资委，成都市国资委", "集团领导", "集团各子公司", 30)
    assert window.doc.issue.closing.text == ""
