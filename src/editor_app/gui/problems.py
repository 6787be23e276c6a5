"""The problems panel: every validation finding with its place; activating one goes there.
Reviewers' unresolved notes (审阅意见) follow; 已解决 marks one resolved, and with 显示已解决
the resolved ones are listed too and can be reopened.

A finding that a text tool fixes for certain (``Finding.fix``) is fixed in its field alone
from the panel's 修正 button or the row's context menu, as one undo step. A warning of the
carbon checks (``Finding.check``) can be acknowledged with a note (确认并备注…, ``acknowledge``).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..issue.model import ReviewNote
from ..issue.places import Place, describe, project_of, undotted
from ..issue.validation import Finding, Severity
from ..layout.titles import section_titles
from .commands import SetValue
from .document import Document
from .i18n import translate
from .icons import severity_icon
from .names import finding_message, finding_place, severity_name
from .texttools import TOOLS, TextTool

if TYPE_CHECKING:  # a dialog, loaded when first opened
    from .acknowledge import AcknowledgeDialog

FINDING_ROLE = Qt.ItemDataRole.UserRole
FIX_ROLE = Qt.ItemDataRole.UserRole + 1  # the key of the text tool that fixes the finding
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2  # the finding's index in the list shown
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3  # a reviewer's note: its index in the issue's review list


class ProblemsDock(QDockWidget):
    """The findings: severity, place and message (place and message are the core's)."""

    activated = Signal(tuple)  # the place of the finding

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDock")
        self.doc = doc
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.setColumnWidth(0, 80)
        self.list.setColumnWidth(1, 380)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_fix())
        self.fix_action = QAction(self)
        self.fix_action.triggered.connect(self.fix_current)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addAction(self.fix_action)
        self.resolve_action = QAction(self)
        self.resolve_action.triggered.connect(self.resolve_current)
        self.list.addAction(self.resolve_action)
        self.fix_button = QToolButton()
        self.fix_button.setDefaultAction(self.fix_action)
        self.acknowledge_action = QAction(self)
        self.acknowledge_action.triggered.connect(self.acknowledge_current)
        self.list.addAction(self.acknowledge_action)
        self.acknowledge_button = QToolButton()
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.setDefaultAction(self.acknowledge_action)
        self.dialog: AcknowledgeDialog | None = None
        self.resolve_button = QToolButton()
        self.resolve_button.setDefaultAction(self.resolve_action)
        buttons = QVBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.resolve_button)
        self.show_resolved = QAction(self)
        self.show_resolved.setCheckable(True)
        self.show_resolved.toggled.connect(lambda _: self.refresh(force=True))
        self.list.addAction(self.show_resolved)
        self.show_resolved_button = QToolButton()
        self.show_resolved_button.setDefaultAction(self.show_resolved)
        # Always enabled, so kept out of the Tab order (the panel stays one stop); from the
        # keyboard it is in the list's context menu.
        self.show_resolved_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addWidget(self.show_resolved_button)
        buttons.addStretch()
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(box)
        self._shown: list[Finding] = []
        self._notes: list[tuple[int, ReviewNote]] = []
        doc.findings_changed.connect(self.refresh)
        doc.reset.connect(self.refresh)
        doc.value_changed.connect(lambda path: self.refresh() if path[:1] == ("review",) else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(translate("ProblemsDock", "问题列表"))
        self.list.setHeaderLabels([translate("ProblemsDock", "级别"),
                                   translate("ProblemsDock", "位置"),
                                   translate("ProblemsDock", "说明")])
        self.fix_action.setText(translate("ProblemsDock", "修正"))
        self.acknowledge_action.setText(translate("ProblemsDock", "确认并备注…"))
        self.acknowledge_action.setToolTip(
            translate("ProblemsDock", "这个数字经核对无误：记下备注，警告不再提醒（保存在期刊文件中）"))
        self.show_resolved.setText(translate("ProblemsDock", "显示已解决"))
        self.show_resolved.setToolTip(translate("ProblemsDock", "也列出已解决的审阅意见（可重新打开）"))
        self.refresh(force=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def refresh(self, *, force: bool = False) -> None:
        shown = self.show_resolved.isChecked()
        notes = [(i, n) for i, n in enumerate(self.doc.issue.review) if shown or not n.resolved]
        if self.doc.findings == self._shown and notes == self._notes and not force:
            return
        self._shown, self._notes = list(self.doc.findings), copy.deepcopy(notes)
        self.list.clear()
        titles = section_titles(self.doc.issue.profile)
        for finding in self._shown:
            place, message = finding_place(finding, titles), finding_message(finding)
            row = QTreeWidgetItem([severity_name(finding.severity), place, message])
            row.setIcon(0, severity_icon(finding.severity))
            row.setToolTip(1, place)
            row.setToolTip(2, message)
            row.setData(0, FINDING_ROLE, finding.path)
            row.setData(0, FIX_ROLE, finding.fix)
            row.setData(0, INDEX_ROLE, len(self.rows()))
            self.list.addTopLevelItem(row)
        for index, note in notes:
            place = describe(undotted(note.place), titles) if note.place else ""
            said = translate("ProblemsDock", "{author}（{date}）：{text}").format(
                author=note.author, date=note.date[:10], text=note.text)
            kind = translate("ProblemsDock", "已解决") if note.resolved else translate("ProblemsDock", "审阅意见")
            row = QTreeWidgetItem([kind, place, said])
            row.setToolTip(2, f"{said}\n“{note.anchor}”")
            row.setData(0, FINDING_ROLE, undotted(note.place))
            row.setData(0, NOTE_ROLE, index)
            self.list.addTopLevelItem(row)
        self._update_fix()
        errors, warnings = self.doc.error_count, self.doc.warning_count
        self.setWindowTitle(translate("ProblemsDock", "问题（{errors} 个错误，{warnings} 个警告）")
                            .format(errors=errors, warnings=warnings))
        # The dock names its 视图 menu entry after its title, which has no key to reach it by.
        self.toggleViewAction().setText(translate("ProblemsDock", "问题面板(&B)"))

    def rows(self) -> list[QTreeWidgetItem]:
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [row for row in rows if row is not None]  # all: each index is in range

    def step(self, delta: int) -> tuple | None:
        """Make the next (``delta`` 1) or previous (-1) finding current; its place."""
        count = self.list.topLevelItemCount()
        if not count:
            return None
        current = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(current) if current is not None else -1
        if index < 0:
            index = -1 if delta > 0 else 0
        row = self.list.topLevelItem((index + delta) % count)
        assert row is not None  # the index is in range
        self.list.setCurrentItem(row)
        return row.data(0, FINDING_ROLE)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.activated.emit(row.data(0, FINDING_ROLE))

    def _current_fix(self) -> tuple[Place, TextTool] | None:
        row = self.list.currentItem()
        key = row.data(0, FIX_ROLE) if row is not None else None
        tool = next((t for t in TOOLS if t.key == key), None)
        return (row.data(0, FINDING_ROLE), tool) if row is not None and tool is not None else None

    def _current_finding(self) -> Finding | None:
        row = self.list.currentItem()
        index = row.data(0, INDEX_ROLE) if row is not None else None
        return self._shown[index] if index is not None else None  # None: a reviewer's note

    def _acknowledgeable(self) -> Finding | None:
        finding = self._current_finding()
        if (finding is None or finding.severity is not Severity.WARNING or finding.check is None
                or project_of(finding.path) is None):
            return None
        return finding

    def acknowledge_current(self) -> None:
        """Ask for the note of the current carbon warning; OK acknowledges it (one undo step)."""
        finding = self._acknowledgeable()
        if finding is None:
            return
        from .acknowledge import AcknowledgeDialog, acknowledge  # a dialog: loaded on first use

        self.dialog = AcknowledgeDialog(finding, self)
        self.dialog.accepted.connect(lambda f=finding, d=self.dialog: acknowledge(self.doc, f, d.note.text()))
        self.dialog.open()

    def _update_fix(self) -> None:
        self.acknowledge_action.setEnabled(self._acknowledgeable() is not None)
        note = self._current_note()
        self.resolve_action.setEnabled(note is not None)
        if note is not None and note.resolved:
            self.resolve_action.setText(translate("ProblemsDock", "重新打开"))
            self.resolve_action.setToolTip(translate("ProblemsDock", "这条审阅意见还没有解决：重新列出"))
        else:
            self.resolve_action.setText(translate("ProblemsDock", "已解决"))
            self.resolve_action.setToolTip(translate("ProblemsDock", "把这条审阅意见标记为已解决"))
        fix = self._current_fix()
        self.fix_action.setEnabled(fix is not None)
        self.fix_action.setToolTip(
            translate("ProblemsDock", "{tool}：只改这一处").format(tool=fix[1].label) if fix
            else translate("ProblemsDock", "这个问题需要手工修改"))

    def _current_note(self) -> ReviewNote | None:
        row = self.list.currentItem()
        index = row.data(0, NOTE_ROLE) if row is not None else None
        return self.doc.issue.review[index] if index is not None else None

    def resolve_current(self) -> None:
        """Mark the current reviewer's note resolved (it leaves the list unless resolved ones
        are shown), or a resolved one open again; one undo step."""
        row = self.list.currentItem()
        note = self._current_note()
        if row is None or note is None:
            return
        text = (translate("ProblemsDock", "重新打开审阅意见") if note.resolved
                else translate("ProblemsDock", "审阅意见已解决"))
        self.doc.undo_stack.push(SetValue(self.doc, ("review", row.data(0, NOTE_ROLE), "resolved"),
                                          not note.resolved, text))

    def fix_current(self) -> None:
        """Run the current finding's text tool on its field alone, as one undo step."""
        fix = self._current_fix()
        if fix is None:
            return
        path, tool = fix
        text, count = tool.run(self.doc.value(path))
        if not count:
            return
        target: Place = path
        value: object = text
        index = path[-1]
        if isinstance(index, int) and path[-2:-1] == ("paragraphs",):  # the field is the list
            target = path[:-1]
            paragraphs = list(self.doc.value(target))
            paragraphs[index] = text
            value = paragraphs
        undo_text = translate("ProblemsDock", "{tool}（此处）").format(tool=tool.label)
        self.doc.undo_stack.push(SetValue(self.doc, target, value, undo_text))
        self.activated.emit(path)
