"""Import-time work avoided before the libraries load: patterns compiled by earlier runs
(``storage.pattern_cache``) and two libraries' work that the program does not need.

A whole ``bulletin validate`` is mostly interpreter start-up and imports (bench/README.md), and
the editor's start-up pays the same imports. ``editor_app/__init__`` calls ``prepare`` first.
"""

from __future__ import annotations

import re
import sys

from .storage import pattern_cache

# PyYAML's reader compiles its pattern of the characters YAML refuses when yaml is imported.
# Written as a negated class reaching U+10FFFF, it takes Python's re 5–7 ms to compile, a
# twentieth of a whole command; the positive class of the same code points takes under one.
YAML_NON_PRINTABLE = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]"
SAME_CHARACTERS = "[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]"


def prepare() -> None:
    pattern_cache.seed()
    _seed_yaml_pattern()
    _load_msgspec_without_backports()


def _seed_yaml_pattern() -> None:
    """Put the quick pattern into re's cache under PyYAML's, where its compile finds it
    (tests/test_lean_imports.py checks that both match the same characters). Where re keeps
    no such cache, yaml is loaded already or the pattern cache had PyYAML's own pattern,
    nothing changes."""
    cache = getattr(re, "_cache", None)
    key = (str, YAML_NON_PRINTABLE, 0)
    if "yaml" not in sys.modules and isinstance(cache, dict) and key not in cache:
        cache[key] = re.compile(SAME_CHARACTERS)


def _load_msgspec_without_backports() -> None:
    """Import msgspec with ``typing_extensions`` kept out.

    msgspec takes only its typing backports (``get_type_hints``, ``Required``) from there,
    which Python 3.11's ``typing`` has, and falls back to those when the import fails.
    typing_extensions pulls in ``inspect`` (with ``ast``, ``dis`` and ``tokenize``): about a
    seventh of a whole ``bulletin validate``. python-docx, which needs it, imports it later
    as usual.
    """
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # makes its import fail
    try:
        import msgspec  # noqa: F401
    finally:
        del sys.modules["typing_extensions"]
