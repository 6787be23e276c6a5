"""What a review copy was made from: the issue file's text as exported, kept in the copy's
custom document properties (``docProps/custom.xml``), which Word, WPS and LibreOffice keep when
they save. Reading a reviewed file compares the reviewer's text with it (a three-way merge),
so edits made in the editor after the export are not taken for the reviewer's.

The text is zlib-compressed, base64-encoded and cut into properties of ``_CHUNK`` characters
(Word cuts longer property values); reading it back is bounded and any damage means "no base".
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
import zlib
from pathlib import Path

import lxml.etree as etree
from lxml.etree import _Element

from ..errors import UserFacingError
from ..issue.issue_file import MAX_FILE_BYTES
from ..issue.model import Issue

_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
PART = "docProps/custom.xml"
_NAME = "双碳资讯导出内容"
_CHUNK = 200
_MAX_CHUNKS = 2 * MAX_FILE_BYTES // _CHUNK


def embed_base(parts: dict[str, bytes], issue_text: str) -> None:
    """Add the issue file's text ``issue_text`` to the package ``parts`` as custom properties."""
    encoded = base64.b64encode(zlib.compress(issue_text.encode("utf-8"), 9)).decode("ascii")
    chunks = [encoded[i:i + _CHUNK] for i in range(0, len(encoded), _CHUNK)]
    root = etree.Element(f"{{{_PROPS}}}Properties", nsmap={None: _PROPS, "vt": _VT})
    for number, chunk in enumerate(chunks):
        prop = etree.SubElement(root, f"{{{_PROPS}}}property",
                                fmtid=_FMTID, pid=str(number + 2), name=f"{_NAME}{number + 1:04d}")
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = chunk
    parts[PART] = etree.tostring(root, encoding="UTF-8", standalone=True)
    parts["_rels/.rels"] = with_child(parts["_rels/.rels"], "Relationship",
                                       {"Type": _REL, "Target": PART}, "Id")
    parts["[Content_Types].xml"] = with_child(parts["[Content_Types].xml"], "Override",
                                               {"PartName": "/" + PART, "ContentType": _TYPE})


def with_child(data: bytes, tag: str, attributes: dict[str, str], id_name: str = "") -> bytes:
    """The package part ``data`` (relationships, content types) with a ``tag`` child of
    ``attributes`` added; ``id_name``: the attribute that takes the next free ``rIdN``."""
    root = etree.fromstring(data)
    namespace = root.tag.partition("}")[0][1:]
    if id_name:
        taken = {child.get(id_name) for child in root}
        attributes = {id_name: next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken),
                      **attributes}
    etree.SubElement(root, f"{{{namespace}}}{tag}", attributes)
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def safe_xml(data: bytes) -> _Element:
    """A part of a reviewed file, parsed without entities, network or huge trees (the file
    comes from outside)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def read_base(data: bytes | None) -> str | None:
    """The issue file's text kept in ``docProps/custom.xml`` (``data``); None when absent,
    cut short or damaged."""
    if data is None:
        return None
    try:
        root = safe_xml(data)
        chunks: dict[int, str] = {}
        for prop in root.iter(f"{{{_PROPS}}}property"):
            name = prop.get("name", "")
            if name.startswith(_NAME) and name[len(_NAME):].isdigit():
                chunks[int(name[len(_NAME):])] = "".join(prop.itertext()).strip()
        if not chunks or len(chunks) > _MAX_CHUNKS or sorted(chunks) != list(range(1, len(chunks) + 1)):
            return None
        inflate = zlib.decompressobj()
        text = inflate.decompress(base64.b64decode("".join(chunks[n] for n in sorted(chunks)), validate=True),
                                  MAX_FILE_BYTES)
        if inflate.unconsumed_tail or not inflate.eof:
            return None
        return text.decode("utf-8")
    except (etree.XMLSyntaxError, binascii.Error, zlib.error, UnicodeDecodeError, ValueError):
        return None


def exported_issue(path: Path) -> Issue:
    """The issue as it was exported into the review copy (or the reviewed file) at ``path``;
    UserFacingError when the file keeps none."""
    from ..importing.word import read_package
    from ..issue.issue_file import parse_issue

    with zipfile.ZipFile(io.BytesIO(read_package(path))) as archive:
        data = archive.read(PART) if PART in archive.namelist() else None
    text = read_base(data)
    try:
        if text is not None:
            return parse_issue(text, path)
    except UserFacingError:
        pass
    raise UserFacingError(path, "这个 Word 文件中没有导出时的内容（不是本工具导出的审阅稿，或已损坏）；"
                                "请选择上次导出的审阅稿，或改用 --since 指定期刊文件")
