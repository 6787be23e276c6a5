"""Cleaning text pasted from elsewhere: full-width punctuation in Chinese, brackets in pairs,
control characters."""

from __future__ import annotations

import pytest

from editor_app.issue.textclean import full_width_punctuation, strip_control


@pytest.mark.parametrize(("pasted", "cleaned"), [
    ("减排4.6万吨,节能1.7万吨", "减排4.6万吨，节能1.7万吨"),
    ("达1.7万吨(等价值),", "达1.7万吨（等价值），"),
    ("采用碳捕集(CCUS)技术", "采用碳捕集（CCUS）技术"),
    ("计算数(shù)。", "计算数（shù）。"),  # the closing bracket follows a Latin letter
    ("(shù)数", "（shù）数"),  # the opening one precedes a Latin letter
    ("共1,000方", "共1,000方"),  # between digits it stays
    ("see (CCUS) 1,000", "see (CCUS) 1,000"),  # no Chinese: nothing to do
    ("中国 2023年", "中国 2023年"),  # no space is added or removed
])
def test_full_width_punctuation(pasted: str, cleaned: str) -> None:
    assert full_width_punctuation(pasted)[0] == cleaned


def test_count_is_the_number_of_marks_changed() -> None:
    assert full_width_punctuation("计算数(shù)。")[1] == 2


def test_strip_control_removes_controls_and_keeps_tabs_and_line_breaks() -> None:
    # The tab is the issuer line's tab stop; line breaks separate pasted paragraphs.
    pasted = "兴城\x00集团\t2023年\x0b9月\r\n\ud800第\x7f\x85\ufffe期\n"
    assert strip_control(pasted) == ("兴城集团\t2023年9月\r\n第期\n", 6)
