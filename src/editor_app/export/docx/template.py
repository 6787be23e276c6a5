"""What python-docx's default template brings that a bulletin must not carry.

The template is a Word 2010 document saved on a Mac: compatibility mode 14 (Word 2013 and
later open it in 兼容模式), extended properties that claim "Microsoft Macintosh Word", one page
and no words, a thumbnail of a blank US Letter page, an APA bibliography store, list
definitions and 175 English styles the bulletin never uses.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml.etree import _Element

APP_PART = "docProps/app.xml"
WORD_2013_MODE = "15"  # compatibilityMode of Word 2013 and later: no 兼容模式
APPLICATION = "Bulletin Editor"

# Parts only the template refers to: the package's thumbnail, the document's list
# definitions (whose levels name the template's List Bullet/Number styles) and bibliography.
_UNUSED_PACKAGE_RELS = (RT.THUMBNAIL,)
_UNUSED_DOCUMENT_RELS = (RT.NUMBERING, RT.CUSTOM_XML)


def drop_unused_parts(document: Document) -> None:
    """Remove the template's thumbnail, numbering and custom XML parts with their relationships.

    Word writes a thumbnail only when asked to (w:savePreviewPicture, dropped too); a package
    keeps only the parts its relationships reach, so these are not written.
    """
    package = document.part.package
    assert package is not None  # a document part always belongs to its package
    for rels, unused in ((package.rels, _UNUSED_PACKAGE_RELS), (document.part.rels, _UNUSED_DOCUMENT_RELS)):
        for rel_id in [rel_id for rel_id, rel in rels.items() if rel.reltype in unused]:
            del rels[rel_id]
    settings = document.settings.element
    for element in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(element)


def set_word_2013_mode(document: Document) -> None:
    """``compatibilityMode`` 15, so that Word lays the document out as a current document."""
    for setting in document.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), WORD_2013_MODE)


def app_properties(version: str) -> bytes:
    """docProps/app.xml naming this program; no page, word or line counts, which only a
    program that lays the pages out can state truthfully (Word recounts them on saving)."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{escape(f'{APPLICATION} {version}')}</Application>"
        "<DocSecurity>0</DocSecurity></Properties>"
    ).encode()


def drop_unused_styles(styles_root: _Element, used_ids: set[str]) -> None:
    """Keep the styles in ``used_ids``, the four defaults Word expects (Normal, Default
    Paragraph Font, Normal Table, No List) and the styles these are based on or link to."""
    styles = {s.get(qn("w:styleId")): s for s in styles_root.findall(qn("w:style"))}
    keep = set(used_ids) | {i for i, s in styles.items() if s.get(qn("w:default")) in ("1", "true", "on")}
    pending = list(keep)
    while pending:
        style = styles.get(pending.pop())
        if style is None:
            continue
        for tag in ("basedOn", "next", "link"):
            ref = style.find(qn(f"w:{tag}"))
            target = ref.get(qn("w:val")) if ref is not None else None
            if target and target not in keep:
                keep.add(target)
                pending.append(target)
    for style_id, style in styles.items():
        if style_id not in keep:
            styles_root.remove(style)

