"""Reading a file the user named, safely: a regular file only, never more than a limit.

A path written in a file (an issue's ``profile:``) or typed on the command line may name
``/dev/zero`` (endless), a FIFO (blocks until a writer comes), a directory or a huge file.
The size is checked by reading at most ``limit + 1`` bytes, not by trusting ``st_size``
(``/proc`` files say 0 and hold more; a file may grow between stat and read).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..errors import UserFacingError

T = TypeVar("T")

_CHUNK = 1 << 16
# O_NONBLOCK: should a FIFO be swapped in after the stat, opening it does not wait for a writer.
_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


class FileRefused(ValueError):
    """Not a regular file of at most the limit; the reason is a Chinese phrase for the user."""


def size_text(limit: int) -> str:
    """``262144`` → ``256 KB``, ``10485760`` → ``10 MB``."""
    if limit >= 1 << 20:
        return f"{limit / (1 << 20):g} MB"
    return f"{limit / (1 << 10):g} KB"


def _check_kind(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise FileRefused("这是一个文件夹，不是文件")
    if not stat.S_ISREG(mode):
        raise FileRefused("这不是普通文件（而是设备、管道或套接字），拒绝读取")


def check_regular(path: Path | str) -> None:
    """FileRefused unless ``path`` is a regular file (for readers that open it themselves:
    a zip reader on a FIFO would block); OSError (not found …) as the system gives it."""
    name = os.fspath(path)
    if "\x00" in name:
        raise FileRefused("文件名含有空字符（\\0）")
    _check_kind(os.stat(name).st_mode)


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises FileRefused for a NUL in the name, a directory, a device, a FIFO or a socket, and
    a file longer than ``limit``; OSError (not found, no permission) as the system gives it.
    """
    name = os.fspath(path)
    check_regular(name)
    fd = os.open(name, _FLAGS)
    try:
        _check_kind(os.fstat(fd).st_mode)  # the file opened is the one checked
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:
        raise FileRefused(f"文件过大（超过 {size_text(limit)}）")
    return b"".join(chunks)


def read_user_file(path: Path, limit: int, error: type[UserFacingError], expected: str) -> bytes:
    """``read_bounded``, each refusal one ``error`` line; ``expected`` says what the file
    should be (``请选择 .yaml 期刊文件…``)."""
    return _as_user_error(lambda: read_bounded(path, limit), path, error, expected)


def check_user_file(path: Path, error: type[UserFacingError], expected: str) -> None:
    """``check_regular``, each refusal one ``error`` line, as ``read_user_file``."""
    _as_user_error(lambda: check_regular(path), path, error, expected)


def _as_user_error(step: Callable[[], T], path: Path, error: type[UserFacingError], expected: str) -> T:
    try:
        return step()
    except FileNotFoundError as exc:
        raise error(path, "文件不存在") from exc
    except FileRefused as exc:
        raise error(path, f"{exc}；{expected}") from exc
    except OSError as exc:
        raise error(path, f"无法读取（{exc.strerror or exc}）") from exc
