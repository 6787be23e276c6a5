"""Pagination: blocks → lines placed on the profile's pages, in tenths of a point.

Mirrors what Word does with the profile: exact line pitch on the document grid, single-spaced
lines snapped to whole grid lines, first-line indents in characters, justified text, widow
control and keep-with-next chains, rules as paragraph borders, the distribution block at the
foot of the last page.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextLayout, QTextOption

from ..issue.model import Issue
from ..layout.blocks import Block, issue_blocks
from ..layout.foot import DISTRIBUTION_STYLE, distribution_height_pt
from ..layout.profile import Profile, Rule, Style
from .fonts import UNITS_PER_PT, cjk_line_spacing, east_asian_spans, style_font

MM = 72 / 25.4 * UNITS_PER_PT  # layout units per millimetre
TWIP = UNITS_PER_PT / 20
EPS = 0.5  # layout units: sums of grid lines may fall a rounding error short of the page


@dataclass
class PlacedBlock:
    """One block's lines on one page (a block may continue on the next page)."""

    block_index: int
    layout: QTextLayout
    first_line: int
    last_line: int  # exclusive
    top: float  # y of the first line's top on the page
    pitch: float
    right_text: str = ""  # the issuer line's date, right-aligned at the tab stop


@dataclass
class RuleLine:
    """A horizontal rule as laid out on a page (the profile's ``Rule`` says how to draw it)."""

    y: float
    width_pt: float
    color: str


@dataclass
class LaidPage:
    """One page of the laid-out issue: the block lines and rules on it."""

    number: int
    blocks: list[PlacedBlock] = field(default_factory=list)
    rules: list[RuleLine] = field(default_factory=list)


@dataclass
class Pages:
    """The laid-out issue: its pages and the page geometry, in layout units."""

    profile: Profile
    blocks: list[Block]
    pages: list[LaidPage]
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    def page_of(self, path: tuple) -> int | None:
        """The page showing the part at ``path`` (or the nearest enclosing part)."""
        for page in self.pages:
            for placed in page.blocks:
                block_path = self.blocks[placed.block_index].path
                if block_path[: len(path)] == path or path[: len(block_path)] == block_path:
                    return page.number
        return None


def _alignment(style: Style) -> Qt.AlignmentFlag:
    return {
        "left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
        "right": Qt.AlignmentFlag.AlignRight, "justify": Qt.AlignmentFlag.AlignJustify,
    }[style.align]


_CACHE: OrderedDict[tuple, tuple[QTextLayout, float, str]] = OrderedDict()
CACHE_SIZE = 50_000  # blocks; an edit re-lays only the blocks whose text changed


def _cached_layout(profile: Profile, block: Block, width: float) -> tuple[QTextLayout, float, str]:
    key = (id(profile), block.style, block.runs, width)
    laid = _CACHE.get(key)
    if laid is None:
        laid = _CACHE[key] = _layout(profile, block, width)
        if len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return laid


def _layout(profile: Profile, block: Block, width: float) -> tuple[QTextLayout, float, str]:
    """The block's text laid out in lines; returns (layout, line pitch, right-aligned text)."""
    style = profile.styles[block.style]
    text, right = block.text, ""
    if "\t" in text:
        text, right = text.split("\t", 1)
    layout = QTextLayout(text, style_font(profile, style))
    layout.setFormats(_formats(profile, style, block, text))
    option = QTextOption(_alignment(style))
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    size = style.size * UNITS_PER_PT
    indent = style.indent_chars * size
    layout.beginLayout()
    first = True
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        # No mark hangs past the margin, as in LibreOffice (see export/docx/styles.py): a mark
        # that would start the next line takes the character before it down with it.
        line.setLineWidth(width - (indent if first else 0))
        line.setPosition(QPointF(indent if first else 0, 0))
        first = False
    layout.endLayout()
    grid = profile.page.line_pitch_twips * TWIP
    if style.line == "exact":
        return layout, grid, right
    # Single spacing: the fonts actually used, the CJK font's line spacing at least.
    natural = max((layout.lineAt(n).height() for n in range(layout.lineCount())), default=0.0)
    return layout, snap_to_grid(max(natural, cjk_line_spacing(profile, style)), grid), right


def snap_to_grid(height: float, grid: float) -> float:
    """A single-spaced line on the document's line grid takes whole grid lines (Word, LibreOffice)."""
    return max(1, math.ceil(height / grid - 1e-6)) * grid


