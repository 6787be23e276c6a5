"""``bulletin preview``: the preview's pages drawn into a PDF, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from ...atomic import write_atomic
from ...issue_file import load_issue
from ...profile import load_profile


def write_pdf(pages, target: Path) -> None:  # pages: layout.Pages
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from .painter import paint_page

    writer = QPdfWriter(str(target))
    writer.setResolution(1200)
    size = QPageSize(QSizeF(pages.profile.page.width_mm, pages.profile.page.height_mm),
                     QPageSize.Unit.Millimeter)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(pages.profile.title)
    painter = QPainter(writer)
    scale = writer.width() / pages.width
    painter.scale(scale, scale)
    for index in range(len(pages.pages)):
        if index:
            writer.newPage()
        paint_page(painter, pages, index)
    painter.end()


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
