"""What a check across issues reports: a finding in one issue file."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ...issue.findings import Finding
from ...issue.places import Place
from ...issue.sections import SECTION_KEYS

MASTHEAD_ORDER = ("year", "number", "total_number", "date")


class FileFinding(NamedTuple):
    """A finding in the issue file ``path``."""

    path: Path
    finding: Finding


def place_key(place: Place) -> tuple:
    """``place`` in the order of the issue: the masthead's numbers and date, then the
    sections in print order, entries by their index."""
    if place[:1] == ("masthead",) and len(place) > 1 and place[1] in MASTHEAD_ORDER:
        return (0, MASTHEAD_ORDER.index(str(place[1])))
    if place[:1] == ("sections",) and len(place) > 1 and place[1] in SECTION_KEYS:
        rest = tuple((0, step, "") if isinstance(step, int) else (1, 0, str(step)) for step in place[2:])
        return (1, SECTION_KEYS.index(str(place[1])), rest)
    return (2,)
