"""Regular expressions compiled by earlier runs (``storage.pattern_cache``): a pattern two
runs compiled is taken from the file by later ones and matches exactly as compiled anew; a
damaged or foreign file, or one others may write, is never used; the file is written with the
bytecode's permissions, only when something changed, and stays bounded."""

from __future__ import annotations

import marshal
import os
import re
import stat
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from editor_app.issue import model_data, numbers
from editor_app.storage import pattern_cache
from editor_app.storage.pattern_cache import compile_arguments, interpreter_key

from ..conftest import SAMPLE

SRC = Path(__file__).resolve().parents[2] / "src"
# Compiled by no library: seen in the cache only because the first process compiled it.
OWN_PATTERN = r"(?P<year>\d{4})年(?P<month>\d{1,2})月·双碳(?:资讯)?"
PROBE = "2023年9月·双碳资讯 and 1999年12月·双碳"


def _python(code: str, scratch: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter whose bytecode (and so the pattern cache) is kept under
    ``scratch``, written even where the environment says not to write bytecode."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ.update(PYTHONPATH=str(SRC), PYTHONPYCACHEPREFIX=str(scratch), XDG_CACHE_HOME=str(scratch / "xdg"),
                   **env)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=environ,
                          check=False, timeout=60)


def _cache_path(scratch: Path) -> Path:
    """Where a process run by ``_python`` keeps the file: beside the module's bytecode."""
    own = pattern_cache.cache_path()
    assert own is not None
    return scratch / Path(pattern_cache.__file__).parent.relative_to("/") / own.name


def _entries(path: Path) -> list[tuple[int, tuple]]:
    entries = pattern_cache.contents_of(path.read_bytes())[0]
    assert entries, "not a whole file of this program for this interpreter"
    return entries


def _candidates(path: Path) -> list[int]:
    return pattern_cache.contents_of(path.read_bytes())[1]


def _file(entries: Any, *, key: str | None = None, header: bytes = pattern_cache.HEADER) -> bytes:
    """A file as ``record`` writes it (a right CRC) holding ``entries``."""
    payload = marshal.dumps((interpreter_key() if key is None else key, entries, []))
    return header + zlib.crc32(payload).to_bytes(4, "little") + payload


OWN_FINGERPRINT = pattern_cache._fingerprint((str, OWN_PATTERN, 0))


SEEDED_CHECK = (
    "import re, sys\nimport editor_app\nfrom editor_app.storage import pattern_cache\n"
    "key = (str, sys.argv[1], 0)\n"
    "print('seeded' if key in pattern_cache._seeded and re._cache.get(key) is not None else 'compiled')\n"
    "print([m.groupdict() for m in re.finditer(sys.argv[1], sys.argv[2])])\n"
)


def test_a_pattern_two_runs_compiled_comes_from_the_file_in_the_next(tmp_path: Path) -> None:
    runs = [_python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE) for _ in range(3)]
    expected = str([m.groupdict() for m in re.finditer(OWN_PATTERN, PROBE)])
    assert [run.stdout.splitlines() for run in runs] == [
        ["compiled", expected], ["compiled", expected], ["seeded", expected]], runs[-1].stderr


def test_a_pattern_whose_text_changes_from_run_to_run_is_not_kept(tmp_path: Path) -> None:
    """As pypinyin's, built from sets in hash order: the file does not grow with them."""
    code = "import os, re\nimport editor_app\nre.compile(f'volatile-{os.getpid()}-[a-z]+')\n"
    for _ in range(3):
        assert _python(code, tmp_path).returncode == 0
    path = _cache_path(tmp_path)
    assert not [a for _, a in pattern_cache.contents_of(path.read_bytes())[0] if "volatile-" in str(a[0])]


def test_every_cached_pattern_is_the_code_python_compiles_for_it(tmp_path: Path) -> None:
    """After a real command, each entry holds exactly what ``re`` gives ``_sre.compile`` for
    its pattern now, and the pattern made from it matches as a fresh compile does."""
    for _ in range(2):
        done = _python("from editor_app import cli; cli.run()", tmp_path, "validate", str(SAMPLE))
        assert done.returncode == 0, done.stderr
    entries = _entries(_cache_path(tmp_path))
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


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped byte", "another interpreter's",
                                    "another program's", "code _sre refuses", "not a list", "a length of 2**31"])
