"""Room the 版记 (distribution lines) takes at the foot of the last page.

One rule for the Word export and the preview: the text before the 版记 must end this far
above the bottom margin, or the 版记 goes to the foot of a new page.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from .profile import Profile, Style

DISTRIBUTION_STYLE = "distribution"
PT_PER_MM = 72 / 25.4
SINGLE_LINE_EM = 1.5  # a generous single line of a CJK font, when the style is not exact
PAD_PT = 2.0  # rounding slack between the readers' line and border geometry and this estimate


def line_pitch_pt(profile: Profile, style: Style) -> float:
    if style.line == "exact":
        return profile.page.line_pitch_twips / 20
    return style.size * SINGLE_LINE_EM


def type_area_width_pt(profile: Profile) -> float:
    page = profile.page
    return (page.width_mm - page.margin_left_mm - page.margin_right_mm) * PT_PER_MM


def estimated_lines(text: str, style: Style, profile: Profile) -> int:
    """Lines ``text`` takes in ``style`` across the type area: full-width characters take
    an em, others half of one (at least what Times-like Latin fonts take)."""
    advance = sum(style.size if unicodedata.east_asian_width(c) in "WF" else style.size / 2
                  for c in text)
    advance += profile.page.body_char_spacing_pt * len(text)
    width = type_area_width_pt(profile)
    first = width - style.indent_chars * style.size
    if advance <= first:
        return 1
    return 1 + math.ceil((advance - first) / width)


def distribution_height_pt(profile: Profile, line_counts: Sequence[int]) -> float:
    """Height of the 版记 whose paragraphs take ``line_counts`` lines.

    The paragraphs' lines at the style's pitch, a rule above each and one below the last (each
    as wide as the outer rule, at most), and some slack.
    """
    if not line_counts:
        return 0.0
    style = profile.styles[DISTRIBUTION_STYLE]
    rule = style.rule_between
    rules = (len(line_counts) + 1) * rule.size_eighths / 8 if rule else 0.0
    return sum(line_counts) * line_pitch_pt(profile, style) + rules + PAD_PT
