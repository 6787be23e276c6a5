"""The styled template of each profile, kept in the user's cache folder between runs.

Building a template with python-docx takes far longer than an export (importing python-docx
alone takes longer than pandoc's whole run); the built package is the same for the same
profile and program, so it is written once and read back by later runs. A cache file is
trusted only when it is whole and was written for this key: the profile's content, the
program's version, the code that builds templates and python-docx's version. Anything else
(corrupt, truncated, foreign, stale) is ignored and replaced by a fresh build. Files are
written atomically, so processes racing to write one leave one whole file.

The file holds the key itself, compared byte for byte, and a CRC-32 of the template: no
hashlib, whose OpenSSL takes 3–7 ms to load, longer than the export.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import msgspec

from ...installed import version as installed_version
from ...layout.profile import Profile
from ...paths import user_cache_dir
from ...storage.cache_file import read_cache_file, write_cache_file
from .package import Member, Template

MAGIC = b"bulletin-editor template cache 2\n"
_SIZE = 8  # bytes of the key's length
_CRC = 4  # bytes of the template's CRC-32
_MAX_SIZE = 16 * 1024 * 1024  # a cached template is about 100 kB; anything far larger is not one
# The modules whose code decides a template's bytes (a source checkout changes them between
# builds of one version).
_BUILDER_SOURCES = ("builder.py", "styles.py", "page.py", "template.py", "ooxml.py", "package.py",
                    "template_cache.py")


class _Cached(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    members: list[tuple[str, bytes, int, int]]  # name, deflated data, CRC-32, size
    style_ids: dict[str, str]


def cache_path(profile: Profile) -> Path:
    """One file per profile name (a new key replaces the old file instead of adding one);
    a profile name is letters, digits and ``_ . -``."""
    return user_cache_dir() / "templates" / f"{profile.name}.template"


def cache_key(profile: Profile, version: str) -> bytes:
    """Everything a template depends on, each part preceded by its length."""
    docx_version = installed_version("python_docx") or ""
    parts = (version.encode(), docx_version.encode(), msgspec.msgpack.encode(profile), *_code())
    return b"".join(len(part).to_bytes(_SIZE, "little") + part for part in parts)


def _code() -> list[bytes]:
    """The sources of the template builder; where they are not files (a frozen application),
    the versions key alone."""
    here = Path(__file__).resolve().parent
    code = []
    for name in _BUILDER_SOURCES:
        try:
            code.append((here / name).read_bytes())
        except OSError:
            code.append(b"")
    return code


def load(profile: Profile, version: str) -> tuple[Template, dict[str, str]] | None:
    """The cached template of ``profile``, or None when there is no valid one."""
    content = read_cache_file(cache_path(profile), _MAX_SIZE)
    if content is None:
        return None
    key = cache_key(profile, version)
    head = len(MAGIC) + _SIZE + len(key)
    stored_size = int.from_bytes(content[len(MAGIC):len(MAGIC) + _SIZE], "little")
    crc, payload = content[head:head + _CRC], content[head + _CRC:]
    if (not content.startswith(MAGIC) or stored_size != len(key) or content[len(MAGIC) + _SIZE:head] != key
            or len(crc) != _CRC or int.from_bytes(crc, "little") != zlib.crc32(payload)):
        return None
    try:
        cached = msgspec.msgpack.decode(payload, type=_Cached)
    except msgspec.MsgspecError:
        return None
    return Template(tuple(Member(*member) for member in cached.members)), cached.style_ids


def store(profile: Profile, version: str, template: Template, style_ids: dict[str, str]) -> None:
    """Write the cache file of ``profile``; a cache that cannot be written is left out."""
    payload = msgspec.msgpack.encode(_Cached([(m.name, m.data, m.crc, m.size) for m in template.members],
                                             style_ids))
    key = cache_key(profile, version)
    content = (MAGIC + len(key).to_bytes(_SIZE, "little") + key + zlib.crc32(payload).to_bytes(_CRC, "little")
               + payload)
    write_cache_file(cache_path(profile), content)  # if it cannot be, the next run builds again


def load_or_build(profile: Profile) -> tuple[Template, dict[str, str]]:
    """``profile``'s template from the cache, or built with python-docx and cached."""
    from ... import __version__

    found = load(profile, __version__)
    if found is None:
        from .builder import build_template

        found = build_template(profile, __version__)
        store(profile, __version__, *found)
    return found
