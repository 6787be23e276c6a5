"""Bulletin Editor: the 双碳资讯 bulletin of 成都兴城双碳研究院.

The core (everything but ``gui``, ``render`` and ``__main__``) imports without PySide6;
``render`` lays out and paints pages with QtGui, and only ``gui`` uses widgets.
"""

from __future__ import annotations

from .lean_imports import prepare

prepare()


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
