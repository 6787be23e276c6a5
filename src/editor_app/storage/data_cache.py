"""The parsed YAML of the program's data files (layout profiles, factor catalogues), kept in
the user's cache folder between runs.

Every command reads the issue's profile and the profile's factor catalogue; parsing their
YAML was about 5 ms of a 90 ms ``bulletin validate``, and reading it back from msgpack takes
a twentieth of that. One cache file per data file (a new content replaces the old entry, so
the folder does not grow as an institute edits its profile), and at most ``MAX_ENTRIES`` files
(profiles given by path, each in a new folder, would add one each). An entry holds the bytes
it was parsed from, compared whole with the file's bytes now, and what else decides the
parse: PyYAML's version and the code of ``yaml_io`` (or, in a frozen application, the
program's version). The parsed data is kept as msgpack bytes with their CRC-32: a byte
changed on disk would otherwise make a profile read differently, silently (a margin, a size)
or refused with a message blaming the profile. A stale, corrupt,
truncated or foreign cache file is ignored and replaced. Only data that msgpack gives back
unchanged is kept (text, numbers, lists and maps; not a date or a set). Written atomically, so
processes racing to write one leave one whole file; a cache that cannot be written only costs
the parse.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import msgspec
import yaml

from ..paths import user_cache_dir
from .cache_file import prune_cache_folder, read_cache_file, write_cache_file

TAG = "bulletin-editor data cache 2"
MAX_CACHE_BYTES = 16 * 1024 * 1024  # data files are at most 256 kB; anything far larger is not a cache
MAX_ENTRIES = 64


def cache_path(source: Path) -> Path:
    """The cache file of the data file ``source``: named by its absolute path."""
    name = str(source.absolute()).encode("utf-8", "surrogateescape")
    return user_cache_dir() / "data" / f"{zlib.crc32(name):08x}.msgpack"


def cached_yaml(source: Path, raw: bytes, parse: Callable[[], Any]) -> Any:
    """The data of the file ``source`` whose bytes are ``raw``: from the cache when it holds
    exactly these bytes, else ``parse()`` (whose errors pass through), cached for next time."""
    path = cache_path(source)
    entry = _read(path)
    if (isinstance(entry, list) and len(entry) == 5 and entry[0] == TAG and entry[1] == parser_key()
            and entry[2] == raw and isinstance(entry[4], bytes) and entry[3] == zlib.crc32(entry[4])):
        try:
            return msgspec.msgpack.decode(entry[4])
        except (msgspec.MsgspecError, RecursionError):  # nested a thousand deep
            pass
    data = parse()
    _write(path, raw, data)
    return data


@cache
def parser_key() -> str:
    """PyYAML's version and a CRC-32 of ``yaml_io``'s code (a checkout edited between runs);
    where the code is not a file (a frozen application), the program's version."""
    try:
        code = f"{zlib.crc32((Path(__file__).parent / 'yaml_io.py').read_bytes()):08x}"
    except OSError:
        from ..installed import version

        code = version("editor_app") or ""
    return f"{yaml.__version__} {code}"


def _read(path: Path) -> Any:
    content = read_cache_file(path, MAX_CACHE_BYTES)
    try:
        return None if content is None else msgspec.msgpack.decode(content)
    except (msgspec.MsgspecError, RecursionError):  # nested a thousand deep
        return None


def _write(path: Path, raw: bytes, data: Any) -> None:
    try:
        payload = msgspec.msgpack.encode(data)
    except (msgspec.MsgspecError, TypeError, ValueError, OverflowError):  # a value msgpack cannot hold (2**64)
        return
    if msgspec.msgpack.decode(payload) != data:  # a date, a set, a NaN: not given back as it was
        return
    content = msgspec.msgpack.encode([TAG, parser_key(), raw, zlib.crc32(payload), payload])
    if write_cache_file(path, content):  # else the next run parses again
        prune_cache_folder(path.parent, ".msgpack", MAX_ENTRIES, keep=path)

