"""Typography a reviewer marks in a Chinese official bulletin: detection and the certain fixes.

- Half-width spaces next to Chinese. Official style sets no space between Chinese characters,
  nor between Chinese and digits or Latin letters; spaces between Latin words and in ``10 kV``
  stay. Removing them is certain (a space used to split a headline is found too; the message
  suggests a comma, which the fix cannot choose).
- An ASCII hyphen in a range. GB/T 15834—2011《标点符号用法》4.13.3.1 keeps the short
  hyphen for numbers written as one code (dates like 2011-02-15, telephone and room numbers,
  table numbers 表2-8); 4.13.3.2 marks the start and end of a span with the 一字线 “—” (示例:
  沈括（1031—1095）; 2011年2月3日—10日), of a range of values “一般用一字线，有时也可用浪纹线”
  (示例: 25～30g). Here spans of years, months, days and hours take “—”; ranges of values
  followed by a unit take “～”, as the standard's own examples do. Codes, and hyphens whose
  sense is not clear, are left alone.
- A half-width “&” next to Chinese: it is no mark of GB/T 15834—2011 (whose marks are the
  7 点号 and 10 标号). Whether it becomes 和, 与 or 及 is a wording choice: no one-click fix.
- A body paragraph whose last line holds one character and its closing stop (“时。”). The
  lines are the layout's, and the preview that knows them (``render.layout``) is QtGui;
  validation is Qt-free and runs in ``bulletin validate`` without any Qt. So this is an
  estimate of the Word file's lines (the issue's deliverable) on the grid of GB/T 9704—2012
  《党政机关公文格式》7.1, 28 characters a line, which is also the institute's profile's
  (156 mm type area, 16 pt body with -0.25 pt spacing; a test keeps them together):
  full-width characters take one em, others about half of one (as
  ``layout.foot.estimated_lines``, digits and Latin words unbroken), a 2-em first-line
  indent, no line starting with a closing mark nor ending with an opening one, and one
  closing mark hanging past the margin as Word hangs it. The preview and the PDF
  (LibreOffice) hang none (docs/output-decisions.md), so they may end a paragraph on a
  different line where a mark falls just past the margin: a test checks the estimate without
  hanging against the preview's lines.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .textclean import CHINESE_MARKS, CJK

# Characters of Chinese text: ideographs, CJK and full-width punctuation, Chinese quotes.
_CHINESE = CJK + "\u3000" + CHINESE_MARKS
_SPACES = " \u00a0"

EM_DASH = "—"  # 一字线 (U+2014), as the sample's 锂资源开发—锂电材料
WAVE_DASH = "～"  # 浪纹线 (U+FF5E, what Chinese input methods type)
# After a range of these, the range is a span of time: 一字线; of these (or a Latin unit, %),
# a range of values: 浪纹线. Two years with neither after them are a span (2021—2022中国…).
_TIME_UNITS = "年月日号时点世"
_UNITS = "%万亿千百吨元方米瓦度个台座家户人倍公克升"

LINE_EMS = 28.0  # GB/T 9704—2012 7.1: 每行排28个字
INDENT_EMS = 2.0
# The profile's 156 mm type area in ems of the 16 pt body, and its -0.25 pt character spacing:
# 28 characters of 15.75 pt fit in 442.2 pt (the spacing is what makes the 28th fit).
_TYPE_AREA_EMS = 156 / 25.4 * 72 / 16
_SPACING_EMS = -0.25 / 16
_STOPS = "。！？；…"
_CLOSERS = "”’）》」』"
_NO_LINE_START = _STOPS + _CLOSERS + "，、："
_NO_LINE_END = "“‘（《「『"


@cache
def _space_in_chinese() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_CHINESE}])[{_SPACES}]+|[{_SPACES}]+(?=[{_CHINESE}])")


@cache
def _ampersand() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_CHINESE}])[{_SPACES}]*&|&(?=[{_SPACES}]*[{_CHINESE}])")


_NUMBER = r"(\d+(?:\.\d+)?)"
# A hyphen between two numbers that are not part of a code: not after a letter, a digit group
# or another hyphen (dates, 3-2-11, WZ-10), not after 表/图/式 (表2-8), no leading zero (010-).
_RANGE = re.compile(rf"(?<![A-Za-z\d.\-/:：表图式])(?!0\d){_NUMBER}-(?!0\d){_NUMBER}(?![\d\-.])")


def _range_dash(match: re.Match[str], text: str) -> str | None:
    """The dash a range needs, or None when the hyphen is not a range's."""
    low, high = float(match.group(1)), float(match.group(2))
    if low >= high:
        return None
    after = text[match.end():match.end() + 1]
    if after and after in _TIME_UNITS:
        return EM_DASH
    if after and (after in _UNITS or (after.isascii() and after.isalpha())):
        return WAVE_DASH
    years = all(len(g) == 4 and g[0] in "12" for g in match.groups())
    return EM_DASH if years else None


