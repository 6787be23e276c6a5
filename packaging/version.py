"""Print the version of the project, read from pyproject.toml (the only place it is kept).

Used by the PyInstaller spec, build-linux.sh and the Windows/macOS commands in README.md.
Works on Python 3.10 (no tomllib) by falling back to a plain search of [project].
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def project_version(pyproject: Path = PYPROJECT) -> str:
    text = pyproject.read_text(encoding="utf-8")
    try:
        import tomllib  # pyright: ignore[reportMissingImports]  (checked as 3.10, which lacks it)
    except ModuleNotFoundError:  # Python 3.10
        section = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
        match = re.search(r'^version\s*=\s*"([^"]+)"', section.group(1) if section else "", re.M)
        if not match:
            raise SystemExit(f"{pyproject}: no [project] version") from None
        return match.group(1)
    return str(tomllib.loads(text)["project"]["version"])


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four integers for Windows version resources (``0.1.0rc1`` -> ``(0, 1, 0, 0)``)."""
    parts = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:3]]
    return tuple([*parts, 0, 0, 0, 0][:4])  # type: ignore[return-value]


if __name__ == "__main__":
    print(project_version())
    sys.exit(0)
