"""Checks across the issues of an archive, each in a module of its own: the order of the
series (``order``: 期号, 总期号, dates), projects reported with other figures (``projects``),
headlines repeated (``headlines``). Each finding is the ``issue.findings.Finding`` of one file
(``base.FileFinding``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ...issue.model import Issue
from ..listing import Entry, series_key
from .base import FileFinding
from .headlines import check_headlines
from .order import check_order
from .projects import check_projects

__all__ = ["FileFinding", "check_archive", "check_in_archive"]


def check_archive(entries: Sequence[Entry]) -> list[FileFinding]:
    """The findings across ``entries`` (in series order, ``listing.list_archive``)."""
    readable = [e for e in entries if e.issue is not None]
    return [*check_order(readable), *check_projects(readable), *check_headlines(readable)]


def check_in_archive(path: Path, issue: Issue, entries: Sequence[Entry]) -> list[FileFinding]:
    """The findings of ``issue`` (the file ``path``, maybe not yet in the archive, maybe
    edited since saved) against the issues of ``entries``."""
    here = path.resolve()
    others = [e for e in entries if e.path.resolve() != here]
    own = Entry(path, issue)
    # Among issues of the same numbers, the one checked comes last: it repeats the others.
    merged = sorted([*others, own], key=lambda e: (*series_key(e)[:-1], e is own))
    return [f for f in check_archive(merged) if f.path == path]
