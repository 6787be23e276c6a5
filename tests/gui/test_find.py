"""Edit ▸ Find and Replace, driven from the keyboard and mouse as a user does."""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from editor_app.gui.find_bar import FindBar
from editor_app.gui.forms.fields import ParagraphsEdit
from editor_app.gui.main_window import MainWindow
from editor_app.issue.search import Query, find

from .conftest import type_text

PARAGRAPHS = ("sections", "provincial_news", "items", 1, "paragraphs")
CO2 = ("sections", "xingcheng_action", "projects", 1, "metrics", "co2_reduction", "value")


def open_bar(window: MainWindow, key: Qt.Key) -> FindBar:
    """Ctrl+F or Ctrl+H on the window: the bar, its find field focused."""
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    bar = window.findChild(FindBar)
    assert bar is not None and bar.isVisible()
    return bar


def test_ctrl_f_then_enter_selects_each_hit_in_its_field(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    bar = open_bar(window, Qt.Key.Key_F)
    assert QApplication.focusWidget() is bar.find_edit
    assert not bar.replace_edit.isVisible()
    type_text(bar.find_edit, "项目")
    assert bar.status.text() == "共 4 处"
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    # the first hit is in the first paragraph of 二、 item 2: its form shows it, selected
    assert window.current_part() == PARAGRAPHS[:4]
    body = window.current_form().binding_for(PARAGRAPHS)
    assert body is not None and isinstance(body.widget, ParagraphsEdit)
    cursor = body.widget.textCursor()
    assert cursor.selectedText() == "项目"
    assert cursor.selectionStart() == window.doc.value(PARAGRAPHS)[0].index("项目")
    assert bar.status.text() == "第 1/4 处"
    assert QApplication.focusWidget() is bar.find_edit  # Enter again goes on
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    name_path = ("sections", "xingcheng_action", "projects", 0, "name")
    name = window.current_form().binding_for(name_path)
    assert name is not None and window.current_part() == name_path[:4]
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Escape)  # back into the field, the hit selected
    assert not bar.isVisible()
    assert isinstance(name.widget, QLineEdit) and QApplication.focusWidget() is name.widget
    assert name.widget.selectedText() == "项目"
    assert name.widget.selectionStart() == window.doc.value(name_path).index("项目")


def test_shift_enter_goes_back_and_wraps_round(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    bar = open_bar(window, Qt.Key.Key_F)
    type_text(bar.find_edit, "项目")
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == "第 4/4 处"
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status.text() == "第 1/4 处"
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert bar.status.text() == "第 2/4 处"


def test_ctrl_h_replace_all_is_one_undo_step(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    before = deepcopy(window.doc.issue)
    steps = window.doc.undo_stack.count()
    bar = open_bar(window, Qt.Key.Key_H)
    assert QApplication.focusWidget() is bar.find_edit
    type_text(bar.find_edit, "双碳")
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.replace_edit
    type_text(bar.replace_edit, "低碳")
    QTest.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert find(window.doc.issue, Query("双碳")) == []
    assert len(find(before, Query("双碳"))) == 7
    assert len(find(window.doc.issue, Query("低碳"))) == len(find(before, Query("低碳"))) + 7
    assert window.doc.value(("masthead", "issuer")) == before.masthead.issuer.replace("双碳", "低碳")
    assert window.doc.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "撤销 全部替换 7 处(&Z)"
    assert bar.status.text() == "已替换 7 处"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.issue == before
    assert bar.status.text() == "共 7 处"  # the undone replacement is no longer reported


def test_replace_one_hit_then_the_next(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    before = deepcopy(window.doc.issue)
    bar = open_bar(window, Qt.Key.Key_H)
    type_text(bar.find_edit, "项目")
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    type_text(bar.replace_edit, "工程项目")
    QTest.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # shows the first hit
    assert window.doc.issue == before and bar.status.text() == "第 1/4 处"
    QTest.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # replaces it
    first = window.doc.value(PARAGRAPHS)[0]
    assert first.count("工程项目") == 1
    # the hit inside the replacement is not the next one: the next hit is in another field
    assert bar.status.text() == "第 2/4 处"
    assert bar.current is not None and bar.current.place != (*PARAGRAPHS, 0)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.issue == before


def test_a_number_is_not_replaced_by_text(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    bar = open_bar(window, Qt.Key.Key_H)
    type_text(bar.find_edit, "2.4")
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    type_text(bar.replace_edit, "two")
    QTest.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.doc.value(CO2) == "2.4"
    assert bar.status.text() == "已替换 0 处；1 处是数值，替换后不是数字，未替换"
    QTest.mouseClick(bar.replace_edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(bar.replace_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(bar.replace_edit, "2.5")
    QTest.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # shows the hit
    QTest.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # replaces it
    assert window.doc.value(CO2) == "2.5"


def test_only_in_the_current_part(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.go_to(("sections", "xingcheng_action"))
    bar = open_bar(window, Qt.Key.Key_F)
    type_text(bar.find_edit, "项目")
    QTest.mouseClick(bar.scope_box, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "共 2 处"  # the names of its two projects, not the items'
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status.text() == "第 2/2 处"
    assert window.current_part() == ("sections", "xingcheng_action", "projects", 1)


def test_the_bar_is_reachable_and_named(window: MainWindow) -> None:
    bar = open_bar(window, Qt.Key.Key_H)
    assert bar.find_edit.accessibleName() == "查找内容"
    assert bar.replace_edit.accessibleName() == "替换为"
    order: list[QWidget] = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        order.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert order == [bar.find_edit, bar.replace_edit, bar.previous_button, bar.next_button]


def test_ctrl_h_in_a_field_opens_the_bar_with_the_selected_text(window: MainWindow,
                                                                 sample_path: Path) -> None:
    window.files.open_path(sample_path)
    issuer = window.field_widget(("masthead", "issuer"))
    assert isinstance(issuer, QLineEdit)
    QTest.mouseClick(issuer, Qt.MouseButton.LeftButton)
    QTest.keyClick(issuer, Qt.Key.Key_Home)
    for _ in range(4):
        QTest.keyClick(issuer, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(issuer, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.findChild(FindBar)
    assert bar is not None and bar.isVisible()
    assert window.doc.value(("masthead", "issuer")).startswith(bar.find_edit.text())
    assert len(bar.find_edit.text()) == 4  # the field kept its text: Ctrl+H is no backspace
    assert QApplication.focusWidget() is bar.replace_edit
