"""The interface font: the platform's own, with Chinese set in a Simplified Chinese sans.

Left to itself, Qt takes Han characters from the platform's fallback list, which knows
nothing of the text's language: on Debian with fonts-arphic-ukai (installed as the
bulletin's 楷体), menus, outline and forms came out in that brush-style 楷体; Qt on
Windows orders its fallbacks by the user's language, so on an English or Japanese Windows
Simplified Chinese is drawn with Japanese glyph forms. The issue's text is Simplified
Chinese whatever the interface language, so the families do not follow the language.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

# Simplified Chinese sans-serif faces, the first installed wins: Debian's fonts-noto-cjk
# (Source Han Sans under its other name), then Windows, macOS and older Linux desktops.
CHINESE_SANS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")


def interface_font(platform_font: QFont) -> QFont:
    """``platform_font`` (its face for Latin text) with Chinese in the first installed of
    CHINESE_SANS; where none is, Qt falls back as before."""
    font = QFont(platform_font)
    font.setFamilies([platform_font.family(), *CHINESE_SANS])
    return font
