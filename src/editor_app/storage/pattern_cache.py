"""Regular expressions compiled by earlier runs, kept beside the program's own bytecode.

Python compiles each pattern anew in every process, in Python code (``re._parser`` and
``re._compiler``); only the last step, ``_sre.compile`` with the compiled code, is C and takes
microseconds. The editor's start compiled some 65 patterns (PySide6's signature support,
PyYAML's resolver, ``platform`` and the program's own): 15 % of its instructions. So, first
thing on importing ``editor_app`` (``seed``), the patterns that earlier runs compiled are put
into ``re``'s own cache from ``_sre.compile``'s arguments, and at exit (``record``) a run that
compiled patterns the file lacks adds them, with the arguments ``re`` gave ``_sre.compile``.

``_sre.compile`` runs the code it is given as the program's bytecode is run: code made to
harm can crash the interpreter or change what a pattern matches. So the file lives where the
program's bytecode does (``importlib.util.cache_from_source``: the package's ``__pycache__``,
or under PYTHONPYCACHEPREFIX), is written only where Python would write bytecode (not with
PYTHONDONTWRITEBYTECODE) and with the permissions Python gives bytecode (the source's), and
is not used when others may write it and not the source. Whoever can write it can change
the program's bytecode already; in an installation the user cannot write, the user cannot
change it either, and no run pays for recording what it cannot write.
What this guards against is damage: a file that is cut short, changed by a byte, of another
program or interpreter fails its header, CRC-32, key or shape check before anything of it is
used, and is replaced. Nothing here ever fails a command: on any error ``re`` compiles as it
always does.

A pattern is kept once a second run has compiled it too (``candidates`` holds the CRC-32s of
those seen once): some libraries build patterns from sets, whose order, and so the pattern's
text, changes from run to run with Python's hash seed (pypinyin's, ``tokenize``'s). Kept, they
would grow the file at every run and push out the patterns every start needs.
"""

from __future__ import annotations

import _sre  # pyright: ignore[reportMissingImports]  # re's engine, in C: no stubs
import atexit
import contextlib
import importlib.util
import marshal
import os
import re
import sys
import warnings
import zlib
from pathlib import Path
from typing import Any

from .cache_file import prune_cache_folder, read_cache_file, write_cache_file

HEADER = b"bulletin-editor patterns 3\n"
MAX_FILE_BYTES = 8 << 20
MAX_ENTRIES = 256  # re itself keeps 512; what is seeded must leave room for the rest
MAX_CANDIDATES = 256
MAX_PATTERN_CHARS = 1 << 18
MAX_FILES = 4  # one per Python build used lately
PREFIX, SUFFIX = "pattern_cache.", ".marshal"

Key = tuple[type, Any, int]  # re's cache key: (str or bytes, the pattern, the flags)
_seeded: dict[Key, tuple[Any, ...]] = {}  # what ``seed`` put into re's cache: _sre.compile's arguments
_known: set[Key] = set()  # in re's cache before ``seed``: compiled before the file could help
_candidates: list[int] = []  # the file's: CRC-32s of patterns one run compiled (``_fingerprint``)
_started: list[bool] = []  # [True] once ``seed`` has run
_recorded: list[bool] = []  # [True] once ``record`` has run


def interpreter_key() -> str:
    """What decides the compiled code of a pattern: the Python build and its regex engine."""
    magic = getattr(_sre, "MAGIC", "")
    return f"{sys.version}|{sys.implementation.cache_tag}|{magic}|{getattr(_sre, 'CODESIZE', '')}"


def cache_path() -> Path | None:
    """Beside this module's bytecode; None where Python keeps no bytecode cache."""
    try:
        bytecode = Path(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError):  # no cache_tag; a path Python cannot place
        return None
    return bytecode.with_name(f"{PREFIX}{zlib.crc32(interpreter_key().encode()):08x}{SUFFIX}")


def seed() -> None:
    """Put the patterns of earlier runs into ``re``'s cache, and ``record`` at exit."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or _started:
        return
    _started.append(True)
    _known.update(key for key in cache if _recordable(key))
    path = cache_path()
    content = read_cache_file(path, MAX_FILE_BYTES) if path is not None and _private(path) else None
    entries, candidates = contents_of(content) if content else ([], [])
    _candidates.extend(candidates)
    for flags, arguments in entries:
        key = (type(arguments[0]), arguments[0], flags)
        if key in cache:
            continue
        try:
            cache[key] = _sre.compile(*arguments)
        except Exception:  # whatever _sre refuses, re compiles itself
            continue
        _seeded[key] = arguments
    atexit.register(record)


def _bytecode_mode() -> int:
    """The permissions Python gives bytecode: the source's, writable by its owner."""
    return (os.stat(__file__).st_mode | 0o200) & 0o666


