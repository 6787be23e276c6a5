"""What the painter draws, measured on painted pages."""

from __future__ import annotations

import pytest

from editor_app.issue.issue_file import load_issue
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE

pytest.importorskip("PySide6")

SCALE = 0.4  # pixels per layout unit (tenth of a point): 4 px a point


def _first_page(qapp):
    from PySide6.QtGui import QImage, QPainter

    from editor_app.render.layout import paginate
    from editor_app.render.painter import paint_page

    pages = paginate(load_issue(SAMPLE), load_profile())
    image = QImage(round(pages.width * SCALE), round(pages.height * SCALE), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    paint_page(painter, pages, 0)
    painter.end()
    return pages, image


def _black_rows(image, top: int, bottom: int, left: int, right: int) -> list[int]:
    return [y for y in range(top, bottom)
            if any(image.pixelColor(x, y).lightness() < 128 for x in range(left, right))]


def _lowest_black_row(image, top: int, bottom: int, left: int, right: int) -> int:
    """The lowest row in the box with dark grey ink (the red rule below does not count)."""
    for y in range(bottom, top, -1):
        for x in range(left, right):
            color = image.pixelColor(x, y)
            if color.red() < 100 and color.green() < 100:
                return y
    raise AssertionError("no ink")


def test_issuer_and_date_share_a_baseline(qapp) -> None:
    """成都兴城双碳研究院 … 2023年9月25日: the last characters, 院 and 日, end on one row."""
    pages, image = _first_page(qapp)
    issuer = next(p for p in pages.pages[0].blocks if pages.blocks[p.block_index].style == "issuer_line")
    top = round((pages.top + issuer.top) * SCALE)
    bottom = round((pages.top + issuer.top + issuer.pitch) * SCALE)
    middle = round(pages.width / 2 * SCALE)
    left, right = round(pages.left * SCALE), round((pages.width - pages.right) * SCALE)
    assert _lowest_black_row(image, top, bottom, left, middle) == pytest.approx(
        _lowest_black_row(image, top, bottom, middle, right), abs=1)  # within a quarter point


def test_page_number_dashes_sit_7_mm_below_the_type_area(qapp) -> None:
    """GB/T 9704-2012 7.5: 一字线上距版心下边缘 7 mm (the odd page's number, right)."""
    from editor_app.render.fonts import UNITS_PER_PT
    from editor_app.render.layout import MM

    pages, image = _first_page(qapp)
    type_area_foot = pages.height - pages.bottom
    dash_end = pages.width - pages.right - 14 * UNITS_PER_PT  # one 四号 character in from the edge
    rows = _black_rows(image, round(type_area_foot * SCALE), round((type_area_foot + 15 * MM) * SCALE),
                       round((dash_end - 80) * SCALE), round((dash_end - 20) * SCALE))
    dash_top = (rows[0] / SCALE - type_area_foot) / MM
    assert dash_top == pytest.approx(7, abs=0.25)
