"""Layout profiles in the editor: choosing one for a new issue, and carrying on with one that
cannot be used; a second institute's profile end to end, installed without a code change."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from editor_app.gui.main_window import MainWindow
from editor_app.gui.profile_dialog import ProfileDialog
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue
from editor_app.issue.validation import Severity, iter_texts

from ..conftest import DATA, SAMPLE
from .conftest import select_all

SECOND = DATA / "profiles" / "lvjian.yaml"  # 天府绿色建筑研究中心's 绿建简报


@pytest.fixture
def second_institute(tmp_path: Path) -> Path:
    """The second institute's profile copied into the user's profile folder (the GUI fixtures
    point XDG_CONFIG_HOME and APPDATA at tmp_path / "config")."""
    folder = tmp_path / "config" / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True)
    return Path(shutil.copy(SECOND, folder / "lvjian.yaml"))


def _new_issue_dialog(window: MainWindow, qtbot) -> ProfileDialog:
    """Ctrl+N, as the user presses it: the profile dialog it opens."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _rows(dialog: ProfileDialog) -> list[str]:
    return [dialog.list.item(n).text() for n in range(dialog.list.count())]


def test_new_asks_for_no_profile_when_only_one_is_installed(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(ProfileDialog) is None
    assert window.doc.issue.profile == "xingcheng" and window.doc.path is None


def test_cancelling_the_profile_dialog_changes_nothing(window: MainWindow, second_institute: Path,
                                                       sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    dialog = _new_issue_dialog(window, qtbot)
    assert _rows(dialog) == ["绿建简报（lvjian）", "双碳资讯（xingcheng）"]
    assert dialog.list.currentItem().text() == "双碳资讯（xingcheng）"  # the bundled one first
    QTest.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.doc.path == sample_path


def test_an_unknown_profile_is_shown_and_the_editor_carries_on(window: MainWindow, tmp_path: Path,
                                                               qtbot) -> None:
    path = tmp_path / "nosuch.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: nosuch", 1),
                    encoding="utf-8")
    window.files.open_path(path)
    rows = window.problems.rows()
    assert (rows[0].text(0), rows[0].text(1)) == ("错误", "版式")
    folder = tmp_path / "config" / "bulletin-editor" / "profiles"
    assert rows[0].text(2) == f"没有名为“nosuch”的版式；已安装的版式：xingcheng；自己的版式请放在 {folder}"
    problems = window.problems.list
    QTest.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=problems.visualItemRect(rows[0]).center())  # no field: the dialog to change it
    assert problems.currentItem() is rows[0]
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "更换版式"
    QTest.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert window.doc.issue.profile == "nosuch" and window.doc.undo_stack.count() == 0
    preview = window.preview
    qtbot.waitUntil(lambda: preview.problem.isVisible())  # the timer's refresh raised no exception
    assert preview.pages is None and not preview.scroll_area.isVisible()
    assert "版式" in preview.problem.text() and "nosuch" in preview.problem.text()
    assert window.pages_label.text() == "共 0 页"
    headline = window.field_widget(("sections", "provincial_news", "items", 0, "headline"))
    select_all(headline)
    commit = QInputMethodEvent()  # typed through a Chinese input method: the editor keeps working
    commit.setCommitString("照常编辑")
    QApplication.sendEvent(headline, commit)
    assert window.doc.value(("sections", "provincial_news", "items", 0, "headline")) == "照常编辑"


