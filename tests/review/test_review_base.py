"""A review copy keeps what it was made from: edits made in the editor after the export are
not taken for the reviewer's (a three-way merge per field), and a field with both a tracked
and an untracked edit says so."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest

from editor_app import cli
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Issue
from editor_app.layout.profile import load_named
from editor_app.review.base import PART
from editor_app.review.copy import export_review_copy
from editor_app.review.mapping import CONFLICT, NO_BASE, map_review
from editor_app.review.markup import read_reviewed

from .wordmarkup import WordReview, w

Exported = tuple[Issue, Path, Path]


@pytest.fixture
def review_copy(exported: Exported, tmp_path: Path) -> Path:
    issue, _, _ = exported
    output = tmp_path / "review-copy.docx"
    export_review_copy(issue, output, load_named(issue.profile))
    return output


def _edited_here(issue: Issue) -> Issue:
    """The issue with five edits made in the editor after the export."""
    later = copy.deepcopy(issue)
    first = later.sections.special_focus.items[0]
    first.headline = "改过的标题"
    first.paragraphs[0] = "导出后改写的正文。"
    later.sections.provincial_news.items[0].headline += "（更新）"
    later.closing.text = "导出后改写的结束语。"
    later.distribution.send = "各子公司"
    return later


def test_an_unchanged_review_copy_proposes_nothing_after_edits_here(exported: Exported, review_copy: Path) -> None:
    issue, _, _ = exported
    review = map_review(_edited_here(issue), load_named(issue.profile), read_reviewed(review_copy))
    assert review.edits == [] and review.listed == [] and review.notice == ""


def test_the_reviewers_change_is_proposed_and_a_clash_is_listed(exported: Exported, review_copy: Path,
                                                                 tmp_path: Path) -> None:
    issue, _, _ = exported
    reviewer = WordReview(review_copy)
    reviewer.replace(reviewer.paragraph("内江"), "4.6万吨", "5万吨")
    body = issue.sections.special_focus.items[0].paragraphs[0]
    reviewer.replace(reviewer.paragraph(body[:6]), body[:2], "另外")
    later = _edited_here(issue)
    review = map_review(later, load_named(issue.profile), read_reviewed(reviewer.save(tmp_path / "r.docx")))
    [edit] = review.edits
    assert edit.place[-2] == "metrics" and edit.new.value == "5" and edit.kind == "修订"
    [clash] = review.listed
    assert clash.place == ("sections", "special_focus", "items", 0, "paragraphs", 0)
    assert clash.reason == CONFLICT and clash.before == "导出后改写的正文。"


def test_without_a_base_the_report_says_it_compares_with_the_issue_now(
        exported: Exported, capsys: pytest.CaptureFixture[str]) -> None:
    _, source, plain = exported
    assert cli.main(["review", "apply", str(plain), str(source)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == NO_BASE


def test_a_damaged_base_is_ignored(exported: Exported, review_copy: Path, tmp_path: Path) -> None:
    issue, _, _ = exported
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(review_copy) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data.replace(b"<vt:lpwstr>", b"<vt:lpwstr>!!") if name == PART else data)
    review = map_review(issue, load_named(issue.profile), read_reviewed(broken))
    assert review.notice == NO_BASE and review.edits == []


def test_a_tracked_and_an_untracked_edit_of_one_field_say_both(exported: Exported, review_copy: Path,
                                                               tmp_path: Path) -> None:
    issue, _, _ = exported
    reviewer = WordReview(review_copy)
    paragraph = reviewer.paragraph("“中国城市")
    text = paragraph.find(f".//{w('t')}")
    text.text = text.text.replace("新鲜出炉", "正式发布")
    reviewer.replace(paragraph, "排名第二", "排名第三", author="审稿人张三")
    review = map_review(issue, load_named(issue.profile), read_reviewed(reviewer.save(tmp_path / "r.docx")))
    [edit] = review.edits
    assert edit.kind == "修订及直接修改" and edit.authors == ("审稿人张三",)
    assert edit.new == "“中国城市双碳指数”正式发布，成都整体排名第三。"


def test_the_cli_applies_only_the_reviewers_edits(exported: Exported, review_copy: Path, tmp_path: Path) -> None:
    issue, source, _ = exported
    later = _edited_here(issue)
    save_issue(later, source, keep_backup=False)
    assert cli.main(["review", "apply", "--accept-all", str(review_copy), str(source)]) == 0
    assert load_issue(source) == later
