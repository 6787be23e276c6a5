"""文件 ▸ 导入审阅意见… and 导出审阅稿… under real hands: the menu from the keyboard, rows and
buttons clicked, undo with Ctrl+Z; comments in the problems panel as 审阅意见."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QTreeWidget

from editor_app.export.docx.exporter import export_docx
from editor_app.gui.main_window import MainWindow
from editor_app.gui.review import ReviewDialog
from editor_app.layout.profile import load_named

from ..review.wordmarkup import WordReview
from .conftest import top_level_items

HEADLINE = ("sections", "provincial_news", "items", 0, "headline")
CO2 = ("sections", "xingcheng_action", "projects", 0, "metrics", "co2_reduction")


def file_menu_click(window: MainWindow, action: QAction) -> None:
    """Open 文件 from the keyboard (Alt+F) and click ``action``, as a user does."""
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = window.menuBar().activeAction().menu()
    assert isinstance(menu, QMenu) and menu.isVisible() and action in menu.actions()
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def click_row(tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    assert item is not None
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def reviewed_file(window: MainWindow, tmp_path: Path) -> Path:
    exported = tmp_path / "exported.docx"
    export_docx(window.doc.issue, exported, load_named(window.doc.issue.profile))
    review = WordReview(exported)
    review.replace(review.paragraph("“中国城市"), "排名第二", "排名第三", author="审稿人张三")
    review.replace(review.paragraph("内江"), "4.6万吨", "5万吨", author="审稿人张三")
    review.comment(review.paragraph("“中国城市"), "成都整体", "请核实排名", author="审稿人张三")
    return review.save(tmp_path / "reviewed.docx")


def open_review(window: MainWindow, open_dialog: Callable[[Path], None], path: Path) -> ReviewDialog:
    open_dialog(path)
    file_menu_click(window, window.import_review_action)
    dialog = window.findChild(ReviewDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_each_acceptance_is_one_undo_step_and_comments_show_as_review_notes(
        window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    old_headline = window.doc.value(HEADLINE)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    assert [row.text(0) for row in top_level_items(dialog.edits)] == [
        "二、省内双碳信息 › 第1条 › 标题", "三、兴城双碳行动 › 项目1 › 二氧化碳减排"]
    notes = [row for row in top_level_items(window.problems.list) if row.text(0) == "审阅意见"]
    assert [(row.text(1), row.text(2)) for row in notes] == [
        ("二、省内双碳信息 › 第1条 › 标题", "审稿人张三（2026-12-01）：请核实排名")]
    steps = window.doc.undo_stack.count()
    click_row(dialog.edits, 0)
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(HEADLINE).endswith("排名第三。")
    click_row(dialog.edits, 0)
    QTest.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(CO2).value == "4.6" and not top_level_items(dialog.edits)
    assert window.doc.undo_stack.count() == steps + 1
    QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Close), Qt.MouseButton.LeftButton)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.value(HEADLINE) == old_headline
    assert window.doc.issue.review[0].author == "审稿人张三"  # kept: its own undo step


def test_accept_all_takes_every_edit(window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    QTest.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(HEADLINE).endswith("排名第三。") and window.doc.value(CO2).value == "5"


def test_another_issues_review_is_refused(window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path,
                                          dialogs) -> None:
    window.files.open_path(sample_path)
    reviewed = reviewed_file(window, tmp_path)
    window.doc.issue.masthead.number = 10
    open_dialog(reviewed)
    file_menu_click(window, window.import_review_action)
    assert window.findChild(ReviewDialog) is None
    assert "请选择本期的审阅稿" in str(dialogs.shown)


def test_export_review_copy_from_the_file_menu(window: MainWindow, sample_path: Path, save_dialog,
                                               tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    target = tmp_path / "审阅稿.docx"
    save_dialog(target)
    file_menu_click(window, window.export_review_action)
    with zipfile.ZipFile(target) as archive:
        assert "word/document.xml" in archive.namelist()


def test_a_note_marked_resolved_leaves_the_problems_panel_in_one_undo_step(
        window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Close), Qt.MouseButton.LeftButton)
    panel = window.problems
    rows = top_level_items(panel.list)
    note = next(n for n, row in enumerate(rows) if row.text(0) == "审阅意见")
    click_row(panel.list, note)
    assert panel.resolve_button.isEnabled()
    QTest.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert window.doc.issue.review[0].resolved
    assert not [row for row in top_level_items(panel.list) if row.text(0) == "审阅意见"]
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.doc.issue.review[0].resolved
    assert [row.text(0) for row in top_level_items(panel.list)].count("审阅意见") == 1


def test_undoing_an_acceptance_offers_the_proposal_again(
        window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    old_headline = window.doc.value(HEADLINE)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    click_row(dialog.edits, 0)
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert [row.text(0) for row in top_level_items(dialog.edits)] == ["三、兴城双碳行动 › 项目1 › 二氧化碳减排"]
    QTest.keyClick(dialog.edits, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the dialog has focus
    assert window.doc.value(HEADLINE) == old_headline
    assert [row.text(0) for row in top_level_items(dialog.edits)] == [
        "二、省内双碳信息 › 第1条 › 标题", "三、兴城双碳行动 › 项目1 › 二氧化碳减排"]
    QTest.keySequence(dialog.edits, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.doc.value(HEADLINE).endswith("排名第三。")
    assert len(top_level_items(dialog.edits)) == 1


def test_accept_all_says_what_it_did(window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    QTest.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    assert dialog.done_label.isVisible() and "已接受 2 处修改" in dialog.done_label.text()
    QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
