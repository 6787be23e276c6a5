"""The changes since an earlier version of the issue as tracked changes of a review copy: each
paragraph whose text differs from what the earlier version printed at the same place gets
``w:del``/``w:ins`` runs (run by run, so the bold lead of a project stays bold), a paragraph the
earlier version did not have is marked inserted. The author is the editor (``EDITOR``), whose
own changes a reviewed file's reader takes as accepted.
"""

from __future__ import annotations

import copy
import itertools
import re

import lxml.etree as etree
from lxml.etree import _Element

from ..layout.blocks import Block
from .diffing import opcodes
from .markup import EDITOR, wtag

_SPECIAL = re.compile(r"([\t\r\n])")



class ChangeMarker:
    """Tracked changes of one document, numbered from ``first_id``, dated ``date``."""

    def __init__(self, date: str, first_id: int = 1000) -> None:
        self.date = date
        self.ids = itertools.count(first_id)

    def _change(self, tag: str) -> _Element:
        return etree.Element(wtag(tag), {wtag("id"): str(next(self.ids)), wtag("author"): EDITOR,
                                         wtag("date"): self.date})

    def mark(self, paragraphs: list[_Element], blocks: list[Block], earlier: list[Block]) -> int:
        """Mark each paragraph (printing ``blocks``) against ``earlier``; how many changed."""
        before = {block.path: block for block in earlier}
        changed = 0
        for paragraph, block in zip(paragraphs, blocks, strict=False):
            old = before.get(block.path)
            if old is None:
                self._inserted(paragraph)
            elif old.text == block.text:
                continue
            elif len(old.runs) == len(block.runs):
                for run, was in zip(paragraph.findall(wtag("r")), old.runs, strict=False):
                    self._run_diff(run, was.text)
            else:
                self._replaced(paragraph, old.text)
            changed += 1
        return changed

    def _inserted(self, paragraph: _Element) -> None:
        properties = paragraph.find(wtag("pPr"))
        assert properties is not None  # every exported paragraph has its style
        mark = properties.find(wtag("rPr"))
        if mark is None:
            mark = etree.SubElement(properties, wtag("rPr"))
        mark.append(self._change("ins"))
        insertion = self._change("ins")
        runs = paragraph.findall(wtag("r"))
        if runs:
            runs[0].addprevious(insertion)
            insertion.extend(runs)

    def _replaced(self, paragraph: _Element, old_text: str) -> None:
        runs = paragraph.findall(wtag("r"))
        if not runs:
            return
        properties = runs[0].find(wtag("rPr"))
        deletion = self._change("del")
        deletion.append(_new_run(properties, old_text, deleted=True))
        insertion = self._change("ins")
        runs[0].addprevious(deletion)
        deletion.addnext(insertion)
        insertion.extend(runs)

    def _run_diff(self, run: _Element, old_text: str) -> None:
        properties = run.find(wtag("rPr"))
        new_text = _run_text(run)
        if new_text == old_text:
            return
        pieces: list[_Element] = []
        for tag, i1, i2, j1, j2 in opcodes(old_text, new_text):
            if tag == "equal":
                pieces.append(_new_run(properties, new_text[j1:j2]))
                continue
            if i2 > i1:
                deletion = self._change("del")
                deletion.append(_new_run(properties, old_text[i1:i2], deleted=True))
                pieces.append(deletion)
            if j2 > j1:
                insertion = self._change("ins")
                insertion.append(_new_run(properties, new_text[j1:j2]))
                pieces.append(insertion)
        for piece in pieces:
            run.addprevious(piece)
        parent = run.getparent()
        assert parent is not None
        parent.remove(run)


def _run_text(run: _Element) -> str:
    out = []
    for child in run:
        if child.tag == wtag("t"):
            out.append(child.text or "")
        elif child.tag == wtag("tab"):
            out.append("\t")
        elif child.tag == wtag("br"):
            out.append("\n")
    return "".join(out)


def _new_run(properties: _Element | None, text: str, *, deleted: bool = False) -> _Element:
    run = etree.Element(wtag("r"))
    if properties is not None:
        run.append(copy.deepcopy(properties))
    for piece in _SPECIAL.split(text):
        if piece == "\t":
            etree.SubElement(run, wtag("tab"))
        elif piece in ("\r", "\n"):
            etree.SubElement(run, wtag("br"))
        elif piece:
            element = etree.SubElement(run, wtag("delText" if deleted else "t"))
            element.text = piece
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run
