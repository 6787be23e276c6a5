"""Page set-up of the exported document: page size, margins, grid, page-number footers, font table."""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.part import PartFactory, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Emu, Length
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from ...layout.profile import Profile
from .ooxml import PPR_ORDER, ordered_child, set_fonts
from .styles import paragraph_style

PAGE_NUMBER_STYLE = "page_number"
GB2312_CHARSET = "86"

# Parse the font table as XML (python-docx keeps unknown parts as opaque bytes) so that the
# exporter can add the profile's fonts with their w:altName.
PartFactory.part_type_for.setdefault(CONTENT_TYPE.WML_FONT_TABLE, XmlPart)


def setup_page(document: Document, profile: Profile) -> Section:
    """The profile's page size, margins and line grid, on the document's one section."""
    page = profile.page
    section = document.sections[0]
    section.page_width = mm_to_emu(page.width_mm)
    section.page_height = mm_to_emu(page.height_mm)
    section.top_margin = mm_to_emu(page.margin_top_mm)
    section.bottom_margin = mm_to_emu(page.margin_bottom_mm)
    section.left_margin = mm_to_emu(page.margin_left_mm)
    section.right_margin = mm_to_emu(page.margin_right_mm)
    section.header_distance = mm_to_emu(page.header_mm)
    section.footer_distance = mm_to_emu(page.footer_mm)
    grid = section._sectPr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(page.line_pitch_twips))
    return section


def mm_to_emu(value: float) -> Length:
    """Millimetres as EMU, rounded to whole twips so that Word shows round values."""
    twips = round(value * 1440 / 25.4)
    return Emu(twips * 635)


def add_page_numbers(document: Document, section: Section, profile: Profile) -> None:
    """``— N —`` with a real PAGE field: odd pages right, even pages left, one character in."""
    document.settings.odd_and_even_pages_header_footer = True
    style_name = profile.styles[PAGE_NUMBER_STYLE].word_name
    one_char = str(round(profile.styles[PAGE_NUMBER_STYLE].size * 20))
    odd = section.footer.paragraphs[0]
    even = section.even_page_footer.paragraphs[0]
    for paragraph, side, align in ((odd, "right", WD_ALIGN_PARAGRAPH.RIGHT),
                                   (even, "left", WD_ALIGN_PARAGRAPH.LEFT)):
        paragraph.style = paragraph_style(document.styles[style_name])
        paragraph.alignment = align
        ordered_child(paragraph._p.get_or_add_pPr(), "ind", PPR_ORDER,
                      **{side: one_char, f"{side}Chars": "100"})
        _page_number_runs(paragraph, profile)


def _page_number_runs(paragraph: Paragraph, profile: Profile) -> None:
    before, _, after = profile.texts.page_number.partition("{page}")
    role = profile.font_of(PAGE_NUMBER_STYLE)
    if before:
        set_fonts(paragraph.add_run(before)._r.get_or_add_rPr(), role.east_asian)
    _field(paragraph, "PAGE", "1")
    if after:
        set_fonts(paragraph.add_run(after)._r.get_or_add_rPr(), role.east_asian)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (begin, instruction, separate, current result, end)."""
    paragraph.add_run()._r.append(_fld_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(_fld_char("separate"))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(_fld_char("end"))


def _fld_char(kind: str) -> _Element:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def set_chinese_settings(document: Document, profile: Profile) -> None:
    """``w:themeFontLang`` East Asian language to the profile's (the template says ja-JP)."""
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is None:
        lang = OxmlElement("w:themeFontLang")
        settings.append(lang)  # position in the template is already correct when present
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), profile.language)


def add_font_table_entries(document: Document, profile: Profile) -> None:
    """Each profile font in the font table, with the fallback Word should use (w:altName)."""
    part = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    if not isinstance(part, XmlPart):
        return
    fonts = part.element
    known = {f.get(qn("w:name")) for f in fonts.findall(qn("w:font"))}
    for role in profile.fonts.values():
        if role.east_asian in known:
            continue
        known.add(role.east_asian)
        fonts.append(_font_entry(role.east_asian, role.alt))


def _font_entry(name: str, alt: str) -> _Element:
    font = OxmlElement("w:font")
    font.set(qn("w:name"), name)
    children = [("altName", alt)] if alt and alt != name else []
    children += [("charset", GB2312_CHARSET), ("family", "auto"), ("pitch", "variable")]
    for tag, value in children:
        child = OxmlElement(f"w:{tag}")
        child.set(qn("w:val"), value)
        font.append(child)
    return font
