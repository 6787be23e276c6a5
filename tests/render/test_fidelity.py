"""The preview against the reviewers' real client: same pages, same page starts, same lines.

The PDF turns off LibreOffice's own gap between Chinese and digits or Latin letters (the
document's autoSpaceDN=0, which Word honours and the preview follows) and no mark hangs past
the margin in either (docs/output-decisions.md). So each issue is compared twice:
- as Chinese only (every half-width character made 〇): every page must start on exactly the
  same character as LibreOffice's, which checks line breaking, grid lines, widow control and
  keep-with-next;
- as written, for the sample, with its 版记 and long: every page must start on the same
  character too; and the sample and a 27-page issue line for line.
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

import pytest

from editor_app.export.docx.exporter import export_docx
from editor_app.export.pdf import render_pdf
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue, Item
from editor_app.issue.validation import iter_texts
from editor_app.layout.profile import load_profile

from ..conftest import TEMPLATES
from ..issues import long_issue

_HALF_WIDTH = re.compile(r"[!-~]")
_SPACE = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _SPACE.sub("", text)


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
    pages = [_flat(page) for page in text.split("\f") if page.strip()]
    return [page.removesuffix(f"—{number}—") for number, page in enumerate(pages, 1)]  # the page number


def _preview_pages(issue: Issue) -> list[str]:
    from editor_app.render.layout import paginate

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


_PHRASES = ("全省各地加快推进能源结构调整，", "光伏、风电和水电项目陆续投产，", "以“双碳”目标引领绿色转型，",
            "全年完成投资十二亿五千万元，", "同比增长百分之八点六，", "推动“源—网—荷—储”协同发展，",
            "重点行业节能降碳改造稳步推进。", "下一步将继续完善碳排放统计核算体系。")


def _generated_issue(seed: int) -> Issue:
    """The sample with one to four items more in each news section, of random lengths."""
    rng = random.Random(seed)

    def text(phrases: int) -> str:
        return "".join(rng.choice(_PHRASES) for _ in range(phrases)).rstrip("，")

    issue = load_issue(TEMPLATES / "bulletin-2023-09-25.yaml")
    for section in (issue.sections.special_focus, issue.sections.provincial_news, issue.sections.institute_news):
        section.items += [Item(headline=text(rng.randint(1, 3)),
                               paragraphs=[text(rng.randint(1, 24)) for _ in range(rng.randint(1, 3))])
                          for _ in range(rng.randint(1, 4))]
    return issue


def _chinese_only(issue: Issue) -> Issue:
    """``issue`` with every half-width character of its text made 〇 (metric values stay)."""
    from editor_app.gui.document import set_at

    for path, text in list(iter_texts(issue)):
        if path != ("profile",) and path[-1] not in ("value", "unit", "basis"):
            set_at(issue, path, _HALF_WIDTH.sub("〇", text))
    return issue


def _sample() -> Issue:
    return load_issue(TEMPLATES / "bulletin-2023-09-25.yaml")


ISSUES = [
    pytest.param(_sample, id="sample"),
    pytest.param(_almost_full_with_distribution, id="distribution"),
    pytest.param(_long_issue, id="long"),
    *(pytest.param(lambda seed=seed: _generated_issue(seed), id=f"generated-{seed}") for seed in (1, 2, 3, 4)),
]


def _page_offsets(issue: Issue, tmp_path: Path) -> list[int]:
    """How many characters each page starts after LibreOffice's, with the same text on each."""
    reader = _libreoffice_pages(issue, tmp_path)
    preview = _preview_pages(issue)
    assert len(preview) == len(reader), f"preview {len(preview)} pages, LibreOffice {len(reader)}"
    assert "".join(preview) == "".join(reader)  # the same text, in the same order
    return [ours - theirs for ours, theirs in zip(_page_starts(preview), _page_starts(reader), strict=True)]


@pytest.mark.parametrize("make_issue", ISSUES)
@pytest.mark.libreoffice
def test_preview_pages_match_libreoffice_exactly(make_issue, soffice: str, qapp, tmp_path: Path) -> None:
    offsets = _page_offsets(_chinese_only(make_issue()), tmp_path)
    assert offsets == [0] * len(offsets)


@pytest.mark.parametrize("make_issue", ISSUES[:3])
@pytest.mark.libreoffice
def test_preview_pages_match_libreoffice_as_written(make_issue, soffice: str, qapp, tmp_path: Path) -> None:
    offsets = _page_offsets(make_issue(), tmp_path)
    assert offsets == [0] * len(offsets)


@pytest.mark.libreoffice
def test_page_number_dashes_sit_7_mm_below_the_type_area_in_libreoffice(soffice: str, qapp, tmp_path: Path) -> None:
    """GB/T 9704-2012 7.5 (一字线上距版心下边缘 7 mm), measured on LibreOffice's page 1."""
    from PySide6.QtGui import QImage

    issue = _sample()
    profile = load_profile(issue.profile)
    _libreoffice_pages(issue, tmp_path)
    per_pt = 10  # 720 dpi
    foot = (profile.page.height_mm - profile.page.margin_bottom_mm) * 72 / 25.4  # type area's foot, pt
    dash_end = (profile.page.width_mm - profile.page.margin_right_mm) * 72 / 25.4 - 14
    box = [round(dash_end - 8) * per_pt, round(foot) * per_pt, 6 * per_pt, 40 * per_pt]  # x y w h
    subprocess.run(["pdftoppm", "-r", str(72 * per_pt), "-png", "-singlefile", "-f", "1", "-l", "1",
                    *(arg for flag, value in zip(("-x", "-y", "-W", "-H"), box, strict=True)
                      for arg in (flag, str(value))),
                    str(tmp_path / "issue.pdf"), str(tmp_path / "foot")], check=True)
    image = QImage(str(tmp_path / "foot.png"))
    first = next(y for y in range(image.height())
                 if any(image.pixelColor(x, y).lightness() < 128 for x in range(image.width())))
    assert (round(foot) + first / per_pt - foot) * 25.4 / 72 == pytest.approx(7, abs=0.2)


