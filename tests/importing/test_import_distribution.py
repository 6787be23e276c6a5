"""Text import recognises the 版记 (distribution lines) by the profile's labels, however the
lines were copied: they end the closing text and fill ``distribution``."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app import paths
from editor_app.export.docx.exporter import export_docx
from editor_app.importing import ImportOptions, import_text
from editor_app.issue.model import Distribution, Issue
from editor_app.issue.model_data import to_data
from editor_app.layout.profile import load_profile

from ..conftest import DATA, sample_with_distribution

LVJIAN = DATA / "profiles" / "lvjian.yaml"


def _content(issue: Issue) -> dict:
    """What a text import must recover: everything but the 期号 (not in the text) and the profile."""
    data = to_data(issue)
    data["masthead"].pop("number")
    data.pop("profile")
    return data


def _exported_lines(issue: Issue, profile: str | Path, folder: Path) -> list[str]:
    """The issue exported to Word and copied as plain text: one line per paragraph (the empty
    one that ends the body left out)."""
    target = folder / "issue.docx"
    export_docx(issue, target, load_profile(profile))
    return [p.text for p in docx.Document(str(target)).paragraphs if p.text]


@pytest.fixture(scope="module")
def sample() -> Issue:
    return sample_with_distribution()


@pytest.fixture(scope="module")
def copied(sample: Issue, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _exported_lines(sample, "xingcheng", tmp_path_factory.mktemp("copied"))


def _foot(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines before the 版记 and the four 版记 lines."""
    assert lines[-4].startswith("报") and lines[-1].startswith("共印"), lines[-4:]
    return lines[:-4], lines[-4:]


def test_copied_word_text_imports_whole_with_its_distribution(sample: Issue, copied: list[str]) -> None:
    result = import_text("\n".join(copied))
    assert result.issue.distribution == sample.distribution
    assert _content(result.issue) == _content(sample)
    assert not result.warnings


@pytest.mark.parametrize(("name", "written"), [
    ("spaces", ["报 ： 四川省国资委，成都市国资委", "送：  集团领导，集团各部门", "发 :集团各子公司", "共印 30 份"]),
    ("half-width colons", ["报:四川省国资委，成都市国资委", "送:集团领导，集团各部门", "发:集团各子公司", "共印30份"]),
    ("full-width digits",
     ["报：四川省国资委，成都市国资委", "送：集团领导，集团各部门", "发：集团各子公司", "共印３０份"]),
    ("count first, labels in another order",
     ["共印30份", "发：集团各子公司", "报：四川省国资委，成都市国资委", "送：集团领导，集团各部门"]),
    ("two to a line", ["报：四川省国资委，成都市国资委    送：集团领导，集团各部门", "发：集团各子公司\t共印30份"]),
    ("all on one line", ["报：四川省国资委，成都市国资委送：集团领导，集团各部门发：集团各子公司共印30份"]),
])
def test_distribution_lines_as_typed(sample: Issue, copied: list[str], name: str, written: list[str]) -> None:
    body, _ = _foot(copied)
    result = import_text("\n".join([*body, *written]))
    assert result.issue.distribution == sample.distribution, name
    assert _content(result.issue) == _content(sample), name


def test_distribution_joined_to_the_closing_text_is_cut_off(sample: Issue, copied: list[str]) -> None:
    """The tester's text: the closing paragraph and the 版记 run together on one line."""
    body, foot = _foot(copied)
    result = import_text("\n".join([*body[:-1], body[-1] + "".join(foot)]))
    assert result.issue.closing.text == ""  # the profile's own closing text, as in the sample
    assert result.issue.distribution == sample.distribution
    assert _content(result.issue) == _content(sample)


def test_distribution_after_the_last_section_without_a_closing_block(copied: list[str]) -> None:
    body, foot = _foot(copied)
    closing = next(i for i, line in enumerate(body) if line.startswith("关于"))
    issue = import_text("\n".join([*body[:closing], *foot])).issue
    last = issue.sections.institute_news.items[-1].paragraphs[-1]
    assert last.endswith("促进融资能力和投资决策能力提升。")
    assert issue.distribution.print_count == 30 and issue.distribution.issue == "集团各子公司"


