"""A headline printed again: the same text (spaces ignored, Traditional read as Simplified)
as in an earlier issue."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...issue.findings import Finding, Severity
from ...issue.places import Place
from ...issue.sections import NEWS_KEYS, news_section
from ...issue.textclean import to_simplified
from ..listing import Entry
from .base import FileFinding


def _key(headline: str) -> str:
    return to_simplified("".join(headline.split()))


def check_headlines(entries: Sequence[Entry]) -> Iterator[FileFinding]:
    """A warning at each headline an earlier issue already printed."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        assert entry.issue is not None
        for key in NEWS_KEYS:
            for i, item in enumerate(news_section(entry.issue, key).items):
                text = _key(item.headline)
                if not text:
                    continue
                earlier = seen.get(text)
                if earlier is not None and earlier is not entry:
                    place: Place = ("sections", key, "items", i, "headline")
                    yield FileFinding(entry.path, Finding(
                        Severity.WARNING, place,
                        f"标题与{earlier.label}（{earlier.path.name}）中的一条相同；请核对是否重复刊发"))
                else:
                    seen[text] = entry
