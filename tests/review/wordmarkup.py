"""Reviewed files with Word's own markup, built by hand to the Open XML standard (ECMA-376):
tracked insertions and deletions with rsids, moves, a deleted paragraph mark, comments with
``commentsExtended.xml`` (w15:done) and ``commentsIds.xml``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import lxml.etree as etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DATE = "2026-12-01T09:30:00Z"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class WordReview:
    """An exported file opened for review: change its paragraphs as Word records changes."""

    def __init__(self, source: Path) -> None:
        with zipfile.ZipFile(source) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self.document = etree.fromstring(self.parts["word/document.xml"])
        self.paragraphs = self.document.findall(f"{w('body')}/{w('p')}")
        self.comments: list[tuple[str, str, str, bool]] = []
        self._id = 100

    def _next(self) -> str:
        self._id += 1
        return str(self._id)

    def paragraph(self, starts: str) -> etree._Element:
        return next(p for p in self.paragraphs if "".join(p.itertext()).startswith(starts))

    def _split(self, paragraph: etree._Element, text: str) -> etree._Element:
        """Split the run holding ``text`` into runs before, of and after it; returns the run
        of ``text``."""
        for run in paragraph.iter(w("r")):
            t = run.find(w("t"))
            if t is not None and t.text and text in t.text:
                before, _, after = t.text.partition(text)
                parent = run.getparent()
                position = parent.index(run)
                pieces = []
                for piece in (before, text, after):
                    new = etree.SubElement(parent, w("r"))
                    parent.remove(new)
                    properties = run.find(w("rPr"))
                    if properties is not None:
                        new.append(etree.fromstring(etree.tostring(properties)))
                    new.set(w("rsidR"), "00A1B2C3")
                    element = etree.SubElement(new, w("t"))
                    element.text = piece
                    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    pieces.append(new)
                parent.remove(run)
                for offset, new in enumerate(p for p in pieces if "".join(p.itertext())):
                    parent.insert(position + offset, new)
                return pieces[1]
        raise AssertionError(f"{text} not found")

    def _change(self, tag: str, author: str) -> etree._Element:
        change = etree.Element(w(tag))
        change.set(w("id"), self._next())
        change.set(w("author"), author)
        change.set(w("date"), DATE)
        return change

    def replace(self, paragraph: etree._Element, old: str, new: str, author: str = "审稿人李四") -> None:
        run = self._split(paragraph, old)
        deletion = self._change("del", author)
        run.addprevious(deletion)
        deletion.append(run)
        run.set(w("rsidDel"), "00D4E5F6")
        text = run.find(w("t"))
        text.tag = w("delText")
        if new:
            insertion = self._change("ins", author)
            deletion.addnext(insertion)
            added = etree.fromstring(etree.tostring(run))
            added.find(w("delText")).tag = w("t")
            added.find(w("t")).text = new
            insertion.append(added)

    def move(self, paragraph: etree._Element, text: str, before: str, author: str = "审稿人李四") -> None:
        """Move ``text`` to just before ``before`` in the same paragraph (w:moveFrom/w:moveTo)."""
        self.replace(paragraph, text, "", author)
        moved = paragraph.find(f".//{w('del')}[last()]")
        moved.tag = w("moveFrom")
        target = self._split(paragraph, before)
        arrived = self._change("moveTo", author)
        target.addprevious(arrived)
        copy = etree.SubElement(arrived, w("r"))
        etree.SubElement(copy, w("t")).text = text

    def delete_paragraph(self, paragraph: etree._Element, author: str = "审稿人李四") -> None:
        """Delete the whole paragraph: its text and its mark."""
        text = "".join(paragraph.itertext())
        self.replace(paragraph, text, "", author)
        properties = paragraph.find(w("pPr"))
        mark = properties.find(w("rPr"))
        if mark is None:
            mark = etree.SubElement(properties, w("rPr"))
        mark.append(self._change("del", author))

    def comment(self, paragraph: etree._Element, text: str, note: str, author: str = "审稿人李四",
                done: bool = False, end: etree._Element | None = None, end_text: str | None = None) -> None:
        """A comment on ``text`` (to ``end_text`` in paragraph ``end`` when given)."""
        comment_id = str(len(self.comments))
        first = self._split(paragraph, text)
        last = first if end is None else self._split(end, end_text or "")
        start = etree.Element(w("commentRangeStart"))
        start.set(w("id"), comment_id)
        first.addprevious(start)
        stop = etree.Element(w("commentRangeEnd"))
        stop.set(w("id"), comment_id)
        last.addnext(stop)
        reference = etree.Element(w("r"))
        etree.SubElement(reference, w("commentReference")).set(w("id"), comment_id)
        stop.addnext(reference)
        self.comments.append((author, note, comment_id, done))

    def save(self, target: Path) -> Path:
        parts = dict(self.parts)
        parts["word/document.xml"] = etree.tostring(self.document, xml_declaration=True, encoding="UTF-8",
                                                    standalone=True)
        if self.comments:
            parts.update(self._comment_parts())
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        return target

    def _comment_parts(self) -> dict[str, bytes]:
        nsmap = {"w": W, "w14": W14, "w15": W15, "w16cid": W16CID}
        comments = etree.Element(w("comments"), nsmap=nsmap)
        extended = etree.Element(f"{{{W15}}}commentsEx", nsmap=nsmap)
        ids = etree.Element(f"{{{W16CID}}}commentsIds", nsmap=nsmap)
        for number, (author, note, comment_id, done) in enumerate(self.comments):
            comment = etree.SubElement(comments, w("comment"))
            comment.set(w("id"), comment_id)
            comment.set(w("author"), author)
            comment.set(w("date"), DATE)
            comment.set(w("initials"), author[-2:])
            paragraph = etree.SubElement(comment, w("p"))
            para_id = f"1A2B3C{number:02X}"
            paragraph.set(f"{{{W14}}}paraId", para_id)
            etree.SubElement(etree.SubElement(paragraph, w("r")), w("t")).text = note
            entry = etree.SubElement(extended, f"{{{W15}}}commentEx")
            entry.set(f"{{{W15}}}paraId", para_id)
            entry.set(f"{{{W15}}}done", "1" if done else "0")
            durable = etree.SubElement(ids, f"{{{W16CID}}}commentId")
            durable.set(f"{{{W16CID}}}paraId", para_id)
            durable.set(f"{{{W16CID}}}durableId", f"7{number:07X}")
        rels = etree.fromstring(self.parts["word/_rels/document.xml.rels"])
        types = etree.fromstring(self.parts["[Content_Types].xml"])
        base = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        for number, (name, kind, content) in enumerate((
            ("comments.xml", f"{REL}/comments", f"{base}.comments+xml"),
            ("commentsExtended.xml", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
             f"{base}.commentsExtended+xml"),
            ("commentsIds.xml", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
             f"{base}.commentsIds+xml"),
        )):
            relation = etree.SubElement(rels, f"{{{PKG_REL}}}Relationship")
            relation.set("Id", f"rIdReview{number}")
            relation.set("Type", kind)
            relation.set("Target", name)
            override = etree.SubElement(types, f"{{{CT}}}Override")
            override.set("PartName", f"/word/{name}")
            override.set("ContentType", content)
        serialise = lambda e: etree.tostring(e, xml_declaration=True, encoding="UTF-8", standalone=True)  # noqa: E731
        return {"word/comments.xml": serialise(comments), "word/commentsExtended.xml": serialise(extended),
                "word/commentsIds.xml": serialise(ids), "word/_rels/document.xml.rels": serialise(rels),
                "[Content_Types].xml": serialise(types)}
