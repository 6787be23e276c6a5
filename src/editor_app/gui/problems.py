"""The problems panel: every validation finding with its place; activating one goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from ..validation import Finding, Severity
from .document import Document

FINDING_ROLE = Qt.ItemDataRole.UserRole


class ProblemsDock(QDockWidget):
    activated = Signal(tuple)  # the place of the finding

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__("问题", parent)
        self.setObjectName("problemsDock")
        self.doc = doc
        self.list = QTreeWidget(self)
        self.list.setAccessibleName("问题列表")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(["级别", "位置", "说明"])
        self.list.setColumnWidth(0, 80)
        self.list.setColumnWidth(1, 380)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.setWidget(self.list)
        self._shown: list[Finding] = []
        doc.findings_changed.connect(self.refresh)
        doc.reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.doc.findings == self._shown:
            return
        self._shown = list(self.doc.findings)
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self.list.clear()
        for finding in self._shown:
            row = QTreeWidgetItem([finding.severity.label, finding.place, finding.message])
            row.setIcon(0, icons[finding.severity])
            row.setToolTip(1, finding.place)
            row.setToolTip(2, finding.message)
            row.setData(0, FINDING_ROLE, finding.path)
            self.list.addTopLevelItem(row)
        errors, warnings = self.doc.error_count, self.doc.warning_count
        self.setWindowTitle(f"问题（{errors} 个错误，{warnings} 个警告）")

    def rows(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

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
        self.list.setCurrentItem(row)
        return row.data(0, FINDING_ROLE)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.activated.emit(row.data(0, FINDING_ROLE))
