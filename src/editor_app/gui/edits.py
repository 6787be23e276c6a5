"""Structural edits of the sections: add, duplicate, delete and move items and projects."""

from __future__ import annotations

from ..locations import Path as IssuePath
from ..locations import describe
from ..model import NEWS_SECTIONS, Item, Project
from .commands import InsertItem, MoveItem, RemoveItem
from .document import Document


def entry_list(part: IssuePath) -> IssuePath | None:
    """The list that entries are added to from ``part`` (a section or one of its entries)."""
    if len(part) < 2 or part[0] != "sections":
        return None
    key = str(part[1])
    return ("sections", key, "items" if key in NEWS_SECTIONS else "projects")


def _noun(items: IssuePath) -> str:
    return "项目" if items[-1] == "projects" else "条目"


def is_entry(part: IssuePath) -> bool:
    return len(part) == 4 and part[0] == "sections"


def add_entry(doc: Document, part: IssuePath) -> None:
    """A new empty entry after ``part``, or at the end when ``part`` is the section."""
    items = entry_list(part)
    if items is None:
        return
    index = int(part[3]) + 1 if is_entry(part) else len(doc.value(items))
    entry = Project() if items[-1] == "projects" else Item()
    doc.undo_stack.push(
        InsertItem(doc, items, index, entry, f"添加{_noun(items)}（{describe(items[:2])}）")
    )


def duplicate_entry(doc: Document, part: IssuePath) -> None:
    if not is_entry(part):
        return
    items, index = part[:3], int(part[3])
    doc.undo_stack.push(
        InsertItem(doc, items, index + 1, doc.value(part), f"复制 {describe(part)}")
    )


def delete_entry(doc: Document, part: IssuePath) -> None:
    if is_entry(part):
        doc.undo_stack.push(RemoveItem(doc, part[:3], int(part[3]), f"删除 {describe(part)}"))


def can_move(doc: Document, part: IssuePath, delta: int) -> bool:
    if not is_entry(part):
        return False
    return 0 <= int(part[3]) + delta < len(doc.value(part[:3]))


def move_entry(doc: Document, part: IssuePath, delta: int) -> None:
    if can_move(doc, part, delta):
        index = int(part[3])
        text = f"{'上移' if delta < 0 else '下移'} {describe(part)}"
        doc.undo_stack.push(MoveItem(doc, part[:3], index, index + delta, text))


def drag_entry(doc: Document, items: IssuePath, source: int, target: int) -> None:
    text = f"拖动 {describe((*items, source))} 到第{target + 1}位"
    doc.undo_stack.push(MoveItem(doc, items, source, target, text))
