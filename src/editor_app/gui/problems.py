"""The problems panel: every validation finding with its place; activating one goes there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from ..issue.validation import Finding
from ..layout.titles import section_titles
from .document import Document
from .i18n import translate
from .icons import severity_icon
from .names import severity_name

FINDING_ROLE = Qt.ItemDataRole.UserRole


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
        self.setWidget(self.list)
        self._shown: list[Finding] = []
        doc.findings_changed.connect(self.refresh)
        doc.reset.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(translate("ProblemsDock", "问题列表"))
        self.list.setHeaderLabels([translate("ProblemsDock", "级别"),
                                   translate("ProblemsDock", "位置"),
                                   translate("ProblemsDock", "说明")])
        self.refresh(force=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def refresh(self, *, force: bool = False) -> None:
        if self.doc.findings == self._shown and not force:
            return
        self._shown = list(self.doc.findings)
        self.list.clear()
        titles = section_titles(self.doc.issue.profile)
        for finding in self._shown:
            place = finding.place_in(titles)
            row = QTreeWidgetItem([severity_name(finding.severity), place, finding.message])
            row.setIcon(0, severity_icon(finding.severity))
            row.setToolTip(1, place)
            row.setToolTip(2, finding.message)
            row.setData(0, FINDING_ROLE, finding.path)
            self.list.addTopLevelItem(row)
        errors, warnings = self.doc.error_count, self.doc.warning_count
        self.setWindowTitle(translate("ProblemsDock", "问题（{errors} 个错误，{warnings} 个警告）")
                            .format(errors=errors, warnings=warnings))

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
