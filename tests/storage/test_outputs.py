"""Writing files: names up to the system's limit, and outputs that must not be replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.errors import WriteError
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.storage.atomic import NAME_MAX, backup_path, write_atomic
from editor_app.storage.outputs import check_output, make_folder

from ..conftest import SAMPLE

LONGEST = "兴" * 83 + "1.yaml"  # 3 bytes a character: 249 + 6 = 255 bytes


def test_the_longest_legal_name_is_written_with_its_backup(tmp_path: Path) -> None:
    assert len(os.fsencode(LONGEST)) == NAME_MAX
    target = tmp_path / LONGEST
    issue = load_issue(SAMPLE)
    save_issue(issue, target)
    save_issue(issue, target)  # the second save keeps the first as a backup
    assert load_issue(target) == issue
    backup = backup_path(target)
    assert backup.read_bytes() == target.read_bytes() and backup.parent == tmp_path
    assert len(os.fsencode(backup.name)) <= NAME_MAX and backup.name.endswith(".bak")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([LONGEST, backup.name])


def test_a_name_over_the_limit_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / ("兴" * 86 + ".docx")  # 263 bytes
    for check in (lambda: write_atomic(target, b"x"), lambda: check_output(target)):
        with pytest.raises(WriteError, match="超过 255 字节") as info:
            check()
        assert "\n" not in info.value.one_line()
    assert list(tmp_path.iterdir()) == []


def test_existing_output_needs_force_and_inputs_never_replaced(tmp_path: Path) -> None:
    source = tmp_path / "s.yaml"
    source.write_bytes(b"issue")
    other = tmp_path / "out.docx"
    other.write_bytes(b"old")
    with pytest.raises(WriteError, match="--force"):
        check_output(other, inputs=[source])
    check_output(other, inputs=[source], force=True)
    link = tmp_path / "link.docx"
    link.symlink_to(source)
    for same in (source, tmp_path / "." / "s.yaml", link):
        with pytest.raises(WriteError, match="输入文件"):
            check_output(same, inputs=[source], force=True)


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_special_files_are_never_outputs(tmp_path: Path, kind: str) -> None:
    if kind == "device":
        target = Path("/dev/null")
    elif kind == "fifo":
        target = tmp_path / "pipe.docx"
        os.mkfifo(target)
    else:
        target = tmp_path / "folder.docx"
        target.mkdir()
    with pytest.raises(WriteError) as info:
        check_output(target, force=True)
    assert "文件夹" in info.value.one_line() or "不是普通文件" in info.value.one_line()
    with pytest.raises(WriteError):
        write_atomic(target, b"PK")
    assert not target.is_file()


def test_docx_suffix_is_required_when_asked(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match=r"以 \.docx 结尾"):
        check_output(tmp_path / "a.pdf", suffix=".docx")
    check_output(tmp_path / "a.DOCX", suffix=".docx")


def test_output_folder_that_is_a_file_or_unwritable(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(b"x")
    with pytest.raises(WriteError, match="不是文件夹"):
        make_folder(plain)
    with pytest.raises(WriteError, match="无法创建文件夹"):
        make_folder(plain / "below")
    make_folder(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()
