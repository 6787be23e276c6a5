"""A headline printed again: the same text (spaces ignored, Traditional read as Simplified)
as in an earlier issue."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...issue.findings import warning_at
from ...issue.places import Place
from ...issue.sections import NEWS_KEYS, news_section
from ..fold import fold
from ..listing import Entry
from .base import FileFinding


def _key(headline: str) -> str:
    return fold("".join(headline.split()))


class HeadlineMemory:
    """The headlines of the issues remembered so far, each with the first issue printing it."""

    def __init__(self) -> None:
        self.seen: dict[str, Entry] = {}

    def check(self, entry: Entry) -> Iterator[FileFinding]:
        """A warning at each headline of ``entry`` an issue remembered already printed."""
        assert entry.issue is not None
        for key in NEWS_KEYS:
            for i, item in enumerate(news_section(entry.issue, key).items):
                earlier = self.seen.get(_key(item.headline))
                if earlier is not None:
                    place: Place = ("sections", key, "items", i, "headline")
                    yield FileFinding(entry.path, warning_at(
                        place, "标题与{issue}（{file}）中的一条相同；请核对是否重复刊发",
                        issue=earlier.label, file=earlier.path.name))

    def remember(self, entry: Entry) -> None:
        assert entry.issue is not None
        for key in NEWS_KEYS:
            for item in news_section(entry.issue, key).items:
                text = _key(item.headline)
                if text:
                    self.seen.setdefault(text, entry)


def check_headlines(entries: Sequence[Entry]) -> Iterator[FileFinding]:
    """A warning at each headline an earlier issue already printed."""
    memory = HeadlineMemory()
    for entry in entries:
        yield from memory.check(entry)
        memory.remember(entry)
