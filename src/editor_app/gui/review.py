"""文件 ▸ 导入审阅意见… and 导出审阅稿…: a reviewed Word file's proposed edits, accepted or
rejected one by one or all at once (each acceptance one undo step), its comments kept in the
issue (shown in the problems panel as 审阅意见); the review copy with the open warnings.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserFacingError
from ..issue.model import Issue
from ..issue.places import describe
from ..layout.profile import ProfileError, load_named
from ..review.apply import note_of
from ..review.mapping import Edit, ForeignReview, Review, describe_value, map_review
from ..review.markup import read_reviewed
from ..review.report import diff_pieces, short_diff
from .commands import SetValue
from .document import Document
from .i18n import translate
from .settings import last_review_copy, set_last_review_copy

EDIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the 修改 column's difference as HTML


def edit_command(doc: Document, edit: Edit, text: str) -> SetValue:
    """The undo step that accepts ``edit``: a paragraph through its list, a figure through the
    project's metrics (as the forms edit them), any other field directly."""
    place = edit.place
    if edit.removes:  # found by value: an earlier removal may have moved it up
        entries = copy.deepcopy(doc.value(place[:-1]))
        entries.pop(next((i for i, entry in enumerate(entries) if entry == edit.old), place[-1]))
        return SetValue(doc, place[:-1], entries, text)
    if len(place) >= 2 and place[-2] in ("paragraphs", "metrics"):
        container = copy.deepcopy(doc.value(place[:-1]))
        if edit.new is None:
            container.pop(place[-1], None)
        else:
            container[place[-1]] = copy.deepcopy(edit.new)
        return SetValue(doc, place[:-1], container, text)
    return SetValue(doc, place, copy.deepcopy(edit.new), text)


def _texts(edit: Edit) -> tuple[str, str]:
    """The two texts whose difference shows the edit."""
    if edit.removes:
        return edit.before, ""
    if isinstance(edit.old, str) and isinstance(edit.new, str):
        return edit.old, edit.new
    return describe_value(edit.old), describe_value(edit.new)


def _change_text(edit: Edit) -> str:
    return short_diff(*_texts(edit))


def diff_html(pieces: list[tuple[str, str]]) -> str:
    """The difference as HTML: deleted text red and struck through, inserted text green and
    underlined."""
    styles = {"delete": "color:#c62828;text-decoration:line-through",
              "insert": "color:#2e7d32;text-decoration:underline"}
    return "".join(html.escape(text).replace("\n", "<br>") if kind == "equal"
                   else f'<span style="{styles[kind]}">{html.escape(text)}</span>' for kind, text in pieces)


