"""Search across the 120-issue archive: the index follows the folder (files added, edited,
renamed, deleted behind its back), is rebuilt when damaged, and finds 2-character words and
Traditional forms."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.archive.index import ArchiveIndex, index_path
from editor_app.archive.search import search, search_archive
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.layout.titles import section_titles

from ..issues import TOPICS, series_issue
from .conftest import COUNT

TITLES = section_titles("xingcheng")


def _files(folder: Path, query: str) -> set[str]:
    return {hit.path.name for hit in search_archive(folder, query, limit=10_000)}


def test_hit_names_file_and_place(archive_master: Path) -> None:
    hits = search_archive(archive_master, "项目编号0007")
    assert [(h.path.name, h.place_in(TITLES)) for h in hits] == [
        ("issue-0007.yaml", "一、特别关注 › 第1条 › 正文第1段"),
        ("issue-0007.yaml", "二、省内双碳信息 › 第1条 › 正文第1段"),
        ("issue-0007.yaml", "二、省内双碳信息 › 第2条 › 正文第1段"),
    ]
    assert hits[0].place == ("sections", "special_focus", "items", 0, "paragraphs", 0)
    assert hits[0].snippet.startswith("充电桩项目编号0007进展顺利。")


def test_two_character_words_and_traditional_forms(archive_master: Path) -> None:
    """光伏 (two characters, below the trigram's three) and 風電 (Traditional) find the issues
    of their topic; two words must both be in the field."""
    every = len(TOPICS)
    assert _files(archive_master, "光伏") == {f"issue-{k + 1:04d}.yaml" for k in range(0, COUNT, every)}
    assert _files(archive_master, "風電") == {f"issue-{k + 1:04d}.yaml" for k in range(1, COUNT, every)}
    assert _files(archive_master, "風電動態 第2号") == {"issue-0002.yaml"}
    assert _files(archive_master, "碳") and not _files(archive_master, "没有这个词语")
    assert _files(archive_master, "esg") == _files(archive_master, "ESG") != set()
    assert _files(archive_master, "ＥＳＧ") == _files(archive_master, "ESG")  # full width, as IMEs type it
    assert _files(archive_master, "５.８％") == _files(archive_master, "5.8%") != set()


def test_quotes_and_wildcards_are_plain_text(archive_master: Path) -> None:
    assert _files(archive_master, '"光伏') == set()
    assert _files(archive_master, "%") == _files(archive_master, "5.8%") != set()
    assert _files(archive_master, "_") == set()


def test_index_follows_the_folder(archive: Path) -> None:
    """Added, edited, renamed and deleted behind the index's back: each search sees the folder."""
    index = ArchiveIndex(archive)
    assert index.update() == (COUNT, 0)
    assert index.update() == (0, 0)  # nothing changed: nothing read
    index.close()

    issue = series_issue(200)
    issue.sections.special_focus.items[0].headline = "新增一期的独有标题甲乙丙"
    save_issue(issue, archive / "added.yaml", keep_backup=False)
    assert _files(archive, "甲乙丙") == {"added.yaml"}

    edited = load_issue(archive / "issue-0003.yaml")
    edited.sections.provincial_news.items[0].headline = "改过的标题丁戊"
    save_issue(edited, archive / "issue-0003.yaml", keep_backup=False)
    assert _files(archive, "丁戊") == {"issue-0003.yaml"}
    assert "issue-0003.yaml" not in _files(archive, "第3号储能动态2")

    os.rename(archive / "issue-0003.yaml", archive / "renamed.yaml")
    assert _files(archive, "丁戊") == {"renamed.yaml"}

    (archive / "added.yaml").unlink()
    assert _files(archive, "甲乙丙") == set()
    assert len(_files(archive, "进展顺利")) == COUNT  # 119 left + the renamed


def test_edit_keeping_size_and_time_is_seen(archive: Path) -> None:
    """An edit of the same length with the old modification time put back: the change time
    and inode still tell."""
    path = archive / "issue-0010.yaml"
    assert "issue-0010.yaml" in _files(archive, "第10号")
    before = path.stat()
    text = path.read_text(encoding="utf-8").replace("第10号", "第九号")
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert "issue-0010.yaml" not in _files(archive, "第10号")
    assert _files(archive, "第九号") == {"issue-0010.yaml"}


@pytest.mark.parametrize("damage", ["truncated", "garbled", "not a database"])
def test_damaged_index_is_rebuilt(archive: Path, damage: str) -> None:
    expected = _files(archive, "光伏")
    path = index_path(archive)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "garbled":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes(range(256)) * 64 + data[middle + 256 * 64:])
    else:
        path.write_bytes(b"hello")
    assert _files(archive, "光伏") == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs or symlinks to loop")
