"""Issues for the render tests: long ones, and text that ends lines on punctuation."""

from __future__ import annotations

import copy

from hypothesis import strategies as st

from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue, Item

from .conftest import SAMPLE

# Ideographs, marks that may fall at a line's end, quotations, and digits and Latin letters
# (narrower than an ideograph, so that lines end anywhere).
IDEOGRAPHS = "碳排放核算体系完善绿色低碳转型持续推进光伏风电水电项目陆续投产能源结构调整"
TOKENS = (*IDEOGRAPHS, *"，。、；：？！", "“双碳”", "《实施意见》", "（等价值）", "——", "2023", "5.8%", "ESG", "1")


def long_issue(copies: int = 12) -> Issue:
    """The sample with the items of its news sections ``copies`` times: 12 give 27 pages."""
    issue = load_issue(SAMPLE)
    for section in (issue.sections.special_focus, issue.sections.provincial_news,
                    issue.sections.institute_news):
        section.items = [copy.deepcopy(item) for _ in range(copies) for item in section.items]
    return issue


def _sentence(draw: st.DrawFn, size: int) -> str:
    return "".join(draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=size))) + "。"


@st.composite
def punctuated_issues(draw: st.DrawFn) -> Issue:
    """The sample with random items of ideographs, marks one token in five, and numbers."""
    issue = load_issue(SAMPLE)
    for section in (issue.sections.special_focus, issue.sections.provincial_news,
                    issue.sections.institute_news):
        section.items += [Item(headline=_sentence(draw, 30), paragraphs=[_sentence(draw, 300) for _ in range(3)])
                          for _ in range(draw(st.integers(1, 4)))]
    return issue