def _libreoffice_lines(issue: Issue, tmp_path: Path) -> list[list[str]]:
    """Each page's lines, white space removed, without the page number."""
    docx_path = tmp_path / "issue.docx"
    export_docx(issue, docx_path, load_profile(issue.profile), force=True)
    pdf = render_pdf(docx_path, tmp_path / "issue.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [[_flat(line) for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    return [[line for line in page if line != f"—{number}—"] for number, page in enumerate(pages, 1) if page]


def _preview_lines(issue: Issue) -> list[list[str]]:
    from editor_app.render.layout import paginate

    pages = []
    for page in paginate(issue, load_profile(issue.profile)).pages:
        lines = []
        for placed in page.blocks:
            layout = placed.layout
            for n in range(placed.first_line, placed.last_line):
                line = layout.lineAt(n)
                text = layout.text()[line.textStart(): line.textStart() + line.textLength()]
                lines.append(_flat(text + (placed.right_text if n == placed.first_line else "")))
        pages.append(lines)
    return pages


@pytest.mark.parametrize("make_issue", [*ISSUES[:2], pytest.param(long_issue, id="long-27-pages"), *ISSUES[3:]])
@pytest.mark.libreoffice
def test_preview_lines_are_libreoffices(make_issue, soffice: str, qapp, tmp_path: Path) -> None:
    """Page for page and line for line, digits, Latin letters and dashes included: the
    preview spaces a script portion's characters but its last, as LibreOffice does."""
    issue = make_issue()
    reader, preview = _libreoffice_lines(issue, tmp_path), _preview_lines(issue)
    assert len(preview) == len(reader)
    for number, (ours, theirs) in enumerate(zip(preview, reader, strict=True), 1):
        assert (ours[0], ours[-1]) == (theirs[0], theirs[-1]), f"page {number}"
        assert ours == theirs, f"page {number}"


@pytest.mark.libreoffice
def test_an_opening_quotation_mark_is_full_width(soffice: str, qapp, tmp_path: Path) -> None:
    """“ opens the sample's first headline: full width (as in Word and the preview), not the
    half-width Latin mark LibreOffice sets at a paragraph's start under a Western locale."""
    from editor_app.render.layout import paginate

    issue = _sample()
    headline = issue.sections.provincial_news.items[0].headline
    assert headline.startswith("“")
    _libreoffice_pages(issue, tmp_path)
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(tmp_path / "issue.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    found = re.search(rf'xMin="([0-9.]+)"[^>]*xMax="([0-9.]+)"[^>]*>{headline}<', bbox)
    assert found is not None
    pages = paginate(issue, load_profile(issue.profile))
    layout = next(p.layout for p in pages.pages[0].blocks if pages.blocks[p.block_index].text == headline)
    preview_width = layout.lineAt(0).naturalTextWidth() / 10  # layout units are tenths of a point
    assert float(found.group(2)) - float(found.group(1)) == pytest.approx(preview_width, abs=0.5)


@pytest.mark.libreoffice
def test_exact_lines_sit_as_in_libreoffice(soffice: str, qapp, tmp_path: Path) -> None:
    """一、特别关注's 一 (a flat stroke) lies within 1.2 pt of LibreOffice's: the baseline of an
    exactly spaced line at 4/5 of the pitch (it was 2.2 pt lower at a descent above the foot)."""
    from editor_app.render.layout import paginate
    from editor_app.render.pdf import pdf_bytes

    issue = _sample()
    _libreoffice_pages(issue, tmp_path)
    (tmp_path / "preview.pdf").write_bytes(pdf_bytes(paginate(issue, load_profile(issue.profile))))
    assert _ink_top(tmp_path / "preview.pdf", tmp_path) == pytest.approx(_ink_top(tmp_path / "issue.pdf", tmp_path),
                                                                         abs=1.2)


def _ink_top(pdf: Path, tmp_path: Path) -> float:
    """Top of the ink of 一 in 一、特别关注 on page 1, in points (a box around the heading's start)."""
    from PySide6.QtGui import QImage

    per_pt, x, y = 10, 111, 250
    subprocess.run(["pdftoppm", "-r", str(72 * per_pt), "-png", "-singlefile", "-f", "1", "-l", "1",
                    "-x", str(x * per_pt), "-y", str(y * per_pt), "-W", str(14 * per_pt), "-H", str(35 * per_pt),
                    str(pdf), str(tmp_path / "ink")], check=True)
    image = QImage(str(tmp_path / "ink.png"))
    first = next(row for row in range(image.height())
                 if any(image.pixelColor(col, row).lightness() < 128 for col in range(image.width())))
    return y + first / per_pt
