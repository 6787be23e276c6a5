import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Item
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE

pytest.importorskip("PySide6")


@pytest.fixture
def paginate(qapp):
    from editor_app.render.layout import paginate

    return paginate


def test_sample_pages(paginate) -> None:
    pages = paginate(load_issue(SAMPLE), load_profile())
    assert 3 <= len(pages.pages) <= 5
    first = pages.pages[0]
    assert [pages.blocks[b.block_index].style for b in first.blocks[:3]] == [
        "masthead_title", "issue_line", "issuer_line"]
    assert any(rule.color == "FF0000" for rule in first.rules)  # the red rule under the masthead


def test_body_lines_hold_the_grid(paginate) -> None:
    """22 lines of 28 characters: a page of body text holds at most 22 lines."""
    issue = load_issue(SAMPLE)
    issue.sections.institute_news.items = [Item(paragraphs=["碳" * 28 * 60])]
    pages = paginate(issue, load_profile())
    full_page = pages.pages[-2]
    lines = sum(b.last_line - b.first_line for b in full_page.blocks)
    assert lines == 22
    layout = full_page.blocks[0].layout
    line = layout.lineAt(full_page.blocks[0].first_line)
    assert line.textLength() == 28


def test_page_of_follows_the_outline(paginate) -> None:
    pages = paginate(load_issue(SAMPLE), load_profile())
    assert pages.page_of(("masthead",)) == 1
    assert pages.page_of(("sections", "institute_news")) >= pages.page_of(("sections", "special_focus"))


def test_unfinished_metrics_still_draw(paginate) -> None:
    issue = load_issue(SAMPLE)
    issue.sections.xingcheng_action.projects[0].metrics["energy_saving"].value = "abc"
    pages = paginate(issue, load_profile())
    texts = "".join(block.text for block in pages.blocks)
    assert "【年节能量？】" in texts


