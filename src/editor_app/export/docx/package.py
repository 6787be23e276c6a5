"""The .docx package of an export: the styled template's parts, compressed once per profile,
and the parts each export writes (the document, its core properties), in one zip.

python-docx builds the template; loading and saving it again for every export would parse,
serialise and compress its 800 kB of styles each time, for parts that never change.
"""

from __future__ import annotations

import io
import struct
import time
import zlib
from typing import NamedTuple

DOCUMENT_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"

_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_CENTRAL_HEADER = struct.Struct("<IHHHHHHIIIHHHHHII")
_END_RECORD = struct.Struct("<IHHHHIIH")
_VERSION = 20  # deflate
_MADE_ON_UNIX = 3 << 8
_FILE_MODE = 0o600 << 16
_UTF8_NAMES = 0x800
_DEFLATED = 8  # zipfile.ZIP_DEFLATED: zipfile (and the importlib.util it loads) only to read a package


class Member(NamedTuple):
    """A part as stored in the zip: raw deflate data, its CRC and sizes."""

    name: str
    data: bytes
    crc: int
    size: int

    @classmethod
    def compress(cls, name: str, content: bytes) -> Member:
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        return cls(name, packer.compress(content) + packer.flush(), zlib.crc32(content), len(content))


class Template(NamedTuple):
    """A package's parts in their order, each one compressed once. (Named tuples, not
    dataclasses: a frozen dataclass costs an export's process about a millisecond to define.)"""

    members: tuple[Member, ...]

    @classmethod
    def read(cls, package: bytes) -> Template:
        import zipfile

        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            return cls(tuple(Member.compress(info.filename, archive.read(info))
                             for info in archive.infolist()))

    def part(self, name: str) -> bytes:
        member = next(m for m in self.members if m.name == name)
        return zlib.decompress(member.data, -15)

    def with_parts(self, replaced: dict[str, bytes]) -> Template:
        """The template with the parts named in ``replaced`` given new content."""
        return Template(tuple(Member.compress(m.name, replaced[m.name]) if m.name in replaced else m
                              for m in self.members))

    def package(self, replaced: dict[str, bytes]) -> bytes:
        """The zip with the parts named in ``replaced`` given new content."""
        members = [Member.compress(m.name, replaced[m.name]) if m.name in replaced else m
                   for m in self.members]
        return _zip(members, time.localtime())


def _zip(members: list[Member], when: time.struct_time) -> bytes:
    """A zip of deflated members (no zip64: a bulletin is far below 4 GB)."""
    dos_time = when.tm_hour << 11 | when.tm_min << 5 | when.tm_sec // 2
    dos_date = (when.tm_year - 1980) << 9 | when.tm_mon << 5 | when.tm_mday
    out, central = io.BytesIO(), io.BytesIO()
    for member in members:
        name = member.name.encode()
        flags = 0 if name.isascii() else _UTF8_NAMES
        offset = out.tell()
        common = (flags, _DEFLATED, dos_time, dos_date, member.crc, len(member.data), member.size,
                  len(name))
        out.write(_LOCAL_HEADER.pack(0x04034B50, _VERSION, *common, 0))
        out.write(name)
        out.write(member.data)
        central.write(_CENTRAL_HEADER.pack(0x02014B50, _MADE_ON_UNIX | _VERSION, _VERSION, *common,
                                           0, 0, 0, 0, _FILE_MODE, offset))
        central.write(name)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(_END_RECORD.pack(0x06054B50, 0, 0, len(members), len(members), len(directory), start, 0))
    return out.getvalue()
