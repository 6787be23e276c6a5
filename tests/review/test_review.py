"""Reviewed Word files back into the issue: Word's markup built to the standard, plain edits,
other issues' files and broken structures, and ``bulletin review apply``."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import lxml.etree as etree
import pytest

from editor_app import cli
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Issue
from editor_app.issue.model_data import to_data
from editor_app.issue.places import dotted
from editor_app.layout.blocks import issue_blocks
from editor_app.layout.profile import load_named
from editor_app.review.apply import apply_edits
from editor_app.review.mapping import ForeignReview, Review, map_review
from editor_app.review.markup import read_reviewed
from editor_app.review.report import short_diff

from .wordmarkup import WordReview, w

Exported = tuple[Issue, Path, Path]


def _review(issue: Issue, reviewed: Path) -> Review:
    return map_review(issue, load_named(issue.profile), read_reviewed(reviewed))


def _word_review(exported: Exported, tmp_path: Path) -> Path:
    """Word's markup on six fields, a fixed text and two comments (one resolved, one across
    two paragraphs)."""
    _, _, output = exported
    review = WordReview(output)
    review.replace(review.paragraph("内江"), "4.6万吨", "5万吨", author="审稿人张三")
    review.replace(review.paragraph("“中国城市"), "排名第二", "排名第三")
    review.comment(review.paragraph("“中国城市"), "成都整体", "请核实排名", done=True)
    review.comment(review.paragraph("9月3日"), "公众环境研究中心", "来源请写全称", author="审稿人张三",
                   end=review.paragraph("四川7部门"), end_text="四川7部门")
    review.delete_paragraph(review.paragraph("9月19日"))
    review.replace(review.paragraph("三、"), "兴城", "星城")
    review.replace(review.paragraph("发："), "集团各子公司", "集团各子公司、各区县")
    review.replace(review.paragraph("关于成都兴城双碳研究院"), "关于", "走进")
    review.move(review.paragraph("今年以来"), "自觉", "沿着")
    return review.save(tmp_path / "reviewed.docx")


def _printed(issue: Issue) -> list[tuple[str, str]]:
    return [(b.style, b.text) for b in issue_blocks(issue, load_named(issue.profile))]


def _new_view(path: Path) -> list[str]:
    return [p.new for p in read_reviewed(path).paragraphs if p.old or p.new]


def test_an_untouched_export_proposes_nothing(exported: Exported) -> None:
    issue, _, output = exported
    review = _review(issue, output)
    assert (review.edits, review.listed, review.comments) == ([], [], [])


def test_word_markup_maps_each_change_to_its_field(exported: Exported, tmp_path: Path) -> None:
    issue = exported[0]
    review = _review(issue, _word_review(exported, tmp_path))
    edits = {edit.place: (edit.old, edit.new) for edit in review.edits}
    action = ("sections", "xingcheng_action", "projects", 0, "metrics", "co2_reduction")
    assert edits[action][1].value == "5" and edits[action][0].value == "4.6"
    assert edits["sections", "provincial_news", "items", 0, "headline"][1].endswith("排名第三。")
    assert edits["sections", "provincial_news", "items", 1, "paragraphs", 0][1] == ""  # deleted with its mark
    assert edits["distribution", "issue"] == ("集团各子公司", "集团各子公司、各区县")
    assert edits["closing", "heading"] == ("", "走进成都兴城双碳研究院")
    moved = edits["sections", "special_focus", "items", 0, "paragraphs", 0][1]
    assert moved.startswith("今年以来，成都自觉沿着习近平总书记指引的方向，在服务")
    assert len(edits) == 6
    assert all(edit.tracked for edit in review.edits)
    assert {a for edit in review.edits for a in edit.authors} == {"审稿人张三", "审稿人李四"}
    # The section title is the profile's: listed, never applied.
    [fixed] = review.listed
    assert fixed.place == ("sections", "xingcheng_action") and fixed.after == "三、星城双碳行动"


def test_comments_keep_author_date_span_and_done_flag(exported: Exported, tmp_path: Path) -> None:
    review = _review(exported[0], _word_review(exported, tmp_path))
    first, second = review.comments
    assert (first.comment.author, first.comment.text, first.comment.resolved) == ("审稿人李四", "请核实排名", True)
    assert first.place == ("sections", "provincial_news", "items", 0, "headline") and first.span == "成都整体"
    assert second.comment.date == "2026-12-01T09:30:00Z" and not second.comment.resolved
    assert second.place == ("sections", "provincial_news", "items", 0, "paragraphs", 0)
    assert second.span.startswith("公众环境研究中心") and second.span.endswith("\n四川7部门")


def test_accept_all_prints_the_reviewers_text_and_reject_all_the_original(
        exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issue, source, _ = exported
    reviewed = _word_review(exported, tmp_path)
    accepted, rejected = tmp_path / "accepted.yaml", tmp_path / "rejected.yaml"
    assert cli.main(["review", "apply", str(reviewed), str(source), "-o", str(accepted), "--accept-all"]) == 0
    assert cli.main(["review", "apply", str(reviewed), str(source), "-o", str(rejected), "--reject-all"]) == 0
    out = capsys.readouterr().out
    assert "二氧化碳减排（修订，审稿人张三）：4.6万吨 → 5万吨" in out
    assert "排名第[-二-]{+三+}。" in out
    after = load_issue(accepted)
    # Field by field the reviewer's text, except the fixed section title (listed) and the
    # paragraph deleted with its mark (no longer printed).
    expected = [text for text in _new_view(reviewed) if text]
    expected[expected.index("三、星城双碳行动")] = "三、兴城双碳行动"
    assert [text for _, text in _printed(after)] == expected
    back = load_issue(rejected)
    assert [n.text for n in back.review] == ["请核实排名", "来源请写全称"]
    back.review = []
    assert back == issue
    after.review = []
    assert _changed(to_data(issue), to_data(after)) == {  # nothing else changes
        "sections.special_focus.items[0].paragraphs[0]", "sections.provincial_news.items[0].headline",
        "sections.provincial_news.items[1].paragraphs[0]", "distribution.issue", "closing.heading",
        "sections.xingcheng_action.projects[0].metrics.co2_reduction.value"}


def _changed(before: object, after: object, place: tuple = ()) -> set[str]:
    """The dotted places of the leaves that differ between two issue data trees."""
    if isinstance(before, dict) and isinstance(after, dict):
        return {p for key in {*before, *after}
                for p in _changed(before.get(key), after.get(key), (*place, key))}
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return {p for i, (b, a) in enumerate(zip(before, after, strict=True)) for p in _changed(b, a, (*place, i))}
    return set() if before == after else {dotted(place)}


def test_a_second_round_keeps_the_first_rounds_comments(exported: Exported, tmp_path: Path) -> None:
    _, source, _ = exported
    reviewed = _word_review(exported, tmp_path)
    assert cli.main(["review", "apply", str(reviewed), str(source), "--reject-all"]) == 0
    assert cli.main(["review", "apply", str(reviewed), str(source), "--reject-all"]) == 0
    notes = load_issue(source).review
    assert [(n.author, n.place, n.resolved) for n in notes] == [
        ("审稿人李四", "sections.provincial_news.items[0].headline", True),
        ("审稿人张三", "sections.provincial_news.items[0].paragraphs[0]", False)]
    assert (source.parent / "issue.yaml.bak").is_file()


def test_another_issues_review_is_refused_in_one_line(
        exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issue, _, output = exported
    other = copy.deepcopy(issue)
    other.masthead.number = 10
    other_file = tmp_path / "other.yaml"
    save_issue(other, other_file, keep_backup=False)
    assert cli.main(["review", "apply", str(output), str(other_file), "--accept-all"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(output) in err and "2023年第9期" in err and "请选择本期的审阅稿" in err
    assert load_issue(other_file) == other
    with pytest.raises(ForeignReview):
        _review(_with_date(issue), output)


def _with_date(issue: Issue) -> Issue:
    import datetime as dt

    other = copy.deepcopy(issue)
    other.masthead.date = dt.date(2023, 9, 26)
    return other


def test_plain_edits_are_found_by_comparing(exported: Exported, tmp_path: Path) -> None:
    issue, _, output = exported
    review = WordReview(output)
    text = review.paragraph("“中国城市").find(f".//{w('t')}")
    text.text = text.text.replace("新鲜出炉", "正式发布")
    review = _review(issue, review.save(tmp_path / "plain.docx"))
    [edit] = review.edits
    assert not edit.tracked and edit.new == "“中国城市双碳指数”正式发布，成都整体排名第二。"


def test_wps_numeric_style_ids_are_read_by_name(exported: Exported, tmp_path: Path) -> None:
    issue, _, output = exported
    with zipfile.ZipFile(output) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    styles = etree.fromstring(parts["word/styles.xml"])
    renamed = {}
    for number, style in enumerate(styles.iter(w("style")), 1):
        renamed[style.get(w("styleId"))] = str(number)
        style.set(w("styleId"), str(number))
    document = etree.fromstring(parts["word/document.xml"])
    for reference in document.iter(w("pStyle")):
        reference.set(w("val"), renamed[reference.get(w("val"))])
    headline = next(t for t in document.iter(w("t")) if t.text.startswith("“中国城市"))
    headline.text = headline.text.replace("第二", "第一")
    parts["word/styles.xml"], parts["word/document.xml"] = etree.tostring(styles), etree.tostring(document)
    target = tmp_path / "wps.docx"
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    review = _review(issue, target)
    assert [edit.place for edit in review.edits] == [("sections", "provincial_news", "items", 0, "headline")]
    assert review.listed == []


def test_a_broken_structure_is_mapped_as_far_as_it_can_be_and_the_rest_listed(
        exported: Exported, tmp_path: Path) -> None:
    issue, _, output = exported
    review = WordReview(output)
    heading = review.paragraph("二、")
    heading.getparent().remove(heading)  # a section heading deleted without tracking
    first = review.paragraph("今年以来")  # merged with the next paragraph, tracked
    properties = first.find(w("pPr"))
    etree.SubElement(etree.SubElement(properties, w("rPr")), w("del")).set(w("author"), "审稿人李四")
    table = etree.fromstring(f'<w:tbl xmlns:w="{w("")[1:-1]}"><w:tr><w:tc><w:p><w:r><w:t>表格内容</w:t>'
                             "</w:r></w:p></w:tc></w:tr></w:tbl>")
    review.paragraph("四、").addprevious(table)
    review.replace(review.paragraph("发："), "集团各子公司", "各子公司")
    found = _review(issue, review.save(tmp_path / "broken.docx"))
    assert [edit.place for edit in found.edits] == [("distribution", "issue")]
    reasons = {(item.place, item.reason[:8]) for item in found.listed}
    assert (("sections", "provincial_news"), "审阅稿中找不到这") in reasons
    assert (None, "审阅稿中插入了表") in reasons
    merged = [item.place for item in found.listed if "合并" in item.reason]
    assert merged == [("sections", "special_focus", "items", 0, "paragraphs", 0),
                      ("sections", "provincial_news", "items", 0, "headline")]


def test_the_short_diff_shows_the_change_in_its_context() -> None:
    assert short_diff("成都整体排名第二。", "成都整体排名第三。") == "成都整体排名第[-二-]{+三+}。"
    assert short_diff("甲" * 30 + "乙", "甲" * 30 + "丙") == "…甲甲甲甲甲甲甲甲[-乙-]{+丙+}"


def test_the_short_diff_replaces_whole_numbers_and_words() -> None:
    assert short_diff("处理550方", "处理600方") == "处理[-550-]{+600+}方"
    assert short_diff("采用CCUS技术", "采用CCS技术") == "采用[-CCUS-]{+CCS+}技术"


def test_a_long_comment_anchor_is_cut_in_the_listing() -> None:
    from editor_app.review.mapping import Anchored
    from editor_app.review.markup import Comment
    from editor_app.review.report import report_lines

    review = Review(comments=[Anchored(Comment("1", "审稿人张三", "2026-12-01", "请核实", False), None, "长" * 230)])
    [line] = report_lines(review, {})
    assert f"“{'长' * 40}…”" in line and len(line) < 100


def test_apply_edits_leaves_the_issue_itself_alone(exported: Exported, tmp_path: Path) -> None:
    issue = exported[0]
    before = copy.deepcopy(issue)
    apply_edits(issue, _review(issue, _word_review(exported, tmp_path)).edits)
    assert issue == before


def test_review_notes_round_trip_and_an_issue_without_them_is_written_as_before(tmp_path: Path) -> None:
    from editor_app.issue.issue_file import dump_issue
    from editor_app.issue.model import ReviewNote

    issue = Issue()
    assert "review" not in dump_issue(issue)
    issue.review.append(ReviewNote(place="closing.heading", author="审稿人张三", date="2026-12-01T09:30:00Z",
                                   text="标题请再斟酌", anchor="关于", resolved=False))
    save_issue(issue, tmp_path / "noted.yaml", keep_backup=False)
    assert load_issue(tmp_path / "noted.yaml") == issue


def test_reviewers_notes_are_not_checked_as_the_issues_text(exported: Exported) -> None:
    from editor_app.issue.model import ReviewNote
    from editor_app.issue.validation import validate

    issue = exported[0]
    before = validate(issue)
    issue.review.append(ReviewNote(place="closing.heading", author="审稿人张三", text="拼音 (pin yin) 残留\x07"))
    assert validate(issue) == before


def test_what_is_not_a_reviewed_word_file_is_refused_in_one_line(
        exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, source, output = exported
    text = tmp_path / "notes.docx"
    text.write_text("不是 Word 文件", encoding="utf-8")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(output) as archive, zipfile.ZipFile(broken, "w") as copy:
        for name in archive.namelist():
            copy.writestr(name, archive.read(name)[:-20] if name == "word/document.xml" else archive.read(name))
    for path, says in ((text, "不是 Word"), (broken, "XML 已损坏")):
        assert cli.main(["review", "apply", str(path), str(source), "--accept-all"]) == 2
        err = capsys.readouterr().err.strip()
        assert "\n" not in err and err.startswith(str(path)) and says in err


def test_a_wholly_deleted_item_is_one_removal_and_accepting_removes_it(exported: Exported, tmp_path: Path) -> None:
    issue, _, output = exported
    review = WordReview(output)
    review.delete_paragraph(review.paragraph("四川7部门"))
    review.delete_paragraph(review.paragraph("9月19日"))
    mapped = _review(issue, review.save(tmp_path / "deleted.docx"))
    [edit] = mapped.edits
    assert edit.removes and edit.kind == "删除条目" and edit.authors == ("审稿人李四",)
    changed = apply_edits(issue, mapped.edits)
    assert changed.sections.provincial_news.items == issue.sections.provincial_news.items[:1]


def test_a_file_whose_text_was_all_deleted_is_refused_in_one_line(exported: Exported, tmp_path: Path) -> None:
    issue, _, output = exported
    review = WordReview(output)
    for text in review.document.iter(w("t")):
        text.text = ""
    with pytest.raises(ForeignReview, match="审阅稿的内容与本期对不上"):
        _review(issue, review.save(tmp_path / "emptied.docx"))
