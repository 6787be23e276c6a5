"""Issue files: YAML, UTF-8, safe loading only, atomic saving with a backup."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from ..errors import IssueFileError, WriteError, mark_place, yaml_message, yaml_place
from ..storage.atomic import write_atomic
from ..storage.bounded import read_user_file, size_text
from ..storage.yaml_io import dump_yaml, load_yaml
from .model import SCHEMA_VERSION, Issue
from .model_data import DataError, from_data, to_data
from .places import Place, describe

MAX_FILE_BYTES = 10 * 1024 * 1024


def decode_text(data: bytes, path: Path | str | None) -> str:
    """UTF-8 text (BOM allowed); anything else is refused with what it looks like."""
    wide = _wide_encoding(data[:8192])
    if wide:
        notepad = "（记事本另存时的“Unicode”）" if wide == "UTF-16" else ""
        raise IssueFileError(path, f"文件是 {wide} 编码{notepad}，而期刊文件须为 UTF-8；请以 UTF-8 另存")
    if b"\x00" in data[:8192]:
        raise IssueFileError(path, "这不是文本文件（含有二进制数据）；请选择 .yaml 期刊文件")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            data.decode("gb18030")
        except UnicodeDecodeError:
            raise IssueFileError(
                path, f"第 {exc.start + 1} 字节不是有效的 UTF-8 文本；请以 UTF-8 编码另存"
            ) from exc
        raise IssueFileError(
            path,
            "文件是 GBK/GB18030 编码，而期刊文件须为 UTF-8；请以 UTF-8 另存，"
            "或用“bulletin import”导入文本",
        ) from exc


def _wide_encoding(head: bytes) -> str:
    """"UTF-16" or "UTF-32" when the file's first bytes are text in it (with or without its
    BOM: its zero bytes, then nothing but printable text), else ""."""
    if b"\x00" not in head:
        return ""
    for codec, name in (("utf-32", "UTF-32"), ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"),
                        ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16")):
        unit = 4 if name == "UTF-32" else 2
        try:
            text = head[:len(head) // unit * unit].decode(codec)
        except UnicodeDecodeError:
            continue
        start = text[:256]
        if start and all(ch.isprintable() or ch in "\t\r\n" for ch in start):
            return name
    return ""


def parse_issue(text: str, path: Path | str | None = None) -> Issue:
    """Parse issue YAML text into an Issue, or raise IssueFileError naming the place."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise IssueFileError(path, yaml_message(exc, "期刊文件", "文本、数字和日期"), yaml_place(exc)) from exc
    if data is None:
        raise IssueFileError(path, "文件是空的；请用“bulletin new”从模板新建期刊")
    if not isinstance(data, dict):
        raise IssueFileError(path, "这不是期刊文件：最外层应为键值对（schema_version、masthead……）")
    version = data.get("schema_version")
    if version is None:
        raise IssueFileError(path, "缺少 schema_version；期刊文件第一行应为“schema_version: 1”")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise IssueFileError(path, "schema_version 应为正整数", "格式版本")
    if version > SCHEMA_VERSION:
        raise IssueFileError(
            path,
            f"此文件由较新版本的编辑器保存（格式版本 {version}），本程序只支持到 {SCHEMA_VERSION}；"
            "请升级编辑器",
        )
    try:
        return from_data(data, Issue)
    except DataError as exc:
        place = describe(exc.path, _section_titles(data))
        line = _line_of(text, exc.path)
        raise IssueFileError(path, exc.message, f"{place}（{line}）" if line else place) from exc


def _line_of(text: str, place: Place) -> str:
    """Where the value at ``place`` starts in ``text`` (``第3行第5列``); for a missing key, the
    mapping that lacks it. Only for a file with an error: it parses the text a second time."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, ValueError, RecursionError):
        return ""
    for step in place:
        if isinstance(node, yaml.MappingNode):
            found = next((value for key, value in node.value if key.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            found = node.value[step]
        else:
            found = None
        if found is None:
            break
        node = found
    if node is None:
        return ""
    return mark_place(node.start_mark)


def _section_titles(data: dict) -> Mapping[str, str]:
    """The titles of the profile the file names, for naming a section in a message. The
    layout layer sits above this one; it is imported only when a file has such an error."""
    from ..layout.titles import section_titles

    name = data.get("profile")
    return section_titles(name if isinstance(name, str) and name else Issue().profile)


def load_issue(path: Path | str) -> Issue:
    return parse_issue(decode_text(read_issue_bytes(path), path), path)


def read_issue_bytes(path: Path | str) -> bytes:
    """The bytes of the issue file at ``path`` (a regular file of at most 10 MB), or
    IssueFileError."""
    path = Path(path)
    return read_user_file(path, MAX_FILE_BYTES, IssueFileError,
                          f"请选择 .yaml 期刊文件（不超过 {size_text(MAX_FILE_BYTES)}）")


def dump_issue(issue: Issue, path: Path | str | None = None) -> str:
    """The issue's YAML text; WriteError (naming ``path``) when some value cannot be written."""
    try:
        return dump_yaml(to_data(issue))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        raise WriteError(path, f"本期含有无法写成期刊文件的内容（{exc}），文件未改动；"
                               "请检查最近的修改或手工添加的键") from exc


def save_issue(issue: Issue, path: Path | str, *, keep_backup: bool = True) -> bytes:
    """Write atomically; the previous version is kept as ``<name>.bak``. Returns the bytes
    written."""
    data = dump_issue(issue, path).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:  # a file nothing would open again (a huge text imported)
        raise WriteError(path, f"期刊内容过多：写成文件有 {len(data) / (1 << 20):.1f} MB，期刊文件最多 "
                               f"{size_text(MAX_FILE_BYTES)}，未写入；请分成几期")
    write_atomic(path, data, keep_backup=keep_backup)
    return data
