"""The interface draws Chinese in a Simplified Chinese sans, not in Qt's first fallback."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from editor_app.gui.interface_font import CHINESE_SANS, add_chinese_faces
from editor_app.gui.main_window import MainWindow


def faces_drawing(text: str, font: QFont) -> list[str]:
    """The faces Qt lays ``text`` out in with ``font``, one per run."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName().casefold() for run in layout.glyphRuns()]


@pytest.fixture
def chinese_sans() -> str:
    """The face Chinese should come out in here (as Qt names it in a glyph run)."""
    installed = [family for family in CHINESE_SANS if family in QFontDatabase.families()]
    if not installed:
        pytest.skip("no Simplified Chinese sans installed (tools/test.sh installs fonts-noto-cjk)")
    return installed[0].casefold()


def test_menus_outline_and_forms_set_chinese_in_a_chinese_sans(
        window: MainWindow, chinese_sans: str) -> None:
    # The test machine also has fonts-arphic-ukai, which Qt took for Han text before.
    widgets = {"menu bar": window.menuBar(), "outline": window.outline,
               "form heading": window.form("masthead").heading,
               "field": window.field_widget(("masthead", "issuer"))}
    faces = {name: faces_drawing("报头 成都兴城双碳研究院", widget.font())
             for name, widget in widgets.items()}
    assert faces == {name: [chinese_sans] for name in widgets}


def test_platform_fonts_of_widget_classes_are_kept(qapp: QApplication, chinese_sans: str) -> None:
    """Platforms give menus, tooltips … fonts of their own; the Chinese faces come on top."""
    # The stubs type a class name as bytes; PySide6 takes it as str (and refuses bytes).
    assert QApplication.font("QMenu") == qapp.font()  # pyright: ignore[reportCallIssue, reportArgumentType]
    QApplication.setFont(QFont("DejaVu Serif", 20), "QMenu")  # pyright: ignore[reportArgumentType]
    try:
        add_chinese_faces(qapp)
        menu_font = QApplication.font("QMenu")  # pyright: ignore[reportCallIssue, reportArgumentType]
        assert (menu_font.family(), menu_font.pointSize()) == ("DejaVu Serif", 20)
        assert faces_drawing("报头", menu_font) == [chinese_sans]
    finally:
        QApplication.setFont(qapp.font())  # drops the class font again
