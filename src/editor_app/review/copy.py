"""The review copy: the bulletin as exported, plus the open validation warnings (author
``EDITOR``) and the reviewers' unresolved comments of earlier rounds (by their authors) as Word
comments on the paragraphs of the fields they concern, so that Word's, WPS's and
LibreOffice's review panes list them; read back, a kept comment is not kept twice.

The export itself is untouched: its package is read back and given a comments part, each
comment's range around the paragraph that prints the field (the export prints one paragraph
per block of ``issue_blocks``, in order).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import lxml.etree as etree
from lxml.etree import _Element

from ..export.docx.exporter import ExportResult, build_document
from ..issue.issue_file import dump_issue, load_issue
from ..issue.model import Issue, ReviewNote
from ..issue.places import Place, undotted
from ..issue.typography import space_spans_in_chinese
from ..issue.validation import FIX_RANGES, FIX_SPACES, Finding, Severity
from ..layout.blocks import Block, issue_blocks
from ..layout.profile import Profile, load_named, load_profile, validate_in_profile
from ..storage.atomic import write_atomic
from ..storage.outputs import check_output
from .base import embed_base, exported_issue, with_child
from .changes import ChangeMarker
from .markup import EDITOR, W, wtag

_RELS = "word/_rels/document.xml.rels"
_TYPES = "[Content_Types].xml"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"



def export_review_file(source: Path | str, output: Path | str, *, profile: str | Path | None = None,
                       force: bool = False, pdf: bool = False, since: Path | None = None,
                       since_review: Path | None = None) -> ExportResult:
    """``bulletin export --review``: the issue file ``source`` as a review copy (and its PDF),
    with the changes since the issue file ``since``, or since the issue as exported into the
    review copy ``since_review``, tracked when given."""
    output = Path(output)
    inputs = [Path(source)] + ([Path(profile)] if profile else []) + [p for p in (since, since_review) if p]
    check_output(output, inputs=inputs, force=force, suffix=".docx")
    if pdf:
        check_output(output.with_suffix(".pdf"), inputs=inputs, force=force)
    issue = load_issue(source)
    chosen = load_profile(profile) if profile is not None else load_named(issue.profile)
    earlier = load_issue(since) if since is not None else None
    if since_review is not None:
        earlier = exported_issue(since_review)
    result = export_review_copy(issue, output, chosen, force=force, earlier=earlier)
    if pdf:
        from ..export.pdf import render_pdf

        result.written.append(render_pdf(output, output.with_suffix(".pdf")))
    return result


def export_review_copy(issue: Issue, output: Path, profile: Profile, *, force: bool = False,
                       earlier: Issue | None = None) -> ExportResult:
    """Write the review copy of ``issue`` (the changes since ``earlier`` tracked); refused on
    errors as the export is, unless ``force``."""
    from ..export.docx.exporter import ExportRefused

    findings = [f for f in validate_in_profile(issue) if f.severity is not Severity.INFO]  # open ones
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors and not force:
        raise ExportRefused(errors, profile.sections)
    package, warnings = build_document(issue, profile, strict=not force)
    blocks = issue_blocks(issue, profile, strict=not force)
    before = issue_blocks(earlier, profile, strict=False) if earlier is not None else None
    write_atomic(output, review_package(package, blocks, findings, profile, before, dump_issue(issue, output),
                                        issue.review))
    return ExportResult(warnings=warnings, written=[output])


def block_of(place: Place, blocks: list[Block]) -> int:
    """The index of the block printing the field at ``place``: the one whose place shares the
    longest start with it (the first block, the masthead title, when none does)."""
    def shared(block: Block) -> int:
        count = 0
        for mine, theirs in zip(block.path, place, strict=False):
            if mine != theirs:
                break
            count += 1
        return count

    best = max(range(len(blocks)), key=lambda i: (shared(blocks[i]), -i))
    return best if shared(blocks[best]) else 0


def review_package(package: bytes, blocks: list[Block], findings: list[Finding], profile: Profile,
                   earlier: list[Block] | None = None, issue_text: str | None = None,
                   notes: Sequence[ReviewNote] = ()) -> bytes:
    """The Word package with each finding and each open review note (a reviewer's comment of
    an earlier round, by its author) as a comment on its field's paragraph, the
    changes since ``earlier`` (the blocks an earlier version printed) tracked, and the issue
    file's text ``issue_text`` kept as what the copy was made from (``review.base``)."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    document = etree.fromstring(parts["word/document.xml"])
    body = document.find(wtag("body"))
    assert body is not None
    paragraphs = body.findall(wtag("p"))
    comments = etree.Element(wtag("comments"), nsmap={"w": W})
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    if earlier is not None:
        ChangeMarker(now).mark(paragraphs, blocks, earlier)
    entries = [(finding.path, EDITOR, now,
                f"{finding.severity.label}（{finding.place_in(profile.sections)}）：{for_reviewer(finding.message)}",
                finding) for finding in findings]
    entries += [(undotted(note.place), note.author, note.date, note.text, None)
                for note in notes if not note.resolved]
    for number, (place, author, date, text, finding) in enumerate(entries):
        index = block_of(place, blocks)
        span = finding_span(finding, blocks[index].text) if finding is not None and earlier is None else None
        if span is None or not _anchor_span(paragraphs[index], str(number), *span):
            _anchor(paragraphs[index], str(number))
        attributes = {wtag("id"): str(number), wtag("author"): author, wtag("initials"): author[:2]}
        if date:
            attributes[wtag("date")] = date
        comment = etree.SubElement(comments, wtag("comment"), attributes)
        etree.SubElement(etree.SubElement(etree.SubElement(comment, wtag("p")), wtag("r")), wtag("t")).text = text
    parts["word/document.xml"] = etree.tostring(document, encoding="UTF-8", standalone=True)
    if entries:
        parts["word/comments.xml"] = etree.tostring(comments, encoding="UTF-8", standalone=True)
        parts[_RELS] = with_child(parts[_RELS], "Relationship",
                                  {"Type": _COMMENTS_REL, "Target": "comments.xml"}, "Id")
        parts[_TYPES] = with_child(parts[_TYPES], "Override",
                                   {"PartName": "/word/comments.xml", "ContentType": _COMMENTS_TYPE})
    if issue_text is not None:
        embed_base(parts, issue_text)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


