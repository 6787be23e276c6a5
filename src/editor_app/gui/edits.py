"""Structural edits of the sections: add, duplicate, delete and move items and projects."""

from __future__ import annotations

from ..issue.model import Item, Project
from ..issue.places import Place
from ..issue.sections import SPECS
from ..layout.titles import section_titles
from .commands import InsertItem, MoveItem, RemoveItem
from .document import Document
from .i18n import translate
from .names import part_name


def entry_list(part: Place) -> Place | None:
    """The list that entries are added to from ``part`` (a section or one of its entries)."""
    if len(part) < 2 or part[0] != "sections":
        return None
    spec = SPECS.get(str(part[1]))
    return spec.entries_place if spec is not None else None


def _name(doc: Document, part: Place) -> str:
    return part_name(part, section_titles(doc.issue.profile))


def is_entry(part: Place) -> bool:
    return len(part) == 4 and part[0] == "sections"


def add_entry(doc: Document, part: Place) -> Place | None:
    """A new empty entry after ``part``, or at the end when ``part`` is the section; its place."""
    items = entry_list(part)
    if items is None:
        return None
    index = int(part[3]) + 1 if is_entry(part) else len(doc.value(items))
    section = _name(doc, items[:2])
    if items[-1] == "projects":
        entry: Item | Project = Project()
        text = translate("Edits", "添加项目（{section}）").format(section=section)
    else:
        entry = Item()
        text = translate("Edits", "添加条目（{section}）").format(section=section)
    doc.undo_stack.push(InsertItem(doc, items, index, entry, text))
    return (*items, index)


def duplicate_entry(doc: Document, part: Place) -> None:
    if not is_entry(part):
        return
    items, index = part[:3], int(part[3])
    text = translate("Edits", "复制 {part}").format(part=_name(doc, part))
    doc.undo_stack.push(InsertItem(doc, items, index + 1, doc.value(part), text))


def delete_entry(doc: Document, part: Place) -> None:
    if is_entry(part):
        text = translate("Edits", "删除 {part}").format(part=_name(doc, part))
        doc.undo_stack.push(RemoveItem(doc, part[:3], int(part[3]), text))


def can_move(doc: Document, part: Place, delta: int) -> bool:
    if not is_entry(part):
        return False
    return 0 <= int(part[3]) + delta < len(doc.value(part[:3]))


def move_entry(doc: Document, part: Place, delta: int) -> None:
    if can_move(doc, part, delta):
        index = int(part[3])
        if delta < 0:
            text = translate("Edits", "上移 {part}").format(part=_name(doc, part))
        else:
            text = translate("Edits", "下移 {part}").format(part=_name(doc, part))
        doc.undo_stack.push(MoveItem(doc, part[:3], index, index + delta, text))


def drag_entry(doc: Document, items: Place, source: int, target: int) -> None:
    text = translate("Edits", "拖动 {part} 到第{position}位").format(
        part=_name(doc, (*items, source)), position=target + 1)
    doc.undo_stack.push(MoveItem(doc, items, source, target, text))
