"""Checks across issues on the 120-issue archive: each problem caught once, at its place."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from editor_app.archive.checks import SeriesContext, check_archive
from editor_app.archive.listing import list_archive
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.layout.titles import section_titles

TITLES = section_titles("xingcheng")


def _edit(path: Path, change) -> None:
    issue = load_issue(path)
    change(issue)
    save_issue(issue, path, keep_backup=False)


def _found(folder: Path) -> list[tuple[str, str, str]]:
    return [(f.path.name, f.finding.place_in(TITLES), f.finding.message)
            for f in check_archive(list_archive(folder))]


def test_generated_archive_has_no_findings(archive_master: Path) -> None:
    assert _found(archive_master) == []


def test_numbering_gap(archive: Path) -> None:
    """2015年第4、5期 missing: the jump from 3 to 6 is flagged once, at 第6期's numbers."""
    (archive / "issue-0004.yaml").unlink()
    (archive / "issue-0005.yaml").unlink()
    assert _found(archive) == [
        ("issue-0006.yaml", "报头 › 期号", "期号从上一期的 3 跳到 6，缺第4–5期；请核对期号"),
        ("issue-0006.yaml", "报头 › 总期号", "总期号从上一期的 3 跳到 6，缺总第4–5期；请核对"),
    ]


def test_numbering_repeat(archive: Path) -> None:
    """A second file of 2017年第6期: its 期号 and 总期号 repeat the first's (and so do its headlines)."""
    shutil.copy(archive / "issue-0030.yaml", archive / "issue-0030b.yaml")
    found = [f for f in _found(archive) if f[1].startswith("报头")]
    assert found == [("issue-0030b.yaml", "报头 › 期号", "期号与上一期 issue-0030.yaml 相同（6），请核对"),
                     ("issue-0030b.yaml", "报头 › 总期号", "总期号 30 与上一期 issue-0030.yaml 的总期号相同，应大于它")]


def test_dates_out_of_order(archive: Path) -> None:
    _edit(archive / "issue-0050.yaml", lambda i: setattr(i.masthead, "date", dt.date(2019, 1, 1)))
    assert _found(archive) == [("issue-0050.yaml", "报头 › 出刊日期", "出刊日期早于上一期（2019-01-25）")]


def test_project_figures_differ_without_a_note(archive: Path) -> None:
    def change(issue) -> None:
        issue.sections.xingcheng_action.projects[1].metrics["co2_reduction"].value = "3.1"

    _edit(archive / "issue-0070.yaml", change)
    assert _found(archive) == [
        ("issue-0070.yaml", "三、兴城双碳行动 › 项目2 › 二氧化碳减排 › 数值",
         "二氧化碳减排为 3.1万吨，而2020年第9期（总第69期）（issue-0069.yaml）中同一项目为 2.4万吨；"
         "如为更正，请在表述中注明“更正”，否则请核对"),
        # 第71期 reports 2.4 again: changed back from 3.1, also without a note.
        ("issue-0071.yaml", "三、兴城双碳行动 › 项目2 › 二氧化碳减排 › 数值",
         "二氧化碳减排为 2.4万吨，而2020年第10期（总第70期）（issue-0070.yaml）中同一项目为 3.1万吨；"
         "如为更正，请在表述中注明“更正”，否则请核对"),
    ]


def test_project_figures_with_a_note_pass(archive: Path) -> None:
    def change(issue) -> None:
        project = issue.sections.xingcheng_action.projects[1]
        project.metrics["co2_reduction"].value = "3.1"
        project.wording = "（更正）{技术}，年减排二氧化碳{二氧化碳减排}。"

    _edit(archive / "issue-0120.yaml", change)
    assert _found(archive) == []


def test_headline_repeated_in_traditional(archive: Path) -> None:
    first = load_issue(archive / "issue-0005.yaml").sections.special_focus.items[0].headline

    def change(issue) -> None:
        issue.sections.provincial_news.items[1].headline = first.replace("动态", "動態 ")

    _edit(archive / "issue-0090.yaml", change)
    assert _found(archive) == [("issue-0090.yaml", "二、省内双碳信息 › 第2条 › 标题",
                                "标题与2015年第5期（总第5期）（issue-0005.yaml）中的一条相同；请核对是否重复刊发")]