def test_preview_command_writes_pdf(tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    target = tmp_path / "preview.pdf"
    result = subprocess.run([sys.executable, "-m", "editor_app.cli", "preview", str(SAMPLE), "-o", str(target)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    headings = ["一、特别关注", "二、省内双碳信息", "三、兴城双碳行动", "四、成都兴城双碳研究院动态"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "日处理1000方" in text and "1.7万吨标准煤（等价值）" in text.replace("\n", "")
    assert [c for c in text if "\u2e80" <= c <= "\u2fdf"] == []  # 一 and 方, not radicals ⼀ and ⽅
    for number, page in enumerate([p for p in pages if p.strip()], start=1):
        assert f"—{number}—" in page.replace(" ", "")


def test_repeated_layout_does_not_leak_references_to_none(paginate) -> None:
    """PySide6 6.12.0 dropped a reference to None on every void call; the editor then aborted."""
    issue, profile = load_issue(SAMPLE), load_profile()
    paginate(issue, profile)
    before = sys.getrefcount(None)
    for _ in range(20):
        paginate(issue, profile)
    assert sys.getrefcount(None) >= before - 50


def _paginate_blocks(specs: list[tuple[str, int]]):
    """Pages of blocks given as (style, lines): 28 characters a line, the first indented by two."""
    from editor_app.layout.blocks import Block, Run
    from editor_app.render.layout import _Paginator

    blocks = []
    for n, (style, lines) in enumerate(specs):
        text = "碳" * (26 + 28 * (lines - 1)) if lines else ""
        blocks.append(Block(style, (Run(text or "标题"),), ("test", n)))
    return _Paginator(load_profile(), blocks).run()


def _page_blocks(pages, number: int) -> list[tuple[int, int, int]]:
    return [(b.block_index, b.first_line, b.last_line) for b in pages.pages[number - 1].blocks]


def test_a_paragraph_that_would_leave_one_line_at_the_foot_moves_whole(qapp) -> None:
    pages = _paginate_blocks([("body", 21), ("body", 5)])
    assert _page_blocks(pages, 1) == [(0, 0, 21)]
    assert _page_blocks(pages, 2) == [(1, 0, 5)]


def test_a_three_line_paragraph_does_not_split_two_and_one(qapp) -> None:
    pages = _paginate_blocks([("body", 20), ("body", 3)])
    assert _page_blocks(pages, 2) == [(1, 0, 3)]


def test_one_line_left_for_the_next_page_takes_a_second_with_it(qapp) -> None:
    pages = _paginate_blocks([("body", 18), ("body", 5)])
    assert _page_blocks(pages, 1) == [(0, 0, 18), (1, 0, 3)]
    assert _page_blocks(pages, 2) == [(1, 3, 5)]


def test_the_page_holds_whole_grid_lines_only(qapp) -> None:
    """LibreOffice's body is 22 grid lines (637 pt), 0.9 pt short of the margins: a line that
    fits only in that sliver goes to the next page."""
    pages = _paginate_blocks([("masthead_title", 0), ("issuer_line", 0), ("body", 20)])
    # 3 grid lines and 29.5 pt of spacing above: 17 lines fit in 22 grid lines, 18 in the margins
    assert _page_blocks(pages, 1)[-1] == (2, 0, 17)


def test_heading_headline_and_two_lines_of_text_stay_together(qapp) -> None:
    """Keep-with-next chains: a section heading is not left alone above a moved headline."""
    pages = _paginate_blocks([("body", 19), ("section_heading", 0), ("item_headline", 0), ("body", 5)])
    assert _page_blocks(pages, 1) == [(0, 0, 19)]
    assert [index for index, _, _ in _page_blocks(pages, 2)] == [1, 2, 3]


def test_headline_keeps_with_the_first_two_lines(qapp) -> None:
    pages = _paginate_blocks([("body", 19), ("item_headline", 0), ("body", 5)])
    assert _page_blocks(pages, 1) == [(0, 0, 19), (1, 0, 1), (2, 0, 2)]


def test_single_spaced_title_takes_whole_grid_lines(paginate) -> None:
    from editor_app.render.layout import TWIP, snap_to_grid

    grid = 579 * TWIP
    assert snap_to_grid(0.9 * grid, grid) == grid
    assert snap_to_grid(1.8 * grid, grid) == 2 * grid
    first = paginate(load_issue(SAMPLE), load_profile()).pages[0]
    assert first.blocks[0].pitch == pytest.approx(2 * grid)  # 36 pt 方正小标宋: two grid lines
    assert first.blocks[1].top == pytest.approx(2 * grid + 12 * 10)


def test_quotation_marks_and_dashes_are_full_width(qapp) -> None:
    """Word sets them in the East Asian font (w:hint="eastAsia"): 28 characters still fill a line."""
    from editor_app.layout.blocks import Block, Run
    from editor_app.render.layout import _Paginator

    text = "碳" * 26 + ("碳“碳”—" + "碳" * 23) * 2
    pages = _Paginator(load_profile(), [Block("body", (Run(text),), ("test",))]).run()
    layout = pages.pages[0].blocks[0].layout
    assert [layout.lineAt(n).textLength() for n in range(1, 3)] == [28, 28]


@pytest.mark.parametrize("mark", ["，", "。", "、", "；", "！", "”", "）"])
def test_no_mark_hangs_past_the_margin(qapp, mark: str) -> None:
    """As in LibreOffice with the export's w:overflowPunct (docs/output-decisions.md): a mark
    that would start the next line does not hang past the margin; the character before it
    goes down with it."""
    from editor_app.layout.blocks import Block, Run
    from editor_app.render.layout import _Paginator

    text = "碳" * 26 + "碳" * 28 + mark + "碳" * 10
    pages = _Paginator(load_profile(), [Block("body", (Run(text),), ("test",))]).run()
    layout = pages.pages[0].blocks[0].layout
    second = layout.lineAt(1)
    assert second.textLength() == 27
    assert layout.lineAt(0).textLength() == 26


def test_east_asian_spans() -> None:
    from editor_app.render.fonts import east_asian_spans

    text = "投资12.5亿元“双碳”—ā·×ESG"
    spans = [text[a:b] for a, b in east_asian_spans(text, 0, len(text), chinese=True)]
    assert spans == ["“", "”—ā·×"]
    spans = [text[a:b] for a, b in east_asian_spans(text, 0, len(text), chinese=False)]
    assert spans == ["“", "”—", "·×"]


@pytest.mark.parametrize("order", ["profile", "reversed"])
def test_each_style_sets_chinese_in_its_own_font(qapp, order: str) -> None:
    """Styles of one size and Latin font keep their own Chinese fonts (Qt caches fallbacks)."""
    from PySide6.QtGui import QTextLayout

    from editor_app.render.fonts import cjk_family, style_font

    profile = load_profile()
    styles = list(profile.styles.values())
    for style in styles if order == "profile" else styles[::-1]:
        layout = QTextLayout("关于成都兴城双碳研究院", style_font(profile, style))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        used = {run.rawFont().familyName() for run in layout.glyphRuns()}
        assert used == {cjk_family(profile.fonts[style.font])}, style.word_name
