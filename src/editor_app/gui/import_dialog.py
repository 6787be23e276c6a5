"""File ▸ Import: read a text or Word file, or the text on the clipboard, review what was
recognised, then replace the issue.

Nothing changes until the review dialog is accepted; then the imported issue replaces the
current one as one undo step. Files the import refuses are reported and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserFacingError
from ..importing import ImportOptions, ImportResult, import_copied, import_source
from ..issue.issue_file import MAX_FILE_BYTES
from ..issue.metrics import BY_KEY
from ..issue.model import Issue, Item, Project
from ..issue.sections import SECTIONS, action_section, news_section
from ..layout.blocks import distribution_blocks
from ..layout.profile import load_profile
from ..layout.titles import section_titles
from ..storage.bounded import size_text
from . import settings
from .busy import run_busy
from .commands import ImportIssue
from .document import Document, check_editable
from .i18n import translate
from .names import metric_name, part_name

Run = Callable[[ImportOptions], ImportResult]
SHOWN_CHARS = 40  # of a paragraph standing in for a missing headline


def _step_texts() -> dict[str, tuple[str, str]]:
    """Each optional cleaning step: its text with the count of changes, and without."""
    return {
        "pinyin": (translate("ImportDialog", "删除拼音注音残留 {count} 处(&P)"),
                   translate("ImportDialog", "删除拼音注音残留(&P)")),
        "punctuation": (translate("ImportDialog", "半角标点改为全角 {count} 处(&U)"),
                        translate("ImportDialog", "半角标点改为全角(&U)")),
        "simplified": (translate("ImportDialog", "繁体转为简体 {count} 字(&S)"),
                       translate("ImportDialog", "转为简体(&S)")),
    }


# The option of ImportOptions behind each step's check box.
_STEP_OPTIONS = {"pinyin": "remove_pinyin", "punctuation": "full_width_punctuation", "simplified": "simplified"}


def _options(checked: dict[str, bool]) -> ImportOptions:
    steps: dict[str, Any] = {_STEP_OPTIONS[key]: on for key, on in checked.items()}
    return ImportOptions(**steps)


def _checked(options: ImportOptions) -> dict[str, bool]:
    return {key: getattr(options, option) for key, option in _STEP_OPTIONS.items()}


def _item_text(item: Item) -> str:
    if item.headline:
        return item.headline
    first = next((p for p in item.paragraphs if p), "")
    return translate("ImportDialog", "（无标题）{text}").format(text=first[:SHOWN_CHARS])


def _project_node(project: Project) -> QTreeWidgetItem:
    node = QTreeWidgetItem([f"{project.company}{project.name}"])
    for key, metric in project.metrics.items():
        label = metric_name(BY_KEY[key]) if key in BY_KEY else key
        basis = f"（{metric.basis}）" if metric.basis else ""
        node.addChild(QTreeWidgetItem([f"{label}：{metric.value} {metric.unit}{basis}"]))
    return node


def contents_tree(issue: Issue) -> list[QTreeWidgetItem]:
    """The masthead, the sections with their items and projects, the closing block and the 版记."""
    masthead = issue.masthead
    missing = translate("ImportDialog", "未找到")
    number = (translate("ImportDialog", "{year}年第{number}期").format(year=masthead.year,
                                                                    number=masthead.number)
              if masthead.number is not None else missing)
    if masthead.total_number is not None:
        number += translate("ImportDialog", "（总第{total}期）").format(total=masthead.total_number)
    titles = section_titles(issue.profile)
    top = QTreeWidgetItem([part_name(("masthead",), titles)])
    top.addChildren([
        QTreeWidgetItem([translate("ImportDialog", "出刊日期：{date}").format(date=masthead.date or missing)]),
        QTreeWidgetItem([translate("ImportDialog", "期号：{number}").format(number=number)]),
    ])
    nodes = [top]
    for spec in SECTIONS:
        title = part_name(spec.place, titles)
        if spec.kind == "news":
            items = news_section(issue, spec.key).items
            node = QTreeWidgetItem([translate("ImportDialog", "{title}（{count} 条）").format(
                title=title, count=len(items))])
            node.addChildren([QTreeWidgetItem([_item_text(item)]) for item in items])
        else:
            action = action_section(issue)
            node = QTreeWidgetItem([translate("ImportDialog", "{title}（{count} 个项目）").format(
                title=title, count=len(action.projects))])
            if action.introduction:
                node.addChild(QTreeWidgetItem([translate("ImportDialog", "导语：{text}").format(
                    text=action.introduction[:SHOWN_CHARS])]))
            node.addChildren([_project_node(project) for project in action.projects])
        nodes.append(node)
    closing = issue.closing
    text = (f"{closing.heading}：{closing.text[:SHOWN_CHARS]}" if closing.heading or closing.text
            else translate("ImportDialog", "与版式默认相同"))
    nodes.append(QTreeWidgetItem([translate("ImportDialog", "结尾：{text}").format(text=text)]))
    lines = [block.text for block in distribution_blocks(issue, load_profile(issue.profile))]
    nodes.append(QTreeWidgetItem([translate("ImportDialog", "版记：{text}").format(
        text="\u3000".join(lines) or missing)]))
    return nodes


class ImportDialog(QDialog):
    """What an import recognised, with its cleaning steps to switch off and its warnings."""

    def __init__(self, name: str, result: ImportResult, options: ImportOptions, run: Run,
                 parent: QWidget | None = None) -> None:
        """``name``: of the file imported, or what stands for the clipboard."""
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "导入 {name}").format(name=name))
        self.resize(640, 620)
        self.imported = result
        self._run = run

        intro = QLabel(translate(
            "ImportDialog", "请检查识别的结果。点“导入”后将替换当前的期刊（可以撤销）。"))
        intro.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(translate("ImportDialog", "识别出的内容"))
        contents_label = QLabel(translate("ImportDialog", "识别出的内容(&R)："))
        contents_label.setBuddy(self.contents)

        self.steps: dict[str, QCheckBox] = {}
        steps_box = QGroupBox(translate("ImportDialog", "清理步骤"))
        steps_layout = QVBoxLayout(steps_box)
        for key in _step_texts():
            box = self.steps[key] = QCheckBox()
            box.setObjectName(f"step_{key}")
            box.toggled.connect(lambda _on: self.recompute())
            steps_layout.addWidget(box)
        self.control = QLabel()
        steps_layout.addWidget(self.control)

        self.warnings = QListWidget()
        self.warnings.setAccessibleName(translate("ImportDialog", "警告"))
        self.warnings.setWordWrap(True)  # a warning is read whole, not scrolled to
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings_label = QLabel()
        self.warnings_label.setBuddy(self.warnings)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ImportDialog", "导入(&I)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notes)
        layout.addWidget(contents_label)
        layout.addWidget(self.contents, 3)
        row = QHBoxLayout()
        row.addWidget(steps_box)
        warnings = QVBoxLayout()
        warnings.addWidget(self.warnings_label)
        warnings.addWidget(self.warnings)
        row.addLayout(warnings, 1)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._checked = _checked(options)
        self._show()
        self.contents.setFocus()

    def checked(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.steps.items()}

    def recompute(self) -> None:
        """Import again with the cleaning steps now checked; on failure keep the last result."""
        checked = self.checked()
        if checked == self._checked:
            return
        try:
            self.imported = run_busy(self, translate("ImportDialog", "正在重新识别…"),
                                     partial(self._run, _options(checked)))
            self._checked = checked
        except UserFacingError as exc:
            QMessageBox.critical(self, translate("ImportDialog", "无法导入"), exc.one_line())
        self._show()

    def _show(self) -> None:
        result = self.imported
        self.notes.setText("；".join(result.notes))
        self.notes.setVisible(bool(result.notes))
        self.contents.clear()
        self.contents.addTopLevelItems(contents_tree(result.issue))
        self.contents.expandAll()
        steps = result.steps or {}
        for key, (counted, plain) in _step_texts().items():
            box = self.steps[key]
            box.blockSignals(True)
            box.setChecked(self._checked[key])
            box.setText(counted.format(count=steps[key]) if key in steps else plain)
            box.setEnabled(result.steps is not None)
            box.blockSignals(False)
        always = [  # the steps that always run: what they did
            text.format(count=steps[key]) for key, text in (
                ("control", translate("ImportDialog", "另删除控制字符 {count} 个")),
                ("invisible", translate("ImportDialog", "另清除不可见字符、特殊空格，换掉形似汉字的字符 {count} 个")),
            ) if steps.get(key)]
        self.control.setText("\n".join(always))
        self.control.setVisible(bool(always))
        self.warnings.clear()
        for warning in result.warnings:
            self.warnings.addItem(
                translate("ImportDialog", "第 {line} 行：{message}").format(
                    line=warning.line, message=warning.message)
                if warning.line is not None else warning.message)
        self.warnings.addItems(result.unfilled)  # the issue will have an error there
        count = self.warnings.count()
        self.warnings.setVisible(bool(count))
        self.warnings_label.setText(
            translate("ImportDialog", "警告 {count} 条(&W)：").format(count=count)
            if count else translate("ImportDialog", "没有警告"))


def _numbered_from_archive(run: Run) -> Run:
    """``run`` with the 期刊库 set in the settings: numbers the source lacks continue its last issue."""
    archive = settings.archive_folder()
    return lambda options: run(replace(options, archive=archive))


def import_file(parent: QWidget, doc: Document, source: Path) -> ImportDialog | None:
    """Import ``source`` and open its review; accepting replaces ``doc``'s issue, undoably."""
    return _review(parent, doc, source.name, partial(import_source, source), source)


