"""The text tools (Tools menu): cleaning pasted text, on the selection or the whole issue."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

import msgspec
from PySide6.QtWidgets import QLineEdit, QWidget

from ..issue.model import Issue
from ..issue.places import Place
from ..issue.textclean import (
    clean_invisible,
    full_width_punctuation,
    remove_pinyin_artefacts,
    strip_control,
    to_simplified,
    to_traditional,
)
from ..issue.typography import fix_hyphen_ranges, remove_spaces_in_chinese
from ..issue.validation import FIX_INVISIBLE, FIX_RANGES, FIX_SPACES, NOT_PROSE, iter_texts
from .document import Document, get_at, set_at
from .forms.fields import ParagraphsEdit
from .i18n import QT_TRANSLATE_NOOP, translate


def _counted(convert: Callable[[str], str]) -> Callable[[str], tuple[str, int]]:
    def run(text: str) -> tuple[str, int]:
        converted = convert(text)
        return converted, sum(a != b for a, b in zip(text, converted, strict=False)) or int(converted != text)

    return run


class TextTool(msgspec.Struct, frozen=True):
    key: str
    source_label: str  # marked for translation; ``label`` is the one to show
    run: Callable[[str], tuple[str, int]]  # the new text and how many places changed

    @property
    def label(self) -> str:
        """Menu text and undo text, in the interface language."""
        return translate("TextTools", self.source_label)


TOOLS: tuple[TextTool, ...] = (
    TextTool("pinyin", QT_TRANSLATE_NOOP("TextTools", "清除拼音注音"), remove_pinyin_artefacts),
    TextTool("punctuation", QT_TRANSLATE_NOOP("TextTools", "中文标点改为全角"),
             full_width_punctuation),
    TextTool("simplified", QT_TRANSLATE_NOOP("TextTools", "繁体转简体"), _counted(to_simplified)),
    TextTool("traditional", QT_TRANSLATE_NOOP("TextTools", "简体转繁体"),
             _counted(to_traditional)),
    TextTool("control", QT_TRANSLATE_NOOP("TextTools", "清除控制字符"), strip_control),
    TextTool(FIX_INVISIBLE, QT_TRANSLATE_NOOP("TextTools", "清除不可见字符和形似字"), clean_invisible),
    TextTool(FIX_SPACES, QT_TRANSLATE_NOOP("TextTools", "删除中文中的空格"), remove_spaces_in_chinese),
    TextTool(FIX_RANGES, QT_TRANSLATE_NOOP("TextTools", "范围改用连接号"), fix_hyphen_ranges),
)


def apply_to_issue(issue: Issue, tool: TextTool) -> tuple[Issue, int]:
    """A changed copy of ``issue`` and the number of changes."""
    result = deepcopy(issue)
    total = 0
    places: list[Place] = [p for p, _ in iter_texts(issue) if not NOT_PROSE & set(map(str, p))]
    for path in places:
        text, count = tool.run(get_at(result, path))
        if count:
            set_at(result, path, text)
            total += count
    return result, total


def _selection_text(tool: TextTool) -> str:
    return translate("TextTools", "{tool}（选中文字）").format(tool=tool.label)


def run_on_selection(doc: Document, widget: QWidget | None, tool: TextTool) -> int | None:
    """Run ``tool`` on the text selected in an editable field: the changes made, or None
    when nothing is selected. The field's own edit becomes one undo step named by the tool.
    """
    if isinstance(widget, QLineEdit) and widget.hasSelectedText() and not widget.isReadOnly():
        text, count = tool.run(widget.selectedText())
        if count:
            doc.undo_stack.beginMacro(_selection_text(tool))
            widget.insert(text)
            doc.undo_stack.endMacro()
        return count
    if isinstance(widget, ParagraphsEdit) and widget.textCursor().hasSelection():
        cursor = widget.textCursor()
        text, count = tool.run(cursor.selectedText().replace("\u2029", "\n"))
        if count:
            doc.undo_stack.beginMacro(_selection_text(tool))
            cursor.insertText(text)
            doc.undo_stack.endMacro()
        return count
    return None
