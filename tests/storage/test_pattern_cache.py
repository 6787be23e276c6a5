"""Regular expressions compiled by earlier runs (``storage.pattern_cache``): a later process
gets them from the cache and they match exactly as compiled anew; a corrupt, foreign or
forged file is never used, and the file is rewritten whole."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import yaml

from editor_app.issue import model_data, numbers
from editor_app.storage import pattern_cache
from editor_app.storage.pattern_cache import TAG, compile_arguments, interpreter_key

from ..conftest import SAMPLE

SRC = Path(__file__).resolve().parents[2] / "src"
# Compiled by no library: seen in the cache only because the first process compiled it.
OWN_PATTERN = r"(?P<year>\d{4})年(?P<month>\d{1,2})月·双碳(?:资讯)?"
PROBE = "2023年9月·双碳资讯 and 1999年12月·双碳"


def _python(code: str, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_CACHE_HOME": str(cache), "LOCALAPPDATA": str(cache)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          check=False, timeout=60)


def _cache_file(cache: Path) -> Path:
    files = list((cache / "bulletin-editor" / "patterns").glob("*.marshal"))
    assert len(files) == 1, files
    return files[0]


def _entries(path: Path) -> list[tuple[int, tuple]]:
    tag, key, crc, payload = marshal.loads(path.read_bytes())
    assert (tag, key, crc) == (TAG, interpreter_key(), zlib.crc32(payload))
    return marshal.loads(payload)


SEEDED_CHECK = (
    "import re, sys\nimport editor_app\nfrom editor_app.storage import pattern_cache\n"
    "key = (str, sys.argv[1], 0)\n"
    "print('seeded' if key in pattern_cache._seeded and re._cache.get(key) is not None else 'compiled')\n"
    "print([m.groupdict() for m in re.finditer(sys.argv[1], sys.argv[2])])\n"
)


def test_a_later_process_gets_the_patterns_an_earlier_one_compiled(tmp_path: Path) -> None:
    first = _python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE)
    second = _python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE)
    expected = str([m.groupdict() for m in re.finditer(OWN_PATTERN, PROBE)])
    assert first.stdout.splitlines() == ["compiled", expected], first.stderr
    assert second.stdout.splitlines() == ["seeded", expected], second.stderr


def test_every_cached_pattern_is_the_code_python_compiles_for_it(tmp_path: Path) -> None:
    """After a real command, each entry holds exactly what ``re`` gives ``_sre.compile`` for
    its pattern now, and the pattern made from it matches as a fresh compile does."""
    done = _python("from editor_app import cli; cli.run()", tmp_path, "validate", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    entries = _entries(_cache_file(tmp_path))
    patterns = {arguments[0] for _, arguments in entries}
    # The program's own patterns and its libraries' (PyYAML's resolver) are there.
    assert {model_data._ERROR.pattern, numbers._PLAIN.pattern, yaml.resolver.Resolver.yaml_implicit_resolvers[
        "t"][0][1].pattern} <= patterns
    texts = [PROBE, SAMPLE.read_text(encoding="utf-8"), "a: 1\n- b\n2023-09-25 true 1_000 .5e3 ~"]
    for flags, arguments in entries:
        assert compile_arguments(arguments[0], flags) == arguments, arguments[0]
        cached = pattern_cache._sre.compile(*arguments)
        fresh = re._compiler.compile(arguments[0], flags)  # type: ignore[attr-defined]  # around re's cache
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            subject = text if isinstance(arguments[0], str) else text.encode()
            assert [m.span() for m in cached.finditer(subject)] == [m.span() for m in fresh.finditer(subject)]


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _forged(code: list[int]) -> bytes:
    """A well-formed file whose entry for OWN_PATTERN carries ``code``."""
    payload = marshal.dumps([(0, (OWN_PATTERN, 32, code, 2, {"year": 1, "month": 2}, (None, "year", "month")))])
    return marshal.dumps((TAG, interpreter_key(), zlib.crc32(payload), payload))


def _good_file(tmp_path: Path) -> bytes:
    done = _python(SEEDED_CHECK, tmp_path / "good", OWN_PATTERN, PROBE)
    assert done.returncode == 0, done.stderr
    return _cache_file(tmp_path / "good").read_bytes()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped byte", "foreign interpreter", "other tag",
                                    "invalid code", "code of another pattern", "not a list"])
def test_a_damaged_or_foreign_file_is_never_used_and_is_replaced(tmp_path: Path, damage: str) -> None:
    good = _good_file(tmp_path)
    tag, key, crc, payload = marshal.loads(good)
    other = marshal.dumps([(0, pattern_cache.compile_arguments("x", 0))])
    contents = {
        "garbage": os.urandom(4096),
        "truncated": good[: len(good) // 2],
        "flipped byte": good[:-40] + bytes([good[-40] ^ 1]) + good[-39:],
        "foreign interpreter": marshal.dumps((tag, key + " other", crc, payload)),
        "other tag": marshal.dumps(("someone else's patterns", key, crc, payload)),
        "invalid code": _forged([17, 9999, 3, 1]),
        "code of another pattern": marshal.dumps(
            (TAG, interpreter_key(), zlib.crc32(other), other)).replace(b"x", b"y"),
        "not a list": marshal.dumps((TAG, interpreter_key(), zlib.crc32(b"\xe9"), b"\xe9")),
    }
    cache = tmp_path / "damaged"
    path = cache / "bulletin-editor" / "patterns" / _cache_file(tmp_path / "good").name
    _write(path, contents[damage])
    done = _python(SEEDED_CHECK, cache, OWN_PATTERN, PROBE)
    expected = str([m.groupdict() for m in re.finditer(OWN_PATTERN, PROBE)])
    assert done.stdout.splitlines() == ["compiled", expected], done.stderr
    assert done.stderr == ""
    assert any(arguments[0] == OWN_PATTERN for _, arguments in _entries(path))  # rewritten whole


def test_a_fifo_or_folder_in_place_of_the_file_neither_blocks_nor_fails(tmp_path: Path) -> None:
    name = _cache_file_name()
    for kind in ("fifo", "folder"):
        cache = tmp_path / kind
        path = cache / "bulletin-editor" / "patterns" / name
        path.parent.mkdir(parents=True)
        os.mkfifo(path) if kind == "fifo" else path.mkdir()
        done = _python(SEEDED_CHECK, cache, OWN_PATTERN, PROBE)  # a blocked read would time out
        assert (done.returncode, done.stdout.splitlines()[0], done.stderr) == (0, "compiled", "")


def _cache_file_name() -> str:
    return pattern_cache.cache_path().name


def test_an_unwritable_cache_folder_costs_nothing_but_the_compiles(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.write_text("a file where the folder should be")
    done = _python("from editor_app import cli; cli.run()", cache, "validate", str(SAMPLE))
    assert (done.returncode, done.stderr) == (0, f"{SAMPLE}: 0 个错误，0 个警告\n")
    assert cache.read_text() == "a file where the folder should be"


def test_the_file_stays_bounded(tmp_path: Path) -> None:
    """A run compiling more new patterns than the file holds starts the file again."""
    code = ("import re, sys\nimport editor_app\n"
            f"for n in range({pattern_cache.MAX_ENTRIES + 50}):\n    re.compile(f'x{{n}}y+')\n")
    for _ in range(2):
        assert _python(code, tmp_path).returncode == 0
        assert len(_entries(_cache_file(tmp_path))) <= pattern_cache.MAX_ENTRIES


def test_compile_arguments_are_plain_data_that_make_the_same_pattern() -> None:
    for pattern, flags in [(OWN_PATTERN, 0), (rb"(?i)[a-z]+\d", 0), ("é+", re.IGNORECASE), (r"\w+", re.ASCII)]:
        arguments = compile_arguments(pattern, int(flags))
        assert arguments is not None
        marshal.dumps(arguments)  # no int subclass (the opcodes are) nor object left
        made = pattern_cache._sre.compile(*arguments)
        assert (made.pattern, made.flags) == (re.compile(pattern, flags).pattern, re.compile(pattern, flags).flags)
