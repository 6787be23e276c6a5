"""The preview pane inside the editor: follows edits and the outline, leads to parts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from editor_app.gui.main_window import MainWindow

from .conftest import field

HEADLINE = ("sections", "provincial_news", "items", 0, "headline")


def _preview_text(window: MainWindow) -> str:
    pages = window.preview.pages
    return "" if pages is None else "".join(block.text for block in pages.blocks)


def test_preview_follows_typing_and_counts_pages(window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    qtbot.waitUntil(lambda: window.preview.pages is not None and "共" in window.pages_label.text())
    pages = window.preview.pages
    assert pages is not None and window.pages_label.text() == f"共 {len(pages.pages)} 页"
    widget = field(window, HEADLINE, QLineEdit)
    widget.setFocus()
    widget.selectAll()
    commit = QInputMethodEvent()  # typed through a Chinese input method
    commit.setCommitString("预览跟随输入。")
    QApplication.sendEvent(widget, commit)
    qtbot.waitUntil(lambda: "预览跟随输入。" in _preview_text(window), timeout=3000)


def test_selecting_in_outline_scrolls_and_clicking_preview_selects(window: MainWindow, sample_path: Path,
                                                                   qtbot) -> None:
    window.files.open_path(sample_path)
    qtbot.waitUntil(lambda: window.preview.pages is not None)
    window.preview.part_activated.emit(("closing", "text"))
    assert window.current_part()[0] == "closing"
    window.preview.show_part(("closing", "text"))
    assert window.preview.scroll_area.verticalScrollBar().value() > 0


def test_preview_can_be_hidden(window: MainWindow) -> None:
    window.preview_action.trigger()
    assert not window.preview.isVisible()
    window.preview_action.trigger()
    assert window.preview.isVisible()
