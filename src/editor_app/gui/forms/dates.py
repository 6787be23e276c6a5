"""The date field: typed as the editors write dates, or picked from a calendar.

A date is typed into a line edit as ``2023-09-25``, ``2023年9月25日``, ``2023.9.25`` or
``20230925`` (full-width digits too); text that is no real date is kept as typed, for
validation to mark, never thrown away.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

_DATE = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})")


def parse_date(text: str) -> dt.date | str | None:
    """What the date field holds for ``text``: None when empty, a date when it reads as a real
    one, else the text itself (stripped)."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.fullmatch(unicodedata.normalize("NFKC", text))
    if match:
        year, month, day = (int(g) for g in match.groups() if g is not None)
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    return text


_YEAR_MONTH = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2}))?.*")


def nearest_date(text: str) -> dt.date | None:
    """For a text that is no real date but names a year and month (``2023-02-30``,
    ``2023年2月``): the day typed in that month, or its last day when it has fewer; None when
    no month can be read."""
    match = _YEAR_MONTH.fullmatch(unicodedata.normalize("NFKC", text.strip()))
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):  # 0000-13-01
        return None
    last = QDate(year, month, 1).daysInMonth()
    return dt.date(year, month, min(max(int(match[3] or 1), 1), last))


def date_text(value: object) -> str:
    """The text the field shows for a value of the model."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if isinstance(value, str) else ""


class DateLineEdit(QLineEdit):
    """A line edit for a date whose calendar opens with Alt+↓ or F4 (as a combo box's list)."""

    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)
