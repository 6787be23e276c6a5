"""Imports follow the layout profile: a Word file exported with any installed profile comes
back whole, text headings are the profile's titles."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from editor_app import paths
from editor_app.export.docx.exporter import export_docx
from editor_app.importing import ImportOptions, import_source, import_text
from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Issue
from editor_app.issue.sections import NEWS_KEYS, news_section
from editor_app.issue.validation import iter_texts
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_profile

from ..conftest import DATA, sample_with_distribution

OTHER = DATA / "profiles" / "qinghe.yaml"


def _texts(issue: Issue) -> dict:
    """Every text of the issue by place, but the name of its profile."""
    return {path: text for path, text in iter_texts(issue) if path != ("profile",)}


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's other profile installed in the user's profile folder, beside the bundled one;
    the folder holding both."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "config"))
    folder = paths.user_profiles_dir()
    folder.mkdir(parents=True)
    shutil.copy(paths.profiles_dir() / "xingcheng.yaml", folder)
    shutil.copy(OTHER, folder)
    return folder


def _exported(tmp_path: Path, profile_path: Path) -> tuple[Issue, Path]:
    issue = sample_with_distribution()
    target = tmp_path / "other.docx"
    export_docx(issue, target, load_profile(profile_path))
    return issue, target


def test_word_file_of_another_installed_profile_imports_whole(tmp_path: Path, installed: Path) -> None:
    issue, target = _exported(tmp_path, OTHER)
    result = import_source(target)
    assert result.issue.profile == "qinghe"
    assert _texts(result.issue) == _texts(issue)
    assert result.issue.masthead == issue.masthead and result.issue.distribution == issue.distribution
    assert not result.warnings


def test_the_default_profile_is_still_detected(tmp_path: Path, installed: Path) -> None:
    issue, target = _exported(tmp_path, installed / "xingcheng.yaml")
    result = import_source(target)
    assert result.issue.profile == "xingcheng"
    assert _texts(result.issue) == _texts(issue)


def test_cli_import_with_a_forced_profile(tmp_path: Path) -> None:
    issue, target = _exported(tmp_path, OTHER)
    out = tmp_path / "imported.yaml"
    result = subprocess.run([sys.executable, "-m", "editor_app.cli", "import", str(target),
                             "-o", str(out), "--profile", str(OTHER)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    imported = load_issue(out)
    assert imported.profile == str(OTHER)
    assert _texts(imported) == _texts(issue)


def test_paragraphs_in_unknown_styles_are_kept_and_reported(tmp_path: Path) -> None:
    issue, target = _exported(tmp_path, paths.profiles_dir() / "xingcheng.yaml")
    document = docx.Document(str(target))
    moved = next(p for p in document.paragraphs if p.text == issue.sections.institute_news.items[0].paragraphs[0])
    moved.style = "Normal"  # as when an editor reformats a paragraph in Word
    document.save(str(target))
    result = import_source(target)
    assert _texts(result.issue) == _texts(issue), "nothing is lost"
    assert len(result.warnings) == 1
    assert "Normal" in result.warnings[0].message and "四、成都兴城双碳研究院动态" in result.warnings[0].message


def test_text_with_another_profiles_headings_finds_every_section() -> None:
    issue = load_issue(DATA.parent.parent / "issue_templates" / "bulletin-2023-09-25.yaml")
    issue.masthead.issuer = ""  # printed as the profile's issuer
    profile = load_profile(OTHER)
    text = "\n".join(block.text for block in issue_blocks(issue, profile))
    assert "一、要闻速递" in text and "青禾简讯" in text and "关于青禾低碳发展中心" in text
    result = import_text(text, ImportOptions(profile=str(OTHER)))
    assert result.issue.sections == issue.sections
    assert result.issue.masthead.issuer == "青禾低碳发展中心"
    assert result.issue.masthead.date == issue.masthead.date
    assert (result.issue.closing.heading, result.issue.closing.text) == ("", "")
    assert not result.warnings


def test_text_headings_by_title_without_their_numbers() -> None:
    profile = load_profile(OTHER)
    lines = ["2023年10月25日"]
    for key in profile.sections:
        lines += [profile.sections[key].split("、", 1)[1], "正文一段，写得比标题长一些。"]
    result = import_text("\n".join(lines), ImportOptions(profile=str(OTHER)))
    for key in NEWS_KEYS:
        assert news_section(result.issue, key).items[0].paragraphs == ["正文一段，写得比标题长一些。"]
    assert result.issue.sections.xingcheng_action.introduction == "正文一段，写得比标题长一些。"


def test_word_file_of_a_profile_not_installed_says_to_install_it(tmp_path: Path) -> None:
    """Read as text, but with a notice naming its styles (not "no styles of this program")."""
    issue, target = _exported(tmp_path, OTHER)
    result = import_source(target)
    assert result.issue.profile == "xingcheng"
    notice = str(result.warnings[0])
    assert "青禾栏目标题" in notice and "青禾发布单位" in notice and "未安装的版式" in notice
    assert str(paths.user_profiles_dir()) in notice
    assert "没有本程序的样式" not in "".join(result.notes)
    assert result.issue.masthead.date == issue.masthead.date
    assert result.issue.masthead.issuer == issue.masthead.issuer


@pytest.mark.parametrize("gap", ["\t", "   "])
def test_the_date_on_another_institute_s_issuer_line_is_recognised(gap: str) -> None:
    result = import_text(f"双碳资讯\n2024年第3期\n天府绿色建筑研究中心{gap}2024年3月15日\n一、特别关注\n"
                         "标题\n正文很长很长很长很长很长很长很长很长很长。\n")
    masthead = result.issue.masthead
    assert (masthead.issuer, masthead.date) == ("天府绿色建筑研究中心", dt.date(2024, 3, 15))
    assert all("报头中" not in str(w) for w in result.warnings)


def test_a_plain_word_file_gets_no_install_notice(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("一、特别关注", "标题", "正文很长很长很长很长很长很长很长很长很长。", "二、省内双碳信息"):
        document.add_paragraph(text)
    target = tmp_path / "plain.docx"
    document.save(str(target))
    assert all("未安装的版式" not in str(w) for w in import_source(target).warnings)


def test_an_installed_profile_that_cannot_be_named_is_not_detected(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = paths.user_profiles_dir()
    folder.mkdir(parents=True)
    shutil.copy(OTHER, folder / "qh.yaml")  # name: qinghe inside: unusable, an issue could not name it
    _, target = _exported(tmp_path, OTHER)
    result = import_source(target)
    assert result.issue.profile == "xingcheng" and "未安装的版式" in str(result.warnings[0])
