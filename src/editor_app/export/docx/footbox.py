"""The 版记 at the foot of the last page: one frame per line, stacked up from the foot.

Each distribution paragraph keeps its named style and its place at the end of the body, and
becomes a frame (``w:framePr``) as wide as the type area, ruled above (the outer rule over the
first line, the thinner inner rule over the others) and, the last one, below. The frames sit at
absolute offsets computed from the lines each paragraph takes, so that the last rule lies on the
foot of the type area. Text flows through them; the empty paragraph after them, as tall as the
版记, reserves the room: when the text leaves too little of the last page, it moves to a new page
and the frames, anchored to it, go along, so the 版记 never covers text.

Why frames: Word, WPS and LibreOffice place them, and every text reader (pandoc, python-docx,
mammoth, docx2python, LibreOffice's .doc round trip) reads their paragraphs once, where a text
box is dropped or read twice; docs/readers.md has the measurements. One frame per line because
LibreOffice turns frame paragraphs with differing borders, or with a ``between`` border, back
into ordinary paragraphs; the horizontal offset is from the page edge because LibreOffice's .doc
export loses a frame aligned to the margin.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.etree import _Element

from ...layout.foot import DISTRIBUTION_STYLE
from ...layout.profile import Profile, Rule
from .ooxml import PBDR_ORDER, PPR_ORDER, ordered_child, parse_xml, qn

TWIPS_PER_PT = 20
# The reserving paragraph: no grid snapping (LibreOffice would round the line to whole grid lines).
_RESERVE = """<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr>
<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>
</w:pPr></w:p>"""


def foot_frames(paragraphs: Sequence[_Element], line_counts: Sequence[int], profile: Profile,
                reserve_pt: float) -> _Element:
    """Make the 版记's ``paragraphs`` (taking ``line_counts`` lines) frames at the foot of the type
    area; returns the paragraph, ``reserve_pt`` tall, to append after them."""
    page = profile.page
    rule = profile.styles[DISTRIBUTION_STYLE].rule_between
    sizes = _rule_sizes(rule, len(paragraphs))
    heights = [lines * page.line_pitch_twips + _twips(above) + _twips(below)
               for lines, (above, below) in zip(line_counts, sizes, strict=True)]
    y = mm_to_twips(page.height_mm) - mm_to_twips(page.margin_top_mm) - mm_to_twips(page.margin_bottom_mm)
    y -= sum(heights)
    x = mm_to_twips(page.margin_left_mm)
    width = mm_to_twips(page.width_mm) - x - mm_to_twips(page.margin_right_mm)
    for paragraph, height, (above, below) in zip(paragraphs, heights, sizes, strict=True):
        properties = paragraph.find(qn("w:pPr"))
        # As wide as the type area, at least as tall as its lines and rules (a longer line grows
        # it rather than being cut), text flowing through; x from the page edge, y from the margin.
        ordered_child(properties, "framePr", PPR_ORDER, w=str(width), h=str(height), hRule="atLeast",
                      wrap="through", hAnchor="page", x=str(x), vAnchor="margin", y=str(y))
        if rule:
            borders = ordered_child(properties, "pBdr", PPR_ORDER)
            for side, size in (("top", above), ("bottom", below)):
                if size:
                    ordered_child(borders, side, PBDR_ORDER, val="single", sz=str(size), space="0",
                                  color=rule.color)
        y += height
    return parse_xml(_RESERVE.format(line=round(reserve_pt * TWIPS_PER_PT)))


def _rule_sizes(rule: Rule | None, count: int) -> list[tuple[int, int]]:
    """(rule above, rule below) of each line in eighths of a point: outer, inner…, and outer under
    the last line; none without a rule."""
    if rule is None:
        return [(0, 0)] * count
    inner = rule.inner_size_eighths or rule.size_eighths
    return [(rule.size_eighths if n == 0 else inner, rule.size_eighths if n == count - 1 else 0)
            for n in range(count)]


def _twips(eighths: int) -> int:
    return round(eighths * TWIPS_PER_PT / 8)


def mm_to_twips(value: float) -> int:
    """Millimetres as whole twips, rounded as the page set-up rounds them."""
    return round(value * 1440 / 25.4)
