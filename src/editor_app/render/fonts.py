"""Qt fonts for the profile's font roles, using the preview substitutes when installed."""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from ..layout.profile import FontRole, Profile, Style
from ..paths import resources_dir

# Layout works in tenths of a point so that integer pixel sizes keep sub-point precision.
UNITS_PER_PT = 10


def use_render_fonts() -> None:
    """Let Qt see the faces LibreOffice renders with (FandolFang, FandolKai …): the fontconfig
    file that ``export.pdf`` gives LibreOffice, unless one is set. Call before Qt starts."""
    conf = resources_dir() / "fontconfig" / "fonts.conf"
    if conf.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(conf))


@lru_cache(maxsize=64)
def _family(names: tuple[str, ...]) -> str:
    installed = set(QFontDatabase.families())
    return next((name for name in names if name in installed), names[-1])


def cjk_family(role: FontRole) -> str:
    return _family((role.east_asian, role.alt, *role.preview))


def style_font(profile: Profile, style: Style, *, bold: bool = False, east_asian: bool = False) -> QFont:
    """The style's font: Latin font first, or with ``east_asian`` the East Asian font first."""
    role = profile.fonts[style.font]
    font = QFont()
    latin = style.latin_font or role.latin
    # A Latin font named as the role's own Chinese font (the page number's 宋体) is that font.
    latin_family = cjk_family(role) if latin in (role.east_asian, role.alt) else _family((latin, "Liberation Serif"))
    families = [latin_family, cjk_family(role)]
    font.setFamilies(families[::-1] if east_asian else families)
    _key_by_family(font, families[1])
    font.setPixelSize(round(style.size * UNITS_PER_PT))
    font.setBold(bold or style.bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if style.line == "exact" and style.indent_chars:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing,
                              profile.page.body_char_spacing_pt * UNITS_PER_PT)
    return font


def _key_by_family(font: QFont, cjk: str) -> None:
    """Make fonts that differ only in their East Asian family different to Qt's font cache.

    Qt (6.11) caches the fallback engine of a font by its first family and size: after
    Liberation Serif + AR PL UKai, Liberation Serif + Noto Sans CJK sets its Chinese in UKai
    too. A private variable-font axis (ignored by fonts without it) is part of the cache key.
    """
    tag = f"z{zlib.crc32(cjk.encode()) & 0xFFF:03x}"
    font.setVariableAxis(QFont.Tag.fromString(tag), 0.0)


def cjk_line_spacing(profile: Profile, style: Style) -> float:
    """Single line spacing as Word and LibreOffice set it for Chinese text: the CJK font's."""
    font = QFont(cjk_family(profile.fonts[style.font]))
    font.setPixelSize(round(style.size * UNITS_PER_PT))
    return QFontMetricsF(font).lineSpacing()


# Every exported run carries w:hint="eastAsia", so Word sets all but Basic Latin and some
# Latin-1 characters in the East Asian font (ECMA-376 Part 1, 17.3.2.26): quotation marks,
# dashes, ellipses and middle dots come out full width, as LibreOffice sets them too.
_HINTED_LATIN1 = frozenset([0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAF, *range(0xB0, 0xB5),
                            *range(0xB6, 0xBB), *range(0xBC, 0xC0), 0xD7, 0xF7])
# With Chinese as the East Asian language, pinyin vowels and Latin Extended letters too.
_CHINESE_LATIN1 = frozenset([0xE0, 0xE1, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC])


@lru_cache(maxsize=2)
def _east_asian_run(chinese: bool) -> re.Pattern[str]:
    """Runs of characters that Word sets in the East Asian font although Latin fonts have them.

    CJK characters (U+2E80 on) are left out: Qt finds them in the East Asian font anyway,
    as a fallback of the Latin one, and a PDF of the preview then keeps their text.
    """
    latin1 = _HINTED_LATIN1 | (_CHINESE_LATIN1 if chinese else frozenset())
    above_latin1 = "\u0100-\u2e7f" if chinese else "\u02b0-\u2e7f"
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(latin1)) + above_latin1 + "]+")


def east_asian_spans(text: str, start: int, end: int, *, chinese: bool) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` to set in the East Asian font rather than the Latin one."""
    for match in _east_asian_run(chinese).finditer(text, start, end):
        yield match.span()
