"""Questions whose buttons say what they do: 恢复(&R) / 丢弃(&D) rather than 是(Y) / 否(N).

Each button keeps its standard role (Save, Discard, Yes …), so Esc and the platform's button
order still work. Buttons and icons are named by their enum names: the first window must not
name QMessageBox (``tests/gui/test_startup.py``), so it is named only when a question is asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget


def ask(parent: QWidget, icon: str, title: str, text: str, buttons: Sequence[tuple[str, str]],
        default: str, escape: str | None = None) -> str:
    """Ask ``text`` with an ``icon`` ("Question", "Warning"); ``buttons`` are standard
    buttons by name ("Save", "Yes" …) with their labels, a verb and a mnemonic each. The
    answer is the name of the button clicked, ``escape`` (default: the last one) on Esc."""
    box_type = QtWidgets.QMessageBox
    standard = box_type.StandardButton
    box = box_type(getattr(box_type.Icon, icon), title, text, standard.NoButton, parent)
    for name, label in buttons:
        box.addButton(getattr(standard, name)).setText(label)
    box.setDefaultButton(getattr(standard, default))
    box.setEscapeButton(getattr(standard, escape or buttons[-1][0]))
    box.exec()
    clicked = box.clickedButton()
    answer = (box.standardButton(clicked).name if clicked is not None else None) or "NoButton"
    box.deleteLater()
    return answer