class DiffDelegate(QStyledItemDelegate):
    """Paints the 修改 column's difference (``HTML_ROLE``) as rich text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        markup = index.data(HTML_ROLE)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(markup or "")
        rect = option.rect
        painter.save()
        painter.translate(rect.topLeft())
        document.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()


def _who(edit: Edit) -> str:
    """The reviewers of a tracked edit, and whether the field has untracked edits too."""
    plain = translate("ReviewDialog", "直接修改")
    if edit.removes:
        return "、".join((translate("ReviewDialog", "删除条目"), *edit.authors))
    if not edit.tracked:
        return plain
    who = "、".join(edit.authors) or translate("ReviewDialog", "修订")
    return f"{who} + {plain}" if edit.plain else who


class ReviewDialog(QDialog):
    """The proposed edits (accept or reject each, or all) and what is only listed."""

    def __init__(self, doc: Document, review: Review, titles: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.titles = titles
        self.setWindowTitle(translate("ReviewDialog", "审阅意见"))
        self.edits = QTreeWidget(self)
        self.edits.setRootIsDecorated(False)
        self.edits.setHeaderLabels([translate("ReviewDialog", "位置"), translate("ReviewDialog", "修改"),
                                    translate("ReviewDialog", "审阅者")])
        self.edits.setAccessibleName(translate("ReviewDialog", "建议的修改"))
        self.edits.setColumnWidth(0, 260)
        self.edits.setColumnWidth(1, 420)
        self.edits.setItemDelegateForColumn(1, DiffDelegate(self.edits))
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(translate("ReviewDialog", "修改的全文"))
        self.edits.currentItemChanged.connect(lambda *_: self._show_detail())
        self.proposals = list(review.edits)
        self.rejected: set[int] = set()  # ids of the rejected proposals
        self.accepted: dict[int, SetValue] = {}  # id of an accepted proposal → its undo step
        self._fill()
        unmapped = translate("ReviewDialog", "（无法对应）")
        self.listed = QLabel("\n".join(
            f"{describe(item.place, titles) if item.place else unmapped}："
            f"{short_diff(item.before, item.after)}——{item.reason}" for item in review.listed), self)
        self.listed.setWordWrap(True)
        self.accept_button = QPushButton(translate("ReviewDialog", "接受(&A)"), self)
        self.reject_button = QPushButton(translate("ReviewDialog", "拒绝(&R)"), self)
        self.accept_all_button = QPushButton(translate("ReviewDialog", "全部接受"), self)
        self.button_box = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.accept_button.clicked.connect(lambda: self._take(self.edits.currentItem(), accept=True))
        self.reject_button.clicked.connect(lambda: self._take(self.edits.currentItem(), accept=False))
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons.rejected.connect(self.reject)
        self.done_label = QLabel(self)
        self.done_label.hide()
        stack = doc.undo_stack
        stack.indexChanged.connect(self._fill)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, stack.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self, stack.redo)
        layout = QVBoxLayout(self)
        if review.notice:
            notice = QLabel(translate(
                "ReviewDialog", "审阅稿中没有导出时的内容，按当前期刊比较：导出后的修改会显示为审阅修改"), self)
            notice.setWordWrap(True)
            layout.addWidget(notice)
        layout.addWidget(self.edits, 1)
        layout.addWidget(self.detail, 1)
        if review.listed:
            layout.addWidget(QLabel(translate("ReviewDialog", "未采用（固定文字或无法对应，请手工处理）："), self))
            layout.addWidget(self.listed)
        layout.addWidget(self.done_label)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _in_force(self, command: SetValue) -> bool:
        """Whether ``command`` is on the undo stack and not undone."""
        stack = self.doc.undo_stack
        return any(stack.command(i) is command for i in range(stack.index()))

    def _open(self) -> list[Edit]:
        """The proposals neither rejected nor accepted (an acceptance undone reopens one)."""
        return [edit for edit in self.proposals if id(edit) not in self.rejected
                and not (id(edit) in self.accepted and self._in_force(self.accepted[id(edit)]))]

    def _fill(self) -> None:
        """List the open proposals, keeping the current one current."""
        current = self.edits.currentItem()
        chosen = current.data(0, EDIT_ROLE) if current is not None else None
        self.edits.clear()
        for edit in self._open():
            row = QTreeWidgetItem([describe(edit.place, self.titles), _change_text(edit), _who(edit)])
            row.setData(0, EDIT_ROLE, edit)
            row.setData(1, HTML_ROLE, diff_html(diff_pieces(*_texts(edit))))
            self.edits.addTopLevelItem(row)
            if edit is chosen:
                self.edits.setCurrentItem(row)
        first = self.edits.topLevelItem(0)
        if self.edits.currentItem() is None and first is not None:
            self.edits.setCurrentItem(first)

    def _show_detail(self) -> None:
        """The current proposal's whole text with the difference marked."""
        row = self.edits.currentItem()
        edit: Edit | None = row.data(0, EDIT_ROLE) if row is not None else None
        self.detail.setHtml(diff_html(diff_pieces(*_texts(edit), whole=True)) if edit is not None else "")

    def _take(self, row: QTreeWidgetItem | None, *, accept: bool) -> None:
        if row is None:
            return
        edit: Edit = row.data(0, EDIT_ROLE)
        following = self.edits.itemBelow(row) or self.edits.itemAbove(row)
        if following is not None:
            self.edits.setCurrentItem(following)
        if accept:
            text = translate("ReviewDialog", "接受审阅修改：{place}").format(place=describe(edit.place, self.titles))
            command = edit_command(self.doc, edit, text)
            self.accepted[id(edit)] = command
            self.doc.undo_stack.push(command)
        else:
            self.rejected.add(id(edit))
            self._fill()

    def accept_all(self) -> None:
        taken = 0
        while self.edits.topLevelItemCount():
            self._take(self.edits.topLevelItem(0), accept=True)
            taken += 1
        self.done_label.setText(translate("ReviewDialog", "已接受 {count} 处修改（可撤销）；可以关闭本窗口。").format(
            count=taken))
        self.done_label.show()
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setFocus()


