"""Files: open, save and reopen, the unsaved-changes prompt, broken files, export, recent."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.gui import files, settings
from editor_app.gui.app import main
from editor_app.gui.document import MAX_ENTRIES
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import dump_issue, load_issue, save_issue
from editor_app.paths import template_path

from .conftest import Dialogs, edit

HEADLINE = ("sections", "special_focus", "items", 0, "headline")
CO2 = ("sections", "xingcheng_action", "projects", 1, "metrics", "co2_reduction", "value")


def test_recent_files_from_any_settings_value(tmp_path: Path) -> None:
    """QSettings gives one name back as text, several as a list; another value (a settings
    file edited by hand) means no recent files, not a failure."""
    stored = QSettings(settings.ORGANIZATION, settings.APPLICATION)
    stored.setValue("recentFiles", str(tmp_path / "a.yaml"))
    assert settings.recent_files() == [tmp_path / "a.yaml"]
    stored.setValue("recentFiles", 3)
    assert settings.recent_files() == []


def test_opening_the_file_opened_last_does_not_rewrite_the_settings(window: MainWindow, sample_path: Path,
                                                                    tmp_path: Path) -> None:
    """The settings file is written (and synced to disk) only when what it holds changes: not
    at each start that opens the file opened last."""
    stored = Path(QSettings(settings.ORGANIZATION, settings.APPLICATION).fileName())
    assert window.files.open_path(sample_path)
    written = stored.stat()
    assert window.files.open_path(sample_path)
    assert (stored.stat().st_ino, stored.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    other = tmp_path / "other.yaml"
    other.write_bytes(sample_path.read_bytes())
    assert window.files.open_path(other)
    assert settings.recent_files() == [other.resolve(), sample_path.resolve()]
    assert stored.stat().st_mtime_ns != written.st_mtime_ns


def test_save_as_and_reopen_identical(window: MainWindow, sample_path: Path, save_dialog,
                                      tmp_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    edit(window, HEADLINE, "新的标题：双碳（测试）")
    edit(window, CO2, "2.5")
    assert window.isWindowModified()
    target = tmp_path / "saved"
    save_dialog(target)
    assert window.files.save_as()
    saved = tmp_path / "saved.yaml"
    assert window.doc.path == saved
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.yaml")
    assert dump_issue(load_issue(saved)) == dump_issue(window.doc.issue)

    reopened = MainWindow()
    try:
        assert reopened.files.open_path(saved)
        assert reopened.doc.issue == window.doc.issue
        assert reopened.doc.value(HEADLINE) == "新的标题：双碳（测试）"
    finally:
        reopened.close()
    assert settings.recent_files()[0] == saved.resolve()
    assert settings.last_folder() == str(tmp_path)
    assert dialogs.shown == []


def test_save_writes_the_file_in_place(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    edit(window, ("masthead", "issuer"), "成都兴城双碳研究院（测试）")
    assert window.files.save()
    assert load_issue(sample_path).masthead.issuer == "成都兴城双碳研究院（测试）"
    assert sample_path.with_name("sample.yaml.bak").exists()


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_unsaved_changes_prompt(window: MainWindow, sample_path: Path, dialogs: Dialogs,
                                answer: QMessageBox.StandardButton, closes: bool,
                                saved: bool) -> None:
    window.files.open_path(sample_path)
    edit(window, ("masthead", "issuer"), "别的单位")
    dialogs.answers["warning"] = answer
    assert window.close() is closes
    assert [kind for kind, _, _ in dialogs.shown] == ["warning"]
    assert "sample.yaml" in dialogs.shown[0][2]
    assert dialogs.buttons == [{"保存(&S)", "丢弃(&D)", "取消(&C)"}]
    assert (load_issue(sample_path).masthead.issuer == "别的单位") is saved
    assert window.isVisible() is not closes


@pytest.mark.parametrize(("keys", "closes", "saved"), [("Alt+S", True, True), ("Alt+D", True, False),
                                                       ("Alt+C", False, False), ("Esc", False, False)])
def test_unsaved_changes_are_answered_by_mnemonics(window: MainWindow, sample_path: Path, dialogs: Dialogs,
                                                   keys: str, closes: bool, saved: bool) -> None:
    window.files.open_path(sample_path)
    edit(window, ("masthead", "issuer"), "别的单位")
    dialogs.answers["warning"] = keys
    assert window.close() is closes
    assert (load_issue(sample_path).masthead.issuer == "别的单位") is saved


def test_no_prompt_when_unchanged(window: MainWindow, sample_path: Path,
                                  dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    edit(window, ("masthead", "issuer"), "别的单位")
    window.undo_action.trigger()
    assert window.close()
    assert dialogs.shown == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("masthead: [1, 2\n", "YAML"),
        ("schema_version: 1\nmasthead: !!python/object/apply:os.system ['echo hi']\n",
         "不允许的 YAML 标签"),
        ("a: &x [1]\nb: *x\n", "别名"),
        ("schema_version: 99\n", "较新版本"),
        ("schema_version: 1\nmasthead:\n  year: 二〇二三\n", "应为整数"),
        ("schema_version: 1\nmasthead: {}\nschema_version: 1\n", "第3行第1列: 键“schema_version”重复（第 1 行已有）"),
    ],
)
def test_broken_file_shows_one_line_and_changes_nothing(
        window: MainWindow, sample_path: Path, tmp_path: Path, dialogs: Dialogs,
        content: str, expected: str) -> None:
    window.files.open_path(sample_path)
    edit(window, ("masthead", "issuer"), "未保存的修改")
    before = deepcopy(window.doc.issue)
    broken = tmp_path / "broken.yaml"
    broken.write_text(content, encoding="utf-8")
    assert not window.files.open_path(broken, ask=False)
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("critical", "无法打开")
    assert expected in text and "broken.yaml" in text and "\n" not in text
    assert window.doc.issue == before
    assert window.doc.path == sample_path
    assert window.isWindowModified()
    edit(window, ("masthead", "issuer"), "还能继续编辑")
    assert window.doc.value(("masthead", "issuer")) == "还能继续编辑"


@pytest.mark.parametrize("in_worker", [False, True])
def test_an_issue_beyond_what_the_editor_shows_is_refused_in_one_line(
        window: MainWindow, sample_path: Path, tmp_path: Path, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch, in_worker: bool) -> None:
    if in_worker:  # as a file of more than BUSY_ABOVE_BYTES is read
        monkeypatch.setattr(files, "BUSY_ABOVE_BYTES", 0)
    window.files.open_path(sample_path)
    assert window.doc.path == sample_path
    huge = load_issue(sample_path)
    items = huge.sections.provincial_news.items
    items.extend(deepcopy(items[0]) for _ in range(MAX_ENTRIES + 1 - len(items)))
    path = tmp_path / "巨大.yaml"
    save_issue(huge, path)
    assert load_issue(path) == huge  # the command line still reads (and validates) it
    assert not window.files.open_path(path)
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("critical", "无法打开")
    assert text.startswith(f"{path}:二、省内双碳信息: 内容过多：此处有 {MAX_ENTRIES + 1} 项")
    assert "\n" not in text
    assert window.doc.path == sample_path


def test_binary_file_is_refused(window: MainWindow, tmp_path: Path, dialogs: Dialogs) -> None:
    binary = tmp_path / "image.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not window.files.open_path(binary)
    assert "二进制" in dialogs.shown[0][2]


def test_revert(window: MainWindow, sample_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    assert not window.files.revert_action.isEnabled()
    edit(window, ("masthead", "issuer"), "别的单位")
    assert window.files.revert_action.isEnabled()
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    window.files.revert_action.trigger()
    assert window.doc.value(("masthead", "issuer")) == "成都兴城双碳研究院"
    assert not window.isWindowModified()
    assert window.doc.undo_stack.count() == 0


def test_export_word(window: MainWindow, sample_path: Path, tmp_path: Path, save_dialog,
                     dialogs: Dialogs) -> None:
    pytest.importorskip("editor_app.export.docx.exporter")
    window.files.open_path(sample_path)
    target = tmp_path / "out.docx"
    save_dialog(target)
    window.files.export_action.trigger()
    assert target.stat().st_size > 0

    edit(window, CO2, "-1")  # an error: the export asks before forcing
    dialogs.answers["question"] = QMessageBox.StandardButton.No
    target.unlink()
    window.files.export_action.trigger()
    assert not target.exists()
    assert "1 个错误" in dialogs.shown[-1][2]


def test_main_opens_the_file_given(sample_path: Path, dialogs: Dialogs) -> None:
    seen: list[str] = []

    def check_and_quit() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                    and w.isVisible()]
        seen.append(window.windowTitle())
        window.close()

    QTimer.singleShot(0, check_and_quit)
    assert main([str(sample_path)]) == 0
    assert seen == ["sample.yaml[*] — 双碳资讯编辑器"]


def test_main_starts_blank_when_the_file_given_cannot_be_read(tmp_path: Path, dialogs: Dialogs,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "missing.yaml"
    seen: list[tuple[str, bool]] = []
    behind: list[bool] = []  # whether a window was showing behind the error
    report = files.FileActions._error
    monkeypatch.setattr(files.FileActions, "_error", lambda self, *args: behind.append(self.window.isVisible())
                        or report(self, *args))

    def check_and_quit() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                    and w.isVisible()]
        seen.append((window.windowTitle(), window.doc.issue == load_issue(template_path("blank"))))
        window.close()

    QTimer.singleShot(0, check_and_quit)
    assert main([str(missing)]) == 0
    assert dialogs.shown[-1][:2] == ("critical", "无法打开")
    assert behind == [False]  # not a half-built window: the blank template comes up after
    assert seen == [("未命名[*] — 双碳资讯编辑器", True)]


def _select_distribution(window: MainWindow) -> None:
    """Click into the outline and press End: 版记 is shown."""
    QTest.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClick(window.outline, Qt.Key.Key_End)
    assert window.current_part() == ("distribution",)


def test_a_new_issue_opens_on_the_masthead(window: MainWindow) -> None:
    """Not on the part the previous issue showed, where the user's typing would go to 版记."""
    _select_distribution(window)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert window.current_part() == ("masthead",)
    assert window.stack.currentWidget() is window.form("masthead")


def test_an_opened_issue_opens_on_the_masthead(window: MainWindow, sample_path: Path,
                                               open_dialog: Callable[[Path], None]) -> None:
    _select_distribution(window)
    open_dialog(sample_path)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Open))
    assert window.doc.path == sample_path
    assert window.current_part() == ("masthead",)
    assert window.stack.currentWidget() is window.form("masthead")


def test_saving_in_place_gives_no_qt_warning(window: MainWindow, sample_path: Path, qtlog) -> None:
    """The watched file replaced by the save: its watch ends, and no empty list is unwatched."""
    window.files.open_path(sample_path)
    edit(window, ("masthead", "issuer"), "成都兴城双碳研究院（测试）")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(300)  # the watcher reports the replaced file
    assert not window.doc.modified
    assert not [r.message for r in qtlog.records if "removePaths" in r.message]
