"""Text copied from a PDF comes hard-wrapped at the page's width: the import joins each wrapped
line to its paragraph again, and only then reads the structure."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from editor_app.export.docx.exporter import export_docx
from editor_app.export.pdf import render_pdf
from editor_app.importing import import_text
from editor_app.importing.wrapping import find_column
from editor_app.issue.model import Issue
from editor_app.issue.model_data import to_data
from editor_app.layout.profile import load_profile

from ..conftest import sample_with_distribution

COLUMN = 28  # characters (of 宋体 at 14 pt on A4 with the bulletin's margins) to a line
INDENT = "\u3000\u3000"  # a first-line indent of two characters, as a PDF gives it
# What a line may not begin with: it hangs at the end of the line before (禁则).
_NO_LINE_START = "，。、；：？！”’）》」』"


def _content(issue: Issue) -> dict:
    data = to_data(issue)
    data["masthead"].pop("number")
    return data


@pytest.fixture(scope="module")
def sample() -> Issue:
    return sample_with_distribution()


@pytest.fixture(scope="module")
def paragraphs(sample: Issue, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, bool]]:
    """The exported sample's paragraphs, each with whether its style indents its first line."""
    target = tmp_path_factory.mktemp("wrap") / "issue.docx"
    profile = load_profile()
    export_docx(sample, target, profile)
    indented = {style.word_name for style in profile.styles.values() if style.indent_chars}
    return [(p.text, p.style is not None and p.style.name in indented)
            for p in docx.Document(str(target)).paragraphs if p.text]


def by_characters(text: str) -> list[str]:
    """Cut every ``COLUMN`` characters, whatever they are (a fixed-width text export)."""
    return [text[i:i + COLUMN] for i in range(0, len(text), COLUMN)]


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WFA" else 1


def by_page_width(text: str) -> list[str]:
    """Filled to ``COLUMN`` full-width characters as a PDF is: Latin letters and digits take
    half a character, and punctuation that may not begin a line hangs at the end of the last."""
    lines: list[str] = []
    line, width = "", 0
    for char in text:
        if width + _width(char) > 2 * COLUMN and not (char in _NO_LINE_START and line):
            lines.append(line)
            line, width = "", 0
        line, width = line + char, width + _width(char)
    return [*lines, line]


Wrap = Callable[[str], list[str]]


def _wrapped(paragraphs: list[tuple[str, bool]], wrap: Wrap, *, indent: bool = False,
             separator: list[str] | None = None) -> str:
    lines: list[str] = []
    for text, indented in paragraphs:
        lines += wrap(INDENT + text if indent and indented else text)
        lines += separator or []
    return "\n".join(lines)


@pytest.mark.parametrize("wrap", [by_characters, by_page_width])
@pytest.mark.parametrize(("marks", "indent", "separator"), [
    ("nothing", False, None),
    ("indentation", True, None),
    ("blank lines", False, [""]),
])
def test_hard_wrapped_text_imports_as_the_issue(sample: Issue, paragraphs: list[tuple[str, bool]], wrap: Wrap,
                                                marks: str, indent: bool, separator: list[str] | None) -> None:
    text = _wrapped(paragraphs, wrap, indent=indent, separator=separator)
    assert len(text.splitlines()) > len(paragraphs) + 30, "the sample is wrapped"
    result = import_text(text)
    assert _content(result.issue) == _content(sample), marks
    assert not result.warnings


def _as_pdf_copies_it(text: str, page_lines: int = 22) -> str:
    """Lines as a PDF reader copies them: indents lost, and each page's number between blank
    lines after its last line, the next page opening with a form feed (pdftotext's layout)."""
    lines = [line.lstrip() for line in text.splitlines()]
    pages = [lines[i:i + page_lines] for i in range(0, len(lines), page_lines)]
    return "\n\f".join("\n".join([*page, "", f"— {number} —", ""]) for number, page in enumerate(pages, 1))


def test_a_pdf_copy_with_page_breaks_imports_as_the_issue(sample: Issue,
                                                          paragraphs: list[tuple[str, bool]]) -> None:
    """A page break inside a paragraph does not end it, and the page numbers are left out."""
    text = _as_pdf_copies_it(_wrapped(paragraphs, by_page_width, indent=True))
    assert "\n\n— 2 —\n\n\f" in text
    result = import_text(text)
    assert _content(result.issue) == _content(sample)
    assert "删除页码 4 行" in result.notes and not result.warnings


@pytest.mark.libreoffice
def test_text_copied_from_the_exported_pdf_imports_as_the_issue(soffice: str, sample: Issue, tmp_path: Path) -> None:
    """The real thing: the Word file rendered by LibreOffice, its text taken by pdftotext (as
    a PDF reader copies it: lines wrapped, indents lost, page numbers between blank lines)."""
    exported = tmp_path / "issue.docx"
    export_docx(sample, exported, load_profile())
    pdf = render_pdf(exported, tmp_path / "issue.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "\n—1—\n" in text and len(text.splitlines()) > 80  # wrapped, with its pages' numbers
    result = import_text(text)
    assert _content(result.issue) == _content(sample)
    assert not result.warnings


def test_the_wrapped_tail_of_a_paragraph_is_no_headline() -> None:
    """The tester's text: a paragraph whose last line is short and ends with 。."""
    paragraph = ("9月19日，四川省印发工业领域碳达峰实施方案，提出到2025年规模以上工业单位增加值能耗"
                 "较2020年下降14%，到2030年重点行业能效达国际先进水平，并分行业分批次完成重点行业节能改造。")
    lines = by_characters(paragraph)
    assert lines[-1] == "成重点行业节能改造。"
    issue = import_text("\n".join(["2023年10月25日", "一、特别关注", "四川印发工业领域碳达峰实施方案。", *lines])).issue
    (item,) = issue.sections.special_focus.items
    assert (item.headline, item.paragraphs) == ("四川印发工业领域碳达峰实施方案。", [paragraph])


def test_the_join_is_reported(paragraphs: list[tuple[str, bool]]) -> None:
    result = import_text(_wrapped(paragraphs, by_characters))
    assert any("折行" in note and str(COLUMN) in note for note in result.notes), result.notes


def test_text_with_a_paragraph_to_a_line_is_not_joined(paragraphs: list[tuple[str, bool]]) -> None:
    """Lines of unequal length are paragraphs, even where one ends without punctuation."""
    lines = [text for text, _ in paragraphs]
    result = import_text("\n".join(lines))
    assert not any("折行" in note for note in result.notes)


def test_a_pdf_copy_of_a_narrow_column(tmp_path: Path, sample: Issue, paragraphs: list[tuple[str, bool]]) -> None:
    """Any column width: a two-column page gives about 14 characters to a line."""
    text = "\n".join(line for paragraph, _ in paragraphs
                     for line in (paragraph[i:i + 14] for i in range(0, len(paragraph), 14)))
    assert _content(import_text(text).issue) == _content(sample)


def test_only_a_page_columns_width_is_wrapping() -> None:
    """Lines of one length are a page's lines only if a page column could be that wide."""
    assert find_column(["碳" * 28] * 5 + ["碳" * 5]) is not None
    assert find_column(["碳" * 80] * 5 + ["碳" * 5]) is None  # five equal paragraphs
    assert find_column(["碳" * 8] * 5 + ["碳" * 5]) is None  # five equal headings