def _private(path: Path) -> bool:
    """No one may write ``path`` whom the source does not let write (an absent file is)."""
    try:
        return not os.stat(path).st_mode & 0o022 & ~_bytecode_mode()
    except OSError:
        return True


def contents_of(content: bytes) -> tuple[list[tuple[int, tuple[Any, ...]]], list[int]]:
    """The file's (flags, arguments) pairs, the newest last, and its candidates; none when it
    is not this program's file for this interpreter, whole. Nothing is unmarshalled before
    the header and the CRC-32 are right: a damaged length could ask marshal for gigabytes."""
    start = len(HEADER) + 4
    if (len(content) < start or not content.startswith(HEADER)
            or int.from_bytes(content[len(HEADER):start], "little") != zlib.crc32(content[start:])):
        return [], []
    try:
        key, entries, candidates = marshal.loads(content[start:])
    except Exception:  # marshal raises ValueError, EOFError, TypeError …
        return [], []
    if key != interpreter_key() or type(entries) is not list or type(candidates) is not list:
        return [], []
    return ([(entry[0], entry[1]) for entry in entries[-MAX_ENTRIES:]
             if type(entry) is tuple and len(entry) == 2 and type(entry[0]) is int
             and type(entry[1]) is tuple and entry[1] and type(entry[1][0]) in (str, bytes)],
            [crc for crc in candidates[-MAX_CANDIDATES:] if type(crc) is int])


def record() -> None:
    """Note the patterns compiled since ``seed`` in the file, keeping those an earlier run
    compiled too; written only when that changes anything. Once: at exit, or before an exit
    that skips the atexit handlers (``cli.run``)."""
    if _recorded or sys.dont_write_bytecode:
        return
    _recorded.append(True)
    with contextlib.suppress(BaseException):  # ending anyway (even by Ctrl+C): never an error for a cache
        _record()


def _record() -> None:
    path = cache_path()
    if path is None or not _writable(path):
        return  # not worth compiling anything again
    seen_before, candidates, new = set(_candidates), list(_candidates), {}
    for key in list(re._cache):  # type: ignore[attr-defined]
        if key in _seeded or key in _known or not _recordable(key):
            continue
        fingerprint = _fingerprint(key)
        if fingerprint not in seen_before:  # kept once another run compiles it too
            candidates.append(fingerprint)
        elif (arguments := compile_arguments(key[1], key[2])) is not None:
            new[key] = arguments
            candidates.remove(fingerprint)
    if not new and candidates == _candidates:
        return
    entries = {**_seeded, **new}  # the oldest first: those go when the file is full
    payload = marshal.dumps((interpreter_key(), [(key[2], arguments) for key, arguments in entries.items()]
                             [-MAX_ENTRIES:], candidates[-MAX_CANDIDATES:]))
    content = HEADER + zlib.crc32(payload).to_bytes(4, "little") + payload
    if write_cache_file(path, content, mode=_bytecode_mode()):
        prune_cache_folder(path.parent, SUFFIX, MAX_FILES, keep=path, prefix=PREFIX)


def _fingerprint(key: Key) -> int:
    return zlib.crc32(marshal.dumps((key[1], key[2])))


def _writable(path: Path) -> bool:
    """Whether ``path`` could be written: its folder, or the nearest one that exists, is a
    folder the user may write."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder.is_dir() and os.access(folder, os.W_OK)


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
    None where they cannot be told or kept: another ``re``, values marshal cannot write, or
    a pattern that warns when compiled (taken from the file, it would no longer warn)."""
    compiler = sys.modules.get("re._compiler")
    if compiler is None or getattr(compiler, "_sre", None) is not _sre:
        return None
    recording = _Recording()
    compiler._sre = recording  # type: ignore[attr-defined]
    try:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    finally:
        compiler._sre = _sre  # type: ignore[attr-defined]
    arguments = recording.arguments
    if warned or arguments is None or type(arguments[0]) is not type(pattern) or arguments[0] != pattern:
        return None  # a warning; or another thread's pattern went through meanwhile
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
