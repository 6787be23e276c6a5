"""Atomic file replacement: temporary file beside the target, flush, fsync, rename."""

from __future__ import annotations

import errno
import os
import stat
import zlib
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
    errno.ENAMETOOLONG: "文件名过长，请用短一些的文件名",
}
NAME_MAX = 255  # bytes in one file name, on Linux, macOS and Windows file systems alike


def write_error(target: Path, exc: OSError, what: str = "保存失败，原文件未改动") -> WriteError:
    """``exc`` as one line: what failed, and what to do about it."""
    reason = _REASONS.get(exc.errno or 0, f"无法写入（{exc.strerror or exc}）")
    return WriteError(target, f"{what}：{reason}")


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def name_too_long(target: Path) -> str:
    """Why ``target``'s name cannot be written ("" when it can): over NAME_MAX bytes."""
    size = len(os.fsencode(target.name))
    if size <= NAME_MAX:
        return ""
    return f"文件名有 {size} 字节，超过 {NAME_MAX} 字节的上限；请用短一些的文件名"


def _tag(name: str) -> str:
    """Six hex digits of the name's CRC-32 (hashlib's OpenSSL takes longer to load than an
    export from a cached template takes)."""
    return f"{zlib.crc32(os.fsencode(name)):08x}"[:6]


def temporary_path(target: Path) -> Path:
    """A short, unused-looking name beside ``target``: a name of up to NAME_MAX bytes stays
    writable (its own name plus a suffix would not)."""
    return target.with_name(f".~{_tag(target.name)}{os.urandom(3).hex()}.tmp")


def backup_path(target: Path) -> Path:
    """``<name>.bak``; for a name too long for that, its start, a tag of the name and .bak."""
    name = target.name
    if len(os.fsencode(name + ".bak")) <= NAME_MAX:
        return target.with_name(name + ".bak")
    head = os.fsencode(name)[: NAME_MAX - len(".bak") - 7].decode("utf-8", "ignore")
    return target.with_name(f"{head}~{_tag(name)}.bak")


def _create(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)


def _new_temporary(target: Path) -> tuple[int, Path]:
    for _ in range(100):
        tmp = temporary_path(target)
        try:
            return _create(tmp), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(target.parent))


def _keep_backup(target: Path) -> None:
    backup = backup_path(target)
    fd, staging = _new_temporary(target)
    os.close(fd)
    try:
        staging.unlink()
        try:
            os.link(target, staging)
        except OSError:
            import shutil

            shutil.copy2(target, staging)
        os.replace(staging, backup)
    finally:
        staging.unlink(missing_ok=True)


def write_atomic(
    target: Path | str,
    write: Callable[[Path], None] | bytes,
    *,
    keep_backup: bool = False,
    mode: int | None = None,
) -> None:
    """Replace ``target`` with new content, all or nothing.

    ``write`` is the bytes to store, or a function that writes the new file at the path it
    is given (used by the Word exporter). With ``keep_backup`` the previous version stays as
    ``<name>.bak``. The new file has ``mode``, else the old file's, else the umask's. Raises
    WriteError; on any failure the old file is untouched.
    """
    target = Path(target)
    if too_long := name_too_long(target):
        raise WriteError(target, f"保存失败：{too_long}")
    if target.is_dir():
        raise WriteError(target, "保存失败：这是一个文件夹，请给出文件名")
    if target.exists() and not target.is_file():
        raise WriteError(target, "保存失败：这不是普通文件（设备、管道等），请给出一个文件名")
    if target.exists() and _read_only(target):
        raise WriteError(target, "保存失败，原文件未改动：目标文件是只读的，请取消只读或另存为")
    try:
        fd, tmp = _new_temporary(target)
    except OSError as exc:
        raise write_error(target, exc) from exc
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
        if mode is None:
            mode = target.stat().st_mode & 0o7777 if target.exists() else _default_mode()
        os.chmod(tmp, mode)
        if keep_backup and target.exists():
            _keep_backup(target)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_error(target, exc) from exc
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
