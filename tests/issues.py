"""Issues for the tests: long ones, text that ends lines on punctuation, and a series of them
(an archive)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from hypothesis import strategies as st

from editor_app.issue.issue_file import load_issue, save_issue
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


# Words the generated issues' texts draw on; a search for one finds exactly the issues using it.
TOPICS = ("光伏", "风电", "储能", "氢能", "碳市场", "节能", "充电桩", "沼气", "地热", "生物质", "碳汇", "绿电")


def series_issue(k: int) -> Issue:
    """The ``k``-th issue (from 0) of a monthly series starting with 2015年第1期: numbers, date,
    headlines and figures of its own; the sample's projects, figures unchanged, in every one."""
    issue = load_issue(SAMPLE)
    year, month = 2015 + k // 12, k % 12 + 1
    m = issue.masthead
    m.year, m.number, m.total_number, m.date = year, month, k + 1, dt.date(year, month, 25)
    topic = TOPICS[k % len(TOPICS)]
    for n, item in enumerate(issue.sections.special_focus.items + issue.sections.provincial_news.items):
        item.headline = f"第{k + 1}号{topic}动态{n + 1}：{item.headline}"
        item.paragraphs = [f"{topic}项目编号{k + 1:04d}进展顺利。{p}" for p in item.paragraphs]
    return issue


def write_archive(folder: Path, count: int) -> list[Path]:
    """``count`` issues of the series as files ``issue-0001.yaml`` … in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"issue-{k + 1:04d}.yaml" for k in range(count)]
    for k, path in enumerate(paths):
        save_issue(series_issue(k), path, keep_backup=False)
    return paths
