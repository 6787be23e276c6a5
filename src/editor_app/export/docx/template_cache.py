"""The styled template of each profile, kept in the user's cache folder between runs.

Building a template with python-docx takes far longer than an export (importing python-docx
alone takes longer than pandoc's whole run); the built package is the same for the same
profile and program, so it is written once and read back by later runs. A cache file is
trusted only when it is whole and was written for this key: the profile's content, the
program's version, the code that builds templates and python-docx's version. Anything else
(corrupt, truncated, foreign, stale) is ignored and replaced by a fresh build. Files are
written atomically, so processes racing to write one leave one whole file.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import msgspec

from ...errors import WriteError
from ...installed import version as installed_version
from ...layout.profile import Profile
from ...paths import user_cache_dir
from ...storage.atomic import write_atomic
from .package import Member, Template

MAGIC = b"bulletin-editor template cache 1\n"
_DIGEST = 32  # bytes of a SHA-256
_MAX_SIZE = 16 * 1024 * 1024  # a cached template is about 100 kB; anything far larger is not one
# The modules whose code decides a template's bytes (a source checkout changes them between
# builds of one version).
_BUILDER_SOURCES = ("builder.py", "styles.py", "page.py", "template.py", "ooxml.py", "package.py",
                    "template_cache.py")


class _Cached(msgspec.Struct, array_like=True, forbid_unknown_fields=True):
    members: list[tuple[str, bytes, int, int]]  # name, deflated data, CRC-32, size
    style_ids: dict[str, str]


def cache_path(profile: Profile) -> Path:
    """One file per profile name (a new key replaces the old file instead of adding one)."""
    tag = hashlib.sha256(profile.name.encode()).hexdigest()[:16]
    return user_cache_dir() / "templates" / f"{tag}.template"


def cache_key(profile: Profile, version: str) -> bytes:
    key = hashlib.sha256(MAGIC)
    docx_version = installed_version("python_docx") or ""
    for part in (version.encode(), docx_version.encode(), msgspec.msgpack.encode(profile), *_code()):
        key.update(len(part).to_bytes(8, "little"))
        key.update(part)
    return key.digest()


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
    try:
        with open(cache_path(profile), "rb") as cache:
            if os.fstat(cache.fileno()).st_size > _MAX_SIZE:
                return None
            content = cache.read()
    except OSError:
        return None
    head = len(MAGIC)
    key, digest, payload = content[head:head + _DIGEST], content[head + _DIGEST:head + 2 * _DIGEST], \
        content[head + 2 * _DIGEST:]
    if (not content.startswith(MAGIC) or key != cache_key(profile, version)
            or digest != hashlib.sha256(payload).digest()):
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
    content = MAGIC + cache_key(profile, version) + hashlib.sha256(payload).digest() + payload
    path = cache_path(profile)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, content)
    except (OSError, WriteError):  # read-only home, full disk: the next run builds again
        pass


def load_or_build(profile: Profile) -> tuple[Template, dict[str, str]]:
    """``profile``'s template from the cache, or built with python-docx and cached."""
    from ... import __version__

    found = load(profile, __version__)
    if found is None:
        from .builder import build_template

        found = build_template(profile, __version__)
        store(profile, __version__, *found)
    return found
