"""The date field's calendar, a module of its own: loaded when first opened, as the first
window builds no calendar type (tests/gui/test_startup.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QWidget


class CalendarPopup(QCalendarWidget):
    """A month to pick a day from, shown under the field; ``picked`` on a click or Enter."""

    picked = Signal(dt.date)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.activated.connect(self._picked)
        self.clicked.connect(self._picked)

    def open_at(self, field: QWidget, selected: dt.date) -> None:
        """Show under ``field`` with ``selected`` chosen (Enter takes it)."""
        self.setSelectedDate(QDate(selected.year, selected.month, selected.day))
        self.move(field.mapToGlobal(QPoint(0, field.height())))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(dt.date(date.year(), date.month(), date.day()))
