"""The outline of the issue: masthead, the four sections with their entries, closing, distribution.

Each node holds the place of its part. Items and projects can be dragged within their
section; a drop becomes a move command instead of Qt moving the node itself.

Drops are refused outside the dragged entry's own section: the sections differ in kind
(section 三 holds projects with figures) and in meaning, so an entry changes section only by
copying its text. Qt's own rules enforce this: while a drag runs, only the dragged entry's
section node accepts drops (above or below its entries, or on the node: to the end); the
other nodes and the empty area do not, so they show no drop indicator; ``refused`` says why
(in the status bar) when the drag is over them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..issue.model import Item, Project
from ..issue.places import Place, undotted
from ..issue.sections import SECTIONS
from ..issue.validation import Severity
from ..layout.titles import section_titles
from .document import Document
from .i18n import InterfaceTexts, translate
from .icons import icon, severity_icon
from .names import entry_name, part_name

PATH_ROLE = Qt.ItemDataRole.UserRole
LABEL_CHARS = 18


def part_of(path: Place) -> Place:
    """The outline part showing ``path``: an entry, a section, or a top-level block."""
    if len(path) >= 4 and path[0] == "sections" and path[2] in ("items", "projects"):
        return path[:4]
    if len(path) >= 2 and path[0] == "sections":
        return path[:2]
    return path[:1]


def list_path(part: Place) -> Place | None:
    """The list holding an entry part (``sections.x.items``), None for other parts."""
    return part[:3] if len(part) == 4 else None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS] + "…"


def entry_label(entry: Item | Project, index: int) -> str:
    if isinstance(entry, Project):
        title = _short(entry.company + entry.name) or translate("Outline", "（未填写）")
        return f"{entry_name('projects', index)}  {title}"
    first = next((p for p in entry.paragraphs if p.strip()), "")
    title = _short(entry.headline or first) or translate("Outline", "（空）")
    return f"{entry_name('items', index)}  {title}"


class Outline(QTreeWidget):
    part_selected = Signal(tuple)
    move_requested = Signal(tuple, int, int)  # list path, from, to
    refused = Signal(str)  # why the entry dragged cannot be dropped where it is

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setHeaderHidden(True)
        self.texts = InterfaceTexts()
        self.texts.bind(self.setAccessibleName, lambda: translate("Outline", "大纲"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsEnabled)  # no drops between blocks
        self.currentItemChanged.connect(self._current_changed)
        self._nodes: dict[Place, QTreeWidgetItem] = {}
        self._dragged_section: Place | None = None  # the section node accepting drops

    def rebuild(self, select: Place | None = None) -> None:
        """Recreate the nodes and select ``select`` (or keep the current part when it exists)."""
        current = select if select is not None else self.current_part()
        self.blockSignals(True)
        self.clear()
        self._nodes.clear()
        self._add(None, ("masthead",))
        for spec in SECTIONS:
            section = self._add(None, spec.place)
            for i in range(len(self.doc.value(spec.entries_place))):
                self._add(section, (*spec.entries_place, i))
            section.setExpanded(True)
        self._add(None, ("closing",))
        self._add(None, ("distribution",))
        self.update_labels()
        self.blockSignals(False)
        part = part_of(current) if current else ("masthead",)
        while part not in self._nodes:  # gone (another file, fewer entries): its section
            part = part[:2] if len(part) > 2 else ("masthead",)
        self.select(part)

    def _add(self, parent: QTreeWidgetItem | None, path: Place) -> QTreeWidgetItem:
        node = QTreeWidgetItem()
        node.setData(0, PATH_ROLE, path)
        node.setFlags(self._flags(path))
        if parent is None:
            self.addTopLevelItem(node)
        else:
            parent.addChild(node)
        self._nodes[path] = node
        return node

    def _flags(self, path: Place) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if len(path) == 4:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        elif path == self._dragged_section:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def _accept_drops_in(self, section: Place | None) -> None:
        self._dragged_section = section
        for path, node in self._nodes.items():
            node.setFlags(self._flags(path))

    def update_labels(self) -> None:
        """Entry labels follow their headline or company; marks follow the findings and the
        reviewers' unresolved notes."""
        worst: dict[Place, Severity] = {}
        for finding in self.doc.findings:
            part = part_of(finding.path)
            if finding.severity is not Severity.INFO and worst.get(part) is not Severity.ERROR:
                worst[part] = finding.severity
        noted = {part_of(undotted(n.place)) for n in self.doc.issue.review if n.place and not n.resolved}
        titles = section_titles(self.doc.issue.profile)
        for path, node in self._nodes.items():
            if len(path) == 4:
                label = entry_label(self.doc.value(path), int(path[3]))
            else:
                label = part_name(path, titles)
            if node.text(0) != label:
                node.setText(0, label)
            tip = label if path not in noted else "\n".join((label, translate("Outline", "有未解决的审阅意见")))
            node.setToolTip(0, tip)  # whole, where a narrow outline elides it
            severity = worst.get(path)
            node.setIcon(0, severity_icon(severity) if severity else icon("note") if path in noted else QIcon())
            node.setForeground(0, QBrush(QColor("#c62828")) if severity is Severity.ERROR
                               else QBrush())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self.update_labels()

    def current_part(self) -> Place | None:
        node = self.currentItem()
        return node.data(0, PATH_ROLE) if node is not None else None

    def node(self, part: Place) -> QTreeWidgetItem | None:
        """The row showing ``part``."""
        return self._nodes.get(part)

    def select(self, part: Place) -> None:
        node = self._nodes.get(part)
        if node is None:
            return
        if node is self.currentItem():
            self.part_selected.emit(part)
        else:
            self.setCurrentItem(node)

    def _current_changed(self, node: QTreeWidgetItem | None, _previous: object) -> None:
        if node is not None:
            self.part_selected.emit(node.data(0, PATH_ROLE))

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        source = self.current_part()
        items = list_path(source) if source is not None else None
        if items is None:
            return
        self._accept_drops_in(items[:2])
        try:
            super().startDrag(supportedActions)
        finally:
            self._accept_drops_in(None)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if self._dragged_section is not None and not event.isAccepted():
            self._refuse()

    def _refuse(self) -> None:
        self.refused.emit(translate("Outline", "条目只能在本栏目内拖动"))

    def dropEvent(self, event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        source = self.current_part()
        target_node = self.itemAt(event.position().toPoint())
        if source is None or target_node is None or (items := list_path(source)) is None:
            self._refuse()
            return
        target: Place = target_node.data(0, PATH_ROLE)
        if target == items[:2]:  # dropped on the section itself: to its end
            index = len(self.doc.value(items))
        elif list_path(target) == items:
            index = int(target[3])
            if self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem:
                index += 1
        else:
            self._refuse()
            return
        origin = int(source[3])
        if index > origin:
            index -= 1
        if index != origin:
            self.move_requested.emit(items, origin, index)
