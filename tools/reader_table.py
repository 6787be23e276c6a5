"""The 版记 across readers: for each way of setting it at the foot of the last page, does every
reader read every text of the issue exactly once, and where does LibreOffice put it?

Exports sample issues with each foot construct, then reads every file back with openxml-audit
(validity), LibreOffice (PDF + pdftotext; .docx → .odt → .docx; .docx → .doc → .docx), pandoc,
python-docx, mammoth and docx2python. For the PDF and the .doc (rendered to PDF) it also checks
that the 版记 sits at the foot of the last page, clear of the text and of the page number.

    python tools/reader_table.py                  # a plain summary
    python tools/reader_table.py --markdown > docs/readers.md
    python tools/reader_table.py --construct "text box" --keep /tmp/readers
"""

from __future__ import annotations

import argparse
import copy
import io
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import lxml.etree as etree
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import _Element

from editor_app.export.docx.exporter import build_document
from editor_app.export.docx.footbox import foot_frames, mm_to_twips
from editor_app.export.docx.package import DOCUMENT_PART
from editor_app.export.pdf import fontconfig_file
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue, Item
from editor_app.issue.sections import NEWS_KEYS, news_section
from editor_app.layout.blocks import Block, issue_blocks
from editor_app.layout.foot import (
    DISTRIBUTION_STYLE,
    PT_PER_MM,
    distribution_height_pt,
    estimated_lines,
    line_pitch_pt,
)
from editor_app.layout.profile import Profile, Rule, load_profile

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "issue_templates" / "bulletin-2023-09-25.yaml"
SOFFICE_TIMEOUT_S = 300
PAGE_NUMBER = re.compile(r"^—\d+—$")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{W_NS}"'
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
EMU_PER_PT = 12700
EMU_PER_TWIP = 635
TRAILER_TWIPS = 20

_NAMESPACES = (
    f'{_W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)
# The exporter's text box until the reader table: DrawingML (wps) with a VML fallback, growing to
# its text and keeping that text at its foot, no wrapping, in an exact-height anchor paragraph.
_TEXT_BOX = """<w:p {ns}><w:pPr><w:snapToGrid w:val="0"/>
<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/></w:pPr>
<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/>{position}
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="1" name="简报版记"/><wp:cNvGraphicFramePr/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent/></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" anchorCtr="0">
<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="FootBox" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" style="{vml_style}">
<v:textbox style="mso-fit-shape-to-text:t" inset="0,0,0,0"><w:txbxContent/></v:textbox>
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"""


# --- issues ----------------------------------------------------------------------------------


def sample_issue() -> Issue:
    """The sample issue with its 版记 filled in (as tests/conftest.py's sample_with_distribution)."""
    issue = load_issue(SAMPLE)
    dist = issue.distribution
    dist.report, dist.send, dist.issue = "四川省国资委，成都市国资委", "集团领导，集团各部门", "集团各子公司"
    dist.print_count = 30
    return issue


def long_issue() -> Issue:
    """Four pages and more: the sample with news items of varied length added."""
    issue = sample_issue()
    for n in range(12):
        news_section(issue, NEWS_KEYS[1]).items.append(Item(
            headline=f"第{n + 1}条：四川推进绿色低碳转型（{2023 + n % 3}年）",
            paragraphs=["全省新增光伏装机容量120万千瓦，同比增长35%。" * (1 + n % 4), "碳排放核算体系逐步完善。"],
        ))
    return issue


def full_issue() -> Issue:
    """The sample lengthened until the 版记 no longer fits below the text of its last page."""
    issue = sample_issue()
    news_section(issue, NEWS_KEYS[-1]).items.append(Item(headline="", paragraphs=["补充一句话。" * 4] * 9))
    return issue


ISSUES: dict[str, Callable[[], Issue]] = {"sample": sample_issue, "long": long_issue, "full page": full_issue}


# --- constructs ------------------------------------------------------------------------------


@dataclass
class Foot:
    """An exported document whose 版记 is to be set: its parts, body and distribution paragraphs."""

    profile: Profile
    parts: dict[str, bytes]
    body: _Element
    paragraphs: list[_Element]  # the 版记's, one per line, in their style
    blocks: list[Block]  # the text before the 版记
    line_counts: list[int]  # estimated lines of each 版记 paragraph

    @property
    def rule(self) -> Rule | None:
        return self.profile.styles[DISTRIBUTION_STYLE].rule_between

    @property
    def width_twips(self) -> int:
        page = self.profile.page
        return mm_to_twips(page.width_mm) - mm_to_twips(page.margin_left_mm) - mm_to_twips(page.margin_right_mm)

    @property
    def height_pt(self) -> float:
        return distribution_height_pt(self.profile, self.line_counts)

    @property
    def top_pt(self) -> float:
        """Where the 版记 starts below the top margin, by the estimate."""
        page = self.profile.page
        return (page.height_mm - page.margin_top_mm - page.margin_bottom_mm) * PT_PER_MM - self.height_pt

    def table(self) -> _Element:
        """One row per paragraph; the rule above, below and between the rows as table borders."""
        rule, width = self.rule, self.width_twips
        outer = rule.size_eighths if rule else 0
        sizes = {"top": outer, "left": 0, "bottom": outer, "right": 0,
                 "insideH": (rule.inner_size_eighths or outer) if rule else 0, "insideV": 0}
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{rule.color}"/>' if rule and size
            else f'<w:{side} w:val="nil"/>' for side, size in sizes.items())
        table = parse_xml(
            f'<w:tbl {_W}><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/>'
            '<w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid></w:tbl>')
        for paragraph in self.paragraphs:
            row = parse_xml(f'<w:tr {_W}><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr></w:tc></w:tr>')
            row.find(qn("w:tc")).append(paragraph)
            table.append(row)
        return table

    def append(self, *elements: _Element) -> None:
        """Add ``elements`` at the end of the body, before its section properties."""
        section = self.body[-1]
        for element in elements:
            section.addprevious(element)


