"""The main window: outline, forms, errors in place and in the problems panel, undo."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from editor_app.gui.forms.fields import ParagraphsEdit
from editor_app.gui.forms.project import ProjectForm
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.sections import NEWS_KEYS
from editor_app.layout.profile import load_profile

from ..conftest import DATA, SAMPLE
from .conftest import Dialogs, choose, edit, field, select_all, top_level_items

OTHER_PROFILE = DATA / "profiles" / "qinghe.yaml"


PROJECT = ("sections", "xingcheng_action", "projects", 0)
CO2 = (*PROJECT, "metrics", "co2_reduction", "value")
ITEMS = ("sections", "provincial_news", "items")


def to_end(body: ParagraphsEdit) -> None:
    """Click into a text of paragraphs and go to its end (Ctrl+End)."""
    QTest.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)


def click_problem(window: MainWindow, path: tuple) -> None:
    """Click the row of the problems panel whose finding is at ``path``."""
    tree = window.problems.list
    row = next(r for r in window.problems.rows() if r.data(0, Qt.ItemDataRole.UserRole) == path)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    select_all(widget)
    qtbot.keyClicks(widget, text)


def test_new_issue_from_template(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    assert window.doc.path is None
    assert window.windowTitle().startswith("未命名")
    outline = window.outline
    labels = [item.text(0) for item in top_level_items(outline)]
    assert labels[0] == "报头" and labels[-2:] == ["结尾", "版记"]
    assert len(labels) == 7
    assert window.doc.error_count > 0  # year, number and date are still to be filled
    assert "个错误" in window.errors_label.text()
    year = window.field_widget(("masthead", "year"))
    assert year.property("severity") == "error"
    assert "年份" in year.toolTip()


def test_negative_metric_shows_error_in_place_and_in_panel(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    assert window.doc.error_count == 0
    value = field(window, CO2, QLineEdit)
    form = window.current_form()
    assert isinstance(form, ProjectForm)
    type_into(qtbot, value, "-4.6")
    assert window.doc.value(CO2) == "-4.6"
    assert value.property("severity") == "error"
    assert "不能为负数" in value.toolTip()
    rows = window.problems.rows()
    assert [r.text(0) for r in rows] == ["错误"]
    assert "二氧化碳减排" in rows[0].text(1)
    assert window.errors_label.text() == "1 个错误"
    assert window.isWindowModified()

    window.go_to(("masthead",))  # elsewhere; the panel brings us back to the field
    click_problem(window, CO2)
    assert window.outline.current_part() == PROJECT
    assert QApplication.focusWidget() is value

    type_into(qtbot, value, "4.6")
    assert value.property("severity") == ""
    assert value.toolTip() == ""
    assert window.problems.rows() == []
    form = window.current_form()
    assert isinstance(form, ProjectForm)
    assert "4.6万吨" in form.sentence.text()


def test_new_metric_takes_the_chosen_unit_and_clearing_removes_it(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    path = (*PROJECT, "metrics", "investment", "value")
    value = field(window, path, QLineEdit)
    form = window.current_form()
    assert isinstance(form, ProjectForm)
    unit = form.units["investment"]
    choose(unit, unit.findData("亿元"))
    type_into(qtbot, value, "2")
    entry = window.doc.value((*PROJECT, "metrics"))["investment"]
    assert (entry.value, entry.unit) == ("2", "亿元")
    assert "总投资2亿元" in form.sentence.text()
    select_all(value)
    qtbot.keyClick(value, Qt.Key.Key_Delete)
    assert "investment" not in window.doc.value((*PROJECT, "metrics"))


def test_typing_burst_is_one_undo_step(window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    headline = field(window, (*ITEMS, 0, "headline"), QLineEdit)
    before = headline.text()
    QTest.mouseClick(headline, Qt.MouseButton.LeftButton)
    qtbot.keyClick(headline, Qt.Key.Key_End)
    qtbot.keyClicks(headline, " (2023)")
    assert window.doc.undo_stack.count() == 1
    assert window.undo_action.text().startswith("撤销 修改 二、省内双碳信息 › 第1条 › 标题")
    window.undo_action.trigger()
    assert window.doc.value((*ITEMS, 0, "headline")) == before
    assert headline.text() == before
    assert not window.isWindowModified()


def test_undo_shortcut_in_a_field_undoes_the_document(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    window.activateWindow()
    qtbot.waitActive(window)
    issuer = field(window, ("masthead", "issuer"), QLineEdit)
    type_into(qtbot, issuer, "XC")
    assert window.doc.value(("masthead", "issuer")) == "XC"
    qtbot.keyClick(issuer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.value(("masthead", "issuer")) == "成都兴城双碳研究院"
    assert issuer.text() == "成都兴城双碳研究院"


def test_reorder_items_and_undo(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    first, second = (window.doc.value((*ITEMS, i, "headline")) for i in (0, 1))
    window.outline.select((*ITEMS, 0))
    window.down_action.trigger()
    assert [window.doc.value((*ITEMS, i, "headline")) for i in (0, 1)] == [second, first]
    assert window.outline.current_part() == (*ITEMS, 1)
    assert window.undo_action.text() == "撤销 下移 二、省内双碳信息 › 第1条(&Z)"
    current = window.outline.currentItem()
    assert current is not None and current.text(0).startswith("第2条")
    window.undo_action.trigger()
    assert [window.doc.value((*ITEMS, i, "headline")) for i in (0, 1)] == [first, second]
    assert window.outline.current_part() == (*ITEMS, 0)
    window.redo_action.trigger()
    assert window.doc.value((*ITEMS, 0, "headline")) == second


def test_add_duplicate_delete_entries(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.outline.select(("sections", "xingcheng_action"))
    assert window.add_action.text() == "添加项目(&A)"
    window.add_action.trigger()
    projects = window.doc.value(("sections", "xingcheng_action", "projects"))
    assert len(projects) == 3 and projects[2].company == ""
    assert window.outline.current_part() == ("sections", "xingcheng_action", "projects", 2)
    window.outline.select((*ITEMS, 0))
    window.duplicate_action.trigger()
    items = window.doc.value(ITEMS)
    assert len(items) == 3 and items[0] == items[1] and items[0] is not items[1]
    window.delete_action.trigger()
    assert len(window.doc.value(ITEMS)) == 2
    for _ in range(3):
        window.undo_action.trigger()
    assert len(window.doc.value(ITEMS)) == 2
    assert len(window.doc.value(("sections", "xingcheng_action", "projects"))) == 2
    assert not window.isWindowModified()


def test_the_character_count_follows_a_duplicated_entry_and_its_undo(window: MainWindow, sample_path: Path) -> None:
    """Ctrl+D and Ctrl+Z change the issue's length: the status bar's 字数 must follow at once,
    not at the next typed character."""
    window.files.open_path(sample_path)
    window.show()
    before = window.chars_label.text()
    window.outline.select((*ITEMS, 0))
    item = window.doc.value((*ITEMS, 0))
    added = len("".join((item.headline + "".join(item.paragraphs)).split()))
    count = int(before.split()[-1])
    QTest.keyClick(window.outline, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.doc.value(ITEMS)) == 3
    assert window.chars_label.text() == f"字数 {count + added}"
    QTest.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.doc.value(ITEMS)) == 2
    assert window.chars_label.text() == before


def test_every_section_is_in_the_outline(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    for key in NEWS_KEYS:
        window.outline.select(("sections", key, "items", 0))
        assert window.outline.current_part() == ("sections", key, "items", 0)


def test_input_method_commit_reaches_the_issue(
        window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    headline = field(window, (*ITEMS, 0, "headline"), QLineEdit)
    select_all(headline)
    qtbot.keyClick(headline, Qt.Key.Key_Delete)
    assert headline.text() == ""
    preedit = QInputMethodEvent("shuang'tan", [])
    QApplication.sendEvent(headline, preedit)
    assert window.doc.value((*ITEMS, 0, "headline")) == ""  # composing is not yet text
    commit = QInputMethodEvent()
    commit.setCommitString("双碳")
    QApplication.sendEvent(headline, commit)
    assert window.doc.value((*ITEMS, 0, "headline")) == "双碳"

    body = field(window, (*ITEMS, 0, "paragraphs", 1), ParagraphsEdit)
    to_end(body)
    QApplication.sendEvent(body, QInputMethodEvent("zi'xun", []))
    commit = QInputMethodEvent()
    commit.setCommitString("资讯")
    QApplication.sendEvent(body, commit)
    assert window.doc.value((*ITEMS, 0, "paragraphs"))[-1].endswith("资讯")


def test_body_lines_are_paragraphs(window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    body = field(window, (*ITEMS, 1, "paragraphs"), ParagraphsEdit)
    to_end(body)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "P2")
    paragraphs = window.doc.value((*ITEMS, 1, "paragraphs"))
    assert len(paragraphs) == 2 and paragraphs[1] == "P2"


def test_next_problem_goes_through_the_findings(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    first, second = window.doc.findings[:2]
    window.next_problem_action.trigger()
    assert window.outline.current_part() == ("masthead",)
    binding = window.current_form().binding_for(first.path)
    assert binding is not None and QApplication.focusWidget() is binding.widget
    window.next_problem_action.trigger()
    second_binding = window.current_form().binding_for(second.path)
    assert second_binding is not None and QApplication.focusWidget() is second_binding.widget
    window.previous_problem_action.trigger()
    assert QApplication.focusWidget() is binding.widget


def test_a_finding_without_a_field_shows_on_the_form(window: MainWindow) -> None:
    window.files.new_from_template("blank")
    click_problem(window, ("sections", "special_focus"))
    form = window.current_form()
    assert not form.banner.isHidden()
    assert "没有内容" in form.banner.text()
    window.go_to(("sections", "special_focus", "items", 0))
    assert window.current_form().banner.isHidden()


def test_outline_keeps_the_part_on_revert_and_starts_a_new_issue_on_the_masthead(
        window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    """Another issue opens on its masthead (#18: typing went into the old part's fields);
    the same file read again keeps the part the user was at."""
    window.files.open_path(sample_path)
    window.outline.select((*ITEMS, 1))
    edit(window, (*ITEMS, 1, "headline"), "别的标题")
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    window.files.revert_action.trigger()
    assert window.doc.value((*ITEMS, 1, "headline")) != "别的标题"
    assert window.outline.current_part() == (*ITEMS, 1)
    window.files.new_from_template("blank")  # unchanged: no question
    assert window.outline.current_part() == ("masthead",)


def test_window_geometry_is_remembered(window: MainWindow, qtbot) -> None:
    window.resize(700, 500)
    window.close()
    again = MainWindow()
    try:
        assert again.size().width() == 700
    finally:
        again.close()


def test_masthead_numbers_and_date(window: MainWindow, qtbot) -> None:
    window.files.new_from_template("blank")
    year = field(window, ("masthead", "year"), QLineEdit)
    select_all(year)
    qtbot.keyClicks(year, "2023")
    assert window.doc.value(("masthead", "year")) == 2023
    assert window.doc.undo_stack.count() == 1  # one typing burst
    assert year.property("severity") == ""
    date = field(window, ("masthead", "date"), QLineEdit)
    QTest.mouseClick(date, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(date, "2023-09-25")
    assert window.doc.value(("masthead", "date")) == dt.date(2023, 9, 25)
    assert date.property("severity") == ""
    QTest.keySequence(window, "Ctrl+Z")
    assert window.doc.value(("masthead", "date")) is None
    assert date.text() == ""


def test_sections_are_named_by_the_issues_profile(window: MainWindow, tmp_path: Path, qtbot) -> None:
    issue = load_issue(SAMPLE)
    folder = tmp_path / "config" / "bulletin-editor" / "profiles"  # the GUI fixtures' user folder
    folder.mkdir(parents=True)
    shutil.copy(OTHER_PROFILE, folder)
    issue.profile = "qinghe"
    issue.sections.institute_news.items[0].headline = "研究院,动态"  # a half-width comma: a warning
    path = tmp_path / "other.yaml"
    save_issue(issue, path, keep_backup=False)
    window.files.open_path(path)
    outline = window.outline
    sections = [outline.topLevelItem(i) for i in range(1, 5)]
    assert [n.text(0) for n in sections if n] == list(load_profile(OTHER_PROFILE).sections.values())
    node = sections[-1].child(0) if sections[-1] else None
    assert node is not None
    outline.scrollToItem(node)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(node).center())
    assert window.current_form().heading.text() == "四、青禾低碳发展中心工作简报 › 第1条"
    assert [r.text(1) for r in window.problems.rows()] == ["四、青禾低碳发展中心工作简报 › 第1条 › 标题"]
    headline = window.field_widget(("sections", "institute_news", "items", 0, "headline"))
    assert isinstance(headline, QLineEdit)
    headline.setFocus()
    headline.end(False)
    qtbot.keyClicks(headline, "ESG")
    assert window.undo_action.text() == "撤销 修改 四、青禾低碳发展中心工作简报 › 第1条 › 标题(&Z)"
