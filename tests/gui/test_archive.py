"""The archive in the editor, driven as a user does: choose the folder, open an issue from the
list, search and open a hit's field, make the next issue, see the checks across issues."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
)

from editor_app.gui import settings
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import save_issue

from ..issues import series_issue
from .conftest import Dialogs, edit, field, select_all, top_level_items, type_text

COUNT = 5


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five issues, 2015年第1–5期; the search index in the test's own cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "archive"
    folder.mkdir()
    for k in range(COUNT):
        save_issue(series_issue(k), folder / f"issue-{k + 1:04d}.yaml", keep_backup=False)
    return folder


@pytest.fixture
def window_on(archive: Path, qtbot, dialogs: Dialogs) -> MainWindow:
    """The editor with ``archive`` chosen in an earlier session, its list read."""
    settings.set_archive_folder(archive)
    win = MainWindow()
    win.show()
    qtbot.waitUntil(lambda: win.archive.list.topLevelItemCount() == COUNT)
    _show_dock(win)
    return win


def test_the_folder_is_read_once_the_window_has_painted(archive: Path, qtbot, dialogs: Dialogs) -> None:
    """The start does not wait for the archive (``gui/first_paint``): the folder chosen in an
    earlier session is read after the window's first paint, then listed."""
    settings.set_archive_folder(archive)
    win = MainWindow()
    QApplication.processEvents()  # the window not shown yet, so not painted
    assert win.archive.folder is None and not win.archive.list.topLevelItemCount()
    win.show()
    qtbot.waitUntil(lambda: win.archive.list.topLevelItemCount() == COUNT)
    assert win.archive.folder == archive


