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
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..issue.model import Issue, Item
from ..issue.sections import ACTION, NEWS_KEYS, SPECS, SectionSpec, action_section, news_section
from ..layout.profile import DEFAULT_PROFILE, Profile, ProfileError, installed_profiles, load_named, load_profile
from .decoding import OLD_WORD, OLE2_SIGNATURE
from .options import ImportNotice, ImportOptions, ImportResult
from .project_parse import parse_project
from .text import Headings, import_text

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


def _masthead(issue: Issue, key: str, text: str) -> bool:
    """The issue line or the issuer line into the masthead; whether it was understood."""
    if key == "issue_line":
        if match := _ISSUE_LINE.search(text):
            issue.masthead.year, issue.masthead.number = int(match[1]), int(match[2])
            issue.masthead.total_number = int(match[3]) if match[3] else None
        return match is not None
    issuer, _, date = text.partition("\t")
    issue.masthead.issuer = issuer.strip()
    if match := _DATE.search(date):
        try:
            issue.masthead.date = dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            issue.masthead.date = match[0]
    return bool(match) or not date.strip()


def _start(text: str, length: int = 20) -> str:
    return text if len(text) <= length else text[:length] + "……"


class _Reader:
    """Paragraphs of an exported file, in order, into an issue: each by its style."""

    def __init__(self, profile: Profile, name: str) -> None:
        self.profile = profile
        self.issue = Issue(profile=name)
        self.headings = Headings(profile)
        self.labels = {label: key for key, label in profile.texts.distribution.items()}
        self.count = re.compile(re.escape(profile.texts.print_count).replace(r"\{count\}", r"(\d+)"))
        self.current: SectionSpec | None = None
        self.warnings: list[ImportNotice] = []

    def _title(self, spec: SectionSpec) -> str:
        return self.profile.sections.get(spec.key, spec.key)

    def _section(self) -> SectionSpec:
        """The section text goes to: the current one, the first before any heading."""
        return self.current or SPECS[NEWS_KEYS[0]]

    def body(self, text: str) -> str:
        """A paragraph of body text in the current section; the section's title."""
        spec = self._section()
        if spec.kind == "action":
            action_section(self.issue).introduction += text
        else:
            items = news_section(self.issue, spec.key).items
            if items and items[-1].headline:
                items[-1].paragraphs.append(text)
            else:
                items.append(Item(paragraphs=[text]))
        return self._title(spec)

    def headline(self, text: str, number: int) -> None:
        spec = self._section()
        if spec.kind == "news":
            news_section(self.issue, spec.key).items.append(Item(headline=text, paragraphs=[]))
        else:
            self.body(text)
            self.warnings.append(ImportNotice(
                f"{self._title(spec)}中的条目标题“{_start(text)}”已并入导语，请检查", number))

    def project(self, text: str, number: int) -> None:
        project = parse_project(text)
        if project is not None:
            action_section(self.issue).projects.append(project)
        else:
            action_section(self.issue).introduction += text
            self.warnings.append(ImportNotice(
                f"{self._title(ACTION)}中“{_start(text)}”不是项目句式，已并入导语，请检查", number))

    def read(self, key: str | None, style: str, text: str, number: int) -> None:
        """One paragraph in ``style``, whose key in the profile is ``key`` (None: the profile
        has no such style)."""
        issue, profile = self.issue, self.profile
        if key is None:
            where = self.body(text)
            self.warnings.append(ImportNotice(
                f"样式“{style}”不是版式“{self.issue.profile}”的样式；这一段（{_start(text)}）"
                f"已作为正文放入{where}，请检查", number))
        elif key in ("issue_line", "issuer_line"):
            if not _masthead(issue, key, text):
                self.warnings.append(ImportNotice(f"报头中的“{_start(text)}”无法完全识别，请检查报头", number))
        elif key == "masthead_title":
            if text != profile.title:
                self.warnings.append(ImportNotice(
                    f"刊名“{_start(text)}”与版式的刊名“{profile.title}”不同，刊名按版式印出", number))
        elif key == "section_heading":
            found = self.headings.section(text)
            if found is None:
                self.body(text)
                self.warnings.append(ImportNotice(
                    f"栏目标题“{_start(text)}”不是版式“{self.issue.profile}”的栏目，已作为正文，请检查", number))
            else:
                self.current = SPECS[found]
        elif key == "item_headline":
            self.headline(text, number)
        elif key == "body":
            self.body(text)
        elif key == "project":
            self.project(text, number)
        elif key == "closing_heading":
            issue.closing.heading = "" if text == profile.closing.heading else text
        elif key == "closing_text":
            issue.closing.text = "" if text == profile.closing.text else text
        elif key == "distribution":
            label = next((lab for lab in self.labels if text.startswith(lab)), None)
            if label:
                setattr(issue.distribution, self.labels[label], text[len(label):])
            elif match := self.count.fullmatch(text):
                issue.distribution.print_count = int(match[1])
            else:
                self.warnings.append(ImportNotice(f"版记中的“{_start(text)}”无法识别，未导入，请检查", number))

    def finish(self) -> Issue:
        for key in NEWS_KEYS:
            for item in news_section(self.issue, key).items:
                item.paragraphs = item.paragraphs or [""]
        return self.issue


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