def import_review(window: QtWidgets.QMainWindow, doc: Document, folder: str) -> ReviewDialog | None:
    """Ask for a reviewed Word file, keep its comments (one undo step) and show its edits."""
    name, _ = QtWidgets.QFileDialog.getOpenFileName(
        window, translate("ReviewDialog", "导入审阅意见"), folder,
        translate("ReviewDialog", "Word 文档 (*.docx)"))
    if not name:
        return None
    path = Path(name)
    try:
        profile = load_named(doc.issue.profile)
        try:
            review = map_review(doc.issue, profile, read_reviewed(path))
        except ForeignReview as exc:
            raise UserFacingError(path, str(exc)) from exc
    except (UserFacingError, ProfileError) as exc:
        QtWidgets.QMessageBox.critical(window, translate("ReviewDialog", "无法导入审阅意见"), exc.one_line())
        return None
    notes = copy.deepcopy(doc.issue.review)
    known = {(n.place, n.author, n.date, n.text) for n in notes}
    added = [note_of(c) for c in review.comments]
    notes.extend(n for n in added if (n.place, n.author, n.date, n.text) not in known)
    if len(notes) > len(doc.issue.review):
        doc.undo_stack.push(SetValue(doc, ("review",), notes, translate("ReviewDialog", "导入审阅批注")))
    dialog = ReviewDialog(doc, review, profile.sections, window)
    dialog.setObjectName("reviewDialog")
    dialog.show()
    return dialog


class ReviewCopyOptions(QDialog):
    """Which changes the review copy marks as tracked: none, those since the review copy last
    exported from this issue (the issue as exported, kept in that copy), or those since
    another issue file (the previous issue, chosen next)."""

    def __init__(self, last: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReviewDialog", "导出审阅稿"))
        self.plain = QRadioButton(translate("ReviewDialog", "不标出修改"), self)
        self.since_last = QRadioButton(translate("ReviewDialog", "标出自上次导出审阅稿以来的修改"), self)
        self.since_file = QRadioButton(translate("ReviewDialog", "标出与上一期相比的修改（接着选择期刊文件）"), self)
        self.plain.setChecked(True)
        if last is None:
            self.since_last.setEnabled(False)
            self.since_last.setToolTip(translate("ReviewDialog", "本期还没有在编辑器中导出过审阅稿"))
        else:
            self.since_last.setToolTip(str(last))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.plain, self.since_last, self.since_file, self.buttons):
            layout.addWidget(widget)


def _earlier(window: QtWidgets.QMainWindow, doc: Document, folder: str) -> tuple[bool, Issue | None]:
    """Ask which changes to mark; (False, None) when the user cancels."""
    from ..issue.issue_file import load_issue
    from ..review.base import exported_issue

    last = last_review_copy(doc.path) if doc.path else None
    options = ReviewCopyOptions(last if last is not None and last.is_file() else None, window)
    options.setObjectName("reviewCopyOptions")
    if options.exec() != QDialog.DialogCode.Accepted:
        return False, None
    if options.since_last.isChecked() and last is not None:
        return True, exported_issue(last)
    if options.since_file.isChecked():
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            window, translate("ReviewDialog", "与哪一期相比"), folder, translate("ReviewDialog", "期刊文件 (*.yaml)"))
        if not name:
            return False, None
        return True, load_issue(name)
    return True, None


def export_review(window: QtWidgets.QMainWindow, doc: Document, folder: str) -> None:
    """Ask where to write the review copy and which changes to mark, and write it (refused
    on errors)."""
    from ..export.docx.exporter import ExportRefused
    from ..review.copy import export_review_copy

    base = doc.path.with_name(doc.path.stem + translate("ReviewDialog", "-审阅稿") + ".docx") if doc.path \
        else Path(folder, translate("ReviewDialog", "审阅稿.docx"))
    name, _ = QtWidgets.QFileDialog.getSaveFileName(
        window, translate("ReviewDialog", "导出审阅稿"), str(base), translate("ReviewDialog", "Word 文档 (*.docx)"))
    if not name:
        return
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".docx")
    try:
        chosen, earlier = _earlier(window, doc, folder)
        if not chosen:
            return
        export_review_copy(doc.issue, path, load_named(doc.issue.profile), earlier=earlier)
    except ExportRefused as refused:
        QtWidgets.QMessageBox.critical(window, translate("ReviewDialog", "导出审阅稿"), translate(
            "ReviewDialog", "本期还有 {count} 个错误（见“问题”面板），改正后再导出审阅稿。").format(
                count=len(refused.findings)))
        return
    except (UserFacingError, ProfileError) as exc:
        QtWidgets.QMessageBox.critical(window, translate("ReviewDialog", "导出失败"), exc.one_line())
        return
    if doc.path:
        set_last_review_copy(doc.path, path)
    window.statusBar().showMessage(translate("ReviewDialog", "已导出审阅稿 {path}").format(path=path), 5000)
