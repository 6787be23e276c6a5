"""The preview pane inside the editor: follows edits and the outline, leads to parts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor_app.gui.main_window import MainWindow

from .conftest import select_all

HEADLINE = ("sections", "provincial_news", "items", 0, "headline")


def _preview_text(window: MainWindow) -> str:
    pages = window.preview.pages
    return "" if pages is None else "".join(block.text for block in pages.blocks)


def test_preview_follows_typing_and_counts_pages(window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    qtbot.waitUntil(lambda: window.preview.pages is not None and "共" in window.pages_label.text())
    pages = window.preview.pages
    assert pages is not None and window.pages_label.text() == f"共 {len(pages.pages)} 页"
    widget = window.field_widget(HEADLINE)
    select_all(widget)
    commit = QInputMethodEvent()  # typed through a Chinese input method
    commit.setCommitString("预览跟随输入。")
    QApplication.sendEvent(widget, commit)
    qtbot.waitUntil(lambda: "预览跟随输入。" in _preview_text(window), timeout=3000)


def test_selecting_in_outline_scrolls_and_clicking_preview_selects(window: MainWindow, sample_path: Path,
                                                                   qtbot) -> None:
    window.files.open_path(sample_path)
    qtbot.waitUntil(lambda: window.preview.pages is not None)
    scroll = window.preview.scroll_area.verticalScrollBar()
    assert scroll.value() == 0
    outline = window.outline
    [closing] = outline.findItems("结尾", Qt.MatchFlag.MatchExactly)
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton,
                     pos=outline.visualItemRect(closing).center())
    assert window.current_part() == ("closing",)
    assert scroll.value() > 0  # the preview went to the closing's page

    window.go_to(("masthead",))
    assert window.current_part() == ("masthead",)
    view, pages = window.preview.view, window.preview.pages
    assert pages is not None
    number = pages.page_of(("closing", "text"))
    assert number is not None
    placed = next(p for p in pages.pages[number - 1].blocks
                  if pages.blocks[p.block_index].path == ("closing", "text"))
    y = view.page_top(number) + (pages.top + placed.top + placed.pitch / 2) * view.scale
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, round(y)))
    assert window.current_part() == ("closing",)
    assert QApplication.focusWidget() is window.field_widget(("closing", "text"))


def test_preview_can_be_hidden(window: MainWindow) -> None:
    window.preview_action.trigger()
    assert not window.preview.isVisible()
    window.preview_action.trigger()
    assert window.preview.isVisible()


def test_a_wider_window_draws_the_preview_larger(window: MainWindow, sample_path: Path, qtbot) -> None:
    window.files.open_path(sample_path)
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.preview.pages is not None)
    view, outline = window.preview.view, window.outline
    narrow_page, narrow_outline = view.width(), outline.width()
    window.resize(1880, 1000)  # as maximised on a 1920×1080 screen
    qtbot.waitUntil(lambda: view.width() != narrow_page)
    assert window.preview.zoom.currentData() == "width"  # fit width follows the pane
    assert view.width() - narrow_page >= 240  # its share of the 600 pixels more
    assert outline.width() == narrow_outline


def test_the_pages_come_with_the_window_not_a_typing_pause_later(sample_path: Path, qtbot) -> None:
    """At start the preview waited for the pause typing waits for (250 ms), and a question
    about recovered work came over an empty preview."""
    window = MainWindow(blank=False)
    window.preview._timer.setInterval(60_000)  # the pause: far beyond this test
    window.files.open_path(sample_path)
    assert window.preview.pages is None
    window.show()
    qtbot.waitUntil(lambda: window.preview.pages is not None, timeout=5000)
    assert not window.preview._timer.isActive()  # laid out once, not again after the pause
    pages = window.preview.pages
    assert pages is not None and len(pages.pages) == window.page_count
