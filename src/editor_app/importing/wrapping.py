"""Lines hard-wrapped at a page's width (text copied from a PDF) joined to their paragraphs.

A text is wrapped when many of its lines are about as long as the longest ones and hardly
any is longer. Length is measured in characters (a fixed-width cut) and in display width (a
PDF's lines: a Latin letter or digit takes half a Chinese character); a line is full when it
is about that long by either measure.

A line continues the one before it when that one is full and does not end a sentence; it may
be a character short (one taken along by a mark that may not begin a line, as in 见》）), the
first line of a paragraph two more (its indent, lost in copying). Where a full line ends a
sentence, the next line continues it when the paragraph is already longer than a headline
and the next line is full too: a short one may be the next headline, and the indent a PDF
copy loses leaves a new paragraph's first line short. A line that is indented, follows a
blank line or opens a block (a heading, the 版记) starts anew.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

# A line ending a sentence, with the closing quotes or brackets that may follow its mark.
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)》]*$")
SHARE = 0.3  # of the lines about as long as the longest, at least, in a wrapped text
LONGER = 0.1  # of the lines longer than that, at most (a masthead line with its date)
MIN_LINES = 3
# Characters to a line of a page column: lines of equal length outside these are paragraphs
# (a project sentence of a template, say), not a page's lines.
MIN_COLUMN, MAX_COLUMN = 12, 60
INDENT = 2  # characters a paragraph's first line is indented by
KINSOKU = 1  # characters a line may lose to the next with a mark that may not begin a line


def display_width(text: str) -> int:
    """Half-characters: a Chinese character or full-width mark is two, a Latin letter one."""
    return sum(2 if unicodedata.east_asian_width(char) in "WFA" else 1 for char in text)


@dataclass(frozen=True)
class Measure:
    """A full line's length by one measure, how much shorter a full line may be (hanging
    punctuation, a half-width digit) and how long a Chinese character is."""

    length: Callable[[str], int]
    width: int
    slack: int
    unit: int

    def fills(self, line: str, short: int) -> bool:
        """Whether ``line`` is full, or ``short`` characters short of it."""
        return self.length(line) >= self.width - self.slack - short * self.unit


def _measure(lines: list[str], length: Callable[[str], int], slack: int, unit: int) -> Measure | None:
    """The length most lines are about as long as, if the text is wrapped at it; ``unit`` is
    how long a Chinese character is by this measure."""
    counts = Counter(length(line) for line in lines)
    candidates = [(sum(counts[near] for near in range(width - slack, width + slack + 1)), width)
                  for width in counts if MIN_COLUMN * unit <= width <= MAX_COLUMN * unit]
    if not candidates:
        return None
    near, width = max(candidates)
    longer = sum(n for value, n in counts.items() if value > width + slack)
    if near < max(MIN_LINES, SHARE * len(lines)) or longer > LONGER * len(lines):
        return None
    return Measure(length, width, slack, unit)


@dataclass(frozen=True)
class Column:
    """The width a text is wrapped at, by each measure that finds it."""

    measures: tuple[Measure, ...]

    @property
    def characters(self) -> int:
        """About how many Chinese characters a full line holds, for the report."""
        first = self.measures[0]
        return first.width if first.length is len else round(first.width / 2)

    def fills(self, line: str, short: int = 0) -> bool:
        """Whether ``line`` is full, or ``short`` characters short of it, by either measure."""
        return any(measure.fills(line, short) for measure in self.measures)


def find_column(lines: list[str]) -> Column | None:
    """The column ``lines`` are wrapped at; None if they are not wrapped."""
    measures = tuple(measure for measure in (_measure(lines, len, 1, 1), _measure(lines, display_width, 3, 2))
                     if measure)
    return Column(measures) if measures else None


def continued(lines: list[str], blank_before: list[bool], opens: list[bool], whole: list[bool],
              headline: int) -> tuple[Column | None, list[bool]]:
    """The column the text is wrapped at (None: it is not) and, for each line, whether it
    continues the paragraph of the line before it. ``lines`` keep their indentation and have
    no trailing spaces, none is empty; a line that ``opens`` a block (a heading, the 版记)
    continues none, one that is ``whole`` (a heading) is continued by none; ``headline`` is
    the longest a headline is, in characters."""
    column = find_column(lines)
    if column is None:
        return None, [False] * len(lines)
    joins = [False]
    paragraph = len(lines[0].strip())  # characters of the paragraph so far
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        starts = line[0].isspace() or blank_before[i] or opens[i] or whole[i - 1]
        if starts or not column.fills(before, KINSOKU + (0 if joins[-1] else INDENT)):
            join = False
        elif _SENTENCE_END.search(before):
            join = paragraph > headline and column.fills(line)
        else:
            join = True
        joins.append(join)
        paragraph = paragraph + len(line.strip()) if join else len(line.strip())
    return column, joins