def _formats(profile: Profile, style: Style, block: Block, text: str) -> list[QTextLayout.FormatRange]:
    """Bold runs, the punctuation and symbols Word sets in the East Asian font, and the
    character spacing as LibreOffice applies it."""
    chinese = profile.language.startswith("zh")
    formats, position = [], 0
    for run in block.runs:
        end = min(position + len(run.text), len(text))
        east = [False] * (end - position)
        for start, stop in east_asian_spans(text, position, end, chinese=chinese):
            east[start - position: stop - position] = [True] * (stop - start)
        for start, stop in _portions(text, position, end, east):
            for first, last in _font_spans(start, stop, east, position):
                font = style_font(profile, style, bold=run.bold, east_asian=east[first - position])
                formats.extend(_spaced_ranges(first, last, font, portion_end=last == stop))
        position += len(run.text)
    return formats


def _asian(char: str) -> bool:
    return char >= "\u2e80"


def _portions(text: str, start: int, end: int, east: list[bool]) -> list[tuple[int, int]]:
    """Spans of one script, Asian or not, as LibreOffice's text portions."""
    spans: list[tuple[int, int]] = []
    for index in range(start, end):
        asian = east[index - start] or _asian(text[index])
        if spans and asian == (east[index - 1 - start] or _asian(text[index - 1])):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _font_spans(start: int, stop: int, east: list[bool], offset: int) -> list[tuple[int, int]]:
    """Spans of ``start:stop`` set in one font (East Asian first or Latin first)."""
    spans: list[tuple[int, int]] = []
    for index in range(start, stop):
        if spans and east[index - offset] == east[index - 1 - offset]:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _spaced_ranges(start: int, stop: int, font: QFont, *, portion_end: bool) -> list[QTextLayout.FormatRange]:
    """LibreOffice spaces the characters of a script portion but not its last one (measured:
    9月19日 is 55.7 pt wide there at −0.25 pt, not 54.75)."""
    if not portion_end or font.letterSpacing() == 0:
        return [_format_range(start, stop, font)]
    last = QFont(font)
    last.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0)
    ranges = [_format_range(start, stop - 1, font)] if stop - 1 > start else []
    return [*ranges, _format_range(stop - 1, stop, last)]


def _format_range(start: int, end: int, font: QFont) -> QTextLayout.FormatRange:
    fmt = QTextCharFormat()
    fmt.setFont(font)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, end - start, fmt
    return span


def _rule_height(rule: Rule) -> float:
    """A paragraph border takes its spacing plus its own width, as in Word and LibreOffice."""
    return (rule.space_pt + rule.size_eighths / 8) * UNITS_PER_PT


