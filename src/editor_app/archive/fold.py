"""Text folded for the search index: Traditional characters as Simplified, lower case.

Character by character, with OpenCC's own table (``issue.textclean.simplified_characters``,
shared with find and replace): index and query are folded alike, so phrase-level choices do
not matter here, and lengths are kept, so a hit's place in the folded text is its place in
the text as written.
"""

from __future__ import annotations

from ..issue.textclean import simplified_characters


def fold(text: str) -> str:
    """``text`` as the index holds it."""
    return text.translate(simplified_characters()[0]).lower()
