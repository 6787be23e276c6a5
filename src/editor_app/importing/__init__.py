"""Import: a text file or a Word file (exported by this program or typed by hand) as a structured issue."""

from __future__ import annotations

from pathlib import Path

from .decoding import read_text_file
from .options import ImportNotice, ImportOptions, ImportResult
from .text import import_text

__all__ = ["ImportNotice", "ImportOptions", "ImportResult", "import_source", "import_text"]


def import_source(source: Path | str, options: ImportOptions | None = None) -> ImportResult:
    """Import a ``.txt`` file (any common Chinese encoding) or a ``.docx`` into a new issue,
    in the layout profile ``options.profile`` (for Word files, by default the one whose styles
    the file uses)."""
    source = Path(source)
    options = options or ImportOptions()
    if _is_issue_file(source):
        from ..errors import UserFacingError

        raise UserFacingError(source, "这已经是期刊文件；请直接打开或用 bulletin validate 检查")
    if source.suffix.lower() == ".docx":
        from .word import import_docx

        if not source.is_file():
            from ..errors import UserFacingError

            raise UserFacingError(source, "文件不存在")
        return import_docx(source, options)
    text, encoding = read_text_file(source)
    result = import_text(text, options)
    result.notes.insert(0, f"按 {encoding} 编码读取")
    return result


def _is_issue_file(source: Path) -> bool:
    """An issue file (``.yaml``, or text opening with ``schema_version:``), not a source to import."""
    if source.suffix.lower() in (".yaml", ".yml"):
        return True
    try:
        with source.open("rb") as file:
            head = file.read(64)
    except OSError:
        return False  # reading it later says why
    return head.removeprefix(b"\xef\xbb\xbf").startswith(b"schema_version:")
