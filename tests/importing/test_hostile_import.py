"""Hostile imports: forged and damaged Word packages, encodings that decoded as garbage."""

from __future__ import annotations

import codecs
import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from editor_app.errors import UserFacingError
from editor_app.importing import import_source
from editor_app.importing.decoding import OLE2_SIGNATURE, decode
from editor_app.importing.word import MAX_UNCOMPRESSED, read_package
from editor_app.issue.issue_file import MAX_FILE_BYTES

from ..conftest import DATA

SAMPLE_TEXT = DATA / "bulletin-2023-09-25.txt"


def _refusal(path: Path) -> str:
    with pytest.raises(UserFacingError) as info:
        import_source(path)
    message = info.value.one_line()
    assert "\n" not in message and message.startswith(str(path))
    return message


# --- Word packages -------------------------------------------------------------------------


def _deflated_zeros(mebibytes: int) -> bytes:
    """A raw deflate stream of ``mebibytes`` MiB of zeros, made in milliseconds: after a full
    flush the compressor starts afresh, so each MiB compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(2**20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(bytes(2**20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert again == block
    return block * mebibytes + compressor.flush()


def _forged_zip(path: Path, name: str, stream: bytes, claimed_size: int, claimed_crc: int) -> Path:
    """A one-member zip whose headers claim ``claimed_size`` bytes for a deflate ``stream``."""
    encoded = name.encode()
    fields = struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0, claimed_crc, len(stream), claimed_size, len(encoded), 0)
    local = b"PK\x03\x04" + fields + encoded
    central = (b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0, 0)
               + encoded)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local) + len(stream), 0)
    path.write_bytes(local + stream + central + end)
    return path


# The peak resident memory of this process alone: VmHWM starts afresh at exec, where getrusage's
# ru_maxrss keeps that of the (large) test process the child was forked from.
_MEASURE = """
import re, sys
from pathlib import Path
from editor_app.errors import UserFacingError
from editor_app.importing import import_source
try:
    import_source(sys.argv[1])
    print("imported")
except UserFacingError as exc:
    print(exc.one_line())
