"""The preview against the reviewers' real client: same pages, same page starts.

Tolerance: the page count must be equal; a page may start up to four lines earlier or later
in the text than LibreOffice's page. LibreOffice keeps its own Asian/Latin spacing around
digits (it ignores the document's autoSpaceDN=0, which Word honours and the preview follows),
so its lines that hold digits carry a character or two less, and that can move a few lines
across a page break.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from editor_app.export_docx import export_docx
from editor_app.issue_file import load_issue
from editor_app.model import Issue, Item
from editor_app.pdf_render import render_pdf
from editor_app.profile import load_profile

from ..conftest import TEMPLATES

TOLERANCE = 4 * 26  # four lines of 28 characters, punctuation not counted
# pdftotext loses punctuation that LibreOffice hangs into the margin, so compare the rest.
_NOT_WORD = re.compile(r"[\W_]+")


def _flat(text: str) -> str:
    return _NOT_WORD.sub("", text)


def _page_starts(pages: list[str]) -> list[int]:
    """Offset of each page's first character in the whole text."""
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page)
    return starts


def _libreoffice_pages(issue: Issue, tmp_path: Path) -> list[str]:
    docx_path = tmp_path / "issue.docx"
    export_docx(issue, docx_path, load_profile(issue.profile), force=True)
    pdf = render_pdf(docx_path, tmp_path / "issue.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [_flat(page) for page in text.split("\f")]
    return [re.sub(r"\d+$", "", page) for page in pages if page]  # the page number


def _preview_pages(issue: Issue) -> list[str]:
    from editor_app.gui.preview.layout import paginate

    pages = paginate(issue, load_profile(issue.profile))
    out = []
    for page in pages.pages:
        text = ""
        for placed in page.blocks:
            layout = placed.layout
            for n in range(placed.first_line, placed.last_line):
                line = layout.lineAt(n)
                text += layout.text()[line.textStart(): line.textStart() + line.textLength()]
            if placed.right_text:
                text += placed.right_text
        out.append(_flat(text))
    return out


def _long_issue() -> Issue:
    issue = load_issue(TEMPLATES / "bulletin-2023-09-25.yaml")
    for n in range(6):
        issue.sections.provincial_news.items.append(Item(
            headline=f"第{n + 1}条省内动态：绿色低碳转型持续推进。",
            paragraphs=["全省各地加快推进能源结构调整，光伏、风电和水电项目陆续投产，" * 4,
                        "下一步将继续完善碳排放统计核算体系，推动重点行业节能降碳改造。" * 3],
        ))
    return issue


def _almost_full_with_distribution() -> Issue:
    """The sample with its 版记, the last page filled up to it (one line more moves it over)."""
    issue = load_issue(TEMPLATES / "bulletin-2023-09-25.yaml")
    dist = issue.distribution
    dist.report, dist.send, dist.issue, dist.print_count = "四川省国资委", "集团领导", "集团各部门", 30
    issue.sections.institute_news.items.append(Item(headline="", paragraphs=["补充一句话。" * 4] * 8))
    return issue


_KNOWN_DRIFT = pytest.mark.xfail(
    strict=True,
    reason="line positions agree within 3 pt, but LibreOffice sets one line less than the preview on some "
    "pages; over six pages the page breaks drift by about five lines (issue 5 is open for this)",
)


@pytest.mark.parametrize("make_issue", [
    pytest.param(lambda: load_issue(TEMPLATES / "bulletin-2023-09-25.yaml"), id="sample"),
    pytest.param(_almost_full_with_distribution, id="distribution"),
    pytest.param(_long_issue, id="long", marks=_KNOWN_DRIFT),
])
@pytest.mark.libreoffice
def test_preview_pages_match_libreoffice(make_issue, soffice: str, qapp, tmp_path: Path) -> None:
    issue = make_issue()
    reader = _libreoffice_pages(issue, tmp_path)
    preview = _preview_pages(issue)
    assert len(preview) == len(reader), f"preview {len(preview)} pages, LibreOffice {len(reader)}"
    assert "".join(preview) == "".join(reader)  # the same text, in the same order
    for page, (ours, theirs) in enumerate(zip(_page_starts(preview), _page_starts(reader), strict=True), 1):
        assert abs(ours - theirs) <= TOLERANCE, f"page {page} starts {ours - theirs} characters off"
