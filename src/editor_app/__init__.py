"""Bulletin Editor: the 双碳资讯 bulletin of 成都兴城双碳研究院.

The core (everything but ``gui``, ``render`` and ``__main__``) imports without PySide6;
``render`` lays out and paints pages with QtGui, and only ``gui`` uses widgets.
"""

from __future__ import annotations

import sys


def _load_msgspec_without_backports() -> None:
    """Import msgspec with ``typing_extensions`` kept out.

    msgspec takes only its typing backports (``get_type_hints``, ``Required``), which
    Python 3.11's ``typing`` has, and falls back to those when the import fails. Loading
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


_load_msgspec_without_backports()


def __getattr__(name: str) -> str:
    """``__version__``, from the installed metadata on first use (pyproject.toml keeps it)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .installed import version

    found = version("editor_app")
    if found is None:  # not found by the quick reading: ask importlib.metadata
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as metadata_version

        try:
            found = metadata_version("editor_app")
        except PackageNotFoundError:  # running from a source tree without installation
            found = "0.0.0"
    globals()["__version__"] = found
    return found
