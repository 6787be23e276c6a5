"""``bulletin export --review``: open warnings as Word comments on their fields' paragraphs,
read by LibreOffice; never brought back in as a reviewer's comments."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import lxml.etree as etree
import msgspec
import pytest

from editor_app import cli
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Acknowledgement, Issue
from editor_app.review.markup import read_reviewed

from .wordmarkup import w

Exported = tuple[Issue, Path, Path]


def _with_warning(exported: Exported) -> Path:
    issue, source, _ = exported
    issue.sections.special_focus.items[0].headline += " 半角"
    save_issue(issue, source, keep_backup=False)
    return source


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def test_warnings_become_comments_on_their_fields(exported: Exported, tmp_path: Path) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    comments = etree.fromstring(_part(copy, "word/comments.xml")).findall(w("comment"))
    [comment] = comments
    assert comment.get(w("author")) == "双碳资讯编辑器"
    assert "".join(comment.itertext()).startswith("警告（一、特别关注 › 第1条 › 标题）：标题中有半角空格")
    document = etree.fromstring(_part(copy, "word/document.xml"))
    [anchored] = [p for p in document.iter(w("p")) if p.find(w("commentRangeStart")) is not None]
    assert "".join(t.text for t in anchored.iter(w("t"))).endswith("。 半角")
    assert b"comments.xml" in _part(copy, "word/_rels/document.xml.rels")
    assert b"/word/comments.xml" in _part(copy, "[Content_Types].xml")


def test_without_warnings_the_review_copy_is_the_export(exported: Exported, tmp_path: Path) -> None:
    _, source, plain = exported
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    assert _part(copy, "word/document.xml") == _part(plain, "word/document.xml")
    with zipfile.ZipFile(copy) as archive:
        assert "word/comments.xml" not in archive.namelist()


def test_the_editors_own_comments_do_not_come_back(exported: Exported, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    before = load_issue(source)
    assert cli.main(["review", "apply", str(copy), str(source), "--accept-all"]) == 0
    assert "没有要写入的改动" in capsys.readouterr().out  # nothing accepted, no comment added
    assert load_issue(source) == before and not source.with_name(source.name + ".bak").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_shows_the_comments(exported: Exported, tmp_path: Path) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "odt", "--outdir", str(tmp_path), str(copy)],
                   check=True, capture_output=True, timeout=180)
    content = etree.fromstring(_part(tmp_path / "review-copy.odt", "content.xml"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    [annotation] = content.iter(f"{{{office}}}annotation")
    assert "双碳资讯编辑器" in "".join(annotation.itertext())
    assert "标题中有半角空格" in "".join(annotation.itertext())


def _changed_since(exported: Exported, tmp_path: Path) -> tuple[Path, Path]:
    """The sample saved as the earlier version, and the issue changed since: a headline, a
    project figure, and a new item."""
    from editor_app.issue.model import Item, MetricValue

    issue, source, _ = exported
    earlier = tmp_path / "earlier.yaml"
    save_issue(issue, earlier, keep_backup=False)
    issue.sections.provincial_news.items[0].headline = issue.sections.provincial_news.items[0].headline.replace(
        "第二", "第三")
    issue.sections.xingcheng_action.projects[0].metrics["co2_reduction"] = MetricValue(value="5", unit="万吨")
    issue.sections.institute_news.items.append(Item(headline="新增的条目。", paragraphs=["新增的正文。"]))
    save_issue(issue, source, keep_backup=False)
    return earlier, source


def test_changes_since_an_earlier_version_are_tracked_and_not_brought_back(
        exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    earlier, source = _changed_since(exported, tmp_path)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", "--since", str(earlier), str(source), "-o", str(copy)]) == 0
    document = etree.fromstring(_part(copy, "word/document.xml"))
    deleted = ["".join(d.itertext()) for d in document.iter(w("del")) if d.getparent().tag == w("p")]
    inserted = ["".join(i.itertext()) for i in document.iter(w("ins")) if i.getparent().tag == w("p")]
    assert deleted == ["二", "4.6"] and inserted == ["三", "5", "新增的条目。", "新增的正文。"]
    assert {c.get(w("author")) for c in (*document.iter(w("ins")), *document.iter(w("del")))} == {"双碳资讯编辑器"}
    capsys.readouterr()
    assert cli.main(["review", "apply", str(copy), str(source)]) == 0
    assert capsys.readouterr().out.startswith("共 0 处修改、0 条批注；")


def test_since_needs_review(exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, source, _ = exported
    assert cli.main(["export", "--since", str(source), str(source), "-o", str(tmp_path / "x.docx")]) == 2
    assert "--review" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_lists_the_tracked_changes(exported: Exported, tmp_path: Path) -> None:
    earlier, source = _changed_since(exported, tmp_path)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", "--since", str(earlier), str(source), "-o", str(copy)]) == 0
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "odt", "--outdir", str(tmp_path), str(copy)],
                   check=True, capture_output=True, timeout=180)
    content = etree.fromstring(_part(tmp_path / "review-copy.odt", "content.xml"))
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    regions = list(content.iter(f"{{{text}}}changed-region"))
    kinds = [next(iter(r)).tag.rpartition("}")[2] for r in regions]
    assert kinds.count("deletion") == 2 and kinds.count("insertion") >= 3
    assert "双碳资讯编辑器" in "".join(regions[0].itertext())


def test_a_reviewers_changes_on_top_of_the_editors_come_back(exported: Exported, tmp_path: Path) -> None:
    from editor_app.layout.profile import load_named
    from editor_app.review.mapping import map_review
    from editor_app.review.markup import read_reviewed

    from .wordmarkup import WordReview

    earlier, source = _changed_since(exported, tmp_path)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", "--since", str(earlier), str(source), "-o", str(copy)]) == 0
    review = WordReview(copy)
    review.replace(review.paragraph("新增的正文"), "正文", "正文内容")
    review.replace(review.paragraph("“中国城市"), "成都整体", "成都")
    issue = load_issue(source)
    found = map_review(issue, load_named(issue.profile), read_reviewed(review.save(tmp_path / "reviewed.docx")))
    assert {(e.place, e.new) for e in found.edits} == {
        (("sections", "institute_news", "items", 1, "paragraphs", 0), "新增的正文内容。"),
        (("sections", "provincial_news", "items", 0, "headline"), "“中国城市双碳指数”新鲜出炉，成都排名第三。")}
    assert found.listed == []


def test_a_changed_number_is_tracked_whole(exported: Exported, tmp_path: Path) -> None:
    from editor_app.issue.model import MetricValue

    issue, source, _ = exported
    earlier = tmp_path / "earlier.yaml"
    save_issue(issue, earlier, keep_backup=False)
    issue.sections.xingcheng_action.projects[0].metrics["co2_reduction"] = MetricValue(value="4.9", unit="万吨")
    save_issue(issue, source, keep_backup=False)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", "--since", str(earlier), str(source), "-o", str(copy)]) == 0
    document = etree.fromstring(_part(copy, "word/document.xml"))
    assert ["".join(d.itertext()) for d in document.iter(w("del"))] == ["4.6"]
    assert ["".join(i.itertext()) for i in document.iter(w("ins"))] == ["4.9"]


def test_a_second_round_copy_carries_the_open_notes_and_a_reply_comes_back_once(
        exported: Exported, tmp_path: Path) -> None:
    from editor_app.issue.model import ReviewNote

    from .wordmarkup import WordReview

    issue, source, _ = exported
    place = "sections.provincial_news.items[0].headline"
    issue.review = [ReviewNote(place=place, author="审稿人张三", date="2026-12-01T09:00:00Z", text="请核实排名"),
                    ReviewNote(place=place, author="审稿人张三", date="2026-12-01T09:05:00Z", text="已改",
                               resolved=True)]
    save_issue(issue, source, keep_backup=False)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    [comment] = etree.fromstring(_part(copy, "word/comments.xml")).findall(w("comment"))
    assert (comment.get(w("author")), comment.get(w("date")), "".join(comment.itertext())) == (
        "审稿人张三", "2026-12-01T09:00:00Z", "请核实排名")
    document = etree.fromstring(_part(copy, "word/document.xml"))
    [anchored] = [p for p in document.iter(w("p")) if p.find(w("commentRangeStart")) is not None]
    assert "".join(t.text for t in anchored.iter(w("t"))).startswith("“中国城市")
    reviewer = WordReview(copy)
    reviewer.comment(reviewer.paragraph("“中国城市"), "成都整体", "已核实，第二无误")
    assert cli.main(["review", "apply", str(reviewer.save(tmp_path / "r.docx")), str(source), "--reject-all"]) == 0
    notes = load_issue(source).review
    assert [(n.author, n.text) for n in notes] == [("审稿人张三", "请核实排名"), ("审稿人张三", "已改"),
                                                  ("审稿人李四", "已核实，第二无误")]
    assert {n.place for n in notes} == {place}


def test_since_the_last_review_copy_tracks_what_changed_since_it(
        exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issue, source, plain = exported
    first = tmp_path / "first-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(first)]) == 0
    issue.sections.provincial_news.items[0].headline = issue.sections.provincial_news.items[0].headline.replace(
        "第二", "第三")
    save_issue(issue, source, keep_backup=False)
    second = tmp_path / "second-copy.docx"
    assert cli.main(["export", "--review", "--since-last-review", str(first), str(source), "-o", str(second)]) == 0
    document = etree.fromstring(_part(second, "word/document.xml"))
    assert ["".join(d.itertext()) for d in document.iter(w("del"))] == ["二"]
    assert ["".join(i.itertext()) for i in document.iter(w("ins"))] == ["三"]
    capsys.readouterr()
    assert cli.main(["export", "--review", "--since-last-review", str(plain), str(source),
                     "-o", str(tmp_path / "third.docx")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert str(plain) in line and "没有导出时的内容" in line


def test_a_typography_warning_is_worded_for_a_reviewer_and_marks_its_characters(
        exported: Exported, tmp_path: Path) -> None:
    source = _with_warning(exported)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    [comment] = etree.fromstring(_part(copy, "word/comments.xml")).findall(w("comment"))
    text = "".join(comment.itertext())
    assert "工具" not in text and text.endswith("请删除（如为分隔，改用逗号）")
    document = etree.fromstring(_part(copy, "word/document.xml"))
    [anchored] = [p for p in document.iter(w("p")) if p.find(w("commentRangeStart")) is not None]
    marked, inside = [], False
    for element in anchored.iter(w("commentRangeStart"), w("commentRangeEnd"), w("t")):
        if element.tag == w("t") and inside:
            marked.append(element.text)
        inside = element.tag == w("commentRangeStart") or (inside and element.tag != w("commentRangeEnd"))
    assert "".join(marked) == "。 半"
    assert "".join(t.text for t in anchored.iter(w("t"))).endswith("。 半角")  # the text itself unchanged
    back = read_reviewed(copy).paragraphs
    assert any(p.new.endswith("。 半角") for p in back)


def test_carbon_warnings_are_commented_and_acknowledged_ones_are_not(exported: Exported, tmp_path: Path) -> None:
    """The review copy checks as the editor does: with the profile's carbon factors."""
    issue, source, _ = exported
    project = issue.sections.xingcheng_action.projects[0]
    project.metrics["co2_reduction"] = msgspec.structs.replace(project.metrics["co2_reduction"], unit="吨")
    save_issue(issue, source, keep_backup=False)
    copy = tmp_path / "review-copy.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(copy)]) == 0
    [comment] = etree.fromstring(_part(copy, "word/comments.xml")).findall(w("comment"))
    assert "".join(comment.itertext()).startswith(
        "警告（三、兴城双碳行动 › 项目1 › 二氧化碳减排）：二氧化碳减排填写为4.6吨，")
    assert "像是单位错了一级" in "".join(comment.itertext())

    project.acknowledged = [Acknowledgement(check="co2_expected", note="业主按此口径核算")]
    save_issue(issue, source, keep_backup=False)
    again = tmp_path / "review-copy-2.docx"
    assert cli.main(["export", "--review", str(source), "-o", str(again)]) == 0
    with zipfile.ZipFile(again) as archive:
        assert "word/comments.xml" not in archive.namelist()  # acknowledged: not an open warning
