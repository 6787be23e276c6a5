"""Importing Word bulletins: files exported by this program, and ones typed by hand.

Exported files are read back by their paragraph styles (the profile's word names); files
without those styles go through the plain-text recognition paragraph by paragraph.
"""

from __future__ import annotations

import datetime as dt
import io
import lzma
import re
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..issue.model import Issue, Item
from ..layout.profile import Profile, load_profile
from .decoding import OLD_WORD, OLE2_SIGNATURE
from .options import ImportOptions, ImportResult
from .project_parse import parse_project
from .text import import_text

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_PARAGRAPHS = 20_000
_CHUNK = 64 * 1024
_ISSUE_LINE = re.compile(r"(\d{4})年第(\d+)期(?:（总第(\d+)期）)?")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def read_package(path: Path) -> bytes:
    """The Word package at ``path`` rebuilt in memory from members read within the limits.

    Refuses what is not a Word file, zip bombs, encrypted or damaged members and XML with
    entity declarations. Sizes are counted as the members inflate: the zip directory's are
    not trusted (a 1.5 MB file claiming 3,000 bytes inflated 2 GiB in one read); python-docx
    then reads only the verified bytes, stored uncompressed.
    """
    with open(path, "rb") as fh:
        if fh.read(len(OLE2_SIGNATURE)) == OLE2_SIGNATURE:
            raise UserFacingError(path, OLD_WORD)
    if not zipfile.is_zipfile(path):
        raise UserFacingError(path, "这不是 Word（.docx）文件；旧版 .doc 请先在 Word 中另存为 .docx")
    try:
        with zipfile.ZipFile(path) as package:
            members = _read_members(path, package)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserFacingError(path, f"文件已损坏，无法读取（{exc}）；请在 Word 中打开并另存后重试") from exc
    if "word/document.xml" not in members:
        raise UserFacingError(path, "文件中没有 Word 正文（word/document.xml），不是 Word 文档")
    for name, data in members.items():
        if name.endswith((".xml", ".rels")) and (b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]):
            raise UserFacingError(path, f"部件 {name} 含有 XML 实体声明，为安全起见拒绝导入")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as verified:
        for name, data in members.items():
            verified.writestr(name, data)
    return buffer.getvalue()


def _read_members(path: Path, package: zipfile.ZipFile) -> dict[str, bytes]:
    members = [m for m in package.infolist() if not m.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise UserFacingError(path, f"文件包含 {len(members)} 个部件，超过 {MAX_MEMBERS} 个上限，拒绝导入")
    read: dict[str, bytes] = {}
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise UserFacingError(path, f"部件 {member.filename} 已加密，无法读取；请在 Word 中取消密码后另存")
        chunks = []
        try:
            with package.open(member) as data:
                while chunk := data.read(_CHUNK):
                    total += len(chunk)
                    if total > MAX_UNCOMPRESSED:
                        raise UserFacingError(path, f"解压后超过 {MAX_UNCOMPRESSED // 2**20} MB 上限，"
                                                    "拒绝导入（疑似压缩炸弹）")
                    chunks.append(chunk)
        except NotImplementedError as exc:
            raise UserFacingError(path, f"部件 {member.filename} 的压缩方式不受支持（{exc}）；"
                                        "请在 Word 中打开并另存后重试") from exc
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError) as exc:
            raise UserFacingError(path, f"部件 {member.filename} 已损坏，无法读取（{exc}）；"
                                        "请在 Word 中打开并另存后重试") from exc
        read[member.filename] = b"".join(chunks)
    return read


def _style_keys(profile: Profile) -> dict[str, str]:
    return {style.word_name: key for key, style in profile.styles.items()}


def _masthead(issue: Issue, key: str, text: str) -> None:
    if key == "issue_line" and (match := _ISSUE_LINE.search(text)):
        issue.masthead.year, issue.masthead.number = int(match[1]), int(match[2])
        issue.masthead.total_number = int(match[3]) if match[3] else None
    elif key == "issuer_line":
        issuer, _, date = text.partition("\t")
        issue.masthead.issuer = issuer.strip()
        if match := _DATE.search(date):
            try:
                issue.masthead.date = dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                issue.masthead.date = match[0]


def _structured(paragraphs: list[tuple[str, str]], profile: Profile) -> Issue:
    """Paragraphs as (profile style key, text) → issue."""
    issue = Issue(profile=profile.name)
    sections = {title: key for key, title in profile.sections.items()}
    labels = {label: key for key, label in profile.texts.distribution.items()}
    count = re.compile(re.escape(profile.texts.print_count).replace(r"\{count\}", r"(\d+)"))
    current = ""
    for key, text in paragraphs:
        if key in ("issue_line", "issuer_line"):
            _masthead(issue, key, text)
        elif key == "section_heading":
            current = sections.get(text, current)
        elif key == "item_headline" and current:
            issue.news(current).items.append(Item(headline=text, paragraphs=[]))
        elif key == "body" and current == "xingcheng_action":
            issue.sections.xingcheng_action.introduction += text
        elif key == "body" and current:
            items = issue.news(current).items
            if items and items[-1].headline:
                items[-1].paragraphs.append(text)
            else:
                items.append(Item(paragraphs=[text]))
        elif key == "project":
            project = parse_project(text)
            if project is not None:
                issue.sections.xingcheng_action.projects.append(project)
        elif key == "closing_heading":
            issue.closing.heading = "" if text == profile.closing.heading else text
        elif key == "closing_text":
            issue.closing.text = "" if text == profile.closing.text else text
        elif key == "distribution":
            label = next((lab for lab in labels if text.startswith(lab)), None)
            if label:
                setattr(issue.distribution, labels[label], text[len(label):])
            elif match := count.fullmatch(text):
                issue.distribution.print_count = int(match[1])
    for key in ("special_focus", "provincial_news", "institute_news"):
        for item in issue.news(key).items:
            item.paragraphs = item.paragraphs or [""]
    return issue


_PARAGRAPHS = "w:p | w:p//w:txbxContent//w:p[not(ancestor::mc:Fallback)]"
_NAMESPACES = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
               "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}


def _paragraphs(document: DocxDocument) -> list[Paragraph]:
    """Body paragraphs and, after their anchor, those of text boxes (the 版记 of exported
    files), without the copy in a text box's VML fallback."""
    from docx.text.paragraph import Paragraph
    from lxml import etree

    found = etree.XPath(_PARAGRAPHS, namespaces=_NAMESPACES)(document.element.body)
    return [Paragraph(p, document._body) for p in found]


def import_docx(path: Path, options: ImportOptions, profile: Profile | None = None) -> ImportResult:
    import docx

    package = read_package(path)
    try:
        document = docx.Document(io.BytesIO(package))
    except Exception as exc:  # python-docx raises many kinds on damaged packages
        raise UserFacingError(path, f"无法打开 Word 文件（{type(exc).__name__}）；文件可能已损坏") from exc
    paragraphs = _paragraphs(document)
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise UserFacingError(path, f"文件有 {len(paragraphs)} 段，超过 {MAX_PARAGRAPHS} 段上限，拒绝导入")
    profile = profile or load_profile()
    keys = _style_keys(profile)
    styled = [(keys.get(p.style.name if p.style is not None else ""), p.text) for p in paragraphs]
    if any(key == "section_heading" for key, _ in styled):
        issue = _structured([(k, t) for k, t in styled if k and t], profile)
        return ImportResult(issue, ["按本程序导出的样式读取"], steps=None)
    result = import_text("\n".join(text for _, text in styled), options)
    result.notes.insert(0, "没有本程序的样式，按文字识别结构")
    return result
