"""Low-level OOXML helpers for the Word export: children in schema order, fonts, borders.

python-docx covers only part of WordprocessingML; what it lacks is set here directly, always
keeping the schema's child order (LibreOffice silently drops e.g. a ``w:pBdr`` after ``w:jc``).
Names, new elements and parsed fragments are made as python-docx makes them, without importing
it: an export from a cached template never loads python-docx (``template_cache``).
"""

from __future__ import annotations

import lxml.etree as etree
from lxml.etree import _Element

from ...layout.profile import Rule

# Child order of w:pPr (CT_PPrBase + CT_PPr) and w:rPr (EG_RPrBase), ECMA-376 Part 1 §17.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange",
)
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath",
)
PBDR_ORDER = ("top", "left", "bottom", "right", "between", "bar")

NAMESPACES = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
# python-docx's parser: blank text between elements is dropped, entities are not resolved.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def qn(tag: str) -> str:
    """``w:p`` as lxml names it: ``{namespace}p``."""
    prefix, local = tag.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def new_element(tag: str) -> _Element:
    """A loose ``prefix:name`` element declaring its own namespace, as python-docx makes one."""
    prefix = tag.split(":")[0]
    return _PARSER.makeelement(qn(tag), nsmap={prefix: NAMESPACES[prefix]})


def parse_xml(text: str | bytes) -> _Element:
    """An XML fragment parsed as python-docx parses one (no blank text kept)."""
    return etree.fromstring(text, _PARSER)


def ordered_child(
    parent: _Element, tag: str, order: tuple[str, ...], **attrs: str
) -> _Element:
    """The ``w:<tag>`` child of ``parent``, created at its schema position; sets ``attrs``."""
    child = parent.find(qn(f"w:{tag}"))
    if child is None:
        # Made in the parent's document, so that a python-docx tree gets its own element class.
        child = parent.makeelement(qn(f"w:{tag}"), nsmap={"w": NAMESPACES["w"]})
        successors = {qn(f"w:{t}") for t in order[order.index(tag) + 1:]}
        following = next((c for c in parent if c.tag in successors), None)
        if following is None:
            parent.append(child)
        else:
            following.addprevious(child)
    for name, value in attrs.items():
        child.set(qn(f"w:{name}"), value)
    return child


def strip_theme_fonts(root: _Element) -> None:
    """Remove ``w:asciiTheme`` and friends: a theme font wins over the named font."""
    for fonts in root.iter(qn("w:rFonts")):
        for name in list(fonts.attrib):
            if name.lower().endswith("theme"):
                del fonts.attrib[name]


def set_fonts(rpr: _Element, east_asian: str, latin: str | None = None) -> None:
    """East Asian font (with the eastAsia hint) and, when given, the Latin font of ``rpr``."""
    fonts = ordered_child(rpr, "rFonts", RPR_ORDER)
    strip_theme_fonts(fonts)
    if latin is not None:
        for slot in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{slot}"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


def set_border(ppr: _Element, side: str, rule: Rule) -> None:
    """A single-line paragraph border on ``side`` (top, bottom)."""
    border_box = ordered_child(ppr, "pBdr", PPR_ORDER)
    ordered_child(
        border_box, side, PBDR_ORDER,
        val="single", sz=str(rule.size_eighths), space=str(rule.space_pt),
        color=rule.color,
    )
