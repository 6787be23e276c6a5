"""Search across the 120-issue archive: the index follows the folder (files added, edited,
renamed, deleted behind its back), is rebuilt when damaged, and finds 2-character words and
Traditional forms."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from editor_app.archive.index import ArchiveIndex, index_path
from editor_app.archive.listing import ArchiveError
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


def test_unusable_cache_folder_is_one_line(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache folder's place taken by a file: one ArchiveError line naming the index."""
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    with pytest.raises(ArchiveError) as caught:
        search_archive(archive, "光伏")
    assert caught.value.one_line().startswith(str(index_path(archive)))
    assert "无法建立搜索索引" in caught.value.one_line()
