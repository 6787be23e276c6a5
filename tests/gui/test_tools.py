"""The Tools menu: cleaning pasted text on the whole issue or the selection, undoable; the
typography fixes also from the problems panel, on the one field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMenu, QTreeWidgetItem, QWidget

from editor_app.gui.forms.fields import ParagraphsEdit
from editor_app.gui.main_window import MainWindow
from editor_app.gui.problems import FINDING_ROLE, FIX_ROLE
from editor_app.gui.texttools import TOOLS

from .conftest import field, paste, type_text

HEADLINE = ("sections", "special_focus", "items", 0, "headline")
BODY = ("sections", "institute_news", "items", 0, "paragraphs")
UNIT = ("sections", "xingcheng_action", "projects", 0, "metrics", "co2_reduction", "unit")


def tool(key: str):
    return next(t for t in TOOLS if t.key == key)


def select_from_start(widget: QWidget, count: int) -> None:
    """Select the first ``count`` characters with the keyboard: to the start (Home in a line,
    Ctrl+Home in a text), then Shift+Right."""
    line = isinstance(widget, QLineEdit)
    QTest.keyClick(widget, Qt.Key.Key_Home,
                   Qt.KeyboardModifier.NoModifier if line else Qt.KeyboardModifier.ControlModifier)
    for _ in range(count):
        QTest.keyClick(widget, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def set_headline(window: MainWindow, text: str) -> QLineEdit:
    """Paste ``text`` (as from a PDF) over the headline, as one finished edit."""
    widget = field(window, HEADLINE, QLineEdit)
    paste(widget, text)
    assert widget.text() == text
    window.doc.end_burst()
    return widget


def test_pinyin_removal_on_the_whole_issue_is_one_undo_step(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    set_headline(window, "關(guān)于双碳(tàn)的通知")
    window.outline.setFocus()
    assert any("拼音" in f.message for f in window.doc.findings)
    steps = window.doc.undo_stack.count()
    window.run_tool(tool("pinyin"))
    assert window.doc.value(HEADLINE) == "關于双碳的通知"
    assert not any("拼音" in f.message for f in window.doc.findings)
    assert window.doc.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "撤销 清除拼音注音（整期）(&Z)"
    assert "2 处" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == "關(guān)于双碳(tàn)的通知"


def test_traditional_to_simplified_leaves_units_alone(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    set_headline(window, "關於節能減排的通知")
    window.outline.setFocus()
    window.run_tool(tool("traditional"))
    assert window.doc.value(UNIT) == "万吨"  # a choice from the catalogue, not prose
    assert "兩" not in window.doc.value(HEADLINE)
    window.run_tool(tool("simplified"))
    assert window.doc.value(HEADLINE) == "关于节能减排的通知"


def test_punctuation_and_control_characters(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    set_headline(window, "双碳,行动\x0c开始!")
    window.outline.setFocus()
    window.run_tool(tool("control"))
    window.run_tool(tool("punctuation"))
    assert window.doc.value(HEADLINE) == "双碳，行动开始！"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == "双碳,行动\x0c开始!"


def test_tool_on_the_selection_only(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    widget = set_headline(window, "關於,節能,減排")
    select_from_start(widget, 3)  # 關於,
    window.run_tool(tool("simplified"))
    assert window.doc.value(HEADLINE) == "关于,節能,減排"
    assert window.undo_action.text() == "撤销 繁体转简体（选中文字）(&Z)"
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == "關於,節能,減排"


def test_tool_on_a_selection_in_the_body(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.go_to((*BODY, 0))
    binding = window.current_form().binding_for(BODY)
    assert binding is not None and isinstance(binding.widget, ParagraphsEdit)
    body = binding.widget
    QTest.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(body, "雙碳,")
    select_from_start(body, 3)
    window.run_tool(tool("simplified"))
    assert window.doc.value(BODY)[0].startswith("双碳,根据")


PROVINCIAL_BODY = ("sections", "provincial_news", "items", 0, "paragraphs")


def tools_menu(window: MainWindow) -> QMenu:
    """Open 工具 from the keyboard (Alt+T), as a user does."""
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    menu = window.menuBar().activeAction().menu()
    assert isinstance(menu, QMenu) and menu.isVisible()
    return menu


def test_typography_tools_in_the_menu_fix_the_whole_issue_in_one_step(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    set_headline(window, "双碳 行动 2021-2022年 10 kV")
    window.outline.setFocus()
    steps = window.doc.undo_stack.count()
    for key in ("spaces", "ranges"):
        menu = tools_menu(window)
        action = window.tool_actions[[t.key for t in TOOLS].index(key)]
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert window.doc.value(HEADLINE) == "双碳行动2021—2022年10 kV"
    assert window.doc.undo_stack.count() == steps + 2
    assert window.undo_action.text() == "撤销 范围改用连接号（整期）(&Z)"
    assert not [f for f in window.doc.findings if f.fix]
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == "双碳行动2021-2022年10 kV"


def problem_row(window: MainWindow, path: tuple, fix: str | None) -> QTreeWidgetItem:
    rows = [row for row in window.problems.rows()
            if row.data(0, FINDING_ROLE) == path and row.data(0, FIX_ROLE) == fix]
    assert len(rows) == 1, [row.text(2) for row in window.problems.rows()]
    return rows[0]


def click_row(window: MainWindow, row: QTreeWidgetItem) -> None:
    problems = window.problems.list
    QTest.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=problems.visualItemRect(row).center())


def test_fix_from_the_problem_row_changes_that_field_only(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    set_headline(window, "双碳 行动&监测 2021-2022年")
    body = field(window, PROVINCIAL_BODY, ParagraphsEdit)
    paste(body, "2021-2022中国城市双碳指数前十分别是：深圳、成都。")
    window.doc.end_burst()
    steps = window.doc.undo_stack.count()

    click_row(window, problem_row(window, HEADLINE, None))  # the “&”: no certain fix
    assert not window.problems.fix_button.isEnabled()
    click_row(window, problem_row(window, (*PROVINCIAL_BODY, 0), "ranges"))
    assert window.problems.fix_button.isEnabled()
    QTest.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(PROVINCIAL_BODY) == ["2021—2022中国城市双碳指数前十分别是：深圳、成都。"]
    assert window.doc.value(HEADLINE) == "双碳 行动&监测 2021-2022年"  # another field: untouched

    click_row(window, problem_row(window, HEADLINE, "spaces"))
    QTest.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(HEADLINE) == "双碳行动&监测2021-2022年"
    assert window.doc.undo_stack.count() == steps + 2
    assert window.undo_action.text() == "撤销 删除中文中的空格（此处）(&Z)"
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == "双碳 行动&监测 2021-2022年"
    window.undo_action.trigger()
    assert window.doc.value(PROVINCIAL_BODY)[0].startswith("2021-2022中国")


def test_invisible_characters_pasted_from_a_pdf(window: MainWindow, sample_path: Path) -> None:
    """A right-to-left override printed the text after it reversed; it is an error until the
    tool removes it, with the zero-width space and the Kangxi radicals (⽅⾯ for 方面)."""
    window.files.open_path(sample_path)
    pasted = "全省\u200b⽅⾯\u202e记牢\u2009工作"
    set_headline(window, pasted)
    rows = [row for row in window.problems.rows() if row.data(0, FINDING_ROLE) == HEADLINE]
    assert [(row.text(0), row.data(0, FIX_ROLE)) for row in rows] == [
        ("警告", "invisible"), ("警告", "invisible"), ("警告", "invisible"), ("错误", "invisible"),
        ("警告", "invisible")]  # U+200B, ⽅, ⾯, U+202E, U+2009
    row = rows[3]
    assert row.text(2).startswith("含有方向控制字符 U+202E RIGHT-TO-LEFT OVERRIDE（1 处）")
    click_row(window, row)
    QTest.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(HEADLINE) == "全省方面记牢工作"
    assert window.undo_action.text() == "撤销 清除不可见字符和形似字（此处）(&Z)"
    assert not [f for f in window.doc.findings if f.path == HEADLINE]
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == pasted
    menu = tools_menu(window)
    action = window.tool_actions[[t.key for t in TOOLS].index("invisible")]
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert window.doc.value(HEADLINE) == "全省方面记牢工作"
    assert window.undo_action.text() == "撤销 清除不可见字符和形似字（整期）(&Z)"
