"""``bulletin preview``'s PDF: complete, or no change and one line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import SAMPLE

pytest.importorskip("PySide6")


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 kB file system: room for an old preview, not for the sample's new one (200 kB)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _preview(target: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor_app.cli", "preview", str(SAMPLE), "-o", str(target),
                           *options], capture_output=True, text=True, timeout=120, check=False)


def test_full_disk_keeps_the_old_preview(full_disk: Path) -> None:
    old = full_disk / "preview.pdf"
    old.write_bytes(b"%PDF-1.4 old preview\n%%EOF\n")
    result = _preview(old, "--force")
    assert result.returncode == 2
    assert result.stderr.strip() == f"{old}: 保存失败，原文件未改动：磁盘空间不足，请腾出空间后重试"
    assert old.read_bytes() == b"%PDF-1.4 old preview\n%%EOF\n"
    assert [p.name for p in full_disk.iterdir()] == ["preview.pdf"]


def test_preview_is_a_complete_pdf(tmp_path: Path, qapp) -> None:
    from editor_app.issue.issue_file import load_issue
    from editor_app.layout.profile import load_profile
    from editor_app.render.layout import paginate
    from editor_app.render.pdf import pdf_bytes

    data = pdf_bytes(paginate(load_issue(SAMPLE), load_profile()))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_an_unfinished_pdf_is_refused(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """QPainter.end() failing (its only report of a failed write) is an error, not a file."""
    from editor_app.errors import UserFacingError
    from editor_app.issue.issue_file import load_issue
    from editor_app.layout.profile import load_profile
    from editor_app.render import painter
    from editor_app.render.layout import paginate
    from editor_app.render.pdf import pdf_bytes

    real = painter.render_pages
    monkeypatch.setattr(painter, "render_pages", lambda pages, device: real(pages, device) and False)
    with pytest.raises(UserFacingError, match="未能完整生成"):
        pdf_bytes(paginate(load_issue(SAMPLE), load_profile()))
