"""The preview pane: the issue's pages, kept up to date while the editor types."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..issue.model import Issue
from ..layout.profile import ProfileError, load_named
from .i18n import QT_TRANSLATE_NOOP, InterfaceTexts, translate

if TYPE_CHECKING:  # layout and painter are loaded by the first layout, after the window is shown
    from ..render.layout import Pages

GAP = 16  # pixels between pages
DEBOUNCE_MS = 250
ZOOMS = ((QT_TRANSLATE_NOOP("PreviewPane", "适合宽度"), "width"),
         (QT_TRANSLATE_NOOP("PreviewPane", "整页"), "page"),
         ("50%", 0.5), ("75%", 0.75), ("100%", 1.0), ("150%", 1.5), ("200%", 2.0))


class PageView(QWidget):
    """Pages stacked vertically at a zoom; clicking a block reports its part."""

    clicked = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: Pages | None = None
        self.scale = 1.0  # pixels per layout unit

    def set_pages(self, pages: Pages | None) -> None:
        self.pages = pages
        self._resize()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self._resize()

    def page_height(self) -> float:
        return self.pages.height * self.scale if self.pages else 0

    def page_top(self, number: int) -> int:
        return round(GAP + (number - 1) * (self.page_height() + GAP))

    def _resize(self) -> None:
        if self.pages:
            count = len(self.pages.pages)
            self.setFixedSize(QSize(round(self.pages.width * self.scale) + 2 * GAP,
                                    self.page_top(count + 1)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.pages:
            return
        from ..render.painter import paint_page

        painter = QtGui.QPainter(self)  # named here: its type is built once there are pages
        painter.fillRect(event.rect(), self.palette().dark())
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        visible = QRectF(event.rect())
        for index in range(len(self.pages.pages)):
            top = self.page_top(index + 1)
            if top > visible.bottom() or top + self.page_height() < visible.top():
                continue
            painter.save()
            painter.translate(GAP, top)
            painter.scale(self.scale, self.scale)
            paint_page(painter, self.pages, index)
            painter.restore()
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        path = self.part_at(event.position())
        if path is not None:
            self.clicked.emit(path)

    def part_at(self, point: QPointF) -> tuple | None:
        if not self.pages:
            return None
        stride = self.page_height() + GAP
        index = int((point.y() - GAP) // stride)
        if not 0 <= index < len(self.pages.pages):
            return None
        y = ((point.y() - GAP) - index * stride) / self.scale - self.pages.top
        for placed in self.pages.pages[index].blocks:
            height = (placed.last_line - placed.first_line) * placed.pitch
            if placed.top <= y < placed.top + height:
                return self.pages.blocks[placed.block_index].path
        return None


class PreviewPane(QWidget):
    """Zoomable pages of the current issue, updated shortly after each change."""

    page_count_changed = Signal(int)
    part_activated = Signal(tuple)

    def __init__(self, issue_source: Callable[[], Issue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issue_source = issue_source
        self.pages: Pages | None = None
        self.texts = InterfaceTexts()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.view = PageView()
        self.texts.bind(self.view.setAccessibleName, lambda: translate("PreviewPane", "页面预览"))
        self.view.clicked.connect(self.part_activated)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.zoom = QComboBox()
        self.texts.bind(self.zoom.setAccessibleName, lambda: translate("PreviewPane", "缩放"))
        for index, (label, value) in enumerate(ZOOMS):
            self.zoom.addItem("", value)
            self.texts.bind(lambda text, i=index: self.zoom.setItemText(i, text),
                            lambda text=label: translate("PreviewPane", text))
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.count_label = QLabel()
        self.problem = QLabel()  # instead of the pages when there are none to show
        self.problem.setObjectName("previewProblem")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        title = QLabel()
        self.texts.bind(title.setText, lambda: translate("PreviewPane", "预览"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.zoom)
        print_button = QToolButton()
        self.texts.bind(print_button.setText, lambda: translate("PreviewPane", "打印…"))
        print_button.clicked.connect(self.print_pages)
        pdf_button = QToolButton()
        self.texts.bind(pdf_button.setText, lambda: translate("PreviewPane", "导出 PDF…"))
        pdf_button.clicked.connect(self.export_pdf_dialog)
        bar.addWidget(print_button)
        bar.addWidget(pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problem, 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            if self.pages is not None:
                self._show_count()
            elif not self.problem.isHidden():
                self.refresh()  # the problem again, in the new language

    def _show_count(self) -> None:
        count = len(self.pages.pages) if self.pages else 0
        self.count_label.setText(translate("PreviewPane", "共 {count} 页").format(count=count))

    def schedule_update(self, *_args: object) -> None:
        """Debounced: typing restarts the timer, the layout runs once typing pauses."""
        self._timer.start()

    def update_now(self) -> None:
        """Lay out at once what ``schedule_update`` would have after the pause."""
        self._timer.stop()
        self.refresh()

    def refresh(self) -> Pages | None:
        """Lay the issue out again; its pages, or None when its profile cannot be used."""
        from ..render.layout import paginate  # loaded by the first layout, after the window is shown

        issue = self._issue_source()
        vertical = self.scroll_area.verticalScrollBar().value()
        try:
            profile = load_named(issue.profile)
        except ProfileError as exc:  # the problems panel lists it too, at 版式
            self._show_problem(exc)
            return None
        self.problem.hide()
        self.scroll_area.show()
        self.pages = pages = paginate(issue, profile)
        self.view.set_pages(pages)
        self._apply_zoom()
        self.scroll_area.verticalScrollBar().setValue(vertical)  # keep the reader's place
        self._show_count()
        self.page_count_changed.emit(len(pages.pages))
        return pages

    def _show_problem(self, exc: ProfileError) -> None:
        """No pages: what is wrong instead, the editor carries on."""
        self.pages = None
        self.view.set_pages(None)
        self.scroll_area.hide()
        self.problem.setText(translate("PreviewPane", "无法预览：本期的版式不能使用（见“问题”面板的“版式”一项）。")
                             + "\n\n" + exc.one_line())
        self.problem.show()
        self._show_count()
        self.page_count_changed.emit(0)

    def _apply_zoom(self, *_args: object) -> None:
        if not self.pages:
            return
        value = self.zoom.currentData()
        viewport = self.scroll_area.viewport().size()
        if value == "width":
            scale = (viewport.width() - 2 * GAP) / self.pages.width
        elif value == "page":
            scale = min((viewport.width() - 2 * GAP) / self.pages.width,
                        (viewport.height() - 2 * GAP) / self.pages.height)
        else:
            scale = float(value) * self.logicalDpiX() / 72 / 10  # layout units are 0.1 pt
        self.view.set_scale(max(scale, 0.05))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom.currentData() in ("width", "page"):
            self._apply_zoom()

    def show_part(self, path: tuple) -> None:
        """Scroll so that the page showing ``path`` is in view."""
        if self.pages is None:
            return
        number = self.pages.page_of(path)
        if number is not None:
            self.scroll_area.verticalScrollBar().setValue(self.view.page_top(number) - GAP)

    def print_pages(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..render.painter import render_pages

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        if QPrintDialog(printer, self).exec():
            pages = self.refresh()
            if pages is not None:
                render_pages(pages, printer)

    def export_pdf_dialog(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(  # named at use, as in FileActions
            self, translate("PreviewPane", "导出预览 PDF"), "", translate("PreviewPane", "PDF 文件 (*.pdf)"))
        if name:
            from pathlib import Path

            from ..render.pdf import write_pdf
            from ..storage.atomic import write_atomic

            pages = self.refresh()
            if pages is not None:
                write_atomic(Path(name), lambda tmp: write_pdf(pages, tmp))
