"""Actions and menus whose texts follow the interface language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from .i18n import InterfaceTexts, Text

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def bound_action(owner: QWidget, texts: InterfaceTexts, text: Text | None, slot: Callable[[], object],
                 shortcut: Shortcut | None = None, tip: Text | None = None) -> QAction:
    """An action of ``owner`` (its shortcut works wherever the focus is in it);
    ``text`` None when the caller sets the text as the state changes."""
    action = QAction(owner)
    if text is not None:
        texts.bind(action.setText, text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip is not None:
        texts.bind(action.setStatusTip, tip)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def bound_menu(texts: InterfaceTexts, title: Text, parent: QMenu | QMenuBar) -> QMenu:
    """A menu added to ``parent`` (a menu bar or a menu) whose title follows the language."""
    menu = parent.addMenu("")
    texts.bind(menu.setTitle, title)
    return menu
