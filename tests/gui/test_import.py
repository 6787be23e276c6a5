"""File ▸ Import: the review dialog, accepting as one undo step, cancelling, refused files."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTreeWidgetItem

from editor_app.cli import main as bulletin
from editor_app.gui.import_dialog import ImportDialog
from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue

from ..conftest import DATA
from .conftest import Dialogs, top_level_items

SAMPLE_TEXT = DATA / "bulletin-2023-09-25.txt"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    target = tmp_path / "九月.txt"
    shutil.copy(SAMPLE_TEXT, target)
    return target


def review(window: MainWindow, open_dialog: Callable[[Path], None], path: Path) -> ImportDialog:
    """File ▸ Import… on ``path``: the review dialog it opens."""
    open_dialog(path)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and window.files.import_action in file_menu.actions()
    window.files.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def tree(node: QTreeWidgetItem) -> list[str]:
    """The texts of ``node``'s children."""
    children = (node.child(n) for n in range(node.childCount()))
    return [child.text(0) for child in children if child is not None]  # all: each index is in range


def top_level(dialog: ImportDialog) -> list[QTreeWidgetItem]:
    return top_level_items(dialog.contents)


def cli_import(source: Path, out: Path, *flags: str) -> object:
    assert bulletin(["import", str(source), "-o", str(out), *flags]) == 0
    return load_issue(out)


def test_review_then_accept_is_one_undo_step(window: MainWindow, sample_path: Path, source: Path,
                                            open_dialog, tmp_path: Path, dialogs: Dialogs) -> None:
    window.files.open_path(sample_path)
    before = deepcopy(window.doc.issue)
    steps = window.doc.undo_stack.count()
    dialog = review(window, open_dialog, source)

    masthead, focus, provincial, action, institute, closing, distribution = top_level(dialog)
    assert tree(masthead) == ["出刊日期：2023-09-25", "期号：未找到"]  # the form's label
    assert focus.text(0) == "一、特别关注（1 条）"
    assert provincial.text(0) == "二、省内双碳信息（2 条）"
    assert tree(provincial)[0].startswith("“中国城市双碳指数”新鲜出炉")
    assert action.text(0) == "三、兴城双碳行动（2 个项目）"
    project = action.child(action.childCount() - 1)
    assert project is not None and project.text(0) == "汉源新六农牧科技有限公司绿色低碳先进技术示范工程项目"
    assert "二氧化碳减排：2.4 万吨" in tree(project)
    assert "年节能量：0.88 万吨标准煤（等价值）" in tree(project)
    assert institute.text(0) == "四、成都兴城双碳研究院动态（1 条）"
    assert closing.text(0).startswith("结尾：")
    assert distribution.text(0) == "版记：未找到"  # the sample text has none
    assert dialog.steps["pinyin"].text() == "删除拼音注音残留 212 处(&P)"
    # the text has no 期号: the issue will have the error 请填写期号, the review warns of it
    assert dialog.warnings_label.text() == "警告 1 条(&W)："
    first = dialog.warnings.item(0)
    assert first is not None and first.text().startswith("没有找到期号")
    assert window.doc.issue == before  # nothing changes before the review is accepted

    dialog.ok_button.click()
    assert window.doc.issue == cli_import(source, tmp_path / "cli.yaml")
    assert window.isWindowModified()
    assert window.doc.path is None  # Save asks where: the open file keeps last issue
    assert window.windowTitle().startswith("未命名")
    assert window.doc.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "撤销 导入 九月.txt(&Z)"
    window.undo_action.trigger()
    assert window.doc.issue == before
    assert window.doc.path == sample_path
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.doc.issue == load_issue(tmp_path / "cli.yaml")
    assert window.doc.path is None
    assert dialogs.shown == []


def test_switching_off_pinyin_removal_recomputes(window: MainWindow, source: Path, open_dialog,
                                                 tmp_path: Path) -> None:
    dialog = review(window, open_dialog, source)
    cleaned = tree(top_level(dialog)[2])[0]
    assert cleaned.startswith("“中国城市双碳指数”")
    dialog.steps["pinyin"].click()
    assert not dialog.steps["pinyin"].isChecked()
    assert dialog.steps["pinyin"].text() == "删除拼音注音残留(&P)"
    assert tree(top_level(dialog)[2])[0].startswith("“中国城市双碳指数（shù")  # the reading stays
    dialog.ok_button.click()
    assert window.doc.issue == cli_import(source, tmp_path / "cli.yaml", "--keep-pinyin")


def test_cancel_changes_nothing(window: MainWindow, sample_path: Path, source: Path,
                                open_dialog) -> None:
    window.files.open_path(sample_path)
    before = deepcopy(window.doc.issue)
    dialog = review(window, open_dialog, source)
    dialog.steps["simplified"].click()  # recomputing alone changes nothing either
    dialog.reject()
    assert window.doc.issue == before
    assert window.doc.undo_stack.count() == 0
    assert not window.isWindowModified()


def test_unplaced_lines_are_listed_with_their_numbers(window: MainWindow, tmp_path: Path,
                                                      open_dialog) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("2023年10月25日\n\n转自某公众号\n一、特别关注\n正文一段。\n", encoding="gb18030")
    dialog = review(window, open_dialog, pasted)
    assert dialog.notes.text() == "按 GB18030 编码读取"
    assert dialog.warnings.item(0).text() == (
        "第 3 行：报头中的“转自某公众号”无法识别，已放入特别关注栏目，请检查")
    assert dialog.warnings_label.text() == f"警告 {dialog.warnings.count()} 条(&W)："
    dialog.ok_button.click()
    assert window.doc.issue.sections.special_focus.items[0].paragraphs == ["转自某公众号"]


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<w:document/>" + b"\0" * 60_000_000)


@pytest.mark.parametrize(("make", "expected"), [
    (lambda path: path.write_text("不是 Word 文件", encoding="gbk"), "这不是 Word"),
    (_zip_bomb, "疑似压缩炸弹"),
])
def test_refused_files_show_the_reason_and_change_nothing(
        window: MainWindow, sample_path: Path, tmp_path: Path, open_dialog, dialogs: Dialogs,
        make: Callable[[Path], None], expected: str) -> None:
    window.files.open_path(sample_path)
    before = deepcopy(window.doc.issue)
    hostile = tmp_path / "旧期刊.docx"
    make(hostile)
    open_dialog(hostile)
    window.files.import_action.trigger()
    assert window.findChild(ImportDialog) is None
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("critical", "无法导入")
    assert "旧期刊.docx" in text and expected in text
    assert window.doc.issue == before
    assert window.doc.undo_stack.count() == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_importing_a_fifo_is_refused_at_once(window: MainWindow, tmp_path: Path, open_dialog,
                                             dialogs: Dialogs) -> None:
    """A FIFO named like a text file used to block the import behind its busy dialog."""
    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    open_dialog(fifo)
    window.files.import_action.trigger()
    assert window.findChild(ImportDialog) is None
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("critical", "无法导入")
    assert text.startswith(str(fifo)) and "不是普通文件" in text and "\n" not in text
