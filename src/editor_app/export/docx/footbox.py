"""The 版记 at the foot of the last page, as a typist sets it in Word.

The distribution paragraphs keep their named style and go, one to a row, into a table whose
borders are the rules (outer rules thicker than the ones between: paragraph borders would be
drawn twice between paragraphs by LibreOffice). The table sits in a text box aligned to the
bottom of the type area, anchored in a last, empty paragraph whose exact line height is the
box's height. That paragraph reserves the room: when the text leaves too
little of the last page, it moves to a new page and takes the box with it, so the 版记 never
covers text. Word, WPS and LibreOffice all read the DrawingML box (``wps:wsp``); older
readers get Word's VML fallback with the same paragraphs.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import _Element

from ...layout.foot import TRAILER_PT
from ...layout.profile import Rule

EMU_PER_PT = 12700
EMU_PER_TWIP = 635
TRAILER_TWIPS = round(TRAILER_PT * 20)  # a text box ends with a paragraph, after the table
Z_ORDER = 251659264  # what Word gives the first shape of a document

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)

# The anchor paragraph: no grid snapping (LibreOffice would round the line to whole grid
# lines), exact height; the text box, bottom-aligned in the type area, in front of the empty
# paragraph that reserves its room, growing to its text and keeping that text at its foot.
_TEMPLATE = """<w:p {ns}><w:pPr><w:snapToGrid w:val="0"/>
<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/></w:pPr>
<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>
<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="1" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent/></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" anchorCtr="0">
<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="FootBox" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" style="{vml_style}">
<v:textbox style="mso-fit-shape-to-text:t" inset="0,0,0,0"><w:txbxContent/></v:textbox>
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"""


_TABLE = """<w:tbl {ns}><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>
<w:tblLayout w:type="fixed"/>
<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>
<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid></w:tbl>"""
_ROW = '<w:tr {ns}><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr></w:tc></w:tr>'
_TRAILER = """<w:p {ns}><w:pPr><w:snapToGrid w:val="0"/>
<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/></w:pPr></w:p>"""


def foot_box(paragraphs: Sequence[_Element], name: str, rule: Rule | None, width_emu: int,
             height_pt: float) -> _Element:
    """The anchor paragraph whose text box holds ``paragraphs`` (moved there) at the page foot."""
    content = [_ruled_table(paragraphs, rule, width_emu // EMU_PER_TWIP),
               parse_xml(_TRAILER.format(ns=_NAMESPACES, line=TRAILER_TWIPS))]
    height_emu = round(height_pt * EMU_PER_PT)
    xml = _TEMPLATE.format(
        ns=_NAMESPACES, line=round(height_pt * 20), z=Z_ORDER, cx=width_emu, cy=height_emu,
        name=name, vml_style=_vml_style(width_emu, height_emu),
    )
    anchor = parse_xml(xml)  # the parser drops the whitespace between elements
    choice, fallback = anchor.iter(qn("w:txbxContent"))
    for element in content:
        fallback.append(copy.deepcopy(element))
        choice.append(element)
    return anchor


def _ruled_table(paragraphs: Sequence[_Element], rule: Rule | None, width_twips: int) -> _Element:
    """One row per paragraph; the rule above, below and between the rows as table borders."""
    table = parse_xml(_TABLE.format(ns=_NAMESPACES, width=width_twips, borders=_borders(rule)))
    for paragraph in paragraphs:
        row = parse_xml(_ROW.format(ns=_NAMESPACES, width=width_twips))
        row.find(qn("w:tc")).append(paragraph)
        table.append(row)
    return table


def _borders(rule: Rule | None) -> str:
    """w:tblBorders children in schema order: rules across, none down the sides."""
    outer = rule.size_eighths if rule else 0
    color = rule.color if rule else ""  # used only where a rule gives a size
    sizes = {"top": outer, "left": 0, "bottom": outer, "right": 0,
             "insideH": (rule.inner_size_eighths or outer) if rule else 0, "insideV": 0}
    return "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>' if size
        else f'<w:{side} w:val="nil"/>'
        for side, size in sizes.items()
    )


def _vml_style(width_emu: int, height_emu: int) -> str:
    """The fallback shape's position and size, as Word writes them."""
    return ";".join((
        "position:absolute", "margin-left:0", "margin-top:0", f"width:{_pt(width_emu)}pt",
        f"height:{_pt(height_emu)}pt", f"z-index:{Z_ORDER}", "mso-wrap-style:square",
        "mso-position-horizontal:left", "mso-position-horizontal-relative:margin",
        "mso-position-vertical:bottom", "mso-position-vertical-relative:margin", "v-text-anchor:bottom",
    ))


def _pt(emu: int) -> str:
    return f"{emu / EMU_PER_PT:.2f}".rstrip("0").rstrip(".")
