"""One issue against the one before it in the series: the 期号, the 总期号 and the date.

The one copy of these rules: ``validation.validate(previous=…)`` (``bulletin validate
--previous``) and the archive's checks across issues (``archive.checks``) both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .findings import Finding, Severity
from .model import Issue
from .places import Place

NUMBER: Place = ("masthead", "number")
TOTAL: Place = ("masthead", "total_number")
DATE: Place = ("masthead", "date")


def _gap(first: int, last: int) -> str:
    return f"第{first}期" if first == last else f"第{first}–{last}期"


def numbering_findings(issue: Issue, previous: Issue) -> Iterator[Finding]:
    """期号 and 总期号 continue ``previous``'s: a repeat, a step back or a gap (10 → 13) is named.
    A new year starts again at 期号 1."""
    m, p = issue.masthead, previous.masthead
    if m.number and p.number and m.year and p.year:
        if m.year == p.year and m.number < p.number:
            yield Finding(Severity.ERROR, NUMBER, f"期号 {m.number} 小于上一期的期号 {p.number}")
        elif m.year == p.year and m.number == p.number:
            yield Finding(Severity.WARNING, NUMBER, f"期号与上一期相同（{p.number}），请核对")
        elif m.year == p.year and m.number > p.number + 1:
            yield Finding(Severity.WARNING, NUMBER, f"期号从上一期的 {p.number} 跳到 {m.number}，"
                          f"缺{_gap(p.number + 1, m.number - 1)}；请核对期号")
        elif m.year > p.year and m.number != 1:
            yield Finding(Severity.WARNING, NUMBER, f"新的一年（{m.year}）期号应从 1 开始，现为 {m.number}")
        elif m.year < p.year:
            yield Finding(Severity.ERROR, ("masthead", "year"), f"年份 {m.year} 早于上一期的 {p.year}")
    if m.total_number and p.total_number:
        if m.total_number <= p.total_number:
            yield Finding(Severity.ERROR, TOTAL,
                          f"总期号 {m.total_number} 应大于上一期的总期号 {p.total_number}")
        elif m.total_number > p.total_number + 1:
            yield Finding(Severity.WARNING, TOTAL, f"总期号从上一期的 {p.total_number} 跳到 {m.total_number}，"
                          f"缺总{_gap(p.total_number + 1, m.total_number - 1)}；请核对")


def date_findings(issue: Issue, previous: Issue) -> Iterator[Finding]:
    """The date is not before ``previous``'s."""
    m, p = issue.masthead, previous.masthead
    if isinstance(m.date, dt.date) and isinstance(p.date, dt.date) and m.date < p.date:
        yield Finding(Severity.ERROR, DATE, f"出刊日期早于上一期（{p.date.isoformat()}）")
