"""Each ``bulletin`` command imports only what it needs: a whole process of ``validate`` or
``export`` is mostly interpreter start-up and imports (bench/export_bench.py has the times)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

from .conftest import SAMPLE

SRC = Path(__file__).resolve().parent.parent / "src"

_LOADED = """
import sys
import zipfile
from editor_app import cli
status = cli.main(sys.argv[2:])
print(status, *sorted(set(sys.argv[1].split()) & set(sys.modules)))
"""


def _bulletin(*args: str, code: str = _LOADED, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-c", code, *args], env={**os.environ, "PYTHONPATH": path, **(env or {})},
                          capture_output=True, text=True, check=False)


def test_validate_loads_neither_export_nor_metadata() -> None:
    # lxml and python-docx: Word export; importlib.metadata: the version, which only --version
    # prints; hashlib: its OpenSSL takes 3–7 ms to load, and no command needs it;
    # typing_extensions (msgspec's backports) and dataclasses: each loads inspect, with ast and
    # dis, a tenth of the whole command; archive and review: other commands' modules.
    unwanted = ("lxml docx importlib.metadata hashlib PySide6 editor_app.export typing_extensions "
                "inspect dataclasses editor_app.archive editor_app.review")
    done = _bulletin(unwanted, "validate", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0"]


def test_export_from_a_cached_template_loads_neither_python_docx_nor_hashlib(tmp_path: Path) -> None:
    env_cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    unwanted = "docx importlib.metadata hashlib PySide6 typing_extensions editor_app.archive editor_app.review"
    command = ("export", str(SAMPLE), "-o", str(tmp_path / "out.docx"), "--force")
    built = _bulletin(unwanted, *command, env=env_cache).stdout.splitlines()[-1]
    # python-docx (which loads hashlib and typing_extensions) built it
    assert built.split() == ["0", "docx", "hashlib", "typing_extensions"]
    cached = _bulletin(unwanted, *command, env=env_cache).stdout.splitlines()[-1]
    assert cached.split() == ["0"]


def test_version_is_printed_when_asked_for() -> None:
    done = _bulletin("--version", code="import sys\nfrom editor_app import cli\ncli.main(sys.argv[1:])")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"bulletin {version('editor_app')}\n"


_ENTRY = "from editor_app.cli import run; run()"  # what the installed `bulletin` script runs


def test_the_entry_point_exits_with_the_status_and_all_its_output(tmp_path: Path) -> None:
    """``run`` skips the interpreter's teardown: its output is flushed and its files whole."""
    target = tmp_path / "out.docx"
    exported = _bulletin("export", str(SAMPLE), "-o", str(target), code=_ENTRY)
    assert (exported.returncode, exported.stdout) == (0, f"已导出 {target}\n")
    with zipfile.ZipFile(target) as package:
        assert package.testzip() is None
    checked = _bulletin("validate", str(SAMPLE), str(tmp_path / "missing.yaml"), code=_ENTRY)
    assert checked.returncode == 2
    assert checked.stderr.splitlines()[0] == f"{SAMPLE}: 0 个错误，0 个警告"
    assert checked.stderr.splitlines()[1].startswith(str(tmp_path / "missing.yaml"))
    assert len(checked.stderr.splitlines()) == 2


def test_only_the_named_command_is_built_but_help_and_errors_list_them_all() -> None:
    code = "import sys\nfrom editor_app import cli\ncli.main(sys.argv[1:])"
    commands = ["new", "validate", "export", "import", "profiles", "preview", "archive", "review"]
    for args in (["--help"], ["-h", "validate"], ["--help", "export"]):
        listed = _bulletin(*args, code=code)
        assert listed.returncode == 0 and all(f"    {name}" in listed.stdout for name in commands), listed.stdout
    every = "(choose from " + ", ".join(f"'{n}'" for n in commands) + ")"
    for wrong in ("valdate", "--"):
        misspelt = _bulletin(wrong, "validate", str(SAMPLE), code=code)
        assert misspelt.returncode == 2
        assert f"invalid choice: '{wrong}' {every}" in misspelt.stderr, misspelt.stderr
    for args in (["validate", "--help"], ["archive", "list", "--help"], ["review", "apply", "--help"]):
        shown = _bulletin(*args, code=code)
        assert shown.returncode == 0 and shown.stdout.startswith(f"usage: bulletin {' '.join(args[:-1])} "), shown
    missing = _bulletin("validate", code=code)
    assert missing.returncode == 2
    assert "bulletin validate: error: the following arguments are required: FILE" in missing.stderr
