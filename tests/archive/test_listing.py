"""The archive's list of issues and the next issue from the last, on 120 generated issues."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from editor_app.archive.listing import ArchiveError, list_archive
from editor_app.archive.next_issue import next_issue
from editor_app.issue.issue_file import save_issue
from editor_app.issue.sections import NEWS_KEYS, news_section

from ..issues import series_issue
from .conftest import COUNT


def test_lists_every_issue_in_series_order(archive_master: Path) -> None:
    entries = list_archive(archive_master)
    assert len(entries) == COUNT
    assert [e.issue.masthead.total_number for e in entries if e.issue] == list(range(1, COUNT + 1))
    first = entries[0]
    assert (first.label, first.date, first.errors) == ("2015年第1期（总第1期）", dt.date(2015, 1, 25), 0)
    assert first.headline.startswith("第1号光伏动态1：")


def test_next_issue_continues_numbers_date_closing_and_distribution(archive: Path) -> None:
    entries = list_archive(archive)
    last = entries[-1].issue
    assert last is not None
    new = next_issue(entries)
    m = new.masthead
    # The last is 2024年第12期 on 2024-12-25; the gaps between the 25ths have a median of 31 days.
    assert (m.year, m.number, m.total_number, m.date) == (2025, 1, COUNT + 1, dt.date(2025, 1, 25))
    assert (new.closing, new.distribution, new.profile) == (last.closing, last.distribution, last.profile)
    assert all(not news_section(new, key).items for key in NEWS_KEYS)
    assert not new.sections.xingcheng_action.projects


def test_next_issue_within_the_year(tmp_path: Path) -> None:
    for k in (0, 1, 2):
        save_issue(series_issue(k), tmp_path / f"{k}.yaml", keep_backup=False)
    m = next_issue(list_archive(tmp_path)).masthead
    assert (m.year, m.number, m.total_number) == (2015, 4, 4)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs or symlinks to loop")
def test_hostile_files_are_listed_with_one_line(archive: Path) -> None:
    """A FIFO, a 2 GB sparse file, a symlink loop, an unreadable and a broken file: each
    listed with its one-line error; the list neither blocks nor stops."""
    os.mkfifo(archive / "fifo.yaml")
    with open(archive / "sparse.yaml", "wb") as sparse:
        sparse.truncate(2 << 30)
    (archive / "loop.yaml").symlink_to(archive / "loop.yaml")
    (archive / "sub").symlink_to(archive)  # a folder loop: not entered
    (archive / "broken.yaml").write_text("schema_version: 1\nmasthead: [", encoding="utf-8")
    locked = archive / "locked.yaml"
    locked.write_text("schema_version: 1\n", encoding="utf-8")
    locked.chmod(0)
    entries = list_archive(archive)
    problems = {e.path.name: e.problem for e in entries if e.issue is None}
    expected = {"fifo.yaml", "sparse.yaml", "loop.yaml", "broken.yaml"} | (
        set() if os.geteuid() == 0 else {"locked.yaml"})  # root reads any file
    assert expected <= set(problems)
    assert all(p and "\n" not in p and p.startswith(str(archive)) for p in problems.values())
    assert "过大" in problems["sparse.yaml"] and "不是普通文件" in problems["fifo.yaml"]
    assert len([e for e in entries if e.issue is not None and e.errors == 0]) == COUNT


def test_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="期刊库文件夹不存在"):
        list_archive(tmp_path / "nowhere")
