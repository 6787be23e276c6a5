"""The order of the series: each issue against the one before it (``issue.sequence``, the
rules ``bulletin validate --previous`` uses), a repeated 期号 or 总期号 naming the file that
holds it first: usually a copy of the same issue left in the folder."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from ...issue.findings import Finding
from ...issue.model import Issue
from ...issue.sequence import NUMBER, TOTAL, date_findings, numbering_findings
from ..listing import Entry
from .base import FileFinding


def series_findings(issue: Issue, previous: Entry) -> Iterator[Finding]:
    """``issue``'s 期号, 总期号 and date against the issue of ``previous`` (a readable entry)."""
    assert previous.issue is not None
    m, p, name = issue.masthead, previous.issue.masthead, previous.path.name
    for f in numbering_findings(issue, previous.issue):
        if f.path == NUMBER and (m.year, m.number) == (p.year, p.number):
            yield Finding(f.severity, NUMBER, "期号与上一期 {file} 相同（{previous}），请核对",
                          (("file", name), ("previous", str(p.number))))
        elif f.path == TOTAL and m.total_number == p.total_number:
            yield Finding(f.severity, TOTAL, "总期号 {number} 与上一期 {file} 的总期号相同，应大于它",
                          (("number", str(m.total_number)), ("file", name)))
        else:
            yield f
    yield from date_findings(issue, previous.issue)


def check_order(entries: Sequence[Entry]) -> Iterator[FileFinding]:
    """Gaps, repeats and steps back in 期号 and 总期号, and dates out of order."""
    for previous, entry in itertools.pairwise(entries):
        assert entry.issue is not None
        for finding in series_findings(entry.issue, previous):
            yield FileFinding(entry.path, finding)