def frames(foot: Foot) -> None:
    """The exporter's: one frame per line (w:framePr), stacked up from the foot, each ruled above
    and the last below, text flowing through; an exact-height empty paragraph reserves the room."""
    foot.append(*foot.paragraphs, foot_frames(foot.paragraphs, foot.line_counts, foot.profile, foot.height_pt))


def text_box(foot: Foot, *, from_page: bool = False) -> None:
    """The table in a DrawingML text box (VML fallback) aligned to the bottom of the type area
    (``from_page``: at offsets from the page edges), anchored in an exact-height empty paragraph
    that reserves its room. The exporter's construct until the reader table was measured."""
    width, height = foot.width_twips * EMU_PER_TWIP, round(foot.height_pt * EMU_PER_PT)
    margin = '<wp:{axis} relativeFrom="margin"><wp:align>{align}</wp:align></wp:{axis}>'
    page = '<wp:{axis} relativeFrom="page"><wp:posOffset>{offset}</wp:posOffset></wp:{axis}>'
    profile_page = foot.profile.page
    if from_page:
        position = (page.format(axis="positionH", offset=mm_to_twips(profile_page.margin_left_mm) * EMU_PER_TWIP)
                    + page.format(axis="positionV", offset=round(
                        (profile_page.margin_top_mm * PT_PER_MM + foot.top_pt) * EMU_PER_PT)))
    else:
        position = margin.format(axis="positionH", align="left") + margin.format(axis="positionV", align="bottom")
    anchor = parse_xml(_TEXT_BOX.format(
        ns=_NAMESPACES, line=round(foot.height_pt * 20), cx=width, cy=height, position=position,
        vml_style=f"position:absolute;width:{width / EMU_PER_PT:.2f}pt;height:{height / EMU_PER_PT:.2f}pt;"
                  "mso-position-horizontal:left;mso-position-horizontal-relative:margin;"
                  "mso-position-vertical:bottom;mso-position-vertical-relative:margin;v-text-anchor:bottom"))
    choice, fallback = anchor.iter(qn("w:txbxContent"))
    for element in (foot.table(), _exact_paragraph(TRAILER_TWIPS)):  # a text box ends with a paragraph
        fallback.append(copy.deepcopy(element))
        choice.append(element)
    foot.append(anchor)


