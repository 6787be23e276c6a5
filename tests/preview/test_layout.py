import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.issue_file import load_issue
from editor_app.model import Item
from editor_app.profile import load_profile

from ..conftest import SAMPLE

pytest.importorskip("PySide6")


@pytest.fixture
def paginate(qapp):
    from editor_app.gui.preview.layout import paginate

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
