"""Cleaning text pasted from elsewhere: full-width punctuation in Chinese, brackets in pairs,
control characters, invisible and look-alike characters."""

from __future__ import annotations

import pytest

from editor_app.issue.textclean import (
    BIDI,
    BREAK,
    INVISIBLE,
    LOOKALIKE,
    LOST,
    PRIVATE,
    RADICAL,
    SPACE,
    clean_invisible,
    full_width_punctuation,
    odd_characters,
    strip_control,
)


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


# --- invisible and look-alike characters (pasted from PDFs) ------------------------------------


def test_odd_characters_are_named_with_their_kind_and_count() -> None:
    text = "今年\u202e之省\u200b\u200b记牢\u2009⽅⾯\ue000\ufffd\u2eae\uf900"
    found = {odd.named: (odd.kind, odd.count, odd.replacement) for odd in odd_characters(text)}
    assert found == {
        "U+202E RIGHT-TO-LEFT OVERRIDE": (BIDI, 1, None),
        "U+200B ZERO WIDTH SPACE": (INVISIBLE, 2, None),
        "U+2009 THIN SPACE": (SPACE, 1, None),
        "U+2F45 KANGXI RADICAL SQUARE": (LOOKALIKE, 1, "方"),
        "U+2FAF KANGXI RADICAL FACE": (LOOKALIKE, 1, "面"),
        "U+E000": (PRIVATE, 1, None),  # no name: the PDF font's own glyph
        "U+FFFD REPLACEMENT CHARACTER": (LOST, 1, None),
        "U+2EAE CJK RADICAL BAMBOO": (RADICAL, 1, None),  # no ideograph of its own
        "U+F900 CJK COMPATIBILITY IDEOGRAPH-F900": (LOOKALIKE, 1, "豈"),
    }
    assert [(odd.named, odd.kind) for odd in odd_characters("一行\u2028两行")] == [
        ("U+2028 LINE SEPARATOR", BREAK)]


@pytest.mark.parametrize("text", [
    "成都兴城双碳研究院 10 kV",
    "﨎﨏",  # CJK compatibility ideographs that are unified ideographs: no other form
    "10\u00a0kV",  # a no-break space between Latin words is typography, not a paste
    "市委办公厅\u3000市政府办公厅",  # the ideographic space: Chinese text sets it on purpose
    "兴城集团\t2023年\n",
])
def test_ordinary_text_has_no_odd_characters(text: str) -> None:
    assert odd_characters(text) == []


@pytest.mark.parametrize(("pasted", "cleaned", "count"), [
    ("今年\u202e之省\u202c", "今年之省", 2),  # bidi controls go
    ("\ufeff成都\u200b兴城\u00ad集团\u2060", "成都兴城集团", 4),  # zero-width ones too
    ("⽅⾯\uf900", "方面\u8c48", 3),  # look-alikes become the unified ideographs
    ("成都\u2003兴城\u200a集团", "成都兴城集团", 2),  # odd spaces next to Chinese go
    ("10\u2009kV and\u00a0more", "10 kV and\u00a0more", 1),  # elsewhere plain spaces; a no-break one stays
    ("缺\ue000字\ufffd", "缺\ue000字\ufffd", 0),  # a lost character is retyped, not guessed
    ("正文一\u3000二", "正文一\u3000二", 0),  # an ideographic space is meant
    ("公众\u2028环境 see\u2029more", "公众环境 see more", 2),  # line breaks pasted into one field
])
def test_clean_invisible(pasted: str, cleaned: str, count: int) -> None:
    assert clean_invisible(pasted) == (cleaned, count)


def test_cleaned_text_has_only_the_characters_cleaning_cannot_fix() -> None:
    pasted = "今年\u202e之省\u200b记牢\u2003⽅⾯\ue000\u2009a b\u2eae"
    assert {odd.kind for odd in odd_characters(clean_invisible(pasted)[0])} == {PRIVATE, RADICAL}
