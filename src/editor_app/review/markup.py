"""A reviewed Word file's markup: its paragraphs as they were (the "old" view, every tracked
change rejected) and as the reviewer left them (the "new" view, every change accepted), and
its comments with the text they mark.

Read: ``w:ins``/``w:del`` (``w:delText``) and ``w:moveTo``/``w:moveFrom``, inserted and deleted
paragraph marks (``w:pPr/w:rPr/w:ins|w:del``), comment ranges across runs and paragraphs
(``w:commentRangeStart/End``, or only a ``w:commentReference``), ``comments.xml`` with the done
flags of ``commentsExtended.xml``, paragraphs of text boxes after their anchor, tables (listed,
never read as paragraphs), and style names from ``styles.xml`` (WPS gives styles numeric ids).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import lxml.etree as etree
from lxml.etree import _Element

from ..errors import UserFacingError
from ..importing.word import MAX_PARAGRAPHS, read_package
from .base import PART as BASE_PART
from .base import read_base, safe_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# The author of a review copy's own comments and tracked changes (``review.copy``): its comments
# are not brought back, its changes are taken as accepted.
EDITOR = "双碳资讯编辑器"
_INSERTED = {f"{{{W}}}ins", f"{{{W}}}moveTo"}
_DELETED = {f"{{{W}}}del", f"{{{W}}}moveFrom"}
_CONTAINERS = {f"{{{W}}}{tag}" for tag in ("hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple",
                                           "customXml", "dir", "bdo")}
_TEXT = {f"{{{W}}}t", f"{{{W}}}delText"}
_SPECIAL = {f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n", f"{{{W}}}noBreakHyphen": "-"}


def wtag(tag: str) -> str:
    """``w:tag`` in Clark notation, as lxml names WordprocessingML elements."""
    return f"{{{W}}}{tag}"


@dataclass
class Piece:
    """Text of one run: inserted, deleted or neither, and by whom."""

    text: str
    inserted: bool = False
    deleted: bool = False
    author: str = ""


@dataclass
class Mark:
    """A comment's start, end or reference inside a paragraph, at a place in its old and its
    new text."""

    comment: str
    kind: str  # start, end, reference
    old_offset: int
    new_offset: int


@dataclass
class Paragraph:
    """One ``w:p`` of the reviewed file."""

    style: str  # the style's name ("" for the default paragraph style)
    pieces: list[Piece] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    mark_inserted: bool = False  # the paragraph mark is a tracked insertion
    mark_deleted: bool = False  # the paragraph mark is a tracked deletion
    authors: list[str] = field(default_factory=list)

    @property
    def old(self) -> str:
        return "".join(p.text for p in self.pieces if not p.inserted)

    @property
    def new(self) -> str:
        return "".join(p.text for p in self.pieces if not p.deleted)

    @property
    def tracked(self) -> bool:
        return self.mark_inserted or self.mark_deleted or any(p.inserted or p.deleted for p in self.pieces)


@dataclass(frozen=True)
class Comment:
    id: str
    author: str
    date: str  # as the file gives it (ISO 8601), "" when absent
    text: str
    resolved: bool


@dataclass
class Reviewed:
    """What a reviewed file holds: paragraphs in reading order, comments by id, and the text
    of tables (which the bulletin never has)."""

    paragraphs: list[Paragraph]
    comments: dict[str, Comment]
    tables: list[str]
    base: str | None = None  # the issue file's text the review copy was made from (``review.base``)


def read_reviewed(path: Path) -> Reviewed:
    """The reviewed Word file at ``path``, read within the Word importer's limits."""
    package = read_package(path)
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    try:
        reviewed = parse_parts(parts)
    except etree.XMLSyntaxError as exc:
        raise UserFacingError(path, f"Word 文件的 XML 已损坏（{exc}）；请在 Word 中打开并另存后重试") from exc
    if len(reviewed.paragraphs) > MAX_PARAGRAPHS:
        raise UserFacingError(path, f"文件有 {len(reviewed.paragraphs)} 段，超过 {MAX_PARAGRAPHS} 段上限，"
                                    "不像是本刊的审阅稿，拒绝读取")
    return reviewed


def parse_parts(parts: dict[str, bytes]) -> Reviewed:
    """The markup of a package's parts (``word/document.xml`` and its neighbours)."""
    names = _style_names(parts.get("word/styles.xml"))
    body = safe_xml(parts["word/document.xml"]).find(wtag("body"))
    reader = _BodyReader(names)
    if body is not None:
        reader.block(body)
    return Reviewed(reader.paragraphs, _comments(parts), reader.tables, read_base(parts.get(BASE_PART)))


def _style_names(data: bytes | None) -> dict[str, str]:
    """Style id → name; names as python-docx shows them (Word's built-in ones capitalised)."""
    from docx.styles import BabelFish

    if data is None:
        return {}
    names = {}
    for style in safe_xml(data).iter(wtag("style")):
        name = style.find(wtag("name"))
        if name is not None:
            names[style.get(wtag("styleId"), "")] = BabelFish.internal2ui(name.get(wtag("val"), ""))
    return names


