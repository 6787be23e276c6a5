"""Edit ▸ Find and Replace: a bar above the editor that steps through the hits of a text in
the whole issue (or in one part), each shown selected in its field, and replaces them.

The bar keeps the keyboard while stepping (Enter next, Shift+Enter previous); Esc closes it
and puts the cursor in the field of the hit shown, the hit selected, ready to be typed over.
A replacement is one undo step; Replace All is one undo step for all hits. A metric's value
is replaced only when it stays a number (``issue.search``).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ..issue.places import Place
from ..issue.search import Hit, Query, find, replace_all, replaced
from .commands import ReplaceIssue, SetValue
from .document import Document
from .forms.fields import PartForm
from .i18n import InterfaceTexts, Text, translate
from .outline import Outline, part_of


class _Keys(QObject):
    """Enter and Shift+Enter in the bar's fields; the window's undo and redo pass through
    them, as through the form's fields (Ctrl+Z after Replace All undoes it)."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.bar.replace_edit:
                self.bar.replace_current()
            else:
                self.bar.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return True
        return False


class FindBar(QDockWidget):
    """The find and replace bar of a main window; hidden until Ctrl+F or Ctrl+H."""

    def __init__(self, window: QMainWindow, doc: Document, outline: Outline,
                 current_form: Callable[[], PartForm]) -> None:
        """``current_form``: the form the window shows, for the part selected in ``outline``."""
        super().__init__(window)
        self.window_ = window
        self.doc = doc
        self.outline = outline
        self.current_form = current_form
        self.setObjectName("findBar")
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setTitleBarWidget(QWidget(self))  # no title bar: the bar closes with Esc or ×
        self.texts = InterfaceTexts()
        self.hits: list[Hit] | None = None  # None: to be found again (the issue or query changed)
        self.current: Hit | None = None
        self.index = 0  # of the current hit, or where it was before the issue changed
        self.scope: Place = ()
        self.keys = _Keys(self)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(6, 4, 6, 4)
        self.find_edit = self._edit("findText", lambda: translate("FindBar", "查找内容"))
        self.replace_edit = self._edit("replaceText", lambda: translate("FindBar", "替换为"))
        self.find_label = self._label(lambda: translate("FindBar", "查找："), self.find_edit)
        self.replace_label = self._label(lambda: translate("FindBar", "替换为："), self.replace_edit)
        self.previous_button = self._button(lambda: translate("FindBar", "上一处"), lambda: self.step(-1),
                                            lambda: translate("FindBar", "上一处（Shift+Enter、Shift+F3）"))
        self.next_button = self._button(lambda: translate("FindBar", "下一处"), lambda: self.step(1),
                                        lambda: translate("FindBar", "下一处（Enter、F3）"))
        self.replace_button = self._button(lambda: translate("FindBar", "替换(&L)"), self.replace_current,
                                           lambda: translate("FindBar", "替换选中的这一处，再到下一处"))
        self.replace_all_button = self._button(lambda: translate("FindBar", "全部替换(&A)"), self.replace_all,
                                               lambda: translate("FindBar", "替换范围内的每一处，一步可撤销"))
        self.case_box = self._check(lambda: translate("FindBar", "区分大小写(&M)"),
                                    lambda: translate("FindBar", "只对英文字母有意义"))
        self.script_box = self._check(lambda: translate("FindBar", "简繁通用(&J)"),
                                      lambda: translate("FindBar", "查“双碳”也找到“雙碳”，反之亦然"))
        self.script_box.setChecked(True)
        self.scope_box = self._check(lambda: translate("FindBar", "仅限当前部分(&K)"),
                                     lambda: translate("FindBar", "只在打开查找时大纲中选中的部分里查找"))
        self.status = QLabel(body)
        self.status.setObjectName("findStatus")
        self.status.setMinimumWidth(self.fontMetrics().horizontalAdvance("第 888/888 处") + 8)
        self.close_button = QToolButton(body)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        self.texts.bind(self.close_button.setAccessibleName, lambda: translate("FindBar", "关闭查找"))
        self.texts.bind(self.close_button.setToolTip, lambda: translate("FindBar", "关闭查找（Esc）"))

        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.status, 0, 4)
        grid.addWidget(self.close_button, 0, 6)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        options = QHBoxLayout()
        for box in (self.case_box, self.script_box, self.scope_box):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 1, 4, 1, 3)
        grid.setColumnStretch(1, 1)
        self.setWidget(body)
        order = (self.find_edit, self.replace_edit, self.previous_button, self.next_button,
                 self.replace_button, self.replace_all_button, self.case_box, self.script_box,
                 self.scope_box, self.close_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.find_edit.textChanged.connect(lambda _text: self._query_changed())
        for box in (self.case_box, self.script_box):
            box.toggled.connect(lambda _on: self._query_changed())
        self.scope_box.toggled.connect(self._scope_toggled)
        for signal in (self.doc.value_changed, self.doc.structure_changed, self.doc.reset):
            signal.connect(self._issue_changed)
        self.hide()

    # --- building ----------------------------------------------------------------------

    def _edit(self, name: str, accessible: Text) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setClearButtonEnabled(True)
        self.texts.bind(edit.setAccessibleName, accessible)
        edit.installEventFilter(self.keys)
        return edit

    def _label(self, text: Text, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        self.texts.bind(label.setText, text)
        label.setBuddy(buddy)
        return label

    def _button(self, text: Text, slot: Callable[[], object], tip: Text) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        self.texts.bind(button.setText, text)
        self.texts.bind(button.setToolTip, tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _check(self, text: Text, tip: Text) -> QCheckBox:
        box = QCheckBox(self)
        self.texts.bind(box.setText, text)
        self.texts.bind(box.setToolTip, tip)
        return box

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self._show_status()

    def current_part(self) -> Place:
        return self.outline.current_part() or ("masthead",)

    # --- opening and closing -------------------------------------------------------------

    def open_bar(self, replace: bool) -> None:
        """Show the bar (with the replace row for Ctrl+H) and put the cursor in it; text
        selected in a field on one line becomes the text to find."""
        selected = _selected_text(self.window_.focusWidget())
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.scope = self.current_part()
        self._scope_toggled(self.scope_box.isChecked())
        for widget in (self.replace_label, self.replace_edit, self.replace_button,
                       self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        self.raise_()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()
        self._show_status()

    def close_bar(self) -> None:
        """Hide the bar; the cursor goes to the hit shown, selected, or back to the form."""
        self.hide()
        hit = self.current if self._current_index() is not None else None
        widget = self._show_hit(hit) if hit is not None else None
        if hit is not None and widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_hit(hit)  # again: a line edit may drop its selection on focus
        else:
            self.current_form().setFocus()

    # --- finding -------------------------------------------------------------------------

    def query(self) -> Query:
        return Query(self.find_edit.text(), match_case=self.case_box.isChecked(),
                     any_script=self.script_box.isChecked(),
                     within=self.scope if self.scope_box.isChecked() else ())

    def found(self) -> list[Hit]:
        if self.hits is None:
            self.hits = find(self.doc.issue, self.query())
        return self.hits

    def _current_index(self) -> int | None:
        """The index of the hit shown among the hits now; None when none is shown (or it is gone)."""
        hits = self.found()
        return hits.index(self.current) if self.current is not None and self.current in hits else None

    def _query_changed(self) -> None:
        self.hits, self.current, self.index = None, None, 0
        self._show_status()

    def _scope_toggled(self, on: bool) -> None:
        if on:
            self.scope = self.current_part()
        self._query_changed()

    def _issue_changed(self, _path: object = None) -> None:
        self.hits = None
        if self.isVisible():
            self._show_status()

    def step(self, delta: int) -> None:
        """Show the next (``delta`` 1) or previous (-1) hit, from the end round to the start."""
        hits = self.found()
        if not hits:
            self._show_status()
            return
        shown = self._current_index()
        if shown is not None:
            index = shown + delta
        elif self.current is None:
            index = 0 if delta > 0 else len(hits) - 1
        else:  # the hit shown is gone (replaced): the next one took its index
            index = self.index if delta > 0 else self.index - 1
        self._go(index % len(hits))

    def _go(self, index: int) -> None:
        self.index = index
        self.current = self.found()[index]
        self._show_hit(self.current)
        self._show_status()

    def _show_hit(self, hit: Hit) -> QWidget | None:
        """Open the part of ``hit`` and select it in its field; the field."""
        self.outline.select(part_of(hit.place))
        form = self.current_form()
        binding = form.binding_for(hit.place)
        if binding is None:
            return None
        offset = hit.start
        if len(hit.place) > len(binding.path):  # a paragraph of a list shown one per line
            paragraphs = self.doc.value(binding.path)
            offset += sum(len(p) + 1 for p in paragraphs[: int(hit.place[len(binding.path)])])
        select_span(binding.widget, offset, offset + hit.end - hit.start)
        return binding.widget

    def _show_status(self, message: str | None = None) -> None:
        if message is None:
            if not self.find_edit.text():
                message = ""
            elif not (hits := self.found()):
                message = translate("FindBar", "没有找到")
            elif (shown := self._current_index()) is not None:
                message = translate("FindBar", "第 {n}/{count} 处").format(n=shown + 1, count=len(hits))
            else:
                message = translate("FindBar", "共 {count} 处").format(count=len(hits))
        self.status.setText(message)

    # --- replacing -----------------------------------------------------------------------

    def replace_current(self) -> None:
        """Replace the hit shown and show the next one; with no hit shown, show the first."""
        hit = self.current
        if hit is None or self._current_index() is None:
            self.step(1)
            return
        replacement = self.replace_edit.text()
        new = replaced(self.doc.value(hit.place), hit, replacement)
        if new is None:
            self.step(1)
            self._show_status(translate("FindBar", "这一处是数值，替换后不是数字，未替换"))
            return
        text = translate("FindBar", "替换“{text}”").format(text=self.find_edit.text())
        self.doc.undo_stack.push(SetValue(self.doc, hit.place, new, text))
        hits = self.found()
        index = self.index
        while (index < len(hits) and hits[index].place == hit.place
               and hits[index].start < hit.start + len(replacement)):
            index += 1  # not a hit inside the replacement
        if hits:
            self._go(index % len(hits))
        else:
            self.current = None
            self._show_status()

    def replace_all(self) -> None:
        """Replace every hit as one undo step and say how many."""
        result = replace_all(self.doc.issue, self.query(), self.replace_edit.text())
        if result.count:
            text = translate("FindBar", "全部替换 {count} 处").format(count=result.count)
            self.doc.undo_stack.push(ReplaceIssue(self.doc, result.issue, text))
        message = translate("FindBar", "已替换 {count} 处").format(count=result.count)
        if result.skipped:
            message += translate("FindBar", "；{count} 处是数值，替换后不是数字，未替换").format(
                count=result.skipped)
        self.current = None
        self._show_status(message)
        self.window_.statusBar().showMessage(message, 5000)


def select_span(widget: QWidget, start: int, end: int) -> None:
    """Select characters ``start`` to ``end`` of a line or text field and scroll them into view."""
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def _selected_text(widget: QWidget | None) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, QTextEdit):
        return widget.textCursor().selectedText()
    return ""
