"""Typography a reviewer marks: spaces, range hyphens, ``&``, a last line of “时。”."""

from __future__ import annotations

import pytest

from editor_app.issue.issue_file import load_issue
from editor_app.issue.typography import (
    EM_DASH,
    LINE_EMS,
    WAVE_DASH,
    find_ampersands,
    find_hyphen_ranges,
    find_spaces_in_chinese,
    fix_hyphen_ranges,
    last_line,
    remove_spaces_in_chinese,
    short_last_line,
)
from editor_app.issue.validation import FIX_RANGES, FIX_SPACES, Severity, validate
from editor_app.layout.foot import type_area_width_pt
from editor_app.layout.profile import load_profile

from ..conftest import TEMPLATES

TITLES = load_profile().sections
BODY = ("sections", "provincial_news", "items", 0, "paragraphs", 0)
HEADLINE = ("sections", "provincial_news", "items", 1, "headline")


@pytest.mark.parametrize(("text", "fixed"), [
    ("四川7部门联合印发《实施意见》 锂电产业", "四川7部门联合印发《实施意见》锂电产业"),
    ("双碳 研究院", "双碳研究院"),
    ("成都 COP28 会议", "成都COP28会议"),
    ("装机 10 kV 变电站", "装机10 kV变电站"),
    ("“双碳” 行动", "“双碳”行动"),
])
def test_spaces_next_to_chinese_are_found_and_removed(text: str, fixed: str) -> None:
    assert find_spaces_in_chinese(text)
    assert remove_spaces_in_chinese(text)[0] == fixed


@pytest.mark.parametrize("text", ["10 kV", "ESG management system", "COP 28", "1 000"])
def test_spaces_in_latin_text_and_units_stay(text: str) -> None:
    assert find_spaces_in_chinese(text) == 0
    assert remove_spaces_in_chinese(text) == (text, 0)


@pytest.mark.parametrize(("text", "fixed"), [
    ("2021-2022中国城市双碳指数", f"2021{EM_DASH}2022中国城市双碳指数"),
    ("2021-2022年", f"2021{EM_DASH}2022年"),
    ("（1881-1936）", f"（1881{EM_DASH}1936）"),
    ("今年1-8月", f"今年1{EM_DASH}8月"),
    ("每日25-30吨", f"每日25{WAVE_DASH}30吨"),
    ("节能1.5-2.5万吨", f"节能1.5{WAVE_DASH}2.5万吨"),
    ("10-20kV", f"10{WAVE_DASH}20kV"),
    ("1000-2000吨", f"1000{WAVE_DASH}2000吨"),
    ("5-10%", f"5{WAVE_DASH}10%"),
])
def test_ranges_take_the_dash_of_gb_t_15834(text: str, fixed: str) -> None:
    assert find_hyphen_ranges(text)
    assert fix_hyphen_ranges(text) == (fixed, 1)


@pytest.mark.parametrize("text", [
    "2023-09-25", "出刊日期2023-9-25。", "电话010-88842603", "见表2-8", "WZ-10直升机",
    "3-2-11室", "GB/T 15834-2011", "5-3吨", "-20℃", "CO2-eq", "第3-5名",
])
def test_codes_dates_and_numbers_keep_their_hyphen(text: str) -> None:
    assert find_hyphen_ranges(text) == []
    assert fix_hyphen_ranges(text) == (text, 0)


def test_ampersand_next_to_chinese() -> None:
    assert find_ampersands("双碳研究院&产业研究中心") == 1
    assert find_ampersands("研发 & 制造") == 1
    assert find_ampersands("P&G公司与R&D") == 0


def test_the_grid_is_the_profiles() -> None:
    """28 characters a line (GB/T 9704) is what the institute's type area holds in the body."""
    profile = load_profile()
    body = profile.styles["body"]
    per_line = type_area_width_pt(profile) / (body.size + profile.page.body_char_spacing_pt)
    assert int(per_line) == LINE_EMS
    assert body.indent_chars == profile.styles["item_headline"].indent_chars == 2


def test_a_last_line_of_one_character_and_a_stop() -> None:
    # 26 characters after the 2-character indent fill line 1, 28 fill line 2: “时。” is left.
    paragraph = "测" * 26 + "试" * 28 + "时。"
    assert last_line(paragraph, hang=True) == last_line(paragraph, hang=False) == "时。"
    assert short_last_line(paragraph) == "时。"
    assert short_last_line(paragraph[:-2] + "小时。") is None  # two characters: fine
    assert short_last_line("测" * 23 + "时。") is None  # one line
    # A stop just past the margin: Word hangs it, the preview and the PDF take 时 down with it.
    assert last_line("测" * 25 + "时。", hang=True) == "测" * 25 + "时。"
    assert last_line("测" * 25 + "时。", hang=False) == "时。"
    assert short_last_line("测" * 25 + "时。") is None  # as in Word
    # No line ends with “ (it goes down with 时); Word hangs one mark, not two (”。).
    assert short_last_line("测" * 25 + "“时”。") == "“时”。"
    assert short_last_line("测" * 26 + "“时”。") == "“时”。"
    # Half-width digits take half an em, and a number is not broken.
    assert short_last_line("测" * 24 + "1234" + "试" * 28 + "吨。") == "吨。"
    assert last_line("测" * 25 + "10705.5亿元。", hang=True) == "10705.5亿元。"


def test_validation_places_each_warning_with_its_fix(sample_issue) -> None:
    news = sample_issue.sections.provincial_news.items
    news[0].paragraphs[0] = news[0].paragraphs[0].replace(f"2021{EM_DASH}2022", "2021-2022")
    news[1].headline = "四川7部门联合印发《实施意见》 锂电产业将再谋“崛起路”。"
    news[1].paragraphs[0] = "测" * 26 + "双碳研究院&产业研究中心" + "试" * 16 + "时。"
    found = {(f.path, f.fix): f for f in validate(sample_issue)}
    assert all(f.severity is Severity.WARNING for f in found.values())
    ranges = found[BODY, FIX_RANGES]
    assert ranges.place_in(TITLES) == "二、省内双碳信息 › 第1条 › 正文第1段"
    assert ranges.message.startswith(f"范围“2021-2022”用了半字线“-”，应为“2021{EM_DASH}2022”")
    spaces = found[HEADLINE, FIX_SPACES]
    assert spaces.place_in(TITLES) == "二、省内双碳信息 › 第2条 › 标题"
    assert "标题中有半角空格（1 处）" in spaces.message and "删除中文中的空格" in spaces.message
    body = (*HEADLINE[:-1], "paragraphs", 0)
    ampersand, last = [f.message for f in validate(sample_issue) if f.path == body]
    assert ampersand == "中文中有半角“&”，它不是中文标点；请改为“和”“与”或“及”"
    assert last.startswith("按 Word 版面每行 28 字估算，本段末行只有“时。”")


def test_numbers_and_codes_are_not_prose(sample_issue) -> None:
    project = sample_issue.sections.xingcheng_action.projects[0]
    project.metrics["energy_saving"].basis = "等价 值"
    assert not [f for f in validate(sample_issue) if f.fix is not None]


@pytest.mark.parametrize("name", ["blank.yaml", "bulletin-2023-09-25.yaml"])
def test_templates_have_no_typography_warnings(name: str) -> None:
    messages = [f.message for f in validate(load_issue(TEMPLATES / name))]
    assert not [m for m in messages if "空格" in m or "半字线" in m or "&" in m or "末行" in m]
