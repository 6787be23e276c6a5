"""A line cleaned as the editor asked and a fully cleaned copy of it, with a map between them.

Recognition (headings, headlines, sentences, projects) reads the fully cleaned copy, so it
finds the same structure whichever cleaning the editor keeps; what it finds is then cut out
of the kept text through the map. Each cleaning step records, for every character it
returns, where in the source line that character came from; two cleanings of one line are
mapped onto each other through those source positions.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from .cleaning import clean
from .options import ImportOptions

EVERY_STEP = ImportOptions(remove_pinyin=True, full_width_punctuation=True, simplified=True)


@dataclass(frozen=True)
class Normalised:
    """``text`` is the fully cleaned line, ``kept`` the line cleaned as asked; character
    ``i`` of ``text`` stands for ``kept[offsets[i]:offsets[i + 1]]``. ``offsets`` has
    ``len(text) + 1`` entries, non-decreasing, from 0 to ``len(kept)``."""

    text: str
    kept: str
    offsets: tuple[int, ...]

    @classmethod
    def same(cls, text: str) -> Normalised:
        """A line whose kept text is its normalised text."""
        return cls(text, text, tuple(range(len(text) + 1)))

    def kept_span(self, start: int, end: int) -> str:
        """The kept text of ``text[start:end]``."""
        return self.kept[self.offsets[start]:self.offsets[end]]

    def joined(self, other: Normalised) -> Normalised:
        """This line with ``other`` run on after it (a line wrapped at a page's width)."""
        shift = len(self.kept)
        return Normalised(self.text + other.text, self.kept + other.kept,
                          self.offsets[:-1] + tuple(o + shift for o in other.offsets))

    def part(self, start: int, end: int) -> Normalised:
        """``text[start:end]`` with its kept text."""
        base = self.offsets[start]
        return Normalised(self.text[start:end], self.kept_span(start, end),
                          tuple(o - base for o in self.offsets[start:end + 1]))


def normalise(line: str, options: ImportOptions) -> tuple[Normalised, dict[str, int]]:
    """The line fully cleaned and cleaned as ``options`` ask, mapped onto each other; the
    counts are those of the cleaning asked for."""
    kept, counts = clean(line, options)
    if replace(options, profile=None) == EVERY_STEP:
        return Normalised.same(kept.text), counts
    full, _ = clean(line, EVERY_STEP)
    # A normalised character starts where the first kept character from the same place
    # of the source, or a later one, is; the ends are pinned so the spans cover ``kept``.
    inner = [bisect_left(kept.origins, origin) for origin in full.origins[1:]]
    offsets = (0, *inner, len(kept.text)) if full.text else (0,)
    return Normalised(full.text, kept.text, offsets), counts


def normalise_lines(lines: list[str], options: ImportOptions) -> tuple[list[Normalised], dict[str, int]]:
    """Each line normalised, and the changes made by each cleaning step that ran."""
    result: list[Normalised] = []
    total = dict.fromkeys(clean("", options)[1], 0)
    for line in lines:
        normalised, counts = normalise(line, options)
        result.append(normalised)
        for key, n in counts.items():
            total[key] += n
    return result, total
