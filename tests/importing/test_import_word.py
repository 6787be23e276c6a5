import zipfile
from copy import deepcopy
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.errors import UserFacingError
from editor_app.export.docx.exporter import export_docx
from editor_app.importing import import_source
from editor_app.importing import word as word_import
from editor_app.importing.project_parse import proposed_basis
from editor_app.issue.issue_file import load_issue
from editor_app.issue.metrics import CATALOGUE
from editor_app.issue.model import Issue, Item, MetricValue, Project
from editor_app.issue.numbers import format_number
from editor_app.issue.projects import project_sentence
from editor_app.issue.sections import NEWS_KEYS, news_section
from editor_app.layout.profile import load_profile

from ..conftest import DATA, SAMPLE, TEMPLATES


def _printed(issue: Issue) -> Issue:
    """The issue without the empty items a template holds as placeholders (never printed), each
    project's carbon basis (not printed) the one the import proposes from its printed words."""
    copy = deepcopy(issue)
    for key in NEWS_KEYS:
        section = news_section(copy, key)
        section.items = [i for i in section.items if i.headline or any(i.paragraphs)]
    for project in copy.sections.xingcheng_action.projects:
        project.carbon_basis = proposed_basis("".join(project_sentence(project)))
    return copy


def _round_trip(issue: Issue, tmp_path: Path) -> Issue:
    target = tmp_path / "issue.docx"
    export_docx(issue, target, load_profile(), force=True)
    return import_source(target).issue


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.yaml")), ids=lambda p: p.stem)
def test_templates_round_trip(template: Path, tmp_path: Path) -> None:
    issue = load_issue(template)
    assert _round_trip(issue, tmp_path) == _printed(issue)


_CJK = "绿色低碳能源环保科技发展示范工程处理设备光伏风电水电储能氢气循环利用城市乡村农牧养殖"
_cjk = st.text(alphabet=_CJK, min_size=2, max_size=30)


def _metric(key: str) -> st.SearchStrategy[MetricValue]:
    metric = next(m for m in CATALOGUE if m.key == key)
    value = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(9999), places=2).map(format_number)
    basis = st.sampled_from(metric.bases) if metric.bases else st.none()
    return st.builds(MetricValue, value=value, unit=st.sampled_from([u.name for u in metric.units]), basis=basis)


@st.composite
def _projects(draw) -> Project:
    keys = draw(st.sets(st.sampled_from([m.key for m in CATALOGUE]), min_size=1))
    return Project(
        company=draw(_cjk) + "有限公司", name=draw(_cjk) + "项目", technology=draw(_cjk),
        facility=draw(_cjk) + "设施", metrics={k: draw(_metric(k)) for k in sorted(keys)},
    )


_items = st.lists(st.builds(Item, headline=_cjk.map(lambda t: t + "。"),
                            paragraphs=st.lists(_cjk.map(lambda t: t + "。" * 2), min_size=1, max_size=3)),
                  max_size=3)


@st.composite
def _issues(draw) -> Issue:
    issue = load_issue(SAMPLE)
    issue.sections.special_focus.items = draw(_items)
    issue.sections.provincial_news.items = draw(_items)
    issue.sections.institute_news.items = draw(_items)
    issue.sections.xingcheng_action.introduction = draw(_cjk) + "。"
    issue.sections.xingcheng_action.projects = draw(st.lists(_projects(), max_size=3))
    issue.masthead.number = draw(st.integers(1, 60))
    issue.masthead.total_number = draw(st.none() | st.integers(60, 500))
    return issue


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(issue=_issues())
def test_generated_issues_round_trip(issue: Issue, tmp_path: Path) -> None:
    assert _round_trip(issue, tmp_path) == _printed(issue)


def test_hand_typed_word_bulletin(tmp_path: Path) -> None:
    """A bulletin typed in Word with Normal paragraphs only is recognised by its text."""
    document = docx.Document()
    for line in (DATA / "bulletin-2023-09-25.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "typed.docx"
    document.save(str(path))
    result = import_source(path)
    sample = load_issue(SAMPLE)
    assert result.issue.sections == sample.sections
    assert any("按文字识别" in line for line in result.report)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(UserFacingError, match="不是 Word"):
        import_source(path)


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.docx", {"word/document.xml": b"<a>" + b" " * (60 * 2**20) + b"</a>"})
    with pytest.raises(UserFacingError, match="压缩炸弹"):
        import_source(bomb)


def test_external_entities_are_refused(tmp_path: Path) -> None:
    xxe = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b"<w:document>&x;</w:document>")
    path = _zip(tmp_path / "xxe.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": xxe})
    with pytest.raises(UserFacingError, match="实体"):
        import_source(path)


def test_absurdly_many_paragraphs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_import, "MAX_PARAGRAPHS", 10)
    target = tmp_path / "many.docx"
    export_docx(load_issue(SAMPLE), target, load_profile())
    with pytest.raises(UserFacingError, match="段"):
        import_source(target)
