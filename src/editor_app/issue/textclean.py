"""Cleaning text pasted from PDFs, web pages and conversion tools.

Detection (used by validation) is regex-only and cheap; the cleaning functions that need
dictionaries (pinyin readings, OpenCC) import them on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import msgspec

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# CJK and full-width punctuation and Chinese quotes: with ``CJK``, the characters of Chinese text.
CHINESE_MARKS = "\u3001-\u303f\uff00-\uffef“”‘’"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# C0/C1 controls except tab, line feed and carriage return: a terminal acts on them (ESC
# starts its commands).
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
# Those, lone surrogates and the non-characters U+FFFE and U+FFFF: none belong in text and
# most cannot be written into XML.
CONTROL = re.compile(f"[{_CONTROLS}\ud800-\udfff\ufffe\uffff]")
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


# Characters a PDF's text layer leaves in pasted text that a reader cannot see, or that look
# like a hanzi and are not one. The kinds, in the order validation names them:
BIDI = "bidi"  # direction controls: they print the text after them reversed
INVISIBLE = "invisible"  # zero-width and format characters: print nothing, break search
SPACE = "space"  # spaces other than the plain one (and the no-break space, which typography knows)
BREAK = "break"  # U+2028, U+2029: a line break pasted into one field, cleaned as a space is
LOOKALIKE = "lookalike"  # Kangxi radicals, compatibility ideographs: another character's form
RADICAL = "radical"  # a radical with no ideograph of its own (⺮): to be retyped
PRIVATE = "private"  # private use: a glyph of the PDF's font that no other font has
LOST = "lost"  # U+FFFD: a conversion lost the character

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_INVISIBLE = "\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff"
# Not the ideographic space U+3000: Chinese text sets it on purpose (between the units of a
# 版记, for alignment); nor the no-break space, typography in 10 kV (``remove_spaces_in_chinese``
# takes either out from between Chinese characters).
_SPACES = "\u2000-\u200a\u202f\u205f"
_BREAKS = "\u2028\u2029"
_RADICALS = "\u2e80-\u2fdf"  # CJK Radicals Supplement, Kangxi Radicals
_COMPATIBLE = "\uf900-\ufaff\U0002f800-\U0002fa1f"
_PRIVATE = "\ue000-\uf8ff\U000f0000-\U0010ffff"
_ODD = f"{_BIDI}{_INVISIBLE}{_SPACES}{_BREAKS}{_RADICALS}{_COMPATIBLE}{_PRIVATE}\ufffd"
_UNSEEN = _BIDI + _INVISIBLE
_SPACING = f"{_SPACES}{_BREAKS}"  # cleaned as spaces are
_LOOKS_ODD = f"{_SPACING}{_RADICALS}{_COMPATIBLE}"  # what ``plain_forms`` may change


@cache  # compiled when first needed: together they take about 2 ms
def _any_of(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{characters}]")


@cache
def _spaces_in_chinese() -> re.Pattern[str]:
    spaces, chinese = f"[{_SPACING}]+", f"[{CJK}{CHINESE_MARKS}]"
    return re.compile(f"(?<={chinese}){spaces}|{spaces}(?={chinese})")


class OddCharacter(msgspec.Struct, frozen=True):
    char: str
    kind: str
    count: int  # how often it occurs in the text
    replacement: str | None  # the character it stands for, when that is certain

    @property
    def named(self) -> str:
        """``U+202E RIGHT-TO-LEFT OVERRIDE``; the code point alone for a character without a
        name (private use)."""
        name = unicodedata.name(self.char, "")
        return f"U+{ord(self.char):04X} {name}".rstrip()


def _kind(char: str) -> tuple[str, str | None] | None:
    """The kind of an odd character and its replacement; None when it is an ordinary one
    (an unassigned code point among the radicals, a compatibility ideograph that is unified)."""
    if _any_of(_UNSEEN).match(char):
        return (BIDI if _any_of(_BIDI).match(char) else INVISIBLE), None
    if char == "\ufffd":
        return LOST, None
    category = unicodedata.category(char)
    if category == "Zs":
        return SPACE, None
    if category in ("Zl", "Zp"):
        return BREAK, None
    if category == "Co":
        return PRIVATE, None
    unified = unicodedata.normalize("NFKC", char)
    if unified != char and len(unified) == 1:
        return LOOKALIKE, unified
    return (RADICAL, None) if category == "So" else None


def odd_characters(text: str) -> list[OddCharacter]:
    """The invisible and look-alike characters in ``text``, each once, in the order they
    first occur."""
    counts: dict[str, int] = {}
    for char in _any_of(_ODD).findall(text):
        counts[char] = counts.get(char, 0) + 1
    found = []
    for char, count in counts.items():
        kind = _kind(char)
        if kind is not None:
            found.append(OddCharacter(char, kind[0], count, kind[1]))
    return found


def unseen_spans(text: str) -> list[tuple[int, int]]:
    """Where the direction controls and the zero-width characters are: to be removed."""
    return [m.span() for m in _any_of(_UNSEEN).finditer(text)]


def shown_plainly(text: str) -> str:
    """``text`` for a line printed to a terminal: each direction control, zero-width or
    control character as ``<U+202E>``. Printed as they are, they would reverse, hide or
    (ESC) command what follows."""
    return _any_of(_UNSEEN + _CONTROLS).sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def odd_space_spans(text: str) -> list[tuple[int, int]]:
    """The runs of odd spaces (line separators too) next to Chinese: to be removed, as official
    style sets no space there."""
    if not _any_of(_SPACING).search(text):
        return []
    return [m.span() for m in _spaces_in_chinese().finditer(text)]


def plain_forms(text: str) -> tuple[str, int]:
    """Odd spaces and line separators as plain spaces, look-alikes as the ideographs they stand for: one character
    for one."""
    count = 0

    def plain(match: re.Match[str]) -> str:
        nonlocal count
        char = match.group(0)
        kind = _kind(char)
        if kind is not None and kind[0] in (SPACE, BREAK):
            count += 1
            return " "
        if kind is not None and kind[1] is not None:
            count += 1
            return kind[1]
        return char

    return _any_of(_LOOKS_ODD).sub(plain, text), count


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the (sorted, disjoint) spans."""
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    return "".join(kept) + text[last:]


def clean_invisible(text: str) -> tuple[str, int]:
    """Remove the direction controls and the zero-width characters, then the odd spaces and
    line separators next to Chinese; the others become plain spaces, look-alikes the ideographs
    they stand for. A private-use character or U+FFFD stays: the character it lost has to be retyped."""
    unseen = unseen_spans(text)
    text = _without(text, unseen)
    spaces = odd_space_spans(text)
    text = _without(text, spaces)
    text, replaced = plain_forms(text)
    return text, len(unseen) + sum(end - start for start, end in spaces) + replaced


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
