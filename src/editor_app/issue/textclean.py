"""Cleaning text pasted from PDFs, web pages and conversion tools.

Detection (used by validation) is regex-only and cheap; the cleaning functions that need
dictionaries (pinyin readings, OpenCC) import them on first use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# C0/C1 controls except tab, line feed and carriage return, lone surrogates and the
# non-characters U+FFFE and U+FFFF: none belong in text and most cannot be written into XML.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HALF_PUNCT = ",;:?!()"
_HALF_PUNCT_SET = frozenset(_HALF_PUNCT)
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (an escape such as ``"\\ud800"`` in a file) as U+FFFD:
    what UTF-8 can hold, one character for one, so places in the text stay where they were."""
    return _SURROGATE.sub("\ufffd", text)


# The patterns with the CJK class are compiled when first needed (each takes about 1 ms, most
# of it re marking the class's 28,000 characters one by one), and only for text that holds
# the half-width marks they look for: typed Chinese text rarely does.


@cache
def _pinyin_artefact() -> re.Pattern[str]:
    return re.compile(rf"([{CJK}])\(([a-zü]*[{_TONED}][a-zü{_TONED}]*)\)")


@cache
def _half_width_in_chinese() -> re.Pattern[str]:
    punct = re.escape(_HALF_PUNCT)
    return re.compile(rf"(?<=[{CJK}“”《》（）])[{punct}]|[{punct}](?=[{CJK}“《])")


def find_pinyin_artefacts(text: str) -> list[str]:
    """``關(guān)`` style leftovers of a conversion tool: the matched strings."""
    if "(" not in text:
        return []
    return [m.group(0) for m in _pinyin_artefact().finditer(text)]


def find_half_width_in_chinese(text: str) -> list[str]:
    """Half-width ,;:?!() next to Chinese (``1,000`` between digits is not)."""
    if _HALF_PUNCT_SET.isdisjoint(text):
        return []
    return _half_width_in_chinese().findall(text)


@lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.TONE, heteronym=True)[0])


def pinyin_artefact_spans(text: str) -> list[tuple[int, int]]:
    """Where the toned pinyin after a character is one of its real readings: the spans of
    the ``(guān)`` to drop.

    Parentheses that are not a reading of the character before them, such as （等价值）, stay.
    """
    if "(" not in text:
        return []
    t2s = _converter("t2s")  # readings of Traditional characters via their Simplified form
    spans = []
    for match in _pinyin_artefact().finditer(text):
        char, syllable = match.group(1), match.group(2)
        if syllable in _readings(char) | _readings(t2s.convert(char)):
            spans.append((match.end(1), match.end()))
    return spans


def remove_pinyin_artefacts(text: str) -> tuple[str, int]:
    """Drop a character's toned pinyin after it when it is one of its real readings."""
    spans = pinyin_artefact_spans(text)
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text, len(spans)


def strip_control(text: str) -> tuple[str, int]:
    """Remove what ``CONTROL`` matches, and count it; tabs and line breaks stay as they are."""
    return CONTROL.subn("", text)


# A bracket left half-width whose partner became full-width: （shù) → （shù）.
_HALF_CLOSE = re.compile(r"（([^（）()]*)\)")
_HALF_OPEN = re.compile(r"\(([^（）()]*)）")


def full_width_punctuation(text: str) -> tuple[str, int]:
    """Half-width ,;:?!() next to Chinese become full-width; ``1,000`` between digits stays.

    Brackets go in pairs: when one of a pair is next to Chinese, both become full-width.
    """
    if _HALF_PUNCT_SET.isdisjoint(text):
        return text, 0
    total = 0
    while True:  # a mark made full-width can put the next one in Chinese text: （等价值),
        text, marks = _half_width_in_chinese().subn(lambda m: _FULL[m.group(0)], text)
        text, closed = _HALF_CLOSE.subn(r"（\1）", text)
        text, opened = _HALF_OPEN.subn(r"（\1）", text)
        changed = marks + closed + opened
        if not changed:
            return text, total
        total += changed


@cache
def simplified_characters() -> tuple[dict[int, str], frozenset[str]]:
    """OpenCC's Traditional → Simplified table, character for character (its first choice),
    for ``str.translate``, and its Traditional characters; empty when the table is not where
    OpenCC keeps it.

    Folding both sides of a comparison through it (find, the archive's index) matches 乾 with
    itself whatever the phrase, keeps lengths (a hit's place in the folded text is its place
    in the text as written), and takes milliseconds for a million characters, where OpenCC's
    phrase conversion (``to_simplified``) takes seconds.
    """
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}, frozenset()
    table: dict[int, str] = {}
    for line in lines:
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(traditional) == 1 and len(first) == 1:
            table[ord(traditional)] = first
    return table, frozenset(map(chr, table))


@lru_cache(maxsize=2)
def _converter(config: str):  # -> opencc.OpenCC
    from opencc import OpenCC

    return OpenCC(config)


# OpenCC leaves 著 alone (著作 stays 著); in these phrases it is the particle 着.
_ZHE_PARTICLE = re.compile("(?<=[沿随隨意味接朝向有为為跟])著")


def to_simplified(text: str) -> str:
    return _ZHE_PARTICLE.sub("着", _converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)
