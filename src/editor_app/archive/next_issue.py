"""The next issue from the last one of the archive: numbers continue, the date is proposed,
the closing block and the 版记 carry over, the sections start empty."""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import statistics
from collections.abc import Sequence
from pathlib import Path

from ..issue.model import Issue, Masthead
from .listing import ArchiveError, Entry

DEFAULT_INTERVAL = dt.timedelta(days=30)  # when the archive holds fewer than two dated issues


def interval(issues: Sequence[Issue]) -> dt.timedelta:
    """The usual time between issues: the median of the gaps between consecutive dated ones."""
    dates = [i.masthead.date for i in issues if isinstance(i.masthead.date, dt.date)]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates) if b > a]
    return dt.timedelta(days=round(statistics.median(gaps))) if gaps else DEFAULT_INTERVAL


def next_masthead(issues: Sequence[Issue]) -> Masthead:
    """The masthead after the last of ``issues`` (in series order): the proposed date decides
    the year; a new year starts 期号 at 1 and 总期号 continues."""
    last = issues[-1].masthead
    date = last.date + interval(issues) if isinstance(last.date, dt.date) else None
    year = date.year if date is not None else last.year
    if year is not None and last.year is not None and year > last.year:
        number: int | None = 1
    else:
        number = last.number + 1 if last.number else None
    total = last.total_number + 1 if last.total_number else None
    return Masthead(year=year, number=number, total_number=total, issuer=last.issuer, date=date)


class UnreadableIssues(ArchiveError):
    """Issue files of the archive that cannot be read (``problems``, one line each): any of
    them may be the last issue, so numbers proposed without them could repeat theirs."""

    def __init__(self, folder: Path | None, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(folder, f"{len(self.problems)} 个期刊文件无法读取，接续的期号可能与它们的期号重复；"
                         "请改正这些文件，或把它们移出期刊库文件夹后重试")


def next_issue(entries: Sequence[Entry], folder: Path | None = None) -> Issue:
    """A new issue following the last one of ``entries`` (``listing.list_archive``), all of
    which must be readable (``UnreadableIssues``)."""
    if unreadable := [e.problem for e in entries if e.issue is None]:
        raise UnreadableIssues(folder, unreadable)
    issues = [e.issue for e in entries if e.issue is not None]
    if not issues:
        raise ArchiveError(folder, "期刊库中没有可读的期刊，无法接续；请先放入上一期的期刊文件")
    last = issues[-1]
    return Issue(profile=last.profile, masthead=next_masthead(issues),
                 closing=copy.deepcopy(last.closing), distribution=copy.deepcopy(last.distribution))
