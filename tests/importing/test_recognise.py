"""Recognition reads a fully cleaned copy of each line; the issue keeps the text as asked."""

import re
from pathlib import Path

import pytest

from editor_app.cli import main as bulletin
from editor_app.importing import ImportOptions, import_text
from editor_app.importing.normalise import EVERY_STEP, normalise
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue
from editor_app.issue.projects import PLACEHOLDER, project_sentence
from editor_app.issue.textclean import full_width_punctuation, remove_pinyin_artefacts, strip_control, to_simplified
from editor_app.issue.validation import iter_texts
from editor_app.layout.profile import load_profile

from ..conftest import DATA

SAMPLE_TEXT = DATA / "bulletin-2023-09-25.txt"
KEPT = {
    "keep-pinyin": ImportOptions(remove_pinyin=False),
    "keep-punctuation": ImportOptions(full_width_punctuation=False),
    "keep-traditional": ImportOptions(simplified=False),
    "keep-all": ImportOptions(remove_pinyin=False, full_width_punctuation=False, simplified=False),
}
# Fields recognised from the text (metric values and units are normalised by design).
_CUT_FROM_TEXT = {"headline", "paragraphs", "introduction", "company", "name", "technology", "facility",
                  "heading", "text"}
# A kept pinyin reading, in half- or full-width brackets.
_READING = re.compile(r"[(（][a-zü\u00e0-\u01dc]+[)）]")


def _structure(issue: Issue) -> dict:
    """What recognition found, whatever text the fields keep."""
    profile = load_profile(issue.profile)
    sections = issue.sections
    action = sections.xingcheng_action
    closing = [normalise(_READING.sub("", text), EVERY_STEP)[0].text or default for text, default in
               ((issue.closing.heading, profile.closing.heading), (issue.closing.text, profile.closing.text))]
    return {
        "masthead": (issue.masthead.date, issue.masthead.year, issue.masthead.number),
        "news": [[bool(item.headline) for item in section.items]
                 for section in (sections.special_focus, sections.provincial_news, sections.institute_news)],
        "introduction": bool(action.introduction),
        "projects": [p.metrics for p in action.projects],
        "closing": closing,
    }


def _kept_source(options: ImportOptions) -> str:
    """The sample cleaned line by line as ``options`` ask, by the cleaning functions themselves."""
    lines = []
    for line in SAMPLE_TEXT.read_text(encoding="utf-8").splitlines():
        line = strip_control(line)[0]
        if options.remove_pinyin:
            line = remove_pinyin_artefacts(line)[0]
        if options.full_width_punctuation:
            line = full_width_punctuation(line)[0]
        if options.simplified:
            line = to_simplified(line)
        lines.append(line)
    return "\n".join(lines)


def _check_kept(issue: Issue, options: ImportOptions) -> None:
    """Every recognised text, and every piece of project wording, is cut from the kept text."""
    source = _kept_source(options)
    texts = [(place, text) for place, text in iter_texts(issue)
             if text and set(place) & _CUT_FROM_TEXT and "metrics" not in place]
    assert len(texts) >= 15
    for place, text in texts:
        assert text in source, place
    for project in issue.sections.xingcheng_action.projects:
        assert project.wording, "the kept wording differs from the default wording"
        assert all(piece in source for piece in PLACEHOLDER.sub("\n", project.wording).split("\n"))
        project_sentence(project)  # every placeholder can be filled


@pytest.fixture(scope="module")
def cleaned() -> Issue:
    return import_text(SAMPLE_TEXT.read_text(encoding="utf-8")).issue


@pytest.mark.parametrize("kept", KEPT)
def test_recognition_does_not_depend_on_the_cleaning_kept(kept: str, cleaned: Issue) -> None:
    options = KEPT[kept]
    result = import_text(SAMPLE_TEXT.read_text(encoding="utf-8"), options)
    assert _structure(result.issue) == _structure(cleaned)
    assert len(result.issue.sections.xingcheng_action.projects) == 2
    assert not result.warnings
    _check_kept(result.issue, options)


def test_kept_traditional_text_stays_traditional() -> None:
    issue = import_text(SAMPLE_TEXT.read_text(encoding="utf-8"), KEPT["keep-traditional"]).issue
    project = issue.sections.xingcheng_action.projects[0]
    assert (project.company, project.name) == ("內江新希望農牧科技有限公司", "綠色低碳先進技術示范工程項目")
    assert project.facility == "糞水處理設施"
    assert issue.closing.heading == "關于成都興城雙碳研究院"
    assert issue.sections.xingcheng_action.introduction.endswith("聚焦全產業鏈綠色農牧養殖。其中：")


def test_kept_half_width_punctuation_stays_and_the_company_is_only_the_company() -> None:
    issue = import_text(SAMPLE_TEXT.read_text(encoding="utf-8"), KEPT["keep-punctuation"]).issue
    action = issue.sections.xingcheng_action
    assert [p.company for p in action.projects] == ["内江新希望农牧科技有限公司", "汉源新六农牧科技有限公司"]
    assert action.introduction.endswith("聚焦全产业链绿色农牧养殖。其中:")
    assert action.projects[0].technology == "厌氧发酵、沼气收集、净化、集中处理等先进技术"
    assert action.projects[0].wording == ("采用{技术},建设{日处理能力}的{设施},项目建成后,"
                                          "年节能量达{年节能量},减少二氧化碳排放{二氧化碳减排}。")


def test_kept_pinyin_stays_with_its_character() -> None:
    issue = import_text(SAMPLE_TEXT.read_text(encoding="utf-8"), KEPT["keep-pinyin"]).issue
    project = issue.sections.xingcheng_action.projects[0]
    assert project.company == "内（nèi）江新希望农（nóng）牧科技有限公司"
    assert project.metrics["energy_saving"].value == "1.7"
    assert issue.closing.heading == "关（guān）于成都兴城双碳研究院"
    assert issue.closing.text.startswith("为积极响应（yīng）党的二十大报告中")


def test_an_action_section_without_projects_is_reported() -> None:
    result = import_text("2023.09.25\n三、兴城双碳行动\n集团持续推进绿色低碳转型，成效明显。")
    assert result.issue.sections.xingcheng_action.introduction == "集团持续推进绿色低碳转型，成效明显。"
    notices = [w for w in result.warnings if "没有识别出项目" in w.message]
    assert len(notices) == 1 and notices[0].line == 3


@pytest.mark.parametrize("flag", ["--keep-pinyin", "--keep-punctuation", "--keep-traditional"])
def test_cli_import_keeps_text_and_recognises_the_same(tmp_path: Path, flag: str, cleaned: Issue) -> None:
    out = tmp_path / "imported.yaml"
    assert bulletin(["import", str(SAMPLE_TEXT), "-o", str(out), flag]) == 0
    issue = load_issue(out)
    assert _structure(issue) == _structure(cleaned)
    _check_kept(issue, KEPT[flag[2:]])
    projects = issue.sections.xingcheng_action.projects
    in_process = import_text(SAMPLE_TEXT.read_text(encoding="utf-8"), KEPT[flag[2:]]).issue
    assert projects == in_process.sections.xingcheng_action.projects
    company = {"--keep-pinyin": "内（nèi）江新希望农（nóng）牧科技有限公司",
               "--keep-punctuation": "内江新希望农牧科技有限公司",
               "--keep-traditional": "內江新希望農牧科技有限公司"}[flag]
    assert projects[0].company == company
