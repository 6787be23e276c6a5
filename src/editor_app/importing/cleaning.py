"""The cleaning steps of an import, each optional and each counted, each recording where
every character it returns came from in the source line."""

from __future__ import annotations

from dataclasses import dataclass

from ..issue.textclean import (
    CONTROL,
    full_width_punctuation,
    odd_space_spans,
    pinyin_artefact_spans,
    plain_forms,
    to_simplified,
    unseen_spans,
)
from .options import ImportOptions


@dataclass(frozen=True)
class Traced:
    """Text and, for each of its characters, its index in the source line (non-decreasing)."""

    text: str
    origins: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Traced:
        return cls(text, tuple(range(len(text))))

    def without(self, spans: list[tuple[int, int]]) -> Traced:
        """The text with the (sorted, disjoint) spans removed."""
        keep = [True] * len(self.text)
        for start, end in spans:
            keep[start:end] = [False] * (end - start)
        return Traced("".join(c for c, k in zip(self.text, keep, strict=True) if k),
                      tuple(o for o, k in zip(self.origins, keep, strict=True) if k))

    def replaced(self, text: str) -> Traced:
        """The same characters' places for a replacement of equal length."""
        assert len(text) == len(self.text), "a one-for-one step changed the length"
        return Traced(text, self.origins)


def clean(line: str, options: ImportOptions) -> tuple[Traced, dict[str, int]]:
    """``line`` after the cleaning steps ``options`` ask for, and the changes each step made
    (keys as in ``options.STEP_REPORTS``, for the steps that ran)."""
    traced = Traced.of(line)
    counts: dict[str, int] = {}
    controls = [m.span() for m in CONTROL.finditer(line)]
    traced, counts["control"] = traced.without(controls), len(controls)
    traced, counts["invisible"] = _visible(traced)
    if options.remove_pinyin:
        spans = pinyin_artefact_spans(traced.text)
        traced, counts["pinyin"] = traced.without(spans), len(spans)
    if options.full_width_punctuation:
        text, counts["punctuation"] = full_width_punctuation(traced.text)
        traced = traced.replaced(text)
    if options.simplified:
        # OpenCC's t2s dictionaries map every phrase to one of the same length.
        simple = traced.replaced(to_simplified(traced.text))
        counts["simplified"] = sum(a != b for a, b in zip(traced.text, simple.text, strict=True))
        traced = simple
    return traced, counts


def _visible(traced: Traced) -> tuple[Traced, int]:
    """``textclean.clean_invisible`` step by step, each keeping the characters' places."""
    unseen = unseen_spans(traced.text)
    traced = traced.without(unseen)
    spaces = odd_space_spans(traced.text)
    traced = traced.without(spaces)
    text, replaced = plain_forms(traced.text)
    return traced.replaced(text), len(unseen) + sum(end - start for start, end in spaces) + replaced
