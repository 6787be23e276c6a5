"""Regular expressions compiled by earlier runs, kept in the user's cache folder.

Python compiles each pattern anew in every process, in Python code (``re._parser`` and
``re._compiler``); only the last step, ``_sre.compile`` with the compiled code, is C and takes
microseconds. The editor's start compiled some 65 patterns (PySide6's signature support,
PyYAML's resolver, ``platform`` and the program's own): 15 % of its instructions. So, first
thing on importing ``editor_app`` (``seed``), the patterns that earlier runs compiled are put
into ``re``'s own cache from ``_sre.compile``'s arguments, and at exit (``record``) a run that
compiled patterns the file lacks adds them, with the arguments ``re`` gave ``_sre.compile``.

The file is keyed by the exact Python build and ``_sre``'s magic number: another interpreter
(an upgrade, a frozen application) ignores it and writes its own. A corrupt, truncated or
foreign file fails its tag, key, CRC-32 or shape check and is ignored, then replaced; never
trusted. ``_sre.compile`` also validates the code it is given. Nothing here ever fails a
command: on any error ``re`` compiles as it always does.
"""

from __future__ import annotations

import _sre  # pyright: ignore[reportMissingImports]  # re's engine, in C: no stubs
import atexit
import contextlib
import marshal
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from ..paths import user_cache_dir
from .cache_file import prune_cache_folder, read_cache_file, write_cache_file

TAG = "bulletin-editor patterns 1"
MAX_FILE_BYTES = 8 << 20
MAX_ENTRIES = 256  # re itself keeps 512; what is seeded must leave room for the rest
MAX_PATTERN_CHARS = 1 << 18
MAX_FILES = 4  # one per Python build used lately
SUFFIX = ".marshal"

Key = tuple[type, Any, int]  # re's cache key: (str or bytes, the pattern, the flags)
_seeded: dict[Key, tuple[Any, ...]] = {}  # what ``seed`` put into re's cache: _sre.compile's arguments
_recorded: list[bool] = []  # [True] once ``record`` has run


def interpreter_key() -> str:
    """What decides the compiled code of a pattern: the Python build and its regex engine."""
    magic = getattr(_sre, "MAGIC", "")
    return f"{sys.version}|{sys.implementation.cache_tag}|{magic}|{getattr(_sre, 'CODESIZE', '')}"


def cache_path() -> Path:
    name = f"{zlib.crc32(interpreter_key().encode()):08x}{SUFFIX}"
    return user_cache_dir() / "patterns" / name


def seed() -> None:
    """Put the patterns of earlier runs into ``re``'s cache, and ``record`` at exit."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or _seeded:
        return
    content = read_cache_file(cache_path(), MAX_FILE_BYTES)
    for flags, arguments in _entries(content) if content else ():
        key = (type(arguments[0]), arguments[0], flags)
        if key in cache:
            continue
        try:
            cache[key] = _sre.compile(*arguments)
        except Exception:  # whatever _sre refuses, re compiles itself
            continue
        _seeded[key] = arguments
    atexit.register(record)


def _entries(content: bytes) -> list[tuple[int, tuple[Any, ...]]]:
    """The file's (flags, arguments) pairs; none when it is not this program's file for this
    interpreter, whole."""
    try:
        tag, key, crc, payload = marshal.loads(content)
        if tag != TAG or key != interpreter_key() or type(payload) is not bytes or crc != zlib.crc32(payload):
            return []
        entries = marshal.loads(payload)
    except Exception:  # marshal raises ValueError, EOFError, TypeError …
        return []
    if type(entries) is not list:
        return []
    return [(entry[0], entry[1]) for entry in entries
            if type(entry) is tuple and len(entry) == 2 and type(entry[0]) is int
            and type(entry[1]) is tuple and entry[1] and type(entry[1][0]) in (str, bytes)]


def record() -> None:
    """Write the patterns compiled since ``seed``, with those seeded, when there are new ones.
    Once: at exit, or before an exit that skips the atexit handlers (``cli.run``)."""
    if _recorded:
        return
    _recorded.append(True)
    with contextlib.suppress(Exception):  # the program is ending: a cache is never worth an error
        _record()


def _record() -> None:
    new = [key for key in list(re._cache) if key not in _seeded and _recordable(key)]  # type: ignore[attr-defined]
    if not new:
        return
    entries = {} if len(_seeded) + len(new) > MAX_ENTRIES else dict(_seeded)  # full: start again
    for key in new[:MAX_ENTRIES]:
        arguments = compile_arguments(key[1], key[2])
        if arguments is not None:
            entries[key] = arguments
    payload = marshal.dumps([(key[2], arguments) for key, arguments in entries.items()])
    path = cache_path()
    if write_cache_file(path, marshal.dumps((TAG, interpreter_key(), zlib.crc32(payload), payload))):
        prune_cache_folder(path.parent, SUFFIX, MAX_FILES, keep=path)


def _recordable(key: object) -> bool:
    """A pattern ``re`` compiled from a str or bytes (not a subclass) with int flags."""
    return (type(key) is tuple and len(key) == 3 and key[0] in (str, bytes) and type(key[1]) is key[0]
            and type(key[2]) is int and len(key[1]) <= MAX_PATTERN_CHARS)


class _Recording:
    """Stands in for ``_sre`` in ``re._compiler`` while one pattern compiles: keeps the
    arguments of ``compile`` and passes everything else through."""

    def __init__(self) -> None:
        self.arguments: tuple[Any, ...] | None = None

    def compile(self, *arguments: Any) -> Any:
        self.arguments = arguments
        return _sre.compile(*arguments)

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def compile_arguments(pattern: str | bytes, flags: int) -> tuple[Any, ...] | None:
    """The arguments ``re`` gives ``_sre.compile`` for ``pattern``, compiling it once more;
    None where they cannot be told or kept (another ``re``, values marshal cannot write)."""
    compiler = sys.modules.get("re._compiler")
    if compiler is None or getattr(compiler, "_sre", None) is not _sre:
        return None
    recording = _Recording()
    compiler._sre = recording  # type: ignore[attr-defined]
    try:
        compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    finally:
        compiler._sre = _sre  # type: ignore[attr-defined]
    arguments = recording.arguments
    if arguments is None or type(arguments[0]) is not type(pattern) or arguments[0] != pattern:
        return None  # another thread's pattern went through meanwhile
    try:
        return _plain(arguments)
    except ValueError:  # an object that is not plain data
        return None


def _plain(value: Any) -> Any:
    """``value`` as plain data that marshal writes: the code's opcodes are int subclasses."""
    if isinstance(value, int):
        return int(value)
    if type(value) in (list, tuple):
        return type(value)(map(_plain, value))
    if type(value) is dict:
        return {key: _plain(item) for key, item in value.items()}
    if value is None or type(value) in (str, bytes):
        return value
    raise ValueError(f"not plain data: {type(value).__name__}")
