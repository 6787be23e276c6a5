"""The order of the series: each issue against the one before it (``issue.sequence``, the
rules ``bulletin validate --previous`` uses)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from ...issue.sequence import date_findings, numbering_findings
from ..listing import Entry
from .base import FileFinding


def check_order(entries: Sequence[Entry]) -> Iterator[FileFinding]:
    """Gaps, repeats and steps back in 期号 and 总期号, and dates out of order."""
    for previous, entry in itertools.pairwise(entries):
        assert previous.issue is not None and entry.issue is not None
        for finding in (*numbering_findings(entry.issue, previous.issue),
                        *date_findings(entry.issue, previous.issue)):
            yield FileFinding(entry.path, finding)
