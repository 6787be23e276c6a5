"""Import: a text file or a Word file (exported by this program or typed by hand) as a structured issue."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

from .decoding import read_text_file
from .numbering import complete_numbers
from .options import ImportNotice, ImportOptions, ImportResult
from .text import import_text

__all__ = ["ImportNotice", "ImportOptions", "ImportResult", "import_copied", "import_source", "import_text"]


def import_source(source: Path | str, options: ImportOptions | None = None) -> ImportResult:
    """Import a ``.txt`` file (any common Chinese encoding) or a ``.docx`` into a new issue,
    in the layout profile ``options.profile`` (for Word files, by default the one whose styles
    the file uses)."""
    source = Path(source)
    options = options or ImportOptions()
    if source.suffix.lower() in (".yaml", ".yml"):
        _refuse_issue_file(source)
    if source.suffix.lower() == ".docx":
        from ..errors import UserFacingError
        from ..storage.bounded import check_user_file
        from .word import import_docx

        check_user_file(source, UserFacingError, "请选择 .docx 文件")
        result = import_docx(source, options)
        complete_numbers(result, options.archive)
        return result
    text, encoding = read_text_file(source)  # a regular file, bounded: a FIFO cannot block
    if text.removeprefix("\ufeff").startswith("schema_version:"):
        _refuse_issue_file(source)
    result = import_copied(text, options)
    result.notes.insert(0, f"按 {encoding} 编码读取")
    return result


def import_copied(text: str, options: ImportOptions | None = None) -> ImportResult:
    """Import text copied elsewhere (the clipboard's) as a ``.txt`` file's text is: its
    missing numbers continue ``options.archive`` or are reported as unfilled."""
    options = options or ImportOptions()
    result = import_text(text, options)
    complete_numbers(result, options.archive)
    return result


def _refuse_issue_file(source: Path) -> NoReturn:
    """An issue file (``.yaml``, or text opening with ``schema_version:``) is no source to import."""
    from ..errors import UserFacingError

    raise UserFacingError(source, "这已经是期刊文件；请直接打开或用 bulletin validate 检查")
