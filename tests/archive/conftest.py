"""A generated archive of 120 monthly issues (2015年第1期 … 2024年第12期), written once per session;
tests that change files copy it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..issues import write_archive

COUNT = 120


@pytest.fixture(scope="session")
def archive_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive-master")
    write_archive(folder, COUNT)
    return folder


@pytest.fixture
def archive(archive_master: Path, tmp_path: Path) -> Path:
    """A copy of the 120-issue archive this test may change."""
    folder = tmp_path / "archive"
    shutil.copytree(archive_master, folder)
    return folder


@pytest.fixture(autouse=True)
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's cache folder (where search indexes live), empty for each test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setenv("LOCALAPPDATA", str(folder))
    return folder