def test_hostile_files_do_not_block_the_index(archive: Path) -> None:
    os.mkfifo(archive / "fifo.yaml")
    (archive / "loop.yaml").symlink_to(archive / "loop.yaml")
    with open(archive / "sparse.yaml", "wb") as sparse:
        sparse.truncate(2 << 30)
    assert len(_files(archive, "进展顺利")) == COUNT


def test_search_reuses_an_index(archive: Path) -> None:
    index = ArchiveIndex(archive)
    index.update()
    shutil.copy(archive / "issue-0001.yaml", archive / "copy.yaml")
    assert index.update() == (1, 0)
    assert {h.path.name for h in search(index, "第1号光伏动态1")} == {"issue-0001.yaml", "copy.yaml"}
    index.close()


def test_unusable_cache_folder_still_searches(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """The cache folder's place taken by a file: the index is built in memory for the run, and
    one line names the folder it could not be kept in."""
    from editor_app import cli

    expected = _files(archive, "光伏")
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    hits = search_archive(archive, "光伏", limit=10_000)
    assert {hit.path.name for hit in hits} == expected
    folder = index_path(archive).parent
    assert hits.note.startswith(f"{folder}: 无法在此保存搜索索引（")
    assert cli.main(["archive", "search", str(archive), "光伏"]) == cli.EXIT_OK
    assert capsys.readouterr().err.splitlines()[0] == hits.note
    assert blocked.read_text(encoding="utf-8") == "not a folder"


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail (not hang) if the test blocks, e.g. opening a FIFO, for 30 s."""
    def hung(*_args: object) -> None:
        raise TimeoutError("blocked")

    before = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, before)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
@pytest.mark.parametrize("stray", ["fifo", "folder", "symlink to /dev/zero", "symlink to a file", "journal folder"])
def test_index_path_taken_by_a_stray_is_set_aside(archive: Path, tmp_path: Path, stray: str, no_hang: None) -> None:
    """Not a regular file where the index (or its journal) goes: set aside, never followed or
    emptied (a folder is renamed with what it holds, a symlink's target left as it was), and the
    index built again, as for a damaged one."""
    path = index_path(archive)
    path.parent.mkdir(parents=True)
    mine = tmp_path / "mine.txt"
    mine.write_text("not the index's", encoding="utf-8")
    if stray == "fifo":
        os.mkfifo(path)
    elif stray == "folder":
        path.mkdir()
        shutil.copy(mine, path / "kept.txt")
    elif stray == "symlink to /dev/zero":
        path.symlink_to("/dev/zero")
    elif stray == "symlink to a file":
        path.symlink_to(mine)
    else:
        Path(f"{path}-journal").mkdir()
    expected = {f"issue-{k + 1:04d}.yaml" for k in range(0, COUNT, len(TOPICS))}
    assert _files(archive, "光伏") == expected
    assert path.is_file() and not path.is_symlink()
    assert mine.read_text(encoding="utf-8") == "not the index's"
    if stray in ("folder", "journal folder"):
        aside = [p for p in path.parent.iterdir() if p.is_dir()]
        assert len(aside) == 1 and aside[0].name.startswith(path.name)
        assert [p.name for p in aside[0].iterdir()] == (["kept.txt"] if stray == "folder" else [])
    index = ArchiveIndex(archive)  # kept this time: nothing to read again
    assert index.update() == (0, 0)
    index.close()


def test_index_locked_by_another_program_is_one_line_not_rebuilt(
        archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Locked is not broken: no index in memory nor a new one, but a line saying to wait."""
    import sqlite3

    from editor_app.archive import index as index_module
    from editor_app.archive.listing import ArchiveError

    _files(archive, "光伏")
    monkeypatch.setattr(index_module, "BUSY_SECONDS", 0.1)
    other = sqlite3.connect(index_path(archive), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ArchiveError) as caught:
            search_archive(archive, "光伏")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.one_line() == (f"{index_path(archive)}: 无法使用搜索索引（database is locked）；"
                                       "另一个程序正在使用它，请稍后重试")
    assert _files(archive, "光伏")
