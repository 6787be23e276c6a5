"""Exported files open in Word without a repair prompt: checked with openxml-audit.

openxml-audit validates the package against the Open XML schemas and semantic rules of
Microsoft's Open XML SDK, and predicts what Word does with the file; a finding here is
what Word would answer with "unreadable content … repair?".
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openxml_audit import FileFormat, OpenXmlValidator

from editor_app.export.docx.exporter import export_docx
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Item, MetricValue, Project
from editor_app.layout.profile import load_profile

from ..conftest import SAMPLE, sample_with_distribution

# Word 2010, the oldest Word still met in offices, and today's Word.
FORMATS = (FileFormat.OFFICE_2010, FileFormat.MICROSOFT_365)


def _sample():
    return load_issue(SAMPLE)


def _long_and_odd():
    """Many pages, every kind of block, text beyond the BMP and pasted control characters."""
    issue = sample_with_distribution()
    news = issue.sections.provincial_news.items
    for n in range(40):
        news.append(Item(headline=f"第{n + 1}条：𠀀𪚥字与“引号”——破折号。",
                         paragraphs=["绿色低碳转型持续推进，\u0007光伏投产。" * 6, "碳排放核算体系完善。" * 3]))
    issue.sections.xingcheng_action.projects.append(Project(
        company="某某新能源有限公司", name="屋顶光伏项目", technology="分布式光伏", facility="光伏电站",
        metrics={"installed_capacity": MetricValue(value="12.5", unit="兆瓦"),
                 "co2_reduction": MetricValue(value="1.2", unit="万吨")},
    ))
    return issue


ISSUES = {"sample": _sample, "with 版记": sample_with_distribution, "long and odd": _long_and_odd}


@pytest.fixture(scope="module", params=list(ISSUES))
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("compat") / "issue.docx"
    export_docx(ISSUES[request.param](), target, load_profile(), force=True)
    return target


@pytest.mark.parametrize("file_format", FORMATS, ids=lambda f: f.name)
def test_word_opens_the_export_without_repair(exported: Path, file_format: FileFormat) -> None:
    result = OpenXmlValidator(file_format=file_format, max_errors=0).validate(str(exported))
    assert [str(error) for error in result.errors] == []


def test_no_stale_copy_of_the_styles(exported: Path) -> None:
    """python-docx's template carries Word 2010's stylesWithEffects.xml; it would not match."""
    with zipfile.ZipFile(exported) as archive:
        names = archive.namelist()
        relations = archive.read("word/_rels/document.xml.rels").decode()
    assert "word/stylesWithEffects.xml" not in names
    assert "stylesWithEffects" not in relations


def test_a_style_named_as_one_of_the_template_replaces_it(tmp_path: Path) -> None:
    """A profile may call its masthead style ``title`` (Word's Title, names compared ignoring
    case): one style of that name, no duplicate for Word to repair."""
    import yaml

    from editor_app.layout.profile import profile_path

    data = yaml.safe_load(profile_path("xingcheng").read_text(encoding="utf-8"))
    data["styles"]["masthead_title"]["word_name"] = "title"
    (tmp_path / "titled.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    target = tmp_path / "issue.docx"
    export_docx(_sample(), target, load_profile(tmp_path / "titled.yaml"))
    styles = zipfile.ZipFile(target).read("word/styles.xml").decode("utf-8")
    assert styles.lower().count('<w:name w:val="title"/>') == 1
    result = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365, max_errors=0).validate(str(target))
    assert [str(error) for error in result.errors] == []
