"""``bulletin preview``: the preview's pages drawn into a PDF, offscreen."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..issue.issue_file import load_issue
from ..layout.profile import load_named, load_profile
from ..storage.atomic import write_atomic

if TYPE_CHECKING:
    from .layout import Pages


class PdfIncomplete(UserFacingError):
    """Qt's PDF writer did not finish the document (it reports failures only this way)."""


def pdf_bytes(pages: Pages) -> bytes:
    """The pages as a PDF document, made in memory and checked to be complete.

    QPdfWriter writing to a file ignores failed writes (a full disk gave a 0-byte PDF and no
    error), so it writes into a buffer here; the caller stores the bytes with Python's checked
    writes (``write_atomic``).
    """
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from .fonts import cjk_family
    from .painter import render_pages

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    size = QPageSize(QSizeF(pages.profile.page.width_mm, pages.profile.page.height_mm),
                     QPageSize.Unit.Millimeter)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(pages.profile.title)
    finished = render_pages(pages, writer)
    del writer  # the document is complete once the writer is gone
    data = bytes(buffer.data().data())
    if not finished or not data.rstrip().endswith(b"%%EOF"):
        raise PdfIncomplete(None, "预览 PDF 未能完整生成，未写入任何文件；请重试")
    families = [cjk_family(role) for role in pages.profile.fonts.values()]
    return unify_radicals(data, families)


def write_pdf(pages: Pages, target: Path) -> None:
    """Write the pages' PDF at ``target`` (the temporary file of a ``write_atomic``)."""
    target.write_bytes(pdf_bytes(pages))


# A text-map entry naming a CJK or Kangxi radical (U+2E80 to U+2FDF).
_RADICAL_ENTRY = re.compile(rb"<2[EF][0-9A-F]{2}>")
_RADICALS = "".join(map(chr, range(0x2E80, 0x2FE0)))
_IDEOGRAPHS = "".join(map(chr, range(0x4E00, 0xA000)))


@lru_cache(maxsize=16)
def _ideographs_of_radicals(family: str) -> dict[int, int]:
    """The ideograph drawn with the same glyph as each radical, in ``family``."""
    from PySide6.QtGui import QFont, QRawFont

    raw = QRawFont.fromFont(QFont(family))
    by_glyph: dict[int, str] = {}
    for ideograph, glyph in zip(_IDEOGRAPHS, raw.glyphIndexesForString(_IDEOGRAPHS), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, ideograph)
    return {ord(radical): ord(by_glyph[glyph])
            for radical, glyph in zip(_RADICALS, raw.glyphIndexesForString(_RADICALS), strict=True)
            if glyph in by_glyph}


def unify_radicals(pdf: bytes, families: list[str]) -> bytes:
    """Map glyphs back to the ideographs of the text, not to look-alike radicals.

    Noto CJK draws 一 and the Kangxi radical ⼀ (长 and ⻓ …) with one glyph; Qt's PDF writer
    maps each glyph to the lowest code point that uses it, so copied text (and pdftotext)
    read ⼀、特别关注. The entries keep their length, so the file's offsets stay right.
    """
    table: dict[int, int] = {}
    for family in families:
        for radical, ideograph in _ideographs_of_radicals(family).items():
            table.setdefault(radical, ideograph)

    def unified(entry: re.Match[bytes]) -> bytes:
        code = int(entry.group(0)[1:-1], 16)
        return b"<%04X>" % table[code] if code in table else entry.group(0)

    return re.sub(rb"begin(bfrange|bfchar).*?endbf(range|char)",
                  lambda block: _RADICAL_ENTRY.sub(unified, block.group(0)), pdf, flags=re.DOTALL)


def preview_to_pdf(source: Path, target: Path, profile: str | None = None) -> int:
    """Lay out ``source`` and write its pages to ``target``; returns the page count."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .layout import paginate

    issue = load_issue(source)
    app = QGuiApplication.instance() or QGuiApplication([])
    pages = paginate(issue, load_profile(profile) if profile is not None else load_named(issue.profile))
    write_atomic(Path(target), pdf_bytes(pages))
    del app
    return len(pages.pages)