print(int(re.search(r"VmHWM:\\s*(\\d+) kB", Path("/proc/self/status").read_text())[1]) // 1024)
"""


@pytest.mark.parametrize("claimed", ["small", "true"])
def test_a_zip_bomb_inflates_within_the_limit(tmp_path: Path, claimed: str) -> None:
    """A 1 MB member inflating to 1 GiB, its directory claiming 3,000 bytes (python-docx read it
    all in one go: 1 GiB resident) or the truth (refused as it inflates past 50 MB)."""
    if not Path("/proc/self/status").is_file():
        pytest.skip("measures the peak memory in /proc (Linux)")
    stream = _deflated_zeros(1024)
    size = 3000 if claimed == "small" else 2**30
    crc = zlib.crc32(bytes(3000)) if claimed == "small" else 0
    bomb = _forged_zip(tmp_path / "bomb.docx", "word/document.xml", stream, size, crc)
    assert bomb.stat().st_size < 2 * 2**20
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(bomb)], capture_output=True, text=True,
                          timeout=120, check=True)
    message, peak_mb = done.stdout.splitlines()
    assert message.startswith(str(bomb)) and ("压缩炸弹" in message or "无法打开" in message)
    assert int(peak_mb) < 300, f"{peak_mb} MB resident"


def test_a_member_inflating_past_the_limit_is_refused_as_it_inflates(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<a>" + b" " * (MAX_UNCOMPRESSED // 2) + b"</a>")
        package.writestr("word/media/image1.png", bytes(MAX_UNCOMPRESSED // 2 + 10))
    assert "超过 50 MB 上限" in _refusal(path)


def _repetitive(path: Path, paragraphs: int) -> Path:
    document = docx.Document()
    paragraph = document.add_paragraph("绿色低碳发展，推动能源结构调整。")._p
    for _ in range(paragraphs - 1):
        document.element.body.append(paragraph.__copy__())
    document.save(str(path))
    return path


def test_a_repetitive_document_is_no_bomb(tmp_path: Path) -> None:
    """10,000 identical paragraphs compress better than 100:1 and were refused as a bomb."""
    path = _repetitive(tmp_path / "repetitive.docx", 10_000)
    with zipfile.ZipFile(path) as package:
        member = package.getinfo("word/document.xml")
        assert member.file_size > 200 * member.compress_size
    with zipfile.ZipFile(io.BytesIO(read_package(path))) as verified:
        assert verified.read("word/document.xml").count(b"<w:p>") == 10_000
    # The whole file imports (each style looked up once: python-docx alone took 30 s).
    result = import_source(path)
    texts = [p for item in result.issue.sections.special_focus.items for p in item.paragraphs]
    assert len(texts) == 10_000 and set(texts) == {"绿色低碳发展，推动能源结构调整。"}


def test_encrypted_member_is_named(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", b"\x00" * 12 + b"<w:document/>")
    data = bytearray(path.read_bytes())
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + flags] |= 0x1  # "encrypted": the data needs a password
    path.write_bytes(bytes(data))
    assert "部件 word/document.xml 已加密" in _refusal(path)


def test_damaged_member_is_named(tmp_path: Path) -> None:
    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        package.writestr("word/document.xml", "<w:document>绿色低碳</w:document>".encode() * 200)
        member = package.getinfo("word/document.xml")
    data = bytearray(path.read_bytes())
    start = member.header_offset + 30 + len(member.filename) + 20
    data[start:start + 40] = bytes(40)
    path.write_bytes(bytes(data))
    assert "部件 word/document.xml 已损坏" in _refusal(path)


@pytest.mark.parametrize("name", ["old.doc", "old.docx", "old.txt"])
def test_old_binary_word_files_whatever_their_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(OLE2_SIGNATURE + bytes(504) + "绿色低碳".encode("utf-16-le") * 100)
    assert "旧版 .doc 请先在 Word 中另存为 .docx" in _refusal(path)


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "name"), [
    ("utf-32", "UTF-32"), ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"),
    ("big5", "Big5"), ("cp950", "Big5"), ("gb18030", "GB18030"),
])
def test_text_in_more_encodings_imports(tmp_path: Path, encoding: str, name: str) -> None:
    text = SAMPLE_TEXT.read_text(encoding="utf-8")
    if name == "Big5":  # the sample's few characters Big5 lacks (simplified ones) left out
        text = text.encode(encoding, errors="ignore").decode(encoding)
    path = tmp_path / "bulletin.txt"
    path.write_bytes(text.encode(encoding))
    result = import_source(path)
    assert f"按 {name} 编码读取" in result.report
    assert result.issue == import_source_text(text, tmp_path)


def import_source_text(text: str, tmp_path: Path):
    path = tmp_path / "utf8.txt"
    path.write_text(text, encoding="utf-8")
    return import_source(path).issue


@pytest.mark.parametrize(("text", "encoding", "name"), [
    ("一、特别关注", "gb18030", "GB18030"), ("成都兴城双碳研究院动态", "gb18030", "GB18030"),
    ("二、省內雙碳信息", "gb18030", "GB18030"), ("四川省發布碳達峰實施方案。", "gb18030", "GB18030"),
    ("一、特別關注", "cp950", "Big5"), ("綠色低碳發展。", "cp950", "Big5"),
    ("關於成都興城雙碳研究院", "cp950", "Big5"), ("省內雙碳信息", "cp950", "Big5"),
])
def test_short_texts_are_told_apart(text: str, encoding: str, name: str) -> None:
    assert decode(text.encode(encoding)) == (text, name)


@pytest.mark.parametrize("text", ["カーボンニュートラルの取り組み", "東京都は再生可能エネルギーを推進する。"])
def test_japanese_is_refused_with_a_hint(text: str) -> None:
    with pytest.raises(UserFacingError, match="日文（Shift-JIS）"):
        decode(text.encode("cp932"), "jp.txt")


@pytest.mark.parametrize(("bom", "tail"), [
    (codecs.BOM_UTF8, b"\xff\xfe\x80abc"), (codecs.BOM_UTF16_LE, "绿".encode("utf-16-le") + b"\x00\xdc"),
    (codecs.BOM_UTF32_LE, b"\x00\x00\x11\x00"), (codecs.BOM_UTF16_BE, b"\x4e"),
])
def test_a_bom_before_undecodable_bytes(tmp_path: Path, bom: bytes, tail: bytes) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + tail)
    message = _refusal(path)
    assert "BOM" in message and "无法解码" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_import_reads_regular_files_only(tmp_path: Path, suffix: str) -> None:
    fifo, folder = tmp_path / f"管道{suffix}", tmp_path / f"文件夹{suffix}"
    os.mkfifo(fifo)
    folder.mkdir()
    assert "不是普通文件" in _refusal(fifo)
    assert "这是一个文件夹" in _refusal(folder)
    assert "文件不存在" in _refusal(tmp_path / f"没有{suffix}")


def test_text_import_is_bounded_by_what_is_read(tmp_path: Path) -> None:
    big = tmp_path / "大.txt"
    big.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    assert "文件过大（超过 10 MB）" in _refusal(big)
