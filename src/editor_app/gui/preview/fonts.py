"""Qt fonts for the profile's font roles, using the preview substitutes when installed."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from ...profile import FontRole, Profile, Style

# Layout works in tenths of a point so that integer pixel sizes keep sub-point precision.
UNITS_PER_PT = 10


@lru_cache(maxsize=64)
def _family(names: tuple[str, ...]) -> str:
    installed = set(QFontDatabase.families())
    return next((name for name in names if name in installed), names[-1])


def cjk_family(role: FontRole) -> str:
    return _family((role.east_asian, role.alt, *role.preview))


def style_font(profile: Profile, style: Style, *, bold: bool = False) -> QFont:
    role = profile.fonts[style.font]
    font = QFont()
    latin = style.latin_font or role.latin
    font.setFamilies([_family((latin, "Liberation Serif")), cjk_family(role)])
    font.setPixelSize(round(style.size * UNITS_PER_PT))
    font.setBold(bold or style.bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if style.line == "exact" and style.indent_chars:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing,
                              profile.page.body_char_spacing_pt * UNITS_PER_PT)
    return font


def cjk_line_spacing(profile: Profile, style: Style) -> float:
    """Single line spacing as Word and LibreOffice set it for Chinese text: the CJK font's."""
    font = QFont(cjk_family(profile.fonts[style.font]))
    font.setPixelSize(round(style.size * UNITS_PER_PT))
    return QFontMetricsF(font).lineSpacing()
