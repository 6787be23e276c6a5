"""文件 ▸ 导入审阅意见… and 导出审阅稿… under real hands: the menu from the keyboard, rows and
buttons clicked, undo with Ctrl+Z; comments in the problems panel as 审阅意见."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QTreeWidget

from editor_app.export.docx.exporter import export_docx
from editor_app.gui.main_window import MainWindow
from editor_app.gui.review import HTML_ROLE, ReviewCopyOptions, ReviewDialog
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


def choose_option(name: str) -> None:
    """When the 导出审阅稿 options come up, click the option ``name`` and OK, as a user does."""
    def answer() -> None:
        options = QApplication.activeModalWidget()
        assert isinstance(options, ReviewCopyOptions)
        button = getattr(options, name)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        assert button.isChecked()
        QTest.mouseClick(options.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def export_copy(window: MainWindow, save_dialog, target: Path, option: str = "plain") -> None:
    save_dialog(target)
    choose_option(option)
    file_menu_click(window, window.export_review_action)
    window.activateWindow()  # offscreen has no window manager to give the focus back
    assert QTest.qWaitForWindowActive(window)


def test_export_review_copy_from_the_file_menu(window: MainWindow, sample_path: Path, save_dialog,
                                               tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    target = tmp_path / "审阅稿.docx"
    export_copy(window, save_dialog, target)
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



def _tracked(path: Path) -> tuple[list[str], list[str]]:
    import lxml.etree as etree

    from ..review.wordmarkup import w

    with zipfile.ZipFile(path) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
    return (["".join(d.itertext()) for d in document.iter(w("del"))],
            ["".join(i.itertext()) for i in document.iter(w("ins"))])


def test_a_review_copy_marks_the_changes_since_the_last_one(
        window: MainWindow, sample_path: Path, save_dialog, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    export_copy(window, save_dialog, tmp_path / "first.docx")
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    QTest.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Close), Qt.MouseButton.LeftButton)
    export_copy(window, save_dialog, tmp_path / "second.docx", "since_last")
    assert _tracked(tmp_path / "second.docx") == (["二", "4.6"], ["三", "5"])


def test_a_review_copy_marks_the_changes_since_a_chosen_issue(
        window: MainWindow, sample_path: Path, save_dialog, open_dialog, tmp_path: Path) -> None:
    from editor_app.issue.issue_file import load_issue, save_issue

    earlier = load_issue(sample_path)
    earlier.sections.provincial_news.items[0].headline = earlier.sections.provincial_news.items[0].headline.replace(
        "第二", "第一")
    save_issue(earlier, tmp_path / "earlier.yaml", keep_backup=False)
    window.files.open_path(sample_path)
    open_dialog(tmp_path / "earlier.yaml")
    export_copy(window, save_dialog, tmp_path / "copy.docx", "since_file")
    assert _tracked(tmp_path / "copy.docx") == (["一"], ["二"])


def test_an_open_note_marks_its_field_and_outline_entry_and_can_be_reopened(
        window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    QTest.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Close), Qt.MouseButton.LeftButton)
    outline, panel = window.outline, window.problems
    entry = outline.node(HEADLINE[:4])
    assert entry is not None
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(entry).center())
    binding = window.current_form().binding_for(HEADLINE)
    assert binding is not None
    field = binding.widget
    assert field.property("severity") == "note" and "审稿人张三（2026-12-01）：请核实排名" in field.toolTip()
    assert "有未解决的审阅意见" in entry.toolTip(0)

    click_row(panel.list, [row.text(0) for row in top_level_items(panel.list)].index("审阅意见"))
    QTest.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert field.property("severity") == "" and "审阅意见" not in entry.toolTip(0)

    QTest.mouseClick(panel.show_resolved_button, Qt.MouseButton.LeftButton)
    kinds = [row.text(0) for row in top_level_items(panel.list)]
    assert "已解决" in kinds
    click_row(panel.list, kinds.index("已解决"))
    assert panel.resolve_action.text() == "重新打开"
    QTest.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert not window.doc.issue.review[0].resolved
    assert field.property("severity") == "note" and "有未解决的审阅意见" in entry.toolTip(0)


def test_the_difference_is_drawn_and_the_whole_text_shown(
        window: MainWindow, sample_path: Path, open_dialog, tmp_path: Path) -> None:
    window.files.open_path(sample_path)
    dialog = open_review(window, open_dialog, reviewed_file(window, tmp_path))
    click_row(dialog.edits, 0)
    row = dialog.edits.topLevelItem(0)
    assert row is not None
    markup = row.data(1, HTML_ROLE)
    assert "line-through" in markup and "[-" not in markup
    assert 'line-through">二</span><span style="color:#2e7d32;text-decoration:underline">三</span>' in markup
    assert dialog.detail.toPlainText() == "“中国城市双碳指数”新鲜出炉，成都整体排名第二三。"
    assert dialog.detail.toHtml().count("line-through") == 1
    dialog.edits.clearSelection()  # the selection's colours aside
    image = dialog.edits.viewport().grab(dialog.edits.visualItemRect(row)).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert any(int(c[1:3], 16) > 150 > int(c[3:5], 16) + 60 for c in colours)  # red (struck) text drawn
