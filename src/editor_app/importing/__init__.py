"""Import: turn pasted text (and, later, old Word files) into a structured issue."""

from __future__ import annotations

from pathlib import Path

from .decoding import read_text_file
from .options import ImportOptions, ImportResult
from .text import import_text

__all__ = ["ImportOptions", "ImportResult", "import_source", "import_text"]


def import_source(source: Path | str, options: ImportOptions | None = None) -> ImportResult:
    """Import a ``.txt`` file (any common Chinese encoding) into a new issue."""
    source = Path(source)
    if source.suffix.lower() == ".docx":
        from ..errors import UserFacingError

        raise UserFacingError(source, "暂不支持导入 Word 文件；请先在 Word 中另存为纯文本（.txt）再导入")
    text, encoding = read_text_file(source)
    result = import_text(text, options or ImportOptions())
    result.report.insert(0, f"按 {encoding} 编码读取")
    return result
