"""Keyboard shortcuts: none shared, none taken by the system or a Chinese input method, and
上移/下移 move the outline's entry as one undo step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from editor_app.gui.main_window import MainWindow

from .conftest import field

ITEMS = ("sections", "provincial_news", "items")
PROJECTS = ("sections", "xingcheng_action", "projects")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# Combinations the system, the window manager or an input method takes before the editor sees
# them (or that users press for something else there).
RESERVED = {
    "Ctrl+Space": "input method on/off (Windows, fcitx, ibus)",
    "Shift+Space": "full/half width (Chinese input methods)",
    "Ctrl+.": "Chinese/English punctuation (Chinese input methods)",
    "Ctrl+Shift+F": "simplified/traditional (Microsoft Pinyin)",
    "Ctrl+Shift+E": "emoji (ibus)",
    "Ctrl+Shift+U": "Unicode input (ibus, GTK)",
    "Alt+Shift+Up": "input language (Windows), window managers",
    "Alt+Shift+Down": "input language (Windows), window managers",
    "Alt+Shift+Left": "input language (Windows), window managers",
    "Alt+Shift+Right": "input language (Windows), window managers",
    "Ctrl+Alt+Up": "workspaces (GNOME), screen rotation (Intel drivers)",
    "Ctrl+Alt+Down": "workspaces (GNOME), screen rotation (Intel drivers)",
    "Ctrl+Alt+Left": "workspaces (GNOME), screen rotation (Intel drivers)",
    "Ctrl+Alt+Right": "workspaces (GNOME), screen rotation (Intel drivers)",
    "Ctrl+Alt+A": "screenshot (QQ)",
    "Alt+A": "screenshot (WeChat)",
    "Ctrl+Alt+T": "terminal (Ubuntu)",
    "Ctrl+Alt+Del": "security screen",
    "Ctrl+Esc": "start menu (Windows)",
    "Ctrl+Shift+Esc": "task manager (Windows)",
    "Alt+Space": "window menu",
    "Alt+Tab": "window switcher",
    **{f"Alt+F{n}": "window manager (GNOME, KDE, Windows)" for n in (1, 2, 3, 4, 7, 8, 10)},
    **{f"Ctrl+F{n}": "desktops (KDE)" for n in (1, 2, 3, 4)},
}


def shortcuts(window: MainWindow) -> dict[str, list[str]]:
    """Each key combination of the window's actions and shortcuts, with what uses it."""
    found: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            found.setdefault(key.toString(), []).append(action.text())
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            found.setdefault(key.toString(), []).append(shortcut.objectName())
    return found


def test_shortcuts_are_unique_and_free(window: MainWindow) -> None:
    found = shortcuts(window)
    assert found["Ctrl+Shift+Up"] == ["上移(&P)"] and found["Ctrl+Shift+Down"] == ["下移(&W)"]
    assert "Ctrl+S" in found  # the file actions are the window's too
    shared = {key: users for key, users in found.items() if len(users) > 1}
    assert not shared
    taken = {key: RESERVED[key] for key in found if key in RESERVED}
    assert not taken


def test_ctrl_shift_arrows_move_the_entry_in_the_outline(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    first, second = (item.headline for item in window.doc.issue.sections.provincial_news.items)
    outline = window.outline
    node = outline.visualItemRect(outline._nodes[(*ITEMS, 1)]).center()
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=node)
    steps = window.doc.undo_stack.count()
    QTest.keyClick(outline, Qt.Key.Key_Up, CTRL_SHIFT)
    assert window.doc.value((*ITEMS, 0, "headline")) == second
    assert window.doc.undo_stack.count() == steps + 1
    assert outline.current_part() == (*ITEMS, 0)  # the entry stays selected: press again
    QTest.keyClick(outline, Qt.Key.Key_Down, CTRL_SHIFT)
    assert window.doc.value((*ITEMS, 0, "headline")) == first
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.value((*ITEMS, 0, "headline")) == second

    projects = [p.company for p in window.doc.issue.sections.xingcheng_action.projects]
    node = outline.visualItemRect(outline._nodes[(*PROJECTS, 0)]).center()
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=node)
    QTest.keyClick(outline, Qt.Key.Key_Down, CTRL_SHIFT)
    assert [p.company for p in window.doc.issue.sections.xingcheng_action.projects] == projects[::-1]


def test_ctrl_shift_arrows_keep_their_meaning_in_a_field(
        window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    second = window.doc.value((*ITEMS, 1, "headline"))
    headline = field(window, (*ITEMS, 1, "headline"), QLineEdit)
    QTest.mouseClick(headline, Qt.MouseButton.LeftButton)
    QTest.keyClick(headline, Qt.Key.Key_Up, CTRL_SHIFT)
    assert window.doc.value((*ITEMS, 1, "headline")) == second  # not moved



def _keys(menu_actions: list[QAction], where: str) -> list[str]:
    """The Alt keys of a menu's entries (each must have one, none twice), its submenus' too."""
    found = []
    for action in menu_actions:
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        key = re.search(r"&(\w)", text)
        assert key is not None, f"{where} ▸ {text} cannot be reached with Alt and a key"
        found.append(key[1].upper())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _keys(submenu.actions(), f"{where} ▸ {text}")
    assert len(found) == len(set(found)), f"{where}: a key twice among {found}"
    return found


@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW"])
def test_every_menu_entry_has_its_own_alt_key(window: MainWindow, sample_path: Path, language: str) -> None:
    """工具's entries and 视图 ▸ 问题 could only be reached with the arrow keys."""
    from editor_app.gui.i18n import apply_language, gui_application

    window.files.open_path(sample_path)  # a recent file: its entry and 清除列表 in the menu
    apply_language(gui_application(), language)
    try:
        QApplication.processEvents()  # the LanguageChange events
        _keys(window.menuBar().actions(), "menu bar")
    finally:
        apply_language(gui_application(), "zh_CN")
        QApplication.processEvents()
