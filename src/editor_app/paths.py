"""Where bundled data lives, installed (inside the package) or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    bundled = _PACKAGE / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent.parent / name  # src layout: <repo>/src/editor_app


def resources_dir() -> Path:
    return _data_dir("resources")


def templates_dir() -> Path:
    return _data_dir("issue_templates")


def profiles_dir() -> Path:
    return resources_dir() / "profiles"


def template_path(name: str) -> Path:
    """A template by its name (``blank``) or file name (``blank.yaml``)."""
    stem = name[:-5] if name.endswith(".yaml") else name
    return templates_dir() / f"{stem}.yaml"


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.yaml"))
