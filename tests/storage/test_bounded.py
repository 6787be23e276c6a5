"""The bounded reader: regular files only, never more than the limit, never a wait."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from editor_app.storage.bounded import FileRefused, read_bounded, size_text


def test_reads_a_file_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, 100) == b"x" * 100


def test_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileRefused, match="超过"):
        read_bounded(path, 100)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc")
def test_the_limit_does_not_trust_st_size() -> None:
    """/proc files say they are empty and are not."""
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(FileRefused, match="超过"):
        read_bounded("/proc/self/status", 10)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused() -> None:
    with pytest.raises(FileRefused, match="不是普通文件"):
        read_bounded("/dev/zero", 1 << 20)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(FileRefused, match="不是普通文件"):
        read_bounded(fifo, 100)
    assert time.monotonic() - start < 1


def test_a_directory_and_a_nul_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="文件夹"):
        read_bounded(tmp_path, 100)
    with pytest.raises(FileRefused, match="空字符"):
        read_bounded(f"{tmp_path}/a\x00b", 100)


def test_a_missing_file_is_the_system_s_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "missing", 100)


def test_sizes_read_as_people_write_them() -> None:
    assert (size_text(256 * 1024), size_text(10 * 1024 * 1024)) == ("256 KB", "10 MB")