def test_one_issue_checked_as_the_whole_series(archive: Path) -> None:
    """The editor's check of one issue (``SeriesContext``) finds at that issue exactly what the
    whole archive's check does, for every issue of an archive holding each kind of problem."""
    (archive / "issue-0004.yaml").unlink()
    _edit(archive / "issue-0031.yaml", lambda i: setattr(i.masthead, "total_number", 30))
    _edit(archive / "issue-0050.yaml", lambda i: setattr(i.masthead, "date", dt.date(2019, 1, 1)))

    def change(issue) -> None:
        issue.sections.xingcheng_action.projects[1].metrics["co2_reduction"].value = "3.1"
        issue.sections.provincial_news.items[0].headline = "第2号风电动态1：重复的标题"

    _edit(archive / "issue-0070.yaml", change)
    _edit(archive / "issue-0002.yaml", lambda i: setattr(i.sections.special_focus.items[0], "headline",
                                                          "第2号风电动态1：重复的标题"))
    entries = list_archive(archive)
    whole = check_archive(entries)
    context = SeriesContext(entries)
    assert {f.path.name for f in whole} == {
        "issue-0005.yaml", "issue-0031.yaml", "issue-0032.yaml", "issue-0050.yaml", "issue-0070.yaml",
        "issue-0071.yaml"}
    for entry in entries:
        assert entry.issue is not None
        assert context.check(entry.path, entry.issue) == [f for f in whole if f.path == entry.path]


def test_issue_without_total_number_is_checked_against_the_same_number(archive: Path, tmp_path: Path) -> None:
    """A copy of 2017年第6期 with no 总期号 comes after the archive's 第6期, not before it:
    its 期号 and headlines repeat that issue's."""
    draft = load_issue(archive / "issue-0030.yaml")
    draft.masthead.total_number = None
    found = [(f.finding.place_in(TITLES), f.finding.message)
             for f in SeriesContext(list_archive(archive)).check(tmp_path / "draft.yaml", draft)]
    assert found[0] == ("报头 › 期号", "期号与上一期 issue-0030.yaml 相同（6），请核对")
    assert len(found) == 4 and all(message.startswith("标题与2017年第6期（总第30期）（issue-0030.yaml）中的一条相同")
                                   for _, message in found[1:])


def test_findings_in_series_order_then_place(archive: Path) -> None:
    """A date out of order in 第50期 and a repeated headline in 第20期: 第20期 first, however
    the checks are grouped; within an issue the masthead, then the sections in print order."""
    _edit(archive / "issue-0050.yaml", lambda i: setattr(i.masthead, "date", dt.date(2019, 1, 1)))
    first = load_issue(archive / "issue-0005.yaml").sections.special_focus.items[0].headline

    def change(issue) -> None:
        issue.sections.xingcheng_action.projects[1].metrics["co2_reduction"].value = "3.1"
        issue.sections.provincial_news.items[0].headline = first
        issue.masthead.total_number = 21

    _edit(archive / "issue-0020.yaml", change)
    assert [(name, place) for name, place, _ in _found(archive)] == [
        ("issue-0020.yaml", "报头 › 总期号"),
        ("issue-0020.yaml", "二、省内双碳信息 › 第1条 › 标题"),
        ("issue-0020.yaml", "三、兴城双碳行动 › 项目2 › 二氧化碳减排 › 数值"),
        ("issue-0021.yaml", "报头 › 总期号"),
        ("issue-0021.yaml", "三、兴城双碳行动 › 项目2 › 二氧化碳减排 › 数值"),
        ("issue-0050.yaml", "报头 › 出刊日期"),
    ]


def test_repeat_names_the_other_file_and_a_step_back_keeps_its_message(archive: Path) -> None:
    """A copy named so that it sorts after the original: the repeat names the original; a 总期号
    below the previous one is still a step back, not a repeat."""
    shutil.copy(archive / "issue-0005.yaml", archive / "copy-of-05.yaml")
    _edit(archive / "issue-0040.yaml", lambda i: setattr(i.masthead, "total_number", 12))
    found = [f for f in _found(archive) if f[1] in ("报头 › 期号", "报头 › 总期号")]
    assert found[:2] == [
        ("issue-0005.yaml", "报头 › 期号", "期号与上一期 copy-of-05.yaml 相同（5），请核对"),
        ("issue-0005.yaml", "报头 › 总期号", "总期号 5 与上一期 copy-of-05.yaml 的总期号相同，应大于它")]
    assert ("issue-0040.yaml", "报头 › 总期号", "总期号 12 应大于上一期的总期号 39") in found
