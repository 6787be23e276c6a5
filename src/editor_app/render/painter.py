"""Drawing laid-out pages with a QPainter (screen, printer or PDF)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from .fonts import UNITS_PER_PT, style_font
from .layout import MM, TWIP, Pages


def page_number_text(pages: Pages, number: int) -> str:
    return pages.profile.texts.page_number.format(page=number)


def paint_page(painter: QPainter, pages: Pages, index: int) -> None:
    """Draw page ``index`` in layout units (the caller scales the painter)."""
    page = pages.pages[index]
    painter.fillRect(QRectF(0, 0, pages.width, pages.height), Qt.GlobalColor.white)
    for placed in page.blocks:
        block = pages.blocks[placed.block_index]
        style = pages.profile.styles[block.style]
        painter.setPen(QColor(f"#{style.color}"))
        for n in range(placed.first_line, placed.last_line):
            line = placed.layout.lineAt(n)
            top = pages.top + placed.top + (n - placed.first_line) * placed.pitch
            if style.line == "exact":  # LibreOffice's baseline in an exact line: at 4/5
                offset = placed.pitch - exact_descent(pages) - line.ascent()
            else:
                offset = placed.pitch - line.height()  # extra leading goes above, as in Word
            line.draw(painter, QPointF(pages.left, top + offset))
            if placed.right_text and n == placed.first_line:
                # On the line's baseline: its ascent is the CJK font's, taller than the Latin
                # font's ascent that QFontMetricsF(font) gives.
                font = style_font(pages.profile, style)
                painter.setFont(font)
                x = pages.width - pages.right - QFontMetricsF(font).horizontalAdvance(placed.right_text)
                painter.drawText(QPointF(x, top + offset + line.ascent()), placed.right_text)
    for rule in page.rules:
        pen = QPen(QColor(f"#{rule.color}"))
        pen.setWidthF(rule.width_pt * UNITS_PER_PT)
        painter.setPen(pen)
        y = pages.top + rule.y
        painter.drawLine(QPointF(pages.left, y), QPointF(pages.width - pages.right, y))
    _paint_page_number(painter, pages, page.number)


def _paint_page_number(painter: QPainter, pages: Pages, number: int) -> None:
    style = pages.profile.styles["page_number"]
    font = style_font(pages.profile, style)
    painter.setFont(font)
    painter.setPen(QColor(f"#{style.color}"))
    metrics = QFontMetricsF(font)
    text = page_number_text(pages, number)
    one_char = style.size * UNITS_PER_PT
    # The footer distance is the page's foot to the bottom of the footer's line (Word,
    # LibreOffice), a line of the grid's exact pitch (Normal's) with its baseline at 4/5.
    baseline = pages.height - pages.profile.page.footer_mm * MM - exact_descent(pages)
    if number % 2:
        x = pages.width - pages.right - one_char - metrics.horizontalAdvance(text)
    else:
        x = pages.left + one_char
    painter.drawText(QPointF(x, baseline), text)


def exact_descent(pages: Pages) -> float:
    """Below the baseline of an exactly spaced line: LibreOffice sets the baseline at 4/5 of
    the line's height, whatever the font (sw/source/core/text/itrform2.cxx, CalcRealHeight)."""
    return pages.profile.page.line_pitch_twips * TWIP / 5


def render_pages(pages: Pages, device: QPagedPaintDevice) -> bool:
    """All pages onto a PDF writer or printer whose page is the whole sheet; False when the
    device could not be painted on or finished (QPainter says so, nothing raises)."""
    painter = QPainter(device)
    if not painter.isActive():
        return False
    scale = device.width() / pages.width
    painter.scale(scale, scale)
    for index in range(len(pages.pages)):
        if index:
            device.newPage()
        paint_page(painter, pages, index)
    return painter.end()
