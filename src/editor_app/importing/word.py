"""Importing Word bulletins: files exported by this program, and ones typed by hand.

Exported files are read back by their paragraph styles (the profile's word names); files
without those styles go through the plain-text recognition paragraph by paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..issue.model import Issue, Item
from ..layout.profile import Profile, load_profile
from .options import ImportOptions, ImportResult
from .project_parse import parse_project
from .text import import_text

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000
MAX_PARAGRAPHS = 20_000
_ISSUE_LINE = re.compile(r"(\d{4})年第(\d+)期(?:（总第(\d+)期）)?")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def check_package(path: Path) -> None:
    """Refuse what is not a Word file, zip bombs and XML with entity declarations."""
    if not zipfile.is_zipfile(path):
        raise UserFacingError(path, "这不是 Word（.docx）文件；旧版 .doc 请先在 Word 中另存为 .docx")
    with zipfile.ZipFile(path) as package:
        members = package.infolist()
        if len(members) > MAX_MEMBERS:
            raise UserFacingError(path, f"文件包含 {len(members)} 个部件，过多，拒绝导入")
        total = sum(m.file_size for m in members)
        if total > MAX_UNCOMPRESSED:
            raise UserFacingError(path, f"解压后有 {total // 2**20} MB，超过 50 MB 上限，拒绝导入（疑似压缩炸弹）")
        for member in members:
            if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
                raise UserFacingError(path, f"部件 {member.filename} 的压缩比异常，拒绝导入（疑似压缩炸弹）")
        names = {m.filename for m in members}
        if "word/document.xml" not in names:
            raise UserFacingError(path, "文件中没有 Word 正文（word/document.xml），不是 Word 文档")
        for name in names:
            if name.endswith((".xml", ".rels")):
                head = package.read(name)[:4096]
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise UserFacingError(path, f"部件 {name} 含有 XML 实体声明，为安全起见拒绝导入")


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
    import lxml.etree as etree
    from docx.text.paragraph import Paragraph

    found = etree.XPath(_PARAGRAPHS, namespaces=_NAMESPACES)(document.element.body)
    return [Paragraph(p, document._body) for p in found]


def import_docx(path: Path, options: ImportOptions, profile: Profile | None = None) -> ImportResult:
    import docx

    check_package(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on damaged packages
        raise UserFacingError(path, f"无法打开 Word 文件（{type(exc).__name__}）；文件可能已损坏") from exc
    paragraphs = _paragraphs(document)
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise UserFacingError(path, f"文件有 {len(paragraphs)} 段，超过 {MAX_PARAGRAPHS} 段上限，拒绝导入")
    profile = profile or load_profile()
    keys = _style_keys(profile)
    styled = [(keys.get(p.style.name or "" if p.style is not None else ""), p.text) for p in paragraphs]
    if any(key == "section_heading" for key, _ in styled):
        issue = _structured([(k, t) for k, t in styled if k and t], profile)
        return ImportResult(issue, ["按本程序导出的样式读取"], steps=None)
    result = import_text("\n".join(text for _, text in styled), options)
    result.notes.insert(0, "没有本程序的样式，按文字识别结构")
    return result
