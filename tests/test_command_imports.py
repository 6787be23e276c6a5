"""Each ``bulletin`` command imports only what it needs: a whole process of ``validate`` or
``export`` is mostly interpreter start-up and imports (bench/export_bench.py has the times)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from .conftest import SAMPLE

SRC = Path(__file__).resolve().parent.parent / "src"

_LOADED = """
import sys
from editor_app import cli
status = cli.main(sys.argv[2:])
print(status, *sorted(set(sys.argv[1].split()) & set(sys.modules)))
"""


def _bulletin(*args: str, code: str = _LOADED) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          check=False)


def test_validate_loads_neither_export_nor_metadata() -> None:
    # lxml and python-docx: Word export; importlib.metadata: the version, which only --version
    # prints; hashlib: only writing a file names its temporary file with it.
    unwanted = "lxml docx importlib.metadata hashlib PySide6 editor_app.export"
    done = _bulletin(unwanted, "validate", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0"]


def test_version_is_printed_when_asked_for() -> None:
    done = _bulletin("--version", code="import sys\nfrom editor_app import cli\ncli.main(sys.argv[1:])")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"bulletin {version('editor_app')}\n"