def _show_dock(window: MainWindow) -> None:
    """Click the 期刊库 tab (the dock shares the bottom area with the problems panel)."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i) == "期刊库":
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
    assert window.archive.list.isVisible()


def _activate(tree: QTreeWidget, row: QTreeWidgetItem) -> None:
    """Scroll to the row, click it, then press Enter on it."""
    tree.scrollToItem(row)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    assert tree.currentItem() is row
    QTest.keyClick(tree, Qt.Key.Key_Return)


def test_choosing_the_folder_lists_its_issues(window: MainWindow, archive: Path, qtbot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(archive)))
    _show_dock(window)
    QTest.mouseClick(window.archive.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.archive.list.topLevelItemCount() == COUNT)
    first = top_level_items(window.archive.list)[0]
    assert [first.text(c) for c in range(4)][:2] == ["2015年第1期（总第1期）", "2015-01-25"]
    assert first.text(2).startswith("第1号光伏动态1：") and first.text(3) == "0 个错误，0 个警告"
    assert settings.archive_folder() == archive  # chosen for the next sessions too


def test_enter_on_an_issue_opens_it(window_on: MainWindow, archive: Path) -> None:
    dock = window_on.archive
    _activate(dock.list, top_level_items(dock.list)[2])
    assert window_on.doc.path == archive / "issue-0003.yaml"
    assert window_on.doc.issue.masthead.number == 3


def test_search_hit_opens_its_field(window_on: MainWindow, archive: Path, qtbot) -> None:
    """風電 (Traditional, two characters) finds 第2期's texts; Enter on a hit puts the cursor
    in that field."""
    dock = window_on.archive
    QTest.mouseClick(dock.search_box, Qt.MouseButton.LeftButton)
    type_text(dock.search_box, "風電動態2")
    QTest.keyClick(dock.search_box, Qt.Key.Key_Return)
    hits = top_level_items(dock.list)
    assert [(h.text(0), h.text(1)) for h in hits] == [("issue-0002.yaml", "二、省内双碳信息 › 第1条 › 标题")]
    _activate(dock.list, hits[0])
    assert window_on.doc.path == archive / "issue-0002.yaml"
    place = ("sections", "provincial_news", "items", 0, "headline")
    assert QApplication.focusWidget() is window_on.field_widget(place)
    select_all(dock.search_box)
    QTest.keyClick(dock.search_box, Qt.Key.Key_Delete)  # an empty box shows the issues again
    assert dock.list.topLevelItemCount() == COUNT


def test_next_issue_from_the_last(window_on: MainWindow) -> None:
    QTest.keyClick(window_on, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    m = window_on.doc.issue.masthead
    assert (m.year, m.number, m.total_number) == (2015, 6, 6)
    assert window_on.doc.path is None
    assert field(window_on, ("masthead", "number"), QLineEdit).text() == "6"


def test_next_issue_refused_while_an_issue_cannot_be_read(window_on: MainWindow, archive: Path,
                                                         dialogs: Dialogs) -> None:
    """第6期 saved in GBK: skipping it would propose 第6期 again; the editor names the file and
    keeps the issue it had."""
    gbk = archive / "issue-0006.yaml"
    save_issue(series_issue(COUNT), gbk, keep_backup=False)
    gbk.write_bytes(gbk.read_text(encoding="utf-8").encode("gbk"))
    before = window_on.doc.issue
    dialogs.answers["warning"] = QMessageBox.StandardButton.Ok
    QTest.keyClick(window_on, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "新建下一期")
    lines = text.splitlines()
    assert lines[0] == ("期刊库中有 1 个期刊文件无法读取，接续的期号可能与它们的期号重复；"
                        "请改正这些文件，或把它们移出期刊库文件夹后重试：")
    assert lines[-1].startswith(f"{gbk}: 文件是 GBK/GB18030 编码")
    assert window_on.doc.issue is before


def test_next_issue_refused_asks_nothing_about_unsaved_work_first(window_on: MainWindow, archive: Path,
                                                                 dialogs: Dialogs) -> None:
    """It asked to save the issue open, and only then said there would be no next issue."""
    gbk = archive / "issue-0006.yaml"
    save_issue(series_issue(COUNT), gbk, keep_backup=False)
    gbk.write_bytes(gbk.read_text(encoding="utf-8").encode("gbk"))
    edit(window_on, ("masthead", "issuer"), "未保存的修改")
    dialogs.answers["warning"] = QMessageBox.StandardButton.Ok
    QTest.keyClick(window_on, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [(kind, title) for kind, title, _ in dialogs.shown] == [("warning", "新建下一期")]
    assert window_on.doc.value(("masthead", "issuer")) == "未保存的修改"
    window_on.doc.undo_stack.setClean()


def test_saving_the_next_issue_proposes_the_archive(window_on: MainWindow, archive: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    settings.set_last_folder(archive.parent / "elsewhere" / "last.yaml")  # where the last issue was saved
    asked: list[tuple] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    QTest.keyClick(window_on, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window_on, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked[-1][2] == str(archive / "双碳资讯-2015年第6期.yaml")
    window_on.files.new_from_template("blank")  # another issue: back to the last folder
    QTest.keyClick(window_on, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Path(asked[-1][2]).parent == archive.parent / "elsewhere"
    window_on.doc.undo_stack.setClean()


def test_the_folder_shown_again_once_it_can_be_read(window_on: MainWindow, archive: Path, qtbot) -> None:
    hidden = archive.with_name("hidden")
    archive.rename(hidden)
    window_on.archive.reload()
    qtbot.waitUntil(lambda: "期刊库文件夹不存在" in window_on.archive.folder_label.text())
    hidden.rename(archive)
    window_on.archive.reload()
    qtbot.waitUntil(lambda: window_on.archive.folder_label.text() == str(archive))
    assert window_on.archive.list.topLevelItemCount() == COUNT


def test_next_issue_without_a_folder_says_how(window: MainWindow, dialogs: Dialogs) -> None:
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialogs.shown and dialogs.shown[-1][0] == "information" and "期刊库" in dialogs.shown[-1][2]


def test_problems_panel_shows_checks_across_issues(window_on: MainWindow, archive: Path, qtbot) -> None:
    """第4期 given 总期号 3 (that of 第3期) in the form: the problems panel says so at once."""
    dock = window_on.archive
    _activate(dock.list, top_level_items(dock.list)[3])
    total = field(window_on, ("masthead", "total_number"), QLineEdit)
    select_all(total)
    qtbot.keyClicks(total, "3")
    messages = [row.text(2) for row in top_level_items(window_on.problems.list)]
    assert "总期号 3 与上一期 issue-0003.yaml 的总期号相同，应大于它" in messages
    select_all(total)
    qtbot.keyClicks(total, "4")
    assert not top_level_items(window_on.problems.list)


def test_hostile_file_is_listed_not_opened(window: MainWindow, archive: Path, qtbot,
                                           monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    (archive / "broken.yaml").write_text("schema_version: 1\nmasthead: [", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(archive)))
    _show_dock(window)
    QTest.mouseClick(window.archive.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.archive.list.topLevelItemCount() == COUNT + 1)
    broken = top_level_items(window.archive.list)[-1]
    assert (broken.text(0), broken.text(3)) == ("broken.yaml", "无法读取")
    assert broken.toolTip(3).startswith(str(archive / "broken.yaml"))
    _activate(window.archive.list, broken)
    assert dialogs.shown[-1][0] == "critical" and window.doc.path != archive / "broken.yaml"


def test_list_shows_findings_across_issues(window: MainWindow, archive: Path, qtbot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A second file of 第3期: its row counts the repeats against 第3期, its tooltip names them."""
    import shutil

    shutil.copy(archive / "issue-0003.yaml", archive / "issue-0003b.yaml")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(archive)))
    _show_dock(window)
    QTest.mouseClick(window.archive.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.archive.list.topLevelItemCount() == COUNT + 1)
    rows = top_level_items(window.archive.list)
    assert rows[2].text(3) == "0 个错误，0 个警告" and rows[2].toolTip(3) == ""
    copy = rows[3]
    assert copy.text(3).startswith("0 个错误，0 个警告；跨期 1 个错误，")
    tip = copy.toolTip(3).splitlines()
    assert tip[:2] == ["报头 › 期号: 警告: 期号与上一期 issue-0003.yaml 相同（3），请核对",
                       "报头 › 总期号: 错误: 总期号 3 与上一期 issue-0003.yaml 的总期号相同，应大于它"]
    assert len(tip) > 2 and all("中的一条相同" in line for line in tip[2:])
    assert copy.text(3).endswith(f"跨期 1 个错误，{len(tip) - 1} 个警告")


