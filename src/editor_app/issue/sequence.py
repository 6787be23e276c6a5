"""One issue against the one before it in the series: the 期号, the 总期号 and the date.

The one copy of these rules: ``validation.validate(previous=…)`` (``bulletin validate
--previous``) and the archive's checks across issues (``archive.checks``) both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .findings import Finding, error_at, warning_at
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
            yield error_at(NUMBER, "期号 {number} 小于上一期的期号 {previous}", number=m.number, previous=p.number)
        elif m.year == p.year and m.number == p.number:
            yield warning_at(NUMBER, "期号与上一期相同（{previous}），请核对", previous=p.number)
        elif m.year == p.year and m.number > p.number + 1:
            yield warning_at(NUMBER, "期号从上一期的 {previous} 跳到 {number}，缺{gap}；请核对期号",
                             previous=p.number, number=m.number, gap=_gap(p.number + 1, m.number - 1))
        elif m.year > p.year and m.number != 1:
            yield warning_at(NUMBER, "新的一年（{year}）期号应从 1 开始，现为 {number}", year=m.year, number=m.number)
        elif m.year < p.year:
            yield error_at(("masthead", "year"), "年份 {year} 早于上一期的 {previous}", year=m.year, previous=p.year)
    if m.total_number and p.total_number:
        if m.total_number <= p.total_number:
            yield error_at(TOTAL, "总期号 {number} 应大于上一期的总期号 {previous}",
                           number=m.total_number, previous=p.total_number)
        elif m.total_number > p.total_number + 1:
            yield warning_at(TOTAL, "总期号从上一期的 {previous} 跳到 {number}，缺总{gap}；请核对",
                             previous=p.total_number, number=m.total_number,
                             gap=_gap(p.total_number + 1, m.total_number - 1))


def date_findings(issue: Issue, previous: Issue) -> Iterator[Finding]:
    """The date is not before ``previous``'s."""
    m, p = issue.masthead, previous.masthead
    if isinstance(m.date, dt.date) and isinstance(p.date, dt.date) and m.date < p.date:
        yield error_at(DATE, "出刊日期早于上一期（{previous}）", previous=p.date.isoformat())