class _BodyReader:
    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.paragraphs: list[Paragraph] = []
        self.tables: list[str] = []
        self.boxes: list[_Element] = []  # text boxes met in the current paragraph

    def block(self, parent: _Element) -> None:
        """Paragraphs and tables of the body (or of a text box), in order."""
        for child in parent:
            if child.tag == wtag("p"):
                self.paragraph(child)
            elif child.tag == wtag("tbl"):
                self.tables.append("".join(t.text or "" for t in child.iter(wtag("t"))))
            elif child.tag in (wtag("sdt"), wtag("sdtContent"), wtag("customXml")):
                self.block(child)

    def paragraph(self, element: _Element) -> None:
        style = element.find(f"{wtag('pPr')}/{wtag('pStyle')}")
        paragraph = Paragraph(self.names.get(style.get(wtag("val"), ""), "") if style is not None else "")
        mark = element.find(f"{wtag('pPr')}/{wtag('rPr')}")
        if mark is not None:
            changes = [c for c in (*mark.findall(wtag("ins")), *mark.findall(wtag("del")))
                       if c.get(wtag("author")) != EDITOR]
            paragraph.mark_inserted = any(c.tag == wtag("ins") for c in changes)
            paragraph.mark_deleted = any(c.tag == wtag("del") for c in changes)
            paragraph.authors.extend(c.get(wtag("author"), "") for c in changes)
        boxes: list[_Element] = []
        self._content(element, paragraph, boxes, inserted=False, deleted=False, author="")
        self.paragraphs.append(paragraph)
        for box in boxes:
            self.block(box)

    def _content(self, parent: _Element, paragraph: Paragraph, boxes: list[_Element], *,
                 inserted: bool, deleted: bool, author: str) -> None:
        for child in parent:
            tag = child.tag
            if (tag in _INSERTED or tag in _DELETED) and child.get(wtag("author")) == EDITOR:
                if tag in _INSERTED:  # the editor's own change: as if accepted
                    self._content(child, paragraph, boxes, inserted=inserted, deleted=deleted, author=author)
            elif tag in _INSERTED or tag in _DELETED:
                who = child.get(wtag("author"), "")
                paragraph.authors.append(who)
                self._content(child, paragraph, boxes, inserted=inserted or tag in _INSERTED,
                              deleted=deleted or tag in _DELETED, author=who)
            elif tag == wtag("r"):
                self._run(child, paragraph, boxes, inserted, deleted, author)
            elif tag in (wtag("commentRangeStart"), wtag("commentRangeEnd")):
                kind = "start" if tag == wtag("commentRangeStart") else "end"
                paragraph.marks.append(Mark(child.get(wtag("id"), ""), kind, len(paragraph.old), len(paragraph.new)))
            elif tag in _CONTAINERS:
                self._content(child, paragraph, boxes, inserted=inserted, deleted=deleted, author=author)

    def _run(self, run: _Element, paragraph: Paragraph, boxes: list[_Element], inserted: bool,
             deleted: bool, author: str) -> None:
        for child in run.iter():
            if child.tag in _TEXT:
                text = child.text or ""
            elif child.tag in _SPECIAL:
                text = _SPECIAL[child.tag]
            else:
                if child.tag == wtag("commentReference"):
                    paragraph.marks.append(Mark(child.get(wtag("id"), ""), "reference", len(paragraph.old),
                                                len(paragraph.new)))
                elif child.tag == wtag("txbxContent") and not _within(child, run, f"{{{MC}}}Fallback"):
                    boxes.append(child)
                continue
            if _within(child, run, wtag("txbxContent")):
                continue  # a text box's own paragraphs are read after this one
            paragraph.pieces.append(Piece(text, inserted, deleted, author))


def _within(element: _Element, run: _Element, tag: str) -> bool:
    """Whether ``element`` lies in a ``tag`` inside ``run``."""
    for ancestor in element.iterancestors():
        if ancestor is run:
            return False
        if ancestor.tag == tag:
            return True
    return False


def _comments(parts: dict[str, bytes]) -> dict[str, Comment]:
    data = parts.get("word/comments.xml")
    if data is None:
        return {}
    done = _done_paragraphs(parts.get("word/commentsExtended.xml"))
    comments = {}
    for element in safe_xml(data).iter(wtag("comment")):
        paragraphs = element.findall(f".//{wtag('p')}")
        text = "\n".join("".join(t.text or "" for t in p.iter(wtag("t"))) for p in paragraphs)
        last = paragraphs[-1].get(f"{{{W14}}}paraId") if paragraphs else None
        comment_id = element.get(wtag("id"), "")
        comments[comment_id] = Comment(comment_id, element.get(wtag("author"), ""),
                                       element.get(wtag("date"), ""), text.strip(), last in done)
    return comments


def _done_paragraphs(data: bytes | None) -> set[str]:
    """The paragraph ids (``w14:paraId`` of a comment's last paragraph) marked done."""
    if data is None:
        return set()
    return {entry.get(f"{{{W15}}}paraId", "") for entry in safe_xml(data).iter(f"{{{W15}}}commentEx")
            if entry.get(f"{{{W15}}}done") in ("1", "true")}
