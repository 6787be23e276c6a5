"""Form fields bound to places in the issue: load from the document, push edits as commands.

A binding knows its place relative to the form's part (``("headline",)`` under
``("sections", key, "items", 0)``), so one form serves every item.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette, QValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...issue.model import ReviewNote
from ...issue.places import Place, undotted
from ...issue.validation import Finding, Severity
from ...layout.titles import section_titles
from ..commands import SetValue
from ..document import Document
from ..i18n import InterfaceTexts, Text, translate
from ..names import finding_text, part_name
from .dates import DateLineEdit, date_text, nearest_date, parse_date

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from .calendar_popup import CalendarPopup

MARK_COLOURS = {"error": "#d32f2f", "warning": "#f9a825", "note": "#1e88e5"}
HEADING_POINT_SIZE = 15
BANNER_COLOUR = "#b71c1c"
PARAGRAPH_GAP_PX = 8
INDENT_UNIT = "中"  # the first-line indent is two full-width characters


class _KeyFilter(QObject):
    """Lets the window's shortcuts through editors, and ends typing bursts.

    Undo/redo are the issue's, not the field's. On X11 a line edit also takes emacs-style
    keys (Ctrl+E goes to the line's end), which would swallow 导出 while the cursor is in a
    field: a key that is a window action's shortcut goes to the action."""

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.doc = doc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                return True  # not accepted: the shortcut fires instead of the editor's own undo
            if isinstance(watched, QWidget) and _is_window_shortcut(watched, event):
                return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _is_stray_mnemonic(event):
            return True  # Alt+Y with no 年份 in this form: not a "y" typed into the field
        elif event.type() == QEvent.Type.FocusOut:
            self.doc.end_burst()
        return False


def _is_stray_mnemonic(event: QKeyEvent) -> bool:
    """Alt with a letter or digit that no label or menu took (they take theirs before the field
    sees the key). Alt+Ctrl is AltGr on Windows, and macOS's Option gives other characters:
    those still type."""
    modifiers = event.modifiers()
    text = event.text()
    return (bool(modifiers & Qt.KeyboardModifier.AltModifier)
            and not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
            and len(text) == 1 and text.isascii() and text.isalnum())


def _is_window_shortcut(field: QWidget, event: QKeyEvent) -> bool:
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False  # typing: the fields' emacs-style keys all take Ctrl, so no search per key
    keys = QKeySequence(event.keyCombination())
    return any(action.shortcut() == keys and action.isEnabled()
               and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
               for action in field.window().findChildren(QAction))


class ParagraphsEdit(QTextEdit):
    """Plain text, one paragraph per line, drawn with the bulletin's first-line indent
    (``indent=False``: a wrapped text without it, such as a sentence template)."""

    def __init__(self, parent: QWidget | None = None, *, indent: bool = True) -> None:
        super().__init__(parent)
        self.indent = indent
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the document's undo stack does undo
        self.setTabChangesFocus(True)
        self._format_paragraphs()  # an empty box too: the first paragraph typed is indented

    def text(self) -> str:
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        if text == self.text():
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self._format_paragraphs()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def _format_paragraphs(self) -> QtGui.QTextCursor:
        """Indent and space every paragraph; the cursor returned selects them all."""
        # Named here, not imported: the first form (the masthead) has no paragraphs, and
        # building these types would cost the start 3 ms.
        cursor = QtGui.QTextCursor(self.document())
        cursor.select(QtGui.QTextCursor.SelectionType.Document)
        block = QtGui.QTextBlockFormat()
        if self.indent:
            block.setTextIndent(2 * self.fontMetrics().horizontalAdvance(INDENT_UNIT))
            block.setBottomMargin(PARAGRAPH_GAP_PX)
        cursor.mergeBlockFormat(block)
        return cursor

    def go_to_paragraph(self, index: int) -> None:
        block = self.document().findBlockByNumber(index)
        if block.isValid():
            cursor = self.textCursor()
            cursor.setPosition(block.position())
            self.setTextCursor(cursor)


class SentenceEdit(ParagraphsEdit):
    """One paragraph wrapped over a few lines (a sentence template): Enter adds no line break,
    and a pasted text's line breaks are dropped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, indent=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText("".join(source.text().splitlines()))


class Binding:
    """One field: a widget showing the value at ``form.base + rel``; ``label`` names it."""

    def __init__(self, form: PartForm, rel: Place, widget: QWidget, label: Text) -> None:
        self.form = form
        self.rel = rel
        self.widget = widget
        self.label = label
        widget.installEventFilter(form.key_filter)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts of the field in the interface language (its accessible name …)."""
        self.widget.setAccessibleName(plain(self.label()))

    @property
    def path(self) -> Place:
        return (*self.form.base, *self.rel)

    def load(self) -> None:
        self.widget.blockSignals(True)
        try:
            self.show(self.form.doc.value(self.path))
        finally:
            self.widget.blockSignals(False)

    def show(self, value: Any) -> None:
        raise NotImplementedError

    def commit(self, value: Any) -> None:
        doc = self.form.doc
        if value == doc.value(self.path):
            return
        doc.undo_stack.push(SetValue(doc, self.path, value, self.undo_text(), merge_key=self.path))

    def undo_text(self) -> str:
        place = f"{self.form.part_name()} › {plain(self.label())}"
        return translate("Fields", "修改 {place}").format(place=place)

    def focus(self, path: Place) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark(self, findings: list[Finding], notes: Sequence[ReviewNote] = ()) -> None:
        mark_widget(self.widget, findings, notes)


def note_text(note: ReviewNote) -> str:
    """A reviewer's unresolved note as a field's tooltip shows it."""
    return translate("Fields", "审阅意见 · {author}（{date}）：{text}").format(
        author=note.author, date=note.date[:10], text=note.text)


def mark_widget(widget: QWidget, findings: list[Finding], notes: Sequence[ReviewNote] = ()) -> None:
    """Red (error), amber (warning) or blue (a reviewer's unresolved note) border through the
    ``severity`` property and a style sheet on the widget itself; tooltip."""
    if any(f.severity is Severity.ERROR for f in findings):
        severity = "error"
    elif any(f.severity is Severity.WARNING for f in findings):
        severity = "warning"
    else:
        severity = "note" if notes else ""
    widget.setToolTip("\n".join([*(finding_text(f) for f in findings), *(note_text(n) for n in notes)]))
    if widget.property("severity") != severity:
        widget.setProperty("severity", severity)
        widget.setStyleSheet(mark_style_sheet(severity))


def mark_style_sheet(severity: str) -> str:
    """The border of a marked field, on that widget only (not its children: the selector asks
    for the property); "" gives the field back its native look."""
    if not severity:
        return ""
    return f'*[severity="{severity}"] {{ border: 2px solid {MARK_COLOURS[severity]}; }}'


class LineBinding(Binding):
    widget: QLineEdit

    def __init__(self, form: PartForm, rel: Place, widget: QLineEdit, label: Text) -> None:
        super().__init__(form, rel, widget, label)
        widget.textEdited.connect(self.commit)

    def show(self, value: Any) -> None:
        if self.widget.text() != (value or ""):
            self.widget.setText(value or "")


class TextBinding(Binding):
    """A multi-line string, or (``paragraphs``) a list of paragraphs, one per line."""

    widget: ParagraphsEdit

    def __init__(self, form: PartForm, rel: Place, widget: ParagraphsEdit, label: Text,
                 *, paragraphs: bool = False) -> None:
        super().__init__(form, rel, widget, label)
        self.paragraphs = paragraphs
        widget.textChanged.connect(self._edited)

    def show(self, value: Any) -> None:
        self.widget.set_text("\n".join(value) if self.paragraphs else value)

    def _edited(self) -> None:
        text = self.widget.text()
        self.commit(text.split("\n") if self.paragraphs else text)

    def focus(self, path: Place) -> None:
        super().focus(path)
        rest = path[len(self.path):]
        if self.paragraphs and rest and isinstance(rest[0], int):
            self.widget.go_to_paragraph(rest[0])


class DigitsValidator(QValidator):
    """Up to ``digits`` digits; full-width digits (from a Chinese input method) become ASCII."""

    def __init__(self, digits: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.digits = digits

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        text = unicodedata.normalize("NFKC", text)
        if len(text) <= self.digits and all(c in "0123456789" for c in text):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


class IntBinding(Binding):
    """An optional whole number typed into a line edit: empty is none, a click and typing
    gives exactly the number typed (no special text to type over, no arrows to hide)."""

    widget: QLineEdit

    def __init__(self, form: PartForm, rel: Place, widget: QLineEdit, label: Text,
                 maximum: int = 9999) -> None:
        super().__init__(form, rel, widget, label)
        self.maximum = maximum
        widget.setValidator(DigitsValidator(len(str(maximum)), widget))
        widget.textEdited.connect(lambda text: self.commit(int(text) if text else None))
        widget.inputRejected.connect(self._refused)

    def _refused(self) -> None:
        """A key the field does not take ("e" of 1e9, "-", a digit too many) says why, where
        the user looks, instead of vanishing."""
        from PySide6.QtWidgets import QToolTip  # named on first use: no type built at start

        QToolTip.showText(self.widget.mapToGlobal(self.widget.rect().bottomLeft()),
                          translate("Fields", "只能填写整数，最多 {digits} 位").format(digits=len(str(self.maximum))),
                          self.widget)

    def retranslate(self) -> None:
        super().retranslate()
        self.widget.setPlaceholderText(translate("Fields", "未填"))

    def focus(self, path: Place) -> None:
        """Reached by a shortcut or a problem, the number is selected: typing replaces it."""
        super().focus(path)
        self.widget.selectAll()

    def show(self, value: Any) -> None:
        text = str(value) if isinstance(value, int) else ""
        if self.widget.text() != text:
            self.widget.setText(text)


class DateBinding(Binding):
    """A date typed as the editors write it (``dates.parse_date``) or picked from a calendar
    that opens on the issue's date, else its year, else today."""

    widget: DateLineEdit

    def __init__(self, form: PartForm, rel: Place, widget: DateLineEdit, label: Text) -> None:
        super().__init__(form, rel, widget, label)
        self.calendar: CalendarPopup | None = None  # made when first opened
        widget.textEdited.connect(lambda text: self.commit(parse_date(text)))
        widget.editingFinished.connect(self._finished)
        widget.calendar_requested.connect(self.open_calendar)

    def retranslate(self) -> None:
        super().retranslate()
        self.widget.setPlaceholderText(translate("Fields", "如 2023-09-25"))

    def show(self, value: Any) -> None:
        if parse_date(self.widget.text()) != value:  # else keep it as typed (2023年9月…)
            self.widget.setText(date_text(value))

    def _finished(self) -> None:
        """A date typed in another way shows as 2023-09-25 once typed."""
        text = date_text(self.form.doc.value(self.path))
        if self.widget.text() != text:
            self.widget.setText(text)

    def pick(self, date: dt.date) -> None:
        self.commit(date)
        self.widget.setFocus(Qt.FocusReason.PopupFocusReason)

    def open_calendar(self) -> None:
        if self.calendar is None:
            from .calendar_popup import CalendarPopup  # loaded on first use: quicker start-up

            self.calendar = CalendarPopup(self.widget)
            self.calendar.picked.connect(self.pick)
        self.calendar.open_at(self.widget, self.calendar_start())

    def calendar_start(self) -> dt.date:
        """The issue's date; else the year and month typed (2023-02-30: February 2023); else
        today's day in the issue's year; else today."""
        value = self.form.doc.value(self.path)
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and (typed := nearest_date(value)) is not None:
            return typed
        today = dt.date.today()
        year = self.form.doc.value(("masthead", "year"))
        if isinstance(year, int) and 1900 <= year <= 2999 and year != today.year:
            return dt.date(year, today.month, min(today.day, QDate(year, today.month, 1).daysInMonth()))
        return today


def hint_label(parent: QWidget, name: str) -> QLabel:
    """A grey, wrapped, selectable text under a field: what an empty field stands for."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class PartForm(QWidget):
    """The form of one kind of part (masthead, item, project …), shown for one part at a time."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.base: Place = ()
        self.bindings: list[Binding] = []
        self.key_filter = _KeyFilter(doc)
        self.texts = InterfaceTexts()
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        font = self.heading.font()
        font.setPointSize(HEADING_POINT_SIZE)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(BANNER_COLOUR))
        self.banner.setPalette(palette)
        self.rows = QFormLayout()
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(self.rows)
        self.extra = QVBoxLayout()  # subclasses add what is not a labelled row
        layout.addLayout(self.extra)
        layout.addStretch(1)

    def part_name(self) -> str:
        """The name of the part shown, its section named by the issue's profile."""
        return part_name(self.base, section_titles(self.doc.issue.profile))

    def show_part(self, base: Place) -> None:
        """Show the part at ``base`` (again after a change of language)."""
        self.base = base
        self.heading.setText(self.part_name())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            for binding in self.bindings:
                binding.retranslate()

    def refresh(self, changed: Place | None = None) -> None:
        """Reload the fields at or under ``changed`` (all fields when None)."""
        for binding in self.bindings:
            path = binding.path
            if changed is None or path[: len(changed)] == changed or changed[: len(path)] == path:
                binding.load()
        self.mark()

    def binding_for(self, path: Place) -> Binding | None:
        """The field showing ``path``: the one holding it, else the first one inside it."""
        holding = [b for b in self.bindings if path[: len(b.path)] == b.path]
        if holding:
            return max(holding, key=lambda b: len(b.path))
        if len(path) > len(self.base):
            return next((b for b in self.bindings if b.path[: len(path)] == path), None)
        return None

    def mark(self) -> None:
        found: dict[int, list[Finding]] = {id(b): [] for b in self.bindings}
        noted: dict[int, list[ReviewNote]] = {id(b): [] for b in self.bindings}
        for note in self.doc.issue.review:
            place = undotted(note.place) if note.place and not note.resolved else None
            if place is None or place[: len(self.base)] != self.base or self._in_child_part(place):
                continue
            if (binding := self.binding_for(place)) is not None:
                noted[id(binding)].append(note)
        banner: list[Finding] = []
        for finding in self.doc.findings:
            if finding.path[: len(self.base)] != self.base or self._in_child_part(finding.path):
                continue
            binding = self.binding_for(finding.path)
            if binding is None:
                banner.append(finding)
            else:
                found[id(binding)].append(finding)
        for binding in self.bindings:
            binding.mark(found[id(binding)], noted[id(binding)])
        self.banner.setText("\n".join(finding_text(f) for f in banner))
        self.banner.setVisible(bool(banner))

    def _in_child_part(self, path: Place) -> bool:
        return len(path) > len(self.base) + 1 and path[len(self.base)] in ("items", "projects")

    def focus(self, path: Place) -> bool:
        binding = self.binding_for(path)
        if binding is None:
            return False
        binding.focus(path)
        return True

    # --- building ----------------------------------------------------------------------

    def row(self, label: Text, field: QWidget | QHBoxLayout | QGridLayout) -> QLabel:
        """A row captioned ``label``; the caption is returned (to be a buddy)."""
        caption = QLabel(self)
        self.texts.bind(caption.setText, label)
        self.rows.addRow(caption, field)
        return caption

    def add(self, binding: Binding, *beside: QWidget) -> None:
        """A row for a field, captioned by its label with the mnemonic (``标题(&H)``)."""
        self.bindings.append(binding)
        if not beside:
            self.row(binding.label, binding.widget).setBuddy(binding.widget)
            return
        row = QHBoxLayout()
        row.addWidget(binding.widget, 1)
        for widget in beside:
            row.addWidget(widget)
        self.row(binding.label, row).setBuddy(binding.widget)

    def line(self, rel: Place, label: Text) -> QLineEdit:
        widget = QLineEdit(self)
        self.add(LineBinding(self, rel, widget, label))
        return widget

    def text(self, rel: Place, label: Text, *, paragraphs: bool = False) -> ParagraphsEdit:
        widget = ParagraphsEdit(self)
        self.add(TextBinding(self, rel, widget, label, paragraphs=paragraphs))
        return widget

    def wrapped(self, rel: Place, label: Text, lines: int) -> SentenceEdit:
        """A one-paragraph text in a box of ``lines`` lines, wrapped."""
        widget = SentenceEdit(self)
        widget.setFixedHeight(lines * widget.fontMetrics().lineSpacing() + 2 * widget.frameWidth()
                              + 2 * int(widget.document().documentMargin()))
        self.add(TextBinding(self, rel, widget, label))
        return widget

    def number(self, rel: Place, label: Text, maximum: int = 9999) -> QLineEdit:
        widget = QLineEdit(self)
        self.add(IntBinding(self, rel, widget, label, maximum))
        return widget

    def date(self, rel: Place, label: Text) -> DateLineEdit:
        """A date, with buttons for the calendar and for today."""
        widget = DateLineEdit(self)
        binding = DateBinding(self, rel, widget, label)
        calendar = QToolButton(self)
        calendar.setText("▾")
        calendar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on; Alt+↓ opens it
        self.texts.bind(calendar.setToolTip, lambda: translate("Fields", "从日历中选择（Alt+↓）"))
        self.texts.bind(calendar.setAccessibleName, lambda: translate("Fields", "日历"))
        calendar.clicked.connect(binding.open_calendar)
        today = QPushButton(self)
        self.texts.bind(today.setText, lambda: translate("Fields", "今天"))
        self.texts.bind(today.setToolTip, lambda: translate("Fields", "设为今天的日期"))
        today.clicked.connect(lambda: binding.pick(dt.date.today()))
        self.add(binding, calendar, today)
        return widget


def plain(label: str) -> str:
    """``标题(&H)`` → ``标题``, ``&Headline`` → ``Headline``: for accessible names."""
    return label.split("(&")[0].replace("&", "")