def test_without_a_closing_block_a_news_paragraph_opening_with_a_label_stays_news(copied: list[str]) -> None:
    """No closing heading: the last section runs to the 版记, and its paragraphs may open with
    发：or 送： (they went to the 版记 and were lost from the section)."""
    body, foot = _foot(copied)
    heading = body.index("四、成都兴城双碳研究院动态")
    news = ["研究院召开年度工作会议", "发：院长在会上讲话，部署下半年工作。", "送：专家评审意见已返回。",
            "会议还研究了其他事项。"]
    issue = import_text("\n".join([*body[:heading + 1], *news, *foot])).issue
    [item] = issue.sections.institute_news.items
    assert (item.headline, item.paragraphs) == (news[0], news[1:])
    assert issue.distribution.issue == "集团各子公司" and issue.distribution.print_count == 30
    assert issue.distribution.send == "集团领导，集团各部门"


def test_a_label_in_the_body_text_stays_text(copied: list[str]) -> None:
    """Only the foot of the text is read as the 版记: a news paragraph opening with 报： stays news."""
    body, foot = _foot(copied)
    heading = body.index("四、成都兴城双碳研究院动态")
    lines = [*body[:heading + 1], "报：集团领导已批示，请各部门落实。", *body[heading + 1:], *foot]
    issue = import_text("\n".join(lines)).issue
    assert issue.sections.institute_news.items[0].headline == "报：集团领导已批示，请各部门落实。"
    assert issue.distribution.report == "四川省国资委，成都市国资委"


def test_an_unknown_line_after_the_distribution_is_reported(copied: list[str]) -> None:
    body, foot = _foot(copied)
    result = import_text("\n".join([*body, *foot, "此页无正文"]))
    assert result.issue.closing.text == "" and result.issue.distribution.print_count == 30
    notices = [w for w in result.warnings if "此页无正文" in w.message]
    assert len(notices) == 1 and notices[0].line == len(body) + len(foot) + 1


def test_another_profiles_labels(sample: Issue, tmp_path: Path) -> None:
    """Labels come from the profile: this one prints 报送：/抄送：/分送：/印N份."""
    lines = _exported_lines(sample, LVJIAN, tmp_path)
    assert lines[-4:] == ["报送：四川省国资委，成都市国资委", "抄送：集团领导，集团各部门", "分送：集团各子公司",
                          "印30份"]
    issue = import_text("\n".join(lines), ImportOptions(profile=str(LVJIAN))).issue
    assert issue.distribution == sample.distribution
    assert issue.closing.text == ""


def test_a_source_without_distribution_leaves_it_empty(copied: list[str]) -> None:
    body, _ = _foot(copied)
    assert import_text("\n".join(body)).issue.distribution == Distribution()


def test_a_label_that_begins_another_is_told_apart(copied: list[str], tmp_path: Path) -> None:
    """With both 报： and 报送： in a profile, 报送：… is never read as 报： with 送 in its value."""
    profile = tmp_path / "both.yaml"
    bundled = (paths.profiles_dir() / "xingcheng.yaml").read_text(encoding="utf-8")
    profile.write_text(bundled.replace('send: "送："', 'send: "报送："').replace("name: xingcheng", "name: both"),
                       encoding="utf-8")
    body, _ = _foot(copied)
    issue = import_text("\n".join([*body, "报送：集团领导", "报：四川省国资委"]),
                        ImportOptions(profile=str(profile))).issue
    assert (issue.distribution.report, issue.distribution.send) == ("四川省国资委", "集团领导")


def test_a_label_given_twice_keeps_the_first_and_says_so(copied: list[str]) -> None:
    body, foot = _foot(copied)
    result = import_text("\n".join([*body, *foot, "报：成都市发改委"]))
    assert result.issue.distribution.report == "四川省国资委，成都市国资委"
    notices = [w for w in result.warnings if "出现了两次" in w.message]
    assert len(notices) == 1 and "“报：”" in notices[0].message and notices[0].line == len(body) + len(foot) + 1
