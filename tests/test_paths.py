"""The user's folders: where settings, profiles and caches go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.paths import user_cache_dir, user_config_dir

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG folders are Linux's")


def test_absolute_xdg_folders_are_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert (user_cache_dir(), user_config_dir()) == (tmp_path / "cache" / "bulletin-editor",
                                                     tmp_path / "config" / "bulletin-editor")


@pytest.mark.parametrize("value", ["relcache", "./x", ""])
def test_a_relative_or_empty_xdg_folder_is_ignored(value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As the XDG Base Directory specification says: a command would otherwise write its
    cache into whatever folder it was run from."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", value)
    monkeypatch.setenv("XDG_CONFIG_HOME", value)
    assert (user_cache_dir(), user_config_dir()) == (tmp_path / ".cache" / "bulletin-editor",
                                                     tmp_path / ".config" / "bulletin-editor")
