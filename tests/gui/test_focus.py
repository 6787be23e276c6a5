"""Keyboard focus as a user moves it: Ctrl+1/2/3, and Tab through outline, form, preview and
problems panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from editor_app.gui.forms.fields import ParagraphsEdit
from editor_app.gui.main_window import MainWindow

ITEMS = ("sections", "provincial_news", "items")


def active(window: MainWindow) -> MainWindow:
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def click_node(window: MainWindow, part: tuple) -> None:
    """Click the outline node of ``part`` (which also gives the outline the focus)."""
    outline = window.outline
    centre = outline.visualItemRect(outline._nodes[part]).center()
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert outline.current_part() == part


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def shown_in_form(window: MainWindow, widget: QWidget) -> bool:
    """``widget`` is inside the visible part of the form's scroll area."""
    viewport = window.form_scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return widget.isVisible() and viewport.rect().contains(top_left)


def test_ctrl_2_puts_the_cursor_in_the_first_field(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    active(window)
    click_node(window, (*ITEMS, 1))
    headline = window.doc.value((*ITEMS, 1, "headline"))
    QTest.keySequence(window, "Ctrl+2")
    field = focused()
    assert isinstance(field, QLineEdit) and field.accessibleName() == "标题"
    assert shown_in_form(window, field) and field.hasFocus()
    QTest.keyClicks(field, "ok")
    assert field.text() == headline + "ok"
    assert window.doc.value((*ITEMS, 1, "headline")) == headline + "ok"

    click_node(window, ("masthead",))
    QTest.keySequence(window, "Ctrl+2")
    year = focused()
    assert isinstance(year, QLineEdit) and year.accessibleName() == "年份"
    QTest.keyClicks(year, "2024")
    assert window.doc.value(("masthead", "year")) == 2024


def test_ctrl_1_and_ctrl_3_go_to_the_outline_and_the_problems(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    active(window)
    QTest.keySequence(window, "Ctrl+2")
    QTest.keySequence(window, "Ctrl+3")
    assert focused() is window.problems.list
    QTest.keySequence(window, "Ctrl+1")
    assert focused() is window.outline


def test_tab_goes_from_the_outline_through_the_form_and_back(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    active(window)
    click_node(window, (*ITEMS, 0))
    QTest.keyClick(window.outline, Qt.Key.Key_Tab)
    headline = focused()
    assert isinstance(headline, QLineEdit) and headline.accessibleName() == "标题"
    QTest.keyClick(headline, Qt.Key.Key_Tab)
    body = focused()
    assert isinstance(body, ParagraphsEdit)
    QTest.keyClick(body, Qt.Key.Key_Tab)
    after_form = focused()
    assert after_form is not None and window.preview.isAncestorOf(after_form)
    QTest.keyClick(after_form, Qt.Key.Key_Backtab)
    assert focused() is body
    QTest.keyClick(body, Qt.Key.Key_Backtab)
    QTest.keyClick(headline, Qt.Key.Key_Backtab)
    assert focused() is window.outline
    QTest.keyClick(window.outline, Qt.Key.Key_Backtab)  # round to the end: the problems panel
    last = focused()
    assert last is not None and window.problems.isAncestorOf(last)
    QTest.keyClick(last, Qt.Key.Key_Tab)
    assert focused() is window.outline


def test_tab_skips_the_preview_when_it_is_hidden(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    active(window)
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert window.preview.isHidden()
    click_node(window, (*ITEMS, 0))
    QTest.keyClick(window.outline, Qt.Key.Key_Backtab)
    problems = focused()
    assert problems is not None and window.problems.isAncestorOf(problems)
    QTest.keyClick(problems, Qt.Key.Key_Backtab)
    body = focused()
    assert isinstance(body, ParagraphsEdit)
