"""Reading text files in the encodings Chinese text arrives in.

UTF-8, UTF-16 and UTF-32 (with a BOM, or recognised by their zero bytes), else a legacy
two-byte encoding: GB18030 (covers GBK and GB2312), Big5 or Shift-JIS. Nearly any byte
string decodes as GB18030, so decoding alone cannot tell them apart: each candidate is
scored by how much of the text falls in the common characters of its own standard (the
first level of GB2312, of Big5, of JIS X 0208, plus kana for Japanese). Real text scores
close to 1 in its encoding; the same bytes read as another give many rare characters.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from ..errors import UserFacingError
from ..issue.issue_file import MAX_FILE_BYTES
from ..storage.bounded import read_user_file, size_text

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and Word files with a password
OLD_WORD = "这是旧版 .doc 或加了密码的 Word 文件；旧版 .doc 请先在 Word 中另存为 .docx，加密的请先取消密码"

# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
_ENOUGH = 0.9  # share of units with zeros where UTF-32 has them
_PLAUSIBLE = 0.5  # least share of common characters in text of any of the legacy encodings


def decode(data: bytes, source: Path | str | None = None) -> tuple[str, str]:
    """(text, encoding name), or UserFacingError saying what the bytes are instead."""
    if data.startswith(OLE2_SIGNATURE):
        raise UserFacingError(source, OLD_WORD)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, name, source, "文件开头的标记（BOM）表明是 {name} 编码，但")
    if (utf32 := _utf32_without_bom(data)) is not None:
        return _strict(data, utf32, "UTF-32", source)
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
    return _legacy(data, source)


def _strict(data: bytes, codec: str, name: str, source: Path | str | None,
            lead: str = "按 {name} 编码") -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as exc:
        raise UserFacingError(source, lead.format(name=name) + f"第 {exc.start + 1} 字节无法解码；"
                                      "文件可能已损坏，请重新另存为 UTF-8") from exc


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 is recognised by its zeros: the top byte of every unit, and the next nearly always
    (all but the rare characters beyond the BMP)."""
    if not data or len(data) % 4:
        return None
    units = len(data) // 4
    if data[3::4].count(0) == units and data[2::4].count(0) >= units * _ENOUGH:
        return "utf-32-le"
    if data[0::4].count(0) == units and data[1::4].count(0) >= units * _ENOUGH:
        return "utf-32-be"
    return None


def _gb_common(ch: str) -> bool:
    """GB2312's symbols and punctuation (rows 1–3), pinyin letters (row 8) or first-level
    hanzi (rows 16–55), or a common traditional character (GBK holds those too)."""
    try:
        lead = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        return _big5_common(ch)
    return 0xA1 <= lead <= 0xA3 or lead == 0xA8 or 0xB0 <= lead <= 0xD7


def _big5_common(ch: str) -> bool:
    """Big5's symbols (A140–A3BF) or frequently used hanzi (A440–C67E)."""
    try:
        code = ch.encode("cp950")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA1 <= code[0] <= 0xC6


def _jis_common(ch: str) -> bool:
    """JIS X 0208's symbols, kana and first-level kanji (Shift-JIS 8140–84BE, 889F–9872)."""
    try:
        code = ch.encode("cp932")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and (0x81 <= code[0] <= 0x84 or 0x88 <= code[0] <= 0x98)


_CANDIDATES = (("gb18030", "GB18030", _gb_common), ("cp950", "Big5", _big5_common),
               ("cp932", "Shift-JIS", _jis_common))


def _share(text: str, common: Callable[[str], bool]) -> float:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return sum(map(common, wide)) / len(wide) if wide else 1.0


def _legacy(data: bytes, source: Path | str | None) -> tuple[str, str]:
    """The two-byte encoding in whose common characters most of the text falls."""
    scored = []
    for codec, name, common in _CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_share(text, common), name, text))
    if not scored:
        raise UserFacingError(source, "无法识别文本编码（不是 UTF-8、GB18030 或 Big5）；请另存为 UTF-8")
    share, name, text = max(scored, key=lambda s: s[0])  # GB18030 first: it wins a tie
    if share < _PLAUSIBLE:
        raise UserFacingError(source, "无法识别文本编码（按 GB18030、Big5 读都是大量生僻字）；请另存为 UTF-8")
    if name == "Shift-JIS":
        raise UserFacingError(source, "这是日文（Shift-JIS）文本，双碳资讯只收中文；请导入中文文本（UTF-8）")
    return text, name


def read_text_file(path: Path | str) -> tuple[str, str]:
    """The text of a regular file of at most 10 MB: a device, FIFO or folder is refused at
    once (a FIFO would block the editor's import behind its busy dialog)."""
    path = Path(path)
    data = read_user_file(path, MAX_FILE_BYTES, UserFacingError,
                          f"导入的文本应是不超过 {size_text(MAX_FILE_BYTES)} 的普通文件")
    return decode(data, path)
