"""A real writer reviews an exported issue: LibreOffice, driven through its UNO API by the
system Python (``lo_review.py``), records changes in several fields, adds comments and saves
.docx; ``bulletin review apply`` brings them back."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app import cli
from editor_app.issue.issue_file import load_issue
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_named
from editor_app.review.mapping import map_review
from editor_app.review.markup import read_reviewed

SYSTEM_PYTHON = "/usr/bin/python3"
REVIEWER = Path(__file__).with_name("lo_review.py")
ACTIONS = [
    ["replace", "成都整体排名第二", "成都整体排名第三"],  # a headline
    ["insert_after", "全力冲刺", "第"],  # a paragraph: an insertion and a deletion
    ["delete", "持续向好", ""],
    ["replace", "4.6万吨", "5万吨"],  # a project's figure
    ["replace", "统一管理及运作", "统一管理"],  # the closing text
    ["insert_after", "集团各子公司", "、各区县"],  # the 版记 (a frame)
    ["comment", "成都整体排名第三", "请核实排名"],
    ["comment", "统筹宣传", "此句请院领导审定"],
]


def _uno_available() -> bool:
    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).is_file():
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _uno_available(), reason="needs LibreOffice and python3-uno")


@pytest.fixture
def reviewed(exported: tuple, tmp_path: Path) -> Path:
    target = tmp_path / "reviewed-by-libreoffice.docx"
    subprocess.run([SYSTEM_PYTHON, str(REVIEWER), str(exported[2]), str(target), str(tmp_path / "lo-profile"),
                    json.dumps(ACTIONS, ensure_ascii=False)], check=True, capture_output=True, timeout=180)
    return target


def test_libreoffices_review_comes_back_field_by_field(exported: tuple, reviewed: Path, tmp_path: Path) -> None:
    issue, source, _ = exported
    closing_text = load_named(issue.profile).closing.text
    assert not issue.closing.text  # the profile's text is printed
    review = map_review(issue, load_named(issue.profile), read_reviewed(reviewed))
    edits = {edit.place: edit for edit in review.edits}
    assert set(edits) == {
        ("sections", "provincial_news", "items", 0, "headline"),
        ("sections", "special_focus", "items", 0, "paragraphs", 0),
        ("sections", "xingcheng_action", "projects", 0, "metrics", "co2_reduction"),
        ("closing", "text"),
        ("distribution", "issue"),
    }
    assert all(edit.tracked and edit.authors == ("审稿人张三",) for edit in edits.values())
    assert edits["distribution", "issue"].new == "集团各子公司、各区县"
    assert edits["closing", "text"].new == closing_text.replace("统一管理及运作", "统一管理")
    assert review.listed == []
    assert [(c.comment.author, c.place, c.span, c.comment.text) for c in review.comments] == [
        ("审稿人张三", ("sections", "provincial_news", "items", 0, "headline"), "成都整体排名第三", "请核实排名"),
        ("审稿人张三", ("closing", "text"), "统筹宣传", "此句请院领导审定")]

    accepted, rejected = tmp_path / "accepted.yaml", tmp_path / "rejected.yaml"
    assert cli.main(["review", "apply", str(reviewed), str(source), "-o", str(accepted), "--accept-all"]) == 0
    assert cli.main(["review", "apply", str(reviewed), str(source), "-o", str(rejected), "--reject-all"]) == 0
    profile = load_named(issue.profile)
    printed = [block.text for block in issue_blocks(load_issue(accepted), profile)]
    assert printed == [p.new for p in read_reviewed(reviewed).paragraphs if p.new]
    back = load_issue(rejected)
    assert len(back.review) == 2
    back.review = []
    assert back == issue


def test_a_whole_item_deleted_in_libreoffice_is_one_removal(exported: tuple, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    issue, source, output = exported
    target = tmp_path / "item-deleted.docx"
    subprocess.run([SYSTEM_PYTHON, str(REVIEWER), str(output), str(target), str(tmp_path / "lo-profile"),
                    json.dumps([["delete_through", "四川7部门", "三、兴城"]], ensure_ascii=False)],
                   check=True, capture_output=True, timeout=180)
    review = map_review(issue, load_named(issue.profile), read_reviewed(target))
    [edit] = review.edits
    assert edit.place == ("sections", "provincial_news", "items", 1) and edit.kind == "删除条目"
    assert review.listed == []  # heading 三 is recognised by its text, whatever style it was left with
    assert cli.main(["review", "apply", str(target), str(source), "--accept-all"]) == 0
    items = load_issue(source).sections.provincial_news.items
    assert len(items) == 1 and items[0] == issue.sections.provincial_news.items[0]


def test_libreoffice_keeps_the_review_copys_base(exported: tuple, tmp_path: Path) -> None:
    import copy

    from editor_app.review.copy import export_review_copy

    issue, _, _ = exported
    review_copy = tmp_path / "review-copy.docx"
    export_review_copy(issue, review_copy, load_named(issue.profile))
    target = tmp_path / "reviewed.docx"
    subprocess.run([SYSTEM_PYTHON, str(REVIEWER), str(review_copy), str(target), str(tmp_path / "lo-profile"),
                    json.dumps([["replace", "4.6万吨", "5万吨"]], ensure_ascii=False)],
                   check=True, capture_output=True, timeout=180)
    later = copy.deepcopy(issue)
    later.sections.special_focus.items[0].headline = "导出后改过的标题"
    review = map_review(later, load_named(issue.profile), read_reviewed(target))
    assert review.notice == "" and [edit.place[-1] for edit in review.edits] == ["co2_reduction"]