def floating_table(foot: Foot) -> None:
    """The table itself floating (w:tblpPr) at the foot of the type area; text flows around it."""
    table = foot.table()
    properties = table.find(qn("w:tblPr"))
    properties.insert(0, parse_xml(
        f'<w:tblpPr {_W} w:leftFromText="0" w:rightFromText="0" w:topFromText="0" '
        f'w:bottomFromText="0" w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="left" '
        f'w:tblpY="{round(foot.top_pt * 20)}"/>'))
    properties.insert(1, parse_xml(f'<w:tblOverlap {_W} w:val="never"/>'))
    foot.append(table, _exact_paragraph(TRAILER_TWIPS))


def frame(foot: Foot) -> None:
    """The paragraphs in one frame (identical w:framePr) at the foot of the type area, ruled by
    paragraph borders (top, between, bottom); text flows around it."""
    rule = foot.rule
    for paragraph in foot.paragraphs:
        properties = paragraph.find(qn("w:pPr"))
        properties.insert(1, parse_xml(
            f'<w:framePr {_W} w:w="{foot.width_twips}" w:wrap="around" w:hAnchor="margin" '
            f'w:vAnchor="margin" w:xAlign="left" w:y="{round(foot.top_pt * 20)}"/>'))
        if rule:
            sizes = {"top": rule.size_eighths, "bottom": rule.size_eighths,
                     "between": rule.inner_size_eighths or rule.size_eighths}
            borders = "".join(f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{rule.color}"/>'
                              for side, size in sizes.items())
            properties.insert(2, parse_xml(f'<w:pBdr {_W}>{borders}</w:pBdr>'))
        foot.append(paragraph)
    foot.append(_exact_paragraph(TRAILER_TWIPS))


def pushed_table(foot: Foot) -> None:
    """An ordinary table after the text, pushed down to the foot by an exact-height empty paragraph
    as tall as the room the estimated text leaves on its last page (or a new page's)."""
    profile = foot.profile
    area = (profile.page.height_mm - profile.page.margin_top_mm - profile.page.margin_bottom_mm) * PT_PER_MM
    used = estimated_last_page_pt(foot.blocks, profile, area)
    room = area - used - foot.height_pt
    if room < 0:
        room = area - foot.height_pt - line_pitch_pt(profile, profile.styles["body"])  # a new page
    foot.append(_exact_paragraph(max(20, round(room * 20))), foot.table(), _exact_paragraph(TRAILER_TWIPS))


def section_footer(foot: Foot) -> None:
    """A last, continuous section whose footers hold the table above the page number."""
    body = foot.body
    section = body[-1]
    ending = copy.deepcopy(section)  # the text's section keeps the page-number footers
    closing = _exact_paragraph(TRAILER_TWIPS)
    closing.find(qn("w:pPr")).append(ending)
    foot.append(closing)
    references = section.findall(qn("w:headerReference")) + section.findall(qn("w:footerReference"))
    references[-1].addnext(parse_xml(f'<w:type {_W} w:val="continuous"/>'))
    rels = etree.fromstring(foot.parts["word/_rels/document.xml.rels"])
    types = etree.fromstring(foot.parts["[Content_Types].xml"])
    for reference in section.findall(qn("w:footerReference")):
        relation = next(r for r in rels if r.get("Id") == reference.get(qn("r:id")))
        footer = etree.fromstring(foot.parts["word/" + relation.get("Target")])
        footer.insert(0, foot.table())
        name = f"footer-foot-{reference.get(qn('w:type'))}.xml"
        foot.parts[f"word/{name}"] = etree.tostring(footer, encoding="UTF-8", standalone=True)
        new = copy.deepcopy(relation)
        new.set("Id", f"rIdFoot{len(rels)}")
        new.set("Target", name)
        rels.append(new)
        reference.set(qn("r:id"), new.get("Id"))
        override = next(o for o in types if o.get("PartName") == "/word/" + relation.get("Target"))
        added = copy.deepcopy(override)
        added.set("PartName", f"/word/{name}")
        types.append(added)
    foot.parts["word/_rels/document.xml.rels"] = etree.tostring(rels, encoding="UTF-8", standalone=True)
    foot.parts["[Content_Types].xml"] = etree.tostring(types, encoding="UTF-8", standalone=True)


