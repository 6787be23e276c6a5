"""Paragraph styles of the exported document, all values from the layout profile."""

from __future__ import annotations

import msgspec
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import BaseStyle, ParagraphStyle

from ...layout.profile import Profile, Style
from .ooxml import PPR_ORDER, RPR_ORDER, ordered_child, set_border, set_fonts, strip_theme_fonts

BODY_STYLE = "body"  # Normal takes the body's font and size
TAB_STYLE = "issuer_line"  # issuer left, date at a right tab stop
SINGLE_LINE_TWIPS = 240

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def apply_styles(document: Document, profile: Profile) -> dict[str, str]:
    """Set up document defaults, Normal and one named style per profile style.

    Returns the Word name of each profile style key.
    """
    _drop_styles_with_effects(document)
    styles_root = document.styles.element
    strip_theme_fonts(styles_root)
    _set_defaults(styles_root, profile)
    _set_normal(paragraph_style(document.styles["Normal"]), profile)
    names = {}
    for key, spec in profile.styles.items():
        _drop_template_style(document, spec.word_name)
        style = paragraph_style(document.styles.add_style(spec.word_name, WD_STYLE_TYPE.PARAGRAPH))
        style.base_style = document.styles["Normal"]
        style.quick_style = True
        _set_style(style, spec, profile)
        if key == TAB_STYLE:
            style.paragraph_format.tab_stops.add_tab_stop(
                Twips(profile.page.right_tab_twips), WD_TAB_ALIGNMENT.RIGHT
            )
        names[key] = spec.word_name
    return names


def paragraph_style(style: BaseStyle) -> ParagraphStyle:
    """``style``, a paragraph style (python-docx types look-ups and new styles as BaseStyle)."""
    assert isinstance(style, ParagraphStyle), style.name
    return style
def _drop_template_style(document: Document, name: str) -> None:
    """A profile style named as one of the template's (``Title``) replaces it: Word compares
    style names ignoring case and spaces. Normal stays (the profile refuses the name).

    The template's styles that point at the one dropped (``Title Char`` linked to it, a style
    based on it) point nowhere, or at Normal, instead: Word repairs a dangling reference.
    """
    key = name.replace(" ", "").casefold()
    for style in list(document.styles):
        if style.name and style.name.replace(" ", "").casefold() == key and style.name != "Normal":
            dropped = style.style_id
            style.delete()
            for ref in list(document.styles.element.iter(qn("w:link"), qn("w:next"), qn("w:basedOn"))):
                if ref.get(qn("w:val")) != dropped:
                    continue
                if ref.tag == qn("w:basedOn"):
                    ref.set(qn("w:val"), "Normal")
                else:
                    ref.getparent().remove(ref)


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_styles_with_effects(document: Document) -> None:
    """Remove the template's Word 2010 copy of the styles (word/stylesWithEffects.xml).

    The copy would lack the profile's styles and defaults, a mismatch Word takes for damage
    and offers to repair. Word 2013 and later neither need nor write the part.
    """
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            part.drop_rel(rel_id)


def _set_defaults(styles_root, profile: Profile) -> None:
    """Document defaults: Chinese as the East Asian language, no theme fonts."""
    rpr = styles_root.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ordered_child(rpr, "lang", RPR_ORDER, val="en-US", eastAsia=profile.language, bidi="ar-SA")


def _set_normal(style: ParagraphStyle, profile: Profile) -> None:
    """Normal: body font and size, grid line pitch, no template spacing, tightened characters."""
    body = profile.styles[BODY_STYLE]
    role = profile.font_of(BODY_STYLE)
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr, role.east_asian, role.latin)
    style.font.size = Pt(body.size)
    spacing_twentieths = round(profile.page.body_char_spacing_pt * 20)
    if spacing_twentieths:
        ordered_child(rpr, "spacing", RPR_ORDER, val=str(spacing_twentieths))
    _set_spacing(style, msgspec.structs.replace(body, space_before_pt=0, space_after_pt=0, line="exact"),
                 profile)
    # Official style puts no gap between Chinese and digits or Latin letters: turn off the
    # automatic one Word adds by default (LibreOffice ignores these: export/pdf.py).
    ppr = style.element.get_or_add_pPr()
    # Hanging punctuation on, as Word has it when the element is omitted (ECMA-376 §17.3.1.21),
    # so Word is unchanged; LibreOffice's Word import reads the flag inverted and stops hanging
    # marks, which with the tightened spacing it would otherwise leave undrawn.
    # See docs/output-decisions.md.
    ordered_child(ppr, "overflowPunct", PPR_ORDER, val="1")
    ordered_child(ppr, "autoSpaceDE", PPR_ORDER, val="0")
    ordered_child(ppr, "autoSpaceDN", PPR_ORDER, val="0")


def _set_style(style: ParagraphStyle, spec: Style, profile: Profile) -> None:
    role = profile.fonts[spec.font]
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr, role.east_asian, spec.latin_font or role.latin)
    style.font.size = Pt(spec.size)
    style.font.bold = spec.bold
    style.font.color.rgb = RGBColor.from_string(spec.color.upper())
    ppr = style.element.get_or_add_pPr()
    if spec.rule_above:
        set_border(ppr, "top", spec.rule_above)
    if spec.rule_below:
        set_border(ppr, "bottom", spec.rule_below)
    # rule_between (the 版记's rules) is drawn by the table footbox puts the paragraphs in
    fmt = style.paragraph_format
    fmt.alignment = _ALIGN[spec.align]
    fmt.keep_with_next = spec.keep_with_next or None
    _set_spacing(style, spec, profile)
    _set_indent(style, spec)
    if spec.outline_level is not None:  # Word counts outline levels from 0
        ordered_child(ppr, "outlineLvl", PPR_ORDER, val=str(spec.outline_level - 1))


def _set_spacing(style: ParagraphStyle, spec: Style, profile: Profile) -> None:
    exact = spec.line == "exact"
    ordered_child(
        style.element.get_or_add_pPr(), "spacing", PPR_ORDER,
        before=str(round(spec.space_before_pt * 20)),
        after=str(round(spec.space_after_pt * 20)),
        line=str(profile.page.line_pitch_twips if exact else SINGLE_LINE_TWIPS),
        lineRule="exact" if exact else "auto",
    )


def _set_indent(style: ParagraphStyle, spec: Style) -> None:
    """First-line indent in characters (Word's ``firstLineChars``), with a twips fallback."""
    if not spec.indent_chars:
        return
    ordered_child(
        style.element.get_or_add_pPr(), "ind", PPR_ORDER,
        firstLineChars=str(round(spec.indent_chars * 100)),
        firstLine=str(round(spec.indent_chars * spec.size * 20)),
    )