def test_a_damaged_or_foreign_file_is_never_used_and_is_replaced(tmp_path: Path, damage: str) -> None:
    good = tmp_path / "good"
    for _ in range(2):
        assert _python(SEEDED_CHECK, good, OWN_PATTERN, PROBE).returncode == 0
    content = _cache_path(good).read_bytes()
    entries = _entries(_cache_path(good))
    contents = {
        "garbage": os.urandom(4096),
        "truncated": content[: len(content) // 2],
        "flipped byte": content[:-40] + bytes([content[-40] ^ 1]) + content[-39:],
        "another interpreter's": _file(entries, key=interpreter_key() + " other"),
        "another program's": _file(entries, header=b"someone else's patterns 2\n"),
        "code _sre refuses": _file([(0, (OWN_PATTERN, 32, [17, 9999, 3, 1], 2, {"year": 1, "month": 2},
                                         (None, "year", "month")))]),
        "not a list": _file("entries"),
        # marshal asked for a tuple of 2**31 - 1 items: gigabytes, were it read before the checks
        "a length of 2**31": b"(\xff\xff\xff\x7f",
    }
    damaged = tmp_path / "damaged"
    path = _cache_path(damaged)
    _write(path, contents[damage])
    done = _python(SEEDED_CHECK, damaged, OWN_PATTERN, PROBE)
    expected = str([m.groupdict() for m in re.finditer(OWN_PATTERN, PROBE)])
    assert (done.stdout.splitlines(), done.stderr) == (["compiled", expected], "")
    assert OWN_FINGERPRINT in _candidates(path)  # rewritten whole


def test_a_fifo_or_folder_in_place_of_the_file_neither_blocks_nor_fails(tmp_path: Path) -> None:
    for kind in ("fifo", "folder"):
        path = _cache_path(tmp_path / kind)
        path.parent.mkdir(parents=True)
        os.mkfifo(path) if kind == "fifo" else path.mkdir()
        done = _python(SEEDED_CHECK, tmp_path / kind, OWN_PATTERN, PROBE)  # a blocked read would time out
        assert (done.returncode, done.stdout.splitlines()[0], done.stderr) == (0, "compiled", "")


def test_an_unwritable_place_costs_nothing_but_the_compiles(tmp_path: Path) -> None:
    scratch = tmp_path / "pyc"
    scratch.write_text("a file where the bytecode folder should be")
    done = _python("from editor_app import cli; cli.run()", scratch, "validate", str(SAMPLE))
    assert (done.returncode, done.stderr) == (0, f"{SAMPLE}: 0 个错误，0 个警告\n")
    assert scratch.read_text() == "a file where the bytecode folder should be"


def test_the_file_is_written_only_when_a_run_compiled_what_it_lacks(tmp_path: Path) -> None:
    command = ("from editor_app import cli; cli.run()", tmp_path, "validate", str(SAMPLE))
    for _ in range(2):  # seen once, then kept
        assert _python(*command).returncode == 0
    path = _cache_path(tmp_path)
    written = path.stat()
    for _ in range(2):
        assert _python(*command).returncode == 0
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    assert _python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE).returncode == 0  # a new pattern
    assert OWN_FINGERPRINT in _candidates(path)


def test_the_file_has_the_bytecode_s_permissions_and_is_not_used_when_others_may_write_it(
        tmp_path: Path) -> None:
    umask_zero = "import os\nos.umask(0)\n" + SEEDED_CHECK
    for _ in range(2):
        assert _python(umask_zero, tmp_path, OWN_PATTERN, PROBE).returncode == 0
    path = _cache_path(tmp_path)
    source_mode = stat.S_IMODE(Path(pattern_cache.__file__).stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) == (source_mode | 0o200) & 0o666  # not 0o666
    assert _python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE).stdout.startswith("seeded")
    path.chmod(0o666)  # anyone may now change the code the next run would run
    assert _python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE).stdout.startswith("compiled")


def test_nothing_is_compiled_again_for_a_place_that_cannot_be_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(pattern_cache, "cache_path", lambda: blocked / "__pycache__" / "pattern_cache.x.marshal")
    monkeypatch.setattr(pattern_cache, "compile_arguments", lambda *_: pytest.fail("compiled for nothing"))
    re.compile(OWN_PATTERN + "(?:unwritable)?")
    pattern_cache._record()
    assert blocked.read_text() == "not a folder"


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    done = _python(SEEDED_CHECK, tmp_path, OWN_PATTERN, PROBE, PYTHONDONTWRITEBYTECODE="1")
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.rglob("*.marshal"))


def test_a_pattern_that_warns_still_warns_in_every_run(tmp_path: Path) -> None:
    code = "import editor_app, re\nre.compile('[[:alpha:]]x')\n"
    for _ in range(2):
        done = _python(code, tmp_path, PYTHONWARNINGS="default")
        assert done.returncode == 0
        assert done.stderr.count("FutureWarning: Possible nested set") == 1, done.stderr


def test_the_file_stays_bounded(tmp_path: Path) -> None:
    """Runs compiling more patterns than the file holds keep the newest of them."""
    code = ("import re, sys\nimport editor_app\n"
            f"for n in range({pattern_cache.MAX_ENTRIES + 50}):\n    re.compile(f'x{{n}}y+')\n")
    for _ in range(3):
        assert _python(code, tmp_path).returncode == 0
        entries, candidates = pattern_cache.contents_of(_cache_path(tmp_path).read_bytes())
        assert len(entries) <= pattern_cache.MAX_ENTRIES
        assert len(candidates) <= pattern_cache.MAX_CANDIDATES
    assert len(entries) == pattern_cache.MAX_ENTRIES


def test_compile_arguments_are_plain_data_that_make_the_same_pattern() -> None:
    for pattern, flags in [(OWN_PATTERN, 0), (rb"(?i)[a-z]+\d", 0), ("é+", re.IGNORECASE), (r"\w+", re.ASCII)]:
        arguments = compile_arguments(pattern, int(flags))
        assert arguments is not None
        marshal.dumps(arguments)  # no int subclass (the opcodes are) nor object left
        made = pattern_cache._sre.compile(*arguments)
        assert (made.pattern, made.flags) == (re.compile(pattern, flags).pattern, re.compile(pattern, flags).flags)
