"""Keyboard and assistive access: named fields, a tab order that follows the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from editor_app.gui.main_window import MainWindow

PARTS = [("masthead",), ("sections", "special_focus", "items", 0), ("sections", "xingcheng_action"),
         ("sections", "xingcheng_action", "projects", 0), ("closing",), ("distribution",)]
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def inputs(form: QWidget) -> list[QWidget]:
    """The form's visible input widgets (not the line edits inside spin and combo boxes)."""
    found = [w for w in form.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisible()]
    return [w for w in found if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]


def tab_chain(first: QWidget, count: int) -> list[QWidget]:
    chain, widget = [first], first
    for _ in range(count * 4):
        widget = widget.nextInFocusChain()
        assert widget is not None  # the focus chain is a ring
        if widget is first:
            break
        chain.append(widget)
    return chain


@pytest.mark.parametrize("part", PARTS)
def test_every_field_has_an_accessible_name(window: MainWindow, sample_path: Path, part: tuple) -> None:
    window.files.open_path(sample_path)
    window.outline.select(part)
    fields = inputs(window.current_form())
    assert fields
    assert [w for w in fields if not w.accessibleName()] == []


@pytest.mark.parametrize("part", PARTS)
def test_tab_goes_through_the_fields_top_to_bottom(window: MainWindow, sample_path: Path, part: tuple) -> None:
    window.files.open_path(sample_path)
    window.outline.select(part)
    form = window.current_form()
    fields = inputs(form)
    chain = [w for w in tab_chain(fields[0], len(fields)) if w in fields]
    assert set(chain) == set(fields)
    tops = [w.mapTo(form, w.rect().topLeft()).y() for w in chain]
    assert tops == sorted(tops)
