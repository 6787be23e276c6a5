"""``bulletin preview``'s PDF: complete, or no change and one line."""

from __future__ import annotations

import os
import re
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


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("preview") / "sample.pdf"
    assert _preview(target).returncode == 0
    return target


def test_bold_text_is_drawn_once(sample_pdf: Path) -> None:
    """Qt fakes a missing bold face by drawing twice; readers then read ““中中国国… ."""
    from pypdf import PdfReader

    headline = "“中国城市双碳指数”新鲜出炉，成都整体排名第二。"
    project = "内江新希望农牧科技有限公司绿色低碳先进技术示范工程项目"
    text = "".join(page.extract_text() for page in PdfReader(sample_pdf).pages).replace("\n", "")
    assert text.count(headline) == 1 and "““" not in text
    assert text.count(project) == 1
    poppler = subprocess.run(["pdftotext", str(sample_pdf), "-"], capture_output=True, text=True, check=True)
    assert poppler.stdout.replace("\n", "").count(headline) == 1


def test_title_and_bookmarks(sample_pdf: Path) -> None:
    """Titled like the Word export; a bookmark for the masthead, each section and the closing."""
    from pypdf import PdfReader
    from pypdf.generic import Destination

    reader = PdfReader(sample_pdf)
    assert reader.metadata is not None and reader.metadata.title == "双碳资讯 2023年第9期"
    outline = [mark for mark in reader.outline if isinstance(mark, Destination)]  # no nested levels
    assert len(outline) == len(reader.outline)
    marks = [(mark.title, reader.get_destination_page_number(mark)) for mark in outline]
    assert marks == [("双碳资讯 2023年第9期", 0), ("一、特别关注", 0), ("二、省内双碳信息", 0),
                     ("三、兴城双碳行动", 2), ("四、成都兴城双碳研究院动态", 2), ("关于成都兴城双碳研究院", 3)]
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "3", "-l", "3", str(sample_pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    heading = re.search(r'yMin="([0-9.]+)"[^>]*>四、成都兴城双碳研究院动态<', bbox)
    assert heading is not None
    # The bookmark shows the heading's line from its top (PDF y counts up from the foot).
    assert 842 - float(outline[4].top or 0) == pytest.approx(float(heading.group(1)), abs=8)
