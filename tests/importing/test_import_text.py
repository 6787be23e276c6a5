import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.errors import UserFacingError
from editor_app.importing import ImportOptions, import_source, import_text
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue, Item, MetricValue, Project
from editor_app.issue.model_data import to_data
from editor_app.issue.projects import project_sentence
from editor_app.issue.textclean import find_pinyin_artefacts, to_traditional
from editor_app.issue.validation import iter_texts
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_profile

from ..conftest import DATA, SAMPLE

SAMPLE_TEXT = DATA / "bulletin-2023-09-25.txt"


def _content(issue: Issue) -> dict:
    """What the import must recover: everything but the 期号 the text does not carry."""
    data = to_data(issue)
    data["masthead"].pop("number")
    return data


def test_sample_text_imports_as_the_structured_sample() -> None:
    result = import_source(SAMPLE_TEXT)
    assert _content(result.issue) == _content(load_issue(SAMPLE))
    assert "删除拼音注音残留 212 处" in result.report
    assert not any(find_pinyin_artefacts(text) for text in (text for _, text in iter_texts(result.issue)))


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_and_line_ends_import_the_same(tmp_path: Path, encoding: str) -> None:
    text = SAMPLE_TEXT.read_text(encoding="utf-8").replace("\n", "\r\n\r\n")
    copy = tmp_path / f"{encoding}.txt"
    copy.write_bytes(text.encode(encoding, errors="strict"))
    assert _content(import_source(copy).issue) == _content(load_issue(SAMPLE))


def _as_text(issue: Issue, *, date_line: str) -> str:
    """The issue as an editor would paste it: one line per printed block, no masthead."""
    blocks = issue_blocks(issue, load_profile())[3:]
    return "\n".join([date_line, *(b.text for b in blocks)])


def _other_issue() -> Issue:
    issue = load_issue(SAMPLE)
    issue.sections.special_focus.items.append(
        Item(headline="成都发布绿色低碳产业政策。",
             paragraphs=["10月8日，成都市发布了支持绿色低碳产业发展的若干政策措施，"
                         "涉及光伏、储能和氢能等领域的项目补贴与人才引进。"])
    )
    issue.sections.xingcheng_action.projects.append(Project(
        company="成都兴城能源有限公司", name="屋顶分布式光伏项目", technology="单晶硅高效组件",
        facility="光伏电站", carbon_basis="可再生能源发电",
        metrics={"installed_capacity": MetricValue(value="5", unit="兆瓦"),
                 "annual_generation": MetricValue(value="550", unit="万千瓦时"),
                 "co2_reduction": MetricValue(value="3200", unit="吨")},
    ))
    return issue


def test_other_issues_of_the_bulletin_import_too() -> None:
    issue = _other_issue()
    result = import_text(_as_text(issue, date_line="2023年10月25日"))
    issue.masthead.date = result.issue.masthead.date
    assert result.issue.masthead.date.isoformat() == "2023-10-25"
    assert _content(result.issue)["sections"] == _content(issue)["sections"]


def test_traditional_half_width_text_is_cleaned() -> None:
    issue = _other_issue()
    text = to_traditional(_as_text(issue, date_line="2023-10-25")).replace("，", ",")
    result = import_text(text)
    assert _content(result.issue)["sections"] == _content(issue)["sections"]


def test_cleaning_steps_can_be_turned_off() -> None:
    result = import_text(SAMPLE_TEXT.read_text(encoding="utf-8"),
                         ImportOptions(remove_pinyin=False, full_width_punctuation=False, simplified=False))
    headline = result.issue.sections.provincial_news.items[0].headline
    assert headline == "“中國城市雙碳指數(shù)”新鮮出爐,成都整體排名第二。"


def test_genuine_parentheses_stay() -> None:
    result = import_text("2023.09.25\n三、兴城双碳行动\n"
                         "某某有限公司示范项目，年节能量达1.7万吨标准煤(等价值)，减少二氧化碳排放4.6万吨。")
    project = result.issue.sections.xingcheng_action.projects[0]
    assert project.metrics["energy_saving"].basis == "等价值"
    assert project.metrics["co2_reduction"].value == "4.6"


