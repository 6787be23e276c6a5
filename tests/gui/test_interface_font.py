"""The interface draws Chinese in a Simplified Chinese sans, not in Qt's first fallback."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from editor_app.gui.interface_font import CHINESE_SANS
from editor_app.gui.main_window import MainWindow


def faces_drawing(text: str, font: QFont) -> list[str]:
    """The faces Qt lays ``text`` out in with ``font``, one per run."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_menus_outline_and_forms_set_chinese_in_a_chinese_sans(window: MainWindow) -> None:
    installed = [family for family in CHINESE_SANS if family in QFontDatabase.families()]
    if not installed:
        pytest.skip("no Simplified Chinese sans installed (tools/test.sh installs fonts-noto-cjk)")
    # The test machine also has fonts-arphic-ukai, which Qt took for Han text before.
    widgets = {"menu bar": window.menuBar(), "outline": window.outline,
               "form heading": window.form("masthead").heading,
               "field": window.field_widget(("masthead", "issuer"))}
    faces = {name: faces_drawing("文件 报头 成都兴城双碳研究院", widget.font())
             for name, widget in widgets.items()}
    assert faces == {name: [installed[0]] for name in widgets}