def import_clipboard(parent: QWidget, doc: Document) -> ImportDialog | None:
    """Import the text on the clipboard (as a .txt file is) and open its review."""
    text = clipboard_text()
    if not text.strip():
        QMessageBox.critical(parent, translate("ImportDialog", "无法导入"), translate(
            "ImportDialog", "剪贴板里没有文字：请先在别处复制要导入的文字，再从剪贴板导入"))
        return None
    if len(text) > MAX_FILE_BYTES:
        QMessageBox.critical(parent, translate("ImportDialog", "无法导入"), translate(
            "ImportDialog", "剪贴板里的文字超过 {size}：请分几次导入，或存成文本文件再导入").format(
                size=size_text(MAX_FILE_BYTES)))
        return None
    return _review(parent, doc, translate("ImportDialog", "剪贴板的文字"), partial(import_copied, text))


def clipboard_text() -> str:
    """The clipboard's plain text, or the text of its HTML when it holds HTML only."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return ""
    if mime.hasText():
        return mime.text()
    if mime.hasHtml():
        return QTextDocumentFragment.fromHtml(mime.html()).toPlainText()
    return ""


def _review(parent: QWidget, doc: Document, name: str, run: Run,
            source: Path | None = None) -> ImportDialog | None:
    """Run the import ``run`` and open its review; accepting replaces ``doc``'s issue, undoably."""
    run = _numbered_from_archive(run)
    options = ImportOptions()
    try:
        result = run_busy(parent, translate("ImportDialog", "正在导入 {name}…").format(name=name),
                          partial(run, options))
        check_editable(result.issue, source)
    except UserFacingError as exc:
        QMessageBox.critical(parent, translate("ImportDialog", "无法导入"), exc.one_line())
        return None
    dialog = ImportDialog(name, result, options, run, parent)
    text = translate("ImportDialog", "导入 {name}").format(name=name)
    dialog.accepted.connect(
        lambda: doc.undo_stack.push(ImportIssue(doc, dialog.imported.issue, text)))
    dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()
    return dialog
