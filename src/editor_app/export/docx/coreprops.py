"""The core properties part (``docProps/core.xml``) set as python-docx's ``CoreProperties``
sets it, byte for byte, without importing python-docx: a missing element is appended at the
end, text is limited to 255 characters, times are written in UTC with a ``Z`` and
``xsi:type="dcterms:W3CDTF"``, the ``xsi`` namespace declared on the root.
"""

from __future__ import annotations

import datetime as dt

from lxml.etree import _Element

from .ooxml import new_element, qn

MAX_TEXT = 255  # characters of a text property, python-docx's limit


def _child(root: _Element, tag: str) -> _Element:
    child = root.find(qn(tag))
    if child is None:
        child = new_element(tag)
        root.append(child)
    return child


def set_text(root: _Element, tag: str, value: str) -> None:
    """The text of the ``tag`` property (``dc:title``); ValueError past 255 characters."""
    if len(value) > MAX_TEXT:
        raise ValueError(f"exceeded {MAX_TEXT} char limit for property, got:\n\n'{value}'")
    _child(root, tag).text = value


def set_revision(root: _Element, value: int) -> None:
    if value < 1:
        raise ValueError(f"revision property requires positive int, got '{value}'")
    _child(root, "cp:revision").text = str(value)


def set_time(root: _Element, tag: str, value: dt.datetime) -> None:
    """``dcterms:created`` or ``dcterms:modified``: the clock time as given, with a ``Z``."""
    element = _child(root, tag)
    element.text = value.strftime("%Y-%m-%dT%H:%M:%SZ")
    # Setting and removing an xsi attribute on the root declares xsi there, not on each child.
    root.set(qn("xsi:foo"), "bar")
    element.set(qn("xsi:type"), "dcterms:W3CDTF")
    del root.attrib[qn("xsi:foo")]
