"""The Tools menu: cleaning pasted text on the whole issue or the selection, undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from editor_app.gui.forms.fields import ParagraphsEdit
from editor_app.gui.main_window import MainWindow
from editor_app.gui.texttools import TOOLS

from .conftest import field

HEADLINE = ("sections", "special_focus", "items", 0, "headline")
BODY = ("sections", "institute_news", "items", 0, "paragraphs")
UNIT = ("sections", "xingcheng_action", "projects", 0, "metrics", "co2_reduction", "unit")


def tool(key: str):
    return next(t for t in TOOLS if t.key == key)


def set_headline(window: MainWindow, text: str) -> QLineEdit:
    widget = field(window, HEADLINE, QLineEdit)
    widget.setText(text)
    widget.textEdited.emit(text)
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
    assert window.undo_action.text() == "撤销 清除拼音注音（整期）"
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
    widget.setFocus()
    widget.setSelection(0, 3)  # 關於,
    window.run_tool(tool("simplified"))
    assert window.doc.value(HEADLINE) == "关于,節能,減排"
    assert window.undo_action.text() == "撤销 繁体转简体（选中文字）"
    window.undo_action.trigger()
    assert window.doc.value(HEADLINE) == "關於,節能,減排"


def test_tool_on_a_selection_in_the_body(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.go_to((*BODY, 0))
    binding = window.current_form().binding_for(BODY)
    assert binding is not None and isinstance(binding.widget, ParagraphsEdit)
    body = binding.widget
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    body.insertPlainText("雙碳,")
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.run_tool(tool("simplified"))
    assert window.doc.value(BODY)[0].startswith("双碳,根据")