_TOOL_HINT = re.compile(r"[，；](?:或|请)用“工具 › [^”]*”(?:删除)?")


def for_reviewer(message: str) -> str:
    """A finding's message without its hint at the editor's 工具 menu, which a reviewer in
    Word does not have."""
    return _TOOL_HINT.sub("", message)


def finding_span(finding: Finding, text: str) -> tuple[int, int] | None:
    """The characters of ``text`` a typography finding is about (a half-width space with the
    characters either side, a range written with a hyphen); None for other findings."""
    if finding.fix == FIX_SPACES and (spans := space_spans_in_chinese(text)):
        start, end = spans[0]
        return max(0, start - 1), min(len(text), end + 1)
    written = dict(finding.arguments).get("written")
    if finding.fix == FIX_RANGES and written and (at := text.find(written)) >= 0:
        return at, at + len(written)
    return None


def _split_run(run: _Element, at: int) -> _Element:
    """Split a run of one ``w:t`` at character ``at``; the second half, placed after it."""
    second = copy.deepcopy(run)
    first_text, second_text = run.find(wtag("t")), second.find(wtag("t"))
    assert first_text is not None and second_text is not None
    whole = first_text.text or ""
    first_text.text, second_text.text = whole[:at], whole[at:]
    for element in (first_text, second_text):
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(second)
    return second


def _anchor_span(paragraph: _Element, comment_id: str, start: int, end: int) -> bool:
    """A comment range around characters ``start``–``end`` of the paragraph's text; False
    (nothing changed) unless its runs are plain runs of one ``w:t`` each."""
    runs = [child for child in paragraph if child.tag != wtag("pPr")]
    if not runs or end <= start or any(r.tag != wtag("r") or [c.tag for c in r if c.tag != wtag("rPr")] != [wtag("t")]
                                       for r in runs):
        return False
    offset, first, last = 0, None, None
    for run in list(runs):
        text = run.findtext(wtag("t")) or ""
        if first is None and offset <= start < offset + len(text):
            first = _split_run(run, start - offset) if start > offset else run
            if end <= offset + len(text):
                last = first
                if end < offset + len(text):
                    _split_run(first, end - start)
                break
        elif first is not None and end <= offset + len(text):
            last = run
            if end < offset + len(text):
                _split_run(run, end - offset)
            break
        offset += len(text)
    if first is None or last is None:
        return False
    first.addprevious(etree.Element(wtag("commentRangeStart"), {wtag("id"): comment_id}))
    last.addnext(etree.Element(wtag("commentRangeEnd"), {wtag("id"): comment_id}))
    reference = etree.Element(wtag("r"))
    etree.SubElement(reference, wtag("commentReference"), {wtag("id"): comment_id})
    last.getnext().addnext(reference)
    return True


def _anchor(paragraph: _Element, comment_id: str) -> None:
    """A comment range around the paragraph's runs and its reference at the end."""
    start = etree.Element(wtag("commentRangeStart"), {wtag("id"): comment_id})
    properties = paragraph.find(wtag("pPr"))
    if properties is None:
        paragraph.insert(0, start)
    else:
        properties.addnext(start)
    paragraph.append(etree.Element(wtag("commentRangeEnd"), {wtag("id"): comment_id}))
    reference = etree.SubElement(paragraph, wtag("r"))
    etree.SubElement(reference, wtag("commentReference"), {wtag("id"): comment_id})