def test_invisible_and_look_alike_characters_are_cleaned_and_reported() -> None:
    result = import_text("2023.09.25\n一、特别关注\n\ufeff全省\u200b⽅⾯\n今年\u202e之省\u2009工作。\n")
    item = result.issue.sections.special_focus.items[0]
    assert (item.headline, item.paragraphs) == ("全省方面", ["今年之省工作。"])
    assert "清除不可见字符、特殊空格，换掉形似汉字的字符 6 个" in result.report


def test_unplaceable_lines_are_kept_with_a_warning() -> None:
    result = import_text("2023.09.25\n这是一行无法识别的说明\n一、特别关注\n正文一段。")
    texts = [p for item in result.issue.sections.special_focus.items for p in item.paragraphs]
    assert "这是一行无法识别的说明" in texts
    assert any("无法识别" in line for line in result.report)


def test_binary_and_missing_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x89PNG\x00\x01\x02\x00" * 3 + b"\xff\xfe\xfd")
    with pytest.raises(UserFacingError):
        import_source(junk)
    with pytest.raises(UserFacingError, match="不存在"):
        import_source(tmp_path / "missing.txt")


def test_cli_import_then_validate(tmp_path: Path) -> None:
    target = tmp_path / "imported.yaml"
    run = [sys.executable, "-m", "editor_app.cli"]
    result = subprocess.run([*run, "import", str(SAMPLE_TEXT), "-o", str(target)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "删除拼音注音残留" in result.stderr
    validated = subprocess.run([*run, "validate", str(target)], capture_output=True, text=True)
    assert validated.returncode == 1  # the 期号 is not in the text: the one thing left to fill
    assert "报头 › 期号: 错误" in validated.stdout


@pytest.mark.parametrize(("sentence", "basis"), [
    ("某某有限公司屋顶光伏项目，装机容量2.4兆瓦，年发电量260万千瓦时。", "可再生能源发电"),
    ("某某有限公司风电项目，年发电量11000万千瓦时，节约标准煤3.2万吨标准煤。", "可再生能源发电"),
    ("某某有限公司电机改造项目，年节约电量200万千瓦时，折合246吨标准煤（当量值）。", "节约电力"),
    ("某某有限公司锅炉煤改气项目，年节约标准煤1200吨标准煤（当量值），减少二氧化碳排放2000吨。", "节约燃料"),
    ("某某有限公司碳汇林项目，减少二氧化碳排放3万吨。", None),
])
def test_import_proposes_the_carbon_basis_from_the_wording(sentence: str, basis: str | None) -> None:
    result = import_text("2023.09.25\n三、兴城双碳行动\n" + sentence)
    assert result.issue.sections.xingcheng_action.projects[0].carbon_basis == basis


@pytest.mark.parametrize(("written", "unit"), [("2600000千瓦时", "千瓦时"), ("260万千瓦时", "万千瓦时"),
                                               ("1.2亿千瓦时", "亿千瓦时")])
def test_annual_generation_is_read_in_each_unit(written: str, unit: str) -> None:
    sentence = f"某某有限公司屋顶光伏项目，装机容量2.4兆瓦，年发电量{written}。"
    (project,) = import_text("2023.09.25\n三、兴城双碳行动\n" + sentence).issue.sections.xingcheng_action.projects
    assert project.metrics["annual_generation"] == MetricValue(value=written.removesuffix(unit), unit=unit)
    assert project.metrics["installed_capacity"] == MetricValue(value="2.4", unit="兆瓦")
    assert "".join(project_sentence(project)) == sentence  # printed back as written


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0b", "\r", "\x85"])
def test_other_programs_line_ends_are_line_ends(separator: str) -> None:
    """A text whose lines end in Unicode's separators (or VT, CR, NEL) was read as one line:
    no 期号, no sections."""
    text = "2023年第9期\n2023.09.25\n一、特别关注\n标题一\n正文一。\n二、省内双碳信息\n标题二\n正文二。\n"
    expected = import_text(text).issue
    assert import_text(text.replace("\n", separator)).issue == expected
    assert expected.masthead.number == 9 and expected.sections.provincial_news.items[0].headline == "标题二"
