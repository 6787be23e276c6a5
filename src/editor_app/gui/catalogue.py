"""Translation catalogues: the Qt Linguist ``.ts`` files of resources/translations, read directly.

The editor answers from the ``.ts`` XML instead of compiled ``.qm`` files, so nothing has
to run ``lrelease`` (not at install, not at start into a cache that can go stale) and the
packaged application, which bundles ``resources/``, needs nothing more. The files stay
ordinary Qt catalogues: ``pyside6-lupdate`` writes them, Qt Linguist edits them and
``pyside6-lrelease`` compiles them (the tests check that it does).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import msgspec
from PySide6.QtCore import QObject, QTranslator

from ..paths import resources_dir


class Message(msgspec.Struct, frozen=True):
    context: str
    source: str
    comment: str  # the disambiguation, "" when there is none
    translation: str
    finished: bool  # reviewed: lrelease (and this editor) use only finished translations


def catalogue_path(language: str) -> Path:
    return resources_dir() / "translations" / f"editor_{language}.ts"


def read_catalogue(path: Path) -> list[Message]:
    """The current messages of a ``.ts`` file (obsolete and vanished ones left out)."""
    import xml.etree.ElementTree as ET  # only when a language other than the source one is used

    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            messages.append(Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                translation=(translation.text or "") if translation is not None else "",
                finished=kind is None,
            ))
    return messages


class CatalogueTranslator(QTranslator):
    """A QTranslator answering from the finished translations of a catalogue."""

    def __init__(self, messages: Iterable[Message], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = {
            (m.context, m.source, m.comment): m.translation
            for m in messages
            if m.finished and m.translation
        }

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self._table.get((context, source_text, disambiguation or ""))

    def isEmpty(self) -> bool:
        return not self._table