def _match(profile: Profile, styles: list[str], headings: set[str]) -> tuple[int, int]:
    """How well a document fits ``profile``: its paragraphs in the profile's styles, then its
    headings that are the profile's section titles."""
    names = {style.word_name for style in profile.styles.values()}
    return sum(style in names for style in styles), len(headings & set(profile.sections.values()))


def detect_profile(styles: list[str], texts: list[str]) -> tuple[str, Profile]:
    """The installed profile whose style names the paragraphs (``styles``, ``texts``) use
    most, the default one on a tie; its name and the profile."""
    best: tuple[tuple[int, int, bool], str, Profile] | None = None
    for installed in installed_profiles():
        try:
            profile = load_named(installed.name)  # as an imported issue will name it
        except ProfileError:
            continue  # not usable for export either; validation of an issue naming it says why
        heading = profile.styles["section_heading"].word_name
        headings = {text for style, text in zip(styles, texts, strict=True) if style == heading}
        score = (*_match(profile, styles, headings), installed.name == DEFAULT_PROFILE)
        if best is None or score > best[0]:
            best = (score, installed.name, profile)
    if best is None or best[0][0] == 0:
        return DEFAULT_PROFILE, load_profile(DEFAULT_PROFILE)
    return best[1], best[2]


def _style_names(paragraphs: list[Paragraph]) -> list[tuple[str, bool]]:
    """Each paragraph's style name and whether Word has it built in, looked up once per style:
    python-docx looks a paragraph's style up among all styles each time (seconds for 10,000)."""
    known: dict[str | None, tuple[str, bool]] = {}
    names = []
    for paragraph in paragraphs:
        style_id = paragraph._p.style  # w:pStyle's id; None: the default paragraph style
        if style_id not in known:
            style = paragraph.style
            known[style_id] = (style.name or "", style.builtin) if style is not None else ("", True)
        names.append(known[style_id])
    return names


def import_docx(path: Path, options: ImportOptions) -> ImportResult:
    """A Word file exported with any installed profile (or ``options.profile``) read back by
    its styles; any other Word file by its text."""
    import docx

    package = read_package(path)
    try:
        document = docx.Document(io.BytesIO(package))
    except Exception as exc:  # python-docx raises many kinds on damaged packages
        raise UserFacingError(path, f"无法打开 Word 文件（{type(exc).__name__}）；文件可能已损坏") from exc
    paragraphs = _paragraphs(document)
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise UserFacingError(path, f"文件有 {len(paragraphs)} 段，超过 {MAX_PARAGRAPHS} 段上限，拒绝导入")
    named = _style_names(paragraphs)
    styles = [name for name, _ in named]
    own_styles = {name for name, builtin in named if name and not builtin}
    texts = [p.text for p in paragraphs]
    if options.profile:
        name, profile = options.profile, load_profile(options.profile)
    else:
        name, profile = detect_profile(styles, texts)
    keys = _style_keys(profile)
    if any(keys.get(style) == "section_heading" for style in styles):
        reader = _Reader(profile, name)
        for number, (style, text) in enumerate(zip(styles, texts, strict=True), 1):
            if text:
                reader.read(keys.get(style), style, text, number)
        result = ImportResult(reader.finish(), [f"按本程序导出的样式读取（版式 {name}）"], steps=None,
                              warnings=reader.warnings)
        return result
    result = import_text("\n".join(texts), replace(options, profile=name))
    result.notes.insert(0, "没有已安装版式的样式，按文字识别结构")
    if _looks_exported(styles, texts, own_styles):
        from ..paths import user_profiles_dir

        result.warnings.insert(0, ImportNotice(
            f"文件用了非 Word 自带的样式（{'、'.join(sorted(own_styles))}），像是用未安装的版式导出的；"
            f"请把使用这些样式的版式文件放入 {user_profiles_dir()}，再重新导入"))
    return result


_SECTION_NUMERAL = re.compile(r"^[一二三四五六七八九十]+、")


def _looks_exported(styles: list[str], texts: list[str], own_styles: set[str]) -> bool:
    """A document in another profile's styles: one style of its own on two or more lines
    numbered as sections are (一、二、…) and on no other."""
    for style in own_styles:
        lines = [text for name, text in zip(styles, texts, strict=True) if name == style and text]
        if len(lines) >= 2 and all(_SECTION_NUMERAL.match(text) for text in lines):
            return True
    return False
