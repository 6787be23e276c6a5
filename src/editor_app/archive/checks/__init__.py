"""Checks across the issues of an archive, each in a module of its own: the order of the
series (``order``: 期号, 总期号, dates), projects reported with other figures (``projects``),
headlines repeated (``headlines``). Each finding is the ``issue.findings.Finding`` of one file
(``base.FileFinding``).

``check_archive`` walks the whole series; ``SeriesContext`` checks one issue being edited
against the others with the same rules, remembering what the issues before it hold, so that
the editor re-checks on each keystroke in well under a millisecond per issue.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from pathlib import Path

from ...issue.findings import Finding
from ...issue.model import Issue
from ..listing import Entry, series_key
from .base import FileFinding, place_key
from .headlines import HeadlineMemory, check_headlines
from .order import check_order, series_findings
from .projects import ProjectMemory, check_projects

__all__ = ["FileFinding", "SeriesContext", "check_archive", "check_in_archive", "findings_by_file"]


def check_archive(entries: Sequence[Entry]) -> list[FileFinding]:
    """The findings across ``entries`` (in series order, ``listing.list_archive``), in that
    order, and within an issue in the order of its places."""
    readable = [e for e in entries if e.issue is not None]
    found = [*check_order(readable), *check_projects(readable), *check_headlines(readable)]
    at = {entry.path: n for n, entry in enumerate(readable)}
    return sorted(found, key=lambda f: (at[f.path], place_key(f.finding.path)))


def findings_by_file(found: Sequence[FileFinding]) -> dict[Path, list[Finding]]:
    """The findings of each file, in the order found."""
    files: dict[Path, list[Finding]] = {}
    for path, finding in found:
        files.setdefault(path, []).append(finding)
    return files


def _order_key(entry: Entry, checked: bool) -> tuple:
    """Series order by year and 期号, then date and 总期号; among issues of the same year and
    期号 the one checked comes last (it is the one repeating the others), whatever its 总期号
    or date, which may be missing or wrong."""
    assert entry.issue is not None  # the context holds readable issues only
    m = entry.issue.masthead
    if checked:
        return (0, m.year or 0, m.number or 0, 1)
    return (0, m.year or 0, m.number or 0, 0, *series_key(entry)[3:])


class SeriesContext:
    """The issues of an archive, for checking one issue (maybe not in it yet, maybe edited
    since saved) against them."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = [e for e in entries if e.issue is not None]
        self._resolved = [e.path.resolve() for e in self.entries]
        self._others: tuple[Path | None, list[Entry], list[tuple]] | None = None
        self._memo: tuple[Path | None, int, ProjectMemory, HeadlineMemory] | None = None

    def check(self, path: Path | None, issue: Issue) -> list[FileFinding]:
        """The findings of ``issue`` (the file ``path``; None: not saved yet)."""
        own = Entry(path or Path(), issue)
        others, keys = self._without(path)
        at = bisect.bisect_right(keys, _order_key(own, True))
        projects, headlines = self._memories(path, at, others)
        found = []
        if at:
            found += [FileFinding(own.path, f) for f in series_findings(issue, others[at - 1])]
        found += [*projects.check(own), *headlines.check(own)]
        return sorted(found, key=lambda f: place_key(f.finding.path))

    def _without(self, path: Path | None) -> tuple[list[Entry], list[tuple]]:
        """The other issues (all but the file ``path``) and their order keys."""
        if self._others is None or self._others[0] != path:
            here = path.resolve() if path is not None else None
            others = [e for e, r in zip(self.entries, self._resolved, strict=True) if r != here]
            self._others = (path, others, [_order_key(e, False) for e in others])
        return self._others[1], self._others[2]

    def _memories(self, path: Path | None, at: int,
                  others: list[Entry]) -> tuple[ProjectMemory, HeadlineMemory]:
        """What the issues before position ``at`` hold, kept while the issue stays there."""
        if self._memo is None or self._memo[:2] != (path, at):
            projects, headlines = ProjectMemory(), HeadlineMemory()
            for entry in others[:at]:
                projects.remember(entry)
                headlines.remember(entry)
            self._memo = (path, at, projects, headlines)
        return self._memo[2], self._memo[3]


def check_in_archive(path: Path, issue: Issue, entries: Sequence[Entry]) -> list[FileFinding]:
    """The findings of ``issue`` (the file ``path``) against the issues of ``entries``."""
    return SeriesContext(entries).check(path, issue)
