"""File ▸ 从剪贴板导入…: text copied elsewhere goes into the same review as a .txt file."""

from __future__ import annotations

from copy import deepcopy

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from editor_app.gui.import_dialog import ImportDialog
from editor_app.gui.main_window import MainWindow

from ..conftest import DATA
from .conftest import Dialogs, top_level_items

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
    assert window.doc.issue == before  # nothing changes before the review is accepted
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(window.doc.issue.sections.xingcheng_action.projects) == 2
    assert window.undo_action.text() == "撤销 导入 剪贴板的文字"


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
