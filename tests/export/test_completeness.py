"""The whole text reaches the page: what LibreOffice, the reviewers' real client, draws is
exactly the issue's text, nothing lost (as hanging marks were), nothing doubled.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from editor_app.export.docx.exporter import export_docx
from editor_app.export.pdf import render_pdf
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE
from ..issues import long_issue, punctuated_issues

_SPACE = re.compile(r"\s+")


def _render(issue: Issue, folder: Path) -> Path:
    docx_path = folder / "issue.docx"
    export_docx(issue, docx_path, load_profile(issue.profile), force=True)
    return render_pdf(docx_path, folder / "issue.pdf")


def _pdf_text(pdf: Path) -> tuple[str, int]:
    """The text of all pages without white space or page-number footers, and the page count."""
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]  # every page ends with a form feed
    text = ""
    for number, page in enumerate(pages, 1):
        flat = _SPACE.sub("", page)
        footer = f"—{number}—"
        assert flat.endswith(footer), f"page {number} does not end on its number"
        text += flat.removesuffix(footer)
    return text, len(pages)


def _blocks_text(issue: Issue) -> str:
    return _SPACE.sub("", "".join(b.text for b in issue_blocks(issue, load_profile(issue.profile), strict=False)))


def _assert_complete(issue: Issue, folder: Path) -> int:
    drawn, pages = _pdf_text(_render(issue, folder))
    expected = _blocks_text(issue)
    if drawn != expected:
        at = next((i for i, (a, b) in enumerate(zip(drawn, expected, strict=False)) if a != b),
                  min(len(drawn), len(expected)))
        pytest.fail(f"the PDF's text differs at {at}: expected …{expected[at - 12:at + 12]}…, "
                    f"drawn …{drawn[at - 12:at + 12]}… ({len(expected)} against {len(drawn)} characters)")
    return pages


@pytest.mark.libreoffice
def test_sample_text_complete(soffice: str, tmp_path: Path) -> None:
    _assert_complete(load_issue(SAMPLE), tmp_path)


@pytest.mark.libreoffice
def test_long_issue_text_complete(soffice: str, tmp_path: Path) -> None:
    assert _assert_complete(long_issue(), tmp_path) >= 25


@pytest.mark.libreoffice
# Three renders; no shrinking, which would render dozens more: the message shows the place.
@settings(max_examples=3, deadline=None, derandomize=True, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(issue=punctuated_issues())
def test_punctuated_text_complete(soffice: str, tmp_path: Path, issue: Issue) -> None:
    _assert_complete(issue, tmp_path)


@pytest.mark.libreoffice
def test_no_gap_between_chinese_and_digits(soffice: str, tmp_path: Path) -> None:
    """LibreOffice's own spacing between Chinese and digits or Latin letters is off in the
    PDF, as w:autoSpaceDE/DN=0 asks of Word: each line of the masthead is one word."""
    pdf = _render(load_issue(SAMPLE), tmp_path)
    words = re.findall(r"<word [^>]*>([^<]*)</word>", subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout)
    assert "2023年第9期" in words
    assert "2023年9月25日" in words