def space_spans_in_chinese(text: str) -> list[tuple[int, int]]:
    """Where the runs of half-width spaces next to Chinese are (start, end)."""
    return [match.span() for match in _space_in_chinese().finditer(text)]


def find_spaces_in_chinese(text: str) -> int:
    """Runs of half-width spaces next to Chinese."""
    if not any(s in text for s in _SPACES):
        return 0
    return len(_space_in_chinese().findall(text))


def remove_spaces_in_chinese(text: str) -> tuple[str, int]:
    """Remove half-width spaces next to Chinese; spaces between Latin words and digits stay."""
    if not any(s in text for s in _SPACES):
        return text, 0
    return _space_in_chinese().subn("", text)


def find_hyphen_ranges(text: str) -> list[tuple[str, str]]:
    """Ranges written with a hyphen: each as written and as it should be."""
    if "-" not in text:
        return []
    found = []
    for match in _RANGE.finditer(text):
        dash = _range_dash(match, text)
        if dash:
            found.append((match.group(0), match.group(1) + dash + match.group(2)))
    return found


def fix_hyphen_ranges(text: str) -> tuple[str, int]:
    """Ranges written with a hyphen take 一字线 or 浪纹线 (see the module docstring)."""
    if "-" not in text:
        return text, 0
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        dash = _range_dash(match, text)
        if dash is None:
            return match.group(0)
        count += 1
        return match.group(1) + dash + match.group(2)

    return _RANGE.sub(replace, text), count


def find_ampersands(text: str) -> int:
    """Half-width ``&`` next to Chinese (``P&G`` between Latin letters is not)."""
    if "&" not in text:
        return 0
    return len(_ampersand().findall(text))


# Half-width advances in ems of a Times-like font (the body's Latin font); others half an em.
_LATIN_WIDTHS = {".": 0.25, ",": 0.25, "%": 0.83, "I": 0.33, "l": 0.28, "i": 0.28}
# Digits and Latin letters run together as one word: a line does not break inside 10705.5.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%]*(?<![.,])|.", re.DOTALL)


def _width(char: str) -> float:
    if unicodedata.east_asian_width(char) in "WFA":  # ambiguous ones (“” —) are full-width in CJK fonts
        return 1.0
    return _LATIN_WIDTHS.get(char, 0.63 if char.isupper() else 0.5)


def _advances(text: str) -> list[float]:
    """Each character's advance in ems with the body's character spacing, which (as LibreOffice
    sets it) every character of a run of one script gets but the run's last."""
    widths = [_width(char) for char in text]
    full = [width == 1.0 for width in widths]
    return [width + (_SPACING_EMS if n + 1 < len(text) and full[n + 1] == full[n] else 0.0)
            for n, width in enumerate(widths)]


def last_line(text: str, *, hang: bool, line_ems: float = LINE_EMS,
              indent_ems: float = INDENT_EMS) -> str:
    """The estimated last line of ``text`` set as a body paragraph (see the module docstring);
    the whole text when it fits on one line.

    A mark that does not fit at the end of a line hangs past the margin (``hang``: one mark,
    as Word sets it) or takes the word before it down to the next line (as LibreOffice and
    the preview do: docs/output-decisions.md, “Hanging punctuation”).
    """
    tokens = [m.group(0) for m in _TOKEN.finditer(text)]
    advances = _advances(text)
    widths, start = [], 0
    for token in tokens:
        widths.append(sum(advances[start:start + len(token)]))
        start += len(token)
    room = line_ems * _TYPE_AREA_EMS / LINE_EMS  # the grid's 28 characters in the type area
    first, used = 0, indent_ems  # the index of the line's first token, the room it takes
    for n, width in enumerate(widths):
        hangs = hang and tokens[n] in _NO_LINE_START and used <= room + 1e-6  # one mark
        if used + width > room + 1e-6 and n > first and not hangs:
            start = n  # the next line starts here, or earlier: no line starts with a closing
            while start > first + 1 and (tokens[start] in _NO_LINE_START  # mark or ends with
                                         or tokens[start - 1] in _NO_LINE_END):  # an opening one
                start -= 1
            first, used = start, sum(widths[start:n])
        used += width
    return "".join(tokens[first:])


@lru_cache(maxsize=4096)  # validation runs at every edit; most paragraphs did not change
def short_last_line(text: str, line_ems: float = LINE_EMS) -> str | None:
    """The last line when, in the Word file, it would hold a single character and the
    closing stop (“时。”); None otherwise (one-line paragraphs and paragraphs not ending in a
    stop included)."""
    text = text.rstrip()
    if text.rstrip(_CLOSERS)[-1:] not in _STOPS or len(text) < line_ems - INDENT_EMS:
        return None
    line = last_line(text, hang=True, line_ems=line_ems)
    words = line.rstrip(_STOPS + _CLOSERS).lstrip(_NO_LINE_END)
    return line if line != text and line.rstrip(_CLOSERS)[-1:] in _STOPS and len(words) == 1 else None
