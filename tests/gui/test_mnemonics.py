"""Mnemonics (the underlined Alt letters) are unique where they act together: within each menu,
and within the window's level — the menu bar with the form shown and the window's buttons."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu

from editor_app.gui.main_window import MainWindow

from .test_language import PARTS, switch

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """The mnemonics used more than once, with the texts using them."""
    keys = Counter(key for key in map(mnemonic, texts) if key)
    return {key: [t for t in texts if mnemonic(t) == key] for key, n in keys.items() if n > 1}


def menus(window: MainWindow) -> list[QMenu]:
    return [menu for menu in window.findChildren(QMenu) if menu.actions()]


def window_level(window: MainWindow) -> list[str]:
    """The menu bar's titles and the mnemonics of the visible labels and buttons of the window."""
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    texts += [button.text() for button in window.findChildren(QAbstractButton) if button.isVisible()]
    return texts


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(window: MainWindow, language: str) -> None:
    switch(window, language)
    for menu in menus(window):
        menu.aboutToShow.emit()  # menus filled when opened (recent files) are filled
        assert clashes([a.text() for a in menu.actions() if not a.isSeparator()]) == {}, menu.title()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_no_mnemonic_of_a_form_clashes_with_the_menu_bar_or_another_field(
        window: MainWindow, sample_path, language: str) -> None:
    window.files.open_path(sample_path)
    switch(window, language)
    for part in PARTS:
        window.outline.select(part)
        QApplication.processEvents()
        assert clashes(window_level(window)) == {}, part
