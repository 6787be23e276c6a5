"""``bulletin preview``: the preview's pages drawn into a PDF, offscreen."""

from __future__ import annotations

import io
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..issue.issue_file import load_issue
from ..issue.textclean import strip_control
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
    writer.setTitle(document_title(pages))
    finished = render_pages(pages, writer)
    del writer  # the document is complete once the writer is gone
    data = bytes(buffer.data().data())
    if not finished or not data.rstrip().endswith(b"%%EOF"):
        raise PdfIncomplete(None, "预览 PDF 未能完整生成，未写入任何文件；请重试")
    families = [cjk_family(role) for role in pages.profile.fonts.values()]
    return _finish(unify_radicals(data, families), pages)


def document_title(pages: Pages) -> str:
    """The title the Word export gives the issue too: 双碳资讯 2023年第9期."""
    line = next((b.text for b in pages.blocks if b.style == "issue_line"), "")
    return strip_control(f"{pages.profile.title} {line}".strip())[0]


# Bookmarks: the masthead, each section heading and the closing block's heading.
_OUTLINED = ("masthead_title", "section_heading", "closing_heading")


def outline(pages: Pages) -> list[tuple[str, int, float]]:
    """(title, page index, top of the block in PDF points from the page's foot) per bookmark."""
    from .fonts import UNITS_PER_PT

    marks = []
    for index, page in enumerate(pages.pages):
        for placed in page.blocks:
            block = pages.blocks[placed.block_index]
            if block.style in _OUTLINED and placed.first_line == 0:
                title = document_title(pages) if block.style == "masthead_title" else block.text
                top = (pages.height - pages.top - placed.top) / UNITS_PER_PT
                marks.append((strip_control(title)[0], index, top))
    return marks


# Qt's PDF engine makes a bold face it lacks by drawing the glyphs twice, the second time a
# hair to the side inside an empty ActualText span; readers that ignore the span read every
# character twice (““中中国国…). One draw filled and stroked (text render mode 2) with a line
# as wide as that offset looks the same and holds the text once.
_DOUBLE_DRAW = re.compile(
    rb"BT\n((?:(?!ET\n).)*?)1 0 0 -1 0 0 Tm\n/Span << /ActualText <> >> BDC\n((?:(?!EMC\n).)*?)EMC\n",
    re.DOTALL)
_FIRST_X = re.compile(rb"(-?[0-9.]+) -?[0-9.]+ Td")
_FILL = re.compile(rb"([0-9. ]+) scn\n(?:/GSa gs\n)?$")


def _stroked(content: bytes) -> bytes:
    def single(match: re.Match[bytes]) -> bytes:
        first, second = _FIRST_X.search(match.group(1)), _FIRST_X.search(match.group(2))
        width = abs(float(first.group(1)) - float(second.group(1))) if first and second else 0.0
        fill = _FILL.search(content, max(0, match.start() - 80), match.start())  # right before BT
        stroke = b"%s SCN " % fill.group(1) if fill else b""
        return b"BT\n%s2 Tr %.4f w\n%s0 Tr\n" % (stroke, width, match.group(1))

    return _DOUBLE_DRAW.sub(single, content)


def _finish(data: bytes, pages: Pages) -> bytes:
    """Single text for bold runs, the issue's title and an outline of bookmarks."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import Fit

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        contents = page.get_contents()
        if contents is not None:
            original = contents.get_data()
            stroked = _stroked(original)
            if stroked != original:
                contents.set_data(stroked)
                page.replace_contents(contents)
    writer.add_metadata({"/Title": document_title(pages)})
    for title, index, top in outline(pages):
        writer.add_outline_item(title=title, page_number=index, fit=Fit.xyz(left=0, top=top))
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


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

    from .fonts import use_render_fonts
    from .layout import paginate

    use_render_fonts()

    issue = load_issue(source)
    app = QGuiApplication.instance() or QGuiApplication([])
    pages = paginate(issue, load_profile(profile) if profile is not None else load_named(issue.profile))
    write_atomic(Path(target), pdf_bytes(pages))
    del app
    return len(pages.pages)
