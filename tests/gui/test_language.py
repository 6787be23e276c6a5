"""The interface language: complete catalogues, switching at runtime and on restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, Qt, QTranslator
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
)

from editor_app.gui import settings
from editor_app.gui.app import setup_application
from editor_app.gui.catalogue import catalogue_path, read_catalogue
from editor_app.gui.main_window import MainWindow
from editor_app.gui.problems import FINDING_ROLE
from editor_app.issue.metrics import CATALOGUE
from editor_app.layout.profile import load_profile
from editor_app.paths import resources_dir

from .conftest import edit, field, top_level_items

GUI_SOURCES = Path(__file__).resolve().parents[2] / "src" / "editor_app" / "gui"
CJK = re.compile(r"[\u3400-\u9fff]")
TRANSLATED = ("en", "zh_TW")
# Parts of every form, so that each form's labels are looked at.
PARTS = [("masthead",), ("sections", "special_focus"), ("sections", "special_focus", "items", 0),
         ("sections", "xingcheng_action"), ("sections", "xingcheng_action", "projects", 0),
         ("closing",), ("distribution",)]
# Labels showing the issue's or the profile's own Chinese text.
CONTENT = {"projectSentence", "mastheadTitle", "defaultWording", "defaultClosing"}
# Section titles are the profile's content too, shown as they are in every language.
TITLES = tuple(load_profile().sections.values())


def pyside_tool(name: str) -> str | None:
    """A PySide6 tool of the running interpreter's environment, also when that is not on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def switch(window: MainWindow, code: str) -> None:
    window.set_language(code)
    QApplication.processEvents()  # LanguageChange events are posted


def _interface_chinese(text: str) -> bool:
    """Whether ``text`` has Chinese besides the section titles it names."""
    for title in TITLES:
        text = text.replace(title, "")
    return bool(CJK.search(text))


