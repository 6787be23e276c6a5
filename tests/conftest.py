"""Shared fixtures. Tests never reach outside the repository."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The faces LibreOffice renders with, for Qt too (as `bulletin preview` does: render/fonts.py).
os.environ.setdefault("FONTCONFIG_FILE", str(Path(__file__).resolve().parent.parent
                                             / "resources" / "fontconfig" / "fonts.conf"))

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "issue_templates"
SAMPLE = TEMPLATES / "bulletin-2023-09-25.yaml"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def user_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's settings folder, empty: installed profiles are the bundled ones only.

    Session-scoped and set in the environment (not with monkeypatch) so that property tests
    may use it too; GUI tests set their own per test.
    """
    config = tmp_path_factory.mktemp("config")
    os.environ["XDG_CONFIG_HOME"] = os.environ["APPDATA"] = str(config)
    # Built templates are cached in a scratch folder, never in the user's own cache.
    os.environ["XDG_CACHE_HOME"] = os.environ["LOCALAPPDATA"] = str(tmp_path_factory.mktemp("cache"))
    return config


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A writable copy of the structured sample issue."""
    target = tmp_path / "sample.yaml"
    shutil.copy(SAMPLE, target)
    return target


@pytest.fixture
def sample_issue():
    from editor_app.issue.issue_file import load_issue

    return load_issue(SAMPLE)


def sample_with_distribution():
    """The sample issue with its 版记 (distribution lines) filled in."""
    from editor_app.issue.issue_file import load_issue

    issue = load_issue(SAMPLE)
    dist = issue.distribution
    dist.report, dist.send, dist.issue = "四川省国资委，成都市国资委", "集团领导，集团各部门", "集团各子公司"
    dist.print_count = 30
    return issue


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice, the reviewers' real client. Required in CI; skipped elsewhere if absent."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI; .ci/run installs it")
        pytest.skip("LibreOffice is not installed")
    return found