class _Paginator:
    def __init__(self, profile: Profile, blocks: list[Block]) -> None:
        page = profile.page
        self.profile, self.blocks = profile, blocks
        self.width, self.height = page.width_mm * MM, page.height_mm * MM
        self.left, self.right = page.margin_left_mm * MM, page.margin_right_mm * MM
        self.top, self.bottom = page.margin_top_mm * MM, page.margin_bottom_mm * MM
        self.body_width = self.width - self.left - self.right
        self.type_area = self.height - self.bottom - self.top
        # Text fills whole lines of the document grid: LibreOffice's body is as many grid lines
        # high as fit between the margins (22 for the institute's profile, 0.9 pt short of them);
        # a line that fits only in that sliver moves on.
        grid = page.line_pitch_twips * TWIP
        self.limit = self.type_area // grid * grid
        self.pages = [LaidPage(1)]
        self.y = 0.0

    def _new_page(self) -> None:
        self.pages.append(LaidPage(len(self.pages) + 1))
        self.y = 0.0

    def run(self) -> Pages:
        laid = [_cached_layout(self.profile, b, self.body_width) for b in self.blocks]
        dist_start = next((i for i, b in enumerate(self.blocks) if b.style == DISTRIBUTION_STYLE),
                          len(self.blocks))
        for i in range(dist_start):
            self._place(i, laid, dist_start)
        if dist_start < len(self.blocks):
            self._place_distribution(range(dist_start, len(self.blocks)), laid)
        return Pages(self.profile, self.blocks, self.pages, self.width, self.height,
                     self.left, self.right, self.top, self.bottom)

    def _keeps_with_next(self, i: int) -> bool:
        return self.profile.styles[self.blocks[i].style].keep_with_next

    def _first_part(self, i: int, laid: list, end: int) -> float:
        """Height from block ``i`` on that must share a page with its first line.

        Widow control splits a block only between its second and its second-to-last line, so
        a block of up to three lines moves whole; keep-with-next chains the next block's first
        part on (a heading, a headline and the first two lines of the text below it).
        """
        height = 0.0
        for j in range(i, end):
            layout, pitch, _ = laid[j]
            count = layout.lineCount()
            if count > 3:
                return height + 2 * pitch
            height += count * pitch
            if not self._keeps_with_next(j):
                break
        return height

    def _space(self, style: Style, attr: str) -> float:
        return getattr(style, attr) * UNITS_PER_PT

    def _place(self, i: int, laid: list, end: int) -> None:
        """Place block ``i`` of the blocks before ``end`` that flow from page to page."""
        layout, pitch, right = laid[i]
        style = self.profile.styles[self.blocks[i].style]
        if self.y > 0:  # space before is dropped at the top of a page, a rule above is not
            self.y += self._space(style, "space_before_pt")
        above = _rule_height(style.rule_above) if style.rule_above else 0.0
        if self.y > 0 and self.y + above + self._first_part(i, laid, end) > self.limit + EPS:
            self._new_page()
        if style.rule_above:
            self.pages[-1].rules.append(RuleLine(self.y, style.rule_above.size_eighths / 8, style.rule_above.color))
            self.y += above
        kept = self._first_part(i + 1, laid, end) if self._keeps_with_next(i) else 0.0
        line, count = 0, layout.lineCount()
        while line < count:
            take = self._lines_here(count - line, pitch, kept)
            if take == 0:
                self._new_page()
                continue
            self.pages[-1].blocks.append(PlacedBlock(i, layout, line, line + take, self.y, pitch, right))
            self.y += take * pitch
            line += take
        if style.rule_below:
            rule = style.rule_below
            self.pages[-1].rules.append(RuleLine(self.y + rule.space_pt * UNITS_PER_PT,
                                             rule.size_eighths / 8, rule.color))
            self.y += _rule_height(rule)
        self.y += self._space(style, "space_after_pt")

    def _lines_here(self, left: int, pitch: float, kept: float) -> int:
        """How many of a block's ``left`` remaining lines go on this page (0: none).

        As Word's widow control: no single line of a block at the foot or the head of a page.
        Keep-with-next: the last line goes where the next block's first part goes.
        """
        room = int((self.limit - self.y + EPS) // pitch)
        if left <= room:
            if self.y + left * pitch + kept <= self.limit + EPS:
                return left
            take = left - 2  # the last two lines go over with the next block
        else:
            take = room if left - room >= 2 else left - 2
        if take >= 2:
            return take
        if self.y > 0:
            return 0  # the rest goes whole to the next page
        return min(left, max(room, 1))  # at the top of a page there is no better place

    def _place_distribution(self, indexes: range, laid: list) -> None:
        """The 版记 sits at the foot of the last page, between rules."""
        heights = [laid[i][0].lineCount() * laid[i][1] for i in indexes]
        total = sum(heights)
        # The room the Word export reserves for it, within the whole type area.
        reserved = distribution_height_pt(self.profile, [laid[i][0].lineCount() for i in indexes])
        if self.y + reserved * UNITS_PER_PT > self.type_area:
            self._new_page()
        self.y = self.type_area - total
        style = self.profile.styles[DISTRIBUTION_STYLE]
        rule = style.rule_between
        outer = rule.size_eighths / 8 if rule else 1
        inner = (rule.inner_size_eighths or rule.size_eighths) / 8 if rule else 0.5
        color = rule.color if rule else "000000"
        page = self.pages[-1]
        page.rules.append(RuleLine(self.y, outer, color))
        for n, (i, height) in enumerate(zip(indexes, heights, strict=True)):
            layout, pitch, right = laid[i]
            page.blocks.append(PlacedBlock(i, layout, 0, layout.lineCount(), self.y, pitch, right))
            self.y += height
            page.rules.append(RuleLine(self.y, outer if n == len(heights) - 1 else inner, color))


def paginate(issue: Issue, profile: Profile) -> Pages:
    """Lay the issue out; never raises on unfinished content (metrics show as 【…？】)."""
    return _Paginator(profile, issue_blocks(issue, profile, strict=False)).run()
