"""GUI fixtures: settings and recovery files in a temporary folder, dialogs never modal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from editor_app.gui.app import setup_application
from editor_app.gui.main_window import MainWindow


class Dialogs:
    """Records QMessageBox calls and answers them; unexpected ones fail the test.

    A question built as a box of its own (``gui.questions.ask``) is shown and answered by a
    mouse click on the button of the answer; ``buttons`` records its button texts."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # kind, title, text
        # The answer to each kind: a button clicked, or keys typed into the box ("Alt+D").
        self.answers: dict[str, QMessageBox.StandardButton | str] = {}
        self.buttons: list[set[str]] = []  # the button texts of each box shown and answered

    def click(self, box: QMessageBox) -> int:
        """``QMessageBox.exec`` in the tests: record the box, click the answer's button."""
        kind = box.icon().name.lower()
        self.shown.append((kind, box.windowTitle(), box.text()))
        self.buttons.append({button.text() for button in box.buttons()})
        if kind not in self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {box.windowTitle()}: {box.text()}")
        answer = self.answers[kind]
        behind = QApplication.activeWindow()
        box.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() shows it
        box.show()
        if isinstance(answer, str):
            assert QTest.qWaitForWindowActive(box)
            QTest.keySequence(box.windowHandle(), QKeySequence(answer))  # as the window system sends it
            for _ in range(50):  # a mnemonic clicks the button animated, in about 100 ms
                if not box.isVisible():
                    break
                QTest.qWait(20)
        else:
            button = box.button(answer)
            assert button is not None, f"no {answer.name} button in {box.text()}"
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not box.isVisible()
        if behind is not None:  # active again, as the window manager makes it
            behind.activateWindow()
            QTest.qWaitForWindowActive(behind)
        return box.result()

    def handler(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_args: object, **_kw: object):
            self.shown.append((kind, title, text))
            answer = self.answers.get(kind)
            if isinstance(answer, QMessageBox.StandardButton):
                return answer
            if kind in ("critical", "information"):
                return QMessageBox.StandardButton.Ok
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")

        return show


W = TypeVar("W", bound=QWidget)


def field(window: MainWindow, path: tuple, kind: type[W]) -> W:
    """The input widget of the field at ``path``, which must be a ``kind``."""
    widget = window.field_widget(path)
    assert isinstance(widget, kind), f"{path}: a {type(widget).__name__}, not a {kind.__name__}"
    return widget


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]  # all: each index is in range


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a user does: ASCII key by key, anything else committed
    by the input method (as Chinese is typed)."""
    if text.isascii() and text.isprintable():
        QTest.keyClicks(widget, text)
    else:
        commit = QInputMethodEvent()
        commit.setCommitString(text)
        QApplication.sendEvent(widget, commit)


def select_all(widget: QWidget) -> None:
    """Click into ``widget`` and select all its text (Ctrl+A)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def edit(window: MainWindow, path: tuple, text: str) -> None:
    """Replace the text of the line edit at ``path`` as a user does: click, select all and
    type ``text`` (one undo step per burst)."""
    widget = window.field_widget(path)
    select_all(widget)
    type_text(widget, text)


def choose(combo: QComboBox, index: int) -> None:
    """Choose item ``index`` of ``combo`` from the keyboard: Home, then Down as often as needed."""
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def paste(widget: QWidget, text: str) -> None:
    """Paste ``text`` over all of ``widget``'s text (Ctrl+A, Ctrl+V), as text from a PDF comes."""
    QApplication.clipboard().setText(text)
    select_all(widget)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    config = tmp_path / "config"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    setup_application(qapp)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs()
    for kind in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder.handler(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.click(box))
    return recorder


def _file_dialog_answer(monkeypatch: pytest.MonkeyPatch, method: str) -> Callable[[Path], None]:
    """Make ``QFileDialog.<method>`` answer the path given (as if the user picked it)."""
    def answer(path: Path) -> None:
        monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *a, **k: (str(path), "")))

    return answer


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    return _file_dialog_answer(monkeypatch, "getSaveFileName")


@pytest.fixture
def open_dialog(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    return _file_dialog_answer(monkeypatch, "getOpenFileName")


@pytest.fixture
def window(qtbot, dialogs: Dialogs) -> Iterator[MainWindow]:
    win = MainWindow()
    win.show()
    yield win


@pytest.fixture(autouse=True)
def close_windows(qapp) -> Iterator[None]:
    """Every main window a test made is closed (without questions) and deleted."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.doc.undo_stack.setClean()
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
