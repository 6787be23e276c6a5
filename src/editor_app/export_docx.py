"""Word export in the bulletin's layout: blocks from ``blocks.issue_blocks``, layout from the
profile, written atomically. ``bulletin export`` and the editor both call this module.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from lxml.etree import _Element

from .atomic import write_atomic
from .blocks import Block, issue_blocks, issue_line
from .docx_footbox import foot_box
from .docx_page import (
    add_font_table_entries,
    add_page_numbers,
    mm_to_emu,
    set_chinese_settings,
    setup_page,
)
from .docx_styles import apply_styles
from .docx_xml import set_fonts
from .foot import DISTRIBUTION_STYLE, distribution_height_pt, estimated_lines
from .issue_file import load_issue
from .locations import describe
from .model import Issue
from .profile import Profile, load_profile
from .textclean import strip_control
from .validation import Finding, Severity, validate


class ExportRefused(Exception):
    """The issue has validation errors and the export was not forced."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__(f"有 {len(findings)} 个错误，未导出")


@dataclass
class ExportResult:
    warnings: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def export_file(
    source: Path | str,
    output: Path | str,
    *,
    profile: str | Path | None = None,
    force: bool = False,
    pdf: bool = False,
) -> ExportResult:
    """Export the issue file ``source`` to ``output`` (.docx), and to PDF when asked."""
    issue = load_issue(source)
    result = export_docx(issue, output, load_profile(profile or issue.profile), force=force)
    if pdf:
        from .pdf_render import render_pdf

        result.written.append(render_pdf(Path(output), Path(output).with_suffix(".pdf")))
    return result


def export_docx(issue: Issue, output: Path | str, profile: Profile, force: bool = False) -> ExportResult:
    """Write ``issue`` as a Word file; raises ExportRefused on errors unless ``force``."""
    errors = [f for f in validate(issue) if f.severity is Severity.ERROR]
    if errors and not force:
        raise ExportRefused(errors)
    warnings = [f"有 {len(errors)} 个错误，已按要求强制导出"] if errors else []
    document, cleaning = build_document(issue, profile, strict=not force)
    write_atomic(Path(output), document.save)
    return ExportResult(warnings=warnings + cleaning, written=[Path(output)])


def build_document(issue: Issue, profile: Profile, *, strict: bool = True) -> tuple[Document, list[str]]:
    """The Word document of ``issue`` and the warnings about text that had to be cleaned."""
    template, style_ids = _styled_template(profile)
    document = docx.Document(io.BytesIO(template))
    warnings = []
    foot = []
    for block in issue_blocks(issue, profile, strict=strict):
        paragraph, removed = _add_block(document, block, style_ids[block.style], profile)
        if removed:
            warnings.append(f"{describe(block.path)}：删除了 {removed} 个控制字符")
        if block.style == DISTRIBUTION_STYLE:
            foot.append((block, paragraph))
    if foot:
        _put_at_foot(document, foot, profile)
    _set_properties(document, issue, profile)
    return document, warnings


_TEMPLATES: dict[int, tuple[Profile, bytes, dict[str, str]]] = {}


def _styled_template(profile: Profile) -> tuple[bytes, dict[str, str]]:
    """The empty document with the profile's styles, page, footers and settings, built once.

    Returns the package bytes and the Word style id of each profile style; reloading the
    bytes costs a third of building the styles again for every export.
    """
    cached = _TEMPLATES.get(id(profile))
    if cached is None or cached[0] is not profile:
        document = docx.Document()
        style_names = apply_styles(document, profile)
        section = setup_page(document, profile)
        add_page_numbers(document, section, profile)
        set_chinese_settings(document, profile)
        add_font_table_entries(document, profile)
        # Style ids resolved once: python-docx looks a style name up by scanning all styles.
        style_ids = {key: document.styles[name].style_id for key, name in style_names.items()}
        buffer = io.BytesIO()
        document.save(buffer)
        cached = _TEMPLATES[id(profile)] = (profile, buffer.getvalue(), style_ids)
    return cached[1], cached[2]


def _add_block(document: Document, block: Block, style_id: str, profile: Profile) -> tuple[_Element, int]:
    """Append one block as a paragraph; returns it and how many control characters were removed."""
    paragraph = document.add_paragraph()
    paragraph._p.style = style_id
    east_asian = profile.font_of(block.style).east_asian
    removed = 0
    for run in block.runs:
        text, count = strip_control(run.text)
        removed += count
        word_run = paragraph.add_run(text)
        if run.bold:
            word_run.bold = True
        set_fonts(word_run._r.get_or_add_rPr(), east_asian)
    return paragraph._p, removed


def _put_at_foot(document: Document, foot: list[tuple[Block, _Element]], profile: Profile) -> None:
    """Move the distribution paragraphs into a text box at the foot of the last page."""
    style = profile.styles[DISTRIBUTION_STYLE]
    page = profile.page
    width = mm_to_emu(page.width_mm) - mm_to_emu(page.margin_left_mm) - mm_to_emu(page.margin_right_mm)
    height = distribution_height_pt(profile, [estimated_lines(b.text, style, profile) for b, _ in foot])
    anchor = foot_box([p for _, p in foot], style.word_name, style.rule_between, width, height)
    document.element.body.find(qn("w:sectPr")).addprevious(anchor)


def _set_properties(document: Document, issue: Issue, profile: Profile) -> None:
    props = document.core_properties
    line = strip_control(issue_line(issue, profile))[0]
    props.title = f"{profile.title} {line}"
    props.subject = f"{profile.title}（{issue.masthead.issuer or profile.issuer}）"
    props.author = props.last_modified_by = profile.author
    props.keywords = "；".join(profile.keywords)
    props.comments = ""
    props.revision = 1
    date = issue.masthead.date
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    props.created = (dt.datetime.combine(date, dt.time(9), dt.timezone.utc)
                     if isinstance(date, dt.date) else now)
    props.modified = now
