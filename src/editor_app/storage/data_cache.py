"""The parsed YAML of the program's data files (layout profiles, factor catalogues), kept in
the user's cache folder between runs.

Every command reads the issue's profile and the profile's factor catalogue; parsing their
YAML was about 5 ms of a 90 ms ``bulletin validate``, and reading it back from msgpack takes
a twentieth of that. One cache file per data file (a new content replaces the old entry, so
the folder does not grow as an institute edits its profile). It holds the bytes it was parsed
from, compared whole with the file's bytes now, and PyYAML's version: a stale, corrupt,
truncated or foreign cache file is ignored and replaced. Only data that msgpack gives back
unchanged is kept (text, numbers, lists and maps; not a date or a set). Written atomically, so
processes racing to write one leave one whole file; a cache that cannot be written only costs
the parse.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import yaml

from ..errors import WriteError
from ..paths import user_cache_dir
from .atomic import write_atomic
from .bounded import FileRefused, read_bounded

TAG = "bulletin-editor data cache 1"
MAX_CACHE_BYTES = 16 * 1024 * 1024  # data files are at most 256 kB; anything far larger is not a cache


def cache_path(source: Path) -> Path:
    """The cache file of the data file ``source``: named by its absolute path."""
    name = str(source.absolute()).encode("utf-8", "surrogateescape")
    return user_cache_dir() / "data" / f"{zlib.crc32(name):08x}.msgpack"


def cached_yaml(source: Path, raw: bytes, parse: Callable[[], Any]) -> Any:
    """The data of the file ``source`` whose bytes are ``raw``: from the cache when it holds
    exactly these bytes, else ``parse()`` (whose errors pass through), cached for next time."""
    path = cache_path(source)
    entry = _read(path)
    if (isinstance(entry, list) and len(entry) == 4 and entry[0] == TAG and entry[1] == yaml.__version__
            and entry[2] == raw):
        return entry[3]
    data = parse()
    _write(path, raw, data)
    return data


def _read(path: Path) -> Any:
    try:
        return msgspec.msgpack.decode(read_bounded(path, MAX_CACHE_BYTES))
    except (OSError, FileRefused, msgspec.MsgspecError):
        return None


def _write(path: Path, raw: bytes, data: Any) -> None:
    try:
        content = msgspec.msgpack.encode([TAG, yaml.__version__, raw, data])
    except (msgspec.MsgspecError, TypeError, ValueError, OverflowError):  # a value msgpack cannot hold (2**64)
        return
    if msgspec.msgpack.decode(content)[3] != data:  # a date, a set, a NaN: not given back as it was
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, content, keep_backup=False)
    except (OSError, WriteError):  # read-only home, full disk: the next run parses again
        pass
