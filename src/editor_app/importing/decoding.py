"""Reading text files in the encodings Chinese text arrives in."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import UserFacingError
from ..issue.issue_file import MAX_FILE_BYTES

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, source: Path | str | None = None) -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16, else GB18030 (covers GBK)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding.upper().replace("-SIG", "")
    if data[1::2].count(0) > len(data) // 4:  # UTF-16 LE without BOM: every other byte is 0
        return data.decode("utf-16-le", errors="replace"), "UTF-16"
    if data[0::2].count(0) > len(data) // 4:
        return data.decode("utf-16-be", errors="replace"), "UTF-16"
    if b"\x00" in data:
        raise UserFacingError(source, "这不是文本文件（含有二进制数据）")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError as exc:
        raise UserFacingError(source, f"无法识别文本编码（第 {exc.start + 1} 字节）；请另存为 UTF-8") from exc


def read_text_file(path: Path | str) -> tuple[str, str]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserFacingError(path, "文件过大，导入的文本不应超过 10 MB")
        return decode(path.read_bytes(), path)
    except FileNotFoundError as exc:
        raise UserFacingError(path, "文件不存在") from exc
    except OSError as exc:
        raise UserFacingError(path, f"无法读取（{exc.strerror}）") from exc