CONSTRUCTS: dict[str, Callable[[Foot], None]] = {
    "frames, one per line": frames,
    "text box": text_box,
    "text box at page offsets": lambda foot: text_box(foot, from_page=True),
    "one frame": frame,
    "floating table": floating_table,
    "table pushed to the foot": pushed_table,
    "last section's footer": section_footer,
}


def _exact_paragraph(twips: int) -> _Element:
    return parse_xml(
        f'<w:p {_W}><w:pPr><w:snapToGrid w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{twips}" w:lineRule="exact"/></w:pPr></w:p>')


def estimated_last_page_pt(blocks: Sequence[Block], profile: Profile, area: float) -> float:
    """Height the text takes on its last page: whole lines on the grid, paragraphs split across
    pages (two lines at least on either side), headings kept with what follows."""
    pitch = profile.page.line_pitch_twips / 20
    used = 0.0
    for index, block in enumerate(blocks):
        style = profile.styles[block.style]
        line = pitch * math.ceil(line_pitch_pt(profile, style) / pitch - 0.01)
        lines = estimated_lines(block.text, style, profile)
        before = style.space_before_pt if used else 0.0
        after = style.space_after_pt
        height = before + lines * line + after
        if style.keep_with_next and index + 1 < len(blocks):
            height += 2 * pitch  # the next paragraph's first lines come along
        if used + height <= area:
            used += before + lines * line + after
            continue
        fitting = int((area - used - before) // line)
        if lines >= 4 and not style.keep_with_next and 2 <= fitting <= lines - 2:
            used = (lines - fitting) * line + after  # split: the rest opens the next page
        else:
            used = lines * line + after  # the whole paragraph moves to the next page
    return used


def export(issue: Issue, construct: Callable[[Foot], None], target: Path) -> None:
    """Export ``issue`` and set its 版记 with ``construct`` instead of the exporter's own."""
    profile = load_profile()
    blocks = issue_blocks(issue, profile, strict=False)
    package, _ = build_document(issue, profile, strict=False)
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    document = etree.fromstring(parts[DOCUMENT_PART])
    body = document.find(qn("w:body"))
    text_blocks = [b for b in blocks if b.style != DISTRIBUTION_STYLE]
    distribution = [b for b in blocks if b.style == DISTRIBUTION_STYLE]
    exported_foot = list(body)[len(text_blocks):-1]  # one paragraph a block, then the foot
    paragraphs = [p for element in exported_foot for p in element.iter(qn("w:p"))
                  if not any(a.tag == _FALLBACK for a in p.iterancestors())
                  and "".join(p.itertext()) in {b.text for b in distribution}]
    for element in exported_foot:
        body.remove(element)
    style = profile.styles[DISTRIBUTION_STYLE]
    plain = [copy.deepcopy(p) for p in paragraphs]
    for properties in (p.find(qn("w:pPr")) for p in plain):
        for setting in [*properties.iter(qn("w:framePr")), *properties.iter(qn("w:pBdr"))]:
            properties.remove(setting)  # what the exporter's construct added
    foot = Foot(profile, parts, body, plain, text_blocks,
                [estimated_lines(b.text, style, profile) for b in distribution])
    if paragraphs:
        construct(foot)
    parts[DOCUMENT_PART] = etree.tostring(document, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


# --- readers ---------------------------------------------------------------------------------


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def letters(text: str) -> str:
    """``text`` without white space and punctuation: pdftotext drops a pause mark (、) that
    LibreOffice squeezes against a closing quote, in every construct alike."""
    return "".join(c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P"))


def read_python_docx(path: Path) -> str:
    """Paragraphs and tables (cell by cell, nested tables too) in body order."""
    import docx
    from docx.table import Table

    out: list[str] = []

    def walk(container) -> None:
        for item in container.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    for cell in row.cells:
                        walk(cell)
            else:
                out.append(item.text)

    walk(docx.Document(str(path)))
    return "\n".join(out)


def read_mammoth(path: Path) -> str:
    import mammoth

    with path.open("rb") as stream:
        return mammoth.extract_raw_text(stream).value


def read_docx2python(path: Path) -> str:
    from docx2python import docx2python

    with docx2python(str(path)) as document:
        return document.text


def read_pandoc(path: Path) -> str:
    return subprocess.run(["pandoc", "-t", "plain", str(path)], capture_output=True, text=True,
                          check=True, timeout=120).stdout


def pdf_text(pdf: Path) -> str:
    """The PDF's text without its page numbers (they would split paragraphs across pages)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(line for line in text.splitlines() if not PAGE_NUMBER.match(compact(line)))


PYTHON_READERS: dict[str, tuple[str, Callable[[Path], str]]] = {
    "pandoc": ("pandoc", read_pandoc),
    "python-docx": ("docx", read_python_docx),
    "mammoth": ("mammoth", read_mammoth),
    "docx2python": ("docx2python", read_docx2python),
}


def reader_available(tool: str) -> bool:
    if tool == "pandoc":
        return shutil.which("pandoc") is not None
    try:
        __import__(tool)
    except ImportError:
        return False
    return True


def audit(path: Path) -> str | None:
    """openxml-audit's findings for Word 2010 and Microsoft 365; None when valid."""
    from openxml_audit import FileFormat, OpenXmlValidator

    errors = []
    for file_format in (FileFormat.OFFICE_2010, FileFormat.MICROSOFT_365):
        result = OpenXmlValidator(file_format=file_format, max_errors=0).validate(str(path))
        errors += [str(e) for e in result.errors]
    return "; ".join(sorted(set(errors))) or None


# --- LibreOffice -----------------------------------------------------------------------------


class LibreOffice:
    """soffice headless with a private user profile, converting many files per start."""

    def __init__(self, folder: Path) -> None:
        found = shutil.which("soffice") or shutil.which("libreoffice")
        if not found:
            raise RuntimeError("LibreOffice (soffice) is not installed")
        self.soffice = found
        self.profile = folder / "lo-profile"
        self.env = dict(os.environ)
        if fontconfig_file().is_file():
            self.env["FONTCONFIG_FILE"] = str(fontconfig_file())

    def convert(self, sources: Iterable[Path], target: str, outdir: Path) -> None:
        sources = list(sources)
        outdir.mkdir(parents=True, exist_ok=True)
        command = [self.soffice, f"-env:UserInstallation={self.profile.as_uri()}", "--headless",
                   "--norestore", "--convert-to", target, "--outdir", str(outdir), *map(str, sources)]
        subprocess.run(command, env=self.env, capture_output=True, text=True, check=True,
                       timeout=SOFFICE_TIMEOUT_S)


@dataclass(frozen=True)
class Line:
    page: int
    top: float
    bottom: float
    left: float
    right: float
    text: str


def pdf_lines(pdf: Path) -> tuple[list[Line], int]:
    """pdftotext's text lines with their boxes (points from the top of the page), and the page count."""
    html = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                          check=True).stdout
    root = etree.fromstring(html, etree.XMLParser(recover=True))
    lines, pages = [], 0
    for pages, page in enumerate((e for e in root.iter() if etree.QName(e).localname == "page"), start=1):
        for line in (e for e in page.iter() if etree.QName(e).localname == "line"):
            text = compact("".join(line.itertext()))
            if text:
                box = [float(line.get(k)) for k in ("yMin", "yMax", "xMin", "xMax")]
                lines.append(Line(pages, box[0], box[1], box[2], box[3], text))
    return lines, pages


def foot_position(pdf: Path, profile: Profile, distribution: Sequence[str]) -> str | None:
    """Why the 版记 is not where it belongs (None when it is): all its lines on the last page,
    the last one just above the foot of the type area, no other text beside or among them,
    and clear of the page number."""
    lines, pages = pdf_lines(pdf)
    joined = "".join(distribution)
    ours = [ln for ln in lines if len(letters(ln.text)) >= 3 and letters(ln.text) in joined]
    if not ours:
        return "版记 missing"
    if any(ln.page != pages for ln in ours):
        return "版记 (or part of it) before the last page"
    foot = (profile.page.height_mm - profile.page.margin_bottom_mm) * PT_PER_MM
    pitch = profile.page.line_pitch_twips / 20
    top, bottom = min(ln.top for ln in ours), max(ln.bottom for ln in ours)
    last = [ln for ln in lines if ln.page == pages and ln not in ours]
    numbers = [ln for ln in last if PAGE_NUMBER.match(ln.text)]
    if any(n.top < bottom and n.bottom > top for n in numbers):
        return "版记 over the page number"
    if bottom > foot + 1:
        return f"版记 below the type area ({bottom - foot:.0f} pt)"
    if bottom < foot - pitch:
        return f"版记 {foot - bottom:.0f} pt above the foot"
    if any(ln.top < bottom and ln.bottom > top for ln in last if ln not in numbers):
        return "text beside or under the 版记"
    return None


# --- the table -------------------------------------------------------------------------------


@dataclass
class Cell:
    """One construct and one reader across the issues: what went wrong with each."""

    problems: dict[str, str | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def __str__(self) -> str:
        if self.ok:
            return "✓"
        found = set(self.problems.values())
        if len(found) == 1:
            return f"✗ {found.pop()}"
        return "✗ " + "; ".join(f"{issue}: {problem or 'fine'}" for issue, problem in self.problems.items())


def text_problem(read: str, texts: Sequence[str], distribution: Sequence[str]) -> str | None:
    """None when each text appears as often as in the issue itself, else what went wrong."""
    read, whole = letters(read), "".join(texts)
    wrong = {t: read.count(t) for t in texts if t and read.count(t) != whole.count(t)}
    if not wrong:
        return None
    kinds = []
    for label, test in (("missing", lambda n: n == 0), ("repeated", lambda n: n > 1)):
        hit = [t for t, n in wrong.items() if test(n) and whole.count(t) == 1]
        if hit:
            which = "版记" if set(hit) <= set(distribution) else f"{len(hit)} texts"
            kinds.append(f"{which} {label}")
    return ", ".join(kinds) or "counts differ"


# Readers of the exported file: the column and how to read it, given the conversions' folder.
TEXT_READERS: dict[str, Callable[[Path, Path], str]] = {
    "LibreOffice PDF": lambda folder, docx: pdf_text(folder / "pdf" / f"{docx.stem}.pdf"),
    ".odt round trip": lambda folder, docx: pdf_text(folder / "rendered" / f"trip-odt-{docx.stem}.pdf"),
    ".doc round trip": lambda folder, docx: pdf_text(folder / "rendered" / f"trip-doc-{docx.stem}.pdf"),
    **{name: (lambda folder, docx, read=read: read(docx)) for name, (_tool, read) in PYTHON_READERS.items()},
}
POSITION_READERS = {"LibreOffice PDF": "pdf/{}.pdf", ".doc": "rendered/doc-{}.pdf"}
VALIDITY = "Word (openxml-audit)"


NOTES = """# The 版记 across readers

The 版记 (报/送/发, 共印N份, between rules) belongs at the foot of the last page, and every
program that reads the Word file should read it, once. This table measures how each way of
setting it fares. It is generated: `python tools/reader_table.py --markdown > docs/readers.md`
(with the project and its test extra installed, and LibreOffice, poppler-utils and pandoc).

Measured with {versions}. Issues: {issues} (the sample with its 版记; the sample with twelve
more news items; the sample lengthened until the 版记 no longer fits on its last page).

## How

- **text**: each text of the issue (`layout.blocks.issue_blocks`, the 版记 included) is found in
  what the reader returns as often as in the issue itself — once, in practice. White space and
  punctuation are removed first (pdftotext drops a 、 that LibreOffice squeezes against a closing
  quote, in every construct alike).
- **Word (openxml-audit)**: no schema or semantic finding for Word 2010 and Microsoft 365.
- **LibreOffice PDF**: `soffice --convert-to pdf`, read with pdftotext (page numbers left out).
- **.odt / .doc round trip**: .docx → .odt (.doc) → .docx with LibreOffice, the result rendered
  to PDF and read as above: what someone opening the converted file sees.
- **pandoc** (`-t plain`), **python-docx** (paragraphs and tables, cell by cell, in body
  order), **mammoth** (raw text), **docx2python** (`.text`).
- **position** (LibreOffice's PDF of the .docx, and of the .doc it exports): from
  `pdftotext -bbox-layout`, all 版记 lines on the last page, the last within one grid line above
  the foot of the type area, no other text beside or among them, clear of the page number.

Every LibreOffice run uses a private user profile (`-env:UserInstallation`).

## Table

{table}

## The constructs

- **frames, one per line** (the export's): each 版记 paragraph a frame (`w:framePr`) as wide
  as the type area, ruled above (outer rule over the first line, inner rule over the others)
  and, the last, below; the frames stacked at offsets computed from each line's estimated
  height so that the last rule lies on the foot; text flows through them; an empty paragraph as
  tall as the 版记 (`layout/foot.py`) reserves the room, so that the frames, anchored to it, move
  to a new page with it rather than cover text.
- **text box**: the export's construct before this table: the paragraphs in a ruled table, in
  a DrawingML text box (VML fallback) aligned to the bottom of the type area, anchored in the
  same reserving paragraph. pandoc and python-docx do not read text boxes; docx2python reads
  both the DrawingML box and its VML fallback, mammoth only the fallback (without the fallback
  mammoth loses it and docx2python reads it once). LibreOffice's .doc export places the
  margin-aligned box from the page's bottom edge, over the page number, and reading that .doc
  back puts its text frame off the page.
- **text box at page offsets**: the same box positioned from the page edges: the .doc keeps its
  place and text, the text readers are as above.
- **one frame**: all lines in one frame, ruled by paragraph borders with a `between` rule.
  LibreOffice 7.4 turns frame paragraphs with a `between` border, or with borders that differ
  from one line to the next, back into ordinary paragraphs after the text. (Without inner rules
  the frame works; the rules between the lines are part of the layout.)
- **floating table**: the ruled table with `w:tblpPr` at the bottom of the type area (aligned
  or at an absolute offset, full width or narrower): LibreOffice 7.4 lays it out after the text.
- **table pushed to the foot**: an ordinary ruled table after an exact-height empty paragraph
  as tall as the room the text leaves, by `layout/foot.py`'s line estimates. Every reader reads
  it, but after a few pages the estimate is lines off: the 版记 stands far above the foot or
  breaks across pages.
- **last section's footer**: a continuous last section whose footers hold the ruled table above
  the page number. LibreOffice keeps one page style across a continuous section break, so the
  last page shows the text's footer and the 版记 nowhere; pandoc, python-docx and mammoth do not
  read footers; docx2python reads both sections' footers.

## Choice

Frames, one per line: the only construct measured that every reader reads once and that stays
at the foot of the last page, clear of the text and of the page number, in LibreOffice's PDF
and in its .doc export. Word and WPS are not measured here; `w:framePr` is Word's own frame,
written as Word writes it, and openxml-audit finds the file valid for Word 2010 and 365. Two
things to know: a 版记 line longer than estimated (`layout/foot.py`) grows its frame down over
the next one (`w:hRule="atLeast"`: visible, never clipped); and in LibreOffice's .doc export
the frames also get side rules. `tests/export/test_readers.py` checks the export against every
reader above that is installed.
"""


def convert_all(office: LibreOffice, sources: Sequence[Path], folder: Path) -> None:
    """Into ``folder``: pdf/NAME.pdf; the .odt and .doc of each source converted back to .docx; and
    rendered/doc-NAME.pdf (the .doc), rendered/trip-odt-NAME.pdf, rendered/trip-doc-NAME.pdf (the
    round trips). Files are renamed so that one soffice start converts a whole batch."""
    office.convert(sources, "pdf", folder / "pdf")
    office.convert(sources, "odt", folder / "odt")
    office.convert(sources, "doc", folder / "doc")
    staged, render = folder / "staged", folder / "to-render"
    staged.mkdir(exist_ok=True)
    render.mkdir(exist_ok=True)
    for source in [*folder.glob("odt/*.odt"), *folder.glob("doc/*.doc")]:
        shutil.copy(source, staged / f"{source.suffix[1:]}-{source.name}")
        if source.suffix == ".doc":
            shutil.copy(source, render / f"doc-{source.name}")
    office.convert(sorted(staged.iterdir()), "docx:MS Word 2007 XML", folder / "back")
    for back in (folder / "back").iterdir():
        shutil.copy(back, render / f"trip-{back.name}")
    office.convert(sorted(render.iterdir()), "pdf", folder / "rendered")


def check(docx: Path, folder: Path, issue: Issue, profile: Profile) -> dict[str, str | None]:
    """Column → what went wrong with ``docx`` (None: nothing), its conversions being in ``folder``."""
    blocks = issue_blocks(issue, profile, strict=False)
    texts = [letters(b.text) for b in blocks]
    distribution = [letters(b.text) for b in blocks if b.style == DISTRIBUTION_STYLE]
    problems: dict[str, str | None] = {VALIDITY: audit(docx)}
    for name, read in TEXT_READERS.items():
        tool = PYTHON_READERS.get(name, ("soffice", None))[0]
        problems[f"{name} text"] = (text_problem(read(folder, docx), texts, distribution)
                                    if tool == "soffice" or reader_available(tool) else "reader not installed")
    for name, pdf in POSITION_READERS.items():
        problems[f"{name} position"] = foot_position(folder / pdf.format(docx.stem), profile, distribution)
    return problems


def measure(constructs: Sequence[str], issues: Sequence[str], folder: Path) -> dict[str, dict[str, Cell]]:
    """Construct → column → cell: validity, each reader's text, LibreOffice's positions."""
    profile = load_profile()
    files = {}
    for n, construct in enumerate(constructs):
        for issue_name in issues:
            path = folder / "docx" / f"c{n}-{issue_name.replace(' ', '_')}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            export(ISSUES[issue_name](), CONSTRUCTS[construct], path)
            files[construct, issue_name] = path
    convert_all(LibreOffice(folder), list(files.values()), folder)
    table: dict[str, dict[str, Cell]] = {}
    for (construct, issue_name), path in files.items():
        row = table.setdefault(construct, {})
        for column, problem in check(path, folder, ISSUES[issue_name](), profile).items():
            row.setdefault(column, Cell()).problems[issue_name] = problem
    return table


def versions() -> str:
    """The readers measured, with their versions."""
    from importlib.metadata import PackageNotFoundError, version

    def first_line(command: list[str]) -> str:
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
        except OSError:
            return "not installed"
        return done.stdout.strip().splitlines()[0] if done.stdout.strip() else "unknown"

    found = [first_line(["soffice", "--version"]).split(" (")[0].removesuffix(" 40(Build:2)"),
             f"pandoc {first_line(['pandoc', '--version']).split()[-1]}"]
    for package in ("openxml-audit", "python-docx", "mammoth", "docx2python"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} not installed")
    return ", ".join(found)


def markdown(table: dict[str, dict[str, Cell]], issues: Sequence[str]) -> str:
    """docs/readers.md: the table between the notes that explain it and the choice."""
    columns = list(next(iter(table.values())))
    rows = ["| construct | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    rows += [f"| {construct} | " + " | ".join(str(row[c]) for c in columns) + " |" for construct, row in table.items()]
    return NOTES.format(table="\n".join(rows), issues=", ".join(issues), versions=versions())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the 版记's foot constructs across readers.")
    parser.add_argument("--markdown", action="store_true", help="the table as Markdown")
    parser.add_argument("--construct", action="append", choices=list(CONSTRUCTS), help="only these")
    parser.add_argument("--issue", action="append", choices=list(ISSUES), help="only these")
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args(argv)
    constructs = args.construct or list(CONSTRUCTS)
    issues = args.issue or list(ISSUES)
    with tempfile.TemporaryDirectory(prefix="reader-table-") as tmp:
        folder = args.keep or Path(tmp)
        table = measure(constructs, issues, folder)
    if args.markdown:
        print(markdown(table, issues), end="")
    else:
        for construct, row in table.items():
            print(construct)
            for column, cell in row.items():
                print(f"  {column}: {cell}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
