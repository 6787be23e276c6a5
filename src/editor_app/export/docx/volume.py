"""The year volume (合订本): the issues of a year in one Word file.

A contents page (the volume's title, then each issue's line, date, starting page and headlines),
then each issue as the export prints it, masthead first, in a section of its own that starts on a new
odd page (``w:type oddPage``: Word and LibreOffice insert a blank page where needed). The
sections share the template's footers and do not restart numbering, so page numbers run on
through the volume. The starting pages are PAGEREF fields to a bookmark at each issue's first
paragraph: LibreOffice computes them as it lays the pages out (so the PDF shows them), Word
when its fields are updated (F9, or printing).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path

from docx.oxml.ns import qn
from lxml.etree import _Element

from ...issue.model import Issue
from ...issue.sections import NEWS_KEYS, news_section
from ...layout.blocks import Block, Run, date_line, issue_line
from ...layout.profile import Profile
from ...storage.atomic import write_atomic
from .exporter import append_issue, core_properties, serialise, styled_template
from .ooxml import PPR_ORDER, ordered_child
from .package import CORE_PART, DOCUMENT_PART

_BODY, _SECTION, _P, _R = qn("w:body"), qn("w:sectPr"), qn("w:p"), qn("w:r")


def _bookmark(n: int) -> str:
    return f"_Issue{n + 1}"


def _run(paragraph: _Element, like: _Element | None, child: str, text: str = "", **attrs: str) -> _Element:
    """A run at the end of ``paragraph``, formatted as ``like``, holding one ``child``."""
    run = paragraph.makeelement(_R, {})
    if like is not None and like.find(qn("w:rPr")) is not None:
        run.append(copy.deepcopy(like.find(qn("w:rPr"))))
    element = run.makeelement(qn(f"w:{child}"), {qn(f"w:{k}"): v for k, v in attrs.items()})
    if text:
        element.text = text
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(element)
    paragraph.append(run)
    return run


def _page_field(paragraph: _Element, n: int) -> None:
    """``第N页`` at the end of ``paragraph``: N the page of issue ``n``'s bookmark."""
    runs = paragraph.findall(_R)
    like = runs[-1] if runs else None
    _run(paragraph, like, "t", "　第")
    _run(paragraph, like, "fldChar", fldCharType="begin")
    _run(paragraph, like, "instrText", f" PAGEREF {_bookmark(n)} \\h ")
    _run(paragraph, like, "fldChar", fldCharType="separate")
    _run(paragraph, like, "t", "?")  # shown until the field is updated
    _run(paragraph, like, "fldChar", fldCharType="end")
    _run(paragraph, like, "t", "页")


def _mark_start(elements: Sequence[_Element], n: int) -> None:
    """The bookmark of issue ``n`` around the start of its first paragraph among ``elements``."""
    for element in elements:
        paragraph = element if element.tag == _P else element.find(f".//{_P}")
        if paragraph is None:
            continue
        ppr = paragraph.find(qn("w:pPr"))
        start = paragraph.makeelement(qn("w:bookmarkStart"), {qn("w:id"): str(n + 1), qn("w:name"): _bookmark(n)})
        end = paragraph.makeelement(qn("w:bookmarkEnd"), {qn("w:id"): str(n + 1)})
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph.insert(0, start)
        start.addnext(end)
        return


def volume_title(profile: Profile, year: int) -> str:
    return f"{profile.title}{year}年合订本"


def _contents(issue: Issue, profile: Profile) -> list[Block]:
    """One issue's entry on the contents page: its line and date, then its headlines."""
    head = f"{issue_line(issue, profile)}　{date_line(issue, profile)}"
    blocks = [Block("item_headline", (Run(head),), ("masthead",))]
    for key in NEWS_KEYS:
        blocks.extend(Block("body", (Run(item.headline),), ("sections", key, "items", i, "headline"))
                      for i, item in enumerate(news_section(issue, key).items) if item.headline)
    return blocks


def _odd_page(section: _Element) -> _Element:
    """A copy of the section properties ``section`` starting its section on an odd page."""
    copied = copy.deepcopy(section)
    kind = copied.find(qn("w:type"))
    if kind is None:
        kind = copied.makeelement(qn("w:type"), {})
        copied.find(qn("w:pgSz")).addprevious(kind)
    kind.set(qn("w:val"), "oddPage")
    return copied


def _end_section(body: _Element, properties: _Element) -> None:
    """End the section at the last paragraph of ``body`` (a new empty one if that is a frame)."""
    last = body[-1]
    ppr = last.find(qn("w:pPr")) if last.tag == _P else None
    if ppr is None or ppr.find(qn("w:framePr")) is not None:
        last = last.makeelement(_P, {})
        body.append(last)
        ppr = ordered_child(last, "pPr", ("pPr",))
    placeholder = ordered_child(ppr, "sectPr", PPR_ORDER)
    placeholder.getparent().replace(placeholder, properties)


def build_volume(issues: Sequence[Issue], profile: Profile, year: int, *,
                 strict: bool = True) -> tuple[bytes, list[str]]:
    """The Word file of the volume (the package's bytes) and the export's warnings."""
    styled = styled_template(profile)
    document = copy.deepcopy(styled.document)
    body = document.find(_BODY)
    section = body.find(_SECTION)
    body.remove(section)
    styled.paragraphs.append(body, Block("masthead_title", (Run(volume_title(profile, year)),), ()))
    for n, issue in enumerate(issues):
        for i, block in enumerate(_contents(issue, profile)):
            styled.paragraphs.append(body, block)
            if i == 0:
                _page_field(body[-1], n)
    _end_section(body, copy.deepcopy(section))
    warnings = []
    for n, issue in enumerate(issues):
        line = issue_line(issue, profile)
        before = len(body)
        warnings += [f"{line}：{w}" for w in append_issue(body, issue, styled, strict=strict)]
        _mark_start(body[before:], n)
        if n < len(issues) - 1:
            _end_section(body, _odd_page(section))
    body.append(_odd_page(section))
    core = core_properties(styled.core, issues[0], profile)
    title = core.find(qn("dc:title"))
    if title is not None:
        title.text = volume_title(profile, year)
    return styled.package.package({DOCUMENT_PART: serialise(document), CORE_PART: serialise(core)}), warnings


def write_volume(issues: Sequence[Issue], profile: Profile, year: int, output: Path, *,
                 strict: bool = True) -> list[str]:
    """Write the volume to ``output`` atomically; the warnings."""
    package, warnings = build_volume(issues, profile, year, strict=strict)
    write_atomic(output, package)
    return warnings