def chinese_interface_texts(window: MainWindow) -> set[str]:
    """The visible interface texts still in Chinese, looking at every form."""
    found: set[str] = set()
    for part in PARTS:
        window.outline.select(part)
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.objectName() not in CONTENT and _interface_chinese(label.text()):
                found.add(label.text())
        for button in window.findChildren(QAbstractButton):
            if button.isVisible() and CJK.search(button.text()):
                found.add(button.text())
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if CJK.search(action.text()) and action not in window.language_actions.actions():
                found.add(action.text())
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_translates_every_message_of_the_sources(language: str, tmp_path: Path) -> None:
    lupdate = pyside_tool("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(GUI_SOURCES.rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-no-obsolete", "-silent", "-ts", str(fresh)], check=True)
    wanted = {(m.context, m.source, m.comment) for m in read_catalogue(fresh)}
    finished = {(m.context, m.source, m.comment) for m in read_catalogue(catalogue_path(language))
                if m.finished and m.translation}
    assert len(wanted) > 100
    assert wanted - finished == set(), "run tools/update_translations.py and translate"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_compiles_with_lrelease(language: str, tmp_path: Path) -> None:
    lrelease = pyside_tool("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease comes with PySide6"
    compiled = tmp_path / f"editor_{language}.qm"
    subprocess.run([lrelease, "-silent", str(catalogue_path(language)), "-qm", str(compiled)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("MainWindow", "文件(&F)") == {"en": "&File", "zh_TW": "檔案(&F)"}[language]


def test_every_metric_has_a_translatable_name() -> None:
    english = {m.source: m.translation for m in read_catalogue(resources_dir() / "translations" / "editor_en.ts")
               if m.context == "Metrics"}
    assert {m.label for m in CATALOGUE} <= set(english)


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_recovery_question_names_its_buttons_as_they_are_labelled(language: str) -> None:
    """Each line of the question's explanation starts with its button's label ("Yes: open these
    changes" stood beside a button labelled Recover)."""
    texts = {(m.context, m.source): m.translation for m in read_catalogue(catalogue_path(language))}
    question = next(t for (context, source), t in texts.items()
                    if context == "MainWindow" and source.startswith("编辑器上次未正常关闭"))
    for button in ("恢复(&R)", "丢弃(&D)", "忽略(&I)"):
        label = re.sub(r"\(&\w\)|&", "", texts[("MainWindow", button)])
        assert any(line.startswith((f"{label}：", f"{label}:")) for line in question.splitlines()), label


def test_switching_to_english_translates_the_whole_window(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    switch(window, "en")
    assert chinese_interface_texts(window) == set()
    assert window.menuBar().actions()[0].text() == "&File"
    assert top_level_items(window.outline)[0].text(0) == "Masthead"
    assert window.errors_label.text() == "Errors: 0"
    assert window.windowTitle().endswith("Bulletin Editor")
    assert [a.isChecked() for a in window.language_actions.actions()] == [False, False, True]


def test_switching_back_restores_chinese(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    switch(window, "en")
    switch(window, "zh_CN")
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert top_level_items(window.outline)[0].text(0) == "报头"
    assert window.errors_label.text() == "0 个错误"


def test_language_is_kept_for_the_next_start(window: MainWindow, qapp) -> None:
    switch(window, "zh_TW")
    assert settings.language() == "zh_TW"
    qapp.setProperty("interfaceLanguage", None)  # a new process starts without a language
    setup_application(qapp)
    restarted = MainWindow()
    assert restarted.menuBar().actions()[0].text() == "檔案(&F)"


@pytest.mark.parametrize(("language", "cancel"), [("zh_CN", "取消"), ("zh_TW", "取消"), ("en", "Cancel")])
def test_qt_dialog_buttons_follow_the_language(window: MainWindow, language: str, cancel: str) -> None:
    switch(window, language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


@pytest.mark.parametrize(("language", "place", "message"), [
    ("zh_CN", "报头 › 年份", "年份 1999 不合理，请填写四位年份，如 2023"),
    ("zh_TW", "報頭 › 年份", "年份 1999 不合理，請填寫四位年份，如 2023"),
    ("en", "Masthead › Year", "The year 1999 is implausible; write a four-digit year such as 2023"),
])
def test_problems_follow_the_language(window: MainWindow, sample_path: Path, language: str,
                                      place: str, message: str) -> None:
    window.files.open_path(sample_path)
    edit(window, ("masthead", "year"), "1999")
    switch(window, language)
    row = next(r for r in window.problems.rows() if r.data(0, FINDING_ROLE) == ("masthead", "year"))
    assert (row.text(1), row.text(2)) == (place, message)


def test_a_metric_in_a_problem_is_named_in_the_language(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    value = ("sections", "xingcheng_action", "projects", 0, "metrics", "energy_saving", "value")
    window.outline.select(value[:5])
    edit(window, value, "-1")
    switch(window, "en")
    row = next(r for r in window.problems.rows() if r.data(0, FINDING_ROLE) == value)
    assert row.text(2) == "Annual energy saved cannot be negative (it is -1)"
    assert row.text(1).endswith("Project 1 › Annual energy saved › Value")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_file_dialogs_have_no_english_text(window: MainWindow, language: str, tmp_path: Path) -> None:
    switch(window, language)
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(window, "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
        assert [t for t in texts if re.search("[A-Za-z]{3}", t)] == []
        look_in = dialog.findChild(QLabel, "lookInLabel")
        expected = {"zh_CN": "查找范围(&L)：", "zh_TW": "查詢位置(&L)："}[language]
        assert look_in is not None and look_in.text() == expected
    folder_type = QAbstractFileIconProvider().type(QFileInfo(str(tmp_path)))
    assert folder_type == {"zh_CN": "文件夹", "zh_TW": "資料夾"}[language]


@pytest.mark.parametrize(("language", "month"), [("zh_CN", "一月"), ("zh_TW", "1月"), ("en", "January")])
def test_the_calendar_names_months_in_the_language(window: MainWindow, language: str, month: str) -> None:
    switch(window, language)
    date = field(window, ("masthead", "date"), QLineEdit)
    QTest.mouseClick(date, Qt.MouseButton.LeftButton)
    QTest.keyClick(date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = date.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    months = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert months is not None and months.text() == calendar.locale().monthName(calendar.monthShown())
    assert calendar.locale().monthName(1) == month
