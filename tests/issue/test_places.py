"""Places in words: sections are named by the layout profile's titles."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.errors import IssueFileError
from editor_app.issue.issue_file import load_issue, parse_issue, save_issue
from editor_app.issue.places import describe
from editor_app.layout.profile import load_profile

from ..conftest import DATA, SAMPLE

OTHER_PROFILE = DATA / "profiles" / "qinghe.yaml"
HEADLINE = ("sections", "institute_news", "items", 0, "headline")


def test_describe_names_the_section_by_the_profiles_title() -> None:
    assert describe(HEADLINE, load_profile().sections) == "四、成都兴城双碳研究院动态 › 第1条 › 标题"
    assert describe(HEADLINE, load_profile(OTHER_PROFILE).sections) == "四、青禾低碳发展中心工作简报 › 第1条 › 标题"


def test_describe_without_a_title_shows_the_key() -> None:
    assert describe(HEADLINE, {}) == "institute_news › 第1条 › 标题"
    assert describe(("masthead", "year"), {}) == "报头 › 年份"


def _bulletin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor_app.cli", *args],
                          capture_output=True, text=True, timeout=60)


def _with_bad_headline(tmp_path: Path, profile: str) -> Path:
    issue = load_issue(SAMPLE)
    issue.profile = profile
    issue.sections.institute_news.items[0].headline = "研究院\x07动态"  # a control character
    path = tmp_path / "bad.yaml"
    save_issue(issue, path, keep_backup=False)
    return path


def test_cli_validate_and_export_name_the_section_as_the_profile_does(tmp_path: Path) -> None:
    bad = _with_bad_headline(tmp_path, "xingcheng")
    validated = _bulletin("validate", str(bad))
    assert f"{bad}:四、成都兴城双碳研究院动态 › 第1条 › 标题: 错误:" in validated.stdout
    exported = _bulletin("export", str(bad), "-o", str(tmp_path / "bad.docx"))
    assert exported.returncode == 1
    assert f"{bad}:四、成都兴城双碳研究院动态 › 第1条 › 标题: 错误:" in exported.stderr


def test_cli_validate_uses_the_titles_of_the_issues_own_profile(tmp_path: Path, user_folder: Path) -> None:
    folder = user_folder / "bulletin-editor" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    installed = Path(shutil.copy(OTHER_PROFILE, folder))  # an issue names an installed profile
    try:
        bad = _with_bad_headline(tmp_path, "qinghe")
        validated = _bulletin("validate", str(bad))
    finally:
        installed.unlink()
    assert f"{bad}:四、青禾低碳发展中心工作简报 › 第1条 › 标题: 错误:" in validated.stdout


@pytest.mark.parametrize("profile", ["no-such-profile", "a\\0b", "."])
def test_a_file_naming_an_unusable_profile_still_gets_a_one_line_error(profile: str) -> None:
    with pytest.raises(IssueFileError) as info:
        parse_issue(f'schema_version: 1\nprofile: "{profile}"\nsections: {{institute_news: {{items: [1]}}}}\n')
    assert info.value.place == "四、成都兴城双碳研究院动态 › 第1条（第3行第37列）", "the default profile's title"


def test_places_name_fields_as_the_forms_label_them() -> None:
    titles = load_profile().sections
    assert describe(("masthead", "date"), titles) == "报头 › 出刊日期"
    body = ("sections", "special_focus", "items", 0, "paragraphs")
    assert describe(body, titles) == "一、特别关注 › 第1条 › 正文"
    assert describe((*body, 1), titles) == "一、特别关注 › 第1条 › 正文第2段"
