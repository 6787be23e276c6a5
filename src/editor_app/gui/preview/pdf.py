"""``bulletin preview``: the preview's pages drawn into a PDF, offscreen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ...atomic import write_atomic
from ...issue_file import load_issue
from ...profile import load_profile

if TYPE_CHECKING:
    from .layout import Pages


def write_pdf(pages: Pages, target: Path) -> None:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from .painter import render_pages

    writer = QPdfWriter(str(target))
    writer.setResolution(1200)
    size = QPageSize(QSizeF(pages.profile.page.width_mm, pages.profile.page.height_mm),
                     QPageSize.Unit.Millimeter)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(pages.profile.title)
    render_pages(pages, writer)


def preview_to_pdf(source: Path, target: Path, profile: str | None = None) -> int:
    """Lay out ``source`` and write its pages to ``target``; returns the page count."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .layout import paginate

    issue = load_issue(source)
    app = QGuiApplication.instance() or QGuiApplication([])
    pages = paginate(issue, load_profile(profile or issue.profile))
    write_atomic(Path(target), lambda tmp: write_pdf(pages, tmp))
    del app
    return len(pages.pages)
