"""Help ▸ About shows the version of the project (pyproject.toml, through the metadata)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu, QMessageBox

from editor_app import __version__
from editor_app.gui.app import DESKTOP_FILE_NAME
from editor_app.gui.main_window import MainWindow


def test_about_shows_the_version(window: MainWindow, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu) and window.about_action in help_menu.actions()
    window.about_action.trigger()
    [(title, text)] = shown
    assert "双碳资讯编辑器" in title
    assert f"版本 {__version__}" in text
    assert __version__ != "0.0.0"  # the metadata of the installed project was found


def test_window_icon_is_scalable_and_names_the_desktop_entry(window: MainWindow, qapp) -> None:
    icon = qapp.windowIcon()
    for size in (16, 64, 512):  # drawn from the SVG at any size: sharp on high-DPI screens
        pixmap = icon.pixmap(size, size)
        assert not pixmap.isNull() and pixmap.width() == size
    assert qapp.desktopFileName() == DESKTOP_FILE_NAME
    entry = Path(__file__).resolve().parents[2] / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop"
    assert entry.is_file()
