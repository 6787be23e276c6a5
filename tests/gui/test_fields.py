"""The form fields under real hands: a click into a field and typing, Tab, shortcuts and the
mouse give exactly what was typed or picked, in the issue, on screen and in the saved file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from editor_app.gui.forms.fields import INDENT_UNIT, ParagraphsEdit, plain
from editor_app.gui.forms.project import ProjectForm
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue
from editor_app.issue.places import Place, describe
from editor_app.issue.projects import default_wording
from editor_app.issue.sections import SECTIONS
from editor_app.layout.profile import load_named
from editor_app.layout.titles import section_titles

from .conftest import select_all, type_text

YEAR, NUMBER, DATE = ("masthead", "year"), ("masthead", "number"), ("masthead", "date")
FIRST_ITEM = ("sections", "special_focus", "items", 0)
PROJECT = ("sections", "xingcheng_action", "projects", 0)


W = TypeVar("W", bound=QWidget)


def shown_field(window: MainWindow, path: Place, kind: type[W] = QLineEdit) -> W:
    """The ``kind`` widget of ``path`` on the form shown, without giving it the focus (a user
    clicks)."""
    binding = window.current_form().binding_for(path)
    assert binding is not None and isinstance(binding.widget, kind)
    return binding.widget


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def key_sequence(window: MainWindow, keys: QKeySequence.StandardKey | str) -> None:
    """A shortcut as the user presses it, to the widget with the focus in ``window``."""
    QTest.keySequence(window.focusWidget() or window, QKeySequence(keys))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_click_into_the_empty_masthead_fields_and_type(
        window: MainWindow, save_dialog, tmp_path: Path) -> None:
    window.files.new_from_template("blank")
    for path, text in ((YEAR, "2023"), (NUMBER, "10"), (DATE, "2023-09-25")):
        widget = shown_field(window, path)
        assert widget.text() == ""
        click(widget)
        QTest.keyClicks(widget, text)
        assert widget.text() == text
    masthead = window.doc.issue.masthead
    assert (masthead.year, masthead.number, masthead.date) == (2023, 10, dt.date(2023, 9, 25))
    assert [f.message for f in window.doc.findings if f.path[0] == "masthead"] == []
    assert [shown_field(window, p).property("severity") for p in (YEAR, NUMBER, DATE)] == [""] * 3

    save_dialog(tmp_path / "issue.yaml")
    key_sequence(window, QKeySequence.StandardKey.Save)
    saved = load_issue(tmp_path / "issue.yaml").masthead
    assert (saved.year, saved.number, saved.date) == (2023, 10, dt.date(2023, 9, 25))
    assert "year: 2023\n" in (tmp_path / "issue.yaml").read_text(encoding="utf-8")


def test_a_key_a_number_field_refuses_says_why(window: MainWindow) -> None:
    """Typing 1e9 into 总期号 gave 19 without a word."""
    window.files.new_from_template("blank")
    year = shown_field(window, YEAR)
    click(year)
    QTest.keyClicks(year, "1e9")
    assert year.text() == "19"
    assert QToolTip.isVisible() and QToolTip.text() == "只能填写整数，最多 4 位"


def test_an_alt_letter_no_label_takes_types_nothing(window: MainWindow, sample_path: Path) -> None:
    """Alt+Y is 年份's mnemonic on the masthead form; in an item's headline it is no key of
    that form, and it typed a "y" into the headline."""
    window.files.open_path(sample_path)
    window.outline.select(FIRST_ITEM)
    headline = shown_field(window, (*FIRST_ITEM, "headline"))
    before = headline.text()
    click(headline)
    for key in (Qt.Key.Key_Y, Qt.Key.Key_Q, Qt.Key.Key_3):
        QTest.keyClick(headline, key, Qt.KeyboardModifier.AltModifier)
    assert headline.text() == before
    assert window.doc.value((*FIRST_ITEM, "headline")) == before
    QTest.keyClicks(headline, "y")  # typing itself still types
    assert len(headline.text()) == len(before) + 1 and "y" in headline.text()

    window.outline.select(("masthead",))
    click(shown_field(window, NUMBER))
    QTest.keyClick(focused(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # here a mnemonic
    assert focused() is shown_field(window, YEAR)


def test_what_was_typed_into_a_field_is_one_undo_step(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    year = shown_field(window, YEAR)
    click(year)
    QTest.keyClicks(year, "2023")
    date = shown_field(window, DATE)
    click(date)
    QTest.keyClicks(date, "2023.9.25")
    key_sequence(window, QKeySequence.StandardKey.Undo)
    assert window.doc.value(DATE) is None
    assert date.text() == ""
    assert window.doc.value(YEAR) == 2023
    key_sequence(window, QKeySequence.StandardKey.Undo)
    assert window.doc.value(YEAR) is None
    assert year.text() == ""
    key_sequence(window, QKeySequence.StandardKey.Redo)
    assert (window.doc.value(YEAR), year.text()) == (2023, "2023")


def test_a_number_field_takes_digits_only(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    number = shown_field(window, NUMBER)
    click(number)
    QTest.keyClicks(number, "1x0")
    assert (number.text(), window.doc.value(NUMBER)) == ("10", 10)
    year = shown_field(window, YEAR)
    click(year)
    type_text(year, "２０２３")  # full-width, from a Chinese input method
    assert (year.text(), window.doc.value(YEAR)) == ("2023", 2023)


@pytest.mark.parametrize("typed", ["2023-09-25", "2023-9-25", "2023年9月25日", "2023.9.25",
                                   "2023/09/25", "20230925", "２０２３年９月２５日"])
def test_dates_are_typed_as_the_editors_write_them(window: MainWindow, typed: str) -> None:
    window.files.new_from_template("blank")
    date = shown_field(window, DATE)
    click(date)
    type_text(date, typed)
    assert window.doc.value(DATE) == dt.date(2023, 9, 25)
    assert date.text() == typed  # as typed while the cursor is in it
    QTest.keyClick(date, Qt.Key.Key_Tab)
    assert focused() is not date
    assert date.text() == "2023-09-25"


def test_a_date_that_is_no_real_date_is_kept_and_marked(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    date = shown_field(window, DATE)
    click(date)
    QTest.keyClicks(date, "2023-02-30")
    QTest.keyClick(date, Qt.Key.Key_Tab)
    assert window.doc.value(DATE) == "2023-02-30"
    assert date.text() == "2023-02-30"
    assert date.property("severity") == "error"
    assert "不是真实日期" in date.toolTip()
    select_all(date)
    QTest.keyClicks(date, "2023-02-28")
    assert window.doc.value(DATE) == dt.date(2023, 2, 28)
    assert date.property("severity") == ""


def test_tab_goes_from_field_to_field(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    form = window.current_form()
    today = next(b for b in form.findChildren(QPushButton) if b.text() == "今天")
    click(shown_field(window, YEAR))
    chain: list[QWidget] = [focused()]
    for _ in range(5):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        chain.append(focused())
    fields = [shown_field(window, ("masthead", key)) for key in ("year", "number", "total_number", "date")]
    assert chain == [*fields, today, shown_field(window, ("masthead", "issuer"))]


def test_the_calendar_opens_on_the_issues_year_and_picks_a_day(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    year = shown_field(window, YEAR)
    click(year)
    QTest.keyClicks(year, "2022")
    date = shown_field(window, DATE)
    click(date)
    QTest.keyClick(date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = date.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (2022, today.month)
    shown = calendar.selectedDate()
    chosen = dt.date(shown.year(), shown.month(), shown.day())
    QTest.keyClick(focused(), Qt.Key.Key_Right)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert window.doc.value(DATE) == chosen + dt.timedelta(days=1)
    assert date.text() == (chosen + dt.timedelta(days=1)).isoformat()
    assert focused() is date
    key_sequence(window, QKeySequence.StandardKey.Undo)
    assert window.doc.value(DATE) is None


def test_the_calendar_button_opens_on_the_issues_date(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    date = shown_field(window, DATE)
    form = window.current_form()
    button = next(b for b in form.findChildren(QToolButton) if b.accessibleName() == "日历")
    click(button)
    calendar = date.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2023, 9)
    assert calendar.selectedDate() == QDate(2023, 9, 25)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert window.doc.value(DATE) == dt.date(2023, 9, 25)


@pytest.mark.parametrize(("typed", "selected"), [
    ("2023-02-30", QDate(2023, 2, 28)), ("2023年2月", QDate(2023, 2, 1)), ("2023-04-31", QDate(2023, 4, 30))])
def test_the_calendar_opens_on_the_month_of_a_date_that_is_no_real_date(
        window: MainWindow, sample_path: Path, typed: str, selected: QDate) -> None:
    """Not on today's day in the issue's year: the editor corrects the month typed."""
    window.files.open_path(sample_path)
    date = shown_field(window, DATE)
    click(date)
    QTest.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(date, typed)
    assert window.doc.value(DATE) == typed  # kept as typed, marked
    QTest.keyClick(date, Qt.Key.Key_F4)
    calendar = date.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (selected.year(), selected.month())
    assert calendar.selectedDate() == selected


def test_no_field_is_a_spin_box(window: MainWindow, sample_path: Path) -> None:
    """A spin box's empty state is a text to type over, and a marked one loses its arrows."""
    window.files.open_path(sample_path)
    for part in (("masthead",), ("distribution",), PROJECT):
        window.outline.select(part)
        assert window.current_form().findChildren(QAbstractSpinBox) == []