def test_arrow_keys_between_search_and_hits(window_on: MainWindow, archive: Path) -> None:
    """Down from the search box to the first hit, Up back; Enter on a hit opens it."""
    dock = window_on.archive
    QTest.mouseClick(dock.search_box, Qt.MouseButton.LeftButton)
    type_text(dock.search_box, "动态")
    QTest.keyClick(dock.search_box, Qt.Key.Key_Return)
    hits = top_level_items(dock.list)
    assert len(hits) > 2
    QTest.keyClick(dock.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dock.list and dock.list.currentItem() is hits[0]
    QTest.keyClick(dock.list, Qt.Key.Key_Down)
    assert dock.list.currentItem() is hits[1]
    QTest.keyClick(dock.list, Qt.Key.Key_Up)
    QTest.keyClick(dock.list, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is dock.search_box
    QTest.keyClick(dock.search_box, Qt.Key.Key_Down)
    QTest.keyClick(dock.list, Qt.Key.Key_Return)
    assert window_on.doc.path == Path(hits[0].data(0, Qt.ItemDataRole.UserRole))


def test_missing_folder_says_how_to_choose_another(window: MainWindow, tmp_path: Path, qtbot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(gone)))
    gone.rmdir()  # removed between choosing and reading
    _show_dock(window)
    QTest.mouseClick(window.archive.choose_button, Qt.MouseButton.LeftButton)
    expected = f"{gone}: 期刊库文件夹不存在；请点“选择文件夹”另选"
    qtbot.waitUntil(lambda: window.archive.folder_label.text() == expected)


def test_issue_without_total_number_repeating_a_number_is_warned(window_on: MainWindow, qtbot) -> None:
    """A new issue given 期号 3 and no 总期号: checked after the archive's 第3期, which it repeats."""
    QTest.keyClick(window_on, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    total = field(window_on, ("masthead", "total_number"), QLineEdit)
    select_all(total)
    QTest.keyClick(total, Qt.Key.Key_Delete)
    number = field(window_on, ("masthead", "number"), QLineEdit)
    select_all(number)
    qtbot.keyClicks(number, "3")
    messages = [row.text(2) for row in top_level_items(window_on.problems.list)]
    assert "期号与上一期 issue-0003.yaml 相同（3），请核对" in messages


def test_panel_height_a_third_then_kept_after_a_restart(window: MainWindow, qtbot) -> None:
    """The bottom panels open a third of the window tall; dragged taller, they stay so in
    the next session."""
    from PySide6.QtCore import QPoint

    _show_dock(window)
    dock = window.archive
    qtbot.waitUntil(lambda: abs(dock.height() - window.height() // 3) < 30)
    top = dock.mapTo(window, QPoint(dock.width() // 2, 0))
    grip = QPoint(top.x(), top.y() - 2)  # the separator just above the dock
    handle = window.windowHandle()  # the window system's events, as a real drag makes them
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=grip)
    for step in range(1, 11):
        QTest.mouseMove(handle, QPoint(grip.x(), grip.y() - 10 * step))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(grip.x(), grip.y() - 100))
    tall = dock.height()
    assert tall > window.height() // 3 + 60
    window.close()
    again = MainWindow()
    again.show()
    qtbot.waitUntil(lambda: again.archive.height() == tall)


def test_search_says_the_total_beyond_the_rows_shown(window_on: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from editor_app.gui import archive as archive_dock

    monkeypatch.setattr(archive_dock, "SEARCH_LIMIT", 3)
    dock = window_on.archive
    QTest.mouseClick(dock.search_box, Qt.MouseButton.LeftButton)
    type_text(dock.search_box, "动态")
    QTest.keyClick(dock.search_box, Qt.Key.Key_Return)
    rows = top_level_items(dock.list)
    assert len(rows) == 4 and rows[-1].data(0, Qt.ItemDataRole.UserRole) is None
    total = int(rows[-1].text(0).removeprefix("共找到 ").split(" ")[0])
    assert total > 3 and rows[-1].text(0) == f"共找到 {total} 处，只列出前 3 处；请多加一个词缩小范围"


def test_a_closed_archive_panel_comes_back_from_the_view_menu(window: MainWindow) -> None:
    """视图 had no entry for it: closed, it came back only by choosing a folder again."""
    window.archive.close()
    assert not window.archive.isVisible()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "视图(&V)")
    assert isinstance(view, QMenu)
    entry = next(a for a in view.actions() if a.text() == "期刊库面板(&K)")
    view.popup(window.mapToGlobal(window.rect().center()))
    QTest.keyClick(view, Qt.Key.Key_K)
    assert window.archive.isVisible() and entry.isChecked()
