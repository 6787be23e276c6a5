"""Checks on a file about to be written, before any work is done for it.

An output must not destroy what the user did not ask to lose: an existing file is replaced
only with ``--force``; an input (the issue itself, the profile) and anything that is not a
regular file (a device such as /dev/null, which root would turn into a Word file; a FIFO; a
folder) are never replaced, even with ``--force``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import WriteError
from .atomic import name_too_long, write_error


def check_output(
    target: Path,
    *,
    inputs: Iterable[Path | str] = (),
    force: bool = False,
    suffix: str | None = None,
) -> None:
    """Raise WriteError (one line with the fix) if ``target`` should not be written."""
    if too_long := name_too_long(target):
        raise WriteError(target, too_long)
    try:
        exists = target.exists()
    except OSError as exc:
        raise write_error(target, exc) from exc
    if exists and target.is_dir():
        raise WriteError(target, "这是一个文件夹；请给出输出文件名")
    if exists and not target.is_file():
        raise WriteError(target, "这不是普通文件（设备、管道等），不能写入；请给出输出文件名")
    for source in inputs if exists else ():
        if _same_file(target, Path(source)):
            raise WriteError(target, f"就是输入文件 {source}，写入会毁掉它；请换一个输出文件名")
    if suffix is not None and target.suffix.lower() != suffix:
        raise WriteError(target, f"输出文件名应以 {suffix} 结尾，例如 -o {target.stem or '输出'}{suffix}")
    if exists and not force:
        raise WriteError(target, "文件已存在；如要覆盖请加 --force")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.realpath(a) == os.path.realpath(b)


def make_folder(folder: Path) -> None:
    """Create an output folder (and its parents); refuse a file or an unwritable place."""
    if folder.exists() and not folder.is_dir():
        raise WriteError(folder, "已有同名的文件，不是文件夹；请给出一个文件夹")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc, "无法创建文件夹") from exc
