"""The document's paragraphs, built with lxml from properties made once per style.

python-docx's ``add_paragraph``, ``add_run`` and run text setter search the schema for every
child they add and take the text character by character: most of an export's time went
there. The XML is what they write: ``w:p`` with ``w:pPr/w:pStyle``, ``w:r`` with its
``w:rPr`` (East Asian font, bold), text in ``w:t`` (``xml:space="preserve"`` when it begins
or ends with white space), tabs as ``w:tab`` and line breaks as ``w:br``.
"""

from __future__ import annotations

import copy
import re

from lxml.etree import SubElement, _Element

from ...issue.textclean import strip_control
from ...layout.blocks import Block
from ...layout.profile import Profile
from .ooxml import RPR_ORDER, new_element, ordered_child, qn, set_fonts

_P, _R, _T, _TAB, _BR = (qn(f"w:{tag}") for tag in ("p", "r", "t", "tab", "br"))
_SPACE = qn("xml:space")
_SPECIAL = re.compile(r"([\t\r\n])")


class ParagraphMaker:
    """Appends blocks as paragraphs, each style's paragraph and run properties made once."""

    def __init__(self, profile: Profile, style_ids: dict[str, str]) -> None:
        self._ppr = {key: _paragraph_properties(style_id) for key, style_id in style_ids.items()}
        self._rpr = {(key, bold): _run_properties(profile.font_of(key).east_asian, bold)
                     for key in style_ids for bold in (False, True)}

    def append(self, parent: _Element, block: Block) -> tuple[_Element, int]:
        """Append ``block`` to ``parent``; returns the paragraph and how many control
        characters were removed from its text."""
        paragraph = SubElement(parent, _P)
        paragraph.append(copy.deepcopy(self._ppr[block.style]))
        removed = 0
        for run in block.runs:
            text, count = strip_control(run.text)
            removed += count
            word_run = SubElement(paragraph, _R)
            word_run.append(copy.deepcopy(self._rpr[block.style, run.bold]))
            _add_text(word_run, text)
        return paragraph, removed


def _paragraph_properties(style_id: str) -> _Element:
    properties = new_element("w:pPr")
    ordered_child(properties, "pStyle", ("pStyle",), val=style_id)
    return properties


def _run_properties(east_asian: str, bold: bool) -> _Element:
    properties = new_element("w:rPr")
    if bold:
        ordered_child(properties, "b", RPR_ORDER)
    set_fonts(properties, east_asian)
    return properties


def _add_text(word_run: _Element, text: str) -> None:
    for piece in _SPECIAL.split(text):
        if piece == "\t":
            SubElement(word_run, _TAB)
        elif piece in ("\r", "\n"):
            SubElement(word_run, _BR)
        elif piece:
            element = SubElement(word_run, _T)
            element.text = piece
            if len(piece.strip()) < len(piece):
                element.set(_SPACE, "preserve")