def test_a_second_institute_end_to_end(window: MainWindow, second_institute: Path, tmp_path: Path,
                                       save_dialog, qtbot) -> None:
    """Installed by copying a file: chosen in File ▸ New, filled in, validated, previewed and
    exported in its own layout."""
    dialog = _new_issue_dialog(window, qtbot)
    QTest.keyClick(dialog.list, Qt.Key.Key_Up)  # from 双碳资讯 up to 绿建简报
    assert dialog.list.currentItem().text() == "绿建简报（lvjian）"
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    issue = window.doc.issue
    assert (issue.profile, issue.masthead.issuer) == ("lvjian", "天府绿色建筑研究中心")

    year = window.field_widget(("masthead", "year"))

    select_all(year)
    qtbot.keyClicks(year, str(dt.date.today().year))
    number = window.field_widget(("masthead", "number"))
    select_all(number)
    qtbot.keyClicks(number, "3")
    window.field_widget(("masthead", "date"))  # shows the masthead, its 今天 button with it
    [today] = [b for b in window.findChildren(QPushButton) if b.text() == "今天" and b.isVisible()]
    QTest.mouseClick(today, Qt.MouseButton.LeftButton)
    assert issue.masthead.date == dt.date.today()
    assert [f for f in window.doc.findings if f.severity is Severity.ERROR] == []

    preview = window.preview
    qtbot.waitUntil(lambda: preview.pages is not None and preview.pages.profile.name == "lvjian")
    pages = preview.pages
    assert pages is not None
    texts = [block.text for block in pages.blocks]
    assert texts[:2] == ["绿建简报", f"{dt.date.today().year}年 第3期"]
    headings = [t for t in texts if t[:2] in ("一、", "二、", "三、", "四、")]
    assert headings == ["一、本期聚焦", "二、行业动态", "三、中心项目进展", "四、中心动态"]
    assert "关于天府绿色建筑研究中心" in texts
    assert len(pages.pages) >= 1

    target = tmp_path / "绿建简报.docx"
    save_dialog(target)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    with zipfile.ZipFile(target) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
        document = package.read("word/document.xml").decode("utf-8")
    for name in ("绿建报头", "绿建正文", "绿建栏目标题", "绿建版记"):
        assert f'w:val="{name}"' in styles
    assert "简报正文" not in styles and 'w:val="008000"' in styles
    assert "绿建简报" in document and "二、行业动态" in document and "关于天府绿色建筑研究中心" in document
    from openxml_audit import FileFormat, OpenXmlValidator

    result = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365, max_errors=0).validate(str(target))
    assert [str(error) for error in result.errors] == []


def test_a_second_institute_s_export_imports_back_in_its_profile(second_institute: Path, tmp_path: Path) -> None:
    from editor_app.export.docx.exporter import export_file
    from editor_app.importing import import_source

    source = tmp_path / "issue.yaml"
    source.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: lvjian", 1)
                      .replace("issuer: 成都兴城双碳研究院", "issuer: 天府绿色建筑研究中心", 1), encoding="utf-8")
    target = tmp_path / "issue.docx"
    export_file(source, target)
    imported = import_source(target).issue
    assert imported.profile == "lvjian"

    def texts(issue: Issue) -> dict:
        return {place: text for place, text in iter_texts(issue) if text and place != ("profile",)}

    assert texts(imported) == texts(load_issue(source))  # every text back in its place


def test_a_broken_profile_is_shown_until_its_file_is_mended(window: MainWindow, tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "config" / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True)
    profile = folder / "lvjian.yaml"
    good = SECOND.read_text(encoding="utf-8")
    profile.write_text(good.replace("line_pitch_twips: 600", "line_pitch_twips: 0"), encoding="utf-8")
    issue = tmp_path / "issue.yaml"
    issue.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: lvjian", 1),
                     encoding="utf-8")
    window.files.open_path(issue)
    message = window.problems.rows()[0].text(2)
    assert message.startswith("版式“lvjian”无法使用：") and "page.line_pitch_twips" in message
    preview = window.preview
    qtbot.waitUntil(lambda: preview.problem.isVisible())
    assert f"{profile}:page.line_pitch_twips" in preview.problem.text()

    profile.write_text(good, encoding="utf-8")
    os.utime(profile, ns=(time.time_ns(), time.time_ns() + 10**9))
    number = window.field_widget(("masthead", "number"))
    select_all(number)
    qtbot.keyClicks(number, "12")  # the next edit validates and lays out again
    qtbot.waitUntil(lambda: preview.pages is not None)
    pages = preview.pages
    assert pages is not None
    assert not preview.problem.isVisible() and pages.blocks[0].text == "绿建简报"
    assert all(row.text(1) != "版式" for row in window.problems.rows())