def test_the_first_items_body_is_indented_as_every_other(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    window.outline.select(FIRST_ITEM)
    body = shown_field(window, (*FIRST_ITEM, "paragraphs"), ParagraphsEdit)
    QTest.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(body, "First")
    QTest.keyClick(body, Qt.Key.Key_Return)
    QTest.keyClicks(body, "Second")
    assert window.doc.value((*FIRST_ITEM, "paragraphs")) == ["First", "Second"]
    indent = 2 * body.fontMetrics().horizontalAdvance(INDENT_UNIT)
    blocks = [body.document().findBlockByNumber(i) for i in range(2)]
    assert [b.blockFormat().textIndent() for b in blocks] == [indent, indent]
    assert body.cursorRect(body.document().find("First")).left() >= indent


def test_add_entry_from_the_body_puts_the_cursor_in_the_new_headline(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    items = ("sections", "provincial_news", "items")
    window.outline.select((*items, 0))
    body = shown_field(window, (*items, 0, "paragraphs"), ParagraphsEdit)
    QTest.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    key_sequence(window, "Ctrl+Shift+Return")
    assert window.outline.current_part() == (*items, 1)
    headline = shown_field(window, (*items, 1, "headline"))
    assert focused() is headline
    QTest.keyClicks(headline, "New")
    assert window.doc.value((*items, 1, "headline")) == "New"
    assert window.doc.value((*items, 1, "paragraphs")) == [""]


def test_the_outline_names_each_section_by_its_printed_title(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    titles = load_named("xingcheng").sections
    for spec in SECTIONS:
        node = window.outline._nodes[spec.place]
        assert node.text(0) == titles[spec.key]
        assert node.toolTip(0) == titles[spec.key]
    assert titles["institute_news"] == "四、成都兴城双碳研究院动态"


PARTS = [("masthead",), FIRST_ITEM, ("sections", "xingcheng_action"), PROJECT, ("closing",),
         ("distribution",)]


@pytest.mark.parametrize("part", PARTS)
def test_problem_places_name_fields_by_their_labels(
        window: MainWindow, sample_path: Path, part: Place) -> None:
    window.files.open_path(sample_path)
    window.outline.select(part)
    titles = section_titles(window.doc.issue.profile)
    form = window.current_form()
    for binding in form.bindings:
        steps = describe(binding.path, titles).split(" › ")
        named = "".join(steps[-2:]) if "metrics" in binding.path else steps[-1]
        assert named == plain(binding.label())
        assert " › ".join(steps[:-1] if "metrics" not in binding.path else steps[:-2]) \
            == form.part_name()


def test_a_unit_list_shows_whole_names(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.outline.select(PROJECT)
    form = window.current_form()
    assert isinstance(form, ProjectForm)
    unit = form.units["energy_saving"]
    longest = max((unit.itemText(i) for i in range(unit.count())), key=len)
    assert longest == "万吨标准煤"
    needed = unit.fontMetrics().horizontalAdvance(longest)
    option = QStyleOptionComboBox()
    unit.initStyleOption(option)
    field = unit.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, unit)
    assert field.width() >= needed
    click(unit)
    view = unit.view()
    assert view.isVisible()
    assert view.visualRect(view.model().index(unit.findText(longest), 0)).width() >= needed
    QTest.keyClick(view, Qt.Key.Key_Escape)


def test_the_wording_wraps_in_a_box_of_several_lines(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.outline.select(PROJECT)
    form = window.current_form()
    assert isinstance(form, ProjectForm)
    wording = shown_field(window, (*PROJECT, "wording"), QTextEdit)
    assert wording.height() >= 3 * wording.fontMetrics().lineSpacing()
    template = ("采用{技术}，建设{日处理能力}的{设施}，项目建成后，年节能量达{年节能量}，"
                "减少二氧化碳排放{二氧化碳减排}。") * 2
    QTest.mouseClick(wording.viewport(), Qt.MouseButton.LeftButton)
    type_text(wording, template)
    assert window.doc.value((*PROJECT, "wording")) == template
    block = wording.document().firstBlock()
    assert wording.document().blockCount() == 1
    assert block.layout().lineCount() > 1  # wrapped, not scrolled sideways
    assert not wording.horizontalScrollBar().isVisible()
    QTest.keyClick(wording, Qt.Key.Key_Return)  # one sentence: no line break
    QApplication.clipboard().setText("，另\n建设")
    QTest.keySequence(wording, QKeySequence.StandardKey.Paste)
    assert window.doc.value((*PROJECT, "wording")) == template + "，另建设"



def _click_part(window: MainWindow, section: int, entry: int | None = None) -> None:
    """Click the outline's node of top-level row ``section`` (or of its ``entry``)."""
    node = window.outline.topLevelItem(section)
    if node is not None and entry is not None:
        node = node.child(entry)
    assert node is not None
    rect = window.outline.visualItemRect(node)
    QTest.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _placeholder_fits(box: QTextEdit) -> bool:
    """The whole placeholder, wrapped, within the box's visible area."""
    area = box.viewport().rect().adjusted(4, 4, -4, -4)
    needed = box.fontMetrics().boundingRect(
        area.x(), 0, area.width(), 10_000, Qt.TextFlag.TextWordWrap, box.placeholderText())
    return needed.height() <= area.height()


def _shown_whole(label: QLabel) -> bool:
    QApplication.processEvents()  # the form's layout gives the label its height
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_the_defaults_of_empty_boxes_show_whole(window: MainWindow, sample_path: Path) -> None:
    """The default wording and closing were placeholders cut off in their boxes (…{年发电)."""
    window.files.open_path(sample_path)
    window.resize(1000, 700)
    _click_part(window, 3, 0)  # 三、's first project
    wording = shown_field(window, ("sections", "xingcheng_action", "projects", 0, "wording"),
                          QTextEdit)
    assert _placeholder_fits(wording)
    form = window.current_form()
    assert isinstance(form, ProjectForm)
    default = default_wording(window.doc.issue.sections.xingcheng_action.projects[0])
    assert form.default_wording.text() == f"默认表述：{default}"
    assert _shown_whole(form.default_wording)
    _click_part(window, 5)  # 结尾
    assert _placeholder_fits(shown_field(window, ("closing", "text"), QTextEdit))
    closing = load_named("xingcheng").closing
    shown = [label for label in window.current_form().findChildren(QLabel)
             if closing.text in label.text()]
    assert shown and _shown_whole(shown[0])
