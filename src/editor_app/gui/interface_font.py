"""Chinese in the interface set in a Simplified Chinese sans, whatever the platform's faces.

Left to itself, Qt takes Han characters from the platform's fallback list, which knows
nothing of the text's language: on Debian with fonts-arphic-ukai (installed as the
bulletin's 楷体), menus, outline and forms came out in that brush-style 楷体; Qt on
Windows orders its fallbacks by the user's language, so on an English or Japanese Windows
Simplified Chinese is drawn with Japanese glyph forms. The issue's text is Simplified
Chinese whatever the interface language, so the faces do not follow the language.

The platform's faces stay (Latin text, sizes, the smaller fonts of tooltips and menus some
platforms set): Chinese faces are added as font substitutions of those faces, which Qt tries
before its own fallbacks. Setting an application font instead would drop the platform's
per-widget fonts.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# Simplified Chinese sans-serif faces, the first installed wins: Debian's fonts-noto-cjk
# (Source Han Sans under its other name), then Windows, macOS and older Linux desktops.
CHINESE_SANS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")

# The widget classes a platform theme may give fonts of their own (QApplication's widget font
# hash, one per QPlatformTheme::Font role).
_PLATFORM_FONT_CLASSES = ("QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel",
                          "QTitleBar", "QStatusBar", "QMdiSubWindowTitleBar", "QDockWidgetTitle",
                          "QPushButton", "QCheckBox", "QRadioButton", "QToolButton",
                          "QAbstractItemView", "QListView", "QHeaderView", "QListBox",
                          "QComboMenuItem", "QComboLineEdit", "QSmallFont", "QMiniFont")


def add_chinese_faces(app: QApplication) -> None:
    """Make every interface face fall back to the first installed of CHINESE_SANS for Han
    text; where none is installed, Qt falls back as before."""
    # The stubs type a class name as bytes; PySide6 takes it as str (and refuses bytes).
    class_fonts = (app.font(name) for name in _PLATFORM_FONT_CLASSES)  # pyright: ignore[reportCallIssue, reportArgumentType]
    faces = {app.font().family(), *(font.family() for font in class_fonts)}
    for face in faces:
        QFont.insertSubstitutions(face, list(CHINESE_SANS))