def _install_broken(tmp_path: Path) -> Path:
    folder = tmp_path / "config" / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    broken = folder / "broken.yaml"
    broken.write_text(SECOND.read_text(encoding="utf-8").replace("name: lvjian", "name: broken"), encoding="utf-8")
    broken.write_text(broken.read_text(encoding="utf-8").replace("line_pitch_twips: 600", "line_pitch_twips: 0"),
                      encoding="utf-8")
    return broken


def test_new_lists_a_broken_profile_greyed_with_its_reason(window: MainWindow, tmp_path: Path, qtbot) -> None:
    broken = _install_broken(tmp_path)
    dialog = _new_issue_dialog(window, qtbot)
    assert _rows(dialog)[0].startswith("broken（无法使用）\n") and "page.line_pitch_twips" in _rows(dialog)[0]
    row = dialog.list.item(0)
    assert not row.flags() & Qt.ItemFlag.ItemIsEnabled and row.toolTip().startswith(f"{broken}:page.line_pitch")
    assert dialog.list.currentItem().text() == "双碳资讯（xingcheng）"
    QTest.keyClick(dialog.list, Qt.Key.Key_Up)  # the greyed row cannot be chosen
    QTest.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                      pos=dialog.list.visualItemRect(row).center())
    assert dialog.isVisible() and dialog.list.currentItem().text() == "双碳资讯（xingcheng）"
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.doc.issue.profile == "xingcheng"


def test_new_preselects_the_open_issue_s_profile(window: MainWindow, second_institute: Path, tmp_path: Path,
                                                 qtbot) -> None:
    issue = tmp_path / "lvjian-issue.yaml"
    issue.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: lvjian", 1),
                     encoding="utf-8")
    window.files.open_path(issue)
    dialog = _new_issue_dialog(window, qtbot)
    assert dialog.list.currentItem().text() == "绿建简报（lvjian）"
    QTest.keyClick(dialog.list, Qt.Key.Key_Escape)


def test_changing_the_profile_is_one_undo_step_the_preview_and_problems_follow(
        window: MainWindow, second_institute: Path, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "nosuch.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: nosuch", 1),
                    encoding="utf-8")
    window.files.open_path(path)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and window.profile_action in file_menu.actions()  # 文件 ▸ 更换版式…
    problems = window.problems.list
    row = window.problems.rows()[0]
    assert row.text(1) == "版式"
    QTest.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=problems.visualItemRect(row).center())
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.currentItem().text() == "双碳资讯（xingcheng）"  # nosuch is not installed
    QTest.keyClick(dialog.list, Qt.Key.Key_Up)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.doc.issue.profile == "lvjian" and window.doc.undo_stack.count() == 1
    assert all(r.text(1) != "版式" for r in window.problems.rows())
    preview = window.preview
    qtbot.waitUntil(lambda: preview.pages is not None and preview.pages.profile.name == "lvjian")
    first_section = window.outline.topLevelItem(1)
    assert first_section is not None and first_section.text(0) == "一、本期聚焦"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.issue.profile == "nosuch" and window.problems.rows()[0].text(1) == "版式"


def test_export_with_an_unusable_profile_says_why_before_asking_for_a_file(
        window: MainWindow, tmp_path: Path, dialogs, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog

    _install_broken(tmp_path)
    path = tmp_path / "issue.yaml"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("profile: xingcheng", "profile: broken", 1),
                    encoding="utf-8")
    window.files.open_path(path)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("critical", "导出失败") and "page.line_pitch_twips" in text and "100–1440" in text
