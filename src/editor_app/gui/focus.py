"""Keyboard focus across the window's regions: outline → form → preview → problems.

Qt's own Tab chain follows the order widgets were created in, and the forms are built on first
use, so a new form's fields came after the preview and the problems panel (about seven Tab
presses from the outline). Here Tab walks the regions in reading order instead, each region's
widgets in their own chain order; hidden regions (the preview off, the panel closed) are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTextEdit, QWidget

from .forms.fields import PartForm


def _takes_tab(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None)


def focus_stops(window: QWidget, regions: Sequence[QWidget]) -> list[QWidget]:
    """The widgets Tab stops at, region by region (a region that takes focus itself is a stop)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    stops: list[QWidget] = []
    for region in regions:
        if not region.isVisible():
            continue
        stops.extend(w for w in chain
                     if (w is region or region.isAncestorOf(w)) and _takes_tab(w))
    return stops


def next_stop(stops: Sequence[QWidget], focused: QWidget | None, forward: bool) -> QWidget | None:
    """The stop after (or before) the one holding ``focused``; None when no stop holds it."""
    holding = [i for i, stop in enumerate(stops)
               if focused is not None and (stop is focused or stop.isAncestorOf(focused))]
    if not holding:
        return None
    index = holding[-1] + (1 if forward else -1)
    return stops[index % len(stops)]


def first_field(form: PartForm) -> QWidget | None:
    """The form's first field that can be typed into (the masthead's 年份, an item's 标题)."""
    for binding in form.bindings:
        widget = binding.widget
        if not _takes_tab(widget):
            continue
        if isinstance(widget, QLineEdit | QTextEdit | QAbstractSpinBox) and widget.isReadOnly():
            continue
        return widget
    return None
