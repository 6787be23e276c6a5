"""Word export in the bulletin's layout: blocks from ``layout.blocks.issue_blocks``, layout from the
profile, written atomically. ``bulletin export`` and the editor both call this module.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import lxml.etree as etree
from lxml.etree import _Element

from ...issue.issue_file import load_issue
from ...issue.model import Issue
from ...issue.places import describe
from ...issue.textclean import strip_control
from ...issue.validation import Finding, Severity, validate
from ...layout.blocks import Block, issue_blocks, issue_line
from ...layout.foot import DISTRIBUTION_STYLE, distribution_height_pt, estimated_lines
from ...layout.profile import Profile, ProfileError, load_named, load_profile, profile_problem
from ...layout.titles import section_titles
from ...storage.atomic import write_atomic
from ...storage.outputs import check_output
from . import coreprops
from .footbox import foot_frames
from .ooxml import parse_xml, qn
from .package import CORE_PART, DOCUMENT_PART, Template
from .paragraphs import ParagraphMaker

_BODY, _SECTION = qn("w:body"), qn("w:sectPr")


class ExportRefused(Exception):
    """The issue has validation errors and the export was not forced."""

    def __init__(self, findings: list[Finding], section_titles: Mapping[str, str]) -> None:
        self.findings = findings
        self.section_titles = section_titles  # the profile's, to name the findings' places
        super().__init__(f"有 {len(findings)} 个错误，未导出")


class ExportResult(NamedTuple):
    warnings: list[str]
    written: list[Path]


def export_file(
    source: Path | str,
    output: Path | str,
    *,
    profile: str | Path | None = None,
    force: bool = False,
    pdf: bool = False,
) -> ExportResult:
    """Export the issue file ``source`` to ``output`` (.docx), and to PDF when asked.

    An issue naming a profile that cannot be used is refused with its findings (that one
    among them) unless forced; forced, the profile's own error is raised. ``force`` also
    replaces existing outputs; an output that is an input or not a regular file is refused
    even so (WriteError, before any work).
    """
    output = Path(output)
    inputs = [Path(source)] + ([Path(profile)] if profile is not None else [])
    check_output(output, inputs=inputs, force=force, suffix=".docx")
    if pdf:
        check_output(output.with_suffix(".pdf"), inputs=inputs, force=force)
    issue = load_issue(source)
    try:
        chosen = load_profile(profile) if profile is not None else load_named(issue.profile)
    except ProfileError:
        if profile is None and not force:
            raise ExportRefused(_errors(issue), section_titles(issue.profile)) from None
        raise
    result = export_docx(issue, output, chosen, force=force)
    if pdf:
        from ..pdf import render_pdf

        result.written.append(render_pdf(output, output.with_suffix(".pdf")))
    return result


def export_docx(issue: Issue, output: Path | str, profile: Profile, force: bool = False) -> ExportResult:
    """Write ``issue`` as a Word file; raises ExportRefused on errors unless ``force``."""
    errors = _errors(issue)
    if errors and not force:
        raise ExportRefused(errors, profile.sections)
    warnings = [f"有 {len(errors)} 个错误，已按要求强制导出"] if errors else []
    package, cleaning = build_document(issue, profile, strict=not force)
    write_atomic(Path(output), package)
    return ExportResult(warnings=warnings + cleaning, written=[Path(output)])


def _errors(issue: Issue) -> list[Finding]:
    return [f for f in validate(issue, profile_problem=profile_problem) if f.severity is Severity.ERROR]


def build_document(issue: Issue, profile: Profile, *, strict: bool = True) -> tuple[bytes, list[str]]:
    """The Word file of ``issue`` (the package's bytes) and the warnings about text that had
    to be cleaned."""
    styled = styled_template(profile)
    document = copy.deepcopy(styled.document)
    body = document.find(_BODY)
    section = body.find(_SECTION)
    body.remove(section)
    warnings = append_issue(body, issue, styled, strict=strict)
    body.append(section)
    return styled.package.package({
        DOCUMENT_PART: serialise(document),
        CORE_PART: serialise(core_properties(styled.core, issue, profile)),
    }), warnings


def append_issue(body: _Element, issue: Issue, styled: _StyledTemplate, *, strict: bool) -> list[str]:
    """Append the paragraphs of ``issue`` to ``body`` (the 版记 framed at the foot of its last
    page); returns the warnings about text that had to be cleaned."""
    profile = styled.profile
    warnings = []
    foot = []
    for block in issue_blocks(issue, profile, strict=strict):
        paragraph, removed = styled.paragraphs.append(body, block)
        if removed:
            warnings.append(f"{describe(block.path, profile.sections)}：删除了 {removed} 个控制字符")
        if block.style == DISTRIBUTION_STYLE:
            foot.append((block, paragraph))
    if foot:
        body.append(_foot_box(foot, profile))
    return warnings


class _StyledTemplate(NamedTuple):
    """The empty document with the profile's styles, page, footers and settings."""

    profile: Profile
    package: Template
    document: _Element  # word/document.xml: an empty body with the section's properties
    core: bytes  # docProps/core.xml
    paragraphs: ParagraphMaker


_TEMPLATES: dict[int, _StyledTemplate] = {}
_BUILDING = threading.Lock()  # the editor warms a template in a worker thread (warm_template)


def styled_template(profile: Profile) -> _StyledTemplate:
    """The profile's template: kept in memory, read from the user's cache or built once."""
    cached = _TEMPLATES.get(id(profile))
    if cached is not None and cached.profile is profile:
        return cached
    with _BUILDING:  # an export waits for a warm-up under way instead of building twice
        cached = _TEMPLATES.get(id(profile))
        if cached is None or cached.profile is not profile:
            from .template_cache import load_or_build

            package, style_ids = load_or_build(profile)
            cached = _TEMPLATES[id(profile)] = _StyledTemplate(
                profile, package, etree.fromstring(package.part(DOCUMENT_PART)), package.part(CORE_PART),
                ParagraphMaker(profile, style_ids),
            )
    return cached


def warm_template(profile: Profile) -> None:
    """Have ``profile``'s template ready, so that the first export takes no longer than the
    next ones (the editor calls this in a worker thread after it starts)."""
    styled_template(profile)


def _foot_box(foot: list[tuple[Block, _Element]], profile: Profile) -> _Element:
    """The distribution paragraphs made frames at the foot of the last page; returns the empty
    paragraph after them that reserves their room."""
    style = profile.styles[DISTRIBUTION_STYLE]
    lines = [estimated_lines(b.text, style, profile) for b, _ in foot]
    return foot_frames([p for _, p in foot], lines, profile, distribution_height_pt(profile, lines))


def serialise(element: _Element) -> bytes:
    """An XML part as python-docx stores it."""
    return etree.tostring(element, encoding="UTF-8", standalone=True)


def core_properties(template: bytes, issue: Issue, profile: Profile) -> _Element:
    """The core properties (title, subject, author, dates…) of the issue's Word file."""
    element = parse_xml(template)
    line = strip_control(issue_line(issue, profile))[0]
    coreprops.set_text(element, "dc:title", f"{profile.title} {line}")
    coreprops.set_text(element, "dc:subject", f"{profile.title}（{issue.masthead.issuer or profile.issuer}）")
    coreprops.set_text(element, "dc:creator", profile.author)
    coreprops.set_text(element, "cp:lastModifiedBy", profile.author)
    coreprops.set_text(element, "cp:keywords", "；".join(profile.keywords))
    coreprops.set_text(element, "dc:description", "")
    coreprops.set_revision(element, 1)
    date = issue.masthead.date
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    coreprops.set_time(element, "dcterms:created", issue_day_start(date) if isinstance(date, dt.date) else now)
    coreprops.set_time(element, "dcterms:modified", now)
    return element


CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")  # one zone, no daylight saving


def issue_day_start(date: dt.date) -> dt.datetime:
    """The issue's date-only day as a creation time: 00:00 of that day in China, in UTC (the
    previous day 16:00Z), since core properties store UTC and python-docx writes the
    clock time with a ``Z``. Word shows it in the reader's zone: in China, the issue date 0:00.
    """
    return dt.datetime.combine(date, dt.time(0), CHINA_STANDARD_TIME).astimezone(dt.timezone.utc)
