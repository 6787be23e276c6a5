"""Text folded for the search index: Traditional characters as Simplified, full-width Latin
letters, digits and signs as ASCII (ＥＳＧ, ８月), lower case.

Character by character, with OpenCC's own table (``issue.textclean.simplified_characters``,
shared with find and replace): index and query are folded alike, so phrase-level choices do
not matter here, and lengths are kept, so a hit's place in the folded text is its place in
the text as written.
"""

from __future__ import annotations

from functools import cache

from ..issue.textclean import simplified_characters

# U+FF01–U+FF5E are U+0021–U+007E at full width; the ideographic space is a space.
_FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


@cache
def _table() -> dict[int, str]:
    return {**simplified_characters()[0], **_FULL_WIDTH}


def fold(text: str) -> str:
    """``text`` as the index holds it."""
    return text.translate(_table()).lower()
