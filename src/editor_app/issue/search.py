"""Find and replace over the text fields of an issue.

A hit is a place (``places.Place``) and the span of the text there. Matching ignores case
(unless asked, which matters for Latin letters only) and, when asked, the difference between
Simplified and Traditional characters, compared on a copy converted character for character
so that spans stay those of the text as typed. A metric's value is searched too, but replaced
only when the result is still a number (``numbers.parse_number``); the other numbers (year,
issue number, print count) and the date are not text and are not searched.
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import msgspec

from .model import Issue
from .numbers import NumberError, parse_number
from .places import Place
from .sections import SECTIONS, action_section, news_section
from .textclean import simplified_characters, to_simplified

_PROJECT_TEXTS = ("company", "name", "technology", "facility")


@dataclass(frozen=True)
class Query:
    text: str
    match_case: bool = False
    any_script: bool = True  # 简 matches 簡 and the other way round
    within: Place = ()  # only the fields at or under this place; () the whole issue


@dataclass(frozen=True)
class Hit:
    place: Place  # of a text field (a paragraph: its index in the list)
    start: int
    end: int


def text_fields(issue: Issue) -> Iterator[tuple[Place, str]]:
    """Every text field of the issue with its place, in the order the issue is printed."""
    masthead = issue.masthead
    yield ("masthead", "issuer"), masthead.issuer
    for spec in SECTIONS:
        if spec.kind == "news":
            for n, item in enumerate(news_section(issue, spec.key).items):
                yield (*spec.entries_place, n, "headline"), item.headline
                for p, paragraph in enumerate(item.paragraphs):
                    yield (*spec.entries_place, n, "paragraphs", p), paragraph
            continue
        action = action_section(issue)
        yield (*spec.place, "introduction"), action.introduction
        for n, project in enumerate(action.projects):
            base = (*spec.entries_place, n)
            for key in _PROJECT_TEXTS:
                yield (*base, key), getattr(project, key)
            for metric, entry in project.metrics.items():
                yield (*base, "metrics", metric, "value"), entry.value
            yield (*base, "wording"), project.wording
    yield ("closing", "heading"), issue.closing.heading
    yield ("closing", "text"), issue.closing.text
    distribution = issue.distribution
    for key in ("report", "send", "issue"):
        yield ("distribution", key), getattr(distribution, key)


def is_number_field(place: Place) -> bool:
    """A metric's value: text that must stay a number."""
    return len(place) >= 2 and place[-1] == "value" and "metrics" in place


@lru_cache(maxsize=1 << 15)  # every field of the largest issue the editor opens
def _folded(text: str, match_case: bool, any_script: bool) -> str:
    """``text`` compared as the query asks, of the same length (a character whose lower case
    or Simplified form is longer stays as it is)."""
    if not match_case:
        lower = text.lower()
        text = lower if len(lower) == len(text) else "".join(
            low if len(low := c.lower()) == 1 else c for c in text)
    if any_script:
        table, traditional = simplified_characters()
        if not table:
            simple = to_simplified(text)
            text = simple if len(simple) == len(text) else text
        elif not traditional.isdisjoint(text):  # most text is Simplified throughout
            text = text.translate(table)
    return text


def find(issue: Issue, query: Query) -> list[Hit]:
    """The hits of ``query`` in print order; none for an empty query. Hits do not overlap."""
    if not query.text:
        return []
    needle = _folded(query.text, query.match_case, query.any_script)
    hits: list[Hit] = []
    for place, text in text_fields(issue):
        if place[: len(query.within)] != query.within or len(text) < len(needle):
            continue
        haystack = _folded(text, query.match_case, query.any_script)
        start = haystack.find(needle)
        while start >= 0:
            hits.append(Hit(place, start, start + len(needle)))
            start = haystack.find(needle, start + len(needle))
    return hits


def keeps_number(place: Place, text: str) -> bool:
    """False when ``place`` holds a number and ``text`` is not one."""
    if not is_number_field(place):
        return True
    try:
        parse_number(text)
    except NumberError:
        return False
    return True


def replaced(text: str, hit: Hit, replacement: str) -> str | None:
    """``text`` (the field of ``hit``) with the hit replaced; None when a number would not stay one."""
    result = text[: hit.start] + replacement + text[hit.end:]
    return result if keeps_number(hit.place, result) else None


@dataclass(frozen=True)
class Replaced:
    issue: Issue  # a copy; the issue given is unchanged
    count: int
    skipped: int  # hits in numbers left alone: the result would not be a number


def replace_all(issue: Issue, query: Query, replacement: str) -> Replaced:
    """Every hit of ``query`` replaced by ``replacement``, in a copy of ``issue``."""
    by_place: dict[Place, list[Hit]] = {}
    for hit in find(issue, query):
        by_place.setdefault(hit.place, []).append(hit)
    result = deepcopy(issue)
    count = skipped = 0
    for place, hits in by_place.items():
        parent: Any = result
        for step in place[:-1]:
            parent = _get(parent, step)
        text = _get(parent, place[-1])
        for hit in reversed(hits):  # from the end: earlier spans stay where they are
            text = text[: hit.start] + replacement + text[hit.end:]
        if not keeps_number(place, text):
            skipped += len(hits)
            continue
        if isinstance(parent, msgspec.Struct):
            setattr(parent, str(place[-1]), text)
        else:
            parent[place[-1]] = text
        count += len(hits)
    return Replaced(result, count, skipped)


def _get(node: Any, step: str | int) -> Any:
    """A list's or dict's entry, or a struct's field."""
    return getattr(node, str(step)) if isinstance(node, msgspec.Struct) else node[step]
