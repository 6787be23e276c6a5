"""Atomic file replacement: temporary file beside the target, flush, fsync, rename."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import WriteError

_REASONS = {
    errno.ENOSPC: "磁盘空间不足，请腾出空间后重试",
    errno.EDQUOT: "磁盘配额已满，请腾出空间后重试",
    errno.EACCES: "没有写入权限，或文件正被其他程序打开；请关闭该文件或换一个位置保存",
    errno.EPERM: "没有写入权限，或文件正被其他程序打开；请关闭该文件或换一个位置保存",
    errno.EROFS: "该位置是只读的，请换一个位置保存",
    errno.ENOENT: "文件夹不存在（可能已被移走或删除），请换一个位置保存",
}


def _explain(target: Path, exc: OSError) -> WriteError:
    reason = _REASONS.get(exc.errno or 0, f"无法写入（{exc.strerror or exc}）")
    return WriteError(target, f"保存失败，原文件未改动：{reason}")


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_path(target: Path) -> Path:
    return target.with_name(target.name + ".bak")


def _keep_backup(target: Path) -> None:
    backup = backup_path(target)
    staging = backup.with_name(backup.name + ".tmp")
    staging.unlink(missing_ok=True)
    try:
        os.link(target, staging)
    except OSError:
        shutil.copy2(target, staging)
    os.replace(staging, backup)


def write_atomic(
    target: Path | str,
    write: Callable[[Path], None] | bytes,
    *,
    keep_backup: bool = False,
) -> None:
    """Replace ``target`` with new content, all or nothing.

    ``write`` is the bytes to store, or a function that writes the new file at the path it
    is given (used by the Word exporter). With ``keep_backup`` the previous version stays as
    ``<name>.bak``. Raises WriteError; on any failure the old file is untouched.
    """
    target = Path(target)
    if target.is_dir():
        raise WriteError(target, "保存失败：这是一个文件夹，请给出文件名")
    if target.exists() and _read_only(target):
        raise WriteError(target, "保存失败，原文件未改动：目标文件是只读的，请取消只读或另存为")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _explain(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        if callable(write):
            os.close(fd)
            write(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(write)
                fh.flush()
                os.fsync(fh.fileno())
        mode = target.stat().st_mode & 0o7777 if target.exists() else _default_mode()
        os.chmod(tmp, mode)
        if keep_backup and target.exists():
            _keep_backup(target)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_only(path: Path) -> bool:
    """Read-only for the user, including for root, who os.access would let write anyway."""
    return not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
