"""Undo commands: every change to the issue is one of these, pushed on the document's stack."""

from __future__ import annotations

import time
from copy import deepcopy
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..issue.model import Issue
from ..issue.places import Place
from .document import Document

MERGE_ID = 1
BURST_PAUSE_S = 3.0  # a pause longer than this starts a new undo step


class SetValue(QUndoCommand):
    """A field edit. Consecutive edits of the same field in one typing burst merge.

    Undo and redo show the field again (but the first redo, when the user typed, does not).
    """

    def __init__(self, doc: Document, path: Place, value: Any, text: str,
                 merge_key: Place | None = None) -> None:
        super().__init__(text)
        self.doc = doc
        self.path = path
        self.place = merge_key or path
        self._done_once = False
        self.old = deepcopy(doc.value(path))
        self.new = deepcopy(value)
        self.merge_key = merge_key
        self.burst = doc.burst
        self.stamp = time.monotonic()

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetValue)
            and other.merge_key == self.merge_key
            and other.path == self.path
            and other.burst == self.burst
            and other.stamp - self.stamp < BURST_PAUSE_S
        ):
            return False
        self.new = other.new
        self.stamp = other.stamp
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.doc.apply_value(self.path, deepcopy(self.new))
        if self._done_once:
            self.doc.navigate.emit(self.place)
        self._done_once = True

    def undo(self) -> None:
        self.doc.apply_value(self.path, deepcopy(self.old))
        self.doc.navigate.emit(self.place)


class InsertItem(QUndoCommand):
    def __init__(self, doc: Document, list_path: Place, index: int, item: Any,
                 text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.list_path = list_path
        self.index = index
        self.item = deepcopy(item)

    def redo(self) -> None:
        self.doc.apply_insert(self.list_path, self.index, deepcopy(self.item))

    def undo(self) -> None:
        self.doc.apply_remove(self.list_path, self.index)


class RemoveItem(QUndoCommand):
    def __init__(self, doc: Document, list_path: Place, index: int, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.list_path = list_path
        self.index = index
        self.item = deepcopy(doc.value(list_path)[index])

    def redo(self) -> None:
        self.doc.apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self.doc.apply_insert(self.list_path, self.index, deepcopy(self.item))


class MoveItem(QUndoCommand):
    def __init__(self, doc: Document, list_path: Place, source: int, target: int,
                 text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.list_path = list_path
        self.source = source
        self.target = target

    def redo(self) -> None:
        self.doc.apply_move(self.list_path, self.source, self.target)

    def undo(self) -> None:
        self.doc.apply_move(self.list_path, self.target, self.source)


class ReplaceIssue(QUndoCommand):
    """A change to many places at once, such as a text tool run over the whole issue."""

    def __init__(self, doc: Document, issue: Issue, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.old = deepcopy(doc.issue)
        self.new = deepcopy(issue)

    def redo(self) -> None:
        self.doc.apply_issue(deepcopy(self.new))

    def undo(self) -> None:
        self.doc.apply_issue(deepcopy(self.old))


class ImportIssue(ReplaceIssue):
    """An accepted import: the issue is replaced and becomes untitled, so that Save asks
    where to write it instead of overwriting the file that was open; undo gives it back.

    Once the issue is saved, its file is the one saved to, whatever is undone or redone:
    the path changes with this command only while no save came between.
    """

    def __init__(self, doc: Document, issue: Issue, text: str) -> None:
        super().__init__(doc, issue, text)
        self.old_path = doc.path
        self._saves = doc.saves

    def _owns_path(self) -> bool:
        return self.doc.saves == self._saves

    def redo(self) -> None:
        super().redo()
        if self._owns_path():
            self.doc.set_path(None)
        self.doc.started.emit()

    def undo(self) -> None:
        super().undo()
        if self._owns_path():
            self.doc.set_path(self.old_path)
