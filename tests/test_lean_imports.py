"""The libraries' import-time work the program avoids (``editor_app.lean_imports``) changes
nothing they do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from editor_app.lean_imports import SAME_CHARACTERS, YAML_NON_PRINTABLE

from .conftest import SAMPLE

SRC = Path(__file__).resolve().parent.parent / "src"
EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def _run(code: str, scratch: Path) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter whose bytecode, and so the pattern cache, is kept under
    ``scratch``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(SRC), PYTHONPYCACHEPREFIX=str(scratch))
    return subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, check=False,
                          env=env)


def test_the_quick_pattern_refuses_exactly_the_characters_pyyaml_refuses() -> None:
    # re.UNICODE is a str pattern's default: the same pattern, compiled anew (another cache key).
    pyyamls = re.compile(YAML_NON_PRINTABLE, re.UNICODE)
    assert re.compile(SAME_CHARACTERS).findall(EVERY_CHARACTER) == pyyamls.findall(EVERY_CHARACTER)


def test_pyyaml_gets_the_quick_pattern_and_still_refuses_what_yaml_cannot_hold(tmp_path: Path) -> None:
    """With no pattern cache yet, the quick pattern; once the cache holds PyYAML's own pattern
    compiled (two runs compiled it), that one."""
    code = ("import sys\nimport editor_app, yaml\n"
            "print(yaml.reader.Reader.NON_PRINTABLE.pattern == editor_app.lean_imports.SAME_CHARACTERS)\n"
            "try:\n    yaml.load('a: \\x07', Loader=yaml.SafeLoader)\nexcept yaml.reader.ReaderError as exc:\n"
            "    print(exc)\n"
            "print(yaml.load('a: 中\\xa0文\\U0001F600', Loader=yaml.SafeLoader) == {'a': '中\\xa0文\\U0001F600'})")
    for quick in ("True", "True", "False"):
        done = _run(code, tmp_path)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert [lines[0], lines[1], lines[-1]] == [
            quick, "unacceptable character #x0007: special characters are not allowed", "True"]


def test_msgspec_works_on_without_its_typing_backports(tmp_path: Path) -> None:
    """msgspec is loaded with typing_extensions kept out: it takes its type hints from
    Python's typing, reads issues, and typing_extensions can be imported afterwards
    (python-docx needs it)."""
    code = ("import sys\nimport editor_app\nimport msgspec._utils\n"
            "assert 'typing_extensions' not in sys.modules\n"
            "assert msgspec._utils._get_type_hints.__module__ == 'typing'\n"
            "from editor_app.issue.issue_file import load_issue\nimport typing_extensions\n"
            "print(load_issue(sys.argv[1]).masthead.number)")
    done = _run(code, tmp_path)
    assert (done.returncode, done.stdout) == (0, "9\n"), done.stderr
