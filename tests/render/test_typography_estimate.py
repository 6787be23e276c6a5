"""The core's estimate of a paragraph's last line (``issue.typography``), against the preview.

Validation estimates lines without Qt; the preview lays them out with QtGui. Without hanging
marks (the preview hangs none) the estimate must end every body paragraph and headline of the
sample, and paragraphs built to end on “时。”, on the preview's last line.
"""

from __future__ import annotations

import pytest

from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Item
from editor_app.issue.typography import last_line
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE

pytest.importorskip("PySide6")

BUILT = [
    "测" * 26 + "试" * 28 + "时。",
    "测" * 25 + "时。",
    "测" * 25 + "“时”。",
    "测" * 20 + "成都实现地区生产总值10705.5亿元，同比增长5.8%，" + "试" * 30 + "吨。",
    "根据工作安排，研究中心筛选了在ESG与双碳两个方面具有示范意义的8家2022年世界500强企业。",
]


def preview_last_lines(issue) -> dict[tuple, tuple[str, str]]:
    """Each headline's and body paragraph's text and its last line in the preview."""
    from editor_app.render.layout import paginate

    pages = paginate(issue, load_profile())
    found = {}
    for page in pages.pages:
        for placed in page.blocks:
            block = pages.blocks[placed.block_index]
            if block.style in ("body", "item_headline") and placed.last_line == placed.layout.lineCount():
                line = placed.layout.lineAt(placed.last_line - 1)
                found[block.path] = block.text, block.text[line.textStart():]
    return found


def test_the_estimate_ends_paragraphs_where_the_preview_does(qapp) -> None:
    issue = load_issue(SAMPLE)
    issue.sections.institute_news.items.append(Item(headline="构造的段落", paragraphs=BUILT))
    lines = preview_last_lines(issue)
    assert len(lines) == 9 + len(BUILT)
    for path, (text, preview) in lines.items():
        assert last_line(text, hang=False) == preview, path
    assert [preview for text, preview in lines.values() if text in BUILT][:3] == ["时。", "时。", "“时”。"]
