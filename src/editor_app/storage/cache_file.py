"""Files of the user's cache folder (Word templates, parsed data files): whatever is found
there is read only as a regular file of a sane size, and neither reading nor writing one ever
fails a command. A cache that cannot be read is rebuilt; one that cannot be written (read-only
home, full disk) only costs the rebuild the next time."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import WriteError
from .atomic import write_atomic
from .bounded import FileRefused, read_bounded


def read_cache_file(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path``; None when it is missing or unreadable, longer than ``limit``, or
    not a regular file (a FIFO put there would block the reader)."""
    try:
        return read_bounded(path, limit)
    except (OSError, FileRefused):
        return None


def write_cache_file(path: Path, content: bytes, mode: int | None = None) -> bool:
    """Write ``path`` atomically (processes racing leave one whole file), its folder made
    first, with ``mode`` if given; False when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, content, mode=mode)
    except (OSError, WriteError):
        return False
    return True


def prune_cache_folder(folder: Path, suffix: str, most: int, keep: Path, prefix: str = "") -> None:
    """Remove the oldest files named ``prefix…suffix`` beyond ``most``, never ``keep`` (the
    one just written)."""
    try:
        with os.scandir(folder) as entries:
            found = [(e.stat().st_mtime_ns, e.path) for e in entries
                     if e.name.startswith(prefix) and e.name.endswith(suffix) and e.is_file()]
    except OSError:  # an entry gone meanwhile (another process pruning): left to the next write
        return
    for _, name in sorted(found)[:max(0, len(found) - most)]:
        if name != str(keep):
            Path(name).unlink(missing_ok=True)
