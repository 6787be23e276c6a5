"""Where bundled data lives, installed (inside the package) or in a source checkout."""

from __future__ import annotations

import os
import sys
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


def user_config_dir() -> Path:
    """The user's settings folder of the program, by the platform's convention."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = _xdg("XDG_CONFIG_HOME", ".config")
    return Path(base) / "bulletin-editor"


def user_cache_dir() -> Path:
    """The user's cache folder of the program: what it holds (Word templates, the archive's
    search index) can be rebuilt, and is."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "bulletin-editor" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "bulletin-editor"
    return Path(_xdg("XDG_CACHE_HOME", ".cache")) / "bulletin-editor"


def _xdg(variable: str, default: str) -> str:
    """An XDG base folder: the variable's path when absolute; a relative one is ignored, as
    the XDG Base Directory specification says (it would land in the current folder)."""
    value = os.environ.get(variable, "")
    return value if os.path.isabs(value) else str(Path.home() / default)


def user_profiles_dir() -> Path:
    """Where an institute puts its own layout profiles (``<name>.yaml``), no code change needed."""
    return user_config_dir() / "profiles"


def template_path(name: str) -> Path:
    """A template by its name (``blank``) or file name (``blank.yaml``)."""
    stem = name[:-5] if name.endswith(".yaml") else name
    return templates_dir() / f"{stem}.yaml"


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.yaml"))


def factors_dir() -> Path:
    """The bundled factor catalogues of the carbon checks (``<name>.yaml``)."""
    return resources_dir() / "factors"


def user_factors_dir() -> Path:
    """Where an institute puts its own factor catalogue, named by its profile."""
    return user_config_dir() / "factors"
